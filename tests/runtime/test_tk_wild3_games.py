"""Programs "from the wild" (third round: games, ttk, images, geometry queries): tk_wild3_games.WILD run under real Tk
(Xvfb) and under Pyroom's tkinter, compared as test_tk_wild compares them; then a few of the behaviours they found,
driven as a reader would (RecordingDisplay)."""

from __future__ import annotations

import pytest

from . import tk_wild3_games as programs
from .test_tk_differential import run_observations
from .test_tk_wild import assert_like_real_tk


@pytest.fixture(scope="module")
def wild(xvfb):
    return run_observations(xvfb, "tk_wild_runner.py", 180, "tk_wild3_games")


@pytest.mark.parametrize("name", list(programs.WILD))
def test_wild_programs_match_real_tk(wild, name):
    assert_like_real_tk(wild[name])


# -- driven by the reader (RecordingDisplay) ------------------------------------------------------------------------


def test_canvas_drag_keeps_the_pressed_item_current_and_picks_by_position(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=200, height=100, highlightthickness=0)
    c.pack()
    a = c.create_oval(10, 10, 50, 50, fill="red", tags="token")
    b = c.create_rectangle(120, 10, 170, 50, fill="blue", tags="token")
    log = []
    for seq in ("<Enter>", "<Leave>", "<ButtonRelease-1>", "<B1-Motion>"):
        c.tag_bind("token", seq, lambda e, seq=seq: log.append((seq, c.find_withtag("current"))))
    w = str(c)
    # the page's "item" (what its hit test saw) is not used: the shim picks by position as Tk does, so a drag
    # the page reports on the canvas itself (pointer capture) still finds the items under the pointer
    tk.display.inject({"type": "Motion", "w": w, "x": 30, "y": 30})
    tk.display.inject({"type": "ButtonPress", "w": w, "x": 30, "y": 30, "num": 1, "state": 256})
    tk.display.inject({"type": "Motion", "w": w, "x": 90, "y": 30, "state": 256})
    tk.display.inject({"type": "Motion", "w": w, "x": 140, "y": 30, "state": 256, "item": a})
    tk.display.inject({"type": "Motion", "w": w, "x": 31, "y": 31, "state": 256})
    tk.display.inject({"type": "ButtonRelease", "w": w, "x": 140, "y": 30, "num": 1})
    root.update()
    assert log == [("<Enter>", (a,)), ("<Leave>", (a,)), ("<B1-Motion>", (a,)), ("<B1-Motion>", (a,)),
                   ("<Enter>", (a,)), ("<B1-Motion>", (a,)), ("<ButtonRelease-1>", (a,)), ("<Leave>", (a,)),
                   ("<Enter>", (b,))]
    assert c.find_withtag("current") == (b,)


def test_canvas_item_moving_under_a_still_pointer_is_entered_at_idle(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=200, height=100)
    c.pack()
    r = c.create_rectangle(150, 10, 190, 50, fill="green")
    log = []
    c.tag_bind(r, "<Enter>", lambda e: log.append("enter"))
    c.tag_bind(r, "<Leave>", lambda e: log.append("leave"))
    root.update()
    tk.display.inject({"type": "Motion", "w": str(c), "x": 30, "y": 30})
    root.update()
    c.move(r, -130, 0)
    assert log == [] and c.find_withtag("current") == ()  # Tk picks again when it redraws
    root.update_idletasks()
    assert log == ["enter"] and c.find_withtag("current") == (r,)
    c.itemconfigure(r, state="disabled")
    root.update_idletasks()
    assert log == ["enter", "leave"] and c.find_withtag("current") == ()


