"""Programs "from the wild" (fifth round: input widgets and menus in depth): tk_wild5_inputs.WILD run under real Tk
(Xvfb) and under Pyroom's tkinter, compared as test_tk_wild compares them; then the behaviours they found, driven as
a reader would (RecordingDisplay). The expected values are what Tk 8.6 does (checked under Xvfb)."""

from __future__ import annotations

import pytest

from . import tk_wild5_inputs as programs
from .test_tk_differential import run_observations
from .test_tk_wild import assert_like_real_tk


@pytest.fixture(scope="module")
def wild(xvfb):
    return run_observations(xvfb, "tk_wild_runner.py", 180, "tk_wild5_inputs")


@pytest.mark.parametrize("name", list(programs.WILD))
def test_wild_programs_match_real_tk(wild, name):
    assert_like_real_tk(wild[name])


# -- driven by the reader (RecordingDisplay) ------------------------------------------------------------------------


def _long_entry(t, **kw):
    """A 10-character entry in a font whose characters are all as wide, holding 40 of them."""
    from tkinter import font

    root = t.Tk()
    entry = t.Entry(root, width=10, font=("Courier", 10), **kw)
    entry.pack()
    entry.insert(0, "0123456789" * 4)
    root.update()
    f = font.Font(font=entry["font"])
    assert f.measure("0" * 40) == 40 * f.measure("0")  # (the premise of the expected values)
    return root, entry, f.measure("0")


def test_entry_xview_keeps_the_first_character_shown_as_tk_does(tk):
    root, entry, cw = _long_entry(tk.tk)
    assert entry.xview() == (0.0, 0.25)
    entry.xview_moveto(0.5)
    assert entry.xview() == (0.5, 0.75) and entry.index("@0") == 20
    entry.xview_scroll(3, "units")
    assert entry.index("@0") == 23
    entry.xview_scroll(-1, "pages")  # (a page is the characters that fit less two)
    assert entry.index("@0") == 15
    entry.xview_moveto(1.0)  # no further than the last character at the right edge
    assert entry.xview() == (0.75, 1.0) and entry.index("@0") == 30
    entry.xview(100)
    assert entry.index("@0") == 30
    entry.xview(12)
    entry.insert(0, "ab")  # characters before the view push it along; deleting pulls it back
    assert entry.index("@0") == 14
    entry.delete(0, 4)
    assert entry.index("@0") == 10
    entry.delete(5, 20)
    assert entry.index("@0") == 5
    entry.xview(0)
    entry.icursor("end")
    entry.insert("end", "Z")  # (Tk's insert does not scroll to the cursor: the key bindings do)
    assert entry.index("@0") == 0


def test_entry_index_at_x_clamps_to_the_text_area_and_follows_justify(tk):
    t = tk.tk
    root, entry, cw = _long_entry(t)
    inset = 3  # highlightthickness 1, borderwidth 1 and Tk's 1-pixel pad
    assert [entry.index(f"@{x}") for x in (-50, 0, inset + cw - 1, inset + cw)] == [0, 0, 0, 1]
    assert entry.index(f"@{entry.winfo_width()}") == 10  # (right of the text area: the character after)
    right = t.Entry(root, width=10, font=("Courier", 10), justify="right")
    right.pack()
    right.insert(0, "42")
    center = t.Entry(root, width=10, font=("Courier", 10), justify="center")
    center.pack()
    center.insert(0, "mid")
    root.update()
    w = right.winfo_width()
    assert right.index(f"@{w - inset - 2 * cw}") == 0 and right.index(f"@{w - inset - cw}") == 1
    assert right.index("@0") == 0 and right.xview() == (0.0, 1.0)
    left = (center.winfo_width() - 3 * cw) // 2
    assert [center.index(f"@{x}") for x in (left - 1, left, left + cw, left + 3 * cw)] == [0, 0, 1, 3]


