"""Programs run by the differential tests, once with CPython's tkinter (real Tk under Xvfb) and once with Pyroom's.

Each program builds a window; ``tk_diff_runner.observe`` then records the widget tree, geometry and canvas items.
A program may set ``RESULT`` to anything JSON-able that must also be equal (finds, views, option values).
"""

CANVAS = {
    "shapes": """
import tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=300, height=200, bg="white")
c.pack()
c.create_rectangle(10, 10, 60, 40, fill="red", outline="navy", width=3)
c.create_rectangle(70.5, 10.25, 90, 45.75)
c.create_oval(100, 10, 150, 60, fill="yellow", width=0)
c.create_oval(100, 70, 110, 120, outline="", fill="green")
c.create_line(10, 100, 60, 150, 110, 100, width=4, fill="blue", capstyle="round", joinstyle="miter")
c.create_line(10, 160, 90, 160, arrow="last", width=2)
c.create_line(20, 180, 120, 190, arrow="both", arrowshape=(16, 20, 6))
c.create_line(130, 150, 160, 190, 190, 150, smooth=True, width=3)
c.create_polygon(200, 10, 280, 30, 240, 90, fill="", outline="black", width=2)
c.create_polygon((200, 100), (290, 110), (250, 190), fill="orange")
c.create_arc(160, 80, 240, 160, start=30, extent=120, fill="pink")
c.create_arc(160, 80, 240, 160, start=200, extent=-90, style="arc", width=5)
c.create_arc(170, 90, 230, 150, start=300, extent=100, style="chord", outline="purple")
c.create_line(0, 0, 5, 5, dash=(4, 2))
RESULT = [c.type(i) for i in c.find_all()]
""",
    "tags_and_finds": """
import tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=300, height=300)
c.pack()
ids = []
for row in range(4):
    for col in range(4):
        x, y = 20 + col * 60, 20 + row * 60
        kind = c.create_oval if (row + col) % 2 else c.create_rectangle
        ids.append(kind(x, y, x + 40, y + 40, fill="gray" if row % 2 else "", tags=("cell", f"row{row}", f"col{col}")))
c.addtag_withtag("diag", "row1&&col1")
c.addtag_overlapping("hit", 70, 70, 90, 90)
c.addtag_enclosed("enc", 0, 0, 130, 130)
c.dtag("row3", "cell")
c.tag_raise("row0")
c.tag_lower("col3", "row2")
c.move("col2", 5, -3)
c.coords(ids[5], 85, 85, 110, 120)
c.itemconfigure("row2", fill="blue", width=3)
c.delete("row3&&col0")
RESULT = {
    "all": c.find_all(),
    "diag": c.find_withtag("diag"),
    "hit": c.find_withtag("hit"),
    "enc": c.find_withtag("enc"),
    "overlap": c.find_overlapping(60, 60, 61, 61),
    "overlap2": c.find_overlapping(100, 100, 140, 140),
    "enclosed": c.find_enclosed(15, 15, 125, 125),
    "closest": [c.find_closest(x, y) for x, y in ((0, 0), (50, 50), (95, 95), (300, 300), (65, 30))],
    "tags": [c.gettags(i) for i in c.find_all()[:6]],
    "bbox": c.bbox("all"),
    "bbox_row2": c.bbox("row2"),
    "above": c.find_above(ids[0]),
    "below": c.find_below(ids[3]),
    "cget": [c.itemcget(ids[9], k) for k in ("fill", "outline", "width")],
}
""",
    "text_items": """
import tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=300, height=300)
c.pack()
for i, anchor in enumerate(("nw", "n", "ne", "w", "center", "e", "sw", "s", "se")):
    c.create_text(40 + (i % 3) * 100, 40 + (i // 3) * 100, text=f"Item {anchor}", anchor=anchor)
c.create_text(150, 250, text="two\\nlines here", justify="center")
c.create_text(10, 280, text="a long text that wraps around", width=80, anchor="nw")
c.create_text(200, 280, text="Bold", font=("TkDefaultFont", 14, "bold"))
RESULT = [c.itemcget(i, "anchor") for i in c.find_all()]
""",
    "scrolling": """
import tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=200, height=150, scrollregion=(0, 0, 800, 600))
xs = tk.Scrollbar(root, orient="horizontal", command=c.xview)
ys = tk.Scrollbar(root, orient="vertical", command=c.yview)
c.configure(xscrollcommand=xs.set, yscrollcommand=ys.set)
c.grid(row=0, column=0, sticky="nsew")
ys.grid(row=0, column=1, sticky="ns")
xs.grid(row=1, column=0, sticky="ew")
c.create_rectangle(0, 0, 800, 600, outline="red")
root.update()
views = [c.xview(), c.yview()]
c.xview_moveto(0.25)
c.yview_moveto(0.5)
views += [c.xview(), c.yview(), c.canvasx(0), c.canvasy(0), c.canvasx(17), c.canvasy(9)]
c.xview_scroll(2, "pages")
views += [c.xview(), c.canvasx(0)]
c.xview_moveto(1.0)
views += [c.xview(), c.canvasx(0)]
root.update()
views += [xs.get(), ys.get()]
RESULT = [[round(v, 4) for v in x] if isinstance(x, tuple) else x for x in views]
""",
    # Tk's view origin (CanvasSetOrigin): it starts at 0 (canvas 0,0 under the border), a confined view of a scroll
    # region smaller than the window keeps where xview moveto put it (turtle centres its canvas so), C's rounding
    # of moveto fractions and scroll increments; event x/y are from the widget's outer corner, canvasx adds the origin
    "view_origin": """
import tkinter as tk
root = tk.Tk()
root.geometry("654x491")
out = []
fresh = tk.Canvas(root, width=100, height=60)
fresh.place(x=0, y=0)
thick = tk.Canvas(root, width=100, height=60, bd=4, highlightthickness=3, relief="ridge",
                  scrollregion=(-30, -20, 30, 20))
thick.place(x=0, y=300)
frame = tk.Frame(root, width=654, height=200)
frame.place(x=0, y=100)
frame.grid_propagate(False)
frame.rowconfigure(0, weight=1)
frame.columnconfigure(0, weight=1)
c = tk.Canvas(root, width=500, height=150, bg="white", relief="sunken", borderwidth=2,
              scrollregion=(-200, -50, 200, 50))
hs = tk.Scrollbar(root, orient="horizontal", command=c.xview)
vs = tk.Scrollbar(root, command=c.yview)
c.configure(xscrollcommand=hs.set, yscrollcommand=vs.set)
c.grid(in_=frame, row=0, column=0, sticky="news", padx=1, pady=1)
vs.grid(in_=frame, row=0, column=1, sticky="news", padx=1, pady=1)
hs.grid(in_=frame, row=1, column=0, sticky="news", padx=1, pady=1)
out.append([fresh.canvasx(0), fresh.canvasy(0), thick.canvasx(0), thick.canvasy(0)])
c.xview_moveto(0.5 * (400 - 500 + 30) / 400)
out.append([c.canvasx(0), c.canvasy(0)])
def adjust(event=None):
    w, h = c.winfo_width(), c.winfo_height()
    c.xview_moveto(0.5 * (400 - w) / 400)
    c.yview_moveto(0.5 * (100 - h) / 100)
    hs.grid_forget()
    vs.grid_forget()
c.bind("<Configure>", adjust)
root.update()
adjust()
root.update()
dot = c.create_oval(97, -53, 103, -47, fill="red")
x, y = 100 - c.canvasx(0), -50 - c.canvasy(0)
out.append([c.winfo_width(), c.winfo_height(), c.canvasx(0), c.canvasy(0), c.xview(), c.yview(), x, y,
            c.canvasx(x), c.canvasy(y), c.find_closest(c.canvasx(x), c.canvasy(y))])
root.update()
out.append([thick.canvasx(0), thick.canvasy(0), thick.xview(), thick.yview()])
for f in (-0.3, -0.05, 0.3, 1.5):
    thick.xview_moveto(f)
    thick.yview_moveto(f)
    out.append([f, thick.canvasx(0), thick.canvasy(0), thick.xview(), thick.yview()])
big = tk.Canvas(root, width=200, height=100, scrollregion=(0, 0, 1000, 1000), xscrollincrement=7)
big.place(x=300, y=300)
root.update()
out.append([big.canvasx(0), big.xview()])
for args in (("moveto", 0.33), ("scroll", 2, "units"), ("scroll", -3, "units"), ("scroll", 1, "pages"),
             ("scroll", -2, "pages"), ("moveto", -0.4)):
    big.xview(*args)
    big.yview(*args)
    out.append([list(args), big.canvasx(0), big.canvasy(0), big.xview(), big.yview()])
big.configure(confine=False)
big.xview_moveto(-0.2)
out.append([big.canvasx(0), big.xview()])
RESULT = [[[round(v, 4) for v in x] if isinstance(x, tuple) else x for x in row] for row in out]
""",
}

