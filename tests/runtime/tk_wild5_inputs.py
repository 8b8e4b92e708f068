"""Fifth round of "programs from the wild": input widgets and menus in depth (Entry indices, selection, scrolling,
states and validation; Listbox, Spinbox and Scrollbar protocols; Menu indices, entries and invocation; OptionMenu
rebuilds; Menubutton, Checkbutton and Radiobutton options; keyboard-driven forms and search-as-you-type filters), as
tutorials, beginner projects and StackOverflow answers write them. Each is run once with real Tk (CPython's tkinter
under Xvfb) and once with Pyroom's tkinter.

As in tk_wild4_apps, they drive themselves only through what both answer the same way: ``invoke``, ``set``,
``insert``, ``event_generate`` (keys to a widget given the focus with ``focus_force``) and timers run by
``after(...)`` + ``mainloop()`` until the program calls ``quit``. ``tk_wild_runner`` records the widget tree,
geometry, ``RESULT`` and what the program printed.
"""

WILD = {
"entry_indices_selection": r'''
import tkinter as tk

root = tk.Tk()
root.title("Entry indices")
entry = tk.Entry(root, width=30, font=("Courier", 12))
entry.pack(padx=8, pady=8)
entry.insert(0, "Hello World")
entry.insert("end", "!")
entry.icursor(5)
entry.insert("insert", ",")
steps = [entry.get(), entry.index("insert"), entry.index("end")]
entry.select_range(0, 5)
steps.append((entry.selection_present(), entry.index("sel.first"), entry.index("sel.last"),
              entry.index("anchor"), entry.selection_get()))
entry.delete("sel.first", "sel.last")
steps.append((entry.get(), entry.selection_present(), entry.index("insert")))
entry.insert(0, "Howdy")
entry.selection_from(2)
entry.selection_to(7)
steps.append((entry.index("sel.first"), entry.index("sel.last"), entry.selection_get()))
entry.selection_adjust(9)
steps.append((entry.index("sel.first"), entry.index("sel.last")))
entry.selection_adjust(1)
steps.append((entry.index("sel.first"), entry.index("sel.last")))
entry.select_clear()
steps.append(entry.select_present())
try:
    entry.index("sel.first")
except tk.TclError as exc:
    steps.append(("no sel", str(exc)))
root.update()
steps.append([entry.index("@%d" % x) for x in (0, 3, 12, 40, 41, 100, 1000, -20)])
steps.append((entry.index(99), entry.index(-3), entry.bbox(0)))  # (tk.Entry has no bbox: Misc.bbox is grid's)
entry.delete(0, 2)
entry.delete("end")
entry.icursor("end")
entry.insert("insert", "?")
entry.delete(3)
steps.append((entry.get(), entry.index("insert")))
entry.icursor(2)
entry.select_range(4, "end")
entry.delete(0)
steps.append((entry.index("insert"), entry.index("sel.first"), entry.index("sel.last"), entry.index("anchor")))
for bad in ("nowhere", "sel.frist"):
    try:
        entry.index(bad)
    except tk.TclError as exc:
        steps.append(str(exc))
RESULT = {"steps": steps, "final": entry.get(), "width": entry["width"], "req": entry.winfo_reqwidth()}
''',
"entry_scroll_password": r'''
import tkinter as tk

root = tk.Tk()
root.title("Long text")
frame = tk.Frame(root)
frame.pack(fill="x", padx=5, pady=5)
views = []

def on_scroll(first, last):
    views.append((round(float(first), 3), round(float(last), 3)))
    hbar.set(first, last)

entry = tk.Entry(frame, width=20, font=("Courier", 10), xscrollcommand=on_scroll)
entry.pack(fill="x")
hbar = tk.Scrollbar(frame, orient="horizontal", command=entry.xview)
hbar.pack(fill="x")
entry.insert(0, "".join("%02d-" % i for i in range(40)))
root.update()
shown = [tuple(round(f, 3) for f in entry.xview())]
entry.xview_moveto(0.5)
root.update()
shown.append(tuple(round(f, 3) for f in entry.xview()))
entry.xview_scroll(3, "units")
shown.append(entry.index("@0"))
entry.xview(10)
shown.append(entry.index("@0"))
entry.xview_scroll(-1, "pages")
shown.append(entry.index("@0"))
hbar_get = [round(f, 3) for f in hbar.get()]
entry.icursor(0)
entry.xview("insert")
shown.append(entry.index("@0"))
entry.icursor("end")
entry.xview("end")
shown.append((entry.index("@0"), [round(f, 3) for f in entry.xview()]))

password = tk.Entry(root, show="*", width=12, font=("Courier", 10))
password.pack()
password.insert(0, "s3cret")
right = tk.Entry(root, justify="right", width=12, font=("Courier", 10))
right.pack()
right.insert(0, "42")
center = tk.Entry(root, justify="center", width=12, font=("Courier", 10))
center.pack()
center.insert(0, "mid")
root.update()
entry.delete(0, 9)
entry.insert(0, "<<")
shown.append((entry.index("@0"), entry.index("insert")))
RESULT = {"views_tail": views[-3:], "nviews_ok": len(views) > 2, "shown": shown, "hbar": hbar_get,
          "pw": password.get(), "show": password["show"],
          "at": [[e.index("@%d" % x) for x in range(0, 110, 10)] for e in (password, right, center)],
          "xviews": [e.xview() for e in (password, right, center)],
          "justify": [str(e["justify"]) for e in (password, right, center)]}
''',
"entry_states_readonly": r'''
import tkinter as tk

root = tk.Tk()
root.title("States")
var = tk.StringVar(value="fixed text")
ro = tk.Entry(root, textvariable=var, state="readonly", readonlybackground="lightyellow")
ro.pack()
off = tk.Entry(root, disabledforeground="gray50", disabledbackground="#eeeeee")
off.insert(0, "was typed")
off.config(state="disabled")
off.pack()
normal = tk.Entry(root)
normal.pack()
log = []
ro.insert(0, "X")
ro.delete(0, 3)
off.insert("end", "more")
off.delete(0, "end")
log.append((ro.get(), off.get()))
var.set("changed by variable")
log.append(ro.get())
ro.select_range(0, 7)
log.append((ro.selection_present(), ro.selection_get()))
off.select_range(0, 3)
log.append(off.selection_present())
off.icursor(3)
log.append(off.index("insert"))
ro.configure(state="normal")
ro.insert(0, ">")
ro.configure(state="readonly")
log.append((ro.get(), var.get()))
off["state"] = "normal"
off.insert("end", " again")
log.append(off.get())
ro.focus_force()
root.update()
ro.event_generate("<Key>", keysym="a")
ro.event_generate("<BackSpace>")
ro.event_generate("<End>")
ro.event_generate("<Key>", keysym="b")
log.append((ro.get(), ro.index("insert")))
normal.focus_force()
root.update()
for key in ("h", "i", "BackSpace", "o", "Home", "exclam"):
    normal.event_generate("<Key>", keysym=key)
log.append((normal.get(), normal.index("insert")))
root.update()
RESULT = {"log": log, "states": [str(e["state"]) for e in (ro, off, normal)],
          "cfg": [ro["readonlybackground"], off["disabledforeground"], off["disabledbackground"]]}
''',
"entry_validate_modes": r'''
import tkinter as tk

root = tk.Tk()
root.title("Validation modes")
calls = []

def check(name, d, i, P, s, S, v, V, W):
    calls.append((name, d, i, P, s, S, v, V, W.rsplit(".", 1)[-1]))
    return True

def make(name, mode):
    vcmd = (root.register(lambda *a: check(name, *a)), "%d", "%i", "%P", "%s", "%S", "%v", "%V", "%W")
    e = tk.Entry(root, name=name, validate=mode, validatecommand=vcmd)
    e.pack()
    return e

key = make("key", "key")
fin = make("fin", "focusin")
fout = make("fout", "focusout")
every = make("every", "all")
plain = tk.Entry(root, name="plain")
plain.pack()
key.insert(0, "ab")
key.insert(1, "X")
key.delete(0, 2)
key.delete("end")
fin.insert(0, "in")
every.insert(0, "all")
every.delete(0)
root.update()
for w in (fin, fout, every, plain, every):
    w.focus_force()
    root.update()
plain.focus_force()
root.update()

def invalid_limit(P):
    return len(P) <= 4

def on_invalid(P, V):
    calls.append(("invalid", P, V))

limit = tk.Entry(root, validate="key", validatecommand=(root.register(invalid_limit), "%P"),
                 invalidcommand=(root.register(on_invalid), "%P", "%V"))
limit.pack()
limit.insert(0, "1234")
limit.insert("end", "5")
limit.delete(0)
limit.insert(0, "ab")

def explode(P):
    calls.append(("explode", P))
    raise ValueError("boom")

bad = tk.Entry(root, validate="key", validatecommand=(root.register(explode), "%P"))
bad.pack()
bad.insert(0, "q")
after_exc = (bad.get(), str(bad["validate"]))
bad.insert(0, "r")

def returns_none(P):
    calls.append(("none", P))

odd = tk.Entry(root, validate="all", validatecommand=(root.register(returns_none), "%P"))
odd.pack()
odd.insert(0, "z")
after_none = (odd.get(), str(odd["validate"]))
odd.config(validate="key")
odd.insert(0, "y")
var = tk.StringVar()
tv = tk.Entry(root, textvariable=var, validate="key", validatecommand=(root.register(invalid_limit), "%P"))
tv.pack()
var.set("longer than four")
tv_state = str(tv["validate"])
tv.config(validate="key")
tv.insert(0, "x")
root.update()
RESULT = {"calls": calls, "limit": limit.get(), "bad": bad.get(), "after_exc": after_exc,
          "odd": odd.get(), "after_none": after_none, "tv": (tv.get(), tv_state, str(tv["validate"])),
          "validate": [str(e["validate"]) for e in (key, fin, fout, every, limit)]}
''',
"entry_variable_traces": r'''
from tkinter import *

root = Tk()
root.title("Traces")
name = StringVar(root, name="username")
seen = []

def changed(varname, index, mode):
    seen.append((varname, index, mode, name.get()))

def read_cb(*args):
    seen.append(("read",) + args[1:])

wid = name.trace_add("write", changed)
entry = Entry(root, textvariable=name)
entry.pack()
label = Label(root, textvariable=name)
label.pack()
entry.insert(0, "bob")
entry.insert(END, "by")
entry.delete(0)
entry.delete(1, 3)
name.set("alice")
entry.insert(2, "-")
info = name.trace_info()
rid = name.trace_add("read", read_cb)
value = name.get()
name.trace_remove("read", rid)
entry.delete(0, END)
name.trace_remove("write", wid)
entry.insert(0, "quiet")
counter = IntVar(value=0)
count_log = []
counter.trace_add(("write", "unset"), lambda *a: count_log.append(a[2]))
spin = Spinbox(root, from_=0, to=5, textvariable=counter)
spin.pack()
spin.invoke("buttonup")
spin.invoke("buttonup")
spin.invoke("buttondown")
root.update()
RESULT = {"seen": seen, "info": [(list(m), c == wid) for m, c in info], "value": value, "entry": entry.get(),
          "label": label["text"], "counter": counter.get(), "count_log": count_log, "spin": spin.get(),
          "tv": str(entry["textvariable"])}
''',
"listbox_in_depth": r'''
import tkinter as tk

root = tk.Tk()
root.title("Listbox")
frame = tk.Frame(root)
frame.pack(fill="both", expand=True)
ybar = tk.Scrollbar(frame)
ybar.pack(side="right", fill="y")
fruits = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew melon from spain",
          "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince"]
lb = tk.Listbox(frame, height=6, width=14, font=("Courier", 10), yscrollcommand=ybar.set, exportselection=False)
lb.pack(side="left", fill="both")
ybar.config(command=lb.yview)
for f in fruits:
    lb.insert("end", f)
for i in range(0, lb.size(), 2):
    lb.itemconfig(i, bg="#f0f0ff", fg="navy")
lb.itemconfigure(3, selectbackground="red", selectforeground="white")
root.update()
out = {"y0": [round(f, 3) for f in lb.yview()], "x0": [round(f, 3) for f in lb.xview()]}
out["bbox"] = [lb.bbox(0), lb.bbox(5), lb.bbox(6)]
out["nearest"] = [lb.nearest(0), lb.nearest(30), lb.nearest(500)]
out["at"] = [lb.index("@5,20"), lb.index("@5,500"), lb.index("end"), lb.index(3)]
lb.see(10)
root.update()
out["after_see"] = [round(f, 3) for f in lb.yview()], lb.nearest(0), lb.bbox(0)
lb.yview_moveto(0)
lb.yview_scroll(2, "units")
out["scrolled"] = lb.nearest(0), [round(f, 3) for f in ybar.get()]
lb.yview(0)
lb.xview_scroll(3, "units")
out["x1"] = [round(f, 3) for f in lb.xview()]
lb.xview_moveto(0)
lb.activate(4)
out["active"] = lb.index("active"), lb.index("anchor")
lb.selection_set(2, 4)
lb.selection_set(7)
lb.selection_anchor(2)
out["sel"] = lb.curselection(), [lb.selection_includes(i) for i in range(5)], lb.index("anchor")
lb.selection_clear(3)
out["sel2"] = lb.curselection()
out["get"] = lb.get(1, 3), lb.get("end"), lb.get(2), lb.get(20)
lb.delete(1, 3)
out["after_delete"] = lb.size(), lb.get(0, 2), lb.curselection(), lb.itemcget(1, "bg"), lb.itemcget(0, "fg")
lb.delete(lb.size() - 2, "end")
lb.insert(1, "blueberry", "blackberry")
out["inserted"] = lb.get(0, "end"), lb.curselection()
out["itemcfg"] = lb.itemconfigure(0, "background")[-1], lb.itemcget(5, "selectbackground")

names = tk.StringVar(value="one {two words} three")
lb2 = tk.Listbox(root, listvariable=names, height=4)
lb2.pack()
out["lv"] = lb2.get(0, "end"), lb2.size()
names.set(("alpha", "beta gamma", "delta"))
out["lv2"] = lb2.get(0, "end")
lb2.insert("end", "epsilon")
out["lv3"] = names.get()
lb2.delete(0)
out["lv4"] = root.getvar(str(names))
out["cfg"] = [str(lb["exportselection"]), lb["height"], str(lb["selectmode"]), str(lb2["listvariable"]) == str(names)]
root.update()
RESULT = out
''',
"spinbox_in_depth": r'''
import tkinter as tk

root = tk.Tk()
root.title("Spinboxes")
log = []
sizes = tk.Spinbox(root, values=("S", "M", "L", "XL"), wrap=True, command=lambda: log.append(sizes.get()))
sizes.pack()
steps = [sizes.get()]
for _ in range(5):
    sizes.invoke("buttonup")
steps.append(sizes.get())
sizes.invoke("buttondown")
sizes.invoke("buttondown")
steps.append(sizes.get())
price = tk.Spinbox(root, from_=0, to=1, increment=0.1, format="%.2f")
price.pack()
for _ in range(4):
    price.invoke("buttonup")
steps.append(price.get())
for _ in range(10):
    price.invoke("buttonup")
steps.append(price.get())
odd = tk.Spinbox(root, from_=0.0, to=2.0, increment=0.3)
odd.pack()
vals = []
for _ in range(8):
    odd.invoke("buttonup")
    vals.append(odd.get())
steps.append(vals)
ring = tk.Spinbox(root, from_=1, to=3, wrap=True)
ring.pack()
ring_vals = []
for _ in range(4):
    ring.invoke("buttondown")
    ring_vals.append(ring.get())
steps.append(ring_vals)
level = tk.IntVar(value=7)
spin = tk.Spinbox(root, from_=0, to=10, textvariable=level, width=5)
spin.pack()
spin.invoke("buttonup")
level.set(9)
spin.invoke("buttonup")
spin.invoke("buttonup")
steps.append((level.get(), spin.get()))
spin.delete(0, "end")
spin.insert(0, "abc")
spin.invoke("buttonup")
steps.append(spin.get())
level.set(4)

def only_small(P, d):
    log.append(("v", P, d))
    return P == "" or (P.isdigit() and int(P) < 20)

checked = tk.Spinbox(root, from_=0, to=30, validate="key",
                     validatecommand=(root.register(only_small), "%P", "%d"))
checked.pack()
checked.insert(0, "25")
checked.insert(0, "1")
checked.invoke("buttonup")
steps.append((checked.get(), str(checked["validate"])))
sizes.config(values=("a", "b", "c"))
steps.append(sizes.get())
sizes.delete(0, "end")
sizes.insert(0, "b")
sizes.invoke("buttonup")
steps.append(sizes.get())
root.update()
RESULT = {"steps": steps, "log": log, "values": sizes["values"], "fmt": price["format"],
          "inc": [float(price["increment"]), float(odd["increment"])], "wrap": [str(sizes["wrap"]), str(price["wrap"])],
          "bounds": [float(spin["from"]), float(spin["to"])], "level": level.get()}
''',
"scrollbar_protocol": r'''
import tkinter as tk

root = tk.Tk()
root.title("Scrollbars")
frame = tk.Frame(root)
frame.pack()
sb = tk.Scrollbar(frame, orient="vertical")
lb = tk.Listbox(frame, height=5, yscrollcommand=sb.set)
sb.config(command=lb.yview)
sb.pack(side="right", fill="y")
lb.pack(side="left")
for i in range(50):
    lb.insert("end", "line %d" % i)
text = tk.Text(root, height=4, width=30, wrap="none")
tsb = tk.Scrollbar(root, orient="horizontal", command=text.xview)
text.configure(xscrollcommand=tsb.set)
text.pack()
tsb.pack(fill="x")
text.insert("1.0", "\n".join("row %d " % i + "x" * (i * 5) for i in range(10)))
root.update()
out = {"get0": [round(f, 3) for f in sb.get()]}
lb.yview_moveto(0.5)
root.update()
out["get1"] = [round(f, 3) for f in sb.get()]
sb.set("0.25", "0.5")
out["set_str"] = sb.get()
sb.set(0.1, 0.3)
out["set_float"] = sb.get()
lb.yview_moveto(0)
root.update()
height = sb.winfo_height()
width = sb.winfo_width()
out["size_ok"] = height > 40 and width > 5
out["fraction"] = [round(sb.fraction(5, y), 2) for y in (0, height // 2, height)]
out["delta"] = [round(sb.delta(0, 10), 3), round(sb.delta(0, -height), 3)]
out["identify"] = [sb.identify(width // 2, 2), sb.identify(width // 2, height - 2),
                   sb.identify(width // 2, 20), sb.identify(width // 2, height // 2), sb.identify(-5, -5)]
out["active0"] = sb.activate()
sb.activate("slider")
out["active1"] = sb.activate()
sb.activate("")
out["active2"] = sb.activate()
lb.yview("scroll", 3, "units")
out["after_units"] = lb.nearest(0)
lb.yview("scroll", 1, "pages")
out["after_page"] = lb.nearest(0)
lb.yview("moveto", "1.0")
out["at_end"] = lb.nearest(0), [round(f, 3) for f in lb.yview()]
text.xview_moveto(0.25)
root.update()
out["text_x"] = [round(f, 3) for f in tsb.get()]
text.xview("scroll", 2, "units")
out["text_x2"] = round(text.xview()[0], 3)
out["cfg"] = [str(sb["orient"]), str(tsb["orient"]), sb["jump"]]
RESULT = out
''',
"menu_indices_entries": r'''
import tkinter as tk

root = tk.Tk()
root.title("Menus")
menubar = tk.Menu(root)
root.config(menu=menubar)
posted = []
filemenu = tk.Menu(menubar, postcommand=lambda: posted.append("file"))
menubar.add_cascade(label="File", menu=filemenu, underline=0)
clicks = []
wrap = tk.BooleanVar(value=False)
size = tk.StringVar(value="medium")
filemenu.add_command(label="New", accelerator="Ctrl+N", command=lambda: clicks.append("new"))
filemenu.add_command(label="Open...", command=lambda: clicks.append("open"))
filemenu.add_separator()
filemenu.add_checkbutton(label="Word wrap", variable=wrap, onvalue=True, offvalue=False,
                         command=lambda: clicks.append(("wrap", wrap.get())))
for s in ("small", "medium", "large"):
    filemenu.add_radiobutton(label=s.title(), value=s, variable=size, command=lambda: clicks.append(size.get()))
sub = tk.Menu(filemenu, tearoff=0)
filemenu.add_cascade(label="Recent", menu=sub)
sub.add_command(label="a.txt")
filemenu.add_command(label="Exit", command=lambda: clicks.append("exit"), state="disabled")
out = {}
out["idx"] = [filemenu.index(x) for x in ("end", "last", "active", "none", "New", "Open*", "Word*", "Large",
                                          "Exit", 3, "@0")]
out["types"] = [filemenu.type(i) for i in range(filemenu.index("end") + 1)]
out["tearoff"] = [filemenu["tearoff"], sub["tearoff"], str(menubar["tearoff"])]
out["sub_end"] = sub.index("end")
empty = tk.Menu(root, tearoff=0)
out["empty_end"] = empty.index("end")
out["entry_cget"] = [filemenu.entrycget(1, "label"), filemenu.entrycget(1, "accelerator"),
                     filemenu.entrycget("Word wrap", "onvalue"), filemenu.entrycget(5, "value"),
                     str(filemenu.entrycget(5, "variable")), filemenu.entrycget("Exit", "state"),
                     str(filemenu.entrycget("Recent", "menu")) == str(sub)]
filemenu.entryconfigure("Exit", state="normal")
filemenu.entryconfig(2, label="Open file...")
out["keys_cmd"] = sorted(filemenu.entryconfigure(1))
out["keys_sep"] = sorted(filemenu.entryconfigure(3))
out["keys_check"] = sorted(filemenu.entryconfigure(4))
out["keys_radio"] = sorted(filemenu.entryconfigure(5))
out["keys_casc"] = sorted(filemenu.entryconfigure("Recent"))
out["cfg_tuple"] = filemenu.entryconfigure(1, "label")
out["inv"] = [filemenu.invoke("New"), filemenu.invoke(4), filemenu.invoke(4), filemenu.invoke("Large"),
              filemenu.invoke(3), filemenu.invoke("Exit")]
out["vars"] = [wrap.get(), size.get(), root.getvar(str(size))]
filemenu.insert_command(2, label="Save", command=lambda: clicks.append("save"))
filemenu.insert_separator(3)
out["after_insert"] = [filemenu.type(i) for i in range(filemenu.index("end") + 1)]
filemenu.delete(3)
filemenu.delete("Small", "Large")
out["after_delete"] = [filemenu.entrycget(i, "label") if filemenu.type(i) not in ("separator", "tearoff") else
                       filemenu.type(i) for i in range(filemenu.index("end") + 1)]
filemenu.delete(50)
filemenu.add("command", label="Added")
out["end_after"] = filemenu.index("end"), filemenu.index("Added")
popup = tk.Menu(root)
popup.add_command(label="one")
out["popup_idx"] = popup.index("one"), popup.type(0), popup.index("end")
popup.configure(tearoff=0)
out["popup_after"] = popup.index("end"), popup.type(0)
filemenu.post(20, 20)
filemenu.unpost()
root.update()
out["posted"] = posted
out["ypos"] = filemenu.yposition(0) == 0 or filemenu.yposition(0) >= 0
out["ypos_order"] = filemenu.yposition(1) < filemenu.yposition(2) < filemenu.yposition(4)
out["clicks"] = clicks
out["menubar_types"] = [menubar.type(i) for i in range(menubar.index("end") + 1)]
RESULT = out
''',
"context_menu_popup": r'''
import tkinter as tk

root = tk.Tk()
root.title("Right click")
root.geometry("260x180")
log = []
listbox = tk.Listbox(root)
listbox.pack(fill="both", expand=True)
for name in ("alpha", "beta", "gamma", "delta"):
    listbox.insert("end", name)
show_hidden = tk.BooleanVar(value=False)
sort_key = tk.StringVar(value="name")
menu = tk.Menu(root, tearoff=0, postcommand=lambda: log.append(("post", listbox.curselection())))
menu.add_command(label="Rename", command=lambda: log.append("rename"))
menu.add_command(label="Delete", command=lambda: listbox.delete("active"))
menu.add_separator()
menu.add_checkbutton(label="Show hidden", variable=show_hidden)
for key in ("name", "size", "date"):
    menu.add_radiobutton(label="Sort by " + key, variable=sort_key, value=key)

def popup(event):
    index = listbox.nearest(event.y)
    listbox.selection_clear(0, "end")
    listbox.selection_set(index)
    listbox.activate(index)
    log.append(("at", event.x, event.y, index, event.x_root - listbox.winfo_rootx() == event.x))
    menu.entryconfigure("Delete", state="normal" if index > 0 else "disabled")
    try:
        menu.tk_popup(event.x_root, event.y_root)
    finally:
        menu.grab_release()

listbox.bind("<Button-3>", popup)

def step1():
    y = listbox.bbox(2)[1] + 3
    listbox.event_generate("<Button-3>", x=10, y=y, rootx=listbox.winfo_rootx() + 10,
                           rooty=listbox.winfo_rooty() + y)
    root.after(100, step2)

def step2():
    menu.unpost()
    log.append(("states", [menu.entrycget(i, "state") for i in (0, 1, 3)]))
    menu.invoke("Delete")
    menu.invoke("Show hidden")
    menu.invoke(menu.index("Sort by date"))
    log.append((listbox.get(0, "end"), show_hidden.get(), sort_key.get()))
    listbox.event_generate("<Button-3>", x=5, y=3, rootx=listbox.winfo_rootx() + 5, rooty=listbox.winfo_rooty() + 3)
    root.after(100, step3)

def step3():
    menu.unpost()
    log.append(("disabled", menu.entrycget("Delete", "state"), menu.invoke("Delete")))
    root.quit()

root.after(200, step1)
root.mainloop()
RESULT = {"log": log, "items": listbox.get(0, "end"), "sel": listbox.curselection(), "end": menu.index("end"),
          "types": [menu.type(i) for i in range(menu.index("end") + 1)]}
''',
"optionmenu_dynamic": r'''
import tkinter as tk
from tkinter import ttk

root = tk.Tk()
root.title("Countries")
chosen = []
countries = {"Europe": ["France", "Germany", "Italy"], "Asia": ["Japan", "India"], "Africa": ["Kenya"]}
region = tk.StringVar(value="Europe")
country = tk.StringVar()

def on_country(value):
    chosen.append(("country", value, country.get()))

def update_countries(*args):
    menu = country_menu["menu"]
    menu.delete(0, "end")
    for name in countries[region.get()]:
        menu.add_command(label=name, command=tk._setit(country, name, on_country))
    country.set(countries[region.get()][0])

region_menu = tk.OptionMenu(root, region, *countries, command=lambda v: chosen.append(("region", v)))
region_menu.pack()
country_menu = tk.OptionMenu(root, country, "")
country_menu.pack()
region.trace_add("write", update_countries)
update_countries()
menu = country_menu["menu"]
out = {"first": [menu.entrycget(i, "label") for i in range(menu.index("end") + 1)], "country": country.get()}
menu.invoke(1)
rmenu = region_menu["menu"]
out["region_items"] = [rmenu.entrycget(i, "label") for i in range(rmenu.index("end") + 1)]
out["region_types"] = [rmenu.type(i) for i in range(rmenu.index("end") + 1)]
rmenu.invoke("Asia")
out["after_region"] = [menu.entrycget(i, "label") for i in range(menu.index("end") + 1)], country.get()
menu.invoke("India")
out["om_cfg"] = [str(country_menu["textvariable"]) == str(country), str(country_menu["indicatoron"]),
                 country_menu["text"] if "text" in country_menu.keys() else None,
                 str(rmenu["tearoff"]), rmenu.entrycget(0, "label")]

style_var = tk.StringVar()
tom = ttk.OptionMenu(root, style_var, "b", "a", "b", "c", command=lambda v: chosen.append(("ttk", v)))
tom.pack()
tmenu = tom["menu"]
out["ttk0"] = style_var.get(), [tmenu.entrycget(i, "label") for i in range(tmenu.index("end") + 1)]
tom["menu"].invoke(2)
tom.set_menu("y", "x", "y", "z", "w")
out["ttk1"] = style_var.get(), [tmenu.entrycget(i, "label") for i in range(tmenu.index("end") + 1)]
tmenu.invoke("w")
out["ttk_types"] = [tmenu.type(i) for i in range(tmenu.index("end") + 1)]
out["ttk_text"] = str(tom["text"]) if "text" in tom.keys() else None
root.update()
out["chosen"] = chosen
out["country"] = country.get()
out["om_text"] = country_menu.cget("text")
RESULT = out
''',
"menubutton_checks": r'''
import tkinter as tk

root = tk.Tk()
root.title("Toppings")
mb = tk.Menubutton(root, text="Toppings", relief="raised", direction="below")
mb.pack(padx=10, pady=10)
mb.menu = tk.Menu(mb, tearoff=0)
mb["menu"] = mb.menu
toppings = {}
changes = []

def toggled(name):
    changes.append((name, toppings[name].get()))

for name in ("Cheese", "Ham", "Olives", "Pineapple"):
    toppings[name] = tk.IntVar()
    mb.menu.add_checkbutton(label=name, variable=toppings[name], command=lambda n=name: toggled(n))
mb.menu.add_separator()
mb.menu.add_command(label="Clear", command=lambda: [v.set(0) for v in toppings.values()])
toppings["Ham"].set(1)
mb.menu.invoke("Cheese")
mb.menu.invoke("Ham")
mb.menu.invoke(2)
picked = [n for n, v in toppings.items() if v.get()]
mb.menu.invoke("Clear")
cleared = [n for n, v in toppings.items() if v.get()]
shared = tk.StringVar(value="yes")
mb.menu.add_checkbutton(label="Extra", variable=shared, onvalue="yes", offvalue="no")
mb.menu.invoke("Extra")
e1 = shared.get()
mb.menu.invoke("Extra")
e2 = shared.get()
auto = tk.Menu(root, tearoff=0)
auto.add_checkbutton(label="Auto save")
auto.add_radiobutton(label="Auto mode")
auto.invoke(0)
auto.invoke(1)
root.update()
RESULT = {"picked": picked, "cleared": cleared, "changes": changes, "extra": [e1, e2],
          "auto_vars": [str(auto.entrycget(0, "variable")), str(auto.entrycget(1, "variable"))],
          "auto_vals": [root.getvar(str(auto.entrycget(i, "variable"))) for i in (0, 1)],
          "mb": [mb["text"], str(mb["relief"]), str(mb["direction"]), str(mb["menu"]) == str(mb.menu)],
          "size": (mb.winfo_reqwidth() > 0, mb.winfo_class(), mb.menu.winfo_class()),
          "onoff": [mb.menu.entrycget(0, "onvalue"), mb.menu.entrycget(0, "offvalue"),
                    mb.menu.entrycget("Extra", "offvalue")]}
''',
"check_radio_options": r'''
import tkinter as tk

root = tk.Tk()
root.title("Options")
agree = tk.StringVar(value="maybe")
c1 = tk.Checkbutton(root, text="Agree", variable=agree, onvalue="yes", offvalue="no", tristatevalue="maybe")
c1.pack(anchor="w")
c2 = tk.Checkbutton(root, text="Button style", indicatoron=False, selectcolor="lightgreen")
c2.pack(anchor="w")
shared = tk.IntVar()
c3 = tk.Checkbutton(root, text="Mirror A", variable=shared)
c4 = tk.Checkbutton(root, text="Mirror B", variable=shared)
c3.pack(anchor="w")
c4.pack(anchor="w")
log = []
states = [agree.get()]
c1.invoke()
states.append(agree.get())
c1.invoke()
states.append(agree.get())
c1.deselect()
states.append(agree.get())
c1.select()
states.append(agree.get())
c1.toggle()
states.append(agree.get())
c3.invoke()
mirror = [shared.get()]
c4.invoke()
mirror.append(shared.get())
c4.select()
mirror.append(shared.get())
c2.invoke()
c2_var = str(c2["variable"])
c2_val = root.getvar(c2_var)
color = tk.StringVar(value="none")
radios = []
for name in ("red", "green", "blue"):
    r = tk.Radiobutton(root, text=name, value=name, variable=color, indicatoron=0, width=8,
                       selectcolor=name, command=lambda: log.append(color.get()))
    r.pack(side="left")
    radios.append(r)
tri = tk.Radiobutton(root, text="tri", value="t", variable=color, tristatevalue="none")
tri.pack(side="left")
radios[1].invoke()
radios[1].invoke()
radios[2].select()
radios[0].deselect()
after_deselect = color.get()
radios[2].deselect()
after_deselect2 = color.get()
num = tk.IntVar(value=2)
nums = [tk.Radiobutton(root, text=str(i), value=i, variable=num) for i in range(3)]
for r in nums:
    r.pack(side="left")
nums[0].invoke()
root.update()
RESULT = {"states": states, "mirror": mirror, "c2": (c2_var, c2_val), "log": log, "color": color.get(),
          "after_deselect": [after_deselect, after_deselect2], "num": num.get(),
          "cfg": [str(c1["tristatevalue"]), str(c2["indicatoron"]), c2["selectcolor"], str(tri["tristatevalue"]),
                  radios[0]["value"], nums[1]["value"], str(c1["onvalue"]), str(c1["offvalue"])],
          "sizes": [w.winfo_reqwidth() for w in (c1, c2, radios[0], tri)]}
''',
"keyboard_form": r'''
import tkinter as tk

root = tk.Tk()
root.title("Sign up")
fields = ["Name", "Email", "City"]
entries = {}
log = []
for row, label in enumerate(fields):
    tk.Label(root, text=label + ":").grid(row=row, column=0, sticky="e")
    e = tk.Entry(root, width=20)
    e.grid(row=row, column=1, pady=2)
    entries[label] = e

def next_field(event):
    log.append(("return", event.widget.get()))
    event.widget.tk_focusNext().focus_set()
    return "break"

def submit(event=None):
    log.append(("submit", [entries[f].get() for f in fields]))

for e in entries.values():
    e.bind("<Return>", next_field)
    e.bind("<FocusIn>", lambda ev: log.append(("in", ev.widget.grid_info()["row"])))
skip = tk.Checkbutton(root, text="Newsletter", takefocus=0, name="news")
skip.grid(row=3, column=1, sticky="w")
ok = tk.Button(root, text="OK", command=submit)
ok.grid(row=4, column=1, sticky="e")
ok.bind("<Return>", submit)
order = [str(entries["Name"].tk_focusNext()), str(entries["City"].tk_focusNext()),
         str(ok.tk_focusNext()), str(entries["Email"].tk_focusPrev())]

def type_into(widget, text):
    for ch in text:
        widget.event_generate("<Key>", keysym=ch if ch.isalnum() else {"@": "at", ".": "period"}[ch])

def step1():
    entries["Name"].focus_force()
    root.after(50, step2)

def step2():
    type_into(root.focus_get(), "ann")
    root.focus_get().event_generate("<Return>")
    root.after(50, step3)

def step3():
    type_into(root.focus_get(), "a@b.c")
    root.focus_get().event_generate("<Tab>")
    root.after(50, step4)

def step4():
    type_into(root.focus_get(), "Oslo")
    root.focus_get().event_generate("<Tab>")
    root.after(50, step5)

def step5():
    log.append(("focus", str(root.focus_get())))
    root.focus_get().event_generate("<Return>")
    root.focus_get().event_generate("<Shift-Tab>")
    root.after(50, step6)

def step6():
    log.append(("back", str(root.focus_get())))
    root.quit()

root.after(100, step1)
root.mainloop()
RESULT = {"log": log, "order": order, "values": [entries[f].get() for f in fields]}
''',
"search_filter_listbox": r'''
import tkinter as tk

WORDS = ["apple", "apricot", "avocado", "banana", "blackberry", "blueberry", "cherry", "coconut",
         "cranberry", "grape", "grapefruit", "lemon", "lime", "mango", "melon", "orange", "papaya", "peach"]

root = tk.Tk()
root.title("Search")
search_var = tk.StringVar()
entry = tk.Entry(root, textvariable=search_var)
entry.pack(fill="x")
listbox = tk.Listbox(root, height=8)
listbox.pack(fill="both", expand=True)
history = []

def update_list(*args):
    term = search_var.get().lower()
    listbox.delete(0, "end")
    for w in WORDS:
        if term in w:
            listbox.insert("end", w)
    if listbox.size():
        listbox.selection_set(0)
        listbox.activate(0)
    history.append((term, listbox.size()))

def pick(event=None):
    sel = listbox.curselection()
    if sel:
        search_var.set(listbox.get(sel[0]))
        entry.icursor("end")

search_var.trace_add("write", update_list)
update_list()
listbox.bind("<<ListboxSelect>>", lambda e: history.append(("select", listbox.curselection())))
listbox.bind("<Double-Button-1>", pick)
entry.bind("<Return>", pick)
entry.bind("<Down>", lambda e: (listbox.focus_set(), listbox.selection_clear(0, "end"),
                               listbox.selection_set(0), listbox.activate(0)))

def step1():
    entry.focus_force()
    for ch in "ber":
        entry.event_generate("<Key>", keysym=ch)
    root.after(50, step2)

def step2():
    history.append(("matches", listbox.get(0, "end")))
    entry.event_generate("<BackSpace>")
    entry.event_generate("<BackSpace>")
    entry.event_generate("<Key>", keysym="l")
    root.after(50, step3)

def step3():
    history.append(("matches", listbox.get(0, "end")))
    entry.event_generate("<Down>")
    root.after(50, step4)

def step4():
    history.append(("focus", str(root.focus_get()) == str(listbox), listbox.index("active")))
    listbox.event_generate("<Down>")
    listbox.event_generate("<Down>")
    listbox.event_generate("<Up>")
    root.after(50, step5)

def step5():
    history.append(("after down", listbox.curselection(), listbox.index("active")))
    listbox.event_generate("<Return>")
    pick()
    root.after(50, root.quit)

root.after(100, step1)
root.mainloop()
RESULT = {"history": history, "text": search_var.get(), "size": listbox.size(), "insert": entry.index("insert")}
''',
}
