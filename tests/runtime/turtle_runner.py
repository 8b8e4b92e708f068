"""Run one turtle program with CPython's turtle or Pyroom's, then print the final canvas items as JSON.

Usage: python turtle_runner.py {cpython|pyroom} {demo:NAME|own:NAME|pace:SPEED|count:NAME}

Run in a subprocess with DISPLAY set (Xvfb). For ``pyroom`` the module at static/python/turtle.py is loaded
under the name ``pyroom_turtle`` and installed as ``turtle`` in this process only, so that programs (and
CPython's turtledemo) import it unmodified.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
import random
import sys
import time
import tkinter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYROOM_TURTLE = REPO / "static" / "python" / "turtle.py"


def load_turtle(impl: str):
    if impl == "pyroom":
        spec = importlib.util.spec_from_file_location("pyroom_turtle", PYROOM_TURTLE)
        module = importlib.util.module_from_spec(spec)
        sys.modules["pyroom_turtle"] = module
        spec.loader.exec_module(module)
        sys.modules["turtle"] = module
        return module
    return importlib.import_module("turtle")


# --- the programs of our own (run with `from turtle import *` already done) -------------------------

OWN = {
    "circles": """
speed(0)
circle(50)
circle(-30, 120)
circle(80, 45, 5)
circle(40, steps=6)
circle(-60, -200)
lt(33); circle(10, 360, 3)
radians(); circle(25, 3.14159); degrees()
hideturtle()
""",
    "fill": """
speed(0); color("red", "yellow")
begin_fill()
for _ in range(5):
    fd(120); rt(144)
end_fill()
pu(); goto(-150, -100); pd()
fillcolor(0.2, 0.4, 0.6)
begin_fill(); circle(40); end_fill()
begin_fill(); fd(10); end_fill()
print(filling())
""",
    "stamps": """
speed(0); shape("turtle"); color("blue", "orange")
ids = []
for i in range(8):
    fd(30); lt(45); ids.append(stamp())
clearstamp(ids[2])
clearstamps(2)
clearstamps(-1)
shape("circle"); stamp(); shape("square"); shapesize(2, 1, 3); stamp()
""",
    "write": """
speed(0); hideturtle()
write("left", font=("Arial", 12, "normal"))
pu(); goto(0, 40)
write("center", align="center", font=("Courier", 16, "bold"))
goto(0, 80); write("right", align="right")
goto(-100, -60); pd(); color("purple")
write("moved ", move=True, font=("Arial", 14, "italic"))
fd(30)
write(12345, True)
""",
    "shapes": """
speed(0)
for name in ["arrow", "turtle", "circle", "square", "triangle", "classic"]:
    t = Turtle(shape=name)
    t.speed(0); t.pu(); t.goto(-200 + 70 * len(turtles()), 0)
    t.color("green", "pink"); t.stamp()
register_shape("tri", ((0, 0), (10, -5), (0, 10), (-10, -5)))
s = Shape("compound")
s.addcomponent(((0, 0), (10, 0), (10, 10)), "red", "blue")
s.addcomponent(((0, 0), (-10, 0), (-10, -10)), (0.5, 0.5, 0.0))
register_shape("combo", s)
t = Turtle("tri"); t.speed(0); t.pu(); t.goto(0, 80); t.shapesize(3, 2, 4); t.stamp()
t.shearfactor(0.5); t.tilt(30); t.fd(40); t.stamp()
t.shapetransform(2, 0.5, -0.5, 1.5); t.fd(40); t.stamp()
c = Turtle("combo"); c.speed(0); c.pu(); c.goto(0, -80); c.shapesize(3); c.stamp(); c.lt(60); c.fd(30)
c.tiltangle(45)
t.write(str([tuple(round(v, 2) for v in p) for p in t.get_shapepoly()]))
t.resizemode("auto"); t.pensize(12); t.fd(20); t.stamp()
""",
    "world": """