WIDGETS = {
    "calculator": """
import tkinter as tk
root = tk.Tk()
root.title("Calc")
display = tk.Entry(root, font=("TkDefaultFont", 14), justify="right")
display.grid(row=0, column=0, columnspan=4, sticky="nsew", padx=4, pady=4)
keys = ["7", "8", "9", "/", "4", "5", "6", "*", "1", "2", "3", "-", "0", ".", "=", "+"]
for i, k in enumerate(keys):
    tk.Button(root, text=k, width=4).grid(row=1 + i // 4, column=i % 4, sticky="nsew", padx=1, pady=1)
tk.Button(root, text="Clear").grid(row=5, column=0, columnspan=4, sticky="ew")
for col in range(4):
    root.columnconfigure(col, weight=1)
""",
    "form": """
import tkinter as tk
root = tk.Tk()
frm = tk.Frame(root, padx=10, pady=10, bd=2, relief="groove")
frm.pack(fill="both", expand=True)
for r, label in enumerate(("Name", "Email address", "Age")):
    tk.Label(frm, text=label + ":").grid(row=r, column=0, sticky="e", pady=2)
    tk.Entry(frm, width=25).grid(row=r, column=1, sticky="we", padx=(5, 0))
frm.columnconfigure(1, weight=1)
buttons = tk.Frame(root)
buttons.pack(side="bottom", fill="x")
tk.Button(buttons, text="Cancel").pack(side="right", padx=5, pady=5)
tk.Button(buttons, text="OK", default="active").pack(side="right")
tk.Checkbutton(root, text="Subscribe").pack(anchor="w")
tk.Radiobutton(root, text="Yes", value=1).pack(anchor="w")
tk.Label(root, text="A wrapped label that is long", wraplength=100, justify="left").pack()
""",
    "todo": """
import tkinter as tk
root = tk.Tk()
top = tk.Frame(root)
top.pack(fill="x")
entry = tk.Entry(top)
entry.pack(side="left", fill="x", expand=True, padx=5, pady=5)
tk.Button(top, text="Add").pack(side="left", padx=5)
mid = tk.Frame(root)
mid.pack(fill="both", expand=True)
lb = tk.Listbox(mid, height=8)
sb = tk.Scrollbar(mid, command=lb.yview)
lb.configure(yscrollcommand=sb.set)
lb.pack(side="left", fill="both", expand=True)
sb.pack(side="right", fill="y")
for i in range(20):
    lb.insert("end", f"task {i}")
tk.Button(root, text="Delete selected").pack(side="bottom", pady=3)
txt = tk.Text(root, width=30, height=4)
txt.pack(side="bottom")
root.update()
RESULT = [lb.size(), lb.get(3), [round(v, 3) for v in sb.get()]]
""",
    "assorted": """
import tkinter as tk
root = tk.Tk()
widgets = [
    tk.Label(root, text="plain"),
    tk.Label(root, text="wide", width=12, bd=3, relief="ridge", padx=4),
    tk.Button(root, text="Push me", padx=2, pady=2),
    tk.Button(root, text="Tall", height=3, width=6),
    tk.Checkbutton(root, text="Option"),
    tk.Radiobutton(root, text="Choice", indicatoron=True),
    tk.Entry(root, width=12, bd=3),
    tk.Spinbox(root, from_=0, to=10, width=5),
    tk.Scale(root, from_=0, to=100),
    tk.Scale(root, from_=0, to=1000, orient="horizontal", label="Volume"),
    tk.Listbox(root, width=15, height=4),
    tk.Text(root, width=20, height=3),
    tk.Canvas(root, width=50, height=40, bd=2, highlightthickness=3),
    tk.Scrollbar(root, orient="horizontal"),
    tk.Menubutton(root, text="Menu", indicatoron=True),
    tk.OptionMenu(root, tk.StringVar(value="one"), "one", "two"),
]
for i, w in enumerate(widgets):
    w.grid(row=i // 4, column=i % 4, padx=2, pady=2)
""",
    "pack_nesting": """
import tkinter as tk
root = tk.Tk()
root.geometry("400x300")
left = tk.Frame(root, width=120, bg="red")
left.pack(side="left", fill="y")
right = tk.Frame(root, bg="blue")
right.pack(side="left", fill="both", expand=True, padx=(10, 0))
for i in range(3):
    tk.Label(left, text=f"L{i}", anchor="w").pack(fill="x", ipady=i)
tk.Label(right, text="top").pack(side="top", anchor="ne", pady=5)
tk.Label(right, text="bottom").pack(side="bottom", expand=True, anchor="s")
tk.Button(right, text="mid").pack(expand=True, fill="x", ipadx=10)
lf = tk.LabelFrame(right, text="Group", padx=5, pady=5)
lf.pack(side="right")
tk.Label(lf, text="inside").pack()
""",
    "place": """
import tkinter as tk
root = tk.Tk()
root.geometry("300x200")
tk.Label(root, text="center").place(relx=0.5, rely=0.5, anchor="center")
tk.Label(root, text="corner").place(x=-5, y=-5, relx=1.0, rely=1.0, anchor="se")
tk.Frame(root, bg="red").place(relx=0.1, rely=0.1, relwidth=0.3, relheight=0.25)
tk.Button(root, text="fixed").place(x=10, y=150, width=80, height=30)
f = tk.Frame(root, width=100, height=60, bd=4, relief="sunken")
f.place(x=180, y=20)
tk.Label(f, text="in").place(relx=0, rely=0, x=2, y=2)
tk.Label(f, text="out").place(relx=1, rely=1, anchor="se", bordermode="outside")
""",
    "grid_weights": """
import tkinter as tk
root = tk.Tk()
root.geometry("420x260")
for r in range(3):
    root.rowconfigure(r, weight=r, minsize=20)
for c in range(3):
    root.columnconfigure(c, weight=1 if c != 1 else 3, minsize=30)
for r in range(3):
    for c in range(3):
        if (r, c) == (1, 1):
            continue
        tk.Label(root, text=f"{r},{c}", bd=1, relief="solid").grid(row=r, column=c, sticky=("nsew" if r == c else "w"))
tk.Button(root, text="spanning").grid(row=1, column=1, rowspan=2, columnspan=2, sticky="se", ipadx=5, ipady=5)
root.update()
RESULT = [root.grid_size(), root.grid_bbox(), root.grid_bbox(1, 1), root.grid_location(200, 100)]
""",
}

