"""The tkinter programs "from the wild" (tests/runtime/tk_wild*.py) run in the browser page: real Pyodide in the
worker, Pyroom's tkinter drawing through the page's renderer, the page answering font and geometry queries. One
booted page runs them all, each replacing the code of the page's one block (``window.pyroom.get(id).code``).

The reference is what the same programs give under CPython with Pyroom's tkinter on a RecordingDisplay (the runtime
tests compare that with real Tk), from the very Python the page runs (the test site's runtime.json, the build of
static/python). The page measures text with the browser's fonts, so a value that depends on font metrics cannot be
compared with it. The rule is found by running each program under CPython with three different sets of font
metrics and pane sizes: a RESULT entry (or the printed output) that is the same in the three runs does not depend
on them and must be the same in the page; an entry that changes is only required to exist. The same goes for what
the page shows: the widgets alive, which are on screen, the windows' titles. What differs between the page's Python
and this one is set aside: the names of Checkbuttons (changed in 3.13) and the source lines of tracebacks.

Within the page, the renderer must agree with the page's tkinter: each widget tkinter has on screen is drawn where
its winfo_x/y/width/height say, and entries, Texts, listboxes, labels and buttons show the text tkinter holds.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import re
import sys
from pathlib import Path

import pytest

from ..runtime.conftest import shim_modules
from .conftest import open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MODULES = ("tk_wild_programs", "tk_wild3_text", "tk_wild3_games", "tk_wild4_apps", "tk_wild4_canvas",
           "tk_wild4_events", "tk_wild5_inputs")
WILD = {module: importlib.import_module(f"tests.runtime.{module}").WILD for module in MODULES}
PROGRAMS = [(module, name) for module in MODULES for name in WILD[module]]

# Appended to every program: its RESULT, printed as one line of JSON; then the layout the runner gives windows left
# open when the run ends (tkinter._pyroom_settle, also in the CPython runs), and (when `root` is still there) what
# tkinter says of each widget under `root`: [winfo_ismapped, winfo_x, winfo_y, winfo_width, winfo_height, the text
# it shows] (the text of an entry, a Text without embedded windows or images, a listbox's items joined by newlines,
# a label's or a button's text; None for other widgets). Widgets by their path `_w`: the str() of a ScrolledText is
# its frame's.
EPILOGUE = """
import json; print("RESULT", json.dumps(RESULT, default=str))
import tkinter; tkinter._pyroom_settle()
def _shows(widget):
    kind = widget.winfo_class()
    if kind in ("Entry", "TEntry", "Spinbox", "TSpinbox", "TCombobox"):
        show = str(widget.cget("show")) if "show" in widget.keys() else ""
        return show[:1] * len(widget.get()) if show else widget.get()
    if kind == "Text" and not widget.window_names() and not widget.image_names():
        return widget.get("1.0", "end-1c")
    if kind == "Listbox":
        return "\\n".join(str(item) for item in widget.get(0, "end"))
    if kind in ("Label", "TLabel", "Button", "TButton"):
        if str(widget.cget("image")) and str(widget.cget("compound")) in ("", "none"):
            return None
        variable = str(widget.cget("textvariable"))
        return str(widget.getvar(variable) if variable else widget.cget("text"))
    return None
def _state_of(widget, out):
    for child in widget.winfo_children():
        out[child._w] = [child.winfo_ismapped(), child.winfo_x(), child.winfo_y(), child.winfo_width(),
                         child.winfo_height(), _shows(child)]
        _state_of(child, out)
    return out
