"""The page keeps a canvas as the shim holds it while items are raised, lowered, moved and reconfigured: the
``restack`` operation (only the moved items) and attribute updates in place (a moved polygon keeps its element)."""

from __future__ import annotations

import json

import pytest

from .conftest import open_page

pytestmark = pytest.mark.browser

BLOCK = "demo-block"  # (site/turtledemo.rst: a block whose code the test replaces)

PROGRAM = """\
import json, tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=200, height=200)
c.pack()
ids = [c.create_rectangle(i * 10, 0, i * 10 + 50, 50, fill="red", tags="x" if i % 2 else "y") for i in range(6)]
root.update()
c.tag_raise(ids[0]); c.tag_lower("x"); c.tag_raise("y", ids[3]); c.tag_lower(ids[5], ids[2])
c.coords(ids[1], 1, 2, 3, 4); c.itemconfigure(ids[1], fill="blue", outline="")
c.itemconfigure(ids[2], fill="green"); c.itemconfigure(ids[2], state="hidden")
line = c.create_line(0, 0, 10, 10, arrow="last")
root.update()
c.tag_raise(ids[4]); c.coords(ids[4], 5, 6, 7, 8)
c.coords(line, 0, 0, 20, 20); c.itemconfigure(line, arrow="none")
root.update()
more = [c.create_oval(0, 0, 5, 5) for _ in range(1500)]  # a burst: its first part reaches the page hidden
c.tag_raise(ids[0]); c.tag_lower(more[-1]); c.tag_raise(more[0], ids[3])
root.update()
print("IDS", json.dumps(list(c.find_all()), separators=(",", ":")), json.dumps(ids, separators=(",", ":")), line)
"""

RUN = """([id, code]) => {
  const block = window.pyroom.get(id);
  block.code = code;
  return block.run();
}"""

SHOWN = """id => [...document.querySelectorAll(`#${id} .pyroom-preview svg.pyroom-tk-canvas-svg [data-item]`)]
  .filter(el => !el.parentElement.closest('[opacity="0"]'))
  .map(el => [Number(el.dataset.item), el.localName, el.getAttribute("points"), el.getAttribute("fill"),
              el.getAttribute("stroke"), el.getAttribute("display")])"""


def test_restack_and_in_place_updates_match_the_shim(chromium, server):
    page = open_page(chromium, server + "/turtledemo.html")
    try:
        page.evaluate("window.pyroom.boot()")
        result = page.evaluate(RUN, [BLOCK, PROGRAM])
        assert result["status"] == "done", result
        line = [row for row in result["stdout"].splitlines() if row.startswith("IDS ")][-1]
        _, order, ids, line_id = line.split(" ")
        order, ids, line_id = json.loads(order), json.loads(ids), int(line_id)
        page.wait_for_function(f"id => ({SHOWN})(id).length === {len(order)}", arg=BLOCK, timeout=30_000)
        shown = {row[0]: row for row in page.evaluate(SHOWN, BLOCK)}
        assert [row[0] for row in page.evaluate(SHOWN, BLOCK)] == order
        # (rectangles and straight lines are drawn as polygon and polyline: their points are not CSS to the browser)
        assert shown[ids[1]][1:6] == ["polygon", "1,2 3,2 3,4 1,4", "#0000ff", None, None]
        assert shown[ids[2]][3] == "#008000" and shown[ids[2]][5] == "none"
        assert shown[ids[4]][2] == "5,6 7,6 7,8 5,8"
        assert shown[line_id][1] == "polyline" and shown[line_id][2] == "0,0 20,20"
        assert page.errors == []
    finally:
        page.context.close()