TTK = {
    "ttk_widgets": """
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
widgets = [
    ttk.Label(root, text="Label"),
    ttk.Button(root, text="OK"),
    ttk.Button(root, text="A much longer button"),
    ttk.Entry(root),
    ttk.Checkbutton(root, text="Check"),
    ttk.Radiobutton(root, text="Radio"),
    ttk.Combobox(root, values=["a", "b"]),
    ttk.Spinbox(root, from_=0, to=5),
    ttk.Progressbar(root, length=120),
    ttk.Scale(root, from_=0, to=10),
    ttk.Separator(root, orient="horizontal"),
    ttk.Scrollbar(root),
]
for i, w in enumerate(widgets):
    w.grid(row=i // 3, column=i % 3, padx=2, pady=2, sticky="w")
nb = ttk.Notebook(root)
nb.grid(row=4, column=0, columnspan=3, sticky="nsew")
page = ttk.Frame(nb, width=200, height=80)
nb.add(page, text="First")
nb.add(ttk.Frame(nb), text="Second")
tree = ttk.Treeview(root, columns=("a", "b"), height=4)
tree.grid(row=5, column=0, columnspan=3)
lf = ttk.LabelFrame(root, text="Group")
lf.grid(row=6, column=0)
ttk.Label(lf, text="inside").pack()
""",
}