speed(0)
fd(50); lt(90); fd(30)
setworldcoordinates(-10, -10, 10, 10)
speed(0)
circle(5)
goto(8, 8)
write("world", font=("Arial", 10, "normal"))
dot(2, "red")
stamp()
""",
    "logo": """
mode("logo")
speed(0)
fd(100); rt(90); fd(50)
circle(30)
setheading(45); fd(40)
write(round(heading(), 3))
shape("turtle"); stamp()
""",
    "colormode255": """
colormode(255)
speed(0); pensize(3)
for i in range(12):
    pencolor(20 * i, 255 - 20 * i, 100)
    fd(40); lt(30)
bgcolor(30, 30, 60)
fillcolor(255, 128, 0); begin_fill(); circle(30); end_fill()
dot(25, 0, 200, 0)
""",
    "undo": """
speed(0)
for i in range(10):
    fd(20 + i); lt(36)
pencolor("red"); pensize(4)
circle(30)
write("gone")
stamp()
begin_fill(); fd(40); lt(90); fd(40); end_fill()
dot(10)
for _ in range(14):
    undo()
fd(10)
""",
    "clone": """
speed(0); shape("turtle"); color("red", "green")
fd(40); lt(30)
t2 = clone()
t2.color("blue"); t2.fd(80); t2.circle(20)
fd(-60)
t3 = t2.clone(); t3.rt(90); t3.fd(50)
""",
    "tilt_shear": """
speed(0); shape("triangle"); shapesize(4, 2, 2)
for i in range(6):
    tilt(15); shearfactor(i / 10); pu(); fd(40); stamp()
tiltangle(-30); home(); stamp()
write(str(shapetransform()))
""",
    "speedmix": """
speed(1); fd(30); speed(4); lt(90); fd(30); speed(10); circle(20, 90)
speed("fast"); fd(10); speed("slowest"); rt(10)
tracer(3, 0); fd(50); lt(10); fd(10); tracer(1, 0)
pensize(5); pencolor("orange"); goto(-50, -50)
""",
    "tracer0": """
tracer(0)
for i in range(300):
    fd(i * 0.7); lt(59)
update()
""",
    "screen": """
screensize(600, 500, "lightblue")
print(screensize())
bgcolor("#ffeecc")
speed(0); pensize(2)
fd(100)
clearscreen()
speed(0); circle(20)
resetscreen()
speed(0); fd(33); hideturtle(); write(str(getshapes()))
""",
    "rawturtle_app": """
import tkinter as tk
root = getcanvas().winfo_toplevel()
frame = tk.Frame(root)
frame.pack()
cv = tk.Canvas(frame, width=200, height=150, bg="white")
cv.pack()
ts = TurtleScreen(cv)
ts.bgcolor("lightgreen")
a = RawTurtle(ts); a.speed(0); a.circle(40)
b = RawTurtle(cv); b.speed(0); b.color("red"); b.rt(90); b.fd(60)
print(a.screen is b.screen)
""",
    "pen_state": """
speed(0)
pen(pencolor="red", pensize=5, fillcolor="blue")
fd(30)
p = pen()
penup(); fd(20); pendown(); width(2); fd(20)
pen(p, pendown=True); fd(10)
up(); setx(-50); sety(-50); down(); goto((10, -10)); home()
ht(); fd(5); st()
""",
    "teleport": """
speed(0); begin_fill(); fd(50); lt(90); fd(50)
teleport(-100, -100)
fd(30); lt(90); fd(30); end_fill()
teleport(y=80, fill_gap=True); fd(20)
""",
    "context_managers": """
speed(0)
with fill():
    circle(30)
with poly():
    fd(10); lt(90); fd(10)
register_shape("p", get_poly())
shape("p"); stamp()
with no_animation():
    for i in range(20):
        fd(i); rt(20)