print("STATE", json.dumps(_state_of(root, {}) if root.winfo_exists() else {}))
"""

# Font metrics and pane sizes for the CPython runs (RecordingDisplay arguments): the first is the default.
DISPLAYS = (
    {},
    {"char_width": 0.5, "ascent": 0.95, "descent": 0.3, "pane": (900, 700)},
    {"char_width": 0.75, "ascent": 0.7, "descent": 0.2, "pane": (500, 400)},
)

RUN_SECONDS = 30

# What the page shows after a run, by widget path: whether it is on screen, the windows' titles, the other widgets'
# boxes (left, top, width, height in their parent) and the text shown by entries, Texts, listboxes, labels, buttons.
SCREEN = """() => {
  const shown = {};
  const titles = {};
  const boxes = {};
  const texts = {};
  for (const el of document.querySelectorAll("#wild .pyroom-preview [data-path]")) {
    if (el.classList.contains("pyroom-tk-client")) continue;
    const win = el.classList.contains("pyroom-tk-window");
    shown[el.dataset.path] = win ? !el.hidden : el.style.display !== "none";
    if (win) titles[el.dataset.path] = el.querySelector(".pyroom-tk-title").textContent;
    else boxes[el.dataset.path] = ["left", "top", "width", "height"].map((side) => parseFloat(el.style[side]));
    const input = el.querySelector(":scope > .pyroom-tk-input");
    const area = el.querySelector(":scope > .pyroom-tk-textarea");
    const rows = el.querySelector(":scope > .pyroom-tk-rows");
    const label = el.querySelector(
      ":scope > .pyroom-tk-label-text, :scope > .pyroom-tk-compound > .pyroom-tk-label-text",
    );
    if (input) texts[el.dataset.path] = input.value;
    else if (area) texts[el.dataset.path] = area.textContent;
    else if (rows) texts[el.dataset.path] = [...rows.children].map((row) => row.textContent).join("\\n");
    else if (label) texts[el.dataset.path] = label.textContent;
  }
  return { shown, titles, boxes, texts };
}"""

RUN = """async ([code, ms]) => {
  const block = window.pyroom.get("wild");
  block.code = code;
  const run = block.run();
  const late = new Promise((resolve) => setTimeout(() => resolve(null), ms));
  const result = await Promise.race([run, late]);
  // The last operations reach the pane a frame later.
  if (result !== null) return await new Promise((resolve) => requestAnimationFrame(() => resolve(result)));
  block.stop();
  return { ...(await run), timedOut: true };
}"""


def split_output(stdout: str) -> tuple[dict | None, dict | None, str]:
    """The RESULT and the widgets' state the epilogue printed (None when missing), and what the program printed."""
    lines = stdout.splitlines(keepends=True)
    if len(lines) < 2 or not lines[-2].startswith("RESULT ") or not lines[-1].startswith("STATE "):
        return None, None, stdout
    return json.loads(lines[-2][len("RESULT "):]), json.loads(lines[-1][len("STATE "):]), "".join(lines[:-2])


def local_names(text: str) -> str:
    """What the page printed or showed, with widget names as this CPython gives them: Python 3.13 names a classic
    Checkbutton "!checkbutton-N", older versions "!checkbuttonN" (the page runs Pyodide's newer Python)."""
    if sys.version_info >= (3, 13):
        return text
    return re.sub(r"!checkbutton-(\d+)", r"!checkbutton\1", text)


def outline(stderr: str) -> list[str]:
    """Error output without what Python versions print differently: the source lines of a traceback and their
    carets (indented by four spaces), and the directories of its files."""
    return [re.sub(r'File "(?:[^"]*/)?([^"/]*)"', r'File "\1"', line)
            for line in stderr.splitlines() if not line.startswith("    ")]


def screen_of(ops: list) -> dict:
    """What the page must show after these display operations (static/PROTOCOL.md): every widget alive, whether it
    is on screen (a widget once it has a geometry until it is unmapped, a window unless withdrawn or unmapped), and
    the windows' titles."""
    shown: dict[str, bool] = {}
    titles: dict[str, str] = {}
    for kind, *args in ops:
        path = args[0] if args else None
        if kind == "window" or (kind == "config" and path in titles):
            opts = args[1]
            shown.setdefault(path, True)
            titles.setdefault(path, "")
            if opts.get("title") is not None:
                titles[path] = opts["title"]
            if opts.get("state"):
                shown[path] = opts["state"] != "withdrawn"
        elif kind == "new":
            shown[path] = False
        elif kind == "geom" and path in shown and path not in titles:
            shown[path] = True
        elif kind == "unmap" and path in shown:
            shown[path] = False
        elif kind == "destroy":
            inside = "." if path == "." else path + "."
            for gone in [p for p in shown if p == path or p.startswith(inside)]:
                del shown[gone]
                titles.pop(gone, None)
    return {"shown": shown, "titles": titles}