# Programs whose RESULT exercises the API (indices, selections, tags, variables): results must be equal.
API = {
    # commands of destroyed widgets fail as in Tk ("invalid command name", "bad window path name")
    "destroyed_widgets": """
import tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=100, height=80)
c.pack()
b = tk.Button(root, text="b")
b.pack()
e = tk.Entry(root)
e.pack()
tk.Frame(root, width=50, height=20).pack()
root.update()
c.destroy()
b.destroy()
e.destroy()
out = []
for name, call in [("create_line", lambda: c.create_line(0, 0, 10, 10)),
                   ("create_oval", lambda: c.create_oval(0, 0, 9, 9)),
                   ("coords", lambda: c.coords(1)), ("config", lambda: c.config(bg="red")),
                   ("cget", lambda: c.cget("bg")),
                   ("item", lambda: c["bg"]), ("keys", lambda: c.keys()), ("delete", lambda: c.delete("all")),
                   ("itemconfig", lambda: c.itemconfig(1, fill="red")), ("canvasx", lambda: c.canvasx(0)),
                   ("xview", lambda: c.xview()), ("tag_bind", lambda: c.tag_bind(1, "<1>", lambda e: None)),
                   ("lift", lambda: c.lift(1)), ("pack", lambda: c.pack()), ("grid", lambda: c.grid()),
                   ("place", lambda: c.place(x=1)), ("pack_forget", lambda: c.pack_forget()),
                   ("bind", lambda: c.bind("<1>", lambda e: None)), ("winfo_width", lambda: c.winfo_width()),
                   ("winfo_exists", lambda: c.winfo_exists()), ("focus_set", lambda: c.focus_set()),
                   ("event_generate", lambda: c.event_generate("<1>")), ("child", lambda: tk.Label(c)),
                   ("invoke", lambda: b.invoke()), ("b.config", lambda: b.configure(text="x")),
                   ("insert", lambda: e.insert(0, "x")), ("get", lambda: e.get()), ("destroy", lambda: c.destroy()),
                   ("after", lambda: type(c.after(10, lambda: None)).__name__), ("update", lambda: c.update())]:
    try:
        out.append([name, "ok", repr(call())])
    except tk.TclError as exc:
        out.append([name, "TclError", str(exc)])
RESULT = out
""",
    "text_api": """
import tkinter as tk
root = tk.Tk()
t = tk.Text(root)
t.pack()
t.insert("1.0", "Hello world\\nsecond line here\\n\\nlast words")
t.tag_configure("b", foreground="blue")
t.tag_add("b", "1.0", "1.5", "2.7", "2.11")
t.mark_set("m", "2.3")
t.insert("2.0", ">>")
out = [t.index(i) for i in ("end", "end-1c", "insert", "m", "1.0+15c", "2.end", "3.0 lineend", "4.2 wordstart",
                              "4.2 wordend", "1.3 linestart", "2.5-1l", "100.0", "1.100", "b.first", "b.last",
                              "end - 2 chars", "1.0 + 2 lines")]
out.append(t.tag_ranges("b"))
out.append(t.tag_names("1.2"))
out.append(t.get("1.0", "1.end"))
out.append(t.get("2.0", "3.0"))
out.append(t.search("line", "1.0"))
out.append(t.search("w", "end", backwards=True))
out.append(t.search("zzz", "1.0"))
t.delete("1.0", "1.6")
out.append(t.get("1.0", "end"))
out.append(t.tag_ranges("b"))
out.append(t.compare("1.0", "<", "2.0"))
t.replace("1.0", "1.5", "WORLD")
out.append(t.get("1.0", "1.end"))
out.append(t.tag_nextrange("b", "1.0"))
out.append(t.count("1.0", "end"))
RESULT = [list(x) if isinstance(x, tuple) else x for x in out]
""",
    "listbox_entry_api": """
import tkinter as tk
root = tk.Tk()
lb = tk.Listbox(root)
lb.insert("end", "a", "b", "c")
lb.insert(0, "first")
lb.insert(2, "mid")
lb.selection_set(1, 3)
lb.activate(2)
out = [lb.get(0, "end"), lb.curselection(), lb.index("active"), lb.index("end"), lb.size(), lb.get("end")]
lb.delete(1)
out += [lb.get(0, "end"), lb.curselection(), lb.selection_includes(2)]
lb.delete(0, "end")
out += [lb.size(), lb.curselection()]
e = tk.Entry(root)
e.insert(0, "hello")
e.insert("end", " world")
e.insert(5, ",")
e.icursor(3)
out += [e.get(), e.index("insert"), e.index("end")]
e.delete(0, 7)
out += [e.get(), e.index("insert")]
e.selection_range(1, 3)
out += [e.selection_present(), e.index("sel.first"), e.index("sel.last")]
v = tk.StringVar(value="var")
e2 = tk.Entry(root, textvariable=v)
v.set("changed")
out += [e2.get()]
e2.delete(0, "end")
e2.insert(0, "typed")
out += [v.get()]
s = tk.Spinbox(root, from_=1, to=3)
out += [s.get()]
s.invoke("buttonup")
s.invoke("buttonup")
s.invoke("buttonup")
out += [s.get()]
RESULT = [list(x) if isinstance(x, tuple) else x for x in out]
""",
    "variables_api": """
import tkinter as tk
root = tk.Tk()
log = []
v = tk.StringVar(value="x")
cb = v.trace_add("write", lambda *a: log.append((a[1], a[2])))
v.set("y")
i = tk.IntVar(value=5)
d = tk.DoubleVar(value=2.5)
b = tk.BooleanVar()
b.set(1)
out = [v.get(), i.get(), d.get(), b.get(), log, len(v.trace_info()), v.trace_info()[0][0]]
v.trace_remove("write", cb)
v.set("z")
out += [log, v.trace_info()]
c = tk.Checkbutton(root, text="c")
c.select()
out += [str(c.cget("variable")) != "", root.getvar(str(c.cget("variable")))]
c.toggle()
out += [root.getvar(str(c.cget("variable")))]
rv = tk.StringVar(value="b")
r1 = tk.Radiobutton(root, variable=rv, value="a")
r1.invoke()
out += [rv.get()]
sc = tk.Scale(root, from_=0, to=10, resolution=2)
sc.set(5)
out += [sc.get()]
RESULT = out
""",
    "treeview_api": """
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
tv = ttk.Treeview(root, columns=("size", "kind"))
a = tv.insert("", "end", text="A", values=(1, "x"))
b = tv.insert("", "end", iid="bee", text="B", values=("2", "y"), open=True)
c = tv.insert(b, "end", text="C")
d = tv.insert("", 0, text="D", tags=("t1", "t2"))
out = [a, c, d, tv.get_children(), tv.get_children(b), tv.parent(c), tv.index(a), tv.next(d), tv.prev(a),
       tv.item(a, "text"), tv.item(a, "values"), tv.item(b, "open"), tv.item(d, "tags"), tv.set(a), tv.set(a, "kind"),
       tv.exists(c), tv.tag_has("t1"), tv.column("size", "width"), tv.heading("size", "text")]
tv.set(a, "kind", "z")
tv.item(a, text="AA")
tv.move(a, b, 0)
tv.selection_set(a, d)
out += [tv.item(a, "values"), tv.item(a, "text"), tv.get_children(b), tv.selection(), tv.focus()]
tv.selection_remove(d)
tv.delete(b)
out += [tv.get_children(), tv.exists(a), tv.selection()]
RESULT = [list(x) if isinstance(x, tuple) else x for x in out]
""",
    "canvas_api": """
import tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=200, height=200)
c.pack()
r = c.create_rectangle(10, 10, 60, 60, fill="red", tags="a")
o = c.create_oval(30, 30, 90, 90, tags=("a", "b"))
l = c.create_line(0, 100, 200, 100, width=3, tags="b")
t = c.create_text(100, 150, text="hello", tags="t")
c.scale("a", 10, 10, 2, 1)
c.insert(t, 2, "XX")
out = [c.coords(r), c.coords(o), c.itemcget(t, "text"), c.find_closest(100, 101), c.find_closest(100, 101, halo=5),
       c.find_withtag("a||t"), c.find_withtag("!a"), c.gettags(o), c.bbox("b"), c.type(l), c.index(t, "end")]
c.dchars(t, 0, 1)
c.itemconfigure("b", width=5)
c.lower(l)
c.addtag_closest("near", 0, 0)
c.addtag_above("abv", r)
c.addtag_below("blw", l)
c.addtag_all("everything")
out += [c.itemcget(t, "text"), c.itemcget(o, "width"), c.find_all(), c.find_withtag("near"),
        c.find_withtag("abv"), c.find_withtag("blw"), len(c.find_withtag("everything")), c.coords(999),
        c.find_withtag(999), c.bbox(999), c.itemcget(r, "tags")]
RESULT = [list(x) if isinstance(x, tuple) else x for x in out]
""",
}

