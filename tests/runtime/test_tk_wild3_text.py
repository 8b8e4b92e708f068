"""Programs "from the wild" (third round: text, menus, fonts, the window manager, variables and bindings):
tk_wild3_text.WILD run under real Tk (Xvfb) and under Pyroom's tkinter, compared as test_tk_wild compares them; then
a few of the behaviours they found, driven as a reader would (RecordingDisplay)."""

from __future__ import annotations

import pytest

from . import tk_wild3_text as programs
from .test_tk_differential import run_observations
from .test_tk_wild import assert_like_real_tk


@pytest.fixture(scope="module")
def wild3(xvfb):
    return run_observations(xvfb, "tk_wild_runner.py", 180, "tk_wild3_text")


@pytest.mark.parametrize("name", list(programs.WILD))
def test_wild_programs_match_real_tk(wild3, name):
    assert_like_real_tk(wild3[name])


# -- driven by the reader (RecordingDisplay) ------------------------------------------------------------------------


def _sent(tk, path, key):
    return [op[2][key] for op in tk.display.ops if op[0] == "config" and op[1] == path and key in op[2]]


def test_text_view_scrolls_by_pixels_and_the_page_gets_fractional_lines(tk):
    t = tk.tk
    root = t.Tk()
    seen = []
    txt = t.Text(root, height=10, yscrollcommand=lambda *f: seen.append(tuple(float(x) for x in f)))
    txt.pack()
    txt.insert("end", "\n".join(f"line {i}" for i in range(1, 31)))
    root.update()
    lh = txt.dlineinfo("1.0")[3]
    txt.yview_moveto(0.37)  # Tk keeps the pixel: the top line is partly scrolled off
    top = int(0.37 * 30 * lh + 0.5)
    assert txt.yview()[0] == pytest.approx(top / (30 * lh)) and seen[-1] == txt.yview()
    root.update_idletasks()  # the page gets the view with the next redisplay, at idle (as Tk redraws)
    assert _sent(tk, str(txt), "top")[-1] == pytest.approx(top / lh, abs=1e-4)
    tk.display.inject({"type": "MouseWheel", "w": str(txt), "delta": -120, "x": 5, "y": 5})
    root.update()
    assert txt.yview()[0] == pytest.approx((top + lh) / (30 * lh))  # a line further, the same part cut off
    txt.see("2.0")  # far above: centred, which at the start of the text is the top
    assert txt.yview()[0] == 0.0 and txt.index("@0,0") == "1.0"
    assert txt.index("@0,10000") == "10.7"  # below the last line shown: the end of that line


def test_typing_into_a_text_sends_modified_and_its_events_are_delivered(tk):
    t = tk.tk
    root = t.Tk()
    txt = t.Text(root, undo=True)
    log = []
    txt.bind("<<Modified>>", lambda e: log.append(("modified", txt.edit_modified())))
    txt.bind("<<Check>>", lambda e: log.append("check"))
    txt.event_generate("<<Check>>")  # not shown yet: Tk has no window to send it to
    tk.display.inject({"type": "Value", "w": str(txt), "value": "hi", "cursor": 2})
    root.update()
    txt.event_generate("<<Check>>")
    assert log == [("modified", 1), "check"]
    txt.edit_undo()
    assert txt.get("1.0", "end-1c") == "" and log[-1] == ("modified", 0)


def test_generated_keys_go_to_the_focus_widget(tk):
    t = tk.tk
    root = t.Tk()
    a, b = t.Entry(root), t.Entry(root)
    a.pack()
    b.pack()
    root.update()
    a.event_generate("<Key>", keysym="x")  # nothing has the focus: lost
    b.focus_force()
    a.event_generate("<Key>", keysym="exclam")
    a.event_generate("<KeyPress-y>")
    assert (a.get(), b.get()) == ("", "!y")


def test_reader_typing_with_a_validatecommand_that_returns_nothing(tk):
    t = tk.tk
    root = t.Tk()
    seen = []
    e = t.Entry(root, validate="key", validatecommand=(root.register(seen.append), "%P"),
                invalidcommand=root.register(lambda: seen.append("invalid")))
    e.pack()
    root.update()
    tk.display.inject({"type": "Value", "w": str(e), "value": "a", "cursor": 1})
    root.update()
    # not a boolean: Tk refuses the change and turns validation off, without -invalidcommand
    assert seen == ["a"] and e.get() == "" and e["validate"] == "none"
    assert _sent(tk, str(e), "value")[-1] == ""
    tk.display.inject({"type": "Value", "w": str(e), "value": "b", "cursor": 1})
    root.update()
    assert seen == ["a"] and e.get() == "b"


def test_menu_entries_invoked_from_the_page_answer_as_tk(tk):
    t = tk.tk
    root = t.Tk()
    bar = t.Menu(root)
    view = t.Menu(bar)
    view.add_checkbutton(label="Wrap")
    view.add_radiobutton(label="Small")
    view.add_command(label="Zoom", command=lambda: None, state="disabled")
    bar.add_cascade(label="View", menu=view)
    root.config(menu=bar)
    root.update()
    tk.display.inject({"type": "Invoke", "w": str(view), "index": 1})
    tk.display.inject({"type": "Invoke", "w": str(view), "index": 2})
    root.update()
    assert root.globalgetvar("Wrap") == "1" and root.globalgetvar("selectedButton") == "Small"
    assert [view.entrycget(i, "state") for i in (1, 2, 3)] == ["normal", "normal", "disabled"]
    defaults = (view.entrycget(1, "onvalue"), view.entrycget(2, "value"), view.entrycget(3, "underline"))
    assert defaults == ("1", "Small", -1)
    view.entryconfigure(3, state="normal")
    assert view.invoke(3) == "None"  # the command's None, as it comes back through Tcl
