"""Pyroom's tkinter: Text indices, Canvas items/tags/finds/bbox, ttk widgets, fonts, images."""

from __future__ import annotations

import pytest


def test_text_indices_marks_tags_search(tk):
    t = tk.tk
    root = t.Tk()
    txt = t.Text(root)
    assert txt.index("end") == "2.0" and txt.get("1.0", "end") == "\n"
    txt.insert("1.0", "hello world\nsecond line\nthird")
    assert txt.index("end") == "4.0" and txt.index("end-1c") == "3.5"
    assert txt.get("1.0", "1.end") == "hello world"
    assert txt.get("2.0 lineend") == "\n" and txt.index("2.3 linestart") == "2.0"
    assert txt.index("1.0 + 13c") == "2.1" and txt.index("2.4 - 1 lines") == "1.4"
    assert txt.index("1.2 wordstart") == "1.0" and txt.index("1.2 wordend") == "1.5"
    assert txt.index("insert") == "3.5"
    txt.mark_set("insert", "2.0")
    txt.insert("insert", ">> ")
    assert txt.get("2.0", "2.end") == ">> second line"
    txt.mark_set("m", "2.3")
    txt.insert("2.0", "xx")
    assert txt.index("m") == "2.5"
    txt.tag_configure("hot", foreground="red", font=("Courier", 10, "bold"))
    txt.tag_add("hot", "1.0", "1.5")
    assert txt.tag_ranges("hot") == ("1.0", "1.5") and txt.tag_names("1.2") == ("hot",)
    txt.insert("1.0", "A")
    assert txt.tag_ranges("hot") == ("1.1", "1.6")
    assert txt.tag_nextrange("hot", "1.0") == ("1.1", "1.6")
    txt.insert("end", "\nnew", "hot")
    assert txt.tag_ranges("hot")[-2:] == ("3.5", "4.3")  # the inserted newline is tagged too
    root.update()  # Text content is sent once per idle time
    cfg = [op for op in tk.display.ops if op[0] == "config" and op[1] == str(txt)][-1][2]
    assert cfg["value"] == txt.get("1.0", "end-1c")
    assert cfg["tags"][1]["name"] == "hot" and cfg["tags"][1]["ranges"] == [[1, 6], [35, 39]]
    assert cfg["tags"][1]["opts"]["fg"] == "#ff0000"
    assert txt.search("line", "1.0") == "2.12" and txt.search("LINE", "3.0", nocase=True) == "2.12"
    count = t.IntVar()
    assert txt.search(r"th\w+", "1.0", regexp=True, count=count) == "3.0" and count.get() == 5
    txt.delete("1.0", "2.0")
    assert txt.get("1.0", "1.end") == "xx>> second line"
    assert txt.compare("1.0", "<", "end")
    txt.configure(state="disabled")
    txt.insert("end", "ignored")
    assert "ignored" not in txt.get("1.0", "end")


def test_text_page_edits_and_undo(tk):
    t = tk.tk
    root = t.Tk()
    txt = t.Text(root, undo=True)
    txt.insert("1.0", "abc")
    txt.tag_add("t", "1.0", "1.1")
    tk.display.inject({"type": "Value", "w": str(txt), "value": "abXc", "cursor": 3})
    root.update()
    assert txt.get("1.0", "end-1c") == "abXc" and txt.index("insert") == "1.3"
    assert txt.tag_ranges("t") == ("1.0", "1.1")
    txt.edit_undo()
    assert txt.get("1.0", "end-1c") == "abc"