API.update({
    "geometry_api": """
import tkinter as tk
root = tk.Tk()
f = tk.Frame(root)
f.pack(side="left", fill="y", padx=(2, 3), ipady=4)
a = tk.Label(f, text="a")
a.grid(row=1, column=2, sticky="nw", padx=5)
b = tk.Button(f, text="b")
b.grid(row=0, column=0, columnspan=2)
c = tk.Label(root, text="c")
c.place(relx=0.5, y=10, anchor="n")
d = tk.Label(root, text="d")
d.pack(after=f, side="right")
root.update()
pi = {k: str(v) for k, v in f.pack_info().items()}
gi = {k: str(v) for k, v in a.grid_info().items()}
pl = {k: str(v) for k, v in c.place_info().items()}
out = [pi, gi, pl, [str(w) for w in root.pack_slaves()], [str(w) for w in f.grid_slaves()],
       [str(w) for w in f.grid_slaves(row=0)], [str(w) for w in root.place_slaves()], f.grid_size(),
       a.winfo_manager(), root.winfo_manager(), str(a.winfo_parent()), str(a.winfo_toplevel()),
       a.winfo_ismapped(), a.winfo_exists(), [str(w) for w in root.winfo_children()], a.winfo_class(),
       root.winfo_class(), root.winfo_name(), a.winfo_name()]
a.grid_remove()
out += [a.winfo_manager(), a.grid_info() == {}]
a.grid()
out += [a.grid_info()["row"], a.grid_info()["sticky"]]
c.place_forget()
d.pack_forget()
root.update()
out += [c.winfo_ismapped(), d.winfo_manager(), [str(w) for w in root.pack_slaves()]]
RESULT = out
""",
    "options_api": """
import tkinter as tk
root = tk.Tk()
b = tk.Button(root, text="Hi", bd=3, fg="red", font=("Courier", 12, "bold"), width=10)
l = tk.Label(root, text="x")
out = [b.cget("bd"), b["borderwidth"], b.cget("fg"), b["foreground"], b.cget("text"), str(b.cget("font")),
       b.cget("width"), b.configure("fg"), b.configure("bd"), b.configure("text")[:4], sorted(b.keys())[:6],
       len(b.keys()), l.cget("relief"), l.cget("anchor"), l.cget("justify"), l.cget("padx"), l.cget("state")]
b.configure(text="Bye", state="disabled")
b["relief"] = "sunken"
out += [b["text"], b["state"], b["relief"], str(root.cget("bg")), root.cget("menu")]
try:
    b.configure(nope=1)
except tk.TclError as e:
    out.append(str(e))
try:
    tk.Label(root, bg="notacolour")
except tk.TclError as e:
    out.append(str(e))
try:
    b.pack(side="middle")
except tk.TclError as e:
    out.append(str(e))
out += [root.winfo_rgb("red"), root.winfo_rgb("#123"), root.winfo_rgb("light goldenrod yellow"),
        root.winfo_pixels("2c")]
RESULT = [list(x) if isinstance(x, tuple) else x for x in out]
""",
    "events_api": """
import tkinter as tk
root = tk.Tk()
e = tk.Entry(root)
e.pack()
root.update()
e.focus_force()
root.update()
log = []
e.bind("<Key>", lambda ev: log.append(("key", ev.keysym, ev.char, ev.type.name, str(ev.type))))
e.bind("<Control-a>", lambda ev: log.append("ctrl-a") or "break")
root.bind("<Key>", lambda ev: log.append(("root", ev.keysym)))
root.bind_all("<Key>", lambda ev: log.append(("all", ev.keysym)))
e.bind("<<Custom>>", lambda ev: log.append(("virtual", ev.type.name)))
e.bind("<Button-1>", lambda ev: log.append(("b1", ev.x, ev.y, ev.num)))
e.bind("<Double-Button-1>", lambda ev: log.append("double"))
e.event_generate("<KeyPress-x>")
e.event_generate("<Control-a>")
e.event_generate("<<Custom>>")
e.event_generate("<Button-1>", x=3, y=4)
e.event_generate("<Button-1>", x=3, y=4)
funcid = e.bind("<FocusIn>", lambda ev: log.append("focus"), add="+")
out = [list(log), e.bindtags(), root.bindtags(), sorted(e.bind()), e.bind("<<Custom>>") != "", type(funcid).__name__]
e.unbind("<Key>")
log.clear()
e.event_generate("<KeyPress-y>")
out.append(log)
RESULT = out
""",
})

