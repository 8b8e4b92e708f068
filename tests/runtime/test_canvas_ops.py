"""The canvas's display operations stay minimal: options and coordinates that change nothing are not sent, and
raise/lower sends only the moved items (``restack``), while Python's own state (itemcget, coords, find_all) is
exactly what Tk would hold."""

from __future__ import annotations

import pytest


@pytest.fixture
def canvas(tk):
    root = tk.tk.Tk()
    c = tk.tk.Canvas(root)
    tk.display.ops.clear()
    return c


def _sent(tk, kind):
    return [op for op in tk.display.ops if op[0] == kind]


def test_itemconfigure_sends_only_changes(tk, canvas):
    c = canvas
    p = c.create_polygon(0, 0, 10, 0, 10, 10, fill="red", outline="")
    tk.display.ops.clear()
    c.itemconfigure(p, fill="red", outline="")  # the same values: nothing to draw
    assert _sent(tk, "itemconfig") == []
    c.itemconfigure(p, outline="blue", width=2)
    assert tk.display.ops == [["itemconfig", str(c), p, {"outline": "#0000ff", "width": 2.0}]]
    q = c.create_polygon(0, 0, 10, 0, 10, 10, fill="red", outline="")
    tk.display.ops.clear()
    c.itemconfigure(q, fill="red", outline="blue", width=2)
    assert tk.display.ops == [["itemconfig", str(c), q, {"outline": "#0000ff", "width": 2.0}]]
    assert c.itemcget(q, "outline") == "blue" and c.itemcget(q, "width") == "2.0"
    tk.display.ops.clear()
    c.itemconfigure(q, width=2.0)  # an equal value of another type is kept (Tk answers what it was given)
    assert tk.display.ops == [["itemconfig", str(c), q, {"width": 2.0}]]
    c.itemconfigure(q, fill="")
    assert c.itemcget(q, "fill") == "" and tk.display.ops[-1] == ["itemconfig", str(c), q, {"fill": None}]


def test_itemconfigure_still_checks_values(tk, canvas):
    c = canvas
    p = c.create_polygon(0, 0, 10, 0, 10, 10, fill="red")
    c.itemconfigure(p, fill="red")
    with pytest.raises(tk.tk.TclError):
        c.itemconfigure(p, fill="no such colour")
    with pytest.raises(tk.tk.TclError):
        c.itemconfigure(p, text="a polygon has no text")
    t = c.create_text(5, 5, text="x")
    c.itemconfigure(t, fill="red")
    with pytest.raises(tk.tk.TclError):
        c.itemconfigure(t, outline="red")  # a text item has no outline, even though a polygon's "red" is known
    assert c.itemcget(p, "fill") == "red"


def test_coords_unchanged_are_not_sent(tk, canvas):
    c = canvas
    r = c.create_rectangle(0, 0, 10, 10)
    tk.display.ops.clear()
    c.coords(r, 0, 0, 10, 10)
    c.coords(r, (0, 0, 10, 10))
    c.coords(r, [0, 0], [10, 10])
    c.coords(r, "0 0 10 10")
    assert tk.display.ops == []
    c.coords(r, (1, 2), 3, "4")
    assert c.coords(r) == [1.0, 2.0, 3.0, 4.0] and tk.display.ops == [["coords", str(c), r, [1.0, 2.0, 3.0, 4.0]]]
    p = c.create_polygon((0, 0, 5, 0, 5, 5), fill="")
    assert c.coords(p) == [0.0, 0.0, 5.0, 0.0, 5.0, 5.0]


def test_raise_and_lower_send_only_the_moved_items(tk, canvas):
    c = canvas
    a, b, d, e = (c.create_rectangle(0, 0, 1, 1, tags=tag) for tag in ("x", "y", "x", "y"))
    tk.display.ops.clear()
    c.tag_raise(e)  # already on top
    c.tag_lower(a)  # already at the bottom
    assert tk.display.ops == []
    c.tag_raise(a)
    assert c.find_all() == (b, d, e, a) and tk.display.ops[-1] == ["restack", str(c), [a], e]
    c.tag_lower("y")
    assert c.find_all() == (b, e, d, a) and tk.display.ops[-1] == ["restack", str(c), [b, e], None]
    c.tag_raise("y", d)
    assert c.find_all() == (d, b, e, a) and tk.display.ops[-1] == ["restack", str(c), [b, e], d]
    c.tag_lower(a, b)
    assert c.find_all() == (d, a, b, e) and tk.display.ops[-1] == ["restack", str(c), [a], d]
    n = len(tk.display.ops)
    c.tag_lower(a, b)  # already right below b
    assert len(tk.display.ops) == n
    c.delete(b)
    assert c.find_all() == (d, a, e) and tk.display.ops[-1] == ["delete", str(c), [b]]


def test_generated_pointer_events_pick_the_item_under_them(tk):
    """event_generate("<Button-1>", x=, y=) on a canvas fires the bindings of the item there (and Enter), as Tk's
    own picking does for generated events; away from items only the canvas's bindings fire."""
    root = tk.tk.Tk()
    c = tk.tk.Canvas(root, width=200, height=100)
    c.pack()
    root.update()
    seen = []
    box = c.create_rectangle(10, 10, 50, 50, fill="red", tags=("box",))
    c.tag_bind("box", "<Enter>", lambda e: seen.append("enter"))
    c.tag_bind("box", "<Button-1>", lambda e: seen.append(("click", c.find_withtag("current"))))
    c.bind("<Button-1>", lambda e: seen.append(("canvas", e.x, e.y)))
    c.event_generate("<Button-1>", x=20, y=20)
    assert seen == ["enter", ("click", (box,)), ("canvas", 20, 20)]
    seen.clear()
    c.event_generate("<Motion>", x=150, y=80)
    c.event_generate("<Button-1>", x=150, y=80)
    assert seen == [("canvas", 150, 80)]
