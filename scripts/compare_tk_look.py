"""Compare how tkinter programs look under real Tk and in Pyroom's preview pane, side by side.

Each program runs (a) under the real tkinter of this Python, on an Xvfb display, and its root window (menubar and
client area) is captured with ImageMagick's ``import``; (b) in a Pyroom block of a Sphinx page in Chromium, and the
preview's root window (menubar and client area) is screenshot. Both go into OUT/NAME.png, real Tk on the left; when
the two have the same size a third panel shows where their pixels differ. Each program's line of output also names
the widgets the two placed differently (x, y, width, height in their parent).

Usage: python scripts/compare_tk_look.py [--out DIR] [--dark] [--skip-real] [NAME ...]
(default: every program, into /tmp/look; --skip-real keeps the real Tk captures of an earlier run)
Needs Xvfb, ImageMagick (``import``, ``convert``, ``compare``) and the browser test set-up (scripts/setup.sh).
A program is captured when it ends, when it calls ``root.quit()``/``root.destroy()``, or, when it waits in
``mainloop()`` for the reader, shortly after it got there (Pyroom: the block is "live").
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SITE_PAGE = REPO / "tests" / "browser" / "site" / "tkinter.rst"

# (name, where): a WILD module of tests/runtime and its key, or "site" and a block name of tkinter.rst
PROGRAMS = [
    ("calc", ("site", "tk-calc")),
    ("temp_converter", ("site", "tk-temp")),
    ("todo", ("site", "tk-todo")),
    ("notebook_tree", ("site", "tk-notebook")),
    ("menu", ("site", "tk-menu")),
    ("paned", ("site", "tk-paned")),
    ("unit_converter", ("tk_wild_programs", "unit_converter")),
    ("quiz_frames", ("tk_wild_programs", "quiz_frames")),
    ("notes_app", ("tk_wild_programs", "notes_app")),
    ("treeview_editor", ("tk_wild_programs", "treeview_editor")),
    ("validated_form", ("tk_wild_programs", "validated_form")),
    ("listbox_scrollbars", ("tk_wild_programs", "listbox_two_scrollbars")),
    ("pomodoro", ("tk_wild_programs", "pomodoro")),
    ("palette_themes", ("tk_wild_programs", "palette_themes")),
    ("calendar_grid", ("tk_wild_programs", "calendar_grid")),
    ("find_replace", ("tk_wild3_text", "find_replace")),
    ("syntax_highlight", ("tk_wild3_text", "syntax_highlight")),
    ("variable_traces", ("tk_wild3_text", "variable_traces")),
    ("treeview_tree", ("tk_wild3_games", "treeview_tree")),
    ("notebook_wizard", ("tk_wild3_games", "notebook_wizard")),
    ("paned_layout", ("tk_wild3_games", "paned_layout")),
    ("pixel_editor", ("tk_wild3_games", "pixel_editor")),
    ("theme_switcher", ("tk_wild3_games", "theme_switcher")),
    ("pong", ("tk_wild3_games", "pong")),
    ("analog_clock", ("tk_wild4_canvas", "analog_clock")),
    ("function_plotter", ("tk_wild4_canvas", "function_plotter")),
    ("bar_chart", ("tk_wild4_canvas", "bar_chart")),
]


def site_blocks() -> dict[str, str]:
    """The code of each named block of the browser tests' tkinter page."""
    blocks = {}
    lines = SITE_PAGE.read_text().splitlines()
    for i, line in enumerate(lines):
        if not line.startswith(".. pyroom::"):
            continue
        name, body = None, []
        j = i + 1
        while j < len(lines) and (lines[j].startswith("   ") or not lines[j].strip()):
            if lines[j].startswith("   :name:"):
                name = lines[j].split(":name:", 1)[1].strip()
            elif not lines[j].startswith("   :"):
                body.append(lines[j])
            j += 1
        if name:
            blocks[name] = textwrap.dedent("\n".join(body)).strip("\n") + "\n"
    return blocks


def source_of(where: tuple[str, str]) -> str:
    module, key = where
    if module == "site":
        return site_blocks()[key]
    sys.path.insert(0, str(REPO / "tests" / "runtime"))
    return importlib.import_module(module).WILD[key]


# --- real Tk ------------------------------------------------------------------------------------------------------

