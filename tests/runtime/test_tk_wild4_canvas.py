"""Programs "from the wild" (fourth round: the Canvas and animation): tk_wild4_canvas.WILD run under real Tk (Xvfb)
and under Pyroom's tkinter, compared as test_tk_wild compares them; then the behaviours they found, driven as a
reader would (RecordingDisplay). Expected boxes and indices are what real Tk 8.6 answers."""

from __future__ import annotations

import pytest

from . import tk_wild4_canvas as programs
from .test_tk_differential import run_observations
from .test_tk_wild import assert_like_real_tk


@pytest.fixture(scope="module")
def wild(xvfb):
    return run_observations(xvfb, "tk_wild_runner.py", 180, "tk_wild4_canvas")


@pytest.mark.parametrize("name", list(programs.WILD))
def test_wild_programs_match_real_tk(wild, name):
    assert_like_real_tk(wild[name])


# -- driven by the reader (RecordingDisplay) ------------------------------------------------------------------------


@pytest.fixture
def canvas(tk):
    root = tk.tk.Tk()
    c = tk.tk.Canvas(root, width=200, height=100)
    c.pack()
    return c


def test_line_bbox_starts_at_the_first_point_truncated_then_takes_in_joins_and_arrows(canvas):
    c = canvas
    # Tk starts the box at the first point cut to an integer, the other points rounded
    assert c.bbox(c.create_line(10.6, 20.6, 50.2, 20.2)) == (8, 18, 52, 22)
    assert c.bbox(c.create_line(50.2, 20.2, 10.6, 20.6)) == (9, 18, 52, 23)
    # a mitered corner sticks out past the width
    assert c.bbox(c.create_line(10, 60, 50, 0, 60, 60, width=12)) == (-3, -13, 73, 73)
    assert c.bbox(c.create_line(10, 60, 50, 0, 60, 60, width=12, joinstyle="miter")) == (-3, -16, 73, 73)
    # the tips of the arrows count before the box grows by the width; the heads after
    assert c.bbox(c.create_line(200, 30, 330, 30, arrow="both", arrowshape=(16, 20, 6), width=2)) == (197, 22, 333, 38)
    assert c.bbox(c.create_line(-10.7, -5.5, 30, 30, arrow="first")) == (-12, -7, 32, 32)


def test_arc_bbox_and_angles_as_tk_keeps_them(canvas):
    c = canvas
    a = c.create_arc(20, 20, 200, 200, start=90, extent=-24, outline="")
    b = c.create_arc(20, 20, 200, 200, start=-30, extent=400, style="arc", width=0)
    d = c.create_arc(10, 10, 50, 30, start=720, extent=-360, style="chord", width=5)
    assert c.bbox(a) == (109, 19, 148, 111)  # the end point rounded, the start cut, the centre of a pieslice
    assert (c.bbox(b), c.itemcget(b, "start"), c.itemcget(b, "extent")) == ((185, 92, 202, 157), "330.0", "40.0")
    assert (c.bbox(d), c.itemcget(d, "start"), c.itemcget(d, "extent")) == ((46, 16, 54, 24), "0.0", "0.0")


def test_polygon_bbox_grows_only_by_a_drawn_outline(canvas):
    c = canvas
    assert c.bbox(c.create_polygon(10.7, 10.7, 50.2, 10.2, 30.5, 40.5)) == (9, 9, 51, 42)
    assert c.bbox(c.create_polygon(10.7, 10.7, 50.2, 10.2, 30.5, 40.5, outline="black", width=3)) == (7, 7, 53, 44)
    assert c.bbox(c.create_polygon(10, 10, 50, 10, 30, 60, outline="black", width=6, joinstyle="miter")) == (
        5, 6, 55, 69)


def test_smooth_answers_the_method_name(canvas):
    c = canvas
    values = [(True, "true"), (1, "true"), ("bezier", "true"), ("raw", "raw"), ("r", "raw"), (0, "0"), ("off", "0")]
    for given, answer in values:
        assert c.itemcget(c.create_line(0, 0, 5, 5, 9, 0, smooth=given), "smooth") == answer