def test_canvas_items_tags_and_stacking(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=200, height=200)
    r = c.create_rectangle(10, 10, 50, 50, fill="red", tags=("box", "shape"))
    o = c.create_oval((60, 60), (100, 100), outline="blue", width=2, tags="shape")
    ln = c.create_line(0, 0, 100, 100, arrow="last", dash=(4, 2))
    tx = c.create_text(100, 150, text="Hi", anchor="nw")
    assert c.find_all() == (r, o, ln, tx)
    assert c.type(o) == "oval" and c.coords(o) == [60.0, 60.0, 100.0, 100.0]
    assert c.find_withtag("shape") == (r, o) and c.find_withtag("box&&shape") == (r,)
    assert c.find_withtag("shape && !box") == (o,) and c.find_withtag("box||text") == (r,)
    assert c.gettags(r) == ("box", "shape")
    c.addtag_withtag("new", "box")
    c.dtag(r, "shape")
    assert c.gettags(r) == ("box", "new")
    assert c.itemcget(r, "fill") == "red" and c.itemcget(o, "width") == "2.0" and c.itemcget(ln, "fill") == "#000000"
    c.itemconfigure("shape", fill="green")
    assert c.itemcget(o, "fill") == "green" and tk.display.ops[-1] == ["itemconfig", str(c), o, {"fill": "#008000"}]
    c.move("box", 5, 5)
    assert c.coords(r) == [15.0, 15.0, 55.0, 55.0] and tk.display.ops[-1] == ["coords", str(c), r,
                                                                             [15.0, 15.0, 55.0, 55.0]]
    c.moveto(o, 0, 0)
    assert c.bbox(o) == (0, 0, 42, 42)
    c.tag_raise(r)
    assert c.find_all() == (o, ln, tx, r) and tk.display.ops[-1] == ["restack", str(c), [r], tx]
    c.tag_lower(r, ln)
    assert c.find_all() == (o, r, ln, tx)
    assert c.find_above(o) == (r,) and c.find_below(ln) == (r,)
    c.delete("box")
    assert c.find_all() == (o, ln, tx) and tk.display.ops[-1] == ["delete", str(c), [r]]
    item = [op for op in tk.display.ops if op[0] == "item" and op[2] == ln][0]
    assert item[3] == "line" and item[4] == [0.0, 0.0, 100.0, 100.0]
    assert item[5]["arrow"] == "last" and item[5]["dash"] == [4, 2]
    assert "fill" not in item[5]  # left at Tk's default (black): the page knows it (PROTOCOL.md)
    with pytest.raises(t.TclError):
        c.create_rectangle(1, 2, 3)


def test_canvas_bbox_and_find_like_tk(tk):
    # expected values are real Tk 8.6's (see the differential tests)
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root)
    ids = [c.create_rectangle(10, 10, 50, 50), c.create_rectangle(10, 10, 50, 50, width=4),
           c.create_rectangle(10.4, 10.6, 50.5, 50.5, width=3), c.create_rectangle(10, 10, 50, 50, outline=""),
           c.create_oval(10, 10, 50, 50, width=2), c.create_line(10, 10, 100, 100),
           c.create_line(10, 10, 100, 100, width=5), c.create_line(10, 10, 100, 10, arrow="last"),
           c.create_line(10, 10, 100, 10, arrow="both", width=3), c.create_polygon(10, 10, 50, 10, 30, 40),
           c.create_polygon(10, 10, 50, 10, 30, 40, outline="black"),
           c.create_polygon(10, 10, 50, 10, 30, 40, outline="black", width=4), c.create_arc(10, 10, 100, 100)]
    boxes = [c.bbox(i) for i in ids]
    assert boxes == [(9, 9, 51, 51), (8, 8, 52, 52), (8, 9, 53, 53), (10, 10, 50, 50), (9, 9, 51, 51),
                     (8, 8, 102, 102), (4, 4, 106, 106), (8, 5, 102, 15), (6, 4, 104, 16), (9, 9, 51, 41),
                     (8, 8, 52, 42), (7, 7, 53, 43), (53, 8, 102, 57)]
    assert c.find_enclosed(8, 8, 52, 52) == (1, 2, 3, 4, 5, 10, 11, 12)
    assert c.find_enclosed(9, 9, 51, 51) == (1, 4, 5, 10, 11)
    assert c.find_overlapping(51, 51, 52, 52) == (2, 3, 6, 7)
    assert c.find_closest(30, 30) == (12,)
    assert c.bbox("all") == (4, 4, 106, 106)


def test_canvas_scrolling_and_tag_bind(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=100, height=100, scrollregion=(0, 0, 400, 400), highlightthickness=0)
    xs = t.Scrollbar(root, orient="horizontal", command=c.xview)
    c.configure(xscrollcommand=xs.set)
    c.pack()
    xs.pack(fill="x")
    root.update()
    assert c.xview() == (0.0, 0.25) and xs.get() == (0.0, 0.25)
    c.xview_moveto(0.5)
    assert c.canvasx(10) == 210.0 and c.xview() == (0.5, 0.75)
    assert tk.display.ops[-2:][0] == ["view", str(c), 200, 0] or ["view", str(c), 200, 0] in tk.display.ops
    c.xview_scroll(1, "units")
    assert c.canvasx(0) == 210.0
    c.xview_moveto(1.0)
    assert c.canvasx(0) == 300.0  # confined to the scroll region
    hits = []
    r = c.create_rectangle(300, 0, 350, 50, fill="red", tags="hot")
    c.tag_bind("hot", "<Button-1>", lambda e: hits.append(("item", c.find_withtag("current"))))
    c.tag_bind("hot", "<Enter>", lambda e: hits.append("enter"))
    c.bind("<Button-1>", lambda e: hits.append("canvas"))
    assert "Motion" in [op for op in tk.display.ops if op[0] == "bind" and op[1] == str(c)][-1][2]
    tk.display.inject({"type": "Motion", "w": str(c), "x": 10, "y": 10, "item": r})
    tk.display.inject({"type": "ButtonPress", "w": str(c), "x": 10, "y": 10, "num": 1, "item": r})
    root.update()
    assert hits == ["enter", ("item", (r,)), "canvas"]