def test_notebook_tab_click_queues_the_change_event_and_skips_disabled_tabs(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    nb = ttk.Notebook(root)
    nb.pack()
    pages = [ttk.Frame(nb, width=50, height=30) for _ in range(3)]
    seen = []
    nb.bind("<<NotebookTabChanged>>", lambda e: seen.append(nb.index("current")))
    for i, p in enumerate(pages):
        nb.add(p, text=f"T{i}", state="disabled" if i == 1 else "normal")
    assert seen == []  # (queued: the first tab was selected when added)
    root.update()
    assert seen == [0]
    tk.display.inject({"type": "Select", "w": str(nb), "value": [2]})
    root.update()
    assert seen == [0, 2] and nb.select() == str(pages[2])
    nb.select(1)
    nb.hide(2)
    root.update()
    assert nb.index("current") == 0 and seen == [0, 2, 0] and nb.tab(2, "state") == "hidden"
    assert pages[2].winfo_geometry() != "1x1+0+0"  # a page shown before keeps its geometry


def test_photoimage_copy_through_tk_call_and_transparent_pixels_keep_their_colour(tk, tmp_path):
    t = tk.tk
    t.Tk()
    src = t.PhotoImage(width=4, height=2)
    src.put("#ff0000", to=(0, 0, 4, 2))
    src.put("#00ff00", (3, 1))
    src.transparency_set(0, 0, True)
    assert src.get(0, 0) == (255, 0, 0) and src.transparency_get(0, 0)
    dst = t.PhotoImage()
    dst.tk.call(dst, "copy", src, "-from", 2, 0, 4, 2, "-to", 1, 1, "-zoom", 2)
    assert (dst.width(), dst.height()) == (5, 5) and dst.get(4, 4) == (0, 255, 0) and dst.transparency_get(0, 0)
    src.write(tmp_path / "s.ppm", format="ppm")
    back = t.PhotoImage(file=tmp_path / "s.ppm")
    assert back.get(3, 1) == (0, 255, 0) and not back.transparency_get(0, 0)
    assert src.cget("width") == "4" and src.data()[1] == "#ff0000 #ff0000 #ff0000 #00ff00"


def test_treeview_keeps_its_view_the_page_follows_and_clicks_find_their_row(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    tree = ttk.Treeview(root, columns=("n",), height=3)
    tree.pack()
    views = []
    tree.configure(yscrollcommand=lambda first, last: views.append((first, last)))
    for i in range(6):
        tree.insert("", "end", iid=f"r{i}", text=f"row {i}", values=(i,))
    clicked = []
    tree.bind("<Button-1>", lambda e: clicked.append((tree.identify_row(e.y), tree.identify_column(e.x))))
    root.update()
    y0 = tree.bbox("r0")[1]  # (below the headings)
    assert views[-1] == (0.0, 0.5) and tree.bbox("r3") == (1, y0 + 60, 400, 20)  # (Tk: the row past the last)
    # an arrow key moved the focus down to row 4: the shim scrolls it into view (ttk's keynav `see`) ...
    tk.display.inject({"type": "Select", "w": str(tree), "value": ["r4"], "focus": "r4", "see": True})
    root.update()
    assert tree.yview() == (2 / 6, 5 / 6) and views[-1] == (2 / 6, 5 / 6)
    assert ["config", str(tree), {"top": 2}] in tk.display.ops  # ... and the page shows that row first
    # a click on the second row shown, in the data column
    tk.display.inject({"type": "ButtonPress", "w": str(tree), "x": 250, "y": y0 + 25, "num": 1})
    root.update()
    assert clicked == [("r3", "#1")] and tree.bbox("r3", "n") == (201, y0 + 20, 200, 20)


def test_treeview_wheel_scrolls_a_row_unless_a_binding_breaks(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    tree = ttk.Treeview(root, height=3)
    tree.pack()
    for i in range(6):
        tree.insert("", "end", iid=f"r{i}", text=f"row {i}")
    root.update()
    assert tree.yview() == (0.0, 0.5)
    assert "MouseWheel" in [op for op in tk.display.ops if op[0] == "bind" and op[1] == str(tree)][-1][2]
    tk.display.inject({"type": "MouseWheel", "w": str(tree), "delta": -120, "x": 5, "y": 30})
    root.update()
    assert tree.yview() == (1 / 6, 4 / 6)
    assert ["config", str(tree), {"top": 1}] in tk.display.ops  # the page shows that row first
    tk.display.inject({"type": "MouseWheel", "w": str(tree), "delta": 120, "x": 5, "y": 30})
    root.update()
    assert tree.yview() == (0.0, 0.5)
    tree.bind("<MouseWheel>", lambda e: "break")
    tk.display.inject({"type": "MouseWheel", "w": str(tree), "delta": -120, "x": 5, "y": 30})
    root.update()
    assert tree.yview() == (0.0, 0.5)


def test_canvas_picks_follow_items_changed_between_clicks(tk):
    # (the shim keeps the shapes' boxes from one pick to the next: every change must drop them)
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=200, height=200)
    c.pack()
    a = c.create_rectangle(10, 10, 30, 30, fill="red")
    b = c.create_line(100, 100, 150, 100)
    hits = []
    c.bind("<Button-1>", lambda e: hits.append(c.find_withtag("current")))
    root.update()

    def click(x, y):
        tk.display.inject({"type": "ButtonPress", "w": str(c), "x": x, "y": y, "num": 1})
        tk.display.inject({"type": "ButtonRelease", "w": str(c), "x": x, "y": y, "num": 1})
        root.update()
        return hits[-1]

    assert click(20, 20) == (a,) and click(120, 108) == ()
    c.itemconfigure(b, width=20)  # the line grows under the point
    assert click(120, 108) == (b,)
    c.move(a, 100, 0)
    assert click(20, 20) == () and click(120, 20) == (a,)
    c.coords(a, 0, 0, 40, 40)
    assert click(20, 20) == (a,)
    c.scale(a, 0, 0, 0.25, 0.25)
    assert click(20, 20) == () and click(5, 5) == (a,)
    c.delete(a)
    assert click(5, 5) == ()
    d = c.create_oval(0, 0, 10, 10, fill="blue")
    assert click(5, 5) == (d,)