""",
}

OWN["events"] = """
speed(0)
root = getcanvas().winfo_toplevel()
canvas = [w for w in root.winfo_children() if w.winfo_class() == "Canvas"][0]
log = Turtle(); log.hideturtle(); log.speed(0); log.pu(); log.goto(-180, 120)
def note(text):
    log.write(text); log.sety(log.ycor() - 14)
def clicked(x, y):
    goto(x, y); note("click %d,%d" % (x, y))
onscreenclick(clicked)
onscreenclick(lambda x, y: note("right"), 3)
onkey(lambda: (fd(30), note("Up released")), "Up")
onkeypress(lambda: (lt(90), note("Left pressed")), "Left")
onkeypress(lambda: note("some key"))
t2 = Turtle("circle"); t2.speed(0); t2.pu(); t2.goto(100, 0); t2.shapesize(2)
t2.onclick(lambda x, y: note("turtle clicked"), add=True)
t2.onrelease(lambda x, y: note("released"))
t2.ondrag(lambda x, y: t2.goto(x, y))
listen()
update()
def at(x, y):
    return {"x": int(round(x - canvas.canvasx(0))), "y": int(round(-y - canvas.canvasy(0)))}
def script():
    canvas.event_generate("<Button-1>", **at(-50, 40))
    canvas.event_generate("<ButtonRelease-1>", **at(-50, 40))
    canvas.event_generate("<Button-3>", **at(0, 0))
    canvas.event_generate("<ButtonRelease-3>", **at(0, 0))
    listen()
    update()
    canvas.event_generate("<KeyPress-Left>")
    canvas.event_generate("<KeyRelease-Left>")
    canvas.event_generate("<KeyPress-Up>")
    canvas.event_generate("<KeyRelease-Up>")
    canvas.event_generate("<KeyPress-a>")
    canvas.event_generate("<Button-1>", **at(100, 0))
    canvas.event_generate("<B1-Motion>", state=256, **at(120, 10))
    canvas.event_generate("<ButtonRelease-1>", state=256, **at(120, 10))
    onscreenclick(None)
    canvas.event_generate("<Button-1>", **at(10, 10))
    canvas.event_generate("<ButtonRelease-1>", **at(10, 10))
ontimer(lambda: note("timer 0"), 0)
ontimer(lambda: note("timer 40"), 40)
ontimer(script, 80)
ontimer(lambda: root.quit(), 300)
mainloop()
"""

# Run for their RESULT, not their drawing (the window is gone at the end).
SCRIPTS = {
    "terminator": """
fd(10)
ontimer(bye, 30)
mainloop()
try:
    fd(10)
    RESULT = "no Terminator"
except Terminator:
    RESULT = "Terminator"
""",
}

# Programs that need a CPython newer than the one running the reference.
OWN_MIN_VERSION = {"teleport": (3, 13), "context_managers": (3, 14)}

# What the reference runs instead when its CPython is too old: the same drawing with older calls.
OWN_FALLBACK = {
    "context_managers": """
speed(0)
begin_fill()
circle(30)
end_fill()
begin_poly()
fd(10); lt(90); fd(10)
end_poly()
register_shape("p", get_poly())
shape("p"); stamp()
_tracing = tracer(); tracer(0)
for i in range(20):
    fd(i); rt(20)