def test_canvas_window_items_and_postscript_svg(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=200, height=100, highlightthickness=0)
    c.pack()
    b = t.Button(c, text="in canvas")
    c.create_window(100, 50, window=b)
    c.create_text(10, 10, text="a < b", anchor="nw")
    root.update()
    assert b.winfo_ismapped() and b.winfo_x() == 100 - b.winfo_reqwidth() // 2
    svg = c.postscript()
    assert svg.startswith("<svg") and "a &lt; b" in svg


def test_ttk_widgets(tk):
    t = tk.tk
    from tkinter import ttk

    root = t.Tk()
    nb = ttk.Notebook(root)
    nb.pack(fill="both", expand=True)
    page1, page2 = ttk.Frame(nb), ttk.Frame(nb)
    nb.add(page1, text="Data")
    nb.add(page2, text="More")
    changed = []
    nb.bind("<<NotebookTabChanged>>", lambda e: changed.append(nb.index("current")))
    tk.display.inject({"type": "Select", "w": str(nb), "value": [1]})
    root.update()
    # (as Tk: adding the first tab selected it, which queued a <<NotebookTabChanged>> too)
    assert changed == [0, 1] and nb.select() == str(page2) and nb.tab(0, "text") == "Data"
    tree = ttk.Treeview(page1, columns=("size", "kind"), show="headings")
    tree.heading("size", text="Size")
    tree.column("size", width=80, anchor="e")
    a = tree.insert("", "end", text="A", values=(10, "file"))
    d = tree.insert("", 0, iid="dir", text="D", open=True)
    b = tree.insert(d, "end", text="B", values=("5", "x"))
    assert tree.get_children() == ("dir", a) and tree.get_children(d) == (b,) and tree.parent(b) == "dir"
    assert tree.item(a, "values") == ("10", "file") and tree.set(b, "kind") == "x"  # Tk keeps strings
    assert tree.heading("size", "text") == "Size"
    assert tree.item(a)["values"] == [10, "file"]  # (the dict form makes ints of what spells one)
    tree.set(a, "size", 11)
    assert tree.item(a)["values"] == [11, "file"] and tree.item(a, "values") == (11, "file")
    tree.set(b, "kind", 2.5)
    assert tree.set(b) == {"size": "5", "kind": 2.5} and tree.item(b)["values"] == [5, "2.5"]
    sel = []
    tree.bind("<<TreeviewSelect>>", lambda e: sel.append(tree.selection()))
    tk.display.inject({"type": "Select", "w": str(tree), "value": [a]})
    root.update()
    assert sel == [(a,)] and tree.focus() == ""
    tree.delete(d)
    assert not tree.exists(b) and tree.get_children() == (a,)
    assert a == "I001"
    cb = ttk.Combobox(root, values=("red", "green"), state="readonly")
    picked = []
    cb.bind("<<ComboboxSelected>>", lambda e: picked.append(cb.get()))
    tk.display.inject({"type": "Select", "w": str(cb), "value": [1]})
    root.update()
    assert picked == ["green"] and cb.current() == 1
    pb = ttk.Progressbar(root, maximum=10)
    pb.step(3)
    assert pb["value"] == 3.0
    btn = ttk.Button(root, text="x")
    btn.state(["disabled"])
    assert btn.instate(["disabled"]) and btn.invoke() == ""
    style = ttk.Style()
    style.configure("Big.TButton", font=("Arial", 14), padding=6)
    assert style.lookup("Big.TButton", "padding") == 6 and style.theme_use() == "default"
    assert "default" in style.theme_names()
    v = t.IntVar(value=4)
    sc = ttk.Scale(root, from_=0, to=10, variable=v)
    assert sc.get() == 4.0
    tk.display.inject({"type": "Value", "w": str(sc), "value": 7})
    root.update()
    assert v.get() == 7