def test_entry_xscrollcommand_is_told_once_at_idle(tk):
    t = tk.tk
    calls = []
    root, entry, cw = _long_entry(t, xscrollcommand=lambda *a: calls.append(a))
    del calls[:]
    entry.xview_moveto(0.5)
    entry.insert("end", "more")
    entry.xview_scroll(1, "units")
    assert calls == []
    root.update_idletasks()
    assert calls == [(str(21 / 44), str(31 / 44))]  # strings, as Tk appends them


def test_entry_insert_and_delete_move_the_cursor_the_selection_and_its_anchor(tk):
    t = tk.tk
    root = t.Tk()
    entry = t.Entry(root)
    entry.insert(0, "Hello World")
    entry.icursor("end")
    entry.select_range(6, 11)
    entry.insert(0, ">> ")
    assert (entry.index("sel.first"), entry.index("sel.last"), entry.index("insert")) == (9, 14, 14)
    entry.delete(0, 3)
    assert (entry.index("sel.first"), entry.index("sel.last"), entry.index("insert")) == (6, 11, 11)
    entry.delete(8, "end")  # within the selection: it shrinks (Tk does not drop it)
    assert (entry.index("sel.first"), entry.index("sel.last"), entry.get()) == (6, 8, "Hello Wo")
    entry.delete(5, "end")
    assert not entry.selection_present() and entry.index("insert") == 5
    entry.insert(0, "0123456789")
    entry.select_range(2, 9)  # adjusting near an end anchors the selection at the other one
    entry.select_adjust(1)
    assert (entry.index("sel.first"), entry.index("sel.last"), entry.index("anchor")) == (1, 9, 9)
    entry.select_adjust(12)
    assert (entry.index("sel.first"), entry.index("sel.last"), entry.index("anchor")) == (1, 12, 1)


def test_entry_text_variable_sees_the_cursor_already_moved(tk):
    t = tk.tk
    root = t.Tk()
    var = t.StringVar()
    entry = t.Entry(root, textvariable=var)
    entry.insert(0, "abcdefgh")
    entry.icursor("end")
    seen = []
    var.trace_add("write", lambda *a: seen.append((var.get(), entry.index("insert"))))
    entry.delete(0, 3)
    entry.insert(0, "XY")
    assert seen == [("defgh", 5), ("XYdefgh", 7)]


def test_selecting_in_one_widget_takes_primary_from_another(tk):
    t = tk.tk
    root = t.Tk()
    entry = t.Entry(root, show="*")
    entry.insert(0, "secret")
    lb = t.Listbox(root)
    lb.insert("end", "one", "two", "three")
    quiet = t.Entry(root, exportselection=False)
    quiet.insert(0, "kept")
    off = t.Entry(root)
    off.insert(0, "off")
    off.configure(state="disabled")
    events = []
    lb.bind("<<ListboxSelect>>", lambda e: events.append(lb.curselection()))
    with pytest.raises(t.TclError):
        root.selection_get()
    entry.select_range(1, 4)
    assert root.selection_get() == "***"  # (what the entry shows)
    lb.selection_set(0, 1)
    assert root.selection_get() == "one\ntwo" and not entry.selection_present()
    quiet.select_range(0, "end")  # (not exported: the listbox keeps its selection)
    off.select_range(0, "end")  # (a disabled entry selects nothing)
    assert lb.curselection() == (0, 1) and quiet.selection_present() and not off.selection_present()
    entry.select_range(0, 2)
    assert lb.curselection() == () and events == []
    root.update()
    assert events == [()]  # the listbox lost it and says so (a queued event)
    assert root.selection_get() == "**"


