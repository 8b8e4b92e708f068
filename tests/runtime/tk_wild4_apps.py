"""Fourth round of "programs from the wild": data and form applications (ttk.Treeview tables with sorting headings,
tag stripes and tag bindings, forms with grid and validation, Listbox, Combobox, Spinbox, Scale, quizzes,
PanedWindow, Notebook settings, place layouts, calculators, a grade book and a log viewer), as tutorials, beginner
projects and StackOverflow answers write them. Each is run once with real Tk (CPython's tkinter under Xvfb) and once
with Pyroom's tkinter.

As in tk_wild3_games, they drive themselves only through what both answer the same way: ``invoke``, ``set``,
``insert``, ``event_generate`` (clicks at coordinates computed from ``bbox``, keys to a widget given the focus with
``focus_force``) and timers run by ``after(...)`` + ``mainloop()`` until the program calls ``quit``.
``tk_wild_runner`` records the widget tree, geometry, ``RESULT`` and what the program printed.
"""

WILD = {
"treeview_tag_clicks": r'''
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Tasks")
tree = ttk.Treeview(root, columns=("owner", "due"), height=6)
tree.heading("#0", text="Task")
tree.heading("owner", text="Owner")
tree.heading("due", text="Due")
tree.column("#0", width=160)
tree.column("owner", width=90, anchor="center")
tree.column("due", width=80)
tree.pack(fill="both", expand=True, padx=4, pady=4)
status = ttk.Label(root, text="")
status.pack(fill="x")

log = []
tasks = [("Write report", "ann", "mon", "urgent"), ("Review code", "bob", "tue", "normal"),
         ("Plan sprint", "ann", "wed", "normal"), ("Fix bug 12", "cid", "mon", "urgent"),
         ("Update docs", "bob", "fri", "low"), ("Call client", "ann", "thu", "urgent")]
for i, (task, owner, due, prio) in enumerate(tasks):
    tree.insert("", "end", iid="t%d" % i, text=task, values=(owner, due),
                tags=(prio, "odd" if i % 2 else "even"))
tree.insert("t2", "end", iid="t2a", text="Collect estimates", values=("ann", "tue"), tags=("low",))
tree.tag_configure("urgent", foreground="red")
tree.tag_configure("odd", background="#eeeeff")

def on_urgent(event):
    row = tree.identify_row(event.y)
    log.append(("urgent", row, tree.selection(), tree.focus()))

def on_any_row(event):
    log.append(("row", tree.identify_row(event.y), tree.identify_column(event.x)))

def on_low(event):
    log.append(("low-break", tree.identify_row(event.y)))
    return "break"

print("tag_bind:", tree.tag_bind("urgent", "<Button-1>", on_urgent))
tree.tag_bind("even", "<Button-1>", on_any_row)
tree.tag_bind("odd", "<Button-1>", on_any_row)
tree.tag_bind("low", "<Button-1>", on_low)
tree.tag_bind("urgent", "<ButtonRelease-1>", lambda e: log.append(("urgent-up", tree.selection())))
tree.tag_bind("normal", "<Key>", lambda e: log.append(("normal-key", e.keysym, tree.focus())))
tree.bind("<Button-1>", lambda e: log.append(("widget", tree.selection(), tree.focus())))
tree.bind("<<TreeviewSelect>>", lambda e: log.append(("select", tree.selection())))
tree.bind("<<TreeviewOpen>>", lambda e: log.append(("open", tree.focus(), tree.item(tree.focus(), "open"))))
tree.bind("<<TreeviewClose>>", lambda e: log.append(("close", tree.focus(), tree.item(tree.focus(), "open"))))

def click(item, column="#0", dx=30, state=None):
    x, y, w, h = tree.bbox(item, column)
    kw = {"x": x + dx, "y": y + h // 2}
    if state is not None:
        kw["state"] = state
    tree.event_generate("<Button-1>", **kw)
    tree.event_generate("<ButtonRelease-1>", **kw)
    root.update()
    status["text"] = "%d selected" % len(tree.selection())
    steps.append((item, state, list(log), tree.selection(), tree.focus()))
    del log[:]

steps = []
root.update()
tree.focus_force()
click("t0")
click("t1", "owner")
click("t4", "due", state=1)          # shift: from the focus item
click("t3", state=4)                 # control: toggles
click("t2", state=4)
click("t5", dx=100)
click("t2", dx=8)                    # its indicator: it opens
click("t2a", dx=40)                  # a child row: its tag breaks the other tags' bindings
tree.focus("t1")
for key in ("<Down>", "<Down>", "<Up>", "<Left>"):
    tree.event_generate(key)
root.update()
steps.append(("keys", list(log), tree.selection(), tree.focus()))
del log[:]
tree.configure(selectmode="browse")
click("t4", state=1)
click("t0", state=4)
edge = tree.bbox("t0", "owner")[0] + tree.bbox("t0", "owner")[2]
tree.event_generate("<Button-1>", x=edge, y=5)
tree.event_generate("<B1-Motion>", x=edge + 40, y=5, state=256)
tree.event_generate("<ButtonRelease-1>", x=edge + 40, y=5)
root.update()
RESULT = {"steps": steps, "widths": [tree.column(c, "width") for c in ("#0", "owner", "due")],
          "tags": [tree.item(i, "tags") for i in ("t0", "t1", "t2a")],
          "urgent": tree.tag_has("urgent"), "status": status["text"], "y": tree.yview(),
          "elements": [tree.identify_element(x, tree.bbox("t1")[1] + 5) for x in (2, 10, 25, 30, 45, 170, 200)],
          "region": [tree.identify_region(x, 5) for x in (20, 160, 163, 200, 330, 400)]}
''',

"treeview_crud_sort": r'''
import tkinter as tk
from tkinter import ttk


def treeview_sort_column(tv, col, reverse):
    l = [(tv.set(k, col), k) for k in tv.get_children("")]
    try:
        l.sort(key=lambda t: float(t[0]), reverse=reverse)
    except ValueError:
        l.sort(reverse=reverse)
    # rearrange items in sorted positions
    for index, (val, k) in enumerate(l):
        tv.move(k, "", index)
    # reverse sort next time
    tv.heading(col, command=lambda: treeview_sort_column(tv, col, not reverse))
    for i, k in enumerate(tv.get_children("")):
        tv.item(k, tags=("oddrow" if i % 2 else "evenrow",))


class InventoryApp(tk.Frame):
    columns = ("name", "qty", "price")

    def __init__(self, master):
        super().__init__(master)
        self.pack(fill="both", expand=True)
        form = ttk.Frame(self, padding=5)
        form.pack(fill="x")
        self.vars = {}
        for i, col in enumerate(self.columns):
            ttk.Label(form, text=col.title() + ":").grid(row=0, column=2 * i, sticky="e")
            var = tk.StringVar()
            ttk.Entry(form, textvariable=var, width=10).grid(row=0, column=2 * i + 1, padx=(2, 8))
            self.vars[col] = var
        buttons = ttk.Frame(self)
        buttons.pack(fill="x")
        self.add_btn = ttk.Button(buttons, text="Add", command=self.add)
        self.update_btn = ttk.Button(buttons, text="Update", command=self.update_item)
        self.delete_btn = ttk.Button(buttons, text="Delete", command=self.delete)
        self.up_btn = ttk.Button(buttons, text="Up", command=self.move_up)
        for b in (self.add_btn, self.update_btn, self.delete_btn, self.up_btn):
            b.pack(side="left", padx=2, pady=2)
        self.tree = ttk.Treeview(self, columns=self.columns, show="headings", height=6)
        for col in self.columns:
            self.tree.heading(col, text=col.title(),
                              command=lambda _col=col: treeview_sort_column(self.tree, _col, False))
            self.tree.column(col, width=90, anchor="e" if col != "name" else "w")
        self.tree.tag_configure("oddrow", background="white")
        self.tree.tag_configure("evenrow", background="lightblue")
        vsb = ttk.Scrollbar(self, orient="vertical", command=self.tree.yview)
        self.tree.configure(yscrollcommand=vsb.set)
        self.tree.pack(side="left", fill="both", expand=True)
        vsb.pack(side="right", fill="y")
        self.tree.bind("<<TreeviewSelect>>", self.on_select)
        self.count = 0

    def add(self):
        values = [self.vars[c].get() for c in self.columns]
        if not values[0]:
            return None
        tag = "oddrow" if self.count % 2 else "evenrow"
        iid = self.tree.insert("", "end", values=values, tags=(tag,))
        self.count += 1
        for v in self.vars.values():
            v.set("")
        return iid

    def on_select(self, event):
        sel = self.tree.selection()
        if sel:
            item = self.tree.item(sel[0])
            for col, val in zip(self.columns, item["values"]):
                self.vars[col].set(val)

    def update_item(self):
        for iid in self.tree.selection():
            self.tree.item(iid, values=[self.vars[c].get() for c in self.columns])

    def delete(self):
        for iid in self.tree.selection():
            self.tree.delete(iid)

    def move_up(self):
        for iid in self.tree.selection():
            self.tree.move(iid, self.tree.parent(iid), self.tree.index(iid) - 1)


root = tk.Tk()
root.title("Inventory")
app = InventoryApp(root)
stock = [("bolts", "120", "0.10"), ("nuts", "300", "0.05"), ("washers", "75", "0.02"), ("screws", "40", "0.12"),
         ("hinges", "8", "3.50"), ("brackets", "16", "1.25"), ("nails", "500", "0.01"), ("clamps", "4", "7.99")]
ids = []
for name, qty, price in stock:
    app.vars["name"].set(name)
    app.vars["qty"].set(qty)
    app.vars["price"].set(price)
    ids.append(app.add_btn.invoke())
root.update()
tree = app.tree
snap = {}
snap["children"] = tree.get_children()
snap["first_item"] = tree.item(ids[0])
snap["set"] = tree.set(ids[1])
snap["yview"] = tree.yview()
tree.selection_set(ids[2])
tree.focus(ids[2])
tree.see(ids[7])
root.update()
snap["form"] = [v.get() for v in app.vars.values()]
snap["yview2"] = tree.yview()
app.vars["qty"].set("80")
app.update_btn.invoke()
snap["updated"] = tree.item(ids[2], "values")
app.up_btn.invoke()
app.up_btn.invoke()
snap["after_up"] = [tree.set(i, "name") for i in tree.get_children()]
# click the headings as the reader would: Qty, then Qty again (descending), then Name
order = []
for col, times in (("qty", 2), ("name", 1)):
    for _ in range(times):
        tree.yview_moveto(0)
        root.update()
        x = tree.bbox(tree.get_children()[0], col)[0] + 20
        tree.event_generate("<Button-1>", x=x, y=5)
        tree.event_generate("<ButtonRelease-1>", x=x, y=5)
        order.append(("before update", [tree.set(i, "name") for i in tree.get_children()][:3]))
        root.update()
        order.append((col, [tree.set(i, col) for i in tree.get_children()]))
snap["order"] = order
snap["tags"] = [tree.item(i, "tags") for i in tree.get_children()]
snap["heading"] = {k: v for k, v in tree.heading("qty").items() if k != "command"}
snap["column"] = tree.column("price")
tree.selection_set(ids[4], ids[5])
app.delete_btn.invoke()
snap["after_delete"] = (len(tree.get_children()), tree.exists(ids[4]), tree.selection(), tree.focus())
snap["index"] = [tree.index(i) for i in ids if tree.exists(i)]
snap["next"] = (tree.next(tree.get_children()[0]), tree.prev(tree.get_children()[0]))
tree.detach(ids[0])
snap["detached"] = (tree.exists(ids[0]), ids[0] in tree.get_children(), tree.parent(ids[0]))
tree.move(ids[0], "", 0)
snap["reattached"] = tree.index(ids[0])
root.update()
print(len(tree.get_children()), "items")
RESULT = snap
''',
"contacts_form_validation": r'''
from tkinter import *
from tkinter import ttk

root = Tk()
root.title("Contacts")
root.columnconfigure(0, weight=1)
root.rowconfigure(1, weight=1)

log = []

def only_digits(P, S, d):
    log.append(("phone", P, S, d))
    return P == "" or (P.isdigit() and len(P) <= 10)

def max_len(P, W):
    ok = len(P) <= 12
    log.append(("name", P, ok))
    return ok

def rejected(S, W):
    log.append(("invalid", S, W.split(".")[-1]))
    root.bell()

vcmd_phone = (root.register(only_digits), "%P", "%S", "%d")
vcmd_name = (root.register(max_len), "%P", "%W")
inval = (root.register(rejected), "%S", "%W")

details = LabelFrame(root, text="Details", padx=6, pady=6)
details.grid(row=0, column=0, sticky="ew", padx=8, pady=4)
details.columnconfigure(1, weight=1)

Label(details, text="Name").grid(row=0, column=0, sticky=W)
name = Entry(details, validate="key", validatecommand=vcmd_name, invalidcommand=inval)
name.grid(row=0, column=1, sticky=EW, pady=2)
Label(details, text="Phone").grid(row=1, column=0, sticky=W)
phone = Entry(details, validate="key", validatecommand=vcmd_phone, invalidcommand=inval, name="phone")
phone.grid(row=1, column=1, sticky=EW, pady=2)
Label(details, text="Email").grid(row=2, column=0, sticky=W)
email_var = StringVar()
email = ttk.Entry(details, textvariable=email_var)
email.grid(row=2, column=1, sticky=EW, pady=2)
group = StringVar(value="Friends")
ttk.Label(details, text="Group").grid(row=3, column=0, sticky=W)
ttk.Combobox(details, textvariable=group, values=("Family", "Friends", "Work"), state="readonly",
             width=10).grid(row=3, column=1, sticky=W)

listframe = LabelFrame(root, text="Saved", padx=4, pady=4)
listframe.grid(row=1, column=0, sticky="nsew", padx=8)
listframe.columnconfigure(0, weight=1)
listframe.rowconfigure(0, weight=1)
saved = Listbox(listframe, height=4)
saved.grid(row=0, column=0, sticky="nsew")
sb = Scrollbar(listframe, orient=VERTICAL, command=saved.yview)
sb.grid(row=0, column=1, sticky=NS)
saved.config(yscrollcommand=sb.set)

message = StringVar()
Label(root, textvariable=message, fg="red", anchor=W).grid(row=2, column=0, sticky=EW, padx=8)
contacts = []

def save():
    if not name.get() or len(phone.get()) < 7:
        message.set("Name and a 7+ digit phone are required")
        return
    contacts.append((name.get(), phone.get(), email_var.get(), group.get()))
    saved.insert(END, "%-12s %s" % (name.get(), phone.get()))
    message.set("Saved %d contact(s)" % len(contacts))
    name.delete(0, END)
    phone.delete(0, END)
    email_var.set("")

buttons = Frame(root)
buttons.grid(row=3, column=0, sticky=E, padx=8, pady=6)
save_btn = Button(buttons, text="Save", width=8, command=save)
save_btn.pack(side=LEFT, padx=2)
Button(buttons, text="Quit", width=8, command=root.quit).pack(side=LEFT)

name.insert(0, "Ada Lovelace")
name.insert(END, "-King-Noel")
phone.insert(0, "555")
phone.insert(END, "x12")
phone.insert(END, "1234")
save_btn.invoke()
name.insert(0, "Alan")
phone.insert(0, "01234567890")
phone.insert(0, "0123456")
phone.delete(0, 2)
phone.insert(0, "99")
email_var.set("alan@example.org")
group.set("Work")
save_btn.invoke()
name.insert(0, "Grace")
phone.insert(0, "12")
save_btn.invoke()
phone.configure(validate="none")
phone.insert(END, "abc")
root.update()
RESULT = {"log": log, "contacts": contacts, "list": saved.get(0, END), "message": message.get(),
          "phone": phone.get(), "validate": (str(name["validate"]), str(phone.cget("validate"))),
          "grid": {k: str(v) for k, v in name.grid_info().items() if k != "in"},
          "weights": (details.columnconfigure(1)["weight"], root.rowconfigure(1)["weight"]),
          "labelframe": (details["text"], str(details["padx"]))}
''',
"listbox_extended_transfer": r'''
import tkinter as tk

root = tk.Tk()
root.title("Pick toppings")
root.geometry("420x260")

left_frame = tk.Frame(root)
left_frame.pack(side="left", fill="both", expand=True, padx=5, pady=5)
mid = tk.Frame(root)
mid.pack(side="left", padx=5)
right_frame = tk.Frame(root)
right_frame.pack(side="left", fill="both", expand=True, padx=5, pady=5)

tk.Label(left_frame, text="Available").pack(anchor="w")
scroll = tk.Scrollbar(left_frame)
scroll.pack(side="right", fill="y")
available = tk.Listbox(left_frame, selectmode=tk.EXTENDED, yscrollcommand=scroll.set, exportselection=False)
available.pack(side="left", fill="both", expand=True)
scroll.config(command=available.yview)

tk.Label(right_frame, text="Chosen").pack(anchor="w")
chosen = tk.Listbox(right_frame, selectmode="multiple", exportselection=0)
chosen.pack(fill="both", expand=True)

for item in ["cheese", "ham", "mushrooms", "olives", "onion", "pepper", "pineapple", "salami", "spinach",
             "tomato", "tuna", "basil", "garlic", "chili"]:
    available.insert(tk.END, item)

views = []

def add():
    for i in reversed(available.curselection()):
        chosen.insert(tk.END, available.get(i))
        available.delete(i)

def remove():
    for i in reversed(chosen.curselection()):
        available.insert(tk.END, chosen.get(i))
        chosen.delete(i)

events = []
available.bind("<<ListboxSelect>>", lambda e: events.append(available.curselection()))
tk.Button(mid, text=">>", command=add).pack(pady=4)
tk.Button(mid, text="<<", command=remove).pack(pady=4)

root.update()
views.append((available.yview(), scroll.get()))
available.selection_set(1)
available.selection_set(3, 5)
available.selection_clear(4)
sel1 = available.curselection()
add()
available.see(tk.END)
root.update()
views.append((available.yview(), scroll.get()))
available.selection_set(0)
available.activate(2)
anchor_before = available.index(tk.ACTIVE)
available.selection_anchor(0)
available.selection_set("anchor", 2)
add()
chosen.selection_set(0)
chosen.selection_set(2)
remove()
available.yview_moveto(0.5)
available.delete(0)
available.insert(0, "extra cheese", "double ham")
available.itemconfigure(1, bg="yellow", fg="blue")
root.update()
views.append((available.yview(), scroll.get()))
RESULT = {"sel1": sel1, "available": available.get(0, tk.END), "chosen": chosen.get(0, "end"),
          "size": (available.size(), chosen.size()), "views": views, "events": events,
          "anchor": anchor_before, "nearest": available.nearest(40), "bbox": available.bbox(0),
          "item": available.itemcget(1, "bg"), "cur": available.curselection(), "mode": available["selectmode"]}
''',
"combobox_spinbox_order": r'''
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Order pizza")
main = ttk.Frame(root, padding=10)
main.grid(sticky="nsew")

calls = []
sizes = {"Small": 8.0, "Medium": 10.5, "Large": 13.0}

def refresh_sizes():
    calls.append("post")
    size_box["values"] = [s for s in sizes]

ttk.Label(main, text="Size:").grid(row=0, column=0, sticky="w")
size_var = tk.StringVar()
size_box = ttk.Combobox(main, textvariable=size_var, postcommand=refresh_sizes, state="readonly", width=12)
size_box.grid(row=0, column=1, sticky="ew", pady=3)

ttk.Label(main, text="Crust:").grid(row=1, column=0, sticky="w")
crust = ttk.Combobox(main, values=["thin", "classic", "stuffed crust"], width=12)
crust.current(1)
crust.grid(row=1, column=1, sticky="ew", pady=3)

ttk.Label(main, text="Quantity:").grid(row=2, column=0, sticky="w")
qty_var = tk.IntVar(value=1)
qty = tk.Spinbox(main, from_=1, to=5, increment=1, textvariable=qty_var, width=5, wrap=True)
qty.grid(row=2, column=1, sticky="w", pady=3)

ttk.Label(main, text="Tip %:").grid(row=3, column=0, sticky="w")
tip = ttk.Spinbox(main, from_=0, to=25, increment=2.5, format="%.1f", width=6)
tip.set("10.0")
tip.grid(row=3, column=1, sticky="w", pady=3)

ttk.Label(main, text="Day:").grid(row=4, column=0, sticky="w")
day = tk.Spinbox(main, values=("Mon", "Tue", "Wed", "Thu", "Fri"), width=6, wrap=False)
day.grid(row=4, column=1, sticky="w", pady=3)

total = tk.StringVar(value="$0.00")
ttk.Label(main, textvariable=total, font=("Helvetica", 14, "bold")).grid(row=5, column=0, columnspan=2, pady=6)

def recalc(*args):
    size = size_var.get()
    if size not in sizes:
        return
    subtotal = sizes[size] * qty_var.get() + (2.0 if crust.get() == "stuffed crust" else 0.0)
    subtotal *= 1 + float(tip.get()) / 100
    total.set("${:,.2f}".format(subtotal))
    calls.append(("recalc", size, qty_var.get(), crust.get(), tip.get()))

size_box.bind("<<ComboboxSelected>>", recalc)
crust.bind("<<ComboboxSelected>>", recalc)
qty_var.trace_add("write", recalc)

root.update()
before = size_box["values"]
refresh_sizes()
size_box.current(2)
size_box.event_generate("<<ComboboxSelected>>")
qty.invoke("buttonup")
qty.invoke("buttonup")
crust.set("stuffed crust")
crust.event_generate("<<ComboboxSelected>>")
for _ in range(5):
    tip.event_generate("<<Increment>>")
values_seen = [qty.get(), tip.get()]
for _ in range(4):
    qty.invoke("buttonup")
day.invoke("buttondown")
day_first = day.get()
for _ in range(6):
    day.invoke("buttonup")
size_box.set("Medium")
recalc()
root.update()
RESULT = {"calls": calls, "total": total.get(), "before": before, "values": size_box["values"],
          "current": (size_box.current(), crust.current()), "seen": values_seen, "qty": qty.get(),
          "tip": tip.get(), "day": (day_first, day.get()), "spin": (qty["from"], qty["to"], qty["increment"]),
          "ttk_spin": (tip["format"], str(tip["increment"])), "state": str(size_box["state"])}
''',

"quiz_check_radio": r'''
from tkinter import *

QUESTIONS = [
    ("Which planet is known as the red planet?", ["Venus", "Mars", "Jupiter", "Saturn"], 1),
    ("What is 7 x 8?", ["54", "56", "58", "64"], 1),
    ("Which language is this quiz written in?", ["Java", "C", "Python", "Ruby"], 2),
]


class Quiz:
    def __init__(self, root):
        self.root = root
        self.q_no = 0
        self.score = 0
        self.answers = []
        self.title = Label(root, text="General Knowledge Quiz", width=40, bg="green", fg="white",
                           font=("ariel", 16, "bold"))
        self.title.pack(fill=X)
        self.question = Label(root, text="", width=50, font=("ariel", 12, "bold"), anchor="w", wraplength=300,
                              justify=LEFT)
        self.question.pack(pady=10)
        self.opt_selected = IntVar(value=-1)
        self.opts = []
        for i in range(4):
            rb = Radiobutton(root, text="", variable=self.opt_selected, value=i, font=("ariel", 12))
            rb.pack(anchor=W, padx=20)
            self.opts.append(rb)
        self.hints = BooleanVar()
        self.timer_on = StringVar(value="no")
        options = Frame(root)
        options.pack(pady=5)
        self.hint_cb = Checkbutton(options, text="Show hints", variable=self.hints, command=self.toggle_hint)
        self.hint_cb.pack(side=LEFT)
        self.timer_cb = Checkbutton(options, text="Timer", variable=self.timer_on, onvalue="yes", offvalue="no")
        self.timer_cb.pack(side=LEFT)
        self.hint = Label(root, text="", fg="gray")
        self.hint.pack()
        self.next_button = Button(root, text="Next", command=self.next_btn, width=10, bg="blue", fg="white")
        self.next_button.pack(pady=5)
        self.result = Label(root, text="")
        self.result.pack()
        self.display_question()

    def display_question(self):
        q, options, _answer = QUESTIONS[self.q_no]
        self.question.config(text="%d. %s" % (self.q_no + 1, q))
        self.opt_selected.set(-1)
        for rb, text in zip(self.opts, options):
            rb["text"] = text

    def toggle_hint(self):
        self.hint["text"] = "(the answer is option %d)" % (QUESTIONS[self.q_no][2] + 1) if self.hints.get() else ""

    def next_btn(self):
        choice = self.opt_selected.get()
        self.answers.append(choice)
        if choice == QUESTIONS[self.q_no][2]:
            self.score += 1
        self.q_no += 1
        if self.q_no == len(QUESTIONS):
            self.result["text"] = "Score: %d/%d (%d%%)" % (self.score, len(QUESTIONS),
                                                          100 * self.score // len(QUESTIONS))
            self.next_button["state"] = DISABLED
        else:
            self.display_question()
            self.toggle_hint()


root = Tk()
root.title("Quiz")
quiz = Quiz(root)
quiz.opts[1].invoke()
quiz.hint_cb.invoke()
shown_hint = quiz.hint["text"]
quiz.next_button.invoke()
quiz.opts[2].select()
quiz.timer_cb.invoke()
quiz.next_button.invoke()
quiz.opts[0].invoke()
quiz.opts[2].invoke()
quiz.hint_cb.toggle()
quiz.hint_cb.invoke()
quiz.next_button.invoke()
quiz.next_button.invoke()
root.update()
RESULT = {"answers": quiz.answers, "score": quiz.score, "result": quiz.result["text"], "hint": shown_hint,
          "hints": quiz.hints.get(), "timer": quiz.timer_on.get(), "state": str(quiz.next_button["state"]),
          "var": quiz.opt_selected.get(), "values": [rb["value"] for rb in quiz.opts],
          "onoff": (quiz.timer_cb["onvalue"], quiz.timer_cb["offvalue"]), "question": quiz.question["text"],
          "var_name": str(quiz.opt_selected) == str(quiz.opts[0]["variable"])}
''',
"scale_mixer": r'''
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Mixer")
values = {}
moves = []

def on_move(name):
    def handler(value):
        moves.append((name, value))
        values[name].set("%s: %s" % (name, value))
    return handler

frame = tk.Frame(root, padx=10, pady=10)
frame.pack()
for col, (name, frm, to, res, tick) in enumerate([("Bass", -12, 12, 1, 6), ("Mid", -6, 6, 0.5, 3),
                                                  ("Treble", 0, 1, 0.05, 0.25)]):
    values[name] = tk.StringVar(value=name)
    tk.Label(frame, textvariable=values[name], width=12).grid(row=0, column=col)
    s = tk.Scale(frame, from_=to, to=frm, resolution=res, tickinterval=tick, length=150, orient=tk.VERTICAL,
                 command=on_move(name), name=name.lower())
    s.grid(row=1, column=col, padx=5)

volume = tk.DoubleVar(value=30)
vol = tk.Scale(root, label="Volume", variable=volume, from_=0, to=100, orient="horizontal", length=250,
               tickinterval=25, resolution=5, showvalue=True)
vol.pack(fill="x", padx=10)
balance = tk.DoubleVar()
bal = ttk.Scale(root, from_=-1.0, to=1.0, variable=balance, orient="horizontal", length=200)
bal.pack(pady=5)
readout = ttk.Label(root, text="")
readout.pack()

def show(*args):
    readout["text"] = "vol=%d bal=%+.2f" % (volume.get(), balance.get())

volume.trace_add("write", show)
balance.trace_add("write", show)

root.update()
bass = frame.nametowidget("bass")
mid = frame.nametowidget("mid")
treble = frame.nametowidget("treble")
bass.set(4)
mid.set(2.3)
treble.set(0.33)
volume.set(47)
bal.set(0.25)
root.update()
vol.set(63)
bal.configure(value=-0.5)
root.update()
RESULT = {"moves": moves, "labels": {k: v.get() for k, v in values.items()},
          "gets": (bass.get(), mid.get(), treble.get(), vol.get(), round(bal.get(), 3)),
          "volume": volume.get(), "balance": balance.get(), "readout": readout["text"],
          "opts": (bass["resolution"], mid["tickinterval"], treble["from"], vol["length"], str(vol["orient"])),
          "ttk": (bal.cget("from"), bal["to"], str(bal["orient"]))}
''',
"paned_explorer": r'''
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Explorer")
root.geometry("600x320")

outer = tk.PanedWindow(root, orient=tk.HORIZONTAL, sashrelief=tk.RAISED, sashwidth=6, bg="gray70")
outer.pack(fill=tk.BOTH, expand=1)

folders = tk.Listbox(outer, width=18)
for f in ("Documents", "Music", "Pictures", "Projects"):
    folders.insert(tk.END, f)
outer.add(folders, minsize=80)

right = ttk.PanedWindow(outer, orient=tk.VERTICAL)
outer.add(right, stretch="always")

files = ttk.Treeview(right, columns=("size",), height=5)
files.heading("#0", text="Name")
files.heading("size", text="Size")
files.column("size", width=80, anchor="e")
for i, (name, size) in enumerate([("notes.txt", "2 KB"), ("plan.odt", "31 KB"), ("photo.png", "1.2 MB")]):
    files.insert("", "end", text=name, values=(size,))
preview = tk.Text(right, height=4, wrap="word")
preview.insert("1.0", "Select a file to preview it here.")
right.add(files, weight=3)
right.add(preview, weight=1)
status = ttk.Label(root, text="Ready", relief="sunken", anchor="w")
status.pack(fill="x", side="bottom")

root.update()
geo = {}
geo["start"] = (folders.winfo_width(), right.winfo_width(), files.winfo_height(), preview.winfo_height())
geo["sash"] = outer.sash_coord(0)
outer.sash_place(0, 200, 0)
root.update()
geo["moved"] = (folders.winfo_width(), right.winfo_x(), outer.sash_coord(0))
right.sashpos(0, 90)
root.update()
geo["ttk_sash"] = (right.sashpos(0), files.winfo_height(), preview.winfo_y())
geo["panes"] = [str(p) for p in outer.panes()] == [str(folders), str(right)]
geo["ttk_panes"] = len(right.panes())
geo["pane_opts"] = (outer.panecget(folders, "minsize"), str(outer.panecget(right, "stretch")),
                    right.pane(files, "weight"))
root.geometry("700x360")
root.update()
geo["resized"] = (folders.winfo_width(), right.winfo_width(), files.winfo_height(), preview.winfo_height())
right.forget(preview)
root.update()
geo["forgot"] = (len(right.panes()), files.winfo_height())
right.insert(0, preview, weight=1)
root.update()
geo["inserted"] = (preview.winfo_y(), files.winfo_y(), right.sashpos(0))
RESULT = geo
''',
"notebook_settings": r'''
import tkinter as tk
from tkinter import ttk


class SettingsDialog(tk.Toplevel):
    def __init__(self, master):
        super().__init__(master)
        self.title("Settings")
        self.changes = []
        self.nb = ttk.Notebook(self)
        self.nb.pack(fill="both", expand=True, padx=6, pady=6)
        self.general = ttk.Frame(self.nb, padding=8)
        self.appearance = ttk.Frame(self.nb, padding=8)
        self.advanced = ttk.Frame(self.nb, padding=8)
        self.nb.add(self.general, text="General", underline=0)
        self.nb.add(self.appearance, text="Appearance")
        self.nb.add(self.advanced, text="Advanced", state="disabled")
        self.autosave = tk.BooleanVar(value=True)
        ttk.Checkbutton(self.general, text="Autosave", variable=self.autosave).grid(row=0, column=0, sticky="w")
        ttk.Label(self.general, text="User name:").grid(row=1, column=0, sticky="w")
        self.user = ttk.Entry(self.general, width=20)
        self.user.grid(row=1, column=1, sticky="ew")
        self.theme = tk.StringVar(value="light")
        for i, t in enumerate(("light", "dark", "system")):
            ttk.Radiobutton(self.appearance, text=t.title(), value=t, variable=self.theme).grid(row=i, sticky="w")
        ttk.Label(self.advanced, text="Here be dragons").pack()
        buttons = ttk.Frame(self)
        buttons.pack(fill="x", padx=6, pady=(0, 6))
        ttk.Button(buttons, text="OK", command=self.ok).pack(side="right")
        ttk.Button(buttons, text="Cancel", command=self.destroy).pack(side="right", padx=4)
        self.nb.bind("<<NotebookTabChanged>>", self.on_tab)
        self.result = None

    def on_tab(self, event):
        nb = event.widget
        self.changes.append((nb.index("current"), nb.tab(nb.select(), "text")))

    def ok(self):
        self.result = {"autosave": self.autosave.get(), "user": self.user.get(), "theme": self.theme.get()}


root = tk.Tk()
root.title("Main")
ttk.Label(root, text="Main window").pack(padx=20, pady=20)
dlg = SettingsDialog(root)
nb = dlg.nb
root.update()
info = {"count": nb.index("end"), "tabs": len(nb.tabs()), "first": nb.tab(0, "text")}
nb.select(dlg.appearance)
root.update()
dlg.theme.set("dark")
nb.tab(dlg.advanced, state="normal")
nb.select(2)
root.update()
shortcuts = ttk.Frame(nb, padding=8)
ttk.Label(shortcuts, text="Ctrl+S  Save").pack(anchor="w")
nb.insert(1, shortcuts, text="Shortcuts")
info["after_insert"] = [nb.tab(t, "text") for t in nb.tabs()]
info["index_of"] = (nb.index(shortcuts), nb.index(dlg.advanced), nb.index("current"))
nb.hide(dlg.appearance)
root.update()
info["hidden"] = (nb.tab(2, "state"), nb.index("end"), nb.select() == str(dlg.advanced))
nb.select(dlg.appearance)
info["unhidden"] = nb.tab(dlg.appearance, "state")
root.update()
nb.forget(shortcuts)
root.update()
info["after_forget"] = ([nb.tab(t, "text") for t in nb.tabs()], nb.index("end"), nb.index("current"))
nb.tab(0, text="Main", padding=4)
info["tab_opts"] = {k: str(v) for k, v in nb.tab(0).items()}
dlg.user.insert(0, "guido")
dlg.ok()
info["result"] = dlg.result
info["changes"] = dlg.changes
info["size"] = (nb.winfo_width() > 100, dlg.general.winfo_ismapped(), dlg.appearance.winfo_ismapped())
RESULT = info
''',

"place_login_card": r'''
import tkinter as tk

root = tk.Tk()
root.title("Login")
root.geometry("400x300")
root.configure(bg="#2c3e50")

card = tk.Frame(root, bg="white", bd=2, relief="ridge")
card.place(relx=0.5, rely=0.5, relwidth=0.8, relheight=0.7, anchor="center")
title = tk.Label(card, text="Sign in", font=("Arial", 16, "bold"), bg="white")
title.place(relx=0.5, y=10, anchor="n")
tk.Label(card, text="Username", bg="white").place(relx=0.1, rely=0.3, anchor="w")
user = tk.Entry(card)
user.place(relx=0.4, rely=0.3, relwidth=0.5, anchor="w")
tk.Label(card, text="Password", bg="white").place(relx=0.1, rely=0.5, anchor="w")
pw = tk.Entry(card, show="*")
pw.place(relx=0.4, rely=0.5, relwidth=0.5, anchor="w")
msg = tk.Label(card, text="", bg="white", fg="red")
msg.place(relx=0.5, rely=0.65, anchor="center")
attempts = []

def login(event=None):
    ok = user.get() == "admin" and pw.get() == "s3cret"
    attempts.append((user.get(), len(pw.get()), ok))
    msg.config(text="Welcome!" if ok else "Wrong username or password", fg="green" if ok else "red")

btn = tk.Button(card, text="Login", command=login, width=10)
btn.place(relx=0.5, rely=1.0, y=-10, anchor="s")
corner = tk.Label(root, text="v1.0", bg="#2c3e50", fg="white")
corner.place(relx=1.0, rely=1.0, x=-5, y=-5, anchor="se")
badge = tk.Label(root, text="BETA", bg="orange")
badge.place(x=10, y=10, width=50, height=20)

root.update()
geo = {"card": (card.winfo_x(), card.winfo_y(), card.winfo_width(), card.winfo_height()),
       "btn": (btn.winfo_x(), btn.winfo_y()), "corner": (corner.winfo_x(), corner.winfo_y()),
       "entry": (user.winfo_x(), user.winfo_y(), user.winfo_width())}
user.insert(0, "admin")
pw.insert(0, "password")
btn.invoke()
pw.delete(0, "end")
pw.insert(0, "s3cret")
user.focus_force()
root.bind("<Return>", login)
user.event_generate("<Return>")
root.geometry("500x360")
root.update()
geo["resized"] = (card.winfo_x(), card.winfo_y(), card.winfo_width(), card.winfo_height(), btn.winfo_y(),
                  corner.winfo_x(), corner.winfo_y())
info = card.place_info()
geo["info"] = {k: info[k] for k in ("relx", "rely", "relwidth", "relheight", "anchor", "x", "width")}
badge.place_configure(x=20, relwidth=0.2, width=0)
root.update()
geo["badge"] = (badge.winfo_x(), badge.winfo_width(), badge.place_info()["relwidth"])
msg.place_forget()
geo["slaves"] = [w.winfo_class() for w in card.place_slaves()]
RESULT = {"geo": geo, "attempts": attempts, "msg": msg["text"], "shown": pw["show"]}
''',
"calculators_bmi_loan_tip": r'''
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Calculators")
nb = ttk.Notebook(root)
nb.pack(fill="both", expand=True)

# --- BMI ---
bmi = ttk.Frame(nb, padding=10)
nb.add(bmi, text="BMI")
weight = tk.DoubleVar(value=70)
height = tk.DoubleVar(value=175)
bmi_out = tk.StringVar()
ttk.Label(bmi, text="Weight (kg)").grid(row=0, column=0, sticky="w")
ttk.Entry(bmi, textvariable=weight, width=8).grid(row=0, column=1)
ttk.Label(bmi, text="Height (cm)").grid(row=1, column=0, sticky="w")
ttk.Entry(bmi, textvariable=height, width=8).grid(row=1, column=1)

def calc_bmi():
    try:
        value = weight.get() / (height.get() / 100) ** 2
    except (tk.TclError, ZeroDivisionError):
        bmi_out.set("Enter numbers")
        return
    if value < 18.5:
        cat = "Underweight"
    elif value < 25:
        cat = "Normal"
    elif value < 30:
        cat = "Overweight"
    else:
        cat = "Obese"
    bmi_out.set("BMI: {:.1f} ({})".format(value, cat))

bmi_btn = ttk.Button(bmi, text="Calculate", command=calc_bmi)
bmi_btn.grid(row=2, column=0, columnspan=2, pady=5)
ttk.Label(bmi, textvariable=bmi_out).grid(row=3, column=0, columnspan=2)

# --- Loan ---
loan = ttk.Frame(nb, padding=10)
nb.add(loan, text="Loan")
entries = {}
for r, (label, default) in enumerate([("Amount", "250000"), ("Rate %", "4.5"), ("Years", "30")]):
    ttk.Label(loan, text=label).grid(row=r, column=0, sticky="e", padx=4)
    e = ttk.Entry(loan, width=12, justify="right")
    e.insert(0, default)
    e.grid(row=r, column=1, pady=2)
    entries[label] = e
loan_out = ttk.Label(loan, text="", font=("Courier", 10))
loan_out.grid(row=4, column=0, columnspan=2, sticky="w")

def calc_loan():
    p = float(entries["Amount"].get())
    r = float(entries["Rate %"].get()) / 100 / 12
    n = int(entries["Years"].get()) * 12
    m = p * r / (1 - (1 + r) ** -n) if r else p / n
    loan_out["text"] = "Monthly: %10.2f\nTotal:   %10.2f\nInterest:%10.2f" % (m, m * n, m * n - p)
    return m

ttk.Button(loan, text="Compute", command=calc_loan).grid(row=3, column=1, sticky="e")

# --- Tip ---
tip = ttk.Frame(nb, padding=10)
nb.add(tip, text="Tip")
bill = tk.StringVar(value="84.50")
people = tk.IntVar(value=3)
pct = tk.IntVar(value=15)
tip_out = tk.StringVar()
ttk.Entry(tip, textvariable=bill, width=10).grid(row=0, column=1)
ttk.Label(tip, text="Bill").grid(row=0, column=0)
for i, p in enumerate((10, 15, 20)):
    ttk.Radiobutton(tip, text="%d%%" % p, value=p, variable=pct).grid(row=1, column=i)
tk.Spinbox(tip, from_=1, to=12, textvariable=people, width=4).grid(row=2, column=1)

def calc_tip(*args):
    try:
        b = float(bill.get())
    except ValueError:
        tip_out.set("?")
        return
    total = b * (1 + pct.get() / 100)
    tip_out.set(f"Tip ${b * pct.get() / 100:.2f} | each ${total / people.get():>8.2f}")

pct.trace_add("write", calc_tip)
people.trace_add("write", calc_tip)
bill.trace_add("write", calc_tip)
ttk.Label(tip, textvariable=tip_out).grid(row=3, column=0, columnspan=3)

results = []
bmi_btn.invoke()
results.append(bmi_out.get())
weight.set(95.5)
height.set(180)
bmi_btn.invoke()
results.append(bmi_out.get())
height.set(0)
bmi_btn.invoke()
results.append(bmi_out.get())
nb.select(loan)
results.append(round(calc_loan(), 2))
entries["Rate %"].delete(0, "end")
entries["Rate %"].insert(0, "0")
calc_loan()
results.append(loan_out["text"])
nb.select(2)
pct.set(20)
people.set(4)
bill.set("abc")
results.append(tip_out.get())
bill.set("120")
results.append(tip_out.get())
root.update()
RESULT = {"results": results, "loan": loan_out.cget("text"), "tab": nb.index(nb.select()),
          "sizes": [(f.winfo_reqwidth(), f.winfo_reqheight()) for f in (bmi, loan, tip)]}
''',
"gradebook_stats": r'''
import statistics
import tkinter as tk
from tkinter import ttk


class GradeBook(ttk.Frame):
    subjects = ("Math", "Physics", "History")

    def __init__(self, master):
        super().__init__(master, padding=8)
        self.grid(sticky="nsew")
        master.columnconfigure(0, weight=1)
        master.rowconfigure(0, weight=1)
        cols = ("student",) + self.subjects + ("avg", "grade")
        self.tree = ttk.Treeview(self, columns=cols, show="headings", height=7, selectmode="browse")
        for c in cols:
            self.tree.heading(c, text=c.title(), anchor="w" if c == "student" else "center")
            self.tree.column(c, width=110 if c == "student" else 60, anchor="w" if c == "student" else "e",
                             stretch=c == "student")
        self.tree.grid(row=0, column=0, columnspan=3, sticky="nsew")
        self.columnconfigure(0, weight=1)
        self.rowconfigure(0, weight=1)
        self.tree.tag_configure("fail", foreground="red")
        self.tree.tag_configure("top", font=("TkDefaultFont", 9, "bold"))
        self.tree.tag_configure("stats", background="#dddddd")
        self.summary = ttk.Label(self, text="")
        self.summary.grid(row=1, column=0, sticky="w", pady=4)

    @staticmethod
    def letter(avg):
        for bound, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= bound:
                return letter
        return "F"

    def load(self, rows):
        self.tree.delete(*self.tree.get_children())
        for name, marks in rows:
            avg = sum(marks) / len(marks)
            tags = ["fail"] if avg < 60 else ["top"] if avg >= 90 else []
            self.tree.insert("", "end", iid=name, values=(name, *marks, "%.1f" % avg, self.letter(avg)),
                             tags=tags)
        self.add_stats()

    def add_stats(self):
        students = [i for i in self.tree.get_children() if not self.tree.tag_has("stats", i)]
        for label, func in (("Mean", statistics.mean), ("Median", statistics.median), ("Std dev", statistics.pstdev),
                            ("Max", max)):
            row = [label]
            for col in self.subjects + ("avg",):
                values = [float(self.tree.set(i, col)) for i in students]
                row.append("%.2f" % func(values))
            row.append("")
            iid = "stat-" + label
            if self.tree.exists(iid):
                self.tree.item(iid, values=row)
            else:
                self.tree.insert("", "end", iid=iid, values=row, tags=("stats",))
        best = max(students, key=lambda i: float(self.tree.set(i, "avg")))
        self.summary["text"] = "%d students, best: %s (%s)" % (len(students), best, self.tree.set(best, "avg"))


root = tk.Tk()
root.title("Grade book")
root.geometry("520x300")
book = GradeBook(root)
book.load([("Alice", (92, 88, 95)), ("Bob", (55, 61, 48)), ("Chen", (78, 85, 80)), ("Dana", (90, 97, 93)),
           ("Emil", (66, 59, 71))])
tree = book.tree
root.update()
first = {"stats": tree.item("stat-Mean", "values"), "median": tree.set("stat-Median", "Physics"),
         "summary": book.summary["text"], "fail": tree.tag_has("fail"), "top": tree.tag_has("top")}
tree.set("Bob", "Math", 75)
tree.set("Bob", "avg", "%.1f" % ((75 + 61 + 48) / 3))
book.add_stats()
tree.selection_set("Chen")
tree.see("stat-Max")
root.update()
widths = [tree.column(c, "width") for c in tree["columns"]]
RESULT = {"first": first, "mean": tree.item("stat-Mean")["values"], "bob": tree.item("Bob")["values"],
          "bob_set": tree.set("Bob"), "summary": book.summary["text"], "widths": widths,
          "y": tree.yview(), "sel": tree.selection(), "heading": tree.heading("student", "anchor"),
          "tag": {k: str(v) for k, v in tree.tag_configure("fail").items()},
          "children": len(tree.get_children()), "bbox": tree.bbox("Chen", "avg")}
''',
"log_viewer_filter": r'''
import re
import tkinter as tk
from tkinter import ttk

LINES = [
    "2024-05-01 10:00:01 INFO  server started on port 8080",
    "2024-05-01 10:00:05 DEBUG loading config from /etc/app.conf",
    "2024-05-01 10:01:12 WARN  disk usage at 85%",
    "2024-05-01 10:02:30 INFO  user alice logged in",
    "2024-05-01 10:03:45 ERROR database timeout after 30s",
    "2024-05-01 10:04:00 INFO  user bob logged in",
    "2024-05-01 10:05:10 ERROR failed to send mail to bob@example.org",
    "2024-05-01 10:06:00 DEBUG cache hit ratio 0.93",
    "2024-05-01 10:07:20 WARN  slow request /api/search (2.4s)",
    "2024-05-01 10:08:00 INFO  user alice logged out",
]


class LogViewer:
    def __init__(self, root):
        self.root = root
        top = ttk.Frame(root)
        top.pack(fill="x", padx=4, pady=4)
        ttk.Label(top, text="Filter:").pack(side="left")
        self.pattern = tk.StringVar()
        self.entry = ttk.Entry(top, textvariable=self.pattern, width=25)
        self.entry.pack(side="left", fill="x", expand=True, padx=4)
        self.level = tk.StringVar(value="ALL")
        self.level_box = ttk.Combobox(top, textvariable=self.level, width=7, state="readonly",
                                      values=("ALL", "DEBUG", "INFO", "WARN", "ERROR"))
        self.level_box.pack(side="left")
        self.count = ttk.Label(root, text="", anchor="e")
        self.count.pack(side="bottom", fill="x")
        body = ttk.Frame(root)
        body.pack(fill="both", expand=True)
        self.text = tk.Text(body, height=8, width=60, wrap="none", font=("Courier", 10))
        ys = ttk.Scrollbar(body, orient="vertical", command=self.text.yview)
        xs = ttk.Scrollbar(body, orient="horizontal", command=self.text.xview)
        self.text.configure(yscrollcommand=ys.set, xscrollcommand=xs.set)
        self.text.grid(row=0, column=0, sticky="nsew")
        ys.grid(row=0, column=1, sticky="ns")
        xs.grid(row=1, column=0, sticky="ew")
        body.rowconfigure(0, weight=1)
        body.columnconfigure(0, weight=1)
        for level, color in (("ERROR", "red"), ("WARN", "orange"), ("DEBUG", "gray")):
            self.text.tag_configure(level, foreground=color)
        self.text.tag_configure("match", background="yellow")
        self.pattern.trace_add("write", lambda *a: self.refresh())
        self.level_box.bind("<<ComboboxSelected>>", lambda e: self.refresh())
        self.refresh()

    def refresh(self):
        pat, level = self.pattern.get(), self.level.get()
        self.text.configure(state="normal")
        self.text.delete("1.0", "end")
        shown = 0
        for line in LINES:
            lvl = line.split()[2]
            if level != "ALL" and lvl != level:
                continue
            if pat and not re.search(re.escape(pat), line, re.I):
                continue
            self.text.insert("end", line + "\n", lvl)
            shown += 1
        if pat:
            start = "1.0"
            while True:
                pos = self.text.search(pat, start, stopindex="end", nocase=True)
                if not pos:
                    break
                end = "%s+%dc" % (pos, len(pat))
                self.text.tag_add("match", pos, end)
                start = end
        self.text.configure(state="disabled")
        self.count["text"] = "%d of %d lines" % (shown, len(LINES))


root = tk.Tk()
root.title("Log viewer")
viewer = LogViewer(root)
root.update()
snaps = [(viewer.count["text"], viewer.text.yview())]
viewer.entry.focus_force()
for ch in "user":
    viewer.entry.event_generate("<KeyPress>", keysym=ch)
root.update()
snaps.append((viewer.count["text"], viewer.text.tag_ranges("match")))
viewer.pattern.set("")
viewer.level_box.current(4)
viewer.level_box.event_generate("<<ComboboxSelected>>")
snaps.append((viewer.count["text"], viewer.text.get("1.0", "end-1c").splitlines()))
viewer.level.set("ALL")
viewer.pattern.set("BOB")
snaps.append((viewer.count["text"], [str(i) for i in viewer.text.tag_ranges("match")],
              viewer.text.tag_names("1.25")))
viewer.pattern.set("")
viewer.text.see("end")
root.update()
snaps.append((viewer.text.yview(), viewer.text.index("@0,0")))
viewer.text.insert("end", "should not appear")
RESULT = {"snaps": snaps, "state": str(viewer.text["state"]), "lines": viewer.text.count("1.0", "end", "lines"),
          "level_tags": viewer.text.tag_ranges("ERROR")}
''',

"treeview_lazy_browser": r'''
import tkinter as tk
from tkinter import ttk

FS = {"/": ["home", "etc", "var"], "/home": ["ann", "bob"], "/home/ann": ["notes.txt", "music"],
      "/home/ann/music": ["song.mp3"], "/home/bob": [], "/etc": ["hosts", "passwd"], "/var": ["log"],
      "/var/log": ["syslog", "auth.log"]}

root = tk.Tk()
root.title("Browser")
frame = ttk.Frame(root)
frame.pack(fill="both", expand=True)
tree = ttk.Treeview(frame, columns=("kind",), height=8, selectmode="browse")
tree.heading("#0", text="Path", anchor="w")
tree.heading("kind", text="Kind")
tree.column("kind", width=70, stretch=False)
ysb = ttk.Scrollbar(frame, orient="vertical", command=tree.yview)
tree.configure(yscroll=ysb.set)
tree.grid(row=0, column=0, sticky="nsew")
ysb.grid(row=0, column=1, sticky="ns")
frame.rowconfigure(0, weight=1)
frame.columnconfigure(0, weight=1)
path_label = ttk.Label(root, text="")
path_label.pack(fill="x")
loaded = []
opened = []

def insert_node(parent, path):
    name = path.rsplit("/", 1)[-1] or "/"
    is_dir = path in FS
    node = tree.insert(parent, "end", iid=path, text=name, values=("dir" if is_dir else "file",),
                       tags=("dir",) if is_dir else ("file",))
    if is_dir:
        tree.insert(node, "end", iid=path + "/__dummy__", text="loading...")
    return node

def on_open(event):
    node = tree.focus()
    opened.append(node)
    children = tree.get_children(node)
    if children and children[0].endswith("__dummy__"):
        tree.delete(children[0])
        for child in FS[node]:
            insert_node(node, (node.rstrip("/") + "/" + child))
        loaded.append(node)

def on_select(event):
    sel = tree.selection()
    path_label["text"] = sel[0] if sel else ""

tree.bind("<<TreeviewOpen>>", on_open)
tree.bind("<<TreeviewSelect>>", on_select)
insert_node("", "/")
root.update()
tree.focus_force()

def dclick(item, dx=40):
    x, y, w, h = tree.bbox(item)
    for _ in range(2):
        tree.event_generate("<Button-1>", x=x + dx, y=y + 5)
        tree.event_generate("<ButtonRelease-1>", x=x + dx, y=y + 5)
    root.update()

dclick("/")
dclick("/home")
tree.focus("/home/ann")
tree.event_generate("<Right>")
root.update()
tree.event_generate("<Down>")
tree.event_generate("<Down>")
tree.event_generate("<Return>")
root.update()
walk = []

def visit(node, depth):
    for child in tree.get_children(node):
        walk.append(("  " * depth) + tree.item(child, "text"))
        visit(child, depth + 1)

visit("", 0)
tree.see("/home/ann/music/song.mp3")
root.update()
tree.item("/home", open=False)
root.update()
RESULT = {"loaded": loaded, "opened": opened, "walk": walk, "focus": tree.focus(), "sel": tree.selection(),
          "label": path_label["text"], "open": [tree.item(i, "open") for i in ("/", "/home", "/home/ann")],
          "dirs": tree.tag_has("dir"), "y": tree.yview(), "parent": tree.parent("/home/ann/music"),
          "bbox": tree.bbox("/home/ann/music"), "visible_bbox": tree.bbox("/etc", "#0")}
''',
"todo_listbox": r'''
from tkinter import *

tasks = []

def update_listbox():
    lb_tasks.delete(0, END)
    for i, task in enumerate(tasks):
        lb_tasks.insert(END, task)
        if task.startswith("[x]"):
            lb_tasks.itemconfig(i, fg="gray")

def add_task():
    task = txt_input.get()
    if task != "":
        tasks.append(task)
        update_listbox()
    else:
        lbl_display["text"] = "Please enter a task."
    txt_input.delete(0, "end")

def del_one():
    sel = lb_tasks.curselection()
    if sel:
        del tasks[sel[0]]
        update_listbox()

def done():
    for i in lb_tasks.curselection():
        if not tasks[i].startswith("[x]"):
            tasks[i] = "[x] " + tasks[i]
    update_listbox()

def sort_asc():
    tasks.sort()
    update_listbox()

def number_of_tasks():
    lbl_display["text"] = "Number of tasks: %s" % len(tasks)

root = Tk()
root.configure(bg="white")
root.title("To-Do List")
root.geometry("300x320")

lbl_title = Label(root, text="To-Do-List", bg="white")
lbl_title.grid(row=0, column=0)
lbl_display = Label(root, text="", bg="white")
lbl_display.grid(row=0, column=1)
txt_input = Entry(root, width=15)
txt_input.grid(row=1, column=1)
btn_add_task = Button(root, text="Add task", fg="green", bg="white", command=add_task)
btn_add_task.grid(row=1, column=0)
btn_del_one = Button(root, text="Delete", fg="green", bg="white", command=del_one)
btn_del_one.grid(row=2, column=0)
btn_done = Button(root, text="Done", fg="green", bg="white", command=done)
btn_done.grid(row=3, column=0)
btn_sort_asc = Button(root, text="Sort (ASC)", fg="green", bg="white", command=sort_asc)
btn_sort_asc.grid(row=4, column=0)
btn_number_of_tasks = Button(root, text="Number of tasks", fg="green", bg="white", command=number_of_tasks)
btn_number_of_tasks.grid(row=5, column=0)
lb_tasks = Listbox(root, selectmode=EXTENDED)
lb_tasks.grid(row=2, column=1, rowspan=7)

for t in ("walk the dog", "buy milk", "call mom", "write essay", "fix bike"):
    txt_input.insert(0, t)
    btn_add_task.invoke()
btn_add_task.invoke()
empty_msg = lbl_display["text"]
lb_tasks.selection_set(1, 2)
btn_done.invoke()
lb_tasks.selection_set(0)
btn_del_one.invoke()
btn_sort_asc.invoke()
btn_number_of_tasks.invoke()
root.update()
RESULT = {"tasks": tasks, "items": lb_tasks.get(0, END), "empty": empty_msg, "count": lbl_display["text"],
          "colors": [lb_tasks.itemcget(i, "fg") for i in range(lb_tasks.size())],
          "size": (lb_tasks.winfo_width(), lb_tasks.winfo_height()), "grid": root.grid_size()}
''',
"registration_ttk_form": r'''
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Register")
style = ttk.Style(root)
style.configure("Error.TLabel", foreground="red")
style.configure("Big.TButton", font=("Helvetica", 12, "bold"), padding=6)

form = ttk.LabelFrame(root, text="New account", padding=(10, 5))
form.grid(row=0, column=0, padx=10, pady=10, sticky="nsew")
root.columnconfigure(0, weight=1)
form.columnconfigure(1, weight=1)

events = []
fields = {}

def check_email(value, reason):
    events.append(("email", value, reason))
    ok = "@" in value and "." in value.split("@")[-1]
    errors["text"] = "" if ok else "Invalid email"
    return ok

def email_bad(value):
    events.append(("bad", value))

def check_age(new, action):
    return new == "" or (new.isdigit() and int(new) < 130)

for r, (label, key) in enumerate([("Username", "user"), ("Email", "email"), ("Age", "age")]):
    ttk.Label(form, text=label + ":").grid(row=r, column=0, sticky="w", pady=2)
    e = ttk.Entry(form)
    e.grid(row=r, column=1, sticky="ew", pady=2)
    fields[key] = e
fields["email"].configure(validate="focusout", validatecommand=(root.register(check_email), "%P", "%V"),
                          invalidcommand=(root.register(email_bad), "%P"))
fields["age"].configure(validate="key", validatecommand=(root.register(check_age), "%P", "%d"))

gender = tk.StringVar(value="none")
gframe = ttk.Frame(form)
gframe.grid(row=3, column=1, sticky="w")
for text, value in (("Female", "f"), ("Male", "m"), ("Other", "o")):
    ttk.Radiobutton(gframe, text=text, value=value, variable=gender).pack(side="left")
country = ttk.Combobox(form, values=("Canada", "France", "Japan"), state="readonly")
country.grid(row=4, column=1, sticky="ew", pady=2)
ttk.Label(form, text="Country:").grid(row=4, column=0, sticky="w")
news = tk.StringVar(value="no")
ttk.Checkbutton(form, text="Send me news", variable=news, onvalue="yes", offvalue="no").grid(row=5, column=1,
                                                                                            sticky="w")
agree = tk.IntVar()
submit = ttk.Button(form, text="Register", style="Big.TButton", state="disabled")

def toggle_submit():
    submit.state(["!disabled"] if agree.get() else ["disabled"])
    events.append(("agree", agree.get(), submit.instate(["disabled"])))

agree_cb = ttk.Checkbutton(form, text="I accept the terms", variable=agree, command=toggle_submit)
agree_cb.grid(row=6, column=0, columnspan=2, sticky="w")
errors = ttk.Label(form, text="", style="Error.TLabel")
errors.grid(row=7, column=0, columnspan=2, sticky="w")
submit.grid(row=8, column=0, columnspan=2, pady=6)
accounts = []

def register():
    data = {k: e.get() for k, e in fields.items()}
    data.update(gender=gender.get(), country=country.get(), news=news.get())
    accounts.append(data)

submit.configure(command=register)
root.update()
fields["user"].insert(0, "guido")
fields["age"].insert(0, "6x")
fields["age"].insert(0, "67")
fields["age"].insert("end", "0")
fields["email"].focus_force()
fields["email"].insert(0, "guido@python")
fields["user"].focus_force()
root.update()
first_error = errors["text"]
fields["email"].focus_force()
fields["email"].insert("end", ".org")
fields["age"].focus_force()
root.update()
gender.set("m")
country.current(1)
submit.invoke()
agree_cb.invoke()
submit.invoke()
agree_cb.invoke()
agree_cb.invoke()
RESULT = {"events": events, "accounts": accounts, "first_error": first_error, "error": errors["text"],
          "age": fields["age"].get(), "state": submit.state(), "style": submit["style"],
          "news": news.get(), "lookup": style.lookup("Error.TLabel", "foreground"),
          "req": (submit.winfo_reqwidth(), submit.winfo_reqheight()), "validate": str(fields["email"]["validate"])}
''',
}
