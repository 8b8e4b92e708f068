"""Second round of "programs from the wild": tkinter programs as tutorials, beginner projects and StackOverflow
answers write them, run once with real Tk (CPython's tkinter under Xvfb) and once with Pyroom's tkinter.

They are driven only through what both answer the same way: ``invoke``, ``set``, ``event_generate`` and timers
run by ``after(...)`` + ``mainloop()`` until the program calls ``quit`` itself. ``tk_wild_runner`` records the widget
tree, geometry, canvas items, ``RESULT`` and what the program printed.
"""

WILD = {
"pomodoro": r'''
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
root.title("Pomodoro")
minutes = tk.IntVar(value=25)
remaining = 0
job = None
calls = []
def show(secs):
    m, s = divmod(secs, 60)
    clock.config(text=f"{m:02d}:{s:02d}")
def on_scale(value):
    calls.append(value)
    show(int(float(value)) * 60)
def tick():
    global remaining, job
    remaining -= 30
    show(remaining)
    bar["value"] = bar["maximum"] - remaining
    if remaining <= 0:
        clock.config(text="Break!", fg="green")
        job = None
        print("done", bar["value"])
        root.quit()
        return
    job = root.after(5, tick)
def start():
    global remaining, job
    remaining = minutes.get() * 60
    bar.configure(maximum=remaining, value=0)
    start_btn.config(state="disabled")
    job = root.after(5, tick)
clock = tk.Label(root, text="25:00", font=("Arial", 28, "bold"), width=6)
clock.pack(pady=8)
scale = tk.Scale(root, from_=1, to=60, orient=tk.HORIZONTAL, variable=minutes, command=on_scale,
                 label="Minutes", length=200)
scale.pack(padx=10)
bar = ttk.Progressbar(root, length=200)
bar.pack(pady=4)
start_btn = tk.Button(root, text="Start", command=start)
start_btn.pack(side="left", padx=10, pady=10)
tk.Button(root, text="Quit", command=root.destroy).pack(side="right", padx=10)
before = list(calls)
scale.set(2)
after_set = list(calls)
root.update()
after_update = list(calls)
minutes.set(3)
root.update()
start_btn.invoke()
root.mainloop()
RESULT = {"before": before, "after_set": after_set, "after_update": after_update, "calls": calls,
          "text": clock["text"], "fg": clock["fg"], "state": str(start_btn["state"]), "value": bar["value"],
          "max": bar["maximum"], "scale": scale.get(), "minutes": minutes.get(), "job": job,
          "res": str(scale["resolution"]), "coords": scale.coords(), "ident": scale.identify(5, 5)}
''',
"unit_converter": r'''
import tkinter as tk
from tkinter import ttk
FACTORS = {"meters": 1.0, "feet": 0.3048, "inches": 0.0254, "miles": 1609.344, "kilometers": 1000.0}
root = tk.Tk()
root.title("Unit converter")
root.resizable(False, False)
amount = tk.StringVar(value="1")
src = tk.StringVar(value="meters")
dst = tk.StringVar(value="feet")
out = tk.StringVar()
frm = ttk.Frame(root, padding=10)
frm.grid()
ttk.Label(frm, text="Amount").grid(row=0, column=0, sticky="w")
entry = ttk.Entry(frm, textvariable=amount, width=12)
entry.grid(row=0, column=1, columnspan=2, sticky="ew")
c1 = ttk.Combobox(frm, textvariable=src, values=list(FACTORS), state="readonly", width=10)
c2 = ttk.Combobox(frm, textvariable=dst, values=list(FACTORS), state="readonly", width=10)
c1.grid(row=1, column=0)
ttk.Label(frm, text="\u2192").grid(row=1, column=1)
c2.grid(row=1, column=2)
ttk.Label(frm, textvariable=out, font=("TkDefaultFont", 12, "bold")).grid(row=2, column=0, columnspan=3, pady=6)
def convert(*args):
    try:
        value = float(amount.get())
    except ValueError:
        out.set("enter a number")
        return
    res = value * FACTORS[src.get()] / FACTORS[dst.get()]
    out.set(f"{value:g} {src.get()} = {res:.3f} {dst.get()}")
    print(out.get())
for v in (amount, src, dst):
    v.trace_add("write", convert)
selected = []
c2.bind("<<ComboboxSelected>>", lambda e: selected.append((str(e.widget), e.widget.get())))
convert()
amount.set("12")
c1.current(2)
c2.set("kilometers")
c2.current(3)
c2.event_generate("<<ComboboxSelected>>")
entry.delete(0, "end")
entry.insert(0, "3x")
entry.delete(1, "end")
root.update()
RESULT = {"out": out.get(), "selected": selected, "c1": c1.get(), "cur": [c1.current(), c2.current()],
          "values": list(c1.cget("values")), "state": str(c1.cget("state")), "width": c1.cget("width"),
          "traces": len(amount.trace_info()), "res": root.resizable(), "amount": amount.get(),
          "einfo": entry.index("end")}
''',
"quiz_frames": r'''
import tkinter as tk
QUESTIONS = [("2 + 2 = ?", ["3", "4", "5"], 1), ("Capital of France?", ["Paris", "Rome", "Oslo"], 0),
             ("Python is a ...", ["snake only", "language", "car"], 1)]
class QuizApp(tk.Tk):
    def __init__(self):
        super().__init__()
        self.title("Quiz")
        container = tk.Frame(self)
        container.pack(side="top", fill="both", expand=True)
        container.grid_rowconfigure(0, weight=1)
        container.grid_columnconfigure(0, weight=1)
        self.score = 0
        self.frames = {}
        for i, q in enumerate(QUESTIONS):
            frame = QuestionPage(container, self, i, *q)
            self.frames[i] = frame
            frame.grid(row=0, column=0, sticky="nsew")
        self.frames["end"] = EndPage(container, self)
        self.frames["end"].grid(row=0, column=0, sticky="nsew")
        self.shown = []
        self.show(0)
    def show(self, key):
        frame = self.frames[key]
        frame.tkraise()
        self.shown.append(key)
        if key == "end":
            frame.result.config(text=f"Score: {self.score}/{len(QUESTIONS)}")
class QuestionPage(tk.Frame):
    def __init__(self, parent, app, index, text, choices, answer):
        super().__init__(parent, padx=10, pady=10)
        self.app, self.index, self.answer = app, index, answer
        self.choice = tk.IntVar(value=-1)
        tk.Label(self, text=f"Q{index + 1}. {text}", font=("Arial", 14)).pack(anchor="w")
        for i, c in enumerate(choices):
            tk.Radiobutton(self, text=c, variable=self.choice, value=i).pack(anchor="w")
        self.next = tk.Button(self, text="Next", command=self.submit)
        self.next.pack(anchor="e")
    def submit(self):
        if self.choice.get() == self.answer:
            self.app.score += 1
        nxt = self.index + 1 if self.index + 1 < len(QUESTIONS) else "end"
        self.app.show(nxt)
class EndPage(tk.Frame):
    def __init__(self, parent, app):
        super().__init__(parent)
        self.result = tk.Label(self, text="")
        self.result.pack(expand=True)
        tk.Button(self, text="Restart", command=lambda: app.show(0)).pack()
root = app = QuizApp()
app.update()
app.frames[0].winfo_children()[2].invoke()
app.frames[0].next.invoke()
app.frames[1].winfo_children()[3].select()
app.frames[1].next.invoke()
app.frames[2].winfo_children()[2].invoke()
app.frames[2].next.invoke()
app.frames[1].lift()
app.frames[1].lower(app.frames["end"])
app.update()
top = app.frames["end"].winfo_children()
RESULT = {"shown": app.shown, "score": app.score, "text": app.frames["end"].result["text"],
          "choices": [app.frames[i].choice.get() for i in range(3)],
          "mapped": [f.winfo_ismapped() for f in app.frames.values()],
          "children": [str(c) for c in app.frames[0].master.winfo_children()],
          "geo": [f.winfo_geometry() for f in app.frames.values()],
          "class": app.winfo_class(), "ends": [str(w) for w in top]}
''',
"snake": r'''
import random
import tkinter as tk
random.seed(7)
CELL, W, H = 10, 20, 15
root = tk.Tk()
root.title("Snake")
score_var = tk.StringVar(value="Score: 0")
tk.Label(root, textvariable=score_var, anchor="w").pack(fill="x")
canvas = tk.Canvas(root, width=W * CELL, height=H * CELL, bg="black", highlightthickness=0)
canvas.pack()
snake = [(5, 5), (4, 5), (3, 5)]
direction = "Right"
food = None
steps = 0
state = {"over": False}
OPPOSITE = {"Up": "Down", "Down": "Up", "Left": "Right", "Right": "Left"}
def place_food():
    global food
    while True:
        pos = (random.randrange(W), random.randrange(H))
        if pos not in snake:
            break
    food = pos
    canvas.delete("food")
    x, y = pos
    canvas.create_oval(x * CELL, y * CELL, x * CELL + CELL, y * CELL + CELL, fill="red", tags="food")
def draw():
    canvas.delete("snake")
    for i, (x, y) in enumerate(snake):
        canvas.create_rectangle(x * CELL, y * CELL, x * CELL + CELL, y * CELL + CELL,
                                fill="lime" if i == 0 else "green", outline="", tags=("snake", f"seg{i}"))
def turn(event):
    global direction
    if event.keysym != OPPOSITE[direction]:
        direction = event.keysym
keys = []
def step():
    global steps
    steps += 1
    if steps in PLAN:
        canvas.event_generate(f"<{PLAN[steps]}>")
    dx, dy = {"Up": (0, -1), "Down": (0, 1), "Left": (-1, 0), "Right": (1, 0)}[direction]
    head = (snake[0][0] + dx, snake[0][1] + dy)
    if head in snake or not (0 <= head[0] < W and 0 <= head[1] < H):
        state["over"] = True
        canvas.create_text(W * CELL // 2, H * CELL // 2, text="GAME OVER", fill="white", font=("Arial", 16))
        root.quit()
        return
    snake.insert(0, head)
    if head == food:
        score_var.set(f"Score: {len(snake) - 3}")
        place_food()
    else:
        snake.pop()
    draw()
    root.after(2, step)
for k in ("Up", "Down", "Left", "Right"):
    canvas.bind(f"<{k}>", turn)
canvas.bind("<Key>", lambda e: keys.append(e.keysym))
canvas.focus_set()
PLAN = {3: "Down", 6: "Left", 7: "Right", 9: "Up", 14: "Right"}
place_food()
draw()
food = (9, 8)
canvas.coords("food", 90, 80, 100, 90)
root.update()
canvas.focus_force()
root.after(2, step)
root.mainloop()
RESULT = {"steps": steps, "snake": snake, "score": score_var.get(), "over": state["over"], "dir": direction,
          "keys": keys, "food": canvas.coords("food"), "segs": len(canvas.find_withtag("snake")),
          "hit": canvas.find_overlapping(55, 55, 56, 56), "head": canvas.gettags(canvas.find_withtag("seg0")[0])}
''',
"scrollable_frame": r'''
import tkinter as tk
root = tk.Tk()
root.geometry("260x200")
container = tk.Frame(root)
canvas = tk.Canvas(container, highlightthickness=0, height=180)
scrollbar = tk.Scrollbar(container, orient="vertical", command=canvas.yview)
scrollable = tk.Frame(canvas)
configured = []
def on_frame_configure(event):
    configured.append((event.width, event.height))
    canvas.configure(scrollregion=canvas.bbox("all"))
scrollable.bind("<Configure>", on_frame_configure)
win = canvas.create_window((0, 0), window=scrollable, anchor="nw")
def on_canvas_configure(event):
    canvas.itemconfigure(win, width=event.width)
canvas.bind("<Configure>", on_canvas_configure)
canvas.configure(yscrollcommand=scrollbar.set)
for i in range(25):
    row = tk.Frame(scrollable)
    row.pack(fill="x")
    tk.Label(row, text=f"Item {i}", width=10, anchor="w").pack(side="left")
    tk.Button(row, text="Open", command=lambda i=i: print("open", i)).pack(side="right")
container.pack(fill="both", expand=True)
canvas.pack(side="left", fill="both", expand=True)
scrollbar.pack(side="right", fill="y")
def on_wheel(event):
    canvas.yview_scroll(int(-1 * (event.delta / 120)), "units")
canvas.bind_all("<MouseWheel>", on_wheel)
root.update()
first = {"sr": [int(float(v)) for v in str(canvas.cget("scrollregion")).split()], "yv": canvas.yview(),
         "sb": scrollbar.get(), "bbox": canvas.bbox("all"), "fw": scrollable.winfo_width()}
canvas.yview_moveto(0.5)
canvas.event_generate("<MouseWheel>", delta=-240)
root.update()
scrollable.winfo_children()[3].winfo_children()[1].invoke()
RESULT = {"first": first, "yv": [round(v, 4) for v in canvas.yview()], "cy": canvas.canvasy(0),
          "sb": [round(v, 4) for v in scrollbar.get()], "configured": configured[-1],
          "win": canvas.coords(win), "wcfg": canvas.itemcget(win, "width"), "type": canvas.type(win),
          "inc": str(canvas.cget("yscrollincrement")), "ch": canvas.winfo_height(), "cw": canvas.winfo_width()}
''',
"calendar_grid": r'''
import calendar
import tkinter as tk
root = tk.Tk()
root.title("Calendar")
year, month = 2024, 2
picked = tk.StringVar(value="none")
header = tk.Label(root, text=f"{calendar.month_name[month]} {year}", font=("Arial", 14, "bold"))
header.grid(row=0, column=0, columnspan=7, pady=4)
for col, name in enumerate(["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]):
    tk.Label(root, text=name, fg="red" if col >= 5 else "black").grid(row=1, column=col)
buttons = {}
def pick(day):
    for d, b in buttons.items():
        b.config(relief="raised", bg="SystemButtonFace" if False else "#d9d9d9")
    buttons[day].config(relief="sunken", bg="lightblue")
    picked.set(f"{year}-{month:02d}-{day:02d}")
for r, week in enumerate(calendar.monthcalendar(year, month)):
    for c, day in enumerate(week):
        if day == 0:
            continue
        b = tk.Button(root, text=str(day), width=3, command=lambda d=day: pick(d))
        b.grid(row=r + 2, column=c, padx=1, pady=1, sticky="nsew")
        buttons[day] = b
tk.Label(root, textvariable=picked).grid(row=8, column=0, columnspan=7)
buttons[14].invoke()
buttons[29].invoke()
root.update()
info = buttons[29].grid_info()
RESULT = {"picked": picked.get(), "relief": [buttons[d].cget("relief") for d in (14, 29)],
          "bg": buttons[29]["bg"], "size": root.grid_size(), "info": [info["row"], info["column"], info["sticky"]],
          "slaves": len(root.grid_slaves(column=0)), "row2": [b["text"] for b in root.grid_slaves(row=2)],
          "bbox": root.grid_bbox(0, 2), "loc": root.grid_location(60, 90), "n": len(buttons)}
''',
"notes_app": r'''
import tkinter as tk
root = tk.Tk()
root.title("Untitled - Notes")
saved = {}
state = {"dirty": False}
def set_title():
    root.title(("*" if state["dirty"] else "") + "Untitled - Notes")
def on_modified(event):
    if text.edit_modified():
        state["dirty"] = True
        set_title()
def save(event=None):
    saved["body"] = text.get("1.0", "end-1c")
    state["dirty"] = False
    text.edit_modified(False)
    set_title()
    print("saved", len(saved["body"]))
    return "break"
def new(event=None):
    text.delete("1.0", tk.END)
    text.edit_modified(False)
def select_all(event=None):
    text.tag_add(tk.SEL, "1.0", tk.END)
    text.mark_set(tk.INSERT, "1.0")
    text.see(tk.INSERT)
    return "break"
menubar = tk.Menu(root)
filemenu = tk.Menu(menubar, tearoff=0)
filemenu.add_command(label="New", accelerator="Ctrl+N", command=new)
filemenu.add_command(label="Save", accelerator="Ctrl+S", command=save, underline=0)
filemenu.add_separator()
filemenu.add_command(label="Exit", command=root.destroy)
menubar.add_cascade(label="File", menu=filemenu)
editmenu = tk.Menu(menubar, tearoff=0)
editmenu.add_command(label="Select All", accelerator="Ctrl+A", command=select_all)
editmenu.add_command(label="Cut", command=lambda: text.event_generate("<<Cut>>"))
editmenu.add_command(label="Copy", command=lambda: text.event_generate("<<Copy>>"))
editmenu.add_command(label="Paste", command=lambda: text.event_generate("<<Paste>>"))
menubar.add_cascade(label="Edit", menu=editmenu)
root.config(menu=menubar)
text = tk.Text(root, wrap="word", undo=True, width=40, height=10)
scroll = tk.Scrollbar(root, command=text.yview)
text.configure(yscrollcommand=scroll.set)
scroll.pack(side=tk.RIGHT, fill=tk.Y)
text.pack(side=tk.LEFT, fill=tk.BOTH, expand=True)
text.bind("<<Modified>>", on_modified)
root.bind_all("<Control-s>", save)
root.bind_all("<Control-n>", new)
text.bind("<Control-a>", select_all)
root.update()
text.focus_force()
text.insert("1.0", "Shopping list\n- milk\n- eggs")
root.update()
title1 = root.title()
text.event_generate("<Control-s>")
title2 = root.title()
text.event_generate("<Control-a>")
sel = [str(x) for x in text.tag_ranges("sel")]
editmenu.invoke("Copy")
clip = root.clipboard_get()
text.tag_remove("sel", "1.0", "end")
text.tag_add("sel", "2.0", "3.0")
editmenu.invoke(1)
after_cut = text.get("1.0", "end-1c")
text.mark_set("insert", "end")
editmenu.invoke("Paste")
after_paste = text.get("1.0", "end-1c")
filemenu.entryconfig("Save", state="disabled")
root.update()
RESULT = {"title1": title1, "title2": title2, "saved": saved, "sel": sel, "clip": clip, "cut": after_cut,
          "paste": after_paste, "title3": root.title(), "dirty": state["dirty"],
          "acc": filemenu.entrycget(1, "accelerator"), "sstate": filemenu.entrycget("Save", "state"),
          "idx": [filemenu.index("Exit"), filemenu.index("end"), editmenu.index("Paste")],
          "types": [filemenu.type(i) for i in range(4)], "mod": text.edit_modified(),
          "lines": text.index("end"), "bound": "<Control-Key-s>" in root.bind_all()}
''',
"color_picker": r'''
import tkinter as tk
root = tk.Tk()
root.title("Color picker")
vals = {}
hexes = []
def update_color(_=None):
    r, g, b = (vals[c].get() for c in "RGB")
    color = f"#{r:02x}{g:02x}{b:02x}"
    swatch.config(bg=color)
    hexlabel.config(text=color.upper())
    hexes.append(color)
for row, c in enumerate("RGB"):
    vals[c] = tk.IntVar()
    tk.Label(root, text=c, fg={"R": "red", "G": "green", "B": "blue"}[c]).grid(row=row, column=0)
    s = tk.Scale(root, from_=0, to=255, orient="horizontal", variable=vals[c], command=update_color,
                 length=180, showvalue=False)
    s.grid(row=row, column=1, sticky="ew")
swatch = tk.Canvas(root, width=120, height=60, bg="#000000", highlightthickness=1,
                   highlightbackground="gray")
swatch.grid(row=0, column=2, rowspan=3, padx=8)
hexlabel = tk.Label(root, text="#000000", font="TkFixedFont")
hexlabel.grid(row=3, column=0, columnspan=3)
root.grid_columnconfigure(1, weight=1)
col1 = [str(w) for w in root.grid_slaves(column=1)]
scales = [w for w in root.grid_slaves(column=1) if isinstance(w, tk.Scale)][::-1]
scales[0].set(255)
scales[1].set(128)
root.update()
vals["B"].set(64)
root.update()
update_color()
RESULT = {"bg": swatch["bg"], "hex": hexlabel["text"], "hexes": hexes, "rgb": root.winfo_rgb(swatch["bg"]),
          "vals": [vals[c].get() for c in "RGB"], "scales": [s.get() for s in scales],
          "show": str(scales[0]["showvalue"]), "hb": str(swatch["highlightbackground"]),
          "order": [str(s) for s in scales], "col1": col1}
''',
"treeview_editor": r'''
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
root.title("Inventory")
cols = ("item", "qty", "price")
tree = ttk.Treeview(root, columns=cols, show="headings", height=6)
data = [("apple", 12, 0.5), ("pear", 3, 0.75), ("kiwi", 40, 0.2), ("mango", 7, 1.5), ("plum", 21, 0.3)]
tree.tag_configure("odd", background="#f0f0ff")
tree.tag_configure("even", background="white")
tree.tag_configure("low", foreground="red")
def restripe():
    for i, iid in enumerate(tree.get_children()):
        tags = [t for t in tree.item(iid, "tags") if t not in ("odd", "even")]
        tree.item(iid, tags=tags + ["odd" if i % 2 else "even"])
def sort_column(col, reverse):
    rows = [(tree.set(k, col), k) for k in tree.get_children("")]
    try:
        rows.sort(key=lambda t: float(t[0]), reverse=reverse)
    except ValueError:
        rows.sort(reverse=reverse)
    for index, (val, k) in enumerate(rows):
        tree.move(k, "", index)
    tree.heading(col, command=lambda: sort_column(col, not reverse))
    restripe()
for c in cols:
    tree.heading(c, text=c.capitalize(), command=lambda c=c: sort_column(c, False))
    tree.column(c, width=90, anchor="e" if c != "item" else "w")
for i, row in enumerate(data):
    tree.insert("", tk.END, iid=f"r{i}", values=row, tags=("low",) if row[1] < 10 else ())
restripe()
tree.pack(fill="both", expand=True)
edits = []
def edit(iid, col, value):
    tree.set(iid, col, value)
    edits.append({k: str(v) for k, v in tree.set(iid).items()})  # (Tk keeps a number set here a number)
tree.bind("<<TreeviewSelect>>", lambda e: edits.append(("sel", tree.selection())))
root.update()
tree.heading("qty")["command"]
hcmd = tree.heading("qty", "command")
sort_column("qty", False)
by_qty = list(tree.get_children())
sort_column("qty", True)
by_qty_rev = list(tree.get_children())
sort_column("item", False)
edit("r1", "qty", 99)
tree.item("r3", values=("mango", 8, 1.25))
tree.selection_set("r2")
root.update()
tree.delete("r4")
new = tree.insert("", 0, values=("fig", 1, 2.0))
restripe()
root.update()
RESULT = {"by_qty": by_qty, "rev": by_qty_rev, "order": [tree.set(k, "item") for k in tree.get_children()],
          "edits": [list(e) if isinstance(e, tuple) else e for e in edits], "r3": tree.item("r3", "values"),
          "tags": {k: list(tree.item(k, "tags")) for k in tree.get_children()},
          "has": list(tree.tag_has("low")), "tagbg": tree.tag_configure("odd", "background"),
          "new": tree.index(new), "values": [str(v) for v in tree.item("r1")["values"]], "set": tree.set("r0", "price"),
          "heading": tree.heading("item", "text"), "col": tree.column("qty", "anchor"),
          "exists": tree.exists("r4"), "sel": list(tree.selection()), "next": tree.next("r0"),
          "prev": tree.prev("r0"), "cols": list(tree["columns"])}
''',
"validated_form": r'''
import tkinter as tk
root = tk.Tk()
root.title("Order form")
log = []
def check_qty(P, S, d):
    log.append(("qty", P, S, d))
    return P == "" or (P.isdigit() and int(P) <= 50)
def check_name(P, V):
    log.append(("name", P, V))
    if V == "focusout":
        return len(P) >= 2
    return len(P) <= 8
def rejected(P):
    log.append(("rejected", P))
form = tk.Frame(root, padx=8, pady=8)
form.pack()
tk.Label(form, text="Name").grid(row=0, column=0, sticky="w")
name = tk.Entry(form, validate="all",
                validatecommand=(root.register(check_name), "%P", "%V"),
                invalidcommand=(root.register(rejected), "%P"))
name.grid(row=0, column=1)
tk.Label(form, text="Qty").grid(row=1, column=0, sticky="w")
qty_var = tk.StringVar(value="1")
qty = tk.Spinbox(form, from_=1, to=50, textvariable=qty_var, width=5, validate="key",
                 validatecommand=(root.register(check_qty), "%P", "%S", "%d"))
qty.grid(row=1, column=1, sticky="w")
size = tk.Spinbox(form, values=("S", "M", "L", "XL"), wrap=True, width=4, state="readonly")
size.grid(row=2, column=1, sticky="w")
steps = tk.Spinbox(form, from_=0, to=1, increment=0.25, format="%.2f", width=6)
steps.grid(row=3, column=1, sticky="w")
root.update()
name.focus_force()
root.update()
name.insert(0, "Bo")
name.insert("end", "bbyTheLongName")
name.delete(0, "end")
name.insert(0, "A")
qty.focus_force()
root.update()
qty.insert("end", "2")
qty.insert("end", "x")
qty.delete(0, "end")
qty.insert(0, "99")
qty.insert(0, "7")
qty.invoke("buttonup")
up1 = qty.get()
size.invoke("buttonup")
size.invoke("buttonup")
size.invoke("buttondown")
sz = size.get()
for _ in range(5):
    steps.invoke("buttonup")
RESULT = {"log": log, "name": name.get(), "qty": qty.get(), "qv": qty_var.get(), "up1": up1, "size": sz,
          "steps": steps.get(), "nvalid": name.cget("validate"), "qvalid": str(qty["validate"]),
          "values": str(size.cget("values")), "sstate": str(size["state"]), "fmt": steps["format"],
          "wrap": str(size["wrap"]), "inc": steps["increment"]}
''',
"drawing_app": r'''
import tkinter as tk
root = tk.Tk()
root.title("Paint")
color = "black"
width = tk.IntVar(value=3)
points = []
strokes = []
def choose(c):
    global color
    color = c
    for b in palette.winfo_children():
        b.config(relief="sunken" if b.cget("bg") == c else "raised")
def start(e):
    points.clear()
    points.extend([e.x, e.y])
def paint(e):
    points.extend([e.x, e.y])
    if len(points) >= 4:
        canvas.delete("current_stroke")
        canvas.create_line(*points, fill=color, width=width.get(), smooth=True, splinesteps=36,
                           capstyle=tk.ROUND, joinstyle=tk.ROUND, tags="current_stroke")
def finish(e):
    if len(points) >= 4:
        canvas.dtag("current_stroke", "current_stroke")
        strokes.append((color, len(points) // 2))
    points.clear()
palette = tk.Frame(root)
palette.pack(side="top", fill="x")
for c in ("black", "red", "green", "blue"):
    tk.Button(palette, bg=c, width=2, command=lambda c=c: choose(c)).pack(side="left", padx=2, pady=2)
tk.Scale(palette, from_=1, to=10, orient="horizontal", variable=width, showvalue=0).pack(side="left")
tk.Button(palette, text="Clear", command=lambda: canvas.delete("all")).pack(side="right")
canvas = tk.Canvas(root, width=300, height=200, bg="white", cursor="pencil")
canvas.pack()
canvas.bind("<ButtonPress-1>", start)
canvas.bind("<B1-Motion>", paint)
canvas.bind("<ButtonRelease-1>", finish)
root.update()
def stroke(pts):
    canvas.event_generate("<ButtonPress-1>", x=pts[0][0], y=pts[0][1])
    for x, y in pts[1:]:
        canvas.event_generate("<B1-Motion>", x=x, y=y)
    canvas.event_generate("<ButtonRelease-1>", x=pts[-1][0], y=pts[-1][1])
stroke([(10, 10), (30, 40), (60, 45), (90, 20)])
palette.winfo_children()[1].invoke()
width.set(6)
stroke([(100, 100), (120, 150), (180, 160)])
stroke([(5, 190)])
palette.winfo_children()[3].invoke()
stroke([(200, 20), (250, 30)])
RESULT = {"strokes": strokes, "color": color, "reliefs": [b["relief"] for b in palette.winfo_children()[:4]],
          "n": len(canvas.find_all()), "cursor": canvas["cursor"],
          "opts": [[canvas.itemcget(i, k) for k in ("splinesteps", "joinstyle", "smooth", "width")]
                   for i in canvas.find_all()], "tags": [canvas.gettags(i) for i in canvas.find_all()]}
''',
"progress_modes": r'''
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
root.title("Downloader")
progress_var = tk.DoubleVar()
label = ttk.Label(root, text="Ready")
label.pack(padx=10, pady=5)
pb = ttk.Progressbar(root, orient="horizontal", length=220, mode="determinate", variable=progress_var, maximum=100)
pb.pack(padx=10, pady=5)
busy = ttk.Progressbar(root, orient="horizontal", length=220, mode="indeterminate")
busy.pack(padx=10, pady=5)
seen = []
def download(chunk=0):
    progress_var.set(chunk * 20)
    label.config(text=f"{chunk * 20}%")
    seen.append(pb["value"])
    if chunk < 5:
        root.after(3, download, chunk + 1)
    else:
        label["text"] = "Processing..."
        busy.start(10)
        pb.configure(mode="indeterminate")
        root.after(30, finish)
def finish():
    busy.stop()
    pb.configure(mode="determinate")
    progress_var.set(0)
    label.config(text="Done")
    root.quit()
btn = ttk.Button(root, text="Download", command=download)
btn.pack(pady=5)
btn.invoke()
root.mainloop()
pb.step(30)
after_step = pb["value"]
pb.step(80)
wrapped = pb["value"]
busy.configure(value=5)
busy.step()
RESULT = {"seen": [float(v) for v in seen], "label": label["text"], "var": progress_var.get(),
          "after_step": float(after_step), "wrapped": float(wrapped), "busy": float(busy["value"]),
          "modes": [str(pb["mode"]), str(busy["mode"])], "len": [pb["length"], busy["length"]],
          "max": [pb["maximum"], busy.cget("maximum")], "orient": str(pb["orient"]),
          "var_name": str(pb["variable"]) == str(progress_var)}
''',
"image_viewer": r'''
import base64, struct, zlib
import tkinter as tk
def png(w, h, rgb):
    raw = b"".join(b"\x00" + b"".join(bytes(rgb(x, y)) for x in range(w)) for y in range(h))
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
root = tk.Tk()
root.title("Viewer")
images = [
    tk.PhotoImage(data=base64.b64encode(png(40, 30, lambda x, y: (x * 6, y * 8, 128)))),
    tk.PhotoImage(data=png(16, 16, lambda x, y: (255, 0, 0) if (x // 4 + y // 4) % 2 else (255, 255, 255))),
    tk.PhotoImage(format="png", data=base64.b64encode(png(24, 12, lambda x, y: (0, 200, 0))).decode()),
]
index = tk.IntVar(value=0)
caption = tk.StringVar()
view = tk.Label(root, bd=2, relief="groove", bg="gray20")
view.pack(padx=10, pady=10)
tk.Label(root, textvariable=caption).pack()
def show(i):
    i %= len(images)
    index.set(i)
    img = images[i]
    view.config(image=img)
    view.image = img
    caption.set(f"{i + 1}/{len(images)}  {img.width()}x{img.height()}")
nav = tk.Frame(root)
nav.pack()
prev = tk.Button(nav, text="< Prev", command=lambda: show(index.get() - 1))
nxt = tk.Button(nav, text="Next >", command=lambda: show(index.get() + 1))
prev.pack(side="left")
nxt.pack(side="left")
thumbs = tk.Frame(root)
thumbs.pack()
small = [im.subsample(2) for im in images]
for i, im in enumerate(small):
    tk.Button(thumbs, image=im, command=lambda i=i: show(i)).pack(side="left")
show(0)
root.update()
first = [view.winfo_reqwidth(), view.winfo_reqheight()]
nxt.invoke()
nxt.invoke()
nxt.invoke()
prev.invoke()
root.update()
RESULT = {"caption": caption.get(), "index": index.get(), "pix": [images[0].get(5, 2), images[1].get(5, 1)],
          "sizes": [[im.width(), im.height()] for im in small], "first": first,
          "image": str(view["image"]) == str(images[2]), "type": images[0].type(),
          "names": all(str(im) in root.image_names() for im in images),
          "thumbpix": small[1].get(2, 0)}
''',
"listbox_two_scrollbars": r'''
import tkinter as tk
root = tk.Tk()
root.title("Log viewer")
frame = tk.Frame(root)
frame.grid(row=0, column=0, sticky="nsew")
root.rowconfigure(0, weight=1)
root.columnconfigure(0, weight=1)
xsb = tk.Scrollbar(frame, orient=tk.HORIZONTAL)
ysb = tk.Scrollbar(frame, orient=tk.VERTICAL)
lb = tk.Listbox(frame, width=30, height=8, xscrollcommand=xsb.set, yscrollcommand=ysb.set,
                selectmode=tk.EXTENDED, font=("TkFixedFont", 10))
xsb.config(command=lb.xview)
ysb.config(command=lb.yview)
lb.grid(row=0, column=0, sticky="nsew")
ysb.grid(row=0, column=1, sticky="ns")
xsb.grid(row=1, column=0, sticky="ew")
frame.rowconfigure(0, weight=1)
frame.columnconfigure(0, weight=1)
for i in range(40):
    lb.insert(tk.END, f"{i:03d} " + ("INFO  request served in %d ms" % (i * 7)) + " " + "-" * (i % 15))
lb.itemconfig(5, fg="red")
root.update()
v0 = [lb.xview(), lb.yview(), xsb.get(), ysb.get()]
lb.xview_moveto(0.5)
lb.yview_scroll(3, "units")
lb.see(39)
lb.selection_set(2, 4)
lb.selection_includes(3)
lb.selection_clear(3)
root.update()
v1 = [lb.xview(), lb.yview(), xsb.get(), ysb.get()]
lb.xview_scroll(-2, "pages")
lb.yview(10)
root.update()
RESULT = {"v0": [[round(a, 4) for a in v] for v in v0], "v1": [[round(a, 4) for a in v] for v in v1],
          "v2": [[round(a, 4) for a in v] for v in (lb.xview(), lb.yview())], "sel": lb.curselection(),
          "nearest": lb.nearest(0), "size": lb.size(), "fg": lb.itemcget(5, "fg"), "bbox": lb.bbox(10),
          "get": lb.get(2), "slice": list(lb.get(0, 1))}
''',
"star_import_place": r'''
from tkinter import *
from tkinter import font as tkfont
root = Tk()
root.wm_geometry("320x240+40+30")
root.update_idletasks()
f = tkfont.Font(root, family="Arial", size=14, weight="bold")
title = "Dashboard"
banner = Label(root, text=title, font=f, bg="navy", fg="white")
banner.place(relx=0, rely=0, relwidth=1, height=f.metrics("linespace") + 10)
side = Frame(root, bg="#333333")
side.place(relx=0, rely=0.15, relwidth=0.25, relheight=0.85)
for i, name in enumerate(("Home", "Stats", "Help")):
    Button(side, text=name, relief=FLAT).place(relx=0.5, y=10 + i * 32, anchor=N, relwidth=0.9)
main = Frame(root, bg="white")
main.place(relx=0.25, rely=0.15, relwidth=0.75, relheight=0.85)
card = Label(main, text="42", font=("Arial", 24), bg="#eeeeee")
card.place(relx=0.5, rely=0.5, anchor=CENTER, width=100, height=60)
footer = Label(main, text="v1.0", bg="white", fg="gray")
footer.place(relx=1.0, rely=1.0, x=-4, y=-2, anchor=SE)
events = []
root.bind("<<RefreshData>>", lambda e: events.append(("refresh", str(e.widget))))
main.bind("<<CardClicked>>", lambda e: (events.append(("card", e.x, e.y)), card.config(text="43")))
root.update_idletasks()
q = [card.winfo_x(), card.winfo_y(), card.winfo_width(), card.winfo_height(), footer.winfo_x(), footer.winfo_y()]
root.event_generate("<<RefreshData>>")
main.event_generate("<<CardClicked>>", x=7, y=9)
root.wm_geometry("400x300")
root.update()
q2 = [card.winfo_x(), card.winfo_y(), main.winfo_width(), main.winfo_height(), banner.winfo_height()]
info = {k: str(v) for k, v in card.place_info().items() if k != "in"}
card.place_configure(relx=0.25)
root.update()
print(title, f.measure(title), f.actual("weight"), f.metrics("fixed"))
RESULT = {"q": q, "q2": q2, "events": events, "card": card["text"], "info": info,
          "measure": f.measure(title), "cx": card.winfo_x(), "slaves": [str(s) for s in main.place_slaves()],
          "geo": root.wm_geometry().split("+")[0], "root": [root.winfo_width(), root.winfo_height()],
          "mgr": card.winfo_manager(), "consts": [N, SE, CENTER, FLAT, END]}
''',
"palette_themes": r"""
# A "theme switcher" as beginners write one with tk_setPalette / tk_bisque.
import tkinter as tk

root = tk.Tk()
root.title("Themes")
frame = tk.Frame(root, padx=8, pady=8)
frame.pack()
title = tk.Label(frame, text="Settings")
title.grid(row=0, column=0, columnspan=2)
warn = tk.Button(frame, text="Delete", bg="red")
warn.grid(row=1, column=0)
entry = tk.Entry(frame)
entry.grid(row=1, column=1)
box = tk.Listbox(frame, height=3)
box.grid(row=2, column=0, columnspan=2)
scale = tk.Scale(frame, orient="horizontal")
scale.grid(row=3, column=0, columnspan=2)
OPTS = ("background", "foreground", "activebackground", "activeforeground", "highlightbackground",
        "selectbackground", "selectforeground", "troughcolor", "disabledforeground", "insertbackground")


def colours(w):
    return {o: str(w.cget(o)) for o in OPTS if o in w.keys()}


seen = []
for theme in ("#1e1e1e", dict(background="white", foreground="navy", selectBackground="orange"), "bisque"):
    if theme == "bisque":
        root.tk_bisque()
    elif isinstance(theme, dict):
        root.tk_setPalette(**theme)
    else:
        root.tk_setPalette(theme)
    later = tk.Label(frame, text="later")
    seen.append([colours(w) for w in (root, frame, title, warn, entry, box, scale, later)])
    later.destroy()
try:
    root.tk_setPalette(foreground="red")
except tk.TclError as exc:
    seen.append(str(exc))
RESULT = {"seen": seen, "db": root.option_get("background", "Background")}
""",
"text_embeds": r"""
# Widgets and images inside a Text: the "checklist in a scrolled Text" trick and a chat log with icons.
import tkinter as tk

root = tk.Tk()
root.title("Embeds")
todo = tk.Text(root, width=28, height=6, wrap="none")
todo.pack(fill="x")
checks = []
for i, task in enumerate(["Buy milk", "Write report", "Call Bob"]):
    var = tk.IntVar(master=root, value=i % 2)
    cb = tk.Checkbutton(todo, text=task, variable=var, bg="white", anchor="w")
    todo.window_create("end", window=cb)
    todo.insert("end", "\n")
    checks.append((cb, var))
todo.configure(state="disabled")
chat = tk.Text(root, width=28, height=5)
chat.pack(fill="x")
smile = tk.PhotoImage(width=12, height=12)
smile.put("yellow", to=(0, 0, 12, 12))
chat.insert("end", "ann: hello ")
first = chat.image_create("end", image=smile)
chat.insert("end", "\nbob: hi ")
second = chat.image_create("end", image=smile, padx=2)
third = chat.image_create("end", image=smile, name="wave")
chat.insert("end", " there")
send = tk.Button(chat, text="Send", padx=2, pady=0)
chat.window_create("1.3", window=send, align="top", pady=1)
root.update()
log = [first, second, third, chat.get("1.0", "end"), chat.index("end"), chat.index("wave"), chat.index(send),
       chat.count("1.0", "end"), chat.count("1.0", "end", "chars", "lines"),
       chat.dump("2.0", "2.end"), chat.dump("1.0", "1.end", window=True, image=True),
       sorted(chat.image_names()), chat.window_names(), chat.image_cget("wave", "padx"),
       chat.window_cget(send, "align"), chat.search("there", "1.0"), chat.compare(send, "<", "1.5"),
       [(w.winfo_manager(), w.winfo_x(), w.winfo_y(), w.winfo_width(), w.winfo_height()) for w, _ in checks],
       [send.winfo_x(), send.winfo_y(), send.winfo_width(), send.winfo_height()]]
send.configure(text="Go")
chat.window_configure(send, padx=4)
chat.image_configure(second, align="bottom")
root.update()
log.append([chat.window_cget("1.3", "padx"), chat.image_cget(second, "align")])
chat.delete("1.0", "1.5")  # the button's segment is deleted: Tk destroys the window
root.update()
log += [send.winfo_exists(), chat.get("1.0", "end"), chat.window_names(), chat.index("wave")]
for bad in (lambda: chat.window_cget("1.0", "padx"), lambda: chat.image_create("end", image=smile, bogus=1),
            lambda: chat.image_configure("wave", align="middle")):
    try:
        bad()
    except tk.TclError as exc:
        log.append(str(exc))
log.append(chat.get("1.0", "end"))
checks[0][0].invoke()
log.append([v.get() for _, v in checks])
form = tk.Text(root, width=30, height=3)
form.pack()
form.insert("1.0", "Name  Age  Go")
form.window_create("1.5", window=tk.Entry(form, width=6), align="top", pady=2)
form.window_create("1.10", window=tk.Label(form, text="yrs"), align="bottom")
form.window_create("1.end", window=tk.Label(form, text="B", bg="gold"), align="baseline")
form.image_create("1.0", image=smile, align="center", padx=3)
form.insert("end", "\nsecond line")
root.update()
log.append([form.bbox(i) for i in ("1.0", "1.1", "1.6", "1.11", "1.end", "2.3")])
log.append([(w.winfo_x(), w.winfo_y(), w.winfo_width(), w.winfo_height()) for w in form.winfo_children()])
RESULT = {"log": log}
""",
"window_ids_and_atoms": r"""
# Window ids and X atoms, as programs that talk to the window system (or print debugging info) use them.
import tkinter as tk

root = tk.Tk()
button = tk.Button(root, text="Press")
button.pack()
root.update()
log = [root.winfo_pathname(root.winfo_id()), root.winfo_pathname(button.winfo_id()),
       button.winfo_pathname(hex(button.winfo_id())), [root.winfo_atom(n) for n in ("PRIMARY", "STRING", "WM_CLASS")],
       [root.winfo_atomname(i) for i in (1, 4, 31, 39, 68)]]
mine = root.winfo_atom("PYROOM_TEST")
log += [root.winfo_atom("PYROOM_TEST") == mine, root.winfo_atomname(mine), mine > 68]
for bad in (lambda: root.winfo_atomname(99999), lambda: root.winfo_pathname(12345)):
    try:
        bad()
    except tk.TclError as exc:
        log.append(str(exc))
RESULT = {"log": log}
""",
"dnd_lists": r"""
# Moving cards between two boxes with tkinter.dnd, the standard library's drag and drop protocol.
import tkinter as tk
from tkinter import dnd

root = tk.Tk()
root.geometry("320x160+0+0")
log = []


class Card(tk.Label):
    def __init__(self, master, text):
        super().__init__(master, text=text, relief="raised", bd=2, padx=6)
        self.bind("<ButtonPress-1>", self.press)

    def press(self, event):
        handler = dnd.dnd_start(self, event)
        log.append(("start", self["text"], handler is not None, self["cursor"]))

    def dnd_end(self, target, event):
        log.append(("end", self["text"], getattr(target, "name", None), self["cursor"]))


class Box(tk.Frame):
    def __init__(self, master, name):
        super().__init__(master, width=140, height=140, bd=2, relief="sunken")
        self.name = name
        self.pack_propagate(False)

    def dnd_accept(self, source, event):
        return self

    def dnd_enter(self, source, event):
        log.append(("enter", self.name))
        self.configure(bg="lightblue")

    def dnd_motion(self, source, event):
        log.append(("motion", self.name))

    def dnd_leave(self, source, event):
        log.append(("leave", self.name))
        self.configure(bg="#d9d9d9")

    def dnd_commit(self, source, event):
        log.append(("commit", self.name, source["text"]))
        source.pack_forget()
        clone = Card(self, source["text"])
        clone.pack(pady=2)


left, right = Box(root, "left"), Box(root, "right")
left.pack(side="left", padx=10, pady=10)
right.pack(side="left", padx=10, pady=10)
card = Card(left, "apple")
card.pack(pady=2)
root.update()


cx, cy = card.winfo_rootx(), card.winfo_rooty()
card.event_generate("<ButtonPress-1>", x=5, y=5, rootx=cx + 5, rooty=cy + 5)
for dx in (10, 80, 170, 200):
    card.event_generate("<Motion>", x=5 + dx, y=5, rootx=cx + 5 + dx, rooty=cy + 5, state=256)
card.event_generate("<ButtonRelease-1>", x=205, y=5, rootx=cx + 205, rooty=cy + 5, state=256)
root.update()
second = dnd.dnd_start(card, type("E", (), {"num": 9, "widget": card})())
RESULT = {"log": log, "right": [c["text"] for c in right.winfo_children()], "mapped": card.winfo_ismapped(),
          "second": second, "bindings": card.bind()}
""",
"chat_wrapping": r"""
# A chat log: long messages wrap (word and char wrap, a proportional font), the view follows the end with
# see("end"), a scrollbar tracks it; display-line indices as editors use them for Up/Down.
import tkinter as tk

root = tk.Tk()
frame = tk.Frame(root)
frame.pack(fill="both", expand=True)
bar = tk.Scrollbar(frame)
bar.pack(side="right", fill="y")
log = tk.Text(frame, width=28, height=6, wrap="word", yscrollcommand=bar.set)
log.pack(side="left", fill="both", expand=True)
bar.config(command=log.yview)
notes = tk.Text(root, width=24, height=4, wrap="char", font=("Helvetica", 11))
notes.pack()
seen = []
messages = ["ann: hi", "bob: the quick brown fox jumps over the lazy dog again and again",
            "ann: " + "x" * 70, "bob:\tok\tthen see you there tomorrow", "ann: " + "word  " * 9, "bob: bye"]
for msg in messages:
    log.insert("end", msg + "\n")
    log.see("end")
    root.update()
    seen.append([log.yview(), bar.get(), log.index("@0,0"), log.count("1.0", "end", "displaylines")])
notes.insert("1.0", "Wrapping proportional text at any character: mmmm iiii WWWW llll, tabs\there.\nSecond line")
root.update()
seen.append([notes.count("1.0", "end", "displaylines"), notes.bbox("1.30"), notes.index("@40,20"),
             notes.index("1.0 display lineend"), notes.index("1.5 + 1 display lines"),
             notes.index("2.3 - 2 display lines"), notes.index("1.40 display linestart"), notes.dlineinfo("1.30")])
log.yview_moveto(0.0)
root.update()
seen.append([log.yview(), log.index("@0,0"), log.bbox("2.30"), log.index("2.10 + 1 display lines"),
             log.index("3.0 display lineend"), log.index("end - 1 display lines")])
log.yview_scroll(2, "units")
root.update()
seen.append([log.yview(), log.index("@5,5"), bar.get()])
told = []
log.configure(yscrollcommand=lambda *f: told.append(f))
log.yview_moveto(1.0)
root.update()
RESULT = {"seen": seen, "told": told}
""",
}
