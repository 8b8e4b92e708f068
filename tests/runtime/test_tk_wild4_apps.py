"""Programs "from the wild" (fourth round: data and form applications): tk_wild4_apps.WILD run under real Tk (Xvfb)
and under Pyroom's tkinter, compared as test_tk_wild compares them; then the behaviours they found, driven as a reader
would (RecordingDisplay). The expected values are what Tk 8.6 does (checked under Xvfb)."""

from __future__ import annotations

import pytest

from . import tk_wild4_apps as programs
from .test_tk_differential import run_observations
from .test_tk_wild import assert_like_real_tk


@pytest.fixture(scope="module")
def wild(xvfb):
    return run_observations(xvfb, "tk_wild_runner.py", 180, "tk_wild4_apps")


@pytest.mark.parametrize("name", list(programs.WILD))
def test_wild_programs_match_real_tk(wild, name):
    assert_like_real_tk(wild[name])


# -- driven by the reader (RecordingDisplay) ------------------------------------------------------------------------


def _tree(t, ttk, **kw):
    root = t.Tk()
    tree = ttk.Treeview(root, columns=("n",), height=6, **kw)
    tree.pack()
    for i in range(5):
        tree.insert("", "end", iid=f"r{i}", text=f"row {i}", values=(i,), tags=("odd" if i % 2 else "even", "row"))
    tree.insert("r1", "end", iid="c1", text="child", tags=("kid",))
    root.update()
    return root, tree


def test_treeview_tag_bindings_run_before_the_widget_s_and_a_break_ends_only_them(tk):
    t = tk.tk
    from tkinter import ttk

    root, tree = _tree(t, ttk)
    log = []
    assert tree.tag_bind("odd", "<Button-1>", lambda e: log.append(("odd", tree.identify_row(e.y)))) is None
    tree.tag_bind("row", "<Button-1>", lambda e: log.append("row"))
    tree.tag_bind("kid", "<Button-1>", lambda e: (log.append("kid"), "break")[1])
    tree.tag_bind("row", "<Key>", lambda e: log.append(("key", e.keysym, tree.focus())))
    tree.tag_bind("row", "<Motion>", lambda e: log.append("motion"))
    tree.bind("<Button-1>", lambda e: log.append("widget"))
    tree.bind("<Key>", lambda e: log.append("widget-key"))
    assert "Motion" in [op for op in tk.display.ops if op[0] == "bind" and op[1] == str(tree)][-1][2]
    y = tree.bbox("r3")[1] + 5
    tk.display.inject({"type": "ButtonPress", "w": str(tree), "x": 40, "y": y, "num": 1})
    root.update()
    assert log == [("odd", "r3"), "row", "widget"]
    del log[:]
    tk.display.inject({"type": "Motion", "w": str(tree), "x": 40, "y": y})
    tree.item("r1", open=True)
    root.update()
    tk.display.inject({"type": "ButtonPress", "w": str(tree), "x": 40, "y": tree.bbox("c1")[1] + 5, "num": 1})
    root.update()
    assert log == ["motion", "kid", "widget"]  # (the child's own tags only)
    del log[:]
    tree.focus("r2")
    tk.display.inject({"type": "KeyPress", "w": str(tree), "keysym": "a", "char": "a"})
    root.update()
    tree.focus("")
    tk.display.inject({"type": "KeyPress", "w": str(tree), "keysym": "b", "char": "b"})
    root.update()
    assert log == [("key", "a", "r2"), "widget-key", "widget-key"]  # keys go to the focus item's tags


