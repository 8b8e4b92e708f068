"""Pyroom's tkinter where readers' unmodified programs used to behave unlike the desktop: check/radio entries on
Boolean variables, selectmode, ttk styles, panedwindow sashes, save dialogs, masked entries, canvas windows and the
Treeview selection. Expected values are real Tk 8.6's (the differential programs check the same against Tk)."""

from __future__ import annotations

import base64


def _last(env, path, key):
    """The last value the page was told for `key` of widget `path` (new or config)."""
    for op in reversed(env.display.ops):
        if op[0] == "new" and op[1] == path and key in op[3]:
            return op[3][key]
        if op[0] == "config" and op[1] == path and key in op[2]:
            return op[2][key]
    raise AssertionError(f"{path} never got {key}")


def test_check_and_radio_entries_are_selected_by_tcl_value(tk):
    t = tk.tk
    root = t.Tk()
    menu = t.Menu(root, tearoff=0)
    flag, count, colour = t.BooleanVar(value=True), t.IntVar(value=2), t.StringVar(value="red")
    menu.add_checkbutton(label="Flag", variable=flag)
    menu.add_radiobutton(label="Two", variable=count, value=2)
    menu.add_radiobutton(label="Red", variable=colour, value="red")
    cb = t.Checkbutton(root, variable=flag)
    from tkinter import ttk

    tcb = ttk.Checkbutton(root, variable=flag)
    root.update()
    # Tk compares the variable's Tcl value with the on value: a BooleanVar's True is 1
    assert [e["selected"] for e in _last(tk, str(menu), "entries")] == [True, True, True]
    assert _last(tk, str(cb), "selected") is True and _last(tk, str(tcb), "selected") is True
    assert tcb.instate(["selected"])
    menu.invoke(0)  # toggles off, as on the desktop
    assert flag.get() is False and _last(tk, str(menu), "entries")[0]["selected"] is False
    assert _last(tk, str(cb), "selected") is False and not tcb.instate(["selected"])
    cb.invoke()
    assert flag.get() is True and _last(tk, str(menu), "entries")[0]["selected"] is True
    assert t.Label(root, textvariable=flag).cget("text") == "1"


