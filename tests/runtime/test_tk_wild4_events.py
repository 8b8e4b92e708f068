"""Programs "from the wild" (fourth round: application structure, events and the Tk core): tk_wild4_events.WILD run
under real Tk (Xvfb) and under Pyroom's tkinter, compared as test_tk_wild compares them; then a few of the behaviours
they found, driven as a reader would (RecordingDisplay)."""

from __future__ import annotations

import gc

import pytest

from . import tk_wild4_events as programs
from .test_tk_differential import run_observations
from .test_tk_wild import assert_like_real_tk


@pytest.fixture(scope="module")
def wild(xvfb):
    return run_observations(xvfb, "tk_wild_runner.py", 180, "tk_wild4_events")


@pytest.mark.parametrize("name", list(programs.WILD))
def test_wild_programs_match_real_tk(wild, name):
    assert_like_real_tk(wild[name])


# -- driven by the reader (RecordingDisplay) ------------------------------------------------------------------------


def test_a_second_tk_is_its_own_window_and_widget_tree(tk):
    t = tk.tk
    root = t.Tk()
    t.Label(root, text="main").pack()
    clicks = t.IntVar(value=0)  # (no master: the first Tk, the default root)
    second = t.Tk()
    info = t.Label(second, text="second", name="info")
    info.pack()
    button = t.Button(second, text="+1", command=lambda: clicks.set(clicks.get() + 1))
    button.pack()
    root.update()
    # each interpreter has its own "." tree ...
    assert (str(second), str(info), info.winfo_parent()) == (".", ".info", ".")
    assert info.bindtags() == (".info", "Label", ".", "all")
    assert (root.title(), second.title(), second.winfo_name()) == ("tk", "tk #2", "tk #2")  # (Tk's unique app name)
    assert second.nametowidget(".info") is info and [str(c) for c in root.winfo_children()] == [".!label"]
    assert second.winfo_children() == [info, button]
    # ... and the page a panel for the second one, whose widgets it knows by ids of their own
    windows = [op[1:] for op in tk.ops("window")]
    assert windows[0] == [".", {"title": "tk", "width": None, "height": None, "bg": None, "resizable": [True, True],
                                "toplevel": False}]
    page_id = button._w
    assert page_id not in (".!button", ".") and page_id.startswith(second._w + ".")
    assert [second._w, {"title": "tk #2", "width": None, "height": None, "bg": None, "resizable": [True, True],
                        "toplevel": True}] in windows
    assert ["new", info._w, "Label"] == tk.ops("new")[1][:3] and ["geom", ".!label", 0, 0, 36, 19] in tk.ops("geom")
    tk.display.inject({"type": "Invoke", "w": page_id})
    root.update()
    assert clicks.get() == 1
    # each interpreter has its own variables: the beginner's label in the second window never shows `clicks`
    shown = t.Label(second, textvariable=clicks)
    entry = t.Entry(second, textvariable=clicks)
    clicks.set(2)
    assert (shown.cget("text"), entry.get(), second.getvar(str(clicks)), root.getvar(str(clicks))) == ("", "", "", 2)
    own = t.StringVar(second, value="own")
    assert t.Label(second, textvariable=own).cget("text") == "own"
    with pytest.raises(t.TclError, match="no such variable"):
        root.getvar(str(own))
    clicks.set(1)
    # the other interpreter's timers run in one mainloop, and destroying one root leaves the other
    second.after(10, lambda: clicks.set(10))
    second.after(20, second.destroy)
    root.after(30, root.quit)
    root.mainloop()
    assert clicks.get() == 10 and not second.winfo_exists() and root.winfo_exists()
    assert tk.ops("destroy") == [["destroy", second._w]]


