"""Sphinx build time: 500 ``pyroom`` blocks vs the same 500 as ``code-block:: python`` (median of clean builds).

Both projects have the same 10 pages of 50 blocks each and the same theme; the Pyroom one loads
``sphinx_pyroom`` with its default settings (Pyodide from the CDN, so no Pyodide files are copied). Builds run
in fresh processes with empty output and doctree folders, alternating between the two.
"""

from __future__ import annotations

import argparse
import shutil
import time

from _common import fmt_ms, median, ratio_line, sphinx_build, workdir, write_sphinx_project

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


def pages(directive: str) -> dict[str, str]:
    out = {}
    for p in range(PAGES):
        parts = [f"Page {p}\n{'=' * (5 + len(str(p)))}\n"]
        for b in range(BLOCKS_PER_PAGE):
            body = "\n".join(("   " + line) if line else "" for line in snippet(p, b).splitlines())
            parts.append(f"Block {b} of page {p}.\n\n.. {directive}\n\n{body}\n")
        out[f"page{p}"] = "\n".join(parts)
    return out


def timed_build(src, out) -> float:
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    sphinx_build(src, out)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with workdir("pyroom-bench-build-") as tmp:
        plain = write_sphinx_project(tmp / "plain", pages("code-block:: python"))
        pyroom = write_sphinx_project(tmp / "pyroom", pages("pyroom::"), 'extensions = ["sphinx_pyroom"]\n')
        plain_ms, pyroom_ms = [], []
        timed_build(plain, tmp / "warm")  # warm the OS file cache and Python's bytecode cache
        timed_build(pyroom, tmp / "warm")
        for i in range(args.repeats):
            order = [(plain_ms, plain), (pyroom_ms, pyroom)]
            for results, src in order if i % 2 == 0 else reversed(order):
                results.append(timed_build(src, tmp / "out"))
        blocks = sum(text.count(".. pyroom::") for text in pages("pyroom::").values())
    print(f"Sphinx build of {blocks} blocks ({PAGES} pages), clean, in a new process each")
    print(f"  code-block:: python: {fmt_ms(plain_ms)}")
    print(f"  pyroom:              {fmt_ms(pyroom_ms)}")
    print("  " + ratio_line("pyroom / code-block", median(pyroom_ms), median(plain_ms), target=1.3))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
