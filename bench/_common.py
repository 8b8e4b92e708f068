"""What the benchmarks share: Chromium, a local server in a thread, small Sphinx sites, medians and reporting."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402  (one list of Chromium's flags)

#: A bare page that loads the same Pyodide files as Pyroom (same URLs, so the same HTTP cache entries) in a
#: module worker, runs print(1) at once, then answers run requests: the baseline for first run and round trip.
BARE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare Pyodide</title></head>
<body>
<script type="module">
const worker = new Worker("bare-worker.js", { type: "module" });
let waiting = null;
let markReady;
window.bare = {
  firstOutput: null,
  ready: new Promise((resolve) => (markReady = resolve)),
  run(code) {
    return new Promise((resolve) => {
      const start = performance.now();
      waiting = (text) => resolve({ ms: performance.now() - start, text });
      worker.postMessage({ type: "run", code });
    });
  },
};
worker.onmessage = (event) => {
  const message = event.data;
  if (message.type === "out") {
    if (window.bare.firstOutput === null) window.bare.firstOutput = performance.now();
    else if (waiting) { const w = waiting; waiting = null; w(message.text); }
  } else if (message.type === "ready") {
    markReady();
  }
};
</script>
</body></html>
"""

BARE_WORKER = """import { loadPyodide } from "../_static/pyroom/pyodide/pyodide.mjs";

const pyodide = await loadPyodide({
  indexURL: new URL("../_static/pyroom/pyodide/", import.meta.url).href,
  stdout: (text) => self.postMessage({ type: "out", text }),
});
pyodide.runPython("print(1)");
self.onmessage = (event) => pyodide.runPython(event.data.code);
self.postMessage({ type: "ready" });
"""


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt_ms(values: list[float]) -> str:
    return f"{median(values):8.1f} ms (min {min(values):.1f}, max {max(values):.1f}, n={len(values)})"


def ratio_line(name: str, value: float, baseline: float, target: float | None = None) -> str:
    ratio = value / baseline
    verdict = ""
    if target is not None:
        verdict = f"  target <= {target:.2f}x: {'ok' if ratio <= target else 'MISSED'}"
    return f"{name}: {ratio:.3f}x{verdict}"


def write_sphinx_project(src: Path, pages: dict[str, str], conf: str = "") -> Path:
    """A small Sphinx project: ``pages`` maps docnames to reStructuredText; ``index`` gets a toctree of the rest."""
    src.mkdir(parents=True, exist_ok=True)
    (src / "conf.py").write_text('project = "bench"\nexclude_patterns = ["_build"]\n' + conf)
    for name, text in pages.items():
        (src / f"{name}.rst").write_text(text)
    if "index" not in pages:
        toc = "\n".join(f"   {name}" for name in pages)
        (src / "index.rst").write_text(f"Bench\n=====\n\n.. toctree::\n\n{toc}\n")
    return src


def sphinx_build(src: Path, out: Path, *overrides: str, quiet: bool = True) -> None:
    cmd = [sys.executable, "-m", "sphinx", "-W", "-b", "html"]
    if quiet:
        cmd.append("-q")
    for override in overrides:
        cmd += ["-D", override]
    subprocess.run([*cmd, str(src), str(out)], check=True)


def build_pyroom_site(pages: dict[str, str], workdir: Path, *overrides: str) -> Path:
    """Build a one-block-per-page site with a self-hosted Pyodide and the bare baseline page beside it."""
    src = write_sphinx_project(workdir / "src", pages, 'extensions = ["sphinx_pyroom"]\n')
    out = workdir / "html"
    sphinx_build(src, out, "pyroom_pyodide=local", *overrides)
    bare = out / "_bench"
    bare.mkdir(exist_ok=True)
    (bare / "bare.html").write_text(BARE_HTML)
    (bare / "bare-worker.js").write_text(BARE_WORKER)
    return out


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """Serve ``directory`` with the isolation headers, as ``pyroom serve`` does, on a free port."""
    from pyroom.cli import make_server

    server = make_server(directory, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: run scripts/setup.sh")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        yield Path(tmp)


#: An autorun block that prints 1: what the first-run benchmarks load.
AUTORUN_PAGE = """{title}
{underline}

.. pyroom::
   :autorun:

   print(1)
"""

#: Records when the page's block first ends (navigation start = 0).
DONE_LISTENER = """
document.addEventListener("pyroom:state", (event) => {
  if (event.detail.state === "done" || event.detail.state === "error") {
    window.__pyroomDone ??= { ms: performance.now(), state: event.detail.state };
  }
});
"""


def pyroom_first_run(context, url: str, boot: str | None = None) -> float:
    """Open ``url`` (an AUTORUN_PAGE) in a new page: ms from navigation start to the block's ``done``.

    With ``boot``, also check how the worker booted (``window.pyroom.bootMode``: "fresh" or "snapshot").
    Needs DONE_LISTENER as an init script of ``context``.
    """
    page = context.new_page()
    try:
        page.goto(url)
        done = page.wait_for_function("window.__pyroomDone", timeout=120_000).json_value()
        if done["state"] != "done":
            raise RuntimeError(f"the block ended in state {done['state']}")
        output = page.inner_text(".pyroom-output").strip()
        if output != "1":
            raise RuntimeError(f"unexpected output {output!r}")
        if boot is not None and (mode := page.evaluate("window.pyroom.bootMode")) != boot:
            raise RuntimeError(f"booted {mode!r}, expected {boot!r}")
        return float(done["ms"])
    finally:
        page.close()


def bare_first_run(context, url: str) -> float:
    """The baseline page (BARE_HTML): ms from navigation start to raw Pyodide's printed output."""
    page = context.new_page()
    try:
        page.goto(url)
        return float(page.wait_for_function("window.bare && window.bare.firstOutput", timeout=120_000).json_value())
    finally:
        page.close()