def test_listbox_and_treeview_selectmode_reach_the_page(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    lb = t.Listbox(root, selectmode="extended")
    lb.insert("end", *"abcde")
    tv = ttk.Treeview(root, selectmode="none")
    assert _last(tk, str(lb), "selectmode") == "extended" and _last(tk, str(tv), "selectmode") == "none"
    lb.configure(selectmode="multiple")
    assert _last(tk, str(lb), "selectmode") == "multiple"
    # each Select the page sends is one run of Tk's bindings: <<ListboxSelect>> fires, even for the same rows
    seen = []
    lb.bind("<<ListboxSelect>>", lambda e: seen.append((lb.curselection(), lb.index("active"), lb.index("anchor"))))
    for _ in range(2):
        tk.display.inject({"type": "Select", "w": str(lb), "value": [1, 3], "active": 3, "anchor": 1})
    tk.display.inject({"type": "Select", "w": str(lb), "active": 4, "see": True})  # arrow keys in multiple mode
    root.update()
    assert seen == [((1, 3), 3, 1), ((1, 3), 3, 1)] and lb.index("active") == 4
    lb.selection_anchor(2)
    assert _last(tk, str(lb), "anchor") == 2
    lb.configure(state="disabled")
    tk.display.inject({"type": "Select", "w": str(lb), "value": [0], "active": 0})
    root.update()
    assert len(seen) == 2  # FireListboxSelectEvent: not while disabled


def _tree(env, selectmode):
    """A Treeview with rows a, b, c, d and a list of (selection, focus) at each <<TreeviewSelect>>."""
    from tkinter import ttk

    root = env.tk.Tk()
    tv = ttk.Treeview(root, selectmode=selectmode)
    for iid in "abcd":
        tv.insert("", "end", iid=iid, text=iid)
    seen = []
    tv.bind("<<TreeviewSelect>>", lambda e: seen.append((tv.selection(), tv.focus())))
    return root, tv, seen


def test_treeview_page_select_moves_focus_before_the_selection(tk):
    root, tv, seen = _tree(tk, "extended")
    for event in ({"value": ["c"], "focus": "c"}, {"value": ["d", "b", "c"], "focus": "c"},  # a click, a shift-click
                  {"focus": "a"}):  # (selectmode none: the focus only)
        tk.display.inject({"type": "Select", "w": str(tv), **event})
        root.update()
    assert seen == [(("c",), "c"), (("b", "c", "d"), "c")] and tv.focus() == "a"


def test_treeview_selection_is_in_tree_order_and_events_are_queued(tk):
    root, tv, seen = _tree(tk, "browse")
    tv.insert("b", "end", iid="b1", text="b1")
    tv.selection_set("d", "a")  # selectmode limits the reader, not the program
    tv.focus("a")
    assert tv.selection() == ("a", "d") and _last(tk, str(tv), "selection") == ["a", "d"]
    root.update()
    assert seen == [(("a", "d"), "a")]  # queued: the handler sees the focus set after selection_set
    tv.selection_add("b1", "c")
    assert tv.selection() == ("a", "b1", "c", "d") and _last(tk, str(tv), "selection") == ["a", "b1", "c", "d"]
    root.update()
    del seen[:]
    tv.selection_set(("a", "b1", "c", "d"))  # Tk clears and selects again: an event
    tv.selection_add("a")  # nothing changes: none
    tv.selection_remove("b")  # "b" is not selected: none
    root.update()
    assert len(seen) == 1


def test_ttk_style_settings_are_sent_as_the_widgets_display_options(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    style = ttk.Style()
    style.configure("Accent.TButton", foreground="white", background="#0060c0", font=("Courier", 12, "bold"))
    accent = ttk.Button(root, text="Go", style="Accent.TButton")
    plain = ttk.Button(root, text="Plain")
    own = ttk.Label(root, text="Own", style="Accent.TButton", foreground="red")
    new = {op[1]: op[3] for op in tk.display.ops if op[0] == "new"}
    assert new[str(accent)]["bg"] == "#0060c0" and new[str(accent)]["fg"] == "#ffffff"
    assert new[str(accent)]["font"]["family"] == "monospace" and new[str(accent)]["font"]["weight"] == "bold"
    assert "bg" not in new[str(plain)] and "fg" not in new[str(plain)]  # the theme's colours
    assert new[str(own)]["fg"] == "#ff0000" and new[str(own)]["bg"] == "#0060c0"  # the widget's option wins
    assert not any(op[0] == "style" and op[1] != "*theme" for op in tk.display.ops)  # not class-wide on the page
    tk.display.ops.clear()
    style.configure("TButton", background="yellow")  # the parent style: both buttons that do not override it
    style.map("Accent.TButton", background=[("active", "#0080ff")])
    plain.configure(style="Accent.TButton")
    configs = [op for op in tk.display.ops if op[0] == "config"]
    assert ["config", str(plain), {"bg": "#ffff00"}] in configs
    assert not any(op[1] == str(accent) and "bg" in op[2] for op in configs)  # its own style still wins
    assert _last(tk, str(accent), "activebackground") == "#0080ff"
    assert _last(tk, str(plain), "bg") == "#0060c0" and _last(tk, str(plain), "fg") == "#ffffff"
    plain.configure(style="")
    assert _last(tk, str(plain), "bg") == "#ffff00" and _last(tk, str(plain), "fg") is None


def test_panedwindow_sash_drags_move_sashes_and_panes(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    pw = t.PanedWindow(root, orient="horizontal")
    pw.pack(fill="both", expand=True)
    a, b = t.Label(pw, text="left", width=10), t.Label(pw, text="right", width=10)
    pw.add(a)
    pw.add(b)
    root.update()
    x0 = pw.sash_coord(0)[0]
    assert _last(tk, str(pw), "sashes") == [list(pw.sash_coord(0))]
    tk.display.inject({"type": "Sash", "w": str(pw), "index": 0, "x": x0 - 20, "y": 1})
    root.update()
    assert pw.sash_coord(0) == (x0 - 20, 1) and _last(tk, str(pw), "sashes") == [[x0 - 20, 1]]
    assert a.winfo_width() == x0 - 20 - 1 and b.winfo_x() == x0 - 20 + 3
    assert ["geom", str(a), 1, 1, x0 - 21, a.winfo_height()] in tk.display.ops
    tp = ttk.PanedWindow(root, orient="vertical")
    tp.pack(fill="both", expand=True)
    top, bottom = ttk.Label(tp, text="top"), ttk.Label(tp, text="bottom")
    tp.add(top)
    tp.add(bottom, weight=1)
    root.update()
    y0 = tp.sashpos(0)
    tk.display.inject({"type": "Sash", "w": str(tp), "index": 0, "x": 0, "y": y0 + 7})
    root.update()
    assert tp.sashpos(0) == y0 + 7 and top.winfo_height() == y0 + 7 and bottom.winfo_y() == y0 + 12
    assert _last(tk, str(tp), "sashes") == [[0, y0 + 7]]


def test_save_dialogs_offer_the_written_file_as_a_download(tk, tmp_path, monkeypatch):
    t = tk.tk
    from tkinter import filedialog

    monkeypatch.chdir(tmp_path)
    root = t.Tk()
    downloads = lambda: [op[1] for op in tk.display.ops if op[0] == "download"]  # noqa: E731
    tk.display.dialogs = ["notes", "report.csv", "late.txt"]
    path = filedialog.asksaveasfilename(defaultextension=".txt")
    assert path == str(tmp_path / "notes.txt") and downloads() == []
    with open(path, "w") as f:  # the program writes the file itself, then returns to its event loop
        f.write("hello")
    root.update()
    assert downloads() == [{"name": "notes.txt", "data": base64.b64encode(b"hello").decode()}]
    root.update()
    assert len(downloads()) == 1  # unchanged: offered once
    f = filedialog.asksaveasfile()
    f.write("a,b\n")
    root.update()
    assert len(downloads()) == 1  # not closed yet
    f.close()
    assert downloads()[-1] == {"name": "report.csv", "data": base64.b64encode(b"a,b\n").decode()}
    root.update()
    assert len(downloads()) == 2
    late = filedialog.asksaveasfilename()
    with open(late, "w") as out:
        out.write("written just before the window closes")
    root.destroy()  # a script without mainloop: its window is destroyed
    assert downloads()[-1]["name"] == "late.txt"


def test_entry_show_sends_masked_text_and_takes_edits(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    secret = t.StringVar(value="abc")
    e = t.Entry(root, show="*", textvariable=secret)
    assert _last(tk, str(e), "value") == "***"
    e.insert("end", "d")
    assert _last(tk, str(e), "value") == "****" and e.get() == "abcd"
    # the reader typed "X" at 1 and then deleted the character before the end
    tk.display.inject({"type": "Value", "w": str(e), "edit": [1, 1, "X"], "cursor": 2})
    tk.display.inject({"type": "Value", "w": str(e), "edit": [4, 5, ""], "cursor": 4})
    root.update()
    assert e.get() == "aXbc" and secret.get() == "aXbc" and e.index("insert") == 4
    e.configure(show="")
    assert _last(tk, str(e), "value") == "aXbc"
    te = ttk.Entry(root, show="\u2022")
    te.insert(0, "pw")
    assert _last(tk, str(te), "value") == "\u2022\u2022"
    seen = []
    checked = t.Entry(root, show="*", validate="key",
                      validatecommand=(root.register(lambda p: seen.append(p) or p.isdigit()), "%P"))
    checked.insert(0, "12")
    tk.display.inject({"type": "Value", "w": str(checked), "edit": [2, 2, "x"], "cursor": 3})
    root.update()
    assert checked.get() == "12" and seen[-1] == "12x" and _last(tk, str(checked), "value") == "**"


def test_canvas_window_of_an_ancestors_child_is_drawn_inside_the_canvas(tk):
    t = tk.tk
    root = t.Tk()
    outside = t.Label(root, text="root child")
    c = t.Canvas(root, width=200, height=120, scrollregion=(0, 0, 600, 400))
    c.pack(padx=20, pady=20)
    inner = t.Button(c, text="inside")
    c.create_window(30, 30, window=inner, anchor="nw")
    c.create_window(120, 70, window=outside, anchor="nw")
    root.update()
    assert ["config", str(outside), {"container": str(c)}] in tk.display.ops
    assert not any(op[0] == "config" and op[1] == str(inner) and "container" in op[2] for op in tk.display.ops)
    # geom relative to the canvas for the page; winfo_x stays relative to the parent, as in Tk
    assert _last_geom(tk, outside) == [120, 70] and outside.winfo_x() == 140 and outside.winfo_y() == 90
    c.xview_moveto(0.1)
    root.update()
    ox, oy = int(c.canvasx(0)), int(c.canvasy(0))
    assert ox > 0 and _last_geom(tk, outside) == [120 - ox, 70 - oy] and _last_geom(tk, inner) == [30 - ox, 30 - oy]
    outside.pack()  # managed by pack again: back in its parent
    root.update()
    assert ["config", str(outside), {"container": None}] in tk.display.ops


def _last_geom(env, w):
    return [op for op in env.display.ops if op[0] == "geom" and op[1] == str(w)][-1][2:4]
