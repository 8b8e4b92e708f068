"""Tutorial-style tkinter programs on Pyroom's tkinter, driven by the reader's events (RecordingDisplay).

Their deterministic parts are compared with real Tk in tk_diff_programs.TUTORIALS; these tests cover what needs a
reader: modal dialogs, typing, drags.
"""

from __future__ import annotations

DIALOG = """
import tkinter as tk
from tkinter import simpledialog

class AgeDialog(simpledialog.Dialog):
    def body(self, master):
        tk.Label(master, text="Name:").grid(row=0, column=0)
        tk.Label(master, text="Age:").grid(row=1, column=0)
        self.name = tk.Entry(master, name="name")
        self.age = tk.Entry(master, name="age")
        self.name.grid(row=0, column=1)
        self.age.grid(row=1, column=1)
        return self.name

    def validate(self):
        tries.append(self.age.get())
        return self.age.get().isdigit()

    def apply(self):
        self.result = (self.name.get(), int(self.age.get()))

root = tk.Tk()
tries = []
dlg = AgeDialog(root, title="Who are you?")
RESULT = dlg.result
EXISTS = dlg.winfo_exists()
"""


def _dialog_path(tk):
    return next(op[1] for op in tk.ops("window") if op[1] != ".")


def test_simpledialog_subclass_is_modal_and_validates(tk):
    # the dialog is built before the events come: queue them against its (predictable) path names
    top = ".!agedialog"
    tk.display.inject({"type": "Value", "w": f"{top}.!frame.name", "value": "Ann"})
    tk.display.inject({"type": "Value", "w": f"{top}.!frame.age", "value": "old"})
    tk.display.inject({"type": "Invoke", "w": f"{top}.!frame2.!button"})  # OK: validate() refuses
    tk.display.inject({"type": "Value", "w": f"{top}.!frame.age", "value": "42"})
    tk.display.inject({"type": "KeyPress", "w": f"{top}.!frame.age", "keysym": "Return", "char": "\r"})
    ns = tk.run(DIALOG)
    assert _dialog_path(tk) == top
    assert ns["tries"] == ["old", "42"]
    assert ns["RESULT"] == ("Ann", 42) and ns["EXISTS"] == 0
    assert ["focus", f"{top}.!frame.name"] in tk.display.ops


def test_simpledialog_cancel_leaves_result_none(tk):
    tk.display.inject({"type": "Invoke", "w": ".!agedialog.!frame2.!button2"})
    ns = tk.run(DIALOG)
    assert ns["RESULT"] is None and ns["tries"] == []


def test_simpledialog_closed_by_window_manager(tk):
    tk.display.inject({"type": "Close", "w": ".!agedialog"})
    ns = tk.run(DIALOG)
    assert ns["RESULT"] is None and ns["EXISTS"] == 0


DRAG = """
import tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=300, height=200, bg="white")
c.pack()
c.create_rectangle(20, 20, 70, 60, fill="red", tags="token")
c.create_oval(120, 50, 160, 90, fill="blue", tags="token")
drag = {"item": None, "x": 0, "y": 0}
def press(e):
    drag.update(item=c.find_closest(e.x, e.y)[0], x=e.x, y=e.y)
def motion(e):
    c.move(drag["item"], e.x - drag["x"], e.y - drag["y"])
    drag.update(x=e.x, y=e.y)
def release(e):
    drag["item"] = None
c.tag_bind("token", "<ButtonPress-1>", press)
c.tag_bind("token", "<B1-Motion>", motion)
c.tag_bind("token", "<ButtonRelease-1>", release)
root.mainloop()
"""


def test_canvas_drag_with_tag_bindings(tk):
    w = ".!canvas"
    tk.display.inject({"type": "Motion", "w": w, "x": 130, "y": 60, "item": 2})
    tk.display.inject({"type": "ButtonPress", "w": w, "x": 130, "y": 60, "num": 1, "item": 2})
    for x, y in ((140, 70), (150, 90)):
        tk.display.inject({"type": "Motion", "w": w, "x": x, "y": y, "state": 256, "item": 2})
    tk.display.inject({"type": "ButtonRelease", "w": w, "x": 150, "y": 90, "num": 1, "item": 2})
    ns = tk.run(DRAG)
    assert ns["c"].coords(2) == [140.0, 80.0, 180.0, 120.0] and ns["c"].coords(1) == [20.0, 20.0, 70.0, 60.0]
    assert ns["drag"]["item"] is None


EDITOR = """
import tkinter as tk
root = tk.Tk()
text = tk.Text(root, undo=True)
text.pack()
text.insert("1.0", "hello")
changes = []
text.bind("<<Modified>>", lambda e: changes.append(text.edit_modified()))
root.mainloop()
text.edit_undo()
AFTER_ONE = text.get("1.0", "end-1c")
text.edit_undo()
AFTER_TWO = text.get("1.0", "end-1c")
"""


def test_text_undo_groups_reader_typing_apart_from_program_inserts(tk):
    w = ".!text"
    tk.display.inject({"type": "Value", "w": w, "value": "hello ", "cursor": 6})
    tk.display.inject({"type": "Value", "w": w, "value": "hello wo", "cursor": 8})
    tk.display.inject({"type": "Value", "w": w, "value": "Xhello wo", "cursor": 1})  # the reader moved the cursor
    ns = tk.run(EDITOR)
    assert ns["AFTER_ONE"] == "hello wo" and ns["AFTER_TWO"] == "hello"
    assert ns["text"].index("insert") == "1.5"


def test_tcl_after_commands(tk):
    t = tk.tk
    root = t.Tk()
    fired = []
    cmd = root.register(lambda: fired.append(1))
    aid = root.tk.call("after", 10, cmd)
    idle = root.tk.call("after", "idle", cmd)
    assert set(root.tk.call("after", "info")) == {aid, idle}
    assert root.tk.call("after", "info", aid)[1] == "timer"
    tk.clock.advance(0.02)
    root.update()
    assert fired == [1, 1] and root.tk.call("after", "info") == ()


def test_loaded_images_keep_their_pixels_through_zoom_and_put(tk):
    t = tk.tk
    t.Tk()
    gif = "R0lGODlhAgACAIAAAP8AAAAA/ywAAAAAAgACAAACAoRRADs="
    img = t.PhotoImage(data=gif)
    assert [img.get(x, y) for y in range(2) for x in range(2)] == [(255, 0, 0)] * 4  # as real Tk decodes it
    img.put("#00ff00", (0, 0))
    big = img.zoom(3)
    assert (big.width(), big.height(), big.get(2, 2), big.get(3, 0), big.cget("width")) == (
        6, 6, (0, 255, 0), (255, 0, 0), "0")
    assert img.get(0, 0) == (0, 255, 0) and img.get(1, 1) == (255, 0, 0)