REAL_RUNNER = r"""
import json, subprocess, sys, tkinter
source, out = open(sys.argv[1]).read(), sys.argv[2]
taken = []

def capture(root):
    if taken or not root.winfo_exists():
        return
    taken.append(True)
    root.update_idletasks()
    root.update()
    # the wrapper that holds the menubar and the client area (no window manager: the parent of `wm frame`)
    tree = subprocess.run(["xwininfo", "-tree", "-id", root.wm_frame()], capture_output=True, text=True).stdout
    wrapper = tree.split("Parent window id:", 1)[1].split()[0]
    subprocess.run(["import", "-window", wrapper, out], check=True)
    geometry = {}

    def walk(w):
        for child in w.winfo_children():
            if child.winfo_ismapped() and child.winfo_class() != "Menu":
                geometry[str(child)] = [child.winfo_x(), child.winfo_y(), child.winfo_width(), child.winfo_height()]
            walk(child)

    walk(root)
    with open(out + ".json", "w") as f:
        json.dump(geometry, f)

real_mainloop, real_quit, real_destroy = tkinter.Misc.mainloop, tkinter.Misc.quit, tkinter.Tk.destroy

def mainloop(self, n=0):
    # a program that waits for the reader: captured soon (as Pyroom's "live"); one that ends itself, at the latest
    # after a while (a quit() before mainloop() does not end it)
    self.after(400 if "quit(" not in source and "destroy(" not in source else 8000, self.quit)
    real_mainloop(self, n)

def quit(self):
    capture(self._root())
    real_quit(self)

def destroy(self):
    capture(self)
    real_destroy(self)

tkinter.Misc.mainloop, tkinter.Misc.quit, tkinter.Tk.destroy = mainloop, quit, destroy
ns = {"__name__": "__main__"}
exec(compile(source, "program", "exec"), ns)
if tkinter._default_root is not None:
    capture(tkinter._default_root)
"""


def free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


def capture_real(programs: dict[str, str], out: Path) -> dict[str, str]:
    """Run each program under real Tk on a fresh Xvfb; returns {name: error} for those that failed."""
    n = free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1600x1200x24", "-dpi", "96", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    errors = {}
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.1)
        env = {**os.environ, "DISPLAY": f":{n}"}
        with tempfile.TemporaryDirectory() as tmp:
            runner = Path(tmp) / "runner.py"
            runner.write_text(REAL_RUNNER)
            for name, source in programs.items():
                program = Path(tmp) / f"{name}.py"
                program.write_text(source)
                target = out / f"{name}.real.png"
                target.unlink(missing_ok=True)
                try:
                    done = subprocess.run(
                        [sys.executable, str(runner), str(program), str(target)],
                        env=env,
                        capture_output=True,
                        text=True,
                        timeout=60,
                    )
                except subprocess.TimeoutExpired:
                    errors[name] = "timed out"
                    continue
                if not target.exists():
                    errors[name] = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no capture"
    finally:
        xvfb.terminate()
        xvfb.wait()
    return errors


# --- Pyroom in Chromium -------------------------------------------------------------------------------------------

CONF = """\
project = "Pyroom look"
extensions = ["sphinx_pyroom"]
html_theme = "alabaster"
html_theme_options = {"page_width": "1600px", "sidebar_width": "0px"}
pyroom_pyodide = "local"
"""


def block_id(name: str) -> str:
    return "cmp-" + name.replace("_", "-")


def build_site(programs: dict[str, str], dest: Path) -> Path:
    sys.path.insert(0, str(REPO))
    from pyroom import pyodide_dist
    from tests.conftest import build_sphinx

    src = dest / "src"
    src.mkdir(parents=True)
    (src / "conf.py").write_text(CONF)
    parts = ["Look\n====\n"]
    for name, source in programs.items():
        body = textwrap.indent(source.expandtabs(4), "   ", lambda line: bool(line.strip()))
        parts.append(f".. pyroom::\n   :name: {block_id(name)}\n   :preview: tkinter\n\n{body}\n")
    (src / "index.rst").write_text("\n".join(parts))
    return build_sphinx(src, dest / "html", pyroom_pyodide_dir=str(pyodide_dist.vendor(extra=("six",))))


WINDOW_BOX = """id => {
  const win = document.querySelector(`#${id} .pyroom-tk-window[data-path="."]`);
  if (!win || win.hidden) return null;
  const parts = [win.querySelector(':scope > .pyroom-tk-menubar'), win.querySelector(':scope > .pyroom-tk-client')];
  const boxes = parts.filter(Boolean).map(el => el.getBoundingClientRect());
  const x = Math.min(...boxes.map(b => b.left)), y = Math.min(...boxes.map(b => b.top));
  const r = Math.max(...boxes.map(b => b.right)), b = Math.max(...boxes.map(b => b.bottom));
  return {x: x + scrollX, y: y + scrollY, width: r - x, height: b - y};
}"""


GEOMETRY = """id => Object.fromEntries([...document.querySelectorAll(`#${id} .pyroom-tk[data-path]`)]
  .filter(el => el.style.display !== 'none' && el.closest('.pyroom-tk-window[data-path="."]'))
  .map(el => [el.dataset.path, ['left', 'top', 'width', 'height'].map(k => parseFloat(el.style[k]))]))"""


