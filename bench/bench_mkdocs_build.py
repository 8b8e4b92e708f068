"""MkDocs build time: 500 ``pyroom`` fences with the plugin vs the same 500 as plain ``python`` fences without it.

Both sites have the same 10 pages of 50 blocks each, the same theme (mkdocs) and Markdown extensions
(``pymdownx.superfences``); the Pyroom one adds ``plugins: [pyroom]`` with its default settings (Pyodide from the
CDN, so no Pyodide files are copied). Builds run in fresh processes (``mkdocs build``) into empty folders,
alternating between the two.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _common import fmt_ms, median, ratio_line, workdir

PAGES, BLOCKS_PER_PAGE = 10, 50


def snippet(page: int, block: int) -> str:
    return (
        f"def f_{page}_{block}(n):\n"
        f"    total = 0\n"
        f"    for i in range(n):\n"
        f"        total += i * {block + 1}\n"
        f"    return total\n"
        f"\n"
        f'print("page {page} block {block}:", f_{page}_{block}(10))\n'
    )


def write_site(root: Path, language: str, plugin: bool) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True)
    for p in range(PAGES):
        parts = [f"# Page {p}\n"]
        for b in range(BLOCKS_PER_PAGE):
            parts.append(f"Block {b} of page {p}.\n\n```{language}\n{snippet(p, b)}```\n")
        (docs / f"page{p}.md").write_text("\n".join(parts))
    (docs / "index.md").write_text("# Bench\n")
    config = root / "mkdocs.yml"
    plugins = "plugins:\n  - pyroom\n" if plugin else "plugins: []\n"
    config.write_text("site_name: bench\ntheme: mkdocs\nmarkdown_extensions:\n  - pymdownx.superfences\n" + plugins)
    return config


def timed_build(config: Path, out: Path) -> float:
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", str(config), "-d", str(out)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with workdir("pyroom-bench-mkdocs-") as tmp:
        plain = write_site(tmp / "plain", "python", plugin=False)
        pyroom = write_site(tmp / "pyroom", "pyroom", plugin=True)
        plain_ms, pyroom_ms = [], []
        timed_build(plain, tmp / "warm")  # warm the OS file cache and Python's bytecode cache
        timed_build(pyroom, tmp / "warm")
        for i in range(args.repeats):
            order = [(plain_ms, plain), (pyroom_ms, pyroom)]
            for results, config in order if i % 2 == 0 else reversed(order):
                results.append(timed_build(config, tmp / "out"))
        blocks = sum(path.read_text().count("```pyroom") for path in (tmp / "pyroom" / "docs").glob("*.md"))
    print(f"mkdocs build of {blocks} blocks ({PAGES} pages), clean, in a new process each")
    print(f"  ```python, no plugin: {fmt_ms(plain_ms)}")
    print(f"  ```pyroom, plugin:    {fmt_ms(pyroom_ms)}")
    print("  " + ratio_line("pyroom / plain fences", median(pyroom_ms), median(plain_ms), target=1.3))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
