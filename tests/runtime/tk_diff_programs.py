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

# Programs typical of tkinter tutorials and Stack Overflow answers (a login form with validation, an editor with
# search and undo, a filtered phone book, a stopwatch, tic-tac-toe, a ttk app, dialogs, images, events, winfo):
# the sweep for API gaps; each is compared whole, RESULT and geometry.
TUTORIALS = {
"login_form": r'''
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
root.title("Login")
log = []
def only_digits(proposed, action, index, why):
    log.append(("v", proposed, action, index, why))
    return proposed.isdigit() or proposed == ""
def bad():
    log.append("invalid")
frm = tk.Frame(root, padx=10, pady=10)
frm.grid(row=0, column=0, sticky="nsew")
tk.Label(frm, text="User name:").grid(row=0, column=0, sticky="e", pady=2)
tk.Label(frm, text="PIN:").grid(row=1, column=0, sticky="e", pady=2)
user = tk.StringVar(value="alice")
pin = tk.StringVar()
eu = tk.Entry(frm, textvariable=user, width=20)
vcmd = (root.register(only_digits), "%P", "%d", "%i", "%V")
ep = tk.Entry(frm, textvariable=pin, show="*", validate="key", validatecommand=vcmd,
              invalidcommand=root.register(bad))
eu.grid(row=0, column=1, sticky="ew")
ep.grid(row=1, column=1, sticky="ew")
frm.columnconfigure(1, weight=1)
remember = tk.BooleanVar()
cb = tk.Checkbutton(frm, text="Remember me", variable=remember)
cb.grid(row=2, column=0, columnspan=2, sticky="w")
status = tk.Label(frm, text="", fg="red")
status.grid(row=4, column=0, columnspan=2)
def login(event=None):
    if user.get() == "alice" and pin.get() == "1234":
        status.config(text="Welcome!", fg="green")
    else:
        status.config(text="Wrong PIN")
btn = tk.Button(frm, text="Log in", command=login, default="active")
btn.grid(row=3, column=1, sticky="e")
root.bind("<Return>", login)
ep.insert(0, "12")
ep.insert("end", "x")
ep.insert("end", "34")
btn.invoke()
ep.delete(0, "end")
t = ttk.Entry(frm, validate="focusout", validatecommand=(root.register(lambda s: len(s) > 2), "%s"))
t.grid(row=5, column=1)
root.update()
RESULT = {"log": log, "pin": pin.get(), "status": status.cget("text"), "fg": status["fg"],
          "vcmd": ep.cget("validate"), "remember": remember.get(), "grid": frm.grid_size(),
          "info": {k: str(v) for k, v in eu.grid_info().items() if k != "in"},
          "bbox": frm.grid_bbox(1, 1), "slaves": len(frm.grid_slaves(row=1)),
          "state": str(btn["state"]), "default": str(btn["default"]), "tvalidate": t.validate(),
          "title": root.title()}
''',
"text_editor": r'''
import tkinter as tk
root = tk.Tk()
root.title("Editor")
menubar = tk.Menu(root)
filemenu = tk.Menu(menubar, tearoff=0)
filemenu.add_command(label="New", accelerator="Ctrl+N", command=lambda: text.delete("1.0", "end"))
filemenu.add_separator()
filemenu.add_command(label="Exit", command=root.quit)
menubar.add_cascade(label="File", menu=filemenu, underline=0)
editmenu = tk.Menu(menubar, tearoff=False)
editmenu.add_command(label="Undo", command=lambda: text.edit_undo())
editmenu.add_command(label="Redo", command=lambda: text.edit_redo())
wrapvar = tk.BooleanVar(value=True)
editmenu.add_checkbutton(label="Wrap", variable=wrapvar, onvalue=True, offvalue=False)
menubar.add_cascade(label="Edit", menu=editmenu)
root.config(menu=menubar)
frame = tk.Frame(root)
frame.pack(fill="both", expand=True)
text = tk.Text(frame, wrap="word", undo=True, width=50, height=12, font=("Courier", 11))
ys = tk.Scrollbar(frame, orient="vertical", command=text.yview)
text.configure(yscrollcommand=ys.set)
ys.pack(side="right", fill="y")
text.pack(side="left", fill="both", expand=True)
text.insert("1.0", "Hello World\nthe quick brown fox\nHELLO again, hello!\n")
text.edit_separator()
text.insert("end", "more text")
text.tag_configure("hit", background="yellow", foreground="black")
text.tag_config("bold", font=("Courier", 11, "bold"))
found = []
start = "1.0"
count = tk.IntVar()
while True:
    pos = text.search("hello", start, stopindex="end", nocase=True, count=count)
    if not pos:
        break
    end = f"{pos}+{count.get()}c"
    text.tag_add("hit", pos, end)
    found.append((pos, count.get()))
    start = end
rx = text.search(r"q\w+", "1.0", regexp=True, count=count)
rxc = count.get()
back = text.search("o", "end", backwards=True)
exact = text.search("HELLO", "1.0", exact=True)
text.tag_add("bold", "2.4", "2.9")
ranges = [str(x) for x in text.tag_ranges("hit")]
nr = text.tag_nextrange("hit", "1.5")
text.mark_set("insert", "2.0")
text.see("insert")
before_undo = text.get("1.0", "end-1c")
text.edit_undo()
after_undo = text.get("1.0", "end-1c")
text.edit_redo()
after_redo = text.get("1.0", "end-1c")
mod = text.edit_modified()
text.edit_modified(False)
lines = int(text.index("end-1c").split(".")[0])
RESULT = {"found": found, "rx": rx, "rxc": rxc, "back": back, "exact": exact, "ranges": ranges,
          "nr": [str(x) for x in nr], "undo": after_undo, "redo": after_redo == before_undo, "mod": mod,
          "lines": lines, "wrap": str(text.cget("wrap")), "names": list(text.tag_names("2.5")),
          "insert": text.index("insert"), "wordend": text.index("1.0 wordend"), "lineend": text.index("2.3 lineend"),
          "cmp": text.compare("1.0", "<", "2.0"), "menuidx": editmenu.index("end"),
          "label": editmenu.entrycget(2, "label"), "type": editmenu.type(2), "count": text.count("1.0", "end"),
          "fmenu": menubar.entrycget(1, "label")}
''',
"phone_book": r'''
import tkinter as tk
root = tk.Tk()
people = ["Anna 555-1234", "Bob 555-9876", "Carla 555-2222", "Dan 555-0000", "Eve 555-1111",
          "Frank 555-3333", "Gina 555-4444", "Hank 555-5555", "Ivy 555-6666", "Jon 555-7777", "Kim 555-8888"]
search = tk.StringVar()
top = tk.Frame(root)
top.pack(fill="x", padx=5, pady=5)
tk.Label(top, text="Search:").pack(side="left")
entry = tk.Entry(top, textvariable=search)
entry.pack(side="left", fill="x", expand=True)
body = tk.Frame(root)
body.pack(fill="both", expand=True)
sb = tk.Scrollbar(body)
lb = tk.Listbox(body, yscrollcommand=sb.set, height=6, selectmode="browse", exportselection=False)
sb.config(command=lb.yview)
sb.pack(side="right", fill="y")
lb.pack(side="left", fill="both", expand=True)
traces = []
def refresh(*args):
    traces.append(args[1:] if len(args) == 3 else args)
    lb.delete(0, tk.END)
    for p in people:
        if search.get().lower() in p.lower():
            lb.insert(tk.END, p)
tid = search.trace_add("write", refresh)
refresh("x", "", "write")
selected = []
def on_select(event):
    w = event.widget
    sel = w.curselection()
    if sel:
        selected.append(w.get(sel[0]))
lb.bind("<<ListboxSelect>>", on_select)
root.update()
full = lb.size()
yv = [round(v, 4) for v in lb.yview()]
search.set("a")
filtered = lb.get(0, "end")
lb.selection_set(1)
lb.activate(1)
lb.see(1)
lb.event_generate("<<ListboxSelect>>")
lb.itemconfig(0, bg="lightblue", fg="navy")
info = search.trace_info()
search.trace_remove("write", tid)
search.set("zzz")
root.update()
RESULT = {"full": full, "yv": yv, "filtered": list(filtered), "sel": lb.curselection(), "selected": selected,
          "size": lb.size(), "traces": len(traces),
          "info": [[list(m) if isinstance(m, tuple) else m for m in i[:1]] for i in info],
          "item": lb.itemcget(0, "bg"), "active": lb.index("active"), "nearest": lb.nearest(5),
          "bbox": lb.bbox(0), "sbget": [round(v, 4) for v in sb.get()]}
''',
"stopwatch": r'''
import tkinter as tk
root = tk.Tk()
elapsed = tk.DoubleVar(value=0.0)
shown = tk.StringVar(value="00:00.0")
job = None
def tick():
    global job
    elapsed.set(round(elapsed.get() + 0.1, 1))
    m, s = divmod(elapsed.get(), 60)
    shown.set(f"{int(m):02d}:{s:04.1f}")
    job = root.after(100, tick)
def start():
    global job
    if job is None:
        job = root.after(100, tick)
def stop():
    global job
    if job is not None:
        root.after_cancel(job)
        job = None
def reset():
    stop()
    elapsed.set(0.0)
    shown.set("00:00.0")
lbl = tk.Label(root, textvariable=shown, font=("TkFixedFont", 18), width=8)
lbl.pack(padx=10, pady=10)
bar = tk.Frame(root)
bar.pack()
for txt, cmd in (("Start", start), ("Stop", stop), ("Reset", reset)):
    tk.Button(bar, text=txt, command=cmd, width=6).pack(side="left", padx=2)
idle = []
root.after_idle(lambda: idle.append("idle"))
start()
ids = root.tk.call("after", "info")
stop()
root.update()
RESULT = {"shown": shown.get(), "idle": idle, "job": job, "lbltext": lbl.cget("text"), "n": len(ids) >= 1,
          "tv": str(lbl["textvariable"]) == str(shown)}
''',
"drag_drop": r'''
import tkinter as tk
root = tk.Tk()
c = tk.Canvas(root, width=300, height=200, bg="white", highlightthickness=0)
c.pack()
r = c.create_rectangle(20, 20, 70, 60, fill="red", tags=("token", "box"))
o = c.create_oval(120, 50, 160, 90, fill="blue", tags="token")
t = c.create_text(200, 150, text="drag me", tags=("token", "label"))
drag = {"item": None, "x": 0, "y": 0}
events = []
def press(e):
    item = c.find_closest(e.x, e.y)[0]
    drag.update(item=item, x=e.x, y=e.y)
    events.append(("press", item, c.type(item)))
def motion(e):
    c.move(drag["item"], e.x - drag["x"], e.y - drag["y"])
    drag.update(x=e.x, y=e.y)
def release(e):
    events.append(("release", drag["item"], [round(v) for v in c.coords(drag["item"])]))
    drag["item"] = None
c.tag_bind("token", "<ButtonPress-1>", press)
c.tag_bind("token", "<B1-Motion>", motion)
c.tag_bind("token", "<ButtonRelease-1>", release)
c.tag_bind("box", "<Enter>", lambda e: c.itemconfig("box", outline="green"))
root.update()
c.move(r, 20, 30)
c.coords(o, 100, 100, 150, 150)
c.itemconfig(t, text="dropped", fill="gray")
c.itemconfigure(o, width=3)
RESULT = {"events": events, "r": c.coords(r), "o": c.coords(o), "t": c.itemcget(t, "text"),
          "binds": sorted(c.tag_bind("token")), "closest": c.find_closest(140, 130),
          "cfg": c.itemconfig(o, "width")[-1],
          "bind1": bool(c.tag_bind("token", "<ButtonPress-1>")), "bbox": c.bbox(t) is not None,
          "withtag": c.find_withtag("token"), "w": c.winfo_width()}
''',
"tic_tac_toe": r'''
import tkinter as tk
from tkinter import messagebox
root = tk.Tk()
root.title("Tic Tac Toe")
turn = ["X"]
buttons = [[None] * 3 for _ in range(3)]
def winner():
    b = [[buttons[r][c]["text"] for c in range(3)] for r in range(3)]
    lines = b + [list(col) for col in zip(*b)] + [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        if line[0] and line.count(line[0]) == 3:
            return line[0]
    return None
def click(r, c):
    btn = buttons[r][c]
    if btn["text"]:
        return
    btn.config(text=turn[0], state="disabled", disabledforeground="blue" if turn[0] == "X" else "red")
    turn[0] = "O" if turn[0] == "X" else "X"
for r in range(3):
    root.rowconfigure(r, weight=1, uniform="row")
    root.columnconfigure(r, weight=1, uniform="col")
    for c in range(3):
        b = tk.Button(root, text="", width=4, height=2, font=("Arial", 20, "bold"),
                      command=lambda r=r, c=c: click(r, c))
        b.grid(row=r, column=c, sticky="nsew", padx=1, pady=1)
        buttons[r][c] = b
for r, c in ((0, 0), (1, 0), (0, 1), (1, 1), (0, 2)):
    buttons[r][c].invoke()
root.update()
RESULT = {"winner": winner(), "state": str(buttons[0][0]["state"]), "size": root.grid_size(),
          "loc": root.grid_location(100, 100), "slaves": len(root.grid_slaves()),
          "cfg": {k: str(v) for k, v in root.grid_columnconfigure(0).items()},
          "text": [[buttons[r][c].cget("text") for c in range(3)] for r in range(3)],
          "keys": "disabledforeground" in buttons[0][0].keys()}
''',

"ttk_app": r'''
import tkinter as tk
from tkinter import ttk
root = tk.Tk()
root.title("ttk demo")
nb = ttk.Notebook(root)
nb.pack(fill="both", expand=True, padx=4, pady=4)
tab1 = ttk.Frame(nb, padding=6)
tab2 = ttk.Frame(nb, padding=6)
nb.add(tab1, text="People")
nb.add(tab2, text="Settings", underline=0)
cols = ("name", "age", "city")
tree = ttk.Treeview(tab1, columns=cols, show="headings", height=5, selectmode="extended")
rows = [("Ann", 31, "Oslo"), ("Bob", 25, "Rome"), ("Cid", 40, "Lima"), ("Dee", 19, "Kiev"),
        ("Eli", 33, "Bern"), ("Fay", 28, "Cork"), ("Gus", 51, "Nice")]
order = {}
def sort_by(col):
    rev = order.get(col, False)
    data = [(tree.set(k, col), k) for k in tree.get_children("")]
    data.sort(key=lambda t: int(t[0]) if col == "age" else t[0], reverse=rev)
    for i, (_v, k) in enumerate(data):
        tree.move(k, "", i)
    order[col] = not rev
for c in cols:
    tree.heading(c, text=c.title(), command=lambda c=c: sort_by(c), anchor="w")
    tree.column(c, width=80, anchor="center" if c == "age" else "w", stretch=False)
for r in rows:
    tree.insert("", "end", values=r)
vsb = ttk.Scrollbar(tab1, orient="vertical", command=tree.yview)
tree.configure(yscrollcommand=vsb.set)
tree.grid(row=0, column=0, sticky="nsew")
vsb.grid(row=0, column=1, sticky="ns")
tab1.rowconfigure(0, weight=1)
tab1.columnconfigure(0, weight=1)
combo = ttk.Combobox(tab2, values=["small", "medium", "large"], state="readonly", width=10)
combo.current(1)
combo.grid(row=0, column=0, pady=2)
chosen = []
combo.bind("<<ComboboxSelected>>", lambda e: chosen.append(e.widget.get()))
pb = ttk.Progressbar(tab2, orient="horizontal", length=150, mode="determinate", maximum=50)
pb.grid(row=1, column=0, pady=2)
pb.step(10); pb.step(5)
pv = pb["value"]
pb2 = ttk.Progressbar(tab2, mode="indeterminate", length=100)
pb2.grid(row=2, column=0)
pb2.start(20)
pb2.stop()
spin = ttk.Spinbox(tab2, from_=0, to=10, increment=2, width=5)
spin.set(4)
spin.grid(row=3, column=0)
sv = tk.DoubleVar(value=3)
sc = ttk.Scale(tab2, from_=0, to=10, variable=sv, orient="horizontal", length=120)
sc.grid(row=4, column=0)
sc.set(7)
heading = tree.heading("age")
tree.heading("age")["command"]
sort_by("age")
by_age = [tree.set(k, "name") for k in tree.get_children()]
sort_by("age")
by_age_rev = [tree.set(k, "name") for k in tree.get_children()]
sort_by("name")
first = tree.get_children()[0]
tree.selection_set(first)
tree.focus(first)
tree.see(first)
nb.select(1)
combo.current(2)
combo.event_generate("<<ComboboxSelected>>")
RESULT = {"by_age": by_age, "rev": by_age_rev, "sel": [tree.item(i, "values") for i in tree.selection()],
          "combo": combo.get(), "cur": combo.current(), "chosen": chosen, "values": list(combo["values"]),
          "pv": float(pv), "mode": str(pb2["mode"]), "spin": spin.get(), "sv": sv.get(), "sc": sc.get(),
          "tab": nb.index(nb.select()), "tabs": len(nb.tabs()), "tabtext": nb.tab(1, "text"),
          "htext": heading["text"], "colw": tree.column("name", "width"), "focus": tree.focus() == first,
          "state": list(combo.state()), "index": tree.index(first), "exists": tree.exists(first)}
''',
"choices": r'''
import tkinter as tk
root = tk.Tk()
log = []
color = tk.StringVar(value="red")
om = tk.OptionMenu(root, color, "red", "green", "blue", command=lambda v: log.append(("om", v)))
om.pack(anchor="w")
size = tk.IntVar(value=2)
lf = tk.LabelFrame(root, text="Size", padx=5, pady=5)
lf.pack(fill="x", padx=5, pady=5)
for i, name in enumerate(("Small", "Medium", "Large"), start=1):
    tk.Radiobutton(lf, text=name, variable=size, value=i,
                   command=lambda: log.append(("rb", size.get()))).pack(anchor="w")
opt = tk.StringVar()
cb = tk.Checkbutton(root, text="Extra cheese", variable=opt, onvalue="yes", offvalue="no")
cb.pack(anchor="w")
cb.deselect()
first = opt.get()
cb.invoke()
second = opt.get()
cb.toggle()
third = opt.get()
lf.winfo_children()[2].invoke()
menu = om["menu"]
menu.invoke(2)
n = menu.index("end")
labels = [menu.entrycget(i, "label") for i in range(n + 1)]
menu.delete(0, "end")
for c in ("cyan", "magenta"):
    menu.add_command(label=c, command=tk._setit(color, c))
menu.invoke(1)
pw = tk.PanedWindow(root, orient="horizontal", sashrelief="raised")
pw.pack(fill="both", expand=True)
left = tk.Label(pw, text="left pane", bg="white")
right = tk.Label(pw, text="right pane")
pw.add(left, minsize=50)
pw.add(right)
root.update()
RESULT = {"log": log, "color": color.get(), "size": size.get(), "vals": [first, second, third],
          "labels": labels, "omtext": om.cget("text"), "panes": len(pw.panes()),
          "pcget": str(pw.panecget(left, "minsize")), "sash": pw.sash_coord(0),
          "lftext": lf.cget("text"), "cbon": cb.cget("onvalue")}
''',
"toplevel_dialog": r'''
import tkinter as tk
root = tk.Tk()
root.geometry("300x200+50+60")
result = {}
def open_dialog():
    dlg = tk.Toplevel(root)
    dlg.title("Settings")
    dlg.transient(root)
    dlg.resizable(False, False)
    tk.Label(dlg, text="Name:").grid(row=0, column=0, padx=5, pady=5)
    e = tk.Entry(dlg)
    e.grid(row=0, column=1, padx=5, pady=5)
    e.insert(0, "default")
    def ok():
        result["name"] = e.get()
        dlg.destroy()
    tk.Button(dlg, text="OK", command=ok).grid(row=1, column=1, sticky="e", padx=5, pady=5)
    dlg.protocol("WM_DELETE_WINDOW", dlg.destroy)
    dlg.grab_set()
    e.focus_set()
    dlg.after(10, ok)
    dlg.wait_window()
    result["after"] = dlg.winfo_exists()
tk.Button(root, text="Open", command=open_dialog).pack()
root.after(5, lambda: None)
root.update()
open_dialog()
top2 = tk.Toplevel(root, padx=3)
top2.withdraw()
st = top2.state()
top2.deiconify()
top2.minsize(100, 50)
top2.maxsize(500, 400)
top2.attributes("-topmost", True)
top2.geometry("200x100")
root.update()
RESULT = {"result": result, "state": st, "state2": top2.state(), "min": top2.minsize(), "max": top2.maxsize(),
          "topmost": top2.attributes("-topmost"), "res": root.resizable(), "geo": top2.winfo_geometry().split("+")[0],
          "title": top2.title(), "tl": str(top2.winfo_toplevel()), "class": top2.winfo_class(),
          "children": [str(w) for w in root.winfo_children()], "grab": root.grab_current()}
''',
"fonts_images": r'''
import tkinter as tk
import tkinter.font as tkfont
root = tk.Tk()
f = tkfont.Font(family="DejaVu Sans", size=12, weight="bold")
small = f.copy()
small.configure(size=9, weight="normal")
lbl = tk.Label(root, text="Measured", font=f)
lbl.pack()
tk.Label(root, text="small", font=small).pack()
img = tk.PhotoImage(width=20, height=10)
img.put("red", to=(0, 0, 10, 10))
img.put("#0000ff", (12, 2))
img.put("{green green} {green green}", to=(15, 5))
z = img.zoom(2)
s = img.subsample(2, 2)
cp = img.copy()
b = tk.Button(root, image=z, text="img", compound="left")
b.pack()
tk.Label(root, image=s).pack()
GIF = "R0lGODlhAgACAIAAAP8AAAAA/ywAAAAAAgACAAACAoRRADs="
g = tk.PhotoImage(data=GIF)
tk.Label(root, image=g).pack()
root.update()
RESULT = {"measure": f.measure("Hello"), "metrics": f.metrics("linespace"), "actual": f.actual("weight"),
          "small": small.cget("size"), "font": str(lbl.cget("font")) == str(f), "get": img.get(0, 0),
          "get2": img.get(12, 2), "get3": img.get(16, 6), "zoom": [z.width(), z.height()],
          "sub": [s.width(), s.height()], "copy": cp.get(3, 3), "gsize": [g.width(), g.height()],
          "gpix": g.get(0, 0), "type": img.type(), "families": "DejaVu Sans" in tkfont.families() or True,
          "names": sorted(tkfont.names())[:3] and True, "blank": img.blank() is None,
          "trans": img.transparency_get(19, 9), "cfg": z.cget("width")}
''',
"events_focus": r'''
import tkinter as tk
root = tk.Tk()
log = []
e1 = tk.Entry(root, name="first")
e2 = tk.Entry(root, name="second")
b = tk.Button(root, text="Go", name="go")
for w in (e1, e2, b):
    w.pack(padx=5, pady=2)
def keyh(ev):
    log.append(("key", str(ev.widget), ev.keysym, ev.char, ev.type == tk.EventType.KeyPress))
e1.bind("<Key>", keyh)
root.bind_all("<Control-s>", lambda ev: log.append(("all", ev.keysym, str(ev.widget))))
root.bind_class("Entry", "<FocusIn>", lambda ev: log.append(("focusin", str(ev.widget))), add="+")
root.event_add("<<Save>>", "<Control-S>")
root.bind("<<Custom>>", lambda ev: log.append(("custom", str(ev.widget))))
root.update()
e1.focus_force()
root.update()
e1.event_generate("<KeyPress-a>")
e1.event_generate("<Control-s>")
root.event_generate("<<Custom>>")
nxt = e1.tk_focusNext()
prv = e1.tk_focusPrev()
e2.focus_force()
root.update()
fg = root.focus_get()
root.clipboard_clear()
root.clipboard_append("copied ")
root.clipboard_append("text")
idle = []
root.after_idle(idle.append, 1)
root.update_idletasks()
RESULT = {"log": log, "next": str(nxt), "prev": str(prv), "focus": str(fg), "clip": root.clipboard_get(),
          "idle": idle, "info": list(root.event_info("<<Save>>")), "bindtags": list(e1.bindtags()),
          "bound": "<Key>" in e1.bind(), "classb": "<FocusIn>" in root.bind_class("Entry")}
''',
"winfo_center": r'''
import tkinter as tk
root = tk.Tk()
root.title("Centered")
frame = tk.Frame(root, width=200, height=120, bg="gray")
frame.pack_propagate(False)
frame.pack(padx=10, pady=10)
inner = tk.Label(frame, text="inside")
inner.pack()
g = tk.Frame(root, width=150, height=40)
g.grid_propagate(0)
g.pack()
tk.Button(g, text="x").grid(row=0, column=0)
tk.Label(root, text="placed").place(relx=0.5, rely=1.0, anchor="s", y=-2)
tk.Label(root, text="corner").place(relx=1.0, x=-5, y=5, anchor="ne", relwidth=0.3)
root.update_idletasks()
w, h = root.winfo_reqwidth(), root.winfo_reqheight()
sw, sh = root.winfo_screenwidth(), root.winfo_screenheight()
x, y = (sw - w) // 2, (sh - h) // 2
root.geometry(f"{w}x{h}+{x}+{y}")
root.update()
RESULT = {"req": [w, h], "screen": [sw, sh], "rgb": root.winfo_rgb("red"), "rgb2": root.winfo_rgb("#123456"),
          "class": [frame.winfo_class(), inner.winfo_class(), root.winfo_class()],
          "mapped": [frame.winfo_ismapped(), inner.winfo_ismapped()], "viewable": inner.winfo_viewable(),
          "children": [str(c) for c in root.winfo_children()], "parent": inner.winfo_parent(),
          "name": inner.winfo_name(), "fr": [frame.winfo_width(), frame.winfo_height()],
          "propagate": [frame.pack_propagate(), g.grid_propagate()], "geo": root.winfo_geometry().split("+")[0],
          "depth": root.winfo_depth(), "exists": root.winfo_exists(), "manager": inner.winfo_manager(),
          "pixels": root.winfo_pixels("2c"), "id": type(root.winfo_id()).__name__,
          "containing": str(root.winfo_containing(root.winfo_rootx() + 1000, 5000)),
          "keys": "text" in inner.keys(), "item": inner["text"], "cfg": inner.configure("text")[-1],
          "cells": root.winfo_cells(), "vis": root.winfo_visual(), "screen": root.winfo_screen() is not None}
''',
"option_db": r'''
import tkinter as tk
root = tk.Tk()
root.option_add("*Font", "TkFixedFont")
root.option_add("*Button.background", "lightblue")
root.option_add("*Label.foreground", "navy", "startupFile")
b = tk.Button(root, text="opt")
b.pack()
l = tk.Label(root, text="label")
l.pack()
l2 = tk.Label(root, text="explicit", fg="red")
l2.pack()
l["text"] = "changed"
l.config(width=12)
RESULT = {"bg": b.cget("background"), "fg": l.cget("fg"), "fg2": l2["fg"], "font": str(b["font"]),
          "get": root.option_get("background", "Background"), "text": l["text"], "w": l["width"]}
''',
"event_info": r'''
import tkinter as tk
root = tk.Tk()
root.event_add("<<Save>>", "<Control-S>", "<Control-Key-s>", "<F2>", "<Button-3>", "<Double-1>", "<Alt-x>",
              "<KeyPress-Return>", "<B1-Motion>", "<Shift-Up>")
RESULT = [list(root.event_info("<<Save>>")), "<<Save>>" in root.event_info()]
''',
}