@pytest.fixture(scope="module")
def runtime(site, tmp_path_factory) -> Path:
    """The Python the page runs (the site's runtime.json), unpacked."""
    directory = tmp_path_factory.mktemp("runtime")
    for name, text in json.loads((site / "_static" / "pyroom" / "runtime.json").read_text())["files"].items():
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        (directory / name).write_text(text)
    return directory


def run_in_cpython(tkinter, source: str, display_args: dict) -> dict:
    """Run a program with ``tkinter`` on a RecordingDisplay (fake clock): its RESULT, outputs and screen."""
    from pyroom_runtime import display as dispmod

    display = dispmod.RecordingDisplay(clock=dispmod.FakeClock(), **display_args)
    dispmod.set_display(display)
    tkinter._pyroom_reset()
    display.ops.clear()
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            exec(compile(source + EPILOGUE, "main.py", "exec"), {"__name__": "__main__"})
        screen = screen_of(display.ops)
    finally:
        tkinter._pyroom_reset()
        dispmod.set_display(None)
    result, _, printed = split_output(out.getvalue())
    return {"result": result, "printed": printed, "stderr": err.getvalue(), "screen": screen}


def reference(runtime: Path, source: str) -> dict:
    """The default run, with what in it does not change with the fonts and the pane."""
    with shim_modules(runtime) as tkinter:
        runs = [run_in_cpython(tkinter, source, args) for args in DISPLAYS]
    first = runs[0]
    stable = {key for key, value in first["result"].items() if all(r["result"].get(key) == value for r in runs)}
    shown = first["screen"]["shown"]
    stable_shown = {path for path, on in shown.items() if all(r["screen"]["shown"].get(path) == on for r in runs)}
    return {**first, "stable": stable, "printed_stable": all(r["printed"] == first["printed"] for r in runs),
            "stable_shown": stable_shown}


@pytest.fixture(scope="module")
def wildpage(chromium, server):
    """One page with Python booted; every program replaces the code of its one block and runs."""
    page = open_page(chromium, server + "/wild.html")
    page.evaluate("window.pyroom.boot()")
    yield page
    assert page.errors == [], page.errors
    page.context.close()


@pytest.mark.parametrize(("module", "name"), PROGRAMS, ids=[f"{m}:{n}" for m, n in PROGRAMS])
def test_wild_program_in_page(wildpage, runtime, module, name):
    source = WILD[module][name]
    ref = reference(runtime, source)
    assert ref["result"], "the program must report something to compare"
    errors_before = len(wildpage.errors)
    run = wildpage.evaluate(RUN, [source + EPILOGUE, RUN_SECONDS * 1000])
    assert not run.get("timedOut"), f"still running after {RUN_SECONDS} s: {run}"
    assert run["status"] == "done", run["stderr"] or run
    assert outline(run["stderr"]) == outline(ref["stderr"])
    assert wildpage.errors[errors_before:] == []
    result, state, printed = split_output(local_names(run["stdout"]))
    assert result is not None, run["stdout"]
    assert sorted(result) == sorted(ref["result"])
    assert {key: result[key] for key in ref["stable"]} == {key: ref["result"][key] for key in ref["stable"]}
    if ref["printed_stable"]:
        assert printed == ref["printed"]
    screen = json.loads(local_names(json.dumps(wildpage.evaluate(SCREEN))))
    shown, expected = screen["shown"], ref["screen"]["shown"]
    assert sorted(shown) == sorted(expected), "the widgets alive differ"
    assert {path: shown[path] for path in ref["stable_shown"]} == {path: expected[path] for path in ref["stable_shown"]}
    assert screen["titles"] == ref["screen"]["titles"]
    # Every widget tkinter has on screen is on the page where tkinter says it is, showing what tkinter says it shows.
    boxes, texts = screen["boxes"], screen["texts"]
    placed = {path: box for path, (mapped, *box, _) in state.items() if mapped and path not in screen["titles"]}
    assert {path: boxes.get(path) for path in placed} == placed
    shows = {path: text for path, (*_, text) in state.items() if text is not None}
    assert {path: texts.get(path) for path in shows} == shows
