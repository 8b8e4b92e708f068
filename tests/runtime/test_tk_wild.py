"""Programs "from the wild" (second round): tk_wild_programs.WILD run under real Tk (Xvfb) and under Pyroom's
tkinter, compared as test_tk_differential compares (widget tree, classes, requested sizes, geometry, canvas items,
RESULT) and also on what they printed; then a few of the behaviours they found, driven as a reader would."""

from __future__ import annotations

import pytest

from . import tk_wild_programs as programs
from .test_tk_differential import _differences, run_observations


def assert_like_real_tk(observation: dict) -> None:
    """One program's run under real Tk and under the shim: the same observations and the same printed output."""
    real, shim = observation["real"], observation["shim"]
    assert _differences(real, shim) == []
    assert shim["printed"] == real["printed"]
    assert real["result"], "the program must report something to compare"


@pytest.fixture(scope="module")
def wild(xvfb):
    return run_observations(xvfb, "tk_wild_runner.py", 180, "tk_wild_programs")


@pytest.mark.parametrize("name", list(programs.WILD))
def test_wild_programs_match_real_tk(wild, name):
    assert_like_real_tk(wild[name])


# -- driven by the reader (RecordingDisplay) ------------------------------------------------------------------------


def test_scale_command_runs_at_idle_once_with_the_latest_value(tk):
    t = tk.tk
    root = t.Tk()
    calls = []
    s = t.Scale(root, from_=0, to=10, command=calls.append)
    s.pack()
    root.update()
    s.set(3)
    s.set(5)
    assert calls == []  # Tk runs -command when it redraws the slider
    root.update()
    assert calls == ["5"]
    var = t.IntVar(master=root)
    s.configure(variable=var)
    var.set(7)
    root.update()
    assert calls == ["5"] and s.get() == 7  # a variable change does not run the command
    tk.display.inject({"type": "Value", "w": str(s), "value": 9})
    root.update()
    assert calls == ["5", "9"] and var.get() == 9


def test_scale_options_answer_as_tk_types_them(tk):
    t = tk.tk
    root = t.Tk()
    s = t.Scale(root, from_=1, to=60, showvalue=False)
    assert (s.cget("from"), s["to"], s["resolution"], s["showvalue"]) == (1.0, 60.0, 1.0, 0)
    sp = t.Spinbox(root, values=("S", "M", "L XL"), wrap=True)
    assert (sp["values"], sp["wrap"], sp["increment"]) == ("S M {L XL}", 1, 1.0)


def test_entry_focus_validation_and_invalidcommand_substitutions(tk):
    t = tk.tk
    root = t.Tk()
    log = []
    e = t.Entry(root, validate="focusout", validatecommand=(root.register(lambda p: log.append(p) or False), "%P"),
                invalidcommand=(root.register(lambda p, v: log.append(("bad", p, v))), "%P", "%V"))
    other = t.Entry(root)
    e.pack()
    other.pack()
    e.insert(0, "abc")  # focusout only: typing is not validated
    e.focus_set()
    other.focus_set()
    assert log == ["abc", ("bad", "abc", "focusout")]
    tk.display.inject({"type": "FocusIn", "w": str(e)})
    tk.display.inject({"type": "FocusOut", "w": str(e)})
    root.update()
    assert log[2:] == ["abc", ("bad", "abc", "focusout")]


def test_textvariable_change_is_validated_as_forced(tk):
    t = tk.tk
    root = t.Tk()
    log = []
    v = t.StringVar(master=root, value="1")
    t.Entry(root, textvariable=v, validate="key",
            validatecommand=(root.register(lambda *a: log.append(a) or True), "%d", "%V", "%P"))
    v.set("22")
    assert log == [("-1", "forced", "1"), ("-1", "forced", "22")]