tracer(_tracing)
""",
}


# --- canvas dump --------------------------------------------------------------------------------


def _all_canvases(widget, found):
    for child in widget.winfo_children():
        if isinstance(child, tkinter.Canvas):
            found.append(child)
        _all_canvases(child, found)
    return found


def _image_key(canvas, name):
    if not name:
        return ""
    try:
        width, height = canvas.tk.call("image", "width", name), canvas.tk.call("image", "height", name)
        return f"image {width}x{height}"
    except tkinter.TclError:
        return "image ?"


OPTIONS = {
    "line": ("fill", "width", "capstyle"),
    "polygon": ("fill", "outline", "width"),
    "text": ("text", "fill", "anchor", "font"),
    "image": ("image",),
}


def dump(root) -> list[dict]:
    canvases = []
    for canvas in _all_canvases(root, []):
        items = []
        for item in canvas.find_all():
            kind = canvas.type(item)
            entry = {"type": kind, "coords": [round(c, 2) + 0.0 for c in canvas.coords(item)]}
            for opt in OPTIONS.get(kind, ()):
                value = canvas.itemcget(item, opt)
                if opt == "image":
                    value = _image_key(canvas, value)
                elif opt == "width":
                    value = round(float(value), 2)
                entry[opt] = value
            items.append(entry)
        canvases.append({"bg": canvas.cget("bg"), "scrollregion": canvas.cget("scrollregion"), "items": items})
    return canvases


def _root_of(module):
    screen = module.Turtle._screen
    if screen is not None:
        return screen.getcanvas().winfo_toplevel()
    return tkinter._default_root


def run_demo(module, name):
    demo = importlib.import_module("turtledemo." + name)
    random.seed(1234)
    try:
        result = demo.main()
    except module.Terminator:
        result = "Terminator"
    return result


def run_own(module, name):
    random.seed(1234)
    namespace = {"__name__": "__main__"}
    exec("from turtle import *", namespace)
    code = OWN[name]
    if module.__name__ == "turtle" and sys.version_info < OWN_MIN_VERSION.get(name, (0,)):
        code = OWN_FALLBACK[name]
    exec(code, namespace)
    return "ok"


def run_counts(module):
    """Count screen updates and delays (their total in ms) for reference figures at each speed."""
    counts = {"update": 0, "sleeps": 0, "sleep_ms": 0}

    class CountingCanvas(tkinter.Canvas):
        def update(self):
            counts["update"] += 1
            super().update()

        def after(self, ms, func=None, *args):
            if func is None:
                counts["sleeps"] += 1
                counts["sleep_ms"] += ms
                return None
            return super().after(ms, func, *args)

    root = tkinter.Tk()
    canvas = CountingCanvas(root, width=400, height=300)
    canvas.pack()
    screen = module.TurtleScreen(canvas)
    screen.delay(0)  # count the steps, do not wait for them
    result = {}
    for speed in range(11):
        t = module.RawTurtle(screen)
        t.speed(speed)
        counts.update(update=0, sleeps=0, sleep_ms=0)
        for _ in range(4):
            t.fd(100)
            t.lt(90)
        t.circle(50)
        t.circle(-30, 200, 7)
        t.goto(-120, 80)
        t.setheading(300)
        t.write("x")
        t.dot(10)
        t.undo()
        t.undo()
        result[speed] = dict(counts)
    root.destroy()
    return result


def run_pace(module, speed):
    """Time a square of side 100 and a circle of radius 50 at this speed with the default delay."""
    screen = module.Screen()
    t = module.Turtle()
    t.speed(speed)
    start = time.perf_counter()
    for _ in range(4):
        t.fd(100)
        t.lt(90)
    t.circle(50)
    elapsed = time.perf_counter() - start
    screen.update()
    return elapsed


def main(argv):
    impl, job = argv[1], argv[2]
    module = load_turtle(impl)
    kind, _, name = job.partition(":")
    if kind == "count":
        print(json.dumps(run_counts(module)))
        return
    if kind == "script":
        namespace = {"__name__": "__main__"}
        with contextlib.redirect_stdout(sys.stderr):
            exec("from turtle import *", namespace)
            exec(SCRIPTS[name], namespace)
        print(json.dumps({"result": namespace.get("RESULT")}))
        return
    if kind == "pace":
        print(json.dumps({"elapsed": run_pace(module, int(name))}))
        return
    with contextlib.redirect_stdout(sys.stderr):  # what the program prints must not mix with the JSON
        result = run_demo(module, name) if kind == "demo" else run_own(module, name)
    root = _root_of(module)
    root.update()
    print(json.dumps({"result": str(result), "canvases": dump(root)}))
    root.destroy()


if __name__ == "__main__":
    main(sys.argv)