def test_turtle_beside_a_program_s_own_tk(tk):
    t = tk.tk
    import importlib.util

    from .turtle_runner import PYROOM_TURTLE

    spec = importlib.util.spec_from_file_location("pyroom_turtle_on_shim", PYROOM_TURTLE)
    turtle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(turtle)
    root = t.Tk()
    t.Label(root, text="controls").pack()
    pen = turtle.Turtle()  # turtle's window: a Tk of its own
    pen.forward(50)
    screen = turtle.Screen()
    top = screen.getcanvas().winfo_toplevel()
    assert top is not root and str(top) == "." and top._w != "."
    assert [op for op in tk.ops("item") if op[1].startswith(top._w + ".")]  # the line is drawn in turtle's window
    assert [str(c) for c in root.winfo_children()] == [".!label"]


def test_deleting_a_variable_object_unsets_it_unless_a_widget_shows_it(tk):
    t = tk.tk
    root = t.Tk()
    log = []

    def make():
        v = t.StringVar(root, value="temporary", name="temp")
        v.trace_add("unset", lambda name, index, mode: log.append((name, mode)))
        v.trace_add("write", lambda *a: log.append("write"))

    make()
    gc.collect()
    assert log == [("temp", "unset")] and not root.tk.call("info", "exists", "temp")
    with pytest.raises(t.TclError):
        root.getvar("temp")
    shown = t.StringVar(value="in a label")
    label = t.Label(root, textvariable=shown)
    name = str(shown)
    shown.trace_add("unset", lambda *a: log.append("label var unset"))
    del shown
    gc.collect()
    assert log[-1] == "label var unset" and root.getvar(name) == "in a label" and label.cget("text") == "in a label"
    root.setvar(name, "still shown")  # the label keeps following the variable
    assert label.cget("text") == "still shown"
    # two objects naming one variable share it: the value, and traces
    a = t.IntVar(root, 3, name="shared")
    b = t.IntVar(root, name="shared")
    b.trace_add("write", lambda *args: log.append(("shared", a.get())))
    a.set(4)
    assert b.get() == 4 and log[-1] == ("shared", 4)


def test_after_zero_runs_before_idle_callbacks_and_after_info_tells_the_script(tk):
    t = tk.tk
    root = t.Tk()
    log = []
    root.after_idle(log.append, "idle")
    root.after(0, log.append, "zero")
    root.update()
    assert log == ["zero", "idle"]
    root.after_idle(log.append, "idle2")
    root.after(0, log.append, "zero2")
    root.update_idletasks()
    assert log[2:] == ["idle2"]
    root.update()
    assert log[3:] == ["zero2"]

    def tick():
        pass

    aid = root.after(100, tick)
    script, kind = root.tk.call("after", "info", aid)
    assert script.endswith("tick") and kind == "timer" and aid in root.tk.call("after", "info")
    root.after_cancel(aid)
    with pytest.raises(t.TclError, match=f'event "{aid}" doesn\'t exist'):
        root.tk.call("after", "info", aid)


def test_a_timer_chain_slower_than_its_interval_still_lets_idle_work_run(tk):
    # real Tk (a callback that sleeps 30 ms and schedules the next in 10 ms): [1, 'idle', 2, 3, 4, 5, 6]
    t = tk.tk
    root = t.Tk()
    label = t.Label(root, text="0")
    label.pack()
    log = []

    def step(n):
        tk.clock.advance(0.03)
        log.append(n)
        label.configure(text=str(n))
        if n == 1:
            root.after_idle(log.append, "idle")
        if n < 6:
            root.after(10, step, n + 1)
        else:
            root.quit()

    root.after(10, step, 1)
    root.mainloop()
    assert log == [1, "idle", 2, 3, 4, 5, 6]


def test_the_option_database_is_read_when_a_widget_is_created(tk):
    t = tk.tk
    root = t.Tk()
    root.option_add("*Label.foreground", "navy")
    root.option_add("*Entry.width", "12")
    early = t.Label(root, text="early")
    entry = t.Entry(root)
    entry.pack()
    root.update()
    width = entry.winfo_reqwidth()
    root.option_clear()
    root.option_add("*Label.foreground", "red")
    late = t.Label(root, text="late")
    root.update()
    assert (early.cget("foreground"), late.cget("foreground")) == ("navy", "red")
    assert entry.cget("width") == 12 and entry.winfo_reqwidth() == width