def test_text_item_editing_moves_the_cursor_and_the_selection_with_the_text(canvas):
    c = canvas
    t = c.create_text(10, 10, text="hello world", anchor="nw")
    assert c.index(t, "insert") == 0 and c.select_item() is None  # a new item: cursor at the start, no selection
    c.icursor(t, 5)
    c.select_from(t, 6)
    c.select_to(t, 10)
    assert (c.select_item(), c.index(t, "sel.first"), c.index(t, "sel.last")) == (t, 6, 10)
    c.insert(t, 0, ">> ")
    assert (c.index(t, "insert"), c.index(t, "sel.first"), c.index(t, "sel.last")) == (8, 9, 13)
    c.dchars(t, "sel.first", "sel.last")
    assert c.itemcget(t, "text") == ">> hello " and c.select_item() is None
    with pytest.raises(Exception, match="selection isn't in item"):
        c.index(t, "sel.first")
    c.dchars(t, 0, 5)  # first and last are both deleted
    assert (c.itemcget(t, "text"), c.index(t, "insert")) == ("lo ", 2)
    c.select_from(t, 3)
    c.select_to(t, 1)  # backwards: from 1 up to the anchor, less the anchor's character
    assert (c.index(t, "sel.first"), c.index(t, "sel.last")) == (1, 2)
    c.select_adjust(t, 3)
    assert (c.index(t, "sel.first"), c.index(t, "sel.last")) == (1, 3)
    c.select_clear()
    assert c.select_item() is None and c.index(t, "end") == 3 and c.index(t, 99) == 3
    with pytest.raises(Exception, match='bad index "nowhere"'):
        c.index(t, "nowhere")


def test_text_focus_goes_to_the_first_item_that_takes_a_cursor(canvas):
    c = canvas
    r = c.create_rectangle(0, 0, 10, 10, tags="both")
    t = c.create_text(20, 20, text="x", tags="both")
    c.focus("both")
    assert c.focus() == t
    c.focus(r)  # a rectangle takes no cursor: the focus stays
    assert c.focus() == t
    c.focus("")
    assert c.focus() == ""
    c.focus(t)
    c.select_from(t, 0)
    c.select_to(t, 0)
    c.delete(t)
    assert c.focus() == "" and c.select_item() is None


def test_text_index_at_a_point_is_the_character_under_it(tk, canvas):
    from tkinter import font

    c = canvas
    f = font.Font(family="Courier", size=12)
    step, line = f.measure("abc"), f.metrics("linespace")
    t = c.create_text(0, 0, text="abcdefghij xy", width=step, font=f, anchor="nw")  # a long word is cut
    assert c.bbox(t) == (-1, 0, step + 1, 5 * line)
    assert c.index(t, f"@{f.measure('ab') - 1},1") == 1  # inside "b", not the nearer gap after it
    assert c.index(t, f"@{step + 5},1") == 2  # right of the line: its last character
    assert c.index(t, f"@1,{line + 1}") == 3  # the second line starts with "d"
    assert c.index(t, "@1,-3") == 0 and c.index(t, "@1,500") == 13  # above: the start; below: the end
    c.configure(scrollregion=(-50, -50, 400, 400))
    c.xview_moveto(0.5)
    assert c.index(t, f"@1,{line + 1}") == 3  # canvas coordinates, wherever the view is


def test_rotated_text_bbox_holds_the_turned_box(canvas):
    from tkinter import font

    c = canvas
    f = font.Font(family="Courier", size=12)
    w, h = f.measure("rotated"), f.metrics("linespace")
    t = c.create_text(100, 50, text="rotated", font=f, angle=90, anchor="nw")
    # turned a quarter left about its anchor: the box runs up from the anchor (and one pixel wider for the
    # cursor, now up and down)
    assert c.bbox(t) == (100, 50 - w - 1, 100 + h, 51)
    assert c.itemcget(t, "angle") == "90.0"
    c.itemconfigure(t, angle=-270)
    assert c.itemcget(t, "angle") == "90.0"