def capture_browser(programs: dict[str, str], out: Path, dark: bool = False) -> dict[str, str]:
    """Run each program in a Pyroom block in Chromium; returns {name: error} for those that failed."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(REPO))
    from tests.conftest import CHROMIUM, CHROMIUM_FLAGS, serving

    errors = {}
    with tempfile.TemporaryDirectory() as tmp:
        site = build_site(programs, Path(tmp))
        with serving(site) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 1700, "height": 1200}, device_scale_factor=1)
            page.goto(url + "/index.html")
            page.wait_for_function("window.pyroom !== undefined")
            page.evaluate("window.pyroom.boot()")
            if dark:
                page.add_style_tag(content="body, div.body { color: #e8e8e8; background: #15171a; }")
            for name in programs:
                bid = block_id(name)
                target = out / f"{name}.pyroom.png"
                target.unlink(missing_ok=True)
                page.evaluate("id => { window.__run = window.pyroom.get(id).run(); }", bid)
                try:
                    page.wait_for_function(
                        "id => ['live', 'done', 'error'].includes(document.getElementById(id).dataset.pyroomState)",
                        arg=bid,
                        timeout=60_000,
                    )
                except Exception:
                    errors[name] = "did not start"
                    continue
                page.wait_for_timeout(400)  # (the last batch of operations drawn, as the real run's update())
                if page.get_attribute(f"#{bid}", "data-pyroom-state") == "error":
                    errors[name] = page.locator(f"#{bid} [role=log]").inner_text().strip().splitlines()[-1]
                box = page.evaluate(WINDOW_BOX, bid)
                if not box:
                    errors.setdefault(name, "no window")
                    continue
                page.locator(f"#{bid} .pyroom-tk-window").first.scroll_into_view_if_needed()
                box = page.evaluate(WINDOW_BOX, bid)
                if box["width"] < 1 or box["height"] < 1:
                    errors.setdefault(name, f"empty window {box}")
                    continue
                page.screenshot(path=str(target), full_page=True, clip={k: round(v) for k, v in box.items()})
                Path(f"{target}.json").write_text(json.dumps(page.evaluate(GEOMETRY, bid)))
            browser.close()
    return errors


# --- side by side -------------------------------------------------------------------------------------------------


def size_of(png: Path) -> tuple[int, int]:
    w, h = subprocess.run(
        ["identify", "-format", "%w %h", str(png)], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(w), int(h)


def geometry_notes(real: Path, ours: Path) -> str:
    """Which widgets the two runs placed differently (x, y, width, height in their parent)."""
    if not (Path(f"{real}.json").exists() and Path(f"{ours}.json").exists()):
        return ""
    real_geometry = json.loads(Path(f"{real}.json").read_text())
    ours_geometry = json.loads(Path(f"{ours}.json").read_text())
    moved = [
        f"{path} {box} vs {ours_geometry.get(path)}"
        for path, box in real_geometry.items()
        if ours_geometry.get(path) != box
    ]
    if not moved:
        return f"; all {len(real_geometry)} widgets placed alike"
    return f"; {len(moved)} of {len(real_geometry)} widgets placed differently:\n    " + "\n    ".join(moved)


def side_by_side(name: str, out: Path) -> str:
    real, ours = out / f"{name}.real.png", out / f"{name}.pyroom.png"
    panels = [p for p in (real, ours) if p.exists()]
    if not panels:
        return "nothing captured"
    note = ""
    if len(panels) == 2:
        (rw, rh), (pw, ph) = size_of(real), size_of(ours)
        note = f"real {rw}x{rh}, pyroom {pw}x{ph}"
        if (rw, rh) == (pw, ph):
            diff = out / f"{name}.diff.png"
            done = subprocess.run(
                ["compare", "-metric", "AE", "-fuzz", "8%", str(real), str(ours), str(diff)],
                capture_output=True,
                text=True,
            )
            note += f", {done.stderr.strip()} pixels differ"
            panels.append(diff)
        note += geometry_notes(real, ours)
    args = ["convert", "-background", "#ff00ff"]
    for i, panel in enumerate(panels):
        args += [str(panel)] + (["-gravity", "east", "-splice", "8x0", "-gravity", "northwest"] if i else [])
    subprocess.run(args + ["+append", str(out / f"{name}.png")], check=True)
    return note


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="programs to compare (default: all)")
    parser.add_argument("--out", default="/tmp/look", help="output directory")
    parser.add_argument("--dark", action="store_true", help="also a dark docs theme for the Pyroom side")
    parser.add_argument("--skip-real", action="store_true", help="keep the real Tk captures of an earlier run")
    args = parser.parse_args()
    known = dict(PROGRAMS)
    unknown = [n for n in args.names if n not in known]
    if unknown:
        parser.error(f"unknown programs {unknown}; known: {sorted(known)}")
    names = args.names or list(known)
    programs = {name: source_of(known[name]) for name in names}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for tool in ("Xvfb", "xwininfo", "import", "convert", "compare", "identify"):
        if not shutil.which(tool):
            print(f"{tool} is missing (apt-get install xvfb x11-utils imagemagick)", file=sys.stderr)
            return 2
    errors = {} if args.skip_real else {f"{k} (real)": v for k, v in capture_real(programs, out).items()}
    errors.update({f"{k} (pyroom)": v for k, v in capture_browser(programs, out, dark=args.dark).items()})
    for name in names:
        print(f"{name:22} {side_by_side(name, out)}")
    for key, error in errors.items():
        print(f"! {key}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