API.update({
    "menu_ttk_font_api": """
import tkinter as tk
from tkinter import ttk, font
root = tk.Tk()
m = tk.Menu(root)
fm = tk.Menu(m)
done = []
fm.add_command(label="Open", accelerator="Ctrl+O", command=lambda: done.append("open"))
fm.add_separator()
v = tk.BooleanVar()
fm.add_checkbutton(label="Flag", variable=v)
rv = tk.StringVar(value="b")
fm.add_radiobutton(label="A", variable=rv, value="a")
m.add_cascade(label="File", menu=fm)
root.config(menu=m)
fm.invoke(1)
fm.invoke(3)
fm.invoke(4)
out = [fm.index("end"), fm.index("Open"), fm.type(0), fm.type(1), fm.type(2), fm.entrycget(1, "label"),
       fm.entrycget("Open", "accelerator"), done, v.get(), rv.get(), m.index("end"), m.entrycget(1, "label")]
fm.entryconfigure(1, label="Open...")
fm.delete(2)
out += [fm.entrycget(1, "label"), fm.index("end"), fm.type("end")]
cb = ttk.Combobox(root, values=("one", "two", "three"))
out += [cb.current(), cb.get()]
cb.current(2)
out += [cb.current(), cb.get()]
cb.set("two")
out += [cb.current(), str(cb.cget("values"))]
nb = ttk.Notebook(root)
p1, p2 = ttk.Frame(nb), ttk.Frame(nb)
nb.add(p1, text="One")
nb.add(p2, text="Two")
nb.select(p2)
out += [nb.index("current"), nb.index("end"), nb.tab(0, "text"), str(nb.select()) == str(p2), len(nb.tabs())]
pb = ttk.Progressbar(root, maximum=50)
pb.step(10)
pb.step(5)
out += [float(pb["value"]), str(pb["mode"])]
f = font.Font(family="TkDefaultFont", size=14, weight="bold")
df = font.nametofont("TkDefaultFont")
out += [df.actual("size"), df.cget("weight"), f.cget("size"), f.cget("weight"), df.measure("Hello world"),
        df.metrics("linespace"), font.Font(font="TkFixedFont").metrics("fixed"), "TkDefaultFont" in font.names()]
RESULT = out
""",
})