def test_fonts_and_images(tk):
    t = tk.tk
    from tkinter import font

    root = t.Tk()
    f = font.Font(family="Helvetica", size=12, weight="bold")
    assert f.measure("abc") == round(3 * 0.6 * 16) and f.metrics("linespace") == 13 + 4
    assert f.actual()["weight"] == "bold" and font.nametofont("TkDefaultFont").cget("size") == 10
    lab = t.Label(root, text="x", font=f)
    news = [op for op in tk.display.ops if op[0] == "new" and op[1] == str(lab)]
    assert news[0][3]["font"] == {"family": "sans-serif", "size": 16, "weight": "bold", "slant": "roman",
                                  "underline": False, "overstrike": False}
    f.configure(size=20)
    assert tk.display.ops[-1][0] == "config" and tk.display.ops[-1][2]["font"]["size"] == 26.667
    assert t.Label(root, font="Courier 9 italic")["font"] == "Courier 9 italic"
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x03\x00\x00\x00\x02\x08\x02\x00\x00\x00")
    import base64

    img = t.PhotoImage(data=base64.b64encode(png))
    assert (img.width(), img.height()) == (3, 2)
    p = t.PhotoImage(width=4, height=4)
    p.put("red", to=(0, 0, 2, 2))
    assert p.get(1, 1) == (255, 0, 0) and p.get(3, 3) == (0, 0, 0)
    lab2 = t.Label(root, image=img)
    assert (lab2.winfo_reqwidth(), lab2.winfo_reqheight()) == (3 + 2, 2 + 2)
    sent = [op for op in tk.display.ops if op[0] == "new" and op[1] == str(lab2)][0][3]["image"]
    assert sent == {"url": "data:image/png;base64," + base64.b64encode(png).decode(), "width": 3, "height": 2}
    c = t.Canvas(root)
    c.create_image(10, 10, image=p, anchor="nw")
    url = [op for op in tk.display.ops if op[0] == "item"][-1][5]["image"]["url"]
    decoded = base64.b64decode(url.split(",", 1)[1])
    assert decoded.startswith(b"\x89PNG") and c.bbox(1) == (10, 10, 14, 14)
    p.put("#00f", to=(3, 3))
    assert tk.display.ops[-1][:3] == ["itemconfig", str(c), 1] and tk.display.ops[-1][3]["image"]["url"] != url


@pytest.mark.parametrize("wrap", ["none", "char", "word"])
def test_text_line_and_display_line_caches_follow_every_edit(tk, wrap):
    """The line starts and display lines are kept up to date edit by edit (not recomputed): after any mix of
    inserts and deletes they equal a computation from scratch."""
    import random

    t = tk.tk
    root = t.Tk()
    text = t.Text(root, width=12, height=4, wrap=wrap)
    text.pack()
    root.update()
    rng = random.Random(7)
    pieces = ["a", "word ", "\n", "tab\there", "x" * 30, "  ", "end\n\n", "long line of several words\n"]
    for step in range(400):
        size = len(text._s)
        if rng.random() < 0.65 or size < 3:
            text._do_insert(rng.randrange(size), rng.choice(pieces))
        else:
            a = rng.randrange(size - 1)
            text._do_delete(a, min(size - 1, a + rng.randrange(1, 40)))
        kept_starts, kept_rows = text._line_starts(), text._rows()
        text.__dict__.pop("_starts_cache", None)
        text.__dict__.pop("_rows_cache", None)
        assert kept_starts == text._line_starts(), step
        assert kept_rows == text._rows(), step


def test_text_embeds_windows_whose_parent_is_the_text_or_one_of_its_ancestors(tk):
    """As Tk (checked under Xvfb): the text, a window of another toplevel or deeper in a sibling are refused."""
    t = tk.tk
    root = t.Tk()
    frame = t.Frame(root)
    frame.pack()
    text = t.Text(frame)
    text.pack()
    other = t.Label(t.Toplevel(root))
    for bad in (other, text, t.Label(t.Frame(root))):
        with pytest.raises(t.TclError, match=f"can't embed {bad} in {text}"):
            text.window_create("end", window=bad)
    for good in (t.Label(root), t.Label(frame), t.Label(text)):
        text.window_create("end", window=good)
    assert len(text.window_names()) == 3 and text.get("1.0", "end") == "\n"