def test_treeview_generated_clicks_select_as_ttk_class_bindings_do(tk):
    t = tk.tk
    from tkinter import ttk

    root, tree = _tree(t, ttk)
    entry = t.Entry(root)
    entry.pack()
    root.update()
    entry.focus_force()
    assert tree.focus_get() is entry
    log = []
    tree.tag_bind("row", "<Button-1>", lambda e: log.append((tree.selection(), tree.focus())))
    tree.bind("<<TreeviewSelect>>", lambda e: log.append(("select", tree.selection())))

    def click(item, state=0, x=60):
        tree.event_generate("<Button-1>", x=x, y=tree.bbox(item)[1] + 5, state=state)
        tree.event_generate("<ButtonRelease-1>", x=x, y=tree.bbox(item)[1] + 5, state=state)
        root.update()
        return tree.selection(), tree.focus()

    assert click("r1") == (("r1",), "r1") and tree.focus_get() is tree
    assert log == [((), ""), ("select", ("r1",))]  # the tag binding saw the state before the class binding
    assert click("r3", state=1) == (("r1", "c1", "r2", "r3"), "r1")  # Shift: from the focus item, in tree order
    assert click("r2", state=4) == (("r1", "c1", "r3"), "r1")  # Control toggles, the focus stays
    assert click("r1", state=1) == (("r1", "c1", "r2", "r3", "r4"), "r1")  # (Tk's scan: to the end)
    tree.configure(selectmode="browse")
    assert click("r4", state=4) == (("r4",), "r4")
    tree.configure(selectmode="none")
    assert click("r0") == (("r4",), "r0")
    opened = []
    tree.bind("<<TreeviewOpen>>", lambda e: opened.append(tree.item(tree.focus(), "open")))
    tree.configure(selectmode="extended")
    assert tree.identify_element(5, tree.bbox("r1")[1] + 5) == "Treeitem.indicator"
    assert click("r1", x=5) == (("r1",), "r1") and opened == [0]  # the event comes before the row opens
    assert tree.item("r1", "open") == 1 and tree.identify_element(30, tree.bbox("r1")[1] + 5) == "text"
    assert tree.identify_element(24, tree.bbox("c1")[1] + 5) == "Treeitem.indicator"  # (indented)


def test_treeview_heading_click_runs_its_command_from_the_event_loop(tk):
    t = tk.tk
    from tkinter import ttk

    root, tree = _tree(t, ttk)
    calls = []
    tree.heading("n", text="N", command=lambda: calls.append("n"))
    tree.heading("#0", text="Name", command=lambda: calls.append("#0"))
    tree.event_generate("<Button-1>", x=300, y=5)
    tree.event_generate("<ButtonRelease-1>", x=300, y=5)
    assert calls == []  # (`after 0`)
    root.update()
    assert calls == ["n"]
    # dragged off the heading before the release: no command
    tree.event_generate("<Button-1>", x=50, y=5)
    tree.event_generate("<B1-Motion>", x=300, y=5, state=256)
    tree.event_generate("<ButtonRelease-1>", x=300, y=5)
    root.update()
    assert calls == ["n"]
    tree.event_generate("<Button-1>", x=50, y=5)
    tree.event_generate("<ButtonRelease-1>", x=50, y=5)
    root.update()
    assert calls == ["n", "#0"]


def test_treeview_generated_keys_move_the_focus_item(tk):
    t = tk.tk
    from tkinter import ttk

    root, tree = _tree(t, ttk, selectmode="browse")
    events = []
    for name in ("<<TreeviewOpen>>", "<<TreeviewClose>>"):
        tree.bind(name, lambda e, name=name: events.append((name, tree.focus())))
    tree.focus_force()
    tree.focus("r0")
    steps = []
    for key in ("Down", "Right", "Down", "Down", "Up", "Left", "Left", "Return", "Up"):
        tree.event_generate(f"<{key}>")
        steps.append((tree.focus(), tree.selection(), tree.item("r1", "open")))
    assert steps == [("r1", ("r1",), 0), ("r1", ("r1",), 1), ("c1", ("c1",), 1), ("r2", ("r2",), 1),
                     ("c1", ("c1",), 1), ("r1", ("r1",), 1), ("r1", ("r1",), 0), ("r1", ("r1",), 1),
                     ("r0", ("r0",), 1)]
    assert events == [("<<TreeviewOpen>>", "r1"), ("<<TreeviewClose>>", "r1"), ("<<TreeviewOpen>>", "r1")]


def test_double_click_needs_the_second_press_near_the_first(tk):
    t = tk.tk
    root = t.Tk()
    f = t.Frame(root, width=200, height=100)
    f.pack()
    root.update()
    log = []
    f.bind("<Double-Button-1>", lambda e: log.append(e.x))
    for x in (100, 103, 109, 114, 120):  # (Tk: within 5 pixels of the press before)
        f.event_generate("<Button-1>", x=x, y=50)
        f.event_generate("<ButtonRelease-1>", x=x, y=50)
    assert log == [103, 114]