def test_generated_virtual_events_have_zero_coordinates(tk):
    t = tk.tk
    root = t.Tk()
    f = t.Frame(root, width=50, height=50)
    f.pack()
    seen = []
    f.bind("<<Changed>>", lambda e: seen.append((e.x, e.y, e.x_root, e.y_root)))
    root.update()
    f.event_generate("<<Changed>>")
    f.event_generate("<<Changed>>", when="tail")
    root.update()
    f.event_generate("<<Changed>>", x=5, y=6)
    assert seen[:2] == [(0, 0, -1, -1), (0, 0, -1, -1)] and seen[2][:2] == (5, 6)


def test_a_virtual_event_a_key_triggers_carries_the_key_event(tk):
    t = tk.tk
    root = t.Tk()
    entry = t.Entry(root)
    entry.pack()
    seen = []
    root.event_add("<<Save>>", "<Control-s>")
    entry.bind("<<Save>>", lambda e: seen.append((str(e.type), e.keysym, e.widget is entry)))
    root.update()
    entry.focus_force()
    entry.event_generate("<Control-s>")
    entry.event_generate("<<Save>>")
    assert seen == [("2", "s", True), ("35", "??", True)]  # (Tk: KeyPress, then a VirtualEvent)


def test_a_destroyed_widget_s_own_python_methods_still_run(tk):
    t = tk.tk

    class Dialog(t.Toplevel):
        def cancel(self):
            self.result = None
            self.destroy()

    root = t.Tk()
    dlg = Dialog(root)
    dlg.cancel()
    dlg.cancel()  # a second close (Escape, then the window's close button) is harmless in Tk
    assert dlg.result is None and not dlg.winfo_exists()
    with pytest.raises(t.TclError, match="bad window path name"):
        dlg.title("gone")  # (Tk's own commands still fail)


def test_font_create_and_fonts_without_a_size(tk):
    t = tk.tk
    from tkinter import font

    root = t.Tk()
    heading = font.Font(root, weight="bold", name="heading")
    assert heading.configure()["family"] == "" and heading.cget("size") == 0
    assert heading.actual("size") == 12  # (what Tk makes of a font without a size)
    with pytest.raises(t.TclError, match='named font "heading" already exists'):
        font.Font(root, name="heading")
    assert heading.cget("weight") == "bold"
    with pytest.raises(t.TclError, match="named font nothing does not already exist"):
        font.Font(root, name="nothing", exists=True)
    unsized = t.Label(root, text="Some text", font=heading)
    bold12 = t.Label(root, text="Some text", font=font.Font(size=12, weight="bold"))
    bold10 = t.Label(root, text="Some text", font=font.Font(size=10, weight="bold"))
    assert unsized.winfo_reqwidth() == bold12.winfo_reqwidth() > bold10.winfo_reqwidth()


def test_tcl_expr_info_exists_and_widget_commands_through_call(tk):
    t = tk.tk
    root = t.Tk()
    assert root.eval("expr {6 * 7}") == "42" and root.tk.call("expr", "7 / 2") == 3
    assert root.tk.call("expr", "7.0 / 2") == 3.5 and root.tk.call("expr", "2 < 3") == 1
    with pytest.raises(t.TclError, match="divide by zero"):
        root.tk.call("expr", "1 / 0")
    assert root.tk.call("info", "exists", "nothing") == 0
    root.setvar("answer", 42)
    assert root.tk.call("info", "exists", "answer") == 1
    label = t.Label(root, text="before")
    root.tk.call(label._w, "configure", "-text", "after", "-fg", "red")
    assert (label.cget("text"), root.tk.call(label, "cget", "-foreground")) == ("after", "red")
    root.globalunsetvar("answer")
    assert root.tk.call("info", "exists", "answer") == 0
