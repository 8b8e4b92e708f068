"""Fourth round of "programs from the wild": how applications are structured and how they use the Tk core (pages
raised in a container, modal dialogs, custom widgets with virtual events, bindtags, focus traversal, variable
traces, timers, winfo queries, geometry-manager introspection, the option database, named fonts, ``tk.call``), as
tutorials, beginner projects and StackOverflow answers write them. Each is run once with real Tk (CPython's tkinter
under Xvfb) and once with Pyroom's tkinter.

As in tk_wild_programs, they drive themselves only through what both answer the same way: ``invoke``, ``set``,
``event_generate`` (with the coordinates given, and keys to a widget that has the focus) and timers run by
``after(...)`` + ``mainloop()`` until the program calls ``quit``. ``tk_wild_runner`` records the widget tree,
geometry, canvas items, ``RESULT`` and what the program printed.
"""

WILD = {
"sample_app_pages": r'''
import tkinter as tk
from tkinter import font as tkfont


class SampleApp(tk.Tk):
    def __init__(self, *args, **kwargs):
        tk.Tk.__init__(self, *args, **kwargs)
        self.title_font = tkfont.Font(size=18, weight="bold", slant="italic")
        container = tk.Frame(self)
        container.pack(side="top", fill="both", expand=True)
        container.grid_rowconfigure(0, weight=1)
        container.grid_columnconfigure(0, weight=1)
        self.frames = {}
        self.shown = []
        for F in (StartPage, PageOne, PageTwo):
            page_name = F.__name__
            frame = F(parent=container, controller=self)
            self.frames[page_name] = frame
            frame.grid(row=0, column=0, sticky="nsew")
        self.show_frame("StartPage")

    def show_frame(self, page_name):
        frame = self.frames[page_name]
        frame.tkraise()
        self.shown.append(page_name)
        frame.event_generate("<<ShowFrame>>")


class StartPage(tk.Frame):
    def __init__(self, parent, controller):
        tk.Frame.__init__(self, parent)
        self.controller = controller
        label = tk.Label(self, text="This is the start page", font=controller.title_font)
        label.pack(side="top", fill="x", pady=10)
        self.button1 = tk.Button(self, text="Go to Page One", command=lambda: controller.show_frame("PageOne"))
        self.button2 = tk.Button(self, text="Go to Page Two", command=lambda: controller.show_frame("PageTwo"))
        self.button1.pack()
        self.button2.pack()


class PageOne(tk.Frame):
    def __init__(self, parent, controller):
        tk.Frame.__init__(self, parent)
        self.controller = controller
        self.visits = 0
        self.bind("<<ShowFrame>>", self.on_show)
        tk.Label(self, text="This is page 1", font=controller.title_font).pack(side="top", fill="x", pady=10)
        self.back = tk.Button(self, text="Go to the start page", command=lambda: controller.show_frame("StartPage"))
        self.back.pack()

    def on_show(self, event):
        self.visits += 1


class PageTwo(tk.Frame):
    def __init__(self, parent, controller):
        tk.Frame.__init__(self, parent)
        self.controller = controller
        tk.Label(self, text="This is page 2", font=controller.title_font).pack(side="top", fill="x", pady=10)
        self.entry = tk.Entry(self)
        self.entry.pack()
        tk.Button(self, text="Go to the start page", command=lambda: controller.show_frame("StartPage")).pack()


root = app = SampleApp()
order = []


def step():
    global RESULT
    start = app.frames["StartPage"]
    start.button1.invoke()
    app.update_idletasks()
    order.append(str(app.frames["PageOne"].master.winfo_children()[0]))
    app.frames["PageOne"].back.invoke()
    start.button2.invoke()
    app.frames["PageTwo"].entry.insert(0, "hello")
    start.button1.invoke()
    container = start.master
    RESULT = {"shown": app.shown, "visits": app.frames["PageOne"].visits,
              "slaves": [str(w) for w in container.grid_slaves()],
              "children": [str(w) for w in container.winfo_children()],
              "cells": [str(w) for w in container.grid_slaves(row=0, column=0)],
              "size": container.grid_size(), "order": order,
              "font": [app.title_font.actual(k) for k in ("size", "weight", "slant")],
              "metrics": app.title_font.metrics("linespace") > 0,
              "geoms": [f.winfo_geometry() for f in app.frames.values()]}
    app.quit()


app.after(50, step)
app.mainloop()
print(RESULT["shown"])
''',
"modal_dialog": r'''
import tkinter as tk


class AskNameDialog(tk.Toplevel):
    def __init__(self, parent, title="Your name"):
        super().__init__(parent)
        self.withdraw()
        self.title(title)
        self.transient(parent)
        self.result = None
        self.parent = parent
        body = tk.Frame(self)
        tk.Label(body, text="Name:").grid(row=0, column=0, sticky="w")
        self.entry = tk.Entry(body, width=20)
        self.entry.grid(row=0, column=1, padx=5)
        body.pack(padx=10, pady=10)
        box = tk.Frame(self)
        self.ok_button = tk.Button(box, text="OK", width=10, command=self.ok, default="active")
        self.ok_button.pack(side="left", padx=5, pady=5)
        tk.Button(box, text="Cancel", width=10, command=self.cancel).pack(side="left", padx=5, pady=5)
        box.pack()
        self.bind("<Return>", self.ok)
        self.bind("<Escape>", self.cancel)
        self.protocol("WM_DELETE_WINDOW", self.cancel)
        self.update_idletasks()
        x = parent.winfo_rootx() + 50
        y = parent.winfo_rooty() + 50
        self.geometry("+%d+%d" % (x, y))
        self.requested = (self.winfo_reqwidth(), self.winfo_reqheight())
        self.deiconify()
        self.entry.focus_set()
        self.grab_set()

    def ok(self, event=None):
        self.result = self.entry.get()
        self.destroy()

    def cancel(self, event=None):
        self.result = None
        self.destroy()


root = tk.Tk()
root.title("Main")
root.geometry("300x200")
answers = []
log = []


def ask(fill, how):
    dlg = AskNameDialog(root)
    log.append(("grab", str(root.grab_current()), dlg.grab_status(), str(dlg.transient()),
                dlg.protocol("WM_DELETE_WINDOW") != "", dlg.requested))

    def drive():
        dlg.entry.insert(0, fill)
        if how == "ok":
            dlg.ok_button.invoke()
        elif how == "close":
            dlg.protocol("WM_DELETE_WINDOW")  # (the page's close button runs this)
            dlg.cancel()
        else:
            dlg.event_generate("<Escape>")
            dlg.cancel()

    dlg.after(20, drive)
    root.wait_window(dlg)
    answers.append(dlg.result)
    log.append(("after", dlg.winfo_exists(), str(root.grab_current())))


def run():
    ask("Ada", "ok")
    ask("Bob", "close")
    ask("Cy", "escape")
    root.quit()


label = tk.Label(root, text="main window")
label.pack()
root.after(30, run)
root.mainloop()
RESULT = {"answers": answers, "log": log, "children": [str(c) for c in root.winfo_children()]}
print(answers)
''',
"custom_widget_events": r'''
import tkinter as tk


class Counter(tk.Frame):
    """A spin counter that announces changes with a virtual event."""

    def __init__(self, master=None, value=0, **kw):
        super().__init__(master, **kw)
        self._value = value
        self.minus = tk.Button(self, text="-", width=2, command=lambda: self.step(-1))
        self.label = tk.Label(self, text=str(value), width=4, relief="sunken")
        self.plus = tk.Button(self, text="+", width=2, command=lambda: self.step(1))
        self.minus.pack(side="left")
        self.label.pack(side="left", padx=2)
        self.plus.pack(side="left")

    def step(self, delta):
        self._value += delta
        self.label.configure(text=str(self._value))
        self.event_generate("<<Changed>>", when="tail")

    @property
    def value(self):
        return self._value


class Swatch(tk.Canvas):
    def __init__(self, master, **kw):
        super().__init__(master, width=60, height=30, highlightthickness=0, **kw)
        self.rect = self.create_rectangle(2, 2, 58, 28, fill="white")
        self.bind("<Button-1>", self._click)

    def _click(self, event):
        self.itemconfigure(self.rect, fill="red")
        self.event_generate("<<Picked>>", x=event.x, y=event.y)


root = tk.Tk()
events = []
c1 = Counter(root, value=5, bd=1, relief="groove")
c1.pack(padx=10, pady=5)
c2 = Counter(root)
c2.pack(padx=10, pady=5)
sw = Swatch(root)
sw.pack()
c1.bind("<<Changed>>", lambda e: events.append(("first", e.widget.value, str(e.widget))))
c1.bind("<<Changed>>", lambda e: events.append(("second", e.type, e.x)), add="+")
c2.bind("<<Changed>>", lambda e: events.append(("c2", c2.value)))
sw.bind("<<Picked>>", lambda e: events.append(("picked", e.x, e.y, str(e.type))))
root.bind_all("<<Changed>>", lambda e: events.append(("all", str(e.widget))))


def drive():
    c1.plus.invoke()
    c1.plus.invoke()
    events.append("queued")
    root.update()
    c2.minus.invoke()
    c1.minus.invoke()
    root.update()
    sw.event_generate("<Button-1>", x=12, y=7)
    root.quit()


root.after(30, drive)
root.mainloop()
RESULT = {"events": events, "values": [c1.value, c2.value], "fill": sw.itemcget(sw.rect, "fill"),
          "class": [c1.winfo_class(), sw.winfo_class()], "bound": list(c1.bind())}
print(len(events))
''',
"bindtags_levels": r'''
from tkinter import *

root = Tk()
log = []
entry = Entry(root)
entry.pack()
text = Text(root, width=20, height=3)
text.pack()
btn = Button(root, text="Go")
btn.pack()

original = entry.bindtags()
# run the widget's own bindings after the class's, as the classic StackOverflow answer does
entry.bindtags((original[1], original[0], original[2], original[3]))
entry.bind("<Key>", lambda e: log.append(("entry", e.widget.get())))
entry.bind_class("Entry", "<<Ping>>", lambda e: log.append("Entry class"))
root.bind("<Key>", lambda e: log.append(("root", e.keysym)))
root.bind_all("<Key>", lambda e: log.append(("all", e.keysym)))

# a custom tag shared by several widgets
for w in (text, btn):
    w.bindtags(("Hotkeys",) + w.bindtags())
root.bind_class("Hotkeys", "<Control-k>", lambda e: (log.append(("hotkey", e.widget.winfo_class())), "break")[1])
text.bind("<Control-k>", lambda e: log.append("text own"))
fid = btn.bind("<Key-x>", lambda e: log.append("x one"))
btn.bind("<Key-y>", lambda e: log.append("y one"))
btn.bind("<Key-y>", lambda e: log.append("y two"), add="+")


def stop_here(e):
    log.append(("stop", e.keysym))
    return "break"


root.bind_class("Text", "<Key-q>", stop_here, add="+")


def drive():
    entry.focus_force()
    root.update()
    entry.event_generate("<Key>", keysym="a")
    entry.event_generate("<Key-b>")
    entry.event_generate("<<Ping>>")
    text.focus_force()
    root.update()
    text.event_generate("<Control-k>")
    text.event_generate("<Key-q>")
    btn.focus_force()
    root.update()
    btn.event_generate("<Key-x>")
    btn.event_generate("<Key-y>")
    btn.unbind("<Key-x>", fid)
    btn.event_generate("<Key-x>")
    log.append(("tags", btn.bindtags(), entry.bindtags()))
    root.quit()


root.after(30, drive)
root.mainloop()
RESULT = {"log": log, "text": text.get("1.0", "end-1c"), "entry": entry.get(), "classkeys": "<Control-Key-k>" in
          root.bind_class("Hotkeys"), "btnbind": btn.bind("<Key-x>") != ""}
print(entry.get())
''',
"focus_traversal": r'''
import tkinter as tk

root = tk.Tk()
log = []
form = tk.Frame(root, padx=8, pady=8)
form.pack()
fields = {}
for i, name in enumerate(("First", "Last", "Email")):
    tk.Label(form, text=name).grid(row=i, column=0, sticky="e")
    e = tk.Entry(form, width=18)
    e.grid(row=i, column=1, pady=2)
    e.bind("<FocusIn>", lambda ev, n=name: log.append(("in", n, ev.widget.winfo_class())))
    e.bind("<FocusOut>", lambda ev, n=name: log.append(("out", n)))
    fields[name] = e
note = tk.Label(form, text="not focusable")
note.grid(row=3, column=1)
skip = tk.Button(form, text="skipped", takefocus=0)
skip.grid(row=4, column=1)
submit = tk.Button(form, text="Submit")
submit.grid(row=5, column=1)


def next_field(event):
    nxt = event.widget.tk_focusNext()
    nxt.focus_set()
    return "break"


for e in fields.values():
    e.bind("<Return>", next_field)


def drive():
    global RESULT
    fields["First"].focus_force()
    root.update()
    chain = []
    w = fields["First"]
    for _ in range(5):
        w = w.tk_focusNext()
        chain.append(str(w))
    back = [str(fields["First"].tk_focusPrev()), str(submit.tk_focusPrev())]
    fields["First"].event_generate("<Return>")
    root.update()
    got = str(root.focus_get())
    fields["Last"].event_generate("<Return>")
    root.update()
    got2 = str(root.focus_get())
    submit.focus_set()
    root.update()
    RESULT = {"chain": chain, "back": back, "after_return": [got, got2], "focus": str(root.focus_get()),
              "log": log, "lastfor": str(root.focus_lastfor()), "takefocus": [str(skip["takefocus"]),
                                                                             str(submit["takefocus"])]}
    root.quit()


root.after(30, drive)
root.mainloop()
print(RESULT["after_return"])
''',
"variable_traces": r'''
import tkinter as tk

root = tk.Tk()
log = []
name = tk.StringVar(value="anon")
count = tk.IntVar(root, 3)
price = tk.DoubleVar()
flag = tk.BooleanVar()


def on_write(varname, index, mode):
    log.append(("write", varname == str(name), index, mode, root.getvar(varname)))


def on_read(*args):
    log.append(("read", args[2]))


wid = name.trace_add("write", on_write)
rid = name.trace_add(("read",), on_read)
uid = count.trace_add("unset", lambda *a: log.append(("unset", a[2])))
old = price.trace("w", lambda *a: log.append(("legacy", a[2])))
old2 = flag.trace_variable("w", lambda *a: log.append(("legacy2", a[2], flag.get())))

e1 = tk.Entry(root, textvariable=name)
e1.pack()
e2 = tk.Entry(root, textvariable=name)
e2.pack()
lab = tk.Label(root, textvariable=name)
lab.pack()
spin = tk.Spinbox(root, from_=0, to=10, textvariable=count)
spin.pack()
chk = tk.Checkbutton(root, text="on", variable=flag)
chk.pack()


def strip(traces):
    return [(mode, cbname.lstrip("0123456789")) for mode, cbname in traces]


def drive():
    global RESULT
    name.set("Grace")
    e1.delete(0, "end")
    e1.insert(0, "Linus")
    got = name.get()
    info = name.trace_info()
    name.trace_remove("read", rid)
    info2 = name.trace_info()
    price.set(2.5)
    price.trace_vdelete("w", old)
    price.set(3.5)
    chk.invoke()
    count.set("oops")
    try:
        count.get()
        err = None
    except tk.TclError as exc:
        err = str(exc)
    spin.delete(0, "end")
    spin.insert(0, "7")
    RESULT = {"log": log, "got": got, "e2": e2.get(), "label": lab.cget("text"), "info": strip(info),
              "info2": strip(info2), "err": err, "count": count.get(), "price": price.get(),
              "vinfo": strip(flag.trace_vinfo()),
              "flag": flag.get(), "names": [str(v).startswith("PY_VAR") for v in (name, count, price, flag)],
              "root_get": root.getvar(str(name)), "ids": [isinstance(x, str) for x in (wid, rid, uid, old)]}
    root.quit()


root.after(30, drive)
root.mainloop()
print(RESULT["got"], RESULT["err"])
''',
"after_ordering": r'''
import tkinter as tk

root = tk.Tk()
log = []
label = tk.Label(root, text="0")
label.pack()


def tick(n):
    log.append(("tick", n))
    if n < 3:
        root.after(30, tick, n + 1)


root.after(100, tick, 1)
root.after_idle(lambda: log.append("idle1"))
root.after_idle(log.append, "idle2")
a = root.after(50, lambda: log.append("fifty"))
b = root.after(50, lambda: log.append("fifty-b"))
cancelled = root.after(60, lambda: log.append("never"))
zero = root.after(0, lambda: log.append("zero"))
info = root.tk.splitlist(root.tk.call("after", "info", cancelled))
pending = len(root.tk.splitlist(root.tk.call("after", "info")))
root.after_cancel(cancelled)
try:
    root.tk.call("after", "info", cancelled)
    gone = None
except tk.TclError as exc:
    gone = str(exc).replace(cancelled, "ID")


def later():
    log.append("later")
    root.after_idle(lambda: log.append("idle-from-timer"))
    label.configure(text="changed")
    log.append(("req", label.winfo_reqwidth() > 0))
    root.update_idletasks()
    log.append("after update_idletasks")
    root.after(50, lambda: log.append("fifty-ms"))
    root.update()
    log.append("after update")
    root.after(100, root.quit)


root.after(300, later)
root.mainloop()
RESULT = {"log": log, "info": [info[1], str(info[0]).endswith("<lambda>")], "pending": pending,
          "gone": gone, "ids": [a.startswith("after#"), a != b, zero.startswith("after#")]}
print(log[:4])
''',
"winfo_queries": r'''
import tkinter as tk

root = tk.Tk()
root.geometry("320x240+40+30")
frame = tk.Frame(root, name="body", bg="white", width=200, height=100)
label = tk.Label(frame, text="Hello, winfo", name="greeting")
before = (label.winfo_reqwidth(), label.winfo_reqheight(), label.winfo_ismapped(), label.winfo_manager())
label.pack(padx=10, pady=4)
button = tk.Button(frame, text="OK")
button.pack(side="left")
frame.pack(fill="both", expand=True)
hidden = tk.Label(root, text="hidden")
root.update()

RESULT = {
    "before": before,
    "after": (label.winfo_reqwidth(), label.winfo_reqheight(), label.winfo_ismapped(), label.winfo_manager()),
    "geometry": [w.winfo_geometry() for w in (frame, label, button)],
    "root_size": (root.winfo_width(), root.winfo_height()),
    "viewable": [label.winfo_viewable(), hidden.winfo_viewable(), hidden.winfo_ismapped()],
    "class": [w.winfo_class() for w in (root, frame, label, button)],
    "name": [w.winfo_name() for w in (frame, label, button)],
    "parent": [label.winfo_parent(), frame.winfo_parent()],
    "pathname": str(label), "children": [str(c) for c in frame.winfo_children()],
    "root_children": [str(c) for c in root.winfo_children()],
    "toplevel": str(label.winfo_toplevel()),
    "nametowidget": root.nametowidget(".body.greeting") is label,
    "relative": frame.nametowidget("greeting") is label,
    "exists": [label.winfo_exists(), hidden.winfo_exists()],
    "x_in_parent": (label.winfo_x(), label.winfo_y()),
    "screen": root.winfo_screenwidth() > 0,
    "pixels": root.winfo_pixels("2c"),
    "rgb": root.winfo_rgb("red"),
}
hidden.destroy()
RESULT["exists_after"] = hidden.winfo_exists()
print(RESULT["geometry"])
''',
"grid_introspection": r'''
import tkinter as tk

root = tk.Tk()
root.title("Layout inspector")
form = tk.Frame(root, bd=2, relief="ridge")
form.grid(row=0, column=0, padx=5, pady=5, sticky="nsew")
labels, entries = [], []
for r, text in enumerate(["Name", "Age", "City"]):
    lab = tk.Label(form, text=text + ":")
    lab.grid(row=r, column=0, sticky="w", padx=(4, 2), pady=2)
    ent = tk.Entry(form, width=15)
    ent.grid(row=r, column=1, columnspan=2, sticky="ew", ipadx=3)
    labels.append(lab)
    entries.append(ent)
note = tk.Label(form, text="(optional)")
note.grid(row=1, column=3)

side = tk.Frame(root, width=120, height=80, bg="lightblue")
side.grid(row=0, column=1, sticky="n")
side.grid_propagate(False)
tk.Button(side, text="A very long button text").grid()

box = tk.Frame(root, width=100, height=50, bg="pink")
box.grid(row=1, column=0, columnspan=2)
box.pack_propagate(False)
tk.Label(box, text="packed inside").pack(side="left")
tk.Label(box, text="second").pack(side="left", fill="y")
free = tk.Label(root, text="placed")
free.place(relx=1.0, rely=1.0, anchor="se", x=-2, y=-2)
root.update()

info = entries[0].grid_info()
note.grid_remove()
root.update()
removed = (note.winfo_manager(), note.winfo_ismapped())
note.grid()
root.update()
info_back = note.grid_info()
entries[2].grid_forget()
entries[2].grid(row=2, column=1)
root.update()

RESULT = {
    "slaves": [str(w) for w in form.grid_slaves()],
    "row1": [str(w) for w in form.grid_slaves(row=1)],
    "col0": [str(w) for w in form.grid_slaves(column=0)],
    "info": {k: str(v) for k, v in info.items()},
    "removed": removed, "back": {k: str(v) for k, v in info_back.items()},
    "forgot": {k: str(v) for k, v in entries[2].grid_info().items()},
    "size": form.grid_size(), "root_size": root.grid_size(),
    "bbox": form.grid_bbox(), "bbox01": form.grid_bbox(0, 1), "bbox_span": form.grid_bbox(0, 0, 1, 2),
    "side": (side.winfo_width(), side.winfo_height(), side.grid_propagate()),
    "box": (box.winfo_width(), box.winfo_height(), box.pack_propagate()),
    "pack_slaves": [str(w) for w in box.pack_slaves()],
    "pack_info": {k: str(v) for k, v in box.pack_slaves()[1].pack_info().items()},
    "place_slaves": [str(w) for w in root.place_slaves()],
    "place_info": {k: str(v) for k, v in free.place_info().items()},
    "location": form.grid_location(60, 30), "config": form.grid_columnconfigure(1),
}
print(RESULT["size"], RESULT["removed"])
''',
"option_database": r'''
import tkinter as tk

root = tk.Tk()
root.option_add("*Font", "TkFixedFont")
root.option_add("*Button.background", "#ccddee")
root.option_add("*Label.foreground", "navy")
root.option_add("*toolbar*Button.relief", "flat")
root.option_add("*Entry.width", "12")
root.option_add("*warning.foreground", "red", "interactive")
root.option_add("*warning.foreground", "green", 20)

toolbar = tk.Frame(root, name="toolbar")
toolbar.pack(fill="x")
for t in ("New", "Open", "Save"):
    tk.Button(toolbar, text=t).pack(side="left")
body = tk.Frame(root)
body.pack()
plain = tk.Button(body, text="Plain")
plain.pack()
lab = tk.Label(body, text="Label")
lab.pack()
warn = tk.Label(body, text="Careful", name="warning")
warn.pack()
ent = tk.Entry(body)
ent.pack()
own = tk.Label(body, text="explicit", fg="black", font="TkSmallCaptionFont")
own.pack()
root.update()

RESULT = {
    "toolbar": [(b.cget("relief"), b.cget("background")) for b in toolbar.winfo_children()],
    "plain": (plain.cget("relief"), plain.cget("background"), str(plain.cget("font"))),
    "label": (lab.cget("foreground"), str(lab.cget("font"))),
    "warn": warn.cget("foreground"), "entry": ent.cget("width"),
    "own": (own.cget("foreground"), str(own.cget("font"))),
    "get": [root.option_get("font", "Font"), plain.option_get("background", "Background"),
            warn.option_get("foreground", "Foreground"), lab.option_get("nothing", "Nothing")],
}
root.option_clear()
after_clear = tk.Label(root, text="after clear")
RESULT["cleared"] = after_clear.cget("foreground")
print(RESULT["warn"])
''',
"named_fonts": r'''
import tkinter as tk
import tkinter.font as tkfont

root = tk.Tk()
label = tk.Label(root, text="Default font text")
label.pack()
button = tk.Button(root, text="A button")
button.pack()
fixed = tk.Label(root, text="fixed", font="TkFixedFont")
fixed.pack()
root.update()
before = (label.winfo_reqwidth(), label.winfo_reqheight(), button.winfo_reqwidth())

default_font = tkfont.nametofont("TkDefaultFont")
original = default_font.actual("size")
default_font.configure(size=16)
root.update()
after = (label.winfo_reqwidth(), label.winfo_reqheight(), button.winfo_reqwidth())

heading = tkfont.Font(root, size=14, weight="bold", name="heading")
title = tk.Label(root, text="Heading", font=heading)
title.pack()
root.update()
w1 = title.winfo_reqwidth()
heading.configure(size=20)
root.update()
w2 = title.winfo_reqwidth()
copy = heading.copy()
copy.configure(slant="italic")
plain = tkfont.Font(font="TkFixedFont")

RESULT = {
    "before_after": [before[0] < after[0], before[1] < after[1], before[2] < after[2]],
    "grew": w2 > w1, "original_positive": original != 0,
    "default_cfg": default_font.cget("size"), "names": "heading" in tkfont.names(root),
    "std": all(n in tkfont.names() for n in ("TkDefaultFont", "TkTextFont", "TkFixedFont", "TkHeadingFont")),
    "heading_cfg": heading.configure(), "copy": (copy.cget("slant"), copy.cget("size"), copy.cget("weight")),
    "copy_name": copy.name != heading.name, "heading_name": heading.name, "str": str(heading),
    "plain": (plain.actual("size"), plain.actual("weight")),
    "families": all(isinstance(f, str) for f in tkfont.families()) and len(tkfont.families()) > 3,
    "measure": heading.measure("abc") > 0, "metrics_keys": sorted(heading.metrics()),
    "fixed": plain.metrics("fixed"), "eq": tkfont.Font(name="heading", exists=True) == heading,
}
try:
    tkfont.Font(name="heading", exists=False)
    RESULT["dup"] = None
except tk.TclError as exc:
    RESULT["dup"] = str(exc)
print(RESULT["default_cfg"], RESULT["heading_cfg"]["size"])
''',
"tk_call_eval": r'''
import tkinter as tk

root = tk.Tk()
scaling = float(root.tk.call("tk", "scaling"))
patch = root.tk.call("info", "patchlevel")
RESULT = {
    "scaling": round(scaling, 2),
    "patch_ok": str(patch).count(".") == 2,
    "eval_expr": root.eval("expr {6 * 7}"),
    "call_expr": root.tk.call("expr", "2 + 3"),
    "windowingsystem": root.tk.call("tk", "windowingsystem"),
    "winfo_class": root.tk.call("winfo", "class", "."),
    "set_get": (root.setvar("myvar", "hello"), root.getvar("myvar")),
    "splitlist": root.tk.splitlist("a {b c} d"),
    "getint": root.tk.getint("42"), "getboolean": root.tk.getboolean("yes"),
    "info_exists": root.tk.call("info", "exists", "myvar"),
    "global": root.globalgetvar("myvar"),
}
label = tk.Label(root, text="via tcl")
label.pack()
root.tk.call(label._w, "configure", "-text", "changed by call")
RESULT["label"] = label.cget("text")
RESULT["cget"] = root.tk.call(label, "cget", "-text")
cmd = root.register(lambda a, b: int(a) + int(b))
RESULT["registered"] = root.tk.call(cmd, 3, 4)
root.update()
print(RESULT["eval_expr"], RESULT["label"])
''',
"two_roots": r'''
import tkinter as tk

root = tk.Tk()
root.title("main")
main_label = tk.Label(root, text="Main window")
main_label.pack()
counter = tk.IntVar(value=1)
tk.Label(root, textvariable=counter).pack()

second = tk.Tk()
default_titles = [root.title(), second.title(), second.winfo_name()]
second.title("second")
second_label = tk.Label(second, text="Second window", name="info")
second_label.pack(padx=20, pady=20)
entry = tk.Entry(second, name="field")
entry.pack()
entry.insert(0, "typed")
other = tk.StringVar(second, value="own var")
tk.Label(second, textvariable=other, name="own").pack()
# the classic mistake: a variable without a master belongs to the first Tk, the label shows the second's
status = tk.StringVar(value="ready")
status_label = tk.Label(second, textvariable=status, name="status")
status_label.pack()
log = []


def tick():
    counter.set(counter.get() + 1)
    status.set("tick %d" % counter.get())
    log.append(("tick", counter.get(), status_label.cget("text")))
    if counter.get() < 3:
        second.after(10, tick)
    else:
        root.quit()


second.after(10, tick)
root.mainloop()
RESULT = {
    "paths": [str(root), str(second), str(second_label), str(entry)],
    "children": [[str(c) for c in root.winfo_children()], [str(c) for c in second.winfo_children()]],
    "titles": [root.title(), second.title()], "default_titles": default_titles,
    "own": second.nametowidget(".own").cget("text"),
    "n2w": str(second.nametowidget(".info")),
    "entry": entry.get(), "log": log, "counter": counter.get(), "status": status.get(),
    "in_second": second.tk.call("info", "exists", str(status)), "in_root": root.tk.call("info", "exists", str(status)),
    "same": second_label.winfo_toplevel() is second,
}
print(RESULT["titles"])
''',
"variable_unset": r'''
import gc
import tkinter as tk

root = tk.Tk()
log = []


def make():
    temp = tk.StringVar(root, value="temporary", name="temp_var")
    temp.trace_add("unset", lambda name, index, mode: log.append((name, mode)))
    return root.getvar("temp_var")


seen = make()
gc.collect()
exists = root.tk.call("info", "exists", "temp_var")

shown = tk.StringVar(value="in a label")
label = tk.Label(root, textvariable=shown)
label.pack()
name = str(shown)
del shown
gc.collect()
root.update()
RESULT = {"seen": seen, "log": log, "exists": exists, "label": label.cget("text"),
          "label_var_exists": root.tk.call("info", "exists", name)}
print(log)
''',
"keyboard_shortcuts": r"""
import tkinter as tk

class Editor(tk.Frame):
    def __init__(self, master):
        super().__init__(master)
        self.log = []
        self.entry = tk.Entry(self, width=30)
        self.entry.pack(fill="x")
        self.status = tk.Label(self, text="", anchor="w")
        self.status.pack(fill="x")
        self.event_add("<<Save>>", "<Control-s>", "<F2>")
        self.event_add("<<Undo>>", "<Control-z>")
        self.entry.bind("<<Save>>", self.save)
        self.bind_all("<<Undo>>", self.undo)
        self.entry.bind("<Control-q>", lambda e: self.log.append("quit key") or "break")
        self.bind_all("<Control-q>", lambda e: self.log.append("all quit"))
        self.entry.bind("<KeyRelease>", lambda e: self.status.config(text="len %d" % len(self.entry.get())))

    def save(self, event):
        self.log.append(("save", event.widget.get(), str(event.type)))
        return "break"

    def undo(self, event):
        self.log.append(("undo", str(event.widget)))


root = tk.Tk()
ed = Editor(root)
ed.pack(padx=4, pady=4)

def drive():
    global RESULT
    e = ed.entry
    e.focus_force()
    root.update()
    for ch in "hi":
        e.event_generate("<KeyPress>", keysym=ch)
        e.event_generate("<KeyRelease>", keysym=ch)
    e.event_generate("<Control-s>")
    e.event_generate("<F2>")
    e.event_generate("<Control-z>")
    e.event_generate("<Control-q>")
    info = [root.event_info("<<Save>>"), "<<Undo>>" in root.event_info()]
    root.event_delete("<<Save>>", "<F2>")
    e.event_generate("<F2>")
    info.append(root.event_info("<<Save>>"))
    x = e.winfo_rootx() + 5
    y = e.winfo_rooty() + 5
    inside = root.winfo_containing(x, y)
    RESULT = {"log": ed.log, "info": info, "status": ed.status.cget("text"), "text": e.get(),
              "containing": str(inside) if inside is not None else None}
    root.quit()

root.after(30, drive)
root.mainloop()
print(RESULT["log"])
""",
}