def test_listbox_see_nearest_bbox_and_indices_follow_tk(tk):
    t = tk.tk
    root = t.Tk()
    lb = t.Listbox(root, height=6)
    lb.pack()
    for i in range(15):
        lb.insert("end", f"item {i}")
    root.update()
    assert lb.index("anchor") == 15  # (the anchor moved with each insertion at or before it)
    assert lb.index("active") == 0
    assert lb.bbox(5) is not None and lb.bbox(6) is None
    assert lb.nearest(10_000) == 5 and lb.index("@1,10000") == 5  # the last item shown, not the last one
    lb.see(10)  # more than a third of a view away: centred
    assert lb.nearest(0) == 8 and lb.bbox(0) is None
    lb.see(7)  # (within a third: the least scroll)
    assert lb.nearest(0) == 7
    lb.yview_scroll(1, "pages")  # a page is the lines shown less two
    assert lb.nearest(0) == 9
    lb.activate(12)
    lb.delete(0, 4)
    assert lb.index("active") == 7 and lb.nearest(0) == 4
    lb.delete(5, 9)
    assert lb.index("active") == 4  # (the first after the deleted ones, or the last)


def test_listbox_scroll_commands_run_at_idle(tk):
    t = tk.tk
    root = t.Tk()
    lb = t.Listbox(root, height=4)
    sb = t.Scrollbar(root, command=lb.yview)
    lb.configure(yscrollcommand=sb.set)
    for i in range(8):
        lb.insert("end", i)
    lb.pack()
    sb.pack()
    root.update()
    lb.yview_moveto(0.5)
    assert sb.get() == (0.0, 0.5) and lb.yview() == (0.5, 1.0)
    root.update_idletasks()
    assert sb.get() == (0.5, 1.0)


def test_listbox_item_and_menu_entry_configure_answer_descriptions(tk):
    t = tk.tk
    root = t.Tk()
    lb = t.Listbox(root)
    lb.insert("end", "a", "b")
    lb.itemconfig(0, bg="red", fg="white")
    assert lb.itemconfigure(0, "background") == ("background", "background", "Background", "", "red")
    assert lb.itemcget(0, "foreground") == "white" and lb.itemcget(0, "fg") == "white"
    every = lb.itemconfigure(1)
    assert sorted(every) == ["background", "bg", "fg", "foreground", "selectbackground", "selectforeground"]
    assert every["bg"] == ("bg", "-background") and every["selectbackground"][1:3] == ("selectBackground",
                                                                                      "Foreground")
    with pytest.raises(t.TclError):
        lb.itemconfigure(0, "font")
    menu = t.Menu(root, tearoff=0)
    menu.add_command(label="Open", accelerator="Ctrl+O")
    menu.add_separator()
    menu.add_radiobutton(label="Big")
    assert menu.entryconfigure(0, "label") == ("label", "", "", "", "Open")
    assert sorted(menu.entryconfigure(1)) == ["background"]
    radio = menu.entryconfigure(2)
    assert {"value", "variable", "indicatoron", "selectcolor"} <= set(radio) and "onvalue" not in radio
    assert radio["value"][-1] == "Big"


def test_spinbox_sets_its_value_as_tk_does(tk):
    t = tk.tk
    root = t.Tk()
    var = t.StringVar(value="abc")
    log = []
    var.trace_add("write", lambda *a: log.append(var.get()))
    spin = t.Spinbox(root, from_=2, to=9, textvariable=var)
    assert log == ["2"] and spin.get() == "2"  # (not a number: -from; the variable is written)
    var.set("7")
    spin.configure(to=5)  # a new range brings the value into it
    assert spin.get() == "5" and var.get() == "5"
    spin.delete(0, "end")
    spin.insert(0, "x")
    spin.invoke("buttondown")  # not a number: -from, in either direction
    assert spin.get() == "2"
    spin.configure(values=("a", "b", "c"))
    assert spin.get() == "a" and var.get() == "a"
    from tkinter import ttk

    text = t.StringVar(value="x")
    themed = ttk.Spinbox(root, from_=0, to=10, textvariable=text)
    themed.configure(to=5)
    assert themed.get() == "x" and ttk.Spinbox(root, values=("a", "b")).get() == ""  # (ttk's leaves them be)


