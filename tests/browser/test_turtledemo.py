"""Every program of CPython's turtledemo package, unmodified, in the page (Chromium + Pyodide, Pyroom's turtle drawing
through its tkinter shim), ends with the same drawing as desktop CPython's turtle on real Tk under Xvfb.

The programs are read from the running CPython's standard library (``importlib.util.find_spec("turtledemo")``), not
from copies in the repo, and written into Pyodide's file system as the package ``turtledemo`` (Pyodide has none),
next to tests/runtime/turtle_runner.py and, in the page's working directory, a turtle.cfg (TURTLE_CFG) that both
turtle modules read when imported: ``delay = 0``, so animations do not wait, and ``width = 640``, ``height = 768``,
the window desktop turtle opens by default on Xvfb's 1280x1024 screen (50% x 75%). The page's default window differs
by design (its "screen" derives from the pane's width, PROTOCOL.md ``pane``), and setworldcoordinates() scales a
drawing to the window (chaos, colormixer), so both sides open the same window. One page (site/turtledemo.rst) is
booted once; for each demo the test replaces its block's code through ``window.pyroom`` and runs it. The block does
what turtle_runner.py does on the desktop: ``random.seed(1234)``, ``turtledemo.NAME.main()`` (Terminator caught; the
demos' own ``mainloop()`` calls sit under ``if __name__ == "__main__"``, so programs that end in the event loop are
compared on what they drew before waiting, and the block ends instead of staying live), ``update()``, then
turtle_runner's own ``dump()`` of every canvas through the shim's Canvas API (``find_all``, ``type``, ``coords``,
``itemcget``, ``cget``). The dump travels back in the block's output zlib-compressed and base64-encoded, in parts of
150,000 characters fetched by further runs when it is longer (the output of a run keeps at most 200,000 characters;
forest's plain JSON is 500,000, penrose's compressed one is longer still).

The reference is ``run_job("cpython", "demo:NAME")`` of tests/runtime: CPython's turtle on Tk under Xvfb, from a
folder with the same turtle.cfg (there the same drawing as with tests/runtime's plain ``delay = 0``). Compared with
``assert_same_drawing`` of tests/runtime/test_turtle_differential.py, unchanged: per canvas its background and
scroll region, and for each item in stacking order its type, coords, and fill, outline, width, capstyle, text,
anchor, font and image as applicable.

Tolerance: coordinates may differ by at most 0.01 (one step of the rounding to 0.01: Pyodide's libm and glibc may
disagree in the last bit of a sine); everything else must be equal. Observed: no coordinate of any demo differs at
all (about 320,000 compared).

The page must also show the drawing: the SVG elements with ``data-item`` in each canvas of the block's preview, in
document order (the page keeps Tk's stacking order there) and not in a burst still hidden, carry exactly the ids of
the shim's ``find_all()`` in order. This fails if the page drops, duplicates, misorders or never shows an item, or
keeps one the program deleted. No page errors either.

Not compared: the demos of SKIPPED of the runtime test: the endless ``clock`` and ``round_dance`` (no final
drawing) run as scripts in test_endless_turtledemo_runs_live_in_page (they draw, go on drawing, Stop ends them); the
viewer ``__main__`` needs idlelib's Tcl command renaming, which the shim refuses with a NotImplementedError naming
it. SLOW_DEMOS (penrose, planet_and_moon: 40 s and 15 s in the page) are
marked slow.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.runtime.test_turtle_differential import DEMOS, SLOW_DEMOS, assert_same_drawing
from tests.runtime.turtle_xvfb import run_job, xvfb_env  # noqa: F401  (fixture)

from .conftest import open_page

pytestmark = pytest.mark.browser

BLOCK = "demo-block"
RUNNER = Path(__file__).resolve().parents[1] / "runtime" / "turtle_runner.py"
LIB = "/home/pyodide/turtledemo_lib"
QUICK_TIMEOUT_MS = 180_000
SLOW_TIMEOUT_MS = 900_000
# Read by both turtle modules on import, in the page and on the desktop: no animation delays, and the window of
# desktop turtle on Xvfb's 1280x1024 screen (50% x 75%), which the page's own "screen" (derived from its pane) does not
# give. setworldcoordinates() scales the drawing to the window's size.
TURTLE_CFG = "delay = 0\nwidth = 640\nheight = 768\n"


def _turtledemo_files() -> dict[str, str]:
    spec = importlib.util.find_spec("turtledemo")
    folder = Path(next(iter(spec.submodule_search_locations)))
    files = {f"turtledemo/{p.name}": p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py"))}
    files["runner/turtle_runner.py"] = RUNNER.read_text(encoding="utf-8")
    return files


INSTALL = """\
import importlib, os, sys
LIB = {lib!r}
for rel, text in {files!r}.items():
    path = os.path.join(LIB, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
with open("turtle.cfg", "w") as f:  # the page's working directory, where turtle looks for it on import
    f.write({cfg!r})
for folder in (LIB, LIB + "/runner"):
    if folder not in sys.path:
        sys.path.insert(0, folder)
preloaded = "turtle" in sys.modules
import turtle
wanted = turtle.config_dict("turtle.cfg")
if any(turtle._CFG[k] != v for k, v in wanted.items()):  # imported before turtle.cfg was there: read it now
    turtle = importlib.reload(turtle)
print("installed", preloaded, all(turtle._CFG[k] == v for k, v in wanted.items()))
"""

DEMO = """\
import base64, contextlib, json, sys, zlib
import turtle, turtle_runner
with contextlib.redirect_stdout(sys.stderr):  # what the demo prints must not mix with the dump
    result = turtle_runner.run_demo(turtle, {name!r})
root = turtle_runner._root_of(turtle)
root.update()
canvases = turtle_runner.dump(root)
ids = [list(c.find_all()) for c in turtle_runner._all_canvases(root, [])]
payload = json.dumps({{"result": str(result), "canvases": canvases, "ids": ids}}, separators=(",", ":"))
turtle_runner.PAGE_DUMP = base64.b64encode(zlib.compress(payload.encode(), 9)).decode()
print("DUMP", len(turtle_runner.PAGE_DUMP), json.dumps([len(i) for i in ids]))
print("PART " + turtle_runner.PAGE_DUMP[:{chunk}])
"""

# The rest of a long dump, in later runs (the output of one run keeps at most 200,000 characters).
FETCH = """\
import turtle_runner
print("PART " + turtle_runner.PAGE_DUMP[{start}:{end}])
"""
CHUNK = 150_000

START = """([id, code]) => {
  const block = window.pyroom.get(id);
  block.code = code;
  window.__demo = null;
  block.run().then((r) => { window.__demo = r; }, (e) => { window.__demo = { status: "rejected", error: String(e) }; });
}"""

# The ids of the items each canvas of the preview shows, bottom to top (items of a burst still hidden excluded).
SHOWN_IDS = """id => [...document.querySelectorAll(`#${id} .pyroom-preview svg.pyroom-tk-canvas-svg > g`)]
  .map(layer => [...layer.querySelectorAll("[data-item]")]
    .filter(el => !el.parentElement.closest('[opacity="0"]'))
    .map(el => Number(el.dataset.item)))"""


def _run(page, code: str, timeout_ms: float) -> dict:
    page.evaluate(START, [BLOCK, code])
    try:
        page.wait_for_function("() => window.__demo !== null", timeout=timeout_ms)
    except PlaywrightTimeout:
        page.evaluate("id => window.pyroom.get(id).stop()", BLOCK)
        page.wait_for_function("() => window.__demo !== null", timeout=30_000)
        raise AssertionError(f"the program did not end within {timeout_ms / 1000:.0f} s") from None
    return page.evaluate("() => window.__demo")


@pytest.fixture(scope="module")
def demo_page(chromium, server):
    """The booted page, with the turtledemo package, turtle_runner and turtle.cfg in Pyodide's file system."""
    page = open_page(chromium, server + "/turtledemo.html")
    page.evaluate("window.pyroom.boot()")
    code = INSTALL.format(lib=LIB, files=_turtledemo_files(), cfg=TURTLE_CFG)
    result = _run(page, code, QUICK_TIMEOUT_MS)
    assert result["status"] == "done", result
    assert result["stdout"].endswith(" True\n"), result["stdout"]  # turtle read turtle.cfg
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def demo_cwd(tmp_path_factory) -> Path:
    """The desktop's working directory, with the page's turtle.cfg."""
    path = tmp_path_factory.mktemp("turtledemo_cwd")
    (path / "turtle.cfg").write_text(TURTLE_CFG)
    return path


@pytest.fixture(scope="module")
def references(request, xvfb_env, demo_cwd):  # noqa: F811
    """CPython's drawings of the selected quick demos, computed in the background while the page runs its demos."""
    selected = {
        item.callspec.params.get("name")
        for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec")
    }
    pool = ThreadPoolExecutor(max_workers=2)
    futures = {
        name: pool.submit(run_job, "cpython", f"demo:{name}", env=xvfb_env, cwd=demo_cwd)
        for name in DEMOS
        if name in selected and name not in SLOW_DEMOS
    }
    yield futures
    pool.shutdown(cancel_futures=True)


def _reference(name, references, xvfb_env, demo_cwd):  # noqa: F811
    if name in references:
        return references[name].result()
    return run_job("cpython", f"demo:{name}", env=xvfb_env, cwd=demo_cwd, timeout=600)


def _demo_param(name):
    return pytest.param(name, marks=pytest.mark.slow, id=name) if name in SLOW_DEMOS else pytest.param(name, id=name)


@pytest.mark.parametrize("name", [_demo_param(n) for n in DEMOS])
def test_turtledemo_in_page_same_drawing(name, demo_page, references, xvfb_env, demo_cwd):  # noqa: F811
    page = demo_page
    errors_before = len(page.errors)
    timeout = SLOW_TIMEOUT_MS if name in SLOW_DEMOS else QUICK_TIMEOUT_MS
    result = _run(page, DEMO.format(name=name, chunk=CHUNK), timeout)
    assert result["status"] == "done", f"{result['status']}: {result['error']}\n{result['stderr'][-3000:]}"
    head, part = result["stdout"].splitlines()[-2:]
    _, size, counts = head.split(" ", 2)
    size, counts = int(size), json.loads(counts)

    # What the page shows once it has applied everything: then the next runs may close the preview.
    try:
        page.wait_for_function(
            f"([id, counts]) => JSON.stringify(({SHOWN_IDS})(id).map(ids => ids.length)) === JSON.stringify(counts)",
            arg=[BLOCK, counts],
            timeout=30_000,
        )
    except PlaywrightTimeout:
        pass  # reported below, with what differs
    shown = page.evaluate(SHOWN_IDS, BLOCK)
    assert page.errors[errors_before:] == []

    parts = [part.removeprefix("PART ")]
    for start in range(CHUNK, size, CHUNK):
        more = _run(page, FETCH.format(start=start, end=start + CHUNK), QUICK_TIMEOUT_MS)
        assert more["status"] == "done", more
        parts.append(more["stdout"].splitlines()[-1].removeprefix("PART "))
    encoded = "".join(parts)
    assert len(encoded) == size
    ours = json.loads(zlib.decompress(base64.b64decode(encoded)))

    # The page showed what the shim holds: the same item ids, in stacking order, in each canvas.
    assert shown == ours["ids"], (
        f"the preview shows {[len(ids) for ids in shown]} items per canvas, the program's canvases hold "
        f"{[len(ids) for ids in ours['ids']]}; first ids shown {[ids[:8] for ids in shown]}, "
        f"held {[ids[:8] for ids in ours['ids']]}"
    )
    assert [len(c["items"]) for c in ours["canvases"]] == [len(ids) for ids in ours["ids"]]

    reference = _reference(name, references, xvfb_env, demo_cwd)
    assert sum(len(c["items"]) for c in reference["canvases"]) > 1, "the demo drew nothing"
    assert_same_drawing(reference, ours)


LIVE_ITEMS = """id => document.querySelectorAll(`#${id} .pyroom-preview svg [data-item]`).length"""


@pytest.mark.parametrize("name", ["clock", "round_dance"])
def test_endless_turtledemo_runs_live_in_page(name, demo_page):
    """The endless demos (no final drawing to compare) run unmodified as scripts: they draw and go on drawing (clock
    live in its event loop with ontimer, round_dance in its own update() loop until a key), and Stop ends them."""
    page = demo_page
    errors_before = len(page.errors)
    source = (Path(next(iter(importlib.util.find_spec("turtledemo").submodule_search_locations))) / f"{name}.py")
    page.evaluate(START, [BLOCK, source.read_text(encoding="utf-8")])
    page.wait_for_function(f"({LIVE_ITEMS})('{BLOCK}') > 0", timeout=120_000)
    assert page.evaluate(f"document.getElementById('{BLOCK}').dataset.pyroomState") in ("running", "live")
    # its timers keep changing the drawing (clock's hands, the dancers)
    page.wait_for_function(
        "([id, html]) => document.querySelector(`#${id} .pyroom-preview svg`).innerHTML !== html",
        arg=[BLOCK, page.evaluate(f"document.querySelector('#{BLOCK} .pyroom-preview svg').innerHTML")],
        timeout=10_000,
    )
    page.evaluate("id => window.pyroom.get(id).stop()", BLOCK)
    page.wait_for_function("() => window.__demo !== null", timeout=30_000)
    assert page.evaluate("() => window.__demo")["status"] == "stopped"
    assert page.errors[errors_before:] == []
