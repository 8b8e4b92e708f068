"""Third round of "programs from the wild": text editing, menus, fonts, the window manager, variables and bindings,
as tutorials, beginner projects and StackOverflow answers write them. Each runs once with real Tk (CPython's tkinter
under Xvfb) and once with Pyroom's tkinter (``tk_wild_runner.py STATIC tk_wild3_text``).

They are driven only through what both answer the same way: ``insert``, ``invoke``, ``set``, ``event_generate`` and
timers run by ``after(...)`` + ``mainloop()`` until the program calls ``quit`` itself. The runner records the widget
tree, geometry, ``RESULT`` and what the program printed.
"""

WILD = {
"find_replace": r'''
import re
import tkinter as tk
from tkinter import ttk

class FindReplace(tk.Tk):
    def __init__(self):
        super().__init__()
        self.title("Find & Replace")
        bar = ttk.Frame(self)
        bar.pack(fill="x")
        self.find_var = tk.StringVar()
        self.repl_var = tk.StringVar()
        self.case = tk.BooleanVar(value=False)
        self.regex = tk.BooleanVar(value=False)
        ttk.Entry(bar, textvariable=self.find_var, width=15).pack(side="left")
        ttk.Entry(bar, textvariable=self.repl_var, width=15).pack(side="left")
        ttk.Checkbutton(bar, text="Match case", variable=self.case).pack(side="left")
        ttk.Checkbutton(bar, text="Regex", variable=self.regex).pack(side="left")
        self.text = tk.Text(self, width=50, height=8)
        self.text.pack(fill="both", expand=True)
        self.text.tag_configure("found", background="yellow", foreground="black")
        self.text.tag_config("current_match", background="orange")
        self.status = tk.Label(self, text="", anchor="w")
        self.status.pack(fill="x")

    def find_all(self):
        self.text.tag_remove("found", "1.0", tk.END)
        pattern = self.find_var.get()
        if not pattern:
            return 0
        count = tk.IntVar()
        start = "1.0"
        hits = 0
        while True:
            pos = self.text.search(pattern, start, stopindex=tk.END, count=count,
                                   nocase=not self.case.get(), regexp=self.regex.get())
            if not pos or count.get() == 0:
                break
            end = f"{pos}+{count.get()}c"
            self.text.tag_add("found", pos, end)
            start = end
            hits += 1
        self.status.config(text=f"{hits} matches")
        return hits

    def find_next(self, start):
        rng = self.text.tag_nextrange("found", start)
        self.text.tag_remove("current_match", "1.0", "end")
        if rng:
            self.text.tag_add("current_match", *rng)
            self.text.mark_set("insert", rng[1])
            self.text.see("insert")
        return rng

    def replace_all(self):
        pattern = self.find_var.get()
        repl = self.repl_var.get()
        n = 0
        idx = "1.0"
        length = tk.IntVar()
        while True:
            idx = self.text.search(pattern, idx, nocase=not self.case.get(), stopindex="end",
                                   regexp=self.regex.get(), count=length)
            if not idx:
                break
            last = self.text.index(f"{idx} + {length.get()} chars")
            self.text.delete(idx, last)
            self.text.insert(idx, repl)
            idx = self.text.index(f"{idx}+{len(repl)}c")
            n += 1
        return n

app = FindReplace()
root = app
app.text.insert("1.0", "The cat sat on the mat.\nA Cat is not a dog.\ncatalog of cats: CAT, cat.\n")
app.find_var.set("cat")
hits = app.find_all()
ranges = [str(x) for x in app.text.tag_ranges("found")]
app.case.set(True)
hits_case = app.find_all()
first = app.find_next("1.0")
second = app.find_next(app.text.index("insert"))
app.regex.set(True)
app.case.set(False)
app.find_var.set(r"\bcat\b")
hits_word = app.find_all()
back = app.text.search("cat", "end", backwards=True)
back_stop = app.text.search("cat", "3.0", stopindex="1.0", backwards=True, nocase=True)
none = app.text.search("zebra", "1.0", stopindex="end")
wrap = app.text.search("The", "2.0")
exact = app.text.search("c.t", "1.0", exact=True)
rx = app.text.search(r"c.t", "1.5", regexp=True)
app.repl_var.set("dog")
n = app.replace_all()
app.update()
RESULT = {"hits": hits, "ranges": ranges, "hits_case": hits_case, "first": list(first), "second": list(second),
          "hits_word": hits_word, "back": back, "back_stop": back_stop, "none": none, "wrap": wrap,
          "exact": exact, "rx": rx, "replaced": n, "text": app.text.get("1.0", "end-1c"),
          "status": app.status["text"], "insert": app.text.index("insert"),
          "cm": [str(x) for x in app.text.tag_ranges("current_match")],
          "names": list(app.text.tag_names()), "bg": app.text.tag_cget("found", "background")}
''',
"syntax_highlight": r'''
from tkinter import *
import tkinter.font as tkfont
import keyword
import re

root = Tk()
root.title("Mini IDE")
code_font = tkfont.Font(family="Courier", size=11)
bold_font = tkfont.Font(family="Courier", size=11, weight="bold")
italic_font = tkfont.Font(family="Courier", size=11, slant="italic")
editor = Text(root, font=code_font, width=60, height=12, tabs=(code_font.measure("    "),))
editor.pack(fill=BOTH, expand=1)
editor.tag_configure("keyword", foreground="#0000ff", font=bold_font)
editor.tag_configure("string", foreground="#008000")
editor.tag_configure("comment", foreground="#808080", font=italic_font)
editor.tag_configure("number", foreground="#ff8000")
editor.tag_configure("def_name", foreground="#aa00aa", underline=True)
RULES = [
    ("keyword", r"\m(" + "|".join(keyword.kwlist) + r")\M"),
    ("number", r"\m[0-9]+\M"),
    ("string", r"\"[^\"]*\"|'[^']*'"),
    ("comment", r"#[^\n]*"),
]

def highlight(event=None):
    for tag, _ in RULES:
        editor.tag_remove(tag, "1.0", END)
    count = IntVar()
    for tag, pattern in RULES:
        start = "1.0"
        while True:
            pos = editor.search(pattern, start, stopindex=END, count=count, regexp=True)
            if not pos or not count.get():
                break
            editor.tag_add(tag, pos, "%s+%dc" % (pos, count.get()))
            start = editor.index("%s+%dc" % (pos, count.get()))
    # def names: done with Python's re over each line
    for i, line in enumerate(editor.get("1.0", "end-1c").split("\n"), start=1):
        for m in re.finditer(r"def\s+(\w+)", line):
            editor.tag_add("def_name", f"{i}.{m.start(1)}", f"{i}.{m.end(1)}")

editor.bind("<KeyRelease>", highlight)
SOURCE = """def greet(name):
    # say hello
    if name == 'world':
        return "Hello, " + name
    return None

for i in range(3):
    print(greet("x"), i, 42)
"""
editor.insert("1.0", SOURCE)
highlight()
editor.tag_raise("comment")
editor.tag_lower("number")
root.update()
RESULT = {
    "keyword": [str(x) for x in editor.tag_ranges("keyword")],
    "string": [str(x) for x in editor.tag_ranges("string")],
    "comment": [str(x) for x in editor.tag_ranges("comment")],
    "number": [str(x) for x in editor.tag_ranges("number")],
    "def": [str(x) for x in editor.tag_ranges("def_name")],
    "order": list(editor.tag_names()),
    "at": list(editor.tag_names("2.6")),
    "prev": list(editor.tag_prevrange("keyword", "end")),
    "prev2": list(editor.tag_prevrange("keyword", "4.10", "3.0")),
    "next": list(editor.tag_nextrange("string", "4.0", "5.0")),
    "font": editor.tag_cget("keyword", "font"),
    "under": str(editor.tag_cget("def_name", "underline")),
    "tabs": [str(t) for t in editor.cget("tabs")] if not isinstance(editor.cget("tabs"), str) else editor.cget("tabs"),
    "bold": bold_font.actual("weight"), "m": code_font.measure("    ") == bold_font.measure("    "),
}
''',
"line_numbers": r'''
import tkinter as tk

class LineNumbers(tk.Text):
    def __init__(self, master, text_widget, **kwargs):
        super().__init__(master, **kwargs)
        self.text_widget = text_widget
        self.text_widget.bind("<KeyRelease>", self.on_key_release)
        self.text_widget.bind("<<Change>>", self.on_key_release)
        self.insert(1.0, "1")
        self.configure(state="disabled")

    def on_key_release(self, event=None):
        p, q = self.text_widget.index("@0,0"), self.text_widget.index("@0,10000")
        p, q = int(p.split(".")[0]), int(q.split(".")[0])
        final_index = str(self.text_widget.index(tk.END))
        num_of_lines = final_index.split(".")[0]
        line_numbers_string = "\n".join(str(no + 1) for no in range(int(num_of_lines) - 1))
        width = len(str(num_of_lines))
        self.configure(state="normal", width=width)
        self.delete(1.0, tk.END)
        self.insert(1.0, line_numbers_string)
        self.configure(state="disabled")
        return p, q

root = tk.Tk()
frame = tk.Frame(root)
frame.pack(fill="both", expand=True)
text = tk.Text(frame, width=40, height=10, wrap="none")
scroll = tk.Scrollbar(frame, orient="vertical")
numbers = LineNumbers(frame, text, width=2, height=10, bg="#eeeeee", fg="gray40", takefocus=0, bd=0)
reports = []
def on_text_scroll(*args):
    reports.append(tuple(round(float(a), 4) for a in args))
    scroll.set(*args)
    numbers.yview_moveto(args[0])
def on_scrollbar(*args):
    text.yview(*args)
    numbers.yview(*args)
scroll.config(command=on_scrollbar)
text.config(yscrollcommand=on_text_scroll)
numbers.pack(side="left", fill="y")
scroll.pack(side="right", fill="y")
text.pack(side="left", fill="both", expand=True)
text.insert("end", "\n".join(f"line {i} of the file" for i in range(1, 31)))
text.event_generate("<<Change>>")
root.update()
first = text.yview()
text.see("25.0")
root.update()
after_see = text.yview()
on_scrollbar("moveto", 0.5)
root.update()
after_move = text.yview()
on_scrollbar("scroll", -3, "units")
root.update()
after_units = text.yview()
text.yview_scroll(1, "pages")
root.update()
RESULT = {"first": [round(x, 4) for x in first], "see": [round(x, 4) for x in after_see],
          "move": [round(x, 4) for x in after_move], "units": [round(x, 4) for x in after_units],
          "pages": [round(x, 4) for x in text.yview()], "nums": numbers.yview()[0] == text.yview()[0],
          "last_report": list(reports[-1]) if reports else None, "gutter": numbers.get("1.0", "3.0"),
          "width": numbers["width"], "lines": numbers.index("end-1c"), "state": numbers["state"],
          "top": text.index("@0,0"), "pq": numbers.on_key_release()}
''',
"undo_redo": r'''
import tkinter as tk
from tkinter import messagebox

root = tk.Tk()
root.title("Undo demo")
log = []
text = tk.Text(root, undo=True, autoseparators=True, maxundo=-1, height=6, width=30)
text.pack()

def on_modified(event):
    log.append(("modified", event.widget.edit_modified()))

text.bind("<<Modified>>", on_modified)
buttons = tk.Frame(root)
buttons.pack()

def undo():
    try:
        text.edit_undo()
    except tk.TclError as e:
        log.append(("undo-error", str(e)))

def redo():
    try:
        text.edit_redo()
    except tk.TclError as e:
        log.append(("redo-error", str(e)))

ub = tk.Button(buttons, text="Undo", command=undo)
rb = tk.Button(buttons, text="Redo", command=redo)
ub.pack(side="left")
rb.pack(side="left")
text.insert("1.0", "first")
text.edit_separator()
text.insert("end", " second")
text.edit_separator()
text.insert("end", " third")
root.update()
s1 = text.get("1.0", "end-1c")
ub.invoke()
root.update()
s2 = text.get("1.0", "end-1c")
ub.invoke()
s3 = text.get("1.0", "end-1c")
rb.invoke()
s4 = text.get("1.0", "end-1c")
mod1 = text.edit_modified()
text.edit_modified(False)
root.update()
mod2 = text.edit_modified()
text.delete("1.0", "1.5")
text.insert("1.0", "FIRST")
root.update()
s5 = text.get("1.0", "end-1c")
ub.invoke()
s6 = text.get("1.0", "end-1c")
rb.invoke()
rb.invoke()
text.edit_reset()
ub.invoke()
text.configure(undo=False)
text.insert("end", "!")
text.edit_undo()
s7 = text.get("1.0", "end-1c")
root.update()
RESULT = {"s": [s1, s2, s3, s4, s5, s6, s7], "mod": [mod1, mod2], "log": log,
          "final_mod": text.edit_modified(), "undo": str(text["undo"]), "maxundo": text["maxundo"]}
''',
"marks_indices": r'''
from tkinter import *

root = Tk()
t = Text(root, width=30, height=5)
t.pack()
t.insert(END, "hello world foo_bar\nsecond line here\n\nlast line")
t.mark_set("insert", "1.8")
t.mark_set("start", "1.6")
t.mark_set("anchor_left", "2.0")
t.mark_gravity("anchor_left", LEFT)
t.mark_set("anchor_right", "2.0")
t.insert("2.0", ">> ")
idx = {}
for expr in ["insert", "insert linestart", "insert lineend", "insert wordstart", "insert wordend",
             "end-1c", "end", "1.0 wordend", "1.0+3c", "1.0 + 3 chars", "insert -2c", "insert+1l",
             "insert +1 lines linestart", "2.end", "3.0", "4.0 lineend", "1.0 +100c", "start", "start wordend",
             "anchor_left", "anchor_right", "end -1 lines", "99.0", "1.99", "2.3 wordstart", "insert-1c wordstart",
             "1.5 wordend", "4.4 wordstart", "3.0 wordend", "end linestart"]:
    idx[expr] = t.index(expr)
cmp = [t.compare("insert", "<", "end"), t.compare("1.0", "==", "1.0 linestart"),
       t.compare("2.0", ">=", "anchor_left"), t.compare("insert", "!=", "1.8")]
cnt = {"chars": t.count("1.0", "end"), "lines": t.count("1.0", "end", "lines"),
       "both": t.count("1.0", "3.0", "chars", "lines"), "same": t.count("2.0", "2.0"),
       "back": t.count("2.0", "1.0"), "indices": t.count("1.0", "2.0", "indices")}
names = sorted(t.mark_names())
nxt = t.mark_next("1.0")
prv = t.mark_previous("end")
t.mark_unset("start")
gone = "start" in t.mark_names()
grav = [t.mark_gravity("anchor_left"), t.mark_gravity("anchor_right"), t.mark_gravity("insert")]
dump = t.dump("1.0", "1.5")
dump_marks = t.dump("2.0", "2.4", mark=True)
t.tag_add("hot", "1.0", "1.5")
dump_tags = t.dump("1.0", "1.6", tag=True)
lines = int(t.index("end-1c").split(".")[0])
col = t.index(INSERT).split(".")
first_word = t.get("1.0", "1.0 wordend")
last_char = t.get("end-2c")
errors = []
for bad in ["nowhere", "1.0 +3x", "hot.middle"]:
    try:
        t.index(bad)
    except TclError as e:
        errors.append(str(e))
t.tag_remove("hot", "1.0", "end")
try:
    t.index("hot.first")
except TclError as e:
    errors.append(str(e))
root.update()
RESULT = {"idx": idx, "cmp": cmp, "cnt": cnt, "names": names, "next": nxt, "prev": prv, "gone": gone,
          "grav": grav, "dump": dump, "dump_marks": dump_marks, "dump_tags": dump_tags, "lines": lines,
          "col": col, "fw": first_word, "lc": last_char, "errors": errors}
''',
"scrolled_log": r'''
import tkinter as tk
import tkinter.scrolledtext as st
from datetime import datetime

class LogWindow:
    LEVELS = {"INFO": "black", "WARNING": "orange", "ERROR": "red"}

    def __init__(self, master):
        self.master = master
        master.title("Log viewer")
        self.log = st.ScrolledText(master, width=50, height=8, state="disabled", font=("TkFixedFont", 9))
        self.log.grid(row=0, column=0, columnspan=3, sticky="nsew", padx=5, pady=5)
        for level, colour in self.LEVELS.items():
            self.log.tag_config(level, foreground=colour)
        self.count = 0
        tk.Button(master, text="Info", command=lambda: self.write("INFO", "all good")).grid(row=1, column=0)
        tk.Button(master, text="Warn", command=lambda: self.write("WARNING", "hmm")).grid(row=1, column=1)
        tk.Button(master, text="Clear", command=self.clear).grid(row=1, column=2)
        master.columnconfigure(0, weight=1)
        master.rowconfigure(0, weight=1)

    def write(self, level, msg):
        self.count += 1
        self.log.configure(state="normal")
        self.log.insert(tk.END, f"[{self.count:03d}] {level}: {msg}\n", level)
        self.log.configure(state="disabled")
        self.log.yview(tk.END)

    def clear(self):
        self.log.config(state=tk.NORMAL)
        self.log.delete("1.0", tk.END)
        self.log.config(state=tk.DISABLED)

root = tk.Tk()
app = LogWindow(root)
ticks = []
def tick():
    ticks.append(len(ticks))
    app.write("ERROR" if len(ticks) % 5 == 0 else "INFO", f"tick {len(ticks)}")
    if len(ticks) < 12:
        root.after(1, tick)
    else:
        root.quit()
root.after(1, tick)
root.mainloop()
root.update()
ignored_before = app.log.get("1.0", "end-1c").count("\n")
app.log.insert("end", "this is ignored while disabled")
lines = app.log.get("1.0", tk.END).splitlines()
errs = [str(x) for x in app.log.tag_ranges("ERROR")]
view = [round(f, 4) for f in app.log.yview()]
bar = [round(float(f), 4) for f in app.log.vbar.get()]
root.children["!button3"].invoke()
root.update()
RESULT = {"lines": lines[-3:], "n": len(lines), "errs": errs, "view": view, "bar": bar,
          "ignored": ignored_before, "after_clear": app.log.get("1.0", "end"),
          "class": [app.log.winfo_class(), app.log.frame.winfo_class(), app.log.vbar.winfo_class()],
          "str": str(app.log), "parent": app.log.winfo_parent(), "manager": app.log.frame.winfo_manager(),
          "state": str(app.log["state"]), "font": app.log.cget("font")}
''',
"context_menu": r'''
import tkinter as tk

root = tk.Tk()
root.title("Right click me")
entry = tk.Entry(root, width=30)
entry.pack(padx=10, pady=10)
entry.insert(0, "copy me please")
log = []

class RightClickMenu:
    def __init__(self, widget):
        self.widget = widget
        self.menu = tk.Menu(widget, tearoff=0)
        for label in ("Cut", "Copy", "Paste"):
            self.menu.add_command(label=label, command=lambda l=label: self.do(l))
        self.menu.add_separator()
        self.menu.add_command(label="Select all", command=self.select_all)
        self.menu.add_command(label="Clear", command=lambda: widget.delete(0, "end"))
        widget.bind("<Button-3>", self.popup)

    def do(self, what):
        log.append(what)
        self.widget.event_generate(f"<<{what}>>")

    def select_all(self):
        self.widget.select_range(0, "end")
        self.widget.icursor("end")
        log.append("all")

    def popup(self, event):
        has_sel = self.widget.selection_present()
        for label in ("Cut", "Copy"):
            self.menu.entryconfig(label, state="normal" if has_sel else "disabled")
        log.append(("popup", event.num, event.x, event.y, event.widget is self.widget))
        self.menu.entryconfigure("Paste", state="normal")
        self.states = [self.menu.entrycget(i, "state") for i in range(self.menu.index("end") + 1)
                       if self.menu.type(i) != "separator"]

rc = RightClickMenu(entry)
root.update()
entry.event_generate("<Button-3>", x=5, y=5)
states_nosel = rc.states
rc.menu.invoke("Select all")
entry.event_generate("<Button-3>", x=7, y=3)
states_sel = rc.states
rc.menu.invoke("Copy")
clip = root.clipboard_get()
entry.selection_clear()
entry.icursor(0)
rc.menu.invoke(2)
r_disabled = rc.menu.invoke(0)
after_paste = entry.get()
end1 = rc.menu.index("end")
rc.menu.delete("Clear")
rc.menu.insert_command(0, label="Undo", command=lambda: log.append("undo"))
rc.menu.add_checkbutton(label="Wrap")
rc.menu.invoke("Undo")
rc.menu.invoke("Wrap")
wrap_var = root.globalgetvar("Wrap")
root.update()
RESULT = {"log": log, "nosel": states_nosel, "sel": states_sel, "clip": clip, "after_paste": after_paste,
          "r": r_disabled, "end1": end1, "end2": rc.menu.index("end"), "last": rc.menu.index("last"),
          "labels": [rc.menu.entrycget(i, "label") if rc.menu.type(i) != "separator" else "--"
                     for i in range(rc.menu.index("end") + 1)],
          "types": [rc.menu.type(i) for i in range(rc.menu.index("end") + 1)],
          "wrap": str(wrap_var), "none": rc.menu.index("none"), "tearoff": rc.menu["tearoff"]}
''',
"menubar_app": r'''
from tkinter import *
from tkinter import messagebox

class App(Frame):
    def __init__(self, master=None):
        Frame.__init__(self, master)
        self.master = master
        self.pack(fill=BOTH, expand=1)
        self.show_status = BooleanVar(value=True)
        self.word_wrap = IntVar()
        self.theme = StringVar(value="light")
        self.zoom = IntVar(value=100)
        self.actions = []
        menubar = Menu(master)
        master.config(menu=menubar)
        file = Menu(menubar)
        file.add_command(label="New", underline=0, accelerator="Ctrl+N", command=lambda: self.act("new"))
        file.add_command(label="Open...", command=lambda: self.act("open"))
        recent = Menu(file, tearoff=False)
        for name in ("a.txt", "b.txt", "c.txt"):
            recent.add_command(label=name, command=lambda n=name: self.act("open " + n))
        file.add_cascade(label="Open Recent", menu=recent)
        file.add_separator()
        file.add_command(label="Exit", command=self.client_exit)
        menubar.add_cascade(label="File", menu=file, underline=0)
        view = Menu(menubar, tearoff=1)
        view.add_checkbutton(label="Status bar", onvalue=True, offvalue=False, variable=self.show_status,
                             command=self.toggle_status)
        view.add_checkbutton(label="Word wrap", variable=self.word_wrap)
        view.add_separator()
        for t in ("light", "dark", "solarized"):
            view.add_radiobutton(label=t.title(), value=t, variable=self.theme, command=self.apply_theme)
        zoom = Menu(view, tearoff=0)
        for z in (50, 100, 200):
            zoom.add_radiobutton(label=f"{z}%", variable=self.zoom, value=z)
        view.add_cascade(label="Zoom", menu=zoom)
        menubar.add_cascade(label="View", menu=view)
        helpm = Menu(menubar, tearoff=0, name="help")
        helpm.add_command(label="About", command=lambda: self.act("about"))
        menubar.add_cascade(label="Help", menu=helpm)
        self.menubar, self.file, self.view, self.zoom_menu, self.recent = menubar, file, view, zoom, recent
        self.text = Text(self, height=5, width=30)
        self.text.pack(fill=BOTH, expand=1)
        self.status = Label(self, text="Ready", bd=1, relief=SUNKEN, anchor=W)
        self.status.pack(side=BOTTOM, fill=X)

    def act(self, what):
        self.actions.append(what)

    def toggle_status(self):
        if self.show_status.get():
            self.status.pack(side=BOTTOM, fill=X)
        else:
            self.status.pack_forget()
        self.act("status %s" % self.show_status.get())

    def apply_theme(self):
        bg = {"light": "white", "dark": "#202020", "solarized": "#fdf6e3"}[self.theme.get()]
        self.text.config(bg=bg)
        self.act("theme " + self.theme.get())

    def client_exit(self):
        self.act("exit")

root = Tk()
root.geometry("400x300")
app = App(root)
m = app.menubar
v = app.view
v.invoke(1)
root.update()
hidden = app.status.winfo_manager()
v.invoke("Status bar")
v.invoke(2)
v.invoke(2)
v.invoke(5)
v.invoke("Solarized")
app.zoom_menu.invoke("200%")
app.file.invoke(0)
app.recent.invoke(1)
app.file.invoke("Exit")
root.update()
RESULT = {
    "actions": app.actions, "status": app.show_status.get(), "wrap": app.word_wrap.get(),
    "theme": app.theme.get(), "zoom": app.zoom.get(), "bg": app.text["bg"],
    "hidden": hidden, "shown": app.status.winfo_manager(),
    "m_end": m.index("end"), "f_end": app.file.index("end"), "v_end": v.index("end"),
    "v_types": [v.type(i) for i in range(v.index("end") + 1)],
    "f_labels": [app.file.entrycget(i, "label") for i in (1, 2, 3, 5)],
    "cascade": str(m.entrycget("View", "menu")) == str(v), "acc": app.file.entrycget("New", "accelerator"),
    "ul": app.file.entrycget(1, "underline"), "val": v.entrycget(5, "value"),
    "onv": str(v.entrycget(1, "onvalue")), "m_tearoff": m["tearoff"], "v_tearoff": v["tearoff"],
    "help": str(app.menubar.nametowidget(m.entrycget("Help", "menu"))), "menu": str(root["menu"]) == str(m),
    "idx_open": app.file.index("Open*"), "children": sorted(str(c) for c in m.winfo_children()),
}
''',
"font_settings": r'''
import tkinter as tk
import tkinter.font as tkFont

root = tk.Tk()
default_font = tkFont.nametofont("TkDefaultFont")
text_font = tkFont.nametofont("TkTextFont")
fixed = tkFont.nametofont("TkFixedFont")
lbl = tk.Label(root, text="Default font label")
lbl.pack()
btn = tk.Button(root, text="Button")
btn.pack()
ent = tk.Entry(root, width=20)
ent.pack()
root.update()
before = (lbl.winfo_reqwidth(), lbl.winfo_reqheight(), ent.winfo_reqheight())
size0 = default_font.cget("size")
default_font.configure(size=16)
text_font.configure(size=14, weight="bold")
root.update()
after = (lbl.winfo_reqwidth(), lbl.winfo_reqheight(), ent.winfo_reqheight())
title_font = tkFont.Font(family="Helvetica", size=18, weight="bold", slant="italic", underline=1)
small = tkFont.Font(root=root, font=("Courier", 9))
pix = tkFont.Font(size=-20)
tk.Label(root, text="Title", font=title_font).pack()
tk.Label(root, text="fixed", font=small).pack()
tk.Label(root, text="pixels", font=pix).pack()
copy = title_font.copy()
copy.config(size=10)
cfg = title_font.configure()
metrics = title_font.metrics()
RESULT = {
    "size0": size0, "changed": before != after, "grew": after[0] > before[0] and after[2] > before[2],
    "cfg": {k: cfg[k] for k in ("size", "weight", "slant", "underline", "overstrike")},
    "actual": {k: title_font.actual(k) for k in ("size", "weight", "slant", "underline")},
    "small": [small.actual("size"), small["weight"], small.cget("slant")],
    "pix": [pix["size"], pix.actual("size")],
    "copy": [copy["size"], title_font["size"], copy["weight"]], "eq": [copy == title_font, title_font == title_font],
    "metrics_keys": sorted(metrics), "linespace_ok": metrics["linespace"] == metrics["ascent"] + metrics["descent"],
    "ls": title_font.metrics("linespace") == metrics["linespace"],
    "measure": [small.measure("abc") == 3 * small.measure("a"), small.metrics("fixed"), fixed.metrics("fixed")],
    "names": [n in tkFont.names() for n in ("TkDefaultFont", "TkTextFont", "TkFixedFont", "TkMenuFont",
                                             "TkHeadingFont", "TkCaptionFont", "TkSmallCaptionFont",
                                             "TkIconFont", "TkTooltipFont")],
    "families": isinstance(tkFont.families(), tuple) and len(tkFont.families()) > 0,
    "default": [default_font.actual("size"), default_font["size"], text_font["weight"], fixed["family"] != ""],
    "str": str(default_font), "lbl_font": str(lbl["font"]), "ent_font": str(ent["font"]),
}
''',
"option_db": r'''
import tkinter as tk

root = tk.Tk()
root.option_add("*Font", "Helvetica 11")
root.option_add("*Button.background", "lightblue")
root.option_add("*Label.foreground", "navy")
root.option_add("*Entry.width", "12")
root.option_add("*tearOff", False)
root.option_add("*special.foreground", "red", 80)
frm = tk.Frame(root, padx=8, pady=8)
frm.pack()
labels = []
for row, caption in enumerate(("Name", "Email", "Phone")):
    lbl = tk.Label(frm, text=caption + ":")
    lbl.grid(row=row, column=0, sticky="e")
    tk.Entry(frm).grid(row=row, column=1)
    labels.append(lbl)
special = tk.Label(frm, text="required", name="special")
special.grid(row=3, column=0, columnspan=2)
ok = tk.Button(frm, text="OK")
ok.grid(row=4, column=1, sticky="e")
menu = tk.Menu(root)
sub = tk.Menu(menu)
root.update()
RESULT = {"font": labels[0]["font"], "bg": ok["background"], "fg": labels[1].cget("fg"),
          "efont": frm.grid_slaves(row=0, column=1)[0]["font"],
          "ew": frm.grid_slaves(row=1, column=1)[0]["width"], "special": special["fg"],
          "tearoff": [menu["tearoff"], sub["tearoff"]],
          "get": [root.option_get("font", "Font"), ok.option_get("background", "Background"),
                  special.option_get("foreground", "Foreground")],
          "btn_fg": ok["fg"]}
''',
"window_manager": r'''
import tkinter as tk

root = tk.Tk()
root.title("Window manager demo")
root.geometry("300x200+10+20")
root.minsize(200, 150)
root.maxsize(800, 600)
root.resizable(False, True)
root.attributes("-topmost", True)
root.iconname("wmdemo")
closing = []
def on_closing():
    closing.append("asked")
root.protocol("WM_DELETE_WINDOW", on_closing)
tk.Label(root, text="Hello").pack()
root.update()
info = {
    "title": root.title(), "wm_title": root.wm_title(), "geometry": root.geometry(),
    "size": (root.winfo_width(), root.winfo_height()), "min": root.minsize(), "max": root.maxsize(),
    "resizable": root.resizable(), "topmost": root.attributes("-topmost"), "iconname": root.iconname(),
    "state": root.state(), "protocol": root.protocol("WM_DELETE_WINDOW") != "",
    "protocols": root.protocol(), "override": root.overrideredirect(),
}
top = tk.Toplevel(root)
top.title("Settings")
top.geometry("180x120+40+50")
top.transient(root)
tk.Button(top, text="Close", command=top.destroy).pack()
top.withdraw()
root.update()
w_state = top.state()
top.deiconify()
root.update()
d_state = top.wm_state()
top_info = {"transient": str(top.transient()), "geometry": top.geometry(), "toplevel": str(top.winfo_toplevel()),
            "btn_top": str(top.winfo_children()[0].winfo_toplevel()), "class": top.winfo_class(),
            "ismapped": top.winfo_ismapped(), "frame_exists": bool(top.winfo_exists())}
root.geometry("250x180")
root.update()
g2 = root.geometry()
root.wm_geometry("+5+6")
root.update()
g3 = root.geometry()
root.title(root.title() + " *")
top.destroy()
root.update()
RESULT = {"info": info, "w_state": w_state, "d_state": d_state, "top": top_info, "g2": g2, "g3": g3,
          "title2": root.title(), "children": [str(c) for c in root.winfo_children()], "closing": closing,
          "aspect": root.aspect(), "group": root.group(), "focusmodel": root.focusmodel(),
          "positionfrom": root.positionfrom(), "sizefrom": root.sizefrom()}
''',
"variable_traces": r'''
from tkinter import *

root = Tk()
log = []
name = StringVar(root, value="")
age = IntVar(root)
agree = BooleanVar()
level = DoubleVar(value=0.5)

def old_style(varname, index, mode):
    log.append(("old", varname == str(name), index, mode, root.globalgetvar(varname)))

def on_age(*args):
    log.append(("age", args[1], args[2], age.get()))

def on_read(var, index, mode):
    log.append(("read", mode))

def on_unset(*a):
    log.append(("unset", a[2]))

cb_old = name.trace("w", old_style)
cb_v = age.trace_variable("w", on_age)
cb_r = level.trace_add("read", on_read)
cb_multi = agree.trace_add(("write", "unset"), lambda *a: log.append(("agree", a[2])))
info0 = [(tuple(m) if not isinstance(m, str) else m, n == cb_multi) for m, n in agree.trace_info()]
vinfo0 = [(m, n == cb_v) for m, n in age.trace_vinfo()]
name.set("Ada")
age.set(36)
age.set("37")
agree.set(1)
x = level.get()
entry = Entry(root, textvariable=name)
entry.pack()
entry.insert("end", "!")
entry.delete(0)
check = Checkbutton(root, text="agree", variable=agree)
check.pack()
check.invoke()
scale = Scale(root, variable=level, from_=0, to=1, resolution=0.1, orient=HORIZONTAL)
scale.pack()
root.update()
name.trace_vdelete("w", cb_old)
age.trace_remove("write", cb_v)
name.set("Bob")
age.set(1)
n_after = (len(name.trace_info()), len(age.trace_info()))
try:
    bad = IntVar(value="x").get()
except (TclError, ValueError) as e:
    bad = type(e).__name__
root.update()
RESULT = {"log": log, "info0": info0, "vinfo0": vinfo0, "x": x, "n_after": n_after, "bad": bad,
          "values": [name.get(), age.get(), level.get()], "entry": entry.get(),
          "readonly": [str(name) == name._name, isinstance(cb_old, str)]}
''',
"validate_entry": r'''
import tkinter as tk

root = tk.Tk()
calls = []

def only_digits(P, S, d, i, V, W, s, v):
    calls.append((P, S, d, i, V, W == str(age_entry), s, v))
    if d == "1" and not S.isdigit():
        return False
    return len(P) <= 3

def on_invalid(P, S):
    calls.append(("invalid", P, S))
    root.bell()

vcmd = (root.register(only_digits), "%P", "%S", "%d", "%i", "%V", "%W", "%s", "%v")
ivcmd = (root.register(on_invalid), "%P", "%S")
age_entry = tk.Entry(root, validate="key", validatecommand=vcmd, invalidcommand=ivcmd)
age_entry.pack()
age_entry.insert(0, "12")
age_entry.insert("end", "a")
age_entry.insert("end", "3")
age_entry.insert("end", "4")
age_entry.delete(0)
age_entry.insert(1, "9")
after_keys = age_entry.get()

def upper_limit(new):
    return new == "" or (new.isalpha() and len(new) <= 5)

name_var = tk.StringVar()
name_entry = tk.Entry(root, textvariable=name_var, validate="all",
                      validatecommand=(root.register(upper_limit), "%P"))
name_entry.pack()
name_entry.insert(0, "abc")
name_entry.insert("end", "1")
name_var.set("toolongname")
state_after_set = name_entry["validate"]

def broken(P):
    calls.append(("broken", P))
    return "yes"

b = tk.Entry(root, validate="key", validatecommand=(root.register(broken), "%P"))
b.pack()
b.insert(0, "x")
b_validate = b["validate"]
b.insert(0, "y")
sp = tk.Spinbox(root, from_=0, to=10, validate="key",
                validatecommand=(root.register(lambda P, d: calls.append(("spin", P, d)) or True), "%P", "%d"))
sp.pack()
sp.insert(0, "5")
sp.invoke("buttonup")
root.update()
RESULT = {"calls": calls, "age": after_keys, "name": name_entry.get(), "name_var": name_var.get(),
          "validate": [age_entry["validate"], state_after_set, b_validate, b["validate"]],
          "b": b.get(), "sp": sp.get(), "vcmd_type": type(age_entry["validatecommand"]).__name__}
''',
"bindings_tags": r'''
import tkinter as tk

root = tk.Tk()
root.title("Bindings")
log = []
frame = tk.Frame(root, name="toolbar")
frame.pack()
entries = []
for i in range(3):
    e = tk.Entry(frame, name=f"field{i}", width=8)
    e.pack(side="left")
    entries.append(e)
    e.bind("<Key>", lambda ev, i=i: log.append(("key", i, ev.keysym, ev.char)))
readonly = entries[2]
readonly.bind("<Key>", lambda ev: (log.append(("blocked", ev.keysym)), "break")[1], add="+")
root.bind_class("Entry", "<<Shout>>", lambda ev: log.append(("class", ev.widget.winfo_name())))
root.bind_all("<<Shout>>", lambda ev: log.append(("all", str(ev.widget))))
entries[1].bind("<<Shout>>", lambda ev: (log.append(("inst", 1)), "break")[1])
tags0 = entries[0].bindtags()
entries[0].bindtags(("post",) + tags0)
root.bind_class("post", "<<Shout>>", lambda ev: log.append(("post", ev.widget.winfo_name())))
entries[0].event_generate("<<Shout>>")  # before the window is shown
log.append("shown")
root.update()
for e in entries:
    e.event_generate("<<Shout>>")
entries[0].event_generate("<Key>", keysym="a")
readonly.focus_force()
root.update()
entries[0].event_generate("<Key>", keysym="a")
readonly.insert(0, "fixed")
readonly.event_generate("<KeyPress>", keysym="BackSpace")
readonly.event_generate("<Key-x>")
readonly.event_generate("<Key>", keysym="exclam")
root.event_add("<<Refresh>>", "<F5>", "<Control-r>")
root.bind("<<Refresh>>", lambda ev: log.append(("refresh", str(ev.widget))))
pending = []
aid = root.after(10, lambda: log.append("should not run"))
idle = root.after_idle(lambda *a: log.append(("idle", a)), 1, 2)
root.after(1, lambda: log.append("timer"))
root.after_cancel(aid)
root.after(20, root.quit)
log.append("before mainloop")
root.mainloop()
entries[1].focus_force()
root.update()
focused = root.focus_get()
entries[0].event_generate("<Key>", keysym="Q")
root.event_generate("<<Refresh>>")
w = root.nametowidget("toolbar.field1")
RESULT = {
    "log": log, "tags0": list(tags0), "tags": list(entries[0].bindtags()), "focus": str(focused),
    "same": w is entries[1], "name": w.winfo_name(), "parent": w.winfo_parent(), "class": w.winfo_class(),
    "manager": [w.winfo_manager(), frame.winfo_manager(), root.winfo_manager()],
    "mapped": [w.winfo_ismapped(), root.winfo_ismapped()], "einfo": list(root.event_info("<<Refresh>>")),
    "bound": sorted(entries[1].bind()), "cls": "<<Shout>>" in root.bind_class("Entry"),
    "ro": readonly.get(), "typed": [e.get() for e in entries],
}
''',
"notepad_class": r'''
import tkinter as tk
from tkinter import font as tkfont

class Notepad:
    def __init__(self):
        self.root = tk.Tk()
        self.root.title("Untitled - Notepad")
        self.root.geometry("500x300")
        self.font = tkfont.Font(family="Courier", size=10)
        self.text = tk.Text(self.root, undo=True, font=self.font, wrap="word")
        self.status = tk.StringVar(value="Ln 1, Col 0")
        tk.Label(self.root, textvariable=self.status, anchor="e").pack(side="bottom", fill="x")
        self.text.pack(fill="both", expand=True)
        self.text.bind("<<Modified>>", self.modified)
        self.text.bind("<KeyRelease>", self.update_status)
        self.text.bind("<ButtonRelease-1>", self.update_status)
        menubar = tk.Menu(self.root)
        fmt = tk.Menu(menubar, tearoff=0)
        fmt.add_command(label="Bigger", command=lambda: self.zoom(+2))
        fmt.add_command(label="Smaller", command=lambda: self.zoom(-2))
        self.wrap = tk.StringVar(value="word")
        for mode in ("none", "char", "word"):
            fmt.add_radiobutton(label=mode, variable=self.wrap, value=mode,
                                command=lambda: self.text.config(wrap=self.wrap.get()))
        menubar.add_cascade(label="Format", menu=fmt)
        self.root.config(menu=menubar)
        self.fmt = fmt
        self.titles = []

    def modified(self, event=None):
        flag = self.text.edit_modified()
        title = self.root.title()
        if flag and not title.startswith("*"):
            self.root.title("*" + title)
        self.titles.append(self.root.title())

    def zoom(self, step):
        self.font.configure(size=self.font.cget("size") + step)

    def update_status(self, event=None):
        line, col = self.text.index(tk.INSERT).split(".")
        words = len(self.text.get("1.0", "end-1c").split())
        self.status.set(f"Ln {line}, Col {col} | {words} words")

    def type_text(self, s):
        for ch in s:
            if ch == "\n":
                self.text.insert("insert", "\n")
            else:
                self.text.insert("insert", ch)
        self.update_status()

np_ = Notepad()
root = np_.root
np_.type_text("Dear diary,\nToday I learned tkinter.")
root.update()
s1 = np_.status.get()
np_.text.mark_set("insert", "1.4")
np_.text.event_generate("<ButtonRelease-1>")
s2 = np_.status.get()
np_.text.focus_force()
root.update()
for key in ("Return", "P", "S", "colon", "space", "o", "k", "BackSpace", "Left", "K", "End", "exclam", "Home",
            "Delete", "Up", "Tab"):
    np_.text.event_generate("<KeyPress>", keysym=key)
typed_at = np_.text.index("insert")
np_.fmt.invoke("Bigger")
np_.fmt.invoke("Bigger")
np_.fmt.invoke("none")
root.update()
h1 = np_.text.winfo_reqheight()
np_.fmt.invoke("Smaller")
root.update()
np_.text.edit_undo()
root.update()
RESULT = {"s1": s1, "s2": s2, "titles": np_.titles, "size": np_.font["size"], "wrap": np_.text["wrap"],
          "h1": h1, "h2": np_.text.winfo_reqheight(), "text": np_.text.get("1.0", "end-1c"),
          "mod": np_.text.edit_modified(), "title": root.title(), "font": np_.text["font"] == str(np_.font),
          "typed_at": typed_at}
''',
}