def test_scrollbar_geometry_queries_follow_tk(tk):
    t = tk.tk
    root = t.Tk()
    root.geometry("200x200")
    sb = t.Scrollbar(root)
    sb.place(x=0, y=0, width=15, height=100)
    hb = t.Scrollbar(root, orient="horizontal", highlightthickness=2)
    hb.place(x=20, y=0, width=120, height=20)
    root.update()
    sb.set(0.25, 0.5)
    hb.set(0.9, 1.0)
    assert [round(sb.fraction(5, y), 4) for y in (0, 15, 50, 84, 99)] == [0.0, 0.0, 0.5072, 1.0, 1.0]
    assert sb.delta(0, 69) == 1.0 and hb.delta(10, 0) == 10 / 83
    assert [sb.identify(7, y) for y in (0, 1, 14, 15, 31, 32, 48, 49, 84, 85, 99)] == [
        "", "arrow1", "arrow1", "trough1", "trough1", "slider", "slider", "slider", "trough2", "arrow2", ""]
    assert [hb.identify(x, 10) for x in (1, 2, 19, 95, 96, 118)] == ["", "", "trough1", "slider", "slider", ""]
    assert (sb.identify(0, 50), hb.identify(50, 1)) == ("", "")
    assert sb.activate() is None
    sb.activate("arrow2")
    assert sb.activate() == "arrow2"
    sb.activate("nonsense")
    assert sb.activate() is None
    assert sb.cget("width") == "11" and sb["jump"] == "0"  # (Tk's scrollbar answers its options as text)


def test_generated_tab_moves_the_focus_and_selects_an_entry_s_text(tk):
    t = tk.tk
    root = t.Tk()
    first = t.Entry(root)
    assert first.tk_focusNext() is first  # nothing is viewable yet
    second = t.Entry(root)
    skipped = t.Button(root, text="skip", takefocus=0)
    off = t.Entry(root, state="disabled")
    text = t.Text(root, height=2)
    for w in (first, second, skipped, off, text):
        w.pack()
    second.insert(0, "typed")
    root.update()
    assert first.tk_focusNext() is second and second.tk_focusNext() is text and first.tk_focusPrev() is text
    log = []
    second.bind("<<TraverseIn>>", lambda e: log.append("in"))
    first.bind("<<TraverseOut>>", lambda e: log.append("out"))
    first.focus_force()
    root.update()
    first.event_generate("<Tab>")
    assert root.focus_get() is second and log == ["out", "in"]
    assert second.selection_get() == "typed" and second.index("insert") == 5
    second.event_generate("<Tab>")
    text.event_generate("<Tab>")  # (a Text takes its Tabs)
    assert root.focus_get() is text and text.get("1.0", "end-1c") == "\t"
    text.event_generate("<Shift-Tab>")
    assert root.focus_get() is second and text.get("1.0", "end-1c") == "\t"


def test_generated_arrow_keys_move_a_listbox_s_selection(tk):
    t = tk.tk
    root = t.Tk()
    lb = t.Listbox(root, height=3)
    lb.pack()
    for word in ("a", "b", "c", "d", "e"):
        lb.insert("end", word)
    multi = t.Listbox(root, selectmode="multiple")
    multi.pack()
    multi.insert("end", "x", "y")
    lb.focus_force()
    root.update()
    events = []
    lb.bind("<<ListboxSelect>>", lambda e: events.append(lb.curselection()))
    for key in ("Down", "Down", "Down", "Up"):
        lb.event_generate(f"<{key}>")
    assert events == [(1,), (2,), (3,), (2,)] and lb.index("active") == 2 and lb.nearest(0) == 1
    multi.focus_force()
    root.update()
    multi.event_generate("<Down>")  # (multiple mode: only the active item moves)
    assert multi.index("active") == 1 and multi.curselection() == ()


def test_bbox_with_a_column_only_is_the_whole_grid(tk):
    t = tk.tk
    root = t.Tk()
    frame = t.Frame(root)
    frame.pack()
    assert frame.bbox(0) == (0, 0, 0, 0) and t.Entry(root).bbox(3) == (0, 0, 0, 0)
    t.Label(frame, text="x", width=4).grid(row=1, column=1)
    root.update()
    assert frame.grid_bbox(1) == frame.grid_bbox() == frame.grid_bbox(1, 1)
