"""Fourth round of "programs from the wild": the Canvas and animation, as tutorials, beginner projects and
StackOverflow answers write them (bouncing balls, clocks, plotters, charts, fractals, a canvas text editor,
scrolling, tag searches, images, window items, drag and drop, sprites).
Each is run once with real Tk (CPython's tkinter under Xvfb) and once with Pyroom's tkinter.

As in tk_wild_programs, they drive themselves only through what both answer the same way: ``invoke``, ``set``,
``event_generate`` (with the coordinates given, and keys to a widget that has the focus) and timers run by
``after(...)`` + ``mainloop()`` until the program calls ``quit``. ``tk_wild_runner`` records the widget tree,
geometry, canvas items, ``RESULT`` and what the program printed.
"""

WILD = {
"bouncing_balls": r'''
import tkinter as tk

WIDTH, HEIGHT = 300, 200

class Ball:
    def __init__(self, canvas, x, y, r, dx, dy, color):
        self.canvas = canvas
        self.id = canvas.create_oval(x - r, y - r, x + r, y + r, fill=color, outline="black", width=2)
        self.dx, self.dy = dx, dy
        self.bounces = 0

    def step(self):
        self.canvas.move(self.id, self.dx, self.dy)
        x1, y1, x2, y2 = self.canvas.coords(self.id)
        if x1 <= 0 or x2 >= WIDTH:
            self.dx = -self.dx
            self.bounces += 1
        if y1 <= 0 or y2 >= HEIGHT:
            self.dy = -self.dy
            self.bounces += 1

root = tk.Tk()
root.title("Bouncing balls")
canvas = tk.Canvas(root, width=WIDTH, height=HEIGHT, bg="black", highlightthickness=0)
canvas.pack()
balls = [Ball(canvas, 50, 50, 15, 7, 5, "red"), Ball(canvas, 200, 100, 10, -6, 9, "yellow"),
         Ball(canvas, 150, 150, 20, 4, -3.5, "cyan")]
info = canvas.create_text(WIDTH - 5, 5, text="frame 0", fill="white", anchor="ne", font=("Courier", 10))
frames = 0
trail = []

def animate():
    global frames
    for b in balls:
        b.step()
    frames += 1
    canvas.itemconfigure(info, text="frame %d" % frames)
    if frames % 10 == 0:
        trail.append([round(v, 2) for v in canvas.coords(balls[2].id)])
    if frames < 60:
        root.after(5, animate)
    else:
        root.quit()

root.after(10, animate)
root.mainloop()
print(frames, [b.bounces for b in balls])
RESULT = {"coords": [canvas.coords(b.id) for b in balls], "bbox": [canvas.bbox(b.id) for b in balls],
          "bounces": [b.bounces for b in balls], "trail": trail, "text": canvas.itemcget(info, "text"),
          "infobox": canvas.bbox(info), "all": canvas.bbox("all"), "types": [canvas.type(i) for i in canvas.find_all()]}
''',

"life_clicks": r'''
from tkinter import *

ROWS, COLS, SIZE = 10, 14, 15
grid = {}
alive = set()

def make_board(canvas):
    for r in range(ROWS):
        for c in range(COLS):
            grid[r, c] = canvas.create_rectangle(c * SIZE + 2, r * SIZE + 2, c * SIZE + SIZE + 2, r * SIZE + SIZE + 2,
                                                 fill="white", outline="gray", tags=("cell", "r%d" % r, "c%d" % c))

def toggle(event):
    c, r = (event.x - 2) // SIZE, (event.y - 2) // SIZE
    if (r, c) not in grid:
        return
    item = grid[r, c]
    if canvas.itemcget(item, "fill") == "white":
        canvas.itemconfig(item, fill="black")
        canvas.addtag_withtag("alive", item)
        alive.add((r, c))
    else:
        canvas.itemconfig(item, fill="white")
        canvas.dtag(item, "alive")
        alive.discard((r, c))

def neighbours(r, c):
    return sum((r + dr, c + dc) in alive for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)

def generation():
    global alive
    new = set()
    for r in range(ROWS):
        for c in range(COLS):
            n = neighbours(r, c)
            if n == 3 or (n == 2 and (r, c) in alive):
                new.add((r, c))
    canvas.dtag("alive", "alive")
    for cell, item in grid.items():
        if cell in new:
            canvas.itemconfig(item, fill="black", tags=("cell", "alive"))
        else:
            canvas.itemconfig(item, fill="white")
    alive = new

history = []
def run(n=0):
    generation()
    history.append(len(canvas.find_withtag("alive")))
    if n < 7:
        root.after(1, run, n + 1)
    else:
        root.quit()

root = Tk()
canvas = Canvas(root, width=COLS * SIZE + 4, height=ROWS * SIZE + 4, bg="lightgray")
canvas.pack(padx=5, pady=5)
make_board(canvas)
canvas.bind("<Button-1>", toggle)
root.update()
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3), (6, 8), (6, 9), (6, 10), (6, 10), (0, 13), (9, 0)]:
    canvas.event_generate("<Button-1>", x=c * SIZE + 9, y=r * SIZE + 9)
canvas.event_generate("<Button-1>", x=COLS * SIZE + 3, y=5)
start = sorted(alive)
root.after(1, run)
root.mainloop()
print(history)
RESULT = {"start": start, "alive": sorted(alive), "history": history,
          "tagged": canvas.find_withtag("alive"), "tags": canvas.gettags(grid[0, 0]),
          "row3": canvas.find_withtag("r3 && alive"), "cell_bbox": canvas.bbox(grid[9, 13]),
          "closest": canvas.find_closest(100, 70),
          "fills": [canvas.itemcget(i, "fill") for i in canvas.find_withtag("c3")]}
''',
"analog_clock": r'''
import math
import tkinter as tk

class Clock(tk.Canvas):
    def __init__(self, master, size=220):
        super().__init__(master, width=size, height=size, bg="white", highlightthickness=0)
        self.size = size
        self.cx = self.cy = size / 2
        self.r = size / 2 - 10
        self.create_oval(10, 10, size - 10, size - 10, width=4, outline="navy", tags="face")
        self.create_arc(20, 20, size - 20, size - 20, start=90, extent=-90, style=tk.PIESLICE, fill="#ffeecc",
                        outline="", tags=("face", "quarter"))
        for i in range(60):
            angle = math.radians(i * 6)
            inner = self.r - (12 if i % 5 == 0 else 5)
            x1 = self.cx + inner * math.sin(angle)
            y1 = self.cy - inner * math.cos(angle)
            x2 = self.cx + self.r * math.sin(angle)
            y2 = self.cy - self.r * math.cos(angle)
            self.create_line(x1, y1, x2, y2, width=3 if i % 5 == 0 else 1, tags="tick")
        for h in range(1, 13):
            angle = math.radians(h * 30)
            self.create_text(self.cx + (self.r - 25) * math.sin(angle), self.cy - (self.r - 25) * math.cos(angle),
                             text=str(h), font=("Arial", 10, "bold"), tags="numeral")
        self.hour = self.create_line(self.cx, self.cy, self.cx, self.cy - 50, width=6, capstyle=tk.ROUND, tags="hand")
        self.minute = self.create_line(self.cx, self.cy, self.cx, self.cy - 75, width=4, capstyle=tk.ROUND,
                                       tags="hand")
        self.second = self.create_line(self.cx, self.cy, self.cx, self.cy - 85, fill="red", tags="hand")
        self.create_oval(self.cx - 5, self.cy - 5, self.cx + 5, self.cy + 5, fill="black", tags="pin")
        self.seconds = 3 * 3600 + 59 * 60 + 50

    def hand(self, item, length, fraction):
        angle = fraction * 2 * math.pi
        self.coords(item, self.cx, self.cy, self.cx + length * math.sin(angle), self.cy - length * math.cos(angle))

    def tick(self):
        s = self.seconds
        self.hand(self.second, 85, (s % 60) / 60)
        self.hand(self.minute, 75, (s % 3600) / 3600)
        self.hand(self.hour, 50, (s % 43200) / 43200)
        self.itemconfigure("quarter", extent=-((s % 60) * 6) or -1)
        self.seconds += 1
        if self.seconds % 60 != 5:
            self.after(5, self.tick)
        else:
            self.quit()

root = tk.Tk()
root.title("Clock")
clock = Clock(root)
clock.pack()
clock.tick()
root.mainloop()
c = clock
print(c.seconds)
RESULT = {"hands": [[round(v, 3) for v in c.coords(i)] for i in c.find_withtag("hand")],
          "hand_bbox": [c.bbox(i) for i in c.find_withtag("hand")], "face": c.bbox("face"),
          "arc": [c.itemcget("quarter", k) for k in ("start", "extent", "style")], "arc_bbox": c.bbox("quarter"),
          "numerals": [c.bbox(i) for i in c.find_withtag("numeral")][:4], "ticks": len(c.find_withtag("tick")),
          "cap": c.itemcget(c.hour, "capstyle"), "above": c.find_above(c.second), "below": c.find_below("pin")}
''',
"function_plotter": r'''
import math
from tkinter import *

W, H = 400, 260
X0, Y0 = 40, 130
SX, SY = 30, 40

root = Tk()
root.title("Plotter")
cv = Canvas(root, width=W, height=H, bg="white")
cv.pack(fill=BOTH, expand=YES)

def to_screen(x, y):
    return X0 + x * SX, Y0 - y * SY

cv.create_line(10, Y0, W - 10, Y0, arrow=LAST, tags="axis")
cv.create_line(X0, H - 10, X0, 10, arrow=LAST, tags="axis")
for i in range(1, 12):
    x, _ = to_screen(i, 0)
    cv.create_line(x, Y0 - 3, x, Y0 + 3, tags="axis")
    cv.create_text(x, Y0 + 5, text=str(i), anchor=N, font=("Helvetica", 8), tags="label")
for j in (-2, -1, 1, 2):
    _, y = to_screen(0, j)
    cv.create_text(X0 - 5, y, text=str(j), anchor=E, font=("Helvetica", 8), tags="label")
cv.create_text(W - 10, Y0 - 5, text="x", anchor=SE, tags="label")
cv.create_text(X0 + 5, 10, text="y", anchor=NW, tags="label")
title = cv.create_text(W / 2, H - 5, text="sin(x) and cos(x)/x", anchor=S, font=("Helvetica", 11, "italic"))

flat = []
for k in range(300):
    x = k / 25
    flat.extend(to_screen(x, math.sin(x)))
sine = cv.create_line(flat, fill="blue", width=2, tags=("curve", "sin"))

pairs = [to_screen(k / 10, 2 * math.cos(k / 10) / (1 + k / 10)) for k in range(0, 120, 4)]
cosine = cv.create_line(pairs, fill="red", smooth=True, splinesteps=6, tags=("curve", "cos"))
rough = cv.create_line(*pairs[:10], fill="green", smooth=1, dash=(4, 2), tags="curve")
square = cv.create_line([[X0, Y0 - 60], [X0 + 60, Y0 - 60], [X0 + 60, Y0 + 60]], smooth="raw", width=3)

def zoom():
    cv.scale("curve", X0, Y0, 1, 0.5)
    cv.itemconfigure("cos", splinesteps=20, smooth=False)
    root.quit()

root.after(20, zoom)
root.mainloop()
print(len(cv.coords(sine)) // 2, "points")
RESULT = {"n": len(cv.coords(sine)), "first": [round(v, 3) for v in cv.coords(sine)[:6]],
          "sin_bbox": cv.bbox(sine), "cos_bbox": cv.bbox(cosine), "rough_bbox": cv.bbox(rough),
          "square_bbox": cv.bbox(square), "label_boxes": [cv.bbox(i) for i in cv.find_withtag("label")],
          "title": cv.bbox(title), "axis": cv.bbox("axis"),
          "opts": [cv.itemcget(cosine, k) for k in ("smooth", "splinesteps")],
          "rough": [cv.itemcget(rough, k) for k in ("smooth", "dash", "splinesteps")],
          "square": cv.itemcget(square, "smooth"),
          "anchors": [cv.itemcget(i, "anchor") for i in cv.find_withtag("label")][-3:]}
''',
"bar_chart": r'''
import tkinter as tk

data = {"Mon": 12, "Tue": 30, "Wed": 7, "Thu": 22, "Fri": 41, "Sat": 3, "Sun": 18}

root = tk.Tk()
root.title("Weekly sales")
c = tk.Canvas(root, width=420, height=280, bg="white")
c.pack()
heading = c.create_text(210, 10, text="Sales per day", font=("Helvetica", 14, "bold"), anchor="n")
hx1, hy1, hx2, hy2 = c.bbox(heading)
top = hy2 + 10
bottom = 240
scale = (bottom - top) / max(data.values())
bar_w = 40
gap = 15
x = 30
bars = {}
for day, value in data.items():
    y = bottom - value * scale
    bar = c.create_rectangle(x, y, x + bar_w, bottom, fill="steelblue", outline="navy", width=2, tags=("bar", day))
    bars[day] = bar
    label = c.create_text(x + bar_w / 2, bottom + 4, text=day, anchor="n", tags="day")
    value_text = c.create_text(x + bar_w / 2, y - 2, text=str(value), anchor="s", tags="value")
    lx1, ly1, lx2, ly2 = c.bbox(value_text)
    if ly1 < top:
        c.coords(value_text, x + bar_w / 2, y + 2)
        c.itemconfigure(value_text, anchor="n", fill="white")
    x += bar_w + gap
best = max(data, key=data.get)
c.itemconfig(best, fill="orange")
c.create_line(20, bottom, x, bottom, width=2)
box = c.bbox("bar")
frame = c.create_rectangle(box[0] - 5, box[1] - 5, box[2] + 5, box[3] + 5, outline="gray", dash=(2, 2))
c.tag_lower(frame)

def highlight(event):
    item = c.find_closest(event.x, event.y)[0]
    if "bar" in c.gettags(item):
        c.itemconfigure("bar", fill="steelblue")
        c.itemconfigure(item, fill="gold")
        chosen.append(c.gettags(item)[1])

chosen = []
c.tag_bind("bar", "<Button-1>", highlight)
root.update()
for day in ("Tue", "Sat"):
    x1, y1, x2, y2 = c.coords(bars[day])
    c.event_generate("<Button-1>", x=int(x1 + 10), y=int(y2 - 1))
RESULT = {"heading": c.bbox(heading), "bars": c.bbox("bar"), "values": [c.bbox(i) for i in c.find_withtag("value")],
          "days": [c.bbox(i) for i in c.find_withtag("day")], "chosen": chosen,
          "fills": [c.itemcget(b, "fill") for b in bars.values()], "frame": c.coords(frame),
          "white": [c.itemcget(i, "text") for i in c.find_withtag("value") if c.itemcget(i, "fill") == "white"],
          "first": c.find_all()[0], "bbox_all": c.bbox("all")}
''',
"fractal_tree": r'''
from tkinter import *
import math

root = Tk()
root.title("Fractal tree")
canvas = Canvas(root, width=360, height=320, bg="#f8f8f0")
canvas.pack()
count = [0]

def branch(x, y, length, angle, depth):
    if depth == 0:
        return
    x2 = x + length * math.cos(math.radians(angle))
    y2 = y - length * math.sin(math.radians(angle))
    canvas.create_line(x, y, x2, y2, width=depth * 1.5, fill="sienna" if depth > 2 else "forestgreen",
                       capstyle=ROUND if depth > 3 else BUTT, tags=("branch", "d%d" % depth))
    count[0] += 1
    branch(x2, y2, length * 0.72, angle + 25, depth - 1)
    branch(x2, y2, length * 0.68, angle - 30, depth - 1)

branch(180, 310, 80, 90, 7)
zig = canvas.create_line(20, 40, 60, 20, 100, 40, 140, 20, width=8, joinstyle=MITER, capstyle=PROJECTING)
bevel = canvas.create_line(20, 80, 60, 60, 100, 80, width=8, joinstyle=BEVEL)
arrow1 = canvas.create_line(200, 30, 330, 30, arrow=BOTH, arrowshape=(16, 20, 6), width=2)
arrow2 = canvas.create_line(200, 60, 330, 90, arrow="first", dash=(6, 3), dashoffset=2)
arrow3 = canvas.create_line(330, 110, 200, 110, 200, 140, arrow=LAST, width=5)
canvas.itemconfigure("d1", dash=(2,))
root.update()
canvas.itemconfigure(arrow3, arrowshape="10 10 3")
RESULT = {"count": count[0], "tree": canvas.bbox("branch"), "leaves": canvas.bbox("d1"), "trunk": canvas.bbox("d7"),
          "trunk_opts": [canvas.itemcget("d7", k) for k in ("width", "capstyle", "joinstyle", "fill")],
          "zig": canvas.bbox(zig), "bevel": canvas.bbox(bevel),
          "arrows": [canvas.bbox(a) for a in (arrow1, arrow2, arrow3)],
          "shape": [canvas.itemcget(a, "arrowshape") for a in (arrow1, arrow2, arrow3)],
          "arrow": [canvas.itemcget(a, "arrow") for a in (arrow1, arrow2, arrow3)],
          "dash": [canvas.itemcget(arrow2, "dash"), canvas.itemcget(arrow2, "dashoffset"),
                   canvas.itemcget(canvas.find_withtag("d1")[0], "dash")],
          "zigopts": [canvas.itemcget(zig, "joinstyle"), canvas.itemcget(zig, "capstyle"),
                      canvas.itemcget(bevel, "joinstyle")]}
''',

"canvas_text_editor": r'''
import tkinter as tk

class CanvasEditor:
    def __init__(self, root):
        self.c = tk.Canvas(root, width=360, height=200, bg="white", highlightthickness=0)
        self.c.pack()
        self.title = self.c.create_text(10, 10, text="Title", anchor="nw", font=("Helvetica", 14, "bold"),
                                        tags="editable")
        self.body = self.c.create_text(10, 50, text="Click to edit this text", anchor="nw", width=200,
                                       justify="left", font=("Courier", 11), tags="editable")
        self.note = self.c.create_text(300, 150, text="rotated", angle=30, justify="center", tags="note")
        self.c.tag_bind("editable", "<Button-1>", self.click)
        self.c.bind("<Key>", self.key)
        self.c.bind("<BackSpace>", self.backspace)
        self.c.bind("<Left>", lambda e: self.move(-1))
        self.c.bind("<Right>", lambda e: self.move(1))
        self.c.bind("<Home>", lambda e: self.c.icursor(self.c.focus(), 0))
        self.c.bind("<End>", lambda e: self.c.icursor(self.c.focus(), "end"))
        self.log = []

    def click(self, event):
        self.c.focus_force()
        item = self.c.find_withtag("current")[0]
        self.c.focus(item)
        self.c.icursor(item, "@%d,%d" % (event.x, event.y))
        self.c.select_clear()
        self.log.append(("click", item, self.c.index(item, "insert")))

    def key(self, event):
        item = self.c.focus()
        if not item or not event.char or not event.char.isprintable():
            return
        if self.c.select_item():
            self.c.dchars(item, "sel.first", "sel.last")
            self.c.select_clear()
        self.c.insert(item, "insert", event.char)

    def backspace(self, event):
        item = self.c.focus()
        pos = self.c.index(item, "insert")
        if pos > 0:
            self.c.dchars(item, pos - 1)

    def move(self, delta):
        item = self.c.focus()
        self.c.icursor(item, self.c.index(item, "insert") + delta)

root = tk.Tk()
ed = CanvasEditor(root)
c = ed.c
root.update()
x1, y1, x2, y2 = c.bbox(ed.title)
c.event_generate("<Button-1>", x=x2 - 2, y=y1 + 5)
for ch in "s!":
    c.event_generate("<Key>", keysym=ch if ch.isalnum() else "exclam")
c.event_generate("<Home>")
c.event_generate("<Key>", keysym="A")
c.event_generate("<Key>", keysym="space")
title_after = c.itemcget(ed.title, "text")
bx1, by1, bx2, by2 = c.bbox(ed.body)
c.event_generate("<Button-1>", x=bx1 + 30, y=by1 + 4)
at = c.index(ed.body, "insert")
c.event_generate("<BackSpace>")
c.event_generate("<Right>")
c.event_generate("<Right>")
c.event_generate("<Key>", keysym="X")
c.select_from(ed.body, 0)
c.select_to(ed.body, 4)
sel = (c.select_item(), c.index(ed.body, "sel.first"), c.index(ed.body, "sel.last"))
c.event_generate("<Key>", keysym="Z")
c.insert(ed.body, "end", " -- the end")
c.dchars(ed.body, 0, 0)
RESULT = {"log": ed.log, "title": title_after, "body": c.itemcget(ed.body, "text"), "at": at, "sel": sel,
          "after_sel": c.select_item(), "focus": c.focus(), "insert": c.index(ed.body, "insert"),
          "end": c.index(ed.body, "end"), "at_xy": [c.index(ed.body, "@%d,%d" % (bx1 + dx, by1 + dy))
                                                  for dx, dy in ((0, 0), (50, 5), (199, 5), (5, 30), (500, 500))],
          "title_at": c.index(ed.title, "@0,0"), "body_bbox": c.bbox(ed.body), "title_bbox": c.bbox(ed.title),
          "opts": [c.itemcget(ed.body, k) for k in ("width", "justify", "anchor", "angle", "font")],
          "note": [c.itemcget(ed.note, k) for k in ("angle", "justify", "text")], "note_bbox": c.bbox(ed.note)}
''',
"scrollable_canvas": r'''
from tkinter import *

root = Tk()
root.title("Big map")
frame = Frame(root)
frame.pack(fill=BOTH, expand=True)
hbar = Scrollbar(frame, orient=HORIZONTAL)
vbar = Scrollbar(frame, orient=VERTICAL)
canvas = Canvas(frame, width=300, height=200, bg="white", scrollregion=(0, 0, 1000, 800),
                xscrollcommand=hbar.set, yscrollcommand=vbar.set, xscrollincrement=25)
hbar.config(command=canvas.xview)
vbar.config(command=canvas.yview)
hbar.pack(side=BOTTOM, fill=X)
vbar.pack(side=RIGHT, fill=Y)
canvas.pack(side=LEFT, fill=BOTH, expand=True)
for i in range(0, 1000, 100):
    for j in range(0, 800, 100):
        canvas.create_rectangle(i, j, i + 100, j + 100, outline="#ccc", tags=("grid", "col%d" % (i // 100)))
        canvas.create_text(i + 50, j + 50, text="%d,%d" % (i // 100, j // 100), tags="label")
marker = canvas.create_oval(640, 470, 660, 490, fill="red", tags="marker")
clicks = []
canvas.bind("<Button-1>", lambda e: clicks.append((e.x, e.y, canvas.canvasx(e.x), canvas.canvasy(e.y),
                                                   canvas.find_closest(canvas.canvasx(e.x), canvas.canvasy(e.y)))))
root.update()
views = [(canvas.xview(), canvas.yview())]
canvas.xview_moveto(0.5)
canvas.yview_moveto(0.25)
views.append((canvas.xview(), canvas.yview(), canvas.canvasx(0), canvas.canvasy(0)))
canvas.xview_scroll(2, "units")
canvas.yview_scroll(1, "pages")
views.append((canvas.xview(), canvas.yview(), canvas.canvasx(10), canvas.canvasy(10, 7)))
canvas.event_generate("<Button-1>", x=40, y=60)
canvas.xview(SCROLL, -3, UNITS)
canvas.yview(MOVETO, 2.0)
views.append((canvas.xview(), canvas.yview(), hbar.get(), vbar.get()))
canvas.configure(confine=False)
canvas.xview_moveto(-0.2)
views.append((canvas.xview(), canvas.canvasx(0)))
canvas.configure(confine=True, scrollregion=(-100, -100, 400, 300))
root.update()
views.append((canvas.xview(), canvas.yview(), canvas.canvasx(0), canvas.canvasy(0)))
canvas.configure(xscrollincrement=0, yscrollincrement="0.5i")
canvas.yview_scroll(1, "units")
canvas.xview_scroll(1, "units")
views.append((canvas.xview(), canvas.yview(), canvas["yscrollincrement"], canvas["scrollregion"]))
canvas.event_generate("<Button-1>", x=150, y=100)
RESULT = {"views": views, "clicks": clicks, "region": canvas.cget("scrollregion"), "confine": canvas["confine"],
          "inc": canvas["xscrollincrement"], "marker": canvas.bbox("marker"),
          "labels": len(canvas.find_withtag("label")),
          "col5": canvas.bbox("col5"), "bars": (hbar.get(), vbar.get())}
''',
"find_and_tags": r'''
import tkinter as tk

root = tk.Tk()
c = tk.Canvas(root, width=300, height=200, bg="white")
c.pack()
a = c.create_rectangle(10, 10, 60, 60, fill="red", tags=("a", "shape"))
b = c.create_oval(50, 50, 110, 110, fill="blue", tags=("b", "shape"))
ab = c.create_rectangle(100, 20, 140, 60, tags=("a", "b"))
ln = c.create_line(150, 10, 250, 10, width=5, tags=("line", "a"))
tx = c.create_text(200, 100, text="hello", tags=("label",))
hid = c.create_rectangle(20, 120, 60, 160, fill="green", state="hidden", tags="shape")
poly = c.create_polygon(160, 120, 220, 120, 190, 180, fill="", outline="black", tags=("shape", "tri"))
r = {}
r["and"] = c.find_withtag("a&&b")
r["or_not"] = c.find_withtag("a||!b")
r["xor"] = c.find_withtag("(a^b)")
r["not_shape"] = c.find_withtag("!shape")
r["nested"] = c.find_withtag("(a||b)&&!(shape)")
r["closest"] = [c.find_closest(*p) for p in ((0, 0), (55, 55), (145, 40), (200, 200), (190, 150))]
r["halo"] = [c.find_closest(75, 15, halo=h) for h in (0, 5, 20)]
r["start"] = [c.find_closest(55, 55, start=s) for s in (a, b, ab)]
r["overlap"] = [c.find_overlapping(*box) for box in ((60, 60, 60, 60), (61, 61, 62, 62), (0, 0, 10, 10),
                                                    (140, 5, 160, 12), (15, 125, 25, 130))]
r["enclosed"] = [c.find_enclosed(*box) for box in ((9, 9, 61, 61), (10, 10, 60, 60), (8, 8, 62, 62),
                                                  (0, 0, 300, 200), (140, 0, 260, 20))]
c.itemconfigure("a && !b && !line", outline="purple")
c.itemconfigure("a^b", width=3)
r["outlines"] = [c.itemcget(i, "outline") for i in (a, b, ab)]
r["widths"] = [c.itemcget(i, "width") for i in (a, b, ab, ln)]
c.addtag_above("above_a", a)
c.addtag_below("below_tx", tx)
c.addtag_all("every")
c.addtag_closest("near", 120, 40)
c.addtag_enclosed("inside", 0, 0, 150, 150)
c.addtag_overlapping("touch", 100, 100, 101, 101)
c.addtag_withtag("blue_ones", "b")
c.addtag("extra", "withtag", "label")
r["tags"] = {str(i): c.gettags(i) for i in c.find_all()}
c.dtag("every", "every")
c.dtag(a)
r["after_dtag"] = [c.gettags(a), len(c.find_withtag("every"))]
r["types"] = [c.type(i) for i in c.find_withtag("all")]
r["type_tag"] = c.type("shape")
r["missing"] = (c.find_withtag("nope"), c.type("nope"), c.gettags("nope"), c.bbox("nope"))
r["above"] = (c.find_above(a), c.find_above(poly), c.find_below(a), c.find_below("b"))
RESULT = r
''',
"scale_and_stack": r'''
from tkinter import *

root = Tk()
cv = Canvas(root, width=320, height=240)
cv.pack()
house = [cv.create_rectangle(40, 100, 120, 170, fill="tan", width=3, tags="house"),
         cv.create_polygon(30, 100, 80, 60, 130, 100, fill="brown", outline="black", tags="house"),
         cv.create_rectangle(70, 130, 90, 170, fill="sienna", tags=("house", "door"))]
sun = cv.create_oval(230, 20, 290, 80, fill="yellow", outline="orange", width=6, tags="sun")
rays = [cv.create_arc(210, 0, 310, 100, start=s, extent=20, style=st, outline="orange", tags="rays")
        for s, st in ((0, PIESLICE), (60, CHORD), (120, ARC), (200, "arc"), (300, "chord"))]
blob = cv.create_polygon(150, 180, 180, 150, 220, 170, 210, 210, 160, 220, smooth=True, fill="lightblue",
                         outline="navy", width=2, tags="blob")
boxes = {}
for w in (0, 1, 2, 5, 10):
    boxes[w] = (cv.bbox(cv.create_rectangle(10, 200, 30, 220, width=w, tags="probe")),
                cv.bbox(cv.create_oval(40, 200, 60, 220, width=w, tags="probe")),
                cv.bbox(cv.create_rectangle(70, 200, 90, 220, width=w, outline="", tags="probe")))
cv.delete("probe")
before = cv.bbox("house")
cv.scale("house", 80, 170, 1.5, 0.5)
cv.move("house", 10, -5)
cv.scale(sun, 260, 50, 0.5, 0.5)
cv.scale("rays", 260, 50, 2, 2)
cv.move("rays", 0.5, 0.25)
cv.tag_lower("sun")
cv.lift(house[2])
cv.lower(house[1], house[0])
cv.tag_raise("rays", "blob")
cv.tag_lower(blob, "rays")
cv.itemconfigure(rays[1], start=-45, extent=400)
root.update()
RESULT = {"before": before, "house": [cv.coords(i) for i in house], "house_bbox": cv.bbox("house"),
          "sun": cv.coords(sun), "sun_bbox": cv.bbox(sun), "rays": [cv.bbox(i) for i in rays],
          "ray_opts": [[cv.itemcget(i, k) for k in ("start", "extent", "style")] for i in rays],
          "blob": cv.bbox(blob), "blob_opts": [cv.itemcget(blob, k) for k in ("smooth", "outline", "width")],
          "order": cv.find_all(), "boxes": {str(k): v for k, v in boxes.items()},
          "stack": [cv.find_above(house[0]), cv.find_below(house[0])]}
''',

"image_items": r'''
import tkinter as tk

root = tk.Tk()
canvas = tk.Canvas(root, width=260, height=180, bg="gray90")
canvas.pack()
tile = tk.PhotoImage(width=8, height=8)
tile.put("red", to=(0, 0, 8, 8))
tile.put("blue", to=(2, 2, 6, 6))
tile.put("#00ff00", (0, 0))
big = tile.zoom(3)
small = big.subsample(2, 3)
strip = tk.PhotoImage(width=24, height=8)
strip.tk.call(strip, "copy", tile, "-to", 0, 0)
strip.tk.call(strip, "copy", tile, "-from", 2, 2, 6, 6, "-to", 8, 0, 24, 8)
ids = {}
for anchor, (x, y) in zip(("nw", "center", "se", "s", "e"), ((10, 10), (80, 40), (160, 60), (200, 100), (120, 140))):
    ids[anchor] = canvas.create_image(x, y, image=big, anchor=anchor, tags=("img", anchor))
strip_id = canvas.create_image(20, 120, image=strip, anchor=tk.NW, tags="strip")
empty = canvas.create_image(240, 20)
canvas.itemconfigure("s", image=small)
canvas.move("img", 3, 2)
hits = []
canvas.tag_bind("img", "<Button-1>", lambda e: hits.append(canvas.gettags("current")[1]))
root.update()
for x, y in ((20, 20), (82, 44), (5, 5), (205, 95)):
    canvas.event_generate("<Button-1>", x=x, y=y)
RESULT = {"boxes": {a: canvas.bbox(i) for a, i in ids.items()}, "strip": canvas.bbox(strip_id),
          "empty": [canvas.bbox(empty), canvas.itemcget(empty, "image"), canvas.type(empty)],
          "sizes": [(im.width(), im.height()) for im in (tile, big, small, strip)],
          "pixels": [big.get(1, 1), big.get(10, 10), small.get(0, 0), strip.get(9, 1), strip.get(20, 7)],
          "image_opt": canvas.itemcget(ids["s"], "image") == str(small), "anchor": canvas.itemcget("e", "anchor"),
          "hits": hits, "overlap": canvas.find_overlapping(80, 40, 82, 42), "closest": canvas.find_closest(0, 0)}
''',
"sprite_animation": r'''
from tkinter import *

def make_frame(color, offset):
    img = PhotoImage(width=16, height=16)
    img.put("white", to=(0, 0, 16, 16))
    img.put(color, to=(offset, 4, offset + 6, 12))
    return img

root = Tk()
root.title("Sprite")
cv = Canvas(root, width=240, height=100, bg="black", highlightthickness=0)
cv.pack()
frames = [make_frame(c, o) for c, o in (("red", 0), ("orange", 5), ("yellow", 10))]
sprite = cv.create_image(0, 50, image=frames[0], anchor=W, tags="sprite")
shadow = cv.create_rectangle(0, 60, 16, 62, fill="gray", outline="", tags="shadow")
seen = []
state = {"tick": 0, "dx": 6}

def animate():
    t = state["tick"]
    cv.itemconfigure(sprite, image=frames[t % len(frames)])
    cv.move(sprite, state["dx"], 0)
    x1, y1, x2, y2 = cv.bbox(sprite)
    cv.coords(shadow, x1, 60, x2, 62)
    if x2 >= 240 or x1 <= 0:
        state["dx"] = -state["dx"]
    seen.append((cv.itemcget(sprite, "image") == str(frames[t % 3]), cv.coords(sprite)[0]))
    state["tick"] += 1
    if state["tick"] < 50:
        root.after(3, animate)
    else:
        root.quit()

root.after(1, animate)
root.mainloop()
print(state["tick"], cv.coords(sprite))
RESULT = {"seen": seen[::5], "sprite": cv.bbox(sprite), "shadow": cv.coords(shadow), "dx": state["dx"],
          "frame": cv.itemcget(sprite, "image") == str(frames[49 % 3]), "all": cv.bbox("all")}
''',
"window_items": r'''
import tkinter as tk

root = tk.Tk()
root.title("Form on a canvas")
canvas = tk.Canvas(root, width=320, height=220, bg="lightyellow")
canvas.pack(fill="both", expand=True)
canvas.create_text(160, 15, text="Sign up", font=("Arial", 14, "bold"))
entry = tk.Entry(canvas, width=20)
button = tk.Button(canvas, text="Send", command=lambda: log.append(entry.get()))
frame = tk.Frame(canvas, bg="blue", width=60, height=40)
check = tk.Checkbutton(root, text="Subscribe")
log = []
e_id = canvas.create_window(20, 40, window=entry, anchor="nw", tags="field")
b_id = canvas.create_window(300, 40, window=button, anchor="ne")
f_id = canvas.create_window(160, 120, window=frame, width=100, height=50)
c_id = canvas.create_window(20, 200, window=check, anchor="sw")
l_id = canvas.create_window(250, 190)
canvas.create_rectangle(canvas.bbox(e_id), outline="red", tags="outline")
root.update()
entry.insert(0, "me@example.com")
button.invoke()
before = [canvas.bbox(i) for i in (e_id, b_id, f_id, c_id)]
geoms = [(w.winfo_x(), w.winfo_y(), w.winfo_width(), w.winfo_height()) for w in (entry, button, frame, check)]
canvas.move("field", 10, 20)
canvas.itemconfigure(f_id, width=40, anchor="nw")
canvas.coords(b_id, 310, 150)
root.update()
after = [canvas.bbox(i) for i in (e_id, b_id, f_id, c_id)]
geoms2 = [(w.winfo_x(), w.winfo_y(), w.winfo_width(), w.winfo_height()) for w in (entry, button, frame)]
ps = canvas.postscript(colormode="color")
canvas.delete(b_id)
root.update()
RESULT = {"before": before, "after": after, "geoms": geoms, "geoms2": geoms2, "log": log,
          "opts": [canvas.itemcget(f_id, k) for k in ("width", "height", "anchor", "state")],
          "window": canvas.itemcget(e_id, "window") == str(entry),
          "empty": [canvas.bbox(l_id), canvas.itemcget(l_id, "window")],
          "types": [canvas.type(i) for i in canvas.find_all()], "ps": isinstance(ps, str) and len(ps) > 100,
          "mapped": [button.winfo_ismapped(), entry.winfo_ismapped()],
          "manager": [entry.winfo_manager(), button.winfo_manager()],
          "outline": canvas.coords("outline")}
''',
"chess_drag": r'''
import tkinter as tk

SQ = 40

class Board(tk.Canvas):
    def __init__(self, master):
        super().__init__(master, width=8 * SQ, height=8 * SQ, highlightthickness=0)
        for r in range(8):
            for c in range(8):
                color = "#f0d9b5" if (r + c) % 2 == 0 else "#b58863"
                self.create_rectangle(c * SQ, r * SQ, (c + 1) * SQ, (r + 1) * SQ, fill=color, outline="",
                                      tags=("square", "sq%d%d" % (r, c)))
        for c in range(8):
            self.piece(6, c, "white")
            self.piece(1, c, "black")
        self.tag_bind("piece", "<ButtonPress-1>", self.pick)
        self.tag_bind("piece", "<B1-Motion>", self.drag)
        self.tag_bind("piece", "<ButtonRelease-1>", self.drop)
        self.dragging = None
        self.moves = []

    def piece(self, r, c, color):
        x, y = c * SQ + SQ / 2, r * SQ + SQ / 2
        return self.create_oval(x - 14, y - 14, x + 14, y + 14, fill=color, outline="gray", width=2,
                                tags=("piece", color))

    def pick(self, event):
        item = self.find_withtag("current")[0]
        self.dragging = (item, event.x, event.y, self.coords(item))
        self.tag_raise(item)
        self.itemconfigure(item, width=4, outline="red")

    def drag(self, event):
        item, x, y, start = self.dragging
        self.move(item, event.x - x, event.y - y)
        self.dragging = (item, event.x, event.y, start)

    def drop(self, event):
        item, _x, _y, start = self.dragging
        x1, y1, x2, y2 = self.coords(item)
        c, r = int((x1 + x2) / 2 // SQ), int((y1 + y2) / 2 // SQ)
        under = [i for i in self.find_overlapping(c * SQ + 5, r * SQ + 5, c * SQ + SQ - 5, r * SQ + SQ - 5)
                 if "piece" in self.gettags(i) and i != item]
        if under and self.gettags(under[0])[1] == self.gettags(item)[1]:
            self.coords(item, *start)
            self.moves.append(("blocked", item))
        else:
            for other in under:
                self.delete(other)
            cx, cy = c * SQ + SQ / 2, r * SQ + SQ / 2
            self.coords(item, cx - 14, cy - 14, cx + 14, cy + 14)
            self.moves.append(("moved", item, r, c, len(under)))
        self.itemconfigure(item, width=2, outline="gray")
        self.dragging = None

root = tk.Tk()
board = Board(root)
board.pack()
root.update()

def drag(x0, y0, x1, y1, steps=5):
    board.event_generate("<Motion>", x=x0, y=y0)
    board.event_generate("<ButtonPress-1>", x=x0, y=y0)
    for k in range(1, steps + 1):
        board.event_generate("<B1-Motion>", x=x0 + (x1 - x0) * k // steps, y=y0 + (y1 - y0) * k // steps)
    board.event_generate("<ButtonRelease-1>", x=x1, y=y1)

drag(60, 260, 62, 180)
drag(100, 60, 95, 140)
drag(60, 180, 100, 140)
drag(20, 260, 60, 260)
drag(300, 300, 310, 310)
board.event_generate("<Motion>", x=5, y=5)
RESULT = {"moves": board.moves, "white": [board.coords(i) for i in board.find_withtag("white")][:4],
          "black": len(board.find_withtag("black")), "top": board.find_all()[-3:], "current": board.gettags("current"),
          "sq": board.find_enclosed(40, 120, 80, 160), "closest": board.find_closest(100, 140),
          "under_piece": board.find_overlapping(99, 139, 101, 141)}
''',

"keyboard_mover": r'''
import tkinter as tk

root = tk.Tk()
root.title("Collect the coins")
canvas = tk.Canvas(root, width=300, height=200, bg="white")
canvas.pack()
player = canvas.create_rectangle(10, 10, 30, 30, fill="green", tags="player")
walls = [canvas.create_rectangle(100, 0, 110, 120, fill="gray", tags="wall"),
         canvas.create_rectangle(180, 80, 190, 200, fill="gray", tags="wall")]
coins = [canvas.create_oval(x, y, x + 10, y + 10, fill="gold", tags="coin") for x, y in ((60, 15), (60, 150),
                                                                                        (140, 140), (250, 20))]
score = canvas.create_text(295, 195, text="Score: 0", anchor="se")
points = [0]
blocked = []

def step(dx, dy):
    canvas.move(player, dx, dy)
    x1, y1, x2, y2 = canvas.coords(player)
    hit = [i for i in canvas.find_overlapping(x1, y1, x2, y2) if i != player]
    if any("wall" in canvas.gettags(i) for i in hit) or x1 < 0 or y1 < 0 or x2 > 300 or y2 > 200:
        canvas.move(player, -dx, -dy)
        blocked.append(canvas.coords(player))
        return
    for i in hit:
        if "coin" in canvas.gettags(i):
            canvas.itemconfigure(i, state="hidden")
            canvas.dtag(i, "coin")
            points[0] += 1
            canvas.itemconfigure(score, text="Score: %d" % points[0])

keys = {"Left": (-10, 0), "Right": (10, 0), "Up": (0, -10), "Down": (0, 10)}
for k, (dx, dy) in keys.items():
    root.bind("<%s>" % k, lambda e, dx=dx, dy=dy: step(dx, dy))
root.bind("<space>", lambda e: canvas.moveto(player, 10, 170))
root.update()
root.focus_force()
for k in ["Right"] * 4 + ["Right", "Down"] * 2 + ["Down"] * 10 + ["space"] + ["Right"] * 17 + ["Up"] * 4:
    root.event_generate("<KeyPress-%s>" % k)
RESULT = {"player": canvas.coords(player), "score": canvas.itemcget(score, "text"), "blocked": blocked,
          "coins": canvas.find_withtag("coin"), "hidden": [canvas.itemcget(c, "state") for c in coins],
          "hidden_bbox": [canvas.bbox(c) for c in coins], "all": canvas.bbox("all"),
          "overlap": canvas.find_overlapping(55, 10, 75, 30), "enclosed": canvas.find_enclosed(50, 5, 80, 35)}
''',
"particles": r'''
import random
from tkinter import *

random.seed(7)
root = Tk()
cv = Canvas(root, width=200, height=200, bg="black")
cv.pack()
particles = {}
counts = []

def spawn(n):
    for _ in range(n):
        x, y = 100 + random.randint(-5, 5), 100 + random.randint(-5, 5)
        r = random.choice((1, 2, 3))
        item = cv.create_oval(x - r, y - r, x + r, y + r, fill=random.choice(("red", "orange", "yellow")),
                              outline="", tags=("particle", "young"))
        particles[item] = [random.uniform(-4, 4), random.uniform(-6, 1), 0]

def tick(frame=0):
    if frame % 3 == 0:
        spawn(4)
    for item, p in list(particles.items()):
        p[1] += 0.4
        p[2] += 1
        cv.move(item, p[0], p[1])
        if p[2] == 5:
            cv.dtag(item, "young")
            cv.addtag_withtag("old", item)
        x1, y1, x2, y2 = cv.coords(item)
        if y1 > 200 or x2 < 0 or x1 > 200:
            cv.delete(item)
            del particles[item]
    counts.append((len(cv.find_withtag("particle")), len(cv.find_withtag("young")), len(cv.find_withtag("old"))))
    if frame < 40:
        root.after(2, tick, frame + 1)
    else:
        cv.itemconfigure("old", fill="gray")
        root.quit()

root.after(1, tick)
root.mainloop()
items = cv.find_all()
print(len(items))
RESULT = {"counts": counts[::4], "n": len(items), "first": items[:3], "last": items[-3:],
          "coords": [[round(v, 6) for v in cv.coords(i)] for i in items[:5]], "bbox": cv.bbox("particle"),
          "gray": len([i for i in items if cv.itemcget(i, "fill") == "gray"]), "tags": cv.gettags(items[-1])}
''',
}