def test_ttk_spinbox_increment_steps_values_and_numbers_in_its_format(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    calls = []
    a = ttk.Spinbox(root, from_=0, to=1, increment=0.25, command=lambda: calls.append(a.get()))
    b = ttk.Spinbox(root, values=("S", "M", "L"), wrap=True)
    c = ttk.Spinbox(root, from_=0, to=10, increment=2.5, format="%.2f")
    for w in (a, b, c):
        w.pack()
    root.update()
    a.set("0.9")
    for _ in range(2):
        a.event_generate("<<Increment>>")
    b.event_generate("<<Decrement>>")
    first = b.get()
    b.event_generate("<<Increment>>")
    c.event_generate("<<Decrement>>")
    assert calls == ["1.0", "1.0"] and (first, b.get(), c.get()) == ("L", "S", "0.00")  # (%.1f from 0.25)
    c.bind("<<Increment>>", lambda e: "break")
    c.event_generate("<<Increment>>")
    assert c.get() == "0.00"


def test_scale_values_follow_tk_s_format_and_ticks_step_towards_to(tk):
    t = tk.tk
    root = t.Tk()
    got = []
    s = t.Scale(root, from_=1, to=0, resolution=0.05, tickinterval=0.25, command=got.append)
    m = t.Scale(root, from_=-6, to=6, resolution=0.5)
    n = t.Scale(root, from_=0, to=1000, resolution=0, length=100)
    for w in (s, m, n):
        w.pack()
    s.set(0.33)
    m.set(2.3)
    n.set(123.456)
    root.update()
    assert got == ["0.35"] and (s.get(), m.get(), n.get()) == (0.35, 2.5, 123)
    assert s["tickinterval"] == -0.25  # (from 1 to 0)
    var = t.DoubleVar(master=root)
    s.configure(variable=var)
    s.set(0.61)
    assert var.get() == 0.6


def test_ttk_scale_configured_value_gives_way_to_its_variable(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    calls = []
    var = t.DoubleVar(value=0.25)
    a = ttk.Scale(root, from_=-1, to=1, variable=var, command=calls.append)
    b = ttk.Scale(root, from_=0, to=10, command=calls.append)
    a.configure(value=-0.5)
    b.configure(value=30)
    assert (a.get(), var.get(), b.get(), calls) == (0.25, 0.25, 30, [])
    b.set(12)
    assert b.get() == 10.0 and calls == ["10.0"]


def test_panedwindow_keeps_its_request_while_mapped(tk):
    t = tk.tk
    root = t.Tk()
    pw = t.PanedWindow(root, orient="horizontal")
    pw.pack()
    inner = t.Frame(pw, width=50, height=200)
    pw.add(t.Frame(pw, width=50, height=80))
    pw.add(inner)
    root.update()
    assert pw.winfo_reqheight() == 202
    inner.configure(height=100)  # a pane's new request only re-arranges a mapped panedwindow
    root.update()
    assert pw.winfo_reqheight() == 202
    pw.paneconfigure(inner, minsize=10)  # (a pane configured: Tk computes the request again)
    root.update()
    assert pw.winfo_reqheight() == 102


def test_grid_places_slaves_of_a_master_never_given_a_size(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    nb = ttk.Notebook(root)
    nb.pack()
    shown, hidden, packed = (ttk.Frame(nb, padding=10) for _ in range(3))
    for i, page in enumerate((shown, hidden, packed)):
        nb.add(page, text=f"T{i}")
    t.Label(shown, text="a").grid()
    lab = t.Label(hidden, text="in a page never shown")
    lab.grid(row=0, column=0, padx=3)
    ent = t.Entry(hidden)
    ent.grid(row=1, column=1)
    side = t.Label(packed, text="packed")
    side.pack()
    loose = t.Frame(root)  # never managed
    inside = t.Label(loose, text="loose")
    inside.grid(padx=4)
    root.update()
    assert hidden.winfo_geometry() == "1x1+0+0"
    assert (lab.winfo_x(), lab.winfo_y()) == (13, 10) and lab.winfo_width() == lab.winfo_reqwidth()
    assert (ent.winfo_x(), ent.winfo_y()) == (10 + 3 + lab.winfo_reqwidth() + 3, 10 + lab.winfo_reqheight())
    assert (inside.winfo_x(), inside.winfo_y()) == (4, 0)
    assert side.winfo_geometry() == "1x1+0+0" and not lab.winfo_ismapped()


def test_place_info_and_treeview_tag_configure_answer_as_tk_prints_them(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    f = t.Frame(root)
    f.place(relx=0.123456, rely=1, x=-5, relwidth=0.5)
    info = f.place_info()
    assert (info["relx"], info["rely"], info["x"], info["y"]) == ("0.1235", "1", "-5", "0")
    assert (info["width"], info["relwidth"], info["relheight"]) == ("", "0.5", "")
    tree = ttk.Treeview(root)
    tree.tag_configure("bad", foreground="red")
    assert tree.tag_configure("bad") == {"text": "", "image": "", "anchor": "", "background": "",
                                         "foreground": "red", "font": ""}


def test_options_take_unique_abbreviations(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    tree = ttk.Treeview(root)
    seen = []
    tree.configure(yscroll=lambda *a: seen.append(a))  # (a common spelling of yscrollcommand)
    assert tree.cget("yscrollc") == tree["yscrollcommand"] and tree["yscrollcommand"]
    lb = t.Listbox(root, selectm="extended", bo=3)
    assert (lb["selectmode"], lb["borderwidth"]) == ("extended", 3)
    c = t.Canvas(root)
    with pytest.raises(t.TclError):
        c.configure(yscroll="")  # yscrollcommand or yscrollincrement
    with pytest.raises(t.TclError):
        lb.configure(b=1)


def test_ttk_state_flags_not_the_state_option_decide_what_a_button_does(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    calls = []
    b = ttk.Button(root, text="Go", state="disabled", command=lambda: calls.append("go"))
    c = ttk.Checkbutton(root, text="On")
    b.invoke()
    b.state(["!disabled"])
    b.invoke()
    c.state(["disabled"])
    c.invoke()
    assert calls == ["go"] and str(b["state"]) == "disabled" and c.instate(["!selected"])
    b.configure(state="disabled")
    b.invoke()
    assert calls == ["go"] and b.instate(["disabled"])


def test_listbox_item_options_go_with_their_items(tk):
    t = tk.tk
    root = t.Tk()
    lb = t.Listbox(root)
    lb.pack()
    lb.insert("end", "a", "b", "c", "d")
    lb.itemconfigure(1, fg="red")
    lb.itemconfigure(3, bg="yellow")
    lb.insert(0, "new")
    assert [lb.itemcget(i, "fg") for i in range(5)] == ["", "", "red", "", ""] and lb.itemcget(4, "bg") == "yellow"
    lb.delete(1, 2)
    assert [lb.itemcget(i, "fg") for i in range(3)] == ["", "", ""] and lb.itemcget(2, "bg") == "yellow"
    lb.delete(0, "end")
    lb.insert("end", "x", "y", "z")
    assert [lb.itemcget(i, "bg") for i in range(3)] == ["", "", ""]


def test_treeview_separator_drag_resizes_columns_as_tk_does(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    tree = ttk.Treeview(root, columns=("a", "b", "c"))
    tree.column("a", minwidth=60)
    tree.column("c", stretch=False)
    tree.pack()
    tree.insert("", "end", iid="x", values=(1, 2, 3))
    root.update()

    def drag(x0, *xs):
        tree.event_generate("<Button-1>", x=x0, y=5)
        seen = []
        for x in xs:
            tree.event_generate("<B1-Motion>", x=x, y=5, state=256)
            seen.append([tree.column(c, "width") for c in ("#0", "a", "b", "c")])
        tree.event_generate("<ButtonRelease-1>", x=xs[-1], y=5)
        root.update()
        return seen, [tree.column(c, "width") for c in ("#0", "a", "b", "c")]

    assert tree.identify_region(201, 5) == "separator"
    assert drag(201, 150, 300) == ([[149, 251, 200, 200], [299, 101, 200, 200]], [299, 101, 200, 200])
    # the minimum width of "a" stops it; "#0" on its left gives the rest; past the edge the slack takes it
    assert drag(401, 200, 900) == ([[139, 60, 401, 200], [139, 760, 20, 200]], [33, 547, 20, 200])


def test_treeview_tag_bindings_take_virtual_events_at_the_focus_item_and_refuse_others(tk):
    t = tk.tk
    from tkinter import ttk

    root, tree = _tree(t, ttk)
    log = []
    tree.tag_bind("odd", "<<Check>>", lambda e: log.append(("odd", tree.focus())))
    tree.bind("<<Check>>", lambda e: log.append("widget"))
    for item in ("r1", "r2"):
        tree.focus(item)
        tree.event_generate("<<Check>>")
    assert log == [("odd", "r1"), "widget", "widget"]
    with pytest.raises(t.TclError, match="unsupported event <Enter>"):
        tree.tag_bind("odd", "<Enter>", lambda e: None)