API.update({
    # a check entry/button is selected iff its variable's Tcl value equals the on value ("1": a BooleanVar's True)
    "check_radio_variables": """
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
m = tk.Menu(root, tearoff=0)
b = tk.BooleanVar(value=True)
s = tk.StringVar(value="b")
iv = tk.IntVar(value=2)
m.add_checkbutton(label="B", variable=b)
m.add_radiobutton(label="a", variable=s, value="a")
m.add_radiobutton(label="two", variable=iv, value=2)
m.add_radiobutton(label="three", variable=iv, value=3)
out = []
m.invoke(0)
out.append(b.get())
m.invoke(0)
out.append(b.get())
cb = tk.Checkbutton(root, variable=b)
tcb = ttk.Checkbutton(root, variable=b)
out.append(tcb.instate(["selected"]))
cb.invoke()
out.append(b.get())
out.append(tcb.instate(["selected"]))
tcb.invoke()
out.append(b.get())
out.append(tk.Label(root, textvariable=b).cget("text"))
out.append(tk.Entry(root, textvariable=b).get())
m.invoke(1)
m.invoke(3)
out += [s.get(), iv.get()]
rb = tk.Radiobutton(root, variable=iv, value=3)
trb = ttk.Radiobutton(root, variable=iv, value=3)
out.append(trb.instate(["selected"]))
rb.invoke()
out.append(iv.get())
RESULT = out
""",
})

API.update({
    # Tk 8.6 keeps the selection in tree order, queues <<TreeviewSelect>> whenever an item's selected state changed
    # (set always clears first), and selectmode only limits the mouse and keyboard bindings, not the program
    "treeview_selection": """
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
tv = ttk.Treeview(root, selectmode="browse")
for i in "abcd":
    tv.insert("", "end", iid=i, text=i)
tv.insert("b", "end", iid="b1", text="b1")
seen = []
tv.bind("<<TreeviewSelect>>", lambda e: seen.append([list(tv.selection()), tv.focus()]))
tv.pack()
root.update()
out = []

def step(label, *calls):
    del seen[:]
    for f in calls:
        f()
    root.update()
    out.append([label, list(tv.selection()), list(seen)])

step("set d a", lambda: tv.selection_set("d", "a"))
step("set again", lambda: tv.selection_set(("d", "a")))
step("add b1 c", lambda: tv.selection_add("b1", "c"))
step("add a (selected)", lambda: tv.selection_add("a"))
step("remove b (unselected)", lambda: tv.selection_remove("b"))
step("toggle a", lambda: tv.selection_toggle("a"))
step("set, then focus", lambda: tv.selection_set("c"), lambda: tv.focus("c"))
step("set empty", lambda: tv.selection_set([]))
step("set empty again", lambda: tv.selection_set([]))
step("set list", lambda: tv.selection_set(["c", "b"]))
step("delete b", lambda: tv.delete("b"))
step("delete d (unselected)", lambda: tv.delete("d"))
RESULT = out
""",
})