def test_find_closest_goes_round_from_start(canvas):
    c = canvas
    a = c.create_rectangle(10, 10, 60, 60, fill="red")
    b = c.create_oval(50, 50, 110, 110, fill="blue")
    d = c.create_rectangle(100, 20, 140, 60)
    assert c.find_closest(55, 55) == (a,)
    # nothing below `start` is closer than what lies above it: Tk carries on round the list
    assert c.find_closest(55, 55, start=a) == (a,)
    assert c.find_closest(55, 55, start=b) == (a,)
    assert c.find_closest(80, 80, start=d) == (b,)


def test_canvas_options_answer_strings_in_pixels(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=300, height="2i", yscrollincrement="0.5i", confine=False, closeenough=2)
    assert (c["width"], c["height"], c["yscrollincrement"], c["xscrollincrement"]) == ("300", "192", "48", "0")
    assert (c["confine"], c["closeenough"], c["insertofftime"]) == ("0", "2.0", "300")
    c.configure(xscrollincrement=10.6, confine=1, width="1c")
    assert c.configure("confine") == ("confine", "confine", "Confine", "1", "1")
    assert c.configure("width") == ("width", "width", "Width", "10c", "38")
    assert c.configure("xscrollincrement")[3:] == ("0", "11")


def test_scrollbars_hear_the_view_when_the_canvas_redraws(tk):
    t = tk.tk
    root = t.Tk()
    heard = []
    c = t.Canvas(root, width=100, height=100, scrollregion=(0, 0, 1000, 1000), highlightthickness=0,
                 xscrollcommand=lambda *f: heard.append(("x", *f)))
    c.pack()
    root.update()
    assert heard[-1] == ("x", "0.0", "0.1")
    n = len(heard)
    c.xview_moveto(0.5)
    c.xview_scroll(1, "pages")
    assert len(heard) == n and c.xview() == (0.59, 0.69)  # not yet: Tk tells them when it redraws, at idle time
    root.update_idletasks()
    assert heard[n:] == [("x", "0.59", "0.69")]


def test_line_picks_follow_its_caps_and_ovals_their_outline(canvas):
    c = canvas
    line = c.create_line(20, 20, 100, 20, width=10)
    post = c.create_line(120, 0, 120, 60)
    # past its butt end the wide line is further away than its round end would be
    assert c.find_closest(110, 30) == (post,) and c.find_overlapping(104, 16, 106, 18) == ()
    c.itemconfigure(line, capstyle="round")
    assert c.find_closest(110, 30) == (line,) and c.find_overlapping(104, 16, 106, 18) == (line,)
    ring = c.create_oval(150, 20, 250, 120, width=8)
    dot = c.create_oval(150, 150, 170, 160, fill="red", outline="")
    assert c.find_overlapping(196, 66, 204, 74) == ()  # the ring's hole
    assert c.find_closest(200, 70) == (ring,) and c.find_closest(171, 155) == (dot,)


def test_pie_slices_and_arcs_are_hit_where_they_are_drawn(canvas):
    c = canvas
    red, green, blue = (c.create_arc(20, 20, 180, 180, start=s, extent=e, fill=f)
                        for s, e, f in ((0, 120, "red"), (120, 150, "green"), (270, 90, "blue")))
    bow = c.create_arc(200, 20, 280, 100, start=0, extent=180, style="arc", width=3, fill="yellow")

    def under(x, y):
        return c.find_overlapping(x, y, x + 1, y + 1)

    assert [under(130, 60), under(60, 100), under(130, 140), under(100, 100)] == [
        (red,), (green,), (blue,), (red, green, blue)]
    assert under(240, 60) == () and under(240, 21) == (bow,)  # an "arc" is its curve only, however filled
    assert c.find_closest(150, 100) == (blue,)
