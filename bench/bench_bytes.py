"""Pyroom's own bytes on a page before the reader interacts, gzipped, and what a real page load fetches.

Up front: pyroom.js + pyroom.css (the page script and style). Lazy: editor.js (first pointer/focus on a block),
worker.js and runtime.json (first run). The browser part loads a built page and lists which of Pyroom's files
it actually requested before any interaction. Baseline for the ratio: Pyodide's own loader, pyodide.mjs, which a
raw Pyodide page needs before anything runs.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from _common import REPO, build_pyroom_site, chromium, serving, workdir

STATIC = REPO / "pyroom" / "_static"
UP_FRONT = ("pyroom.js", "pyroom.css")
LAZY = ("editor.js", "worker.js", "runtime.json")
TARGET_KB = 60.0

PAGE = """Bytes
=====

.. pyroom::

   print("hi")
"""


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def sizes(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), gz(data)


def main() -> int:
    missing = [name for name in UP_FRONT + LAZY if not (STATIC / name).is_file()]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)} in {STATIC}: run `npm run build`")
    print("Pyroom's bytes (gzip -9)")
    total = 0
    for name in UP_FRONT:
        raw, packed = sizes(STATIC / name)
        total += packed
        print(f"  up front  {name:<13} {raw / 1024:8.1f} KB  gz {packed / 1024:6.1f} KB")
    for name in LAZY:
        raw, packed = sizes(STATIC / name)
        print(f"  lazy      {name:<13} {raw / 1024:8.1f} KB  gz {packed / 1024:6.1f} KB")
    print(
        f"  before the reader interacts: {total / 1024:.1f} KB gzipped  target <= {TARGET_KB:.0f} KB: "
        f"{'ok' if total / 1024 <= TARGET_KB else 'MISSED'}"
    )

    with workdir("pyroom-bench-bytes-") as tmp:
        site = build_pyroom_site({"index": PAGE}, tmp)
        loader_raw, loader_gz = sizes(site / "_static" / "pyroom" / "pyodide" / "pyodide.mjs")
        html = (site / "index.html").read_text()
        start = html.index('<div class="pyroom')
        block_html = html[start : html.index("</div>\n", start) + 7]
        with serving(site) as base, chromium() as browser:
            page = browser.new_page()
            fetched: list[str] = []
            page.on("request", lambda request: fetched.append(request.url))
            page.goto(base + "index.html", wait_until="networkidle")
            page.wait_for_function("window.pyroom")
            page.wait_for_timeout(500)
    ours = sorted({url.rsplit("/", 1)[1] for url in fetched if "/_static/pyroom/" in url})
    print(f"  a page's markup for one block: {len(block_html.encode())} bytes (gz {gz(block_html.encode())})")
    print(f"  fetched by a page load before interaction: {', '.join(ours) or 'nothing'}")
    early_lazy = [name for name in ours if name not in UP_FRONT]
    if early_lazy:
        print(f"  NOTE: lazy files fetched before interaction: {', '.join(early_lazy)}")
    print(f"  baseline pyodide.mjs: {loader_raw / 1024:.1f} KB, gz {loader_gz / 1024:.1f} KB")
    print(f"  up-front Pyroom / pyodide.mjs (gz): {total / loader_gz:.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