API.update({
    # tkPanedWindow.c (ComputeGeometry, ArrangePanes, MoveSash) and ttkPanedwindow.c (ComputePositions, sashpos)
    "paned_windows": """
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
pw = tk.PanedWindow(root, orient="horizontal", sashwidth=4, showhandle=False)
pw.pack(fill="both", expand=True)
a = tk.Label(pw, text="left pane")
b = tk.Label(pw, text="middle")
c = tk.Label(pw, text="right", width=12)
pw.add(a)
pw.add(b, minsize=20, padx=3)
pw.add(c, stretch="always")
out = [pw.sash_coord(0), pw.sash_coord(1)]
root.update()

def g(w):
    return [w.winfo_x(), w.winfo_y(), w.winfo_width(), w.winfo_height()]

out += [pw.sash_coord(0), pw.sash_coord(1), g(a), g(b), g(c)]
pw.sash_place(0, 30, 5)
out += [pw.sash_coord(0), str(pw.panecget(a, "width"))]
root.update()
out += [pw.sash_coord(0), pw.sash_coord(1), g(a), g(b), g(c)]
pw.sash_place(1, 400, 0)
root.update()
out += [pw.sash_coord(0), pw.sash_coord(1), g(a), g(b), pw.identify(pw.sash_coord(1)[0] + 1, 2)]
v = tk.PanedWindow(root, orient="vertical", sashpad=2)
v.pack(fill="x")
for t in ("one", "two", "three"):
    v.add(tk.Button(v, text=t))
root.update()
out += [v.sash_coord(0), v.sash_coord(1)]
v.sash_place(1, 0, 10)
root.update()
out += [v.sash_coord(0), v.sash_coord(1)]
tp = ttk.PanedWindow(root, orient="vertical")
tp.pack(fill="both", expand=True)
x = ttk.Label(tp, text="top")
y = ttk.Label(tp, text="bottom")
z = ttk.Label(tp, text="end")
tp.add(x)
tp.add(y, weight=1)
tp.add(z, weight=2)
root.update()
out += [tp.sashpos(0), tp.sashpos(1), g(x), g(y), g(z)]
out += [tp.sashpos(0, 3), tp.sashpos(1, 2)]
root.update()
out += [tp.sashpos(0), tp.sashpos(1), g(x), g(z)]
out += [tp.sashpos(1, 1000)]
root.update()
out += [tp.sashpos(0), tp.sashpos(1), g(x), g(y), tp.identify(0, tp.sashpos(0) + 1)]
h = ttk.Panedwindow(root, orient="horizontal", width=300)
h.pack()
l1, l2 = ttk.Label(h, text="L"), ttk.Label(h, text="R")
h.add(l1, weight=1)
h.add(l2, weight=1)
root.update()
out += [h.sashpos(0), g(l1), g(l2)]
RESULT = [list(r) if isinstance(r, tuple) else r for r in out]
""",
})

TTK.update({
    # a style's font and padding size the widgets that use it (ttk.Style().configure); the widget's options win
    "ttk_styles": """
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
s = ttk.Style()
s.configure("Big.TButton", font=("Courier", 12, "bold"), padding=10, foreground="white", background="#0060c0")
s.configure("Pad.TButton", padding=(1, 2, 3, 4))
s.configure("Big.TLabel", font=("Courier", 12))
s.configure("Roomy.TCheckbutton", padding=6)
ws = [ttk.Button(root, text="Hello"), ttk.Button(root, text="Hello", style="Big.TButton"),
      ttk.Button(root, text="Hello", style="Pad.TButton"), ttk.Button(root, text="Hello", padding=2),
      ttk.Label(root, text="Hello"), ttk.Label(root, text="Hello", style="Big.TLabel"),
      ttk.Label(root, text="Hello", style="Big.TLabel", font=("Courier", 8)),
      ttk.Checkbutton(root, text="Hello"), ttk.Checkbutton(root, text="Hello", padding=4),
      ttk.Checkbutton(root, text="Hello", style="Roomy.TCheckbutton")]
for w in ws:
    w.pack()
later = ttk.Button(root, text="Later")
later.pack()
root.update()
later.configure(style="Big.TButton")
s.configure("Pad.TButton", padding=0)
root.update()
RESULT = [s.lookup("Big.TButton", "foreground"), ws[1].cget("style"), later.winfo_class()]
""",
})