def test_text_and_entry_edit_virtual_events(tk):
    t = tk.tk
    root = t.Tk()
    txt = t.Text(root)
    txt.pack()
    root.update()  # (Tk drops events for a widget whose window it has not made yet)
    txt.insert("1.0", "hello world")
    txt.tag_add("sel", "1.0", "1.5")
    txt.event_generate("<<Cut>>")
    assert txt.get("1.0", "end-1c") == " world" and root.clipboard_get() == "hello"
    txt.mark_set("insert", "end")
    txt.event_generate("<<Paste>>")
    txt.event_generate("<<SelectAll>>")
    assert txt.get("sel.first", "sel.last") == " worldhello\n"
    pw = t.Entry(root, show="*")
    pw.pack()
    root.update()
    pw.insert(0, "secret")
    pw.event_generate("<<SelectAll>>")
    pw.event_generate("<<Copy>>")
    assert root.clipboard_get() == "******"  # Tk copies what a password field shows
    root.bind_class("Entry", "<<Paste>>", lambda e: "break")
    pw.event_generate("<<Paste>>")
    assert pw.get() == "secret"  # the program's class binding replaces Tk's


def test_canvas_release_goes_to_the_pressed_item_then_repicks(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=200, height=100)
    c.pack()
    a = c.create_rectangle(0, 0, 50, 50, fill="red")
    b = c.create_rectangle(100, 0, 150, 50, fill="blue")
    log = []
    for item in (a, b):
        for seq in ("<ButtonRelease-1>", "<Enter>", "<Leave>"):
            c.tag_bind(item, seq, lambda e, item=item, seq=seq: log.append((item, seq)))
    w = str(c)
    tk.display.inject({"type": "Motion", "w": w, "x": 10, "y": 10, "item": a})
    tk.display.inject({"type": "ButtonPress", "w": w, "x": 10, "y": 10, "num": 1, "item": a})
    tk.display.inject({"type": "Motion", "w": w, "x": 120, "y": 10, "state": 256, "item": b})
    tk.display.inject({"type": "ButtonRelease", "w": w, "x": 120, "y": 10, "num": 1, "item": b})
    root.update()
    # as Tk 8.6 does (checked under Xvfb): dragging off the pressed item leaves it (it stays current: the grab);
    # the release goes to it, then the pick leaves it again and enters the item under the pointer
    assert log == [(a, "<Enter>"), (a, "<Leave>"), (a, "<ButtonRelease-1>"), (a, "<Leave>"), (b, "<Enter>")]
    assert c.find_withtag("current") == (b,)


def test_listbox_horizontal_view_follows_the_widest_item(tk):
    t = tk.tk
    root = t.Tk()
    seen = []
    lb = t.Listbox(root, width=10, xscrollcommand=lambda *f: seen.append(tuple(float(x) for x in f)))
    lb.pack()
    lb.insert("end", "x" * 60, "short")
    root.update()
    first, last = lb.xview()
    assert first == 0.0 and 0 < last < 0.5 and seen[-1] == (first, last)
    lb.xview_moveto(1.0)
    root.update_idletasks()  # (Tk tells -xscrollcommand when it redisplays, at idle)
    assert lb.xview()[1] == 1.0 and seen[-1] == lb.xview()
    lb.xview_scroll(-100, "units")
    assert lb.xview()[0] == 0.0


def test_hidden_scrollbar_and_zero_size_slave_keep_their_geometry(tk):
    t = tk.tk
    root = t.Tk()
    root.geometry("100x100")
    big = t.Frame(root, width=300, height=100)
    sb = t.Scrollbar(root)
    assert sb.winfo_reqheight() == 4  # Tk sizes the arrows from the 1-pixel window it has not laid out yet
    big.pack(side="left")
    sb.pack(side="right", fill="y")
    root.update()
    assert (sb.winfo_ismapped(), sb.winfo_x(), sb.winfo_width()) == (0, 0, 1)


def test_a_new_run_numbers_checkbuttons_from_one(tk):
    t = tk.tk
    first = t.Checkbutton(t.Tk()).winfo_name()
    t.Checkbutton()
    t._pyroom_reset()  # what the runner does before the next run: a new process, as far as the program can tell
    assert t.Checkbutton(t.Tk()).winfo_name() == first
    assert first.replace("-", "") == "!checkbutton1"  # (Python 3.13 names it "!checkbutton-1")
