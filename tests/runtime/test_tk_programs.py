"""Whole tkinter programs, unmodified, on Pyroom's tkinter with a RecordingDisplay: driven by injected events."""

from __future__ import annotations

TEMPERATURE = """
import tkinter as tk
from tkinter import ttk

def convert(*args):
    try:
        value = float(feet.get())
        meters.set(int(0.3048 * value * 10000.0 + 0.5) / 10000.0)
    except ValueError:
        pass

root = tk.Tk()
root.title("Feet to Meters")
mainframe = ttk.Frame(root, padding="3 3 12 12")
mainframe.grid(column=0, row=0, sticky=(tk.N, tk.W, tk.E, tk.S))
root.columnconfigure(0, weight=1)
root.rowconfigure(0, weight=1)
feet = tk.StringVar()
feet_entry = ttk.Entry(mainframe, width=7, textvariable=feet)
feet_entry.grid(column=2, row=1, sticky=(tk.W, tk.E))
meters = tk.StringVar()
ttk.Label(mainframe, textvariable=meters).grid(column=2, row=2, sticky=(tk.W, tk.E))
calc = ttk.Button(mainframe, text="Calculate", command=convert)
calc.grid(column=3, row=3, sticky=tk.W)
ttk.Label(mainframe, text="feet").grid(column=3, row=1, sticky=tk.W)
for child in mainframe.winfo_children():
    child.grid_configure(padx=5, pady=5)
feet_entry.focus()
root.bind("<Return>", convert)
root.mainloop()
DONE = meters.get()
"""

PAINT = """
import tkinter as tk
root = tk.Tk()
canvas = tk.Canvas(root, width=300, height=200, bg="white")
canvas.pack()
last = None
def down(e):
    global last
    last = (e.x, e.y)
def drag(e):
    global last
    canvas.create_line(last[0], last[1], e.x, e.y, width=3, capstyle="round")
    last = (e.x, e.y)
canvas.bind("<Button-1>", down)
canvas.bind("<B1-Motion>", drag)
root.mainloop()
"""

CLOCK = """
import time
import tkinter as tk
root = tk.Tk()
label = tk.Label(root, font=("Helvetica", 32))
label.pack()
ticks = []
def tick():
    ticks.append(1)
    label.config(text=f"tick {len(ticks)}")
    if len(ticks) == 5:
        root.destroy()
        return
    root.after(1000, tick)
tick()
root.mainloop()
"""


def test_temperature_converter(tk):
    tk.display.inject({"type": "Value", "w": ".!frame.!entry", "value": "10"})
    tk.display.inject({"type": "KeyPress", "w": ".!frame.!entry", "keysym": "Return", "char": "\r"})
    ns = tk.run(TEMPERATURE)
    assert ns["DONE"] == "3.048"
    assert ["focus", ".!frame.!entry"] in tk.display.ops
    assert ["bind", ".!frame.!entry", ["KeyPress"]] in tk.display.ops


def test_paint_program(tk):
    w = ".!canvas"
    tk.display.inject({"type": "ButtonPress", "w": w, "x": 10, "y": 10, "num": 1})
    for x in (20, 30, 40):
        tk.display.inject({"type": "Motion", "w": w, "x": x, "y": 15, "state": 256})
    tk.display.inject({"type": "ButtonRelease", "w": w, "x": 40, "y": 15, "num": 1})
    tk.display.inject({"type": "Motion", "w": w, "x": 50, "y": 15, "state": 0})
    ns = tk.run(PAINT)
    assert ns["canvas"].find_all() == (1, 2, 3)
    assert [op[4] for op in tk.ops("item")] == [[10, 10, 20, 15], [20, 15, 30, 15], [30, 15, 40, 15]]


def test_clock_with_after(tk):
    start = tk.clock.now()
    ns = tk.run(CLOCK)
    assert len(ns["ticks"]) == 5 and round(tk.clock.now() - start) == 4
    texts = [op[2]["text"] for op in tk.ops("config") if op[1] == ".!label" and "text" in op[2]]
    assert texts == [f"tick {i}" for i in range(1, 6)]


def test_degraded_mode_pump(tk):
    tk.display.can_block = False
    ns = tk.run(CLOCK)  # mainloop returns at once
    assert ns["ticks"] == [1]
    t = tk.tk
    wait = t._pyroom_pump()
    assert wait == 1.0
    tk.clock.advance(1.0)
    assert t._pyroom_pump() == 1.0 and ns["ticks"] == [1, 1]
