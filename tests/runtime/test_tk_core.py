"""Pyroom's tkinter on CPython against a RecordingDisplay: operations, geometry, events, timers, variables."""

from __future__ import annotations

import pytest


def test_program_draws_through_display_ops(tk):
    env = tk.run(
        """
import tkinter as tk
root = tk.Tk()
root.title("Demo")
frame = tk.Frame(root, width=100, height=50, bg="light blue")
frame.pack()
root.update()
"""
    )
    frame = env["frame"]
    news = tk.ops("new")
    assert news == [["new", ".!frame", "Frame", news[0][3]]]
    assert news[0][3]["bg"] == "#add8e6"
    assert ["geom", ".!frame", 0, 0, 100, 50] in tk.display.ops
    assert any(op[0] == "window" and op[2]["title"] == "Demo" for op in tk.display.ops)
    frame.configure(relief="sunken", bd=3)
    assert tk.display.ops[-1] == ["config", ".!frame", {"relief": "sunken", "bd": 3}]
    frame.destroy()
    assert tk.display.ops[-1] == ["destroy", ".!frame"]
    assert not frame.winfo_exists()


def test_options_cget_keys_and_errors(tk):
    t = tk.tk
    root = t.Tk()
    b = t.Button(root, text="Hi", fg="red")
    assert b["text"] == "Hi" and b.cget("foreground") == "red" and b["fg"] == "red"
    b["text"] = "Bye"
    assert b.cget("text") == "Bye"
    assert "activebackground" in b.keys() and "bd" in b.keys()
    assert b.configure("bd") == ("borderwidth", "borderWidth", "BorderWidth", "1", "1")
    assert b.configure()["bd"] == ("bd", "-borderwidth")
    assert b.configure("text")[4] == "Bye"
    with pytest.raises(t.TclError, match='unknown option "-nope"'):
        b.configure(nope=1)
    with pytest.raises(t.TclError, match="unknown color name"):
        t.Label(root, bg="notacolour")
    assert str(b) == ".!button" and t.Button(root)._w == ".!button2"
    assert root.winfo_rgb("#fff") == (65535, 65535, 65535)


def test_pack_geometry(tk):
    t = tk.tk
    root = t.Tk()
    a = t.Frame(root, width=100, height=40)
    b = t.Frame(root, width=60, height=30)
    c = t.Frame(root, width=20, height=20)
    a.pack(side="top", fill="x")
    b.pack(side="left", padx=5, pady=(2, 4))
    c.pack(side="right", expand=True, fill="both")
    root.update()
    assert (root.winfo_reqwidth(), root.winfo_reqheight()) == (100, 76)
    assert a.winfo_geometry() == "100x40+0+0"
    assert b.winfo_geometry() == "60x30+5+42"
    assert c.winfo_geometry() == "30x36+70+40"
    root.geometry("200x100")
    root.update()
    assert c.winfo_geometry() == "130x60+70+40"
    assert b.winfo_geometry() == "60x30+5+54"
    b.pack_forget()
    root.update()
    assert ["unmap", str(b)] in tk.display.ops and not b.winfo_ismapped()
    assert c.winfo_geometry() == "200x60+0+40"


def test_grid_geometry_weights_spans_sticky(tk):
    t = tk.tk
    root = t.Tk()
    f = [t.Frame(root, width=w, height=h) for w, h in ((50, 20), (30, 40), (100, 10), (10, 10))]
    f[0].grid(row=0, column=0)
    f[1].grid(row=0, column=1, sticky="ns", padx=2)
    f[2].grid(row=1, column=0, columnspan=2, sticky="ew")
    f[3].grid(row=2, column=1, sticky="se")
    root.update()
    assert root.grid_size() == (2, 3)
    assert (root.winfo_reqwidth(), root.winfo_reqheight()) == (100, 60)
    # the span's extra width is shared evenly by its columns, as Tk does
    assert [w.winfo_geometry() for w in f] == ["50x20+4+10", "30x40+64+0", "100x10+0+40", "10x10+90+50"]
    assert root.grid_bbox(1, 1) == (58, 40, 42, 10)
    root.columnconfigure(0, weight=1)
    root.rowconfigure(2, weight=2)
    root.geometry("200x100")
    root.update()
    # with a weighted column in the span, the span's extra goes there (the values real Tk gives)
    assert [w.winfo_geometry() for w in f] == ["50x20+58+10", "30x40+168+0", "200x10+0+40", "10x10+190+90"]
    assert root.grid_bbox(1, 1) == (166, 40, 34, 10)
    assert root.grid_location(175, 55) == (1, 2)
    assert f[1].grid_info()["sticky"] == "ns"


def test_place_geometry(tk):
    t = tk.tk
    root = t.Tk()
    root.geometry("300x200")
    a = t.Frame(root, width=40, height=30)
    a.place(relx=0.5, rely=0.5, anchor="center")
    b = t.Frame(root)
    b.place(x=10, y=20, relwidth=0.5, height=15)
    root.update()
    assert a.winfo_geometry() == "40x30+130+85"
    assert b.winfo_geometry() == "150x15+10+20"
    assert a.place_info()["anchor"] == "center"


def test_label_and_button_request_sizes_follow_tk_formulas(tk):
    t = tk.tk
    root = t.Tk()
    # RecordingDisplay: TkDefaultFont is 10 pt = 13.333 px, 0.6 * size px per character ("abcd": 32 px),
    # linespace ceil(0.8 * size) + ceil(0.25 * size) = 11 + 4
    lab = t.Label(root, text="abcd")
    assert (lab.winfo_reqwidth(), lab.winfo_reqheight()) == (32 + 2 + 2, 15 + 2 + 2)
    but = t.Button(root, text="abcd")
    assert (but.winfo_reqwidth(), but.winfo_reqheight()) == (32 + 22 + 2 + 4, 15 + 8 + 2 + 4)
    ent = t.Entry(root, width=10)
    assert (ent.winfo_reqwidth(), ent.winfo_reqheight()) == (10 * 8 + 6, 15 + 6)


def test_bindings_order_break_and_patterns(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root)
    c.pack()
    seen = []
    c.bind("<Button-1>", lambda e: seen.append(("widget", e.x, e.y, e.num)))
    c.bind_class("Canvas", "<Button-1>", lambda e: seen.append("class"))
    root.bind("<Button-1>", lambda e: seen.append("toplevel"))
    c.bind_all("<Button-1>", lambda e: seen.append("all"))
    assert ["bind", str(c), ["ButtonPress"]] in tk.display.ops
    tk.display.inject({"type": "ButtonPress", "w": str(c), "x": 5, "y": 6, "num": 1, "time": 1})
    root.update()
    assert seen == [("widget", 5, 6, 1), "class", "toplevel", "all"]
    seen.clear()
    c.bind("<Button-1>", lambda e: "break")
    tk.display.inject({"type": "ButtonPress", "w": str(c), "x": 5, "y": 6, "num": 1, "time": 2000})
    root.update()
    assert seen == []
    # most specific pattern wins; Double needs two quick presses; B1-Motion needs the button state
    seen.clear()
    c.unbind("<Button-1>")
    c.bind("<Double-Button-1>", lambda e: seen.append("double"))
    c.bind("<B1-Motion>", lambda e: seen.append("drag"))
    c.bind("<Motion>", lambda e: seen.append("move"))
    c.bind("<Control-Key-c>", lambda e: seen.append("copy"))
    c.bind("<Key>", lambda e: seen.append(("key", e.keysym, e.char)))
    c.bind("<<Custom>>", lambda e: seen.append("virtual"))
    for ev in (
        {"type": "ButtonPress", "num": 1, "time": 5000},
        {"type": "ButtonPress", "num": 1, "time": 5200},
        {"type": "Motion", "state": 256, "x": 1, "y": 1},
        {"type": "Motion", "state": 0, "x": 1, "y": 1},
        {"type": "KeyPress", "keysym": "c", "char": "\x03", "state": 4},
        {"type": "KeyPress", "keysym": "a", "char": "a", "state": 0},
    ):
        tk.display.inject(dict(ev, w=str(c)))
    root.update()
    c.event_generate("<<Custom>>")
    # each binding tag picks its own best match: the second press is "double" for the widget, "class" for Canvas
    assert seen[:7] == ["class", "toplevel", "all", "double", "class", "toplevel", "all"]
    assert seen[7:] == ["drag", "move", "copy", ("key", "a", "a"), "virtual"], seen


def test_event_fields_and_generate(tk):
    t = tk.tk
    root = t.Tk()
    e = t.Entry(root)
    got = []
    e.bind("<KeyPress-a>", got.append)
    e.pack()
    e.event_generate("<KeyPress-a>")  # no window yet (before the first update), no focus: Tk drops it
    root.update()
    e.focus_force()
    e.event_generate("<KeyPress-a>", x=3, y=4)
    assert len(got) == 1
    ev = got[0]
    assert ev.keysym == "a" and ev.char == "a" and ev.widget is e and ev.x == 3 and ev.type == t.EventType.KeyPress
    assert str(ev.type) == "2" and ev.type.name == "KeyPress" and "KeyPress event" in repr(ev)


def test_configure_event_on_resize(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root, width=100, height=80, highlightthickness=0)
    c.pack(fill="both", expand=True)
    sizes = []
    c.bind("<Configure>", lambda e: sizes.append((e.width, e.height)))
    root.update()
    tk.display.inject({"type": "Configure", "w": ".", "width": 300, "height": 200})
    root.update()
    assert sizes == [(100, 80), (300, 200)]
    assert root.winfo_width() == 300 and c.winfo_width() == 300


def test_after_timers_mainloop_and_quit(tk):
    t = tk.tk
    root = t.Tk()
    log = []
    start = tk.clock.now()
    root.after(300, lambda: log.append(("b", round(tk.clock.now() - start, 3))))
    root.after(100, lambda: log.append(("a", round(tk.clock.now() - start, 3))))
    cancelled = root.after(200, lambda: log.append("never"))
    root.after_cancel(cancelled)
    root.after_idle(lambda: log.append("idle"))

    def tick(n):
        log.append(("tick", n))
        if n < 3:
            root.after(50, tick, n + 1)
        else:
            root.quit()

    root.after(400, tick, 1)
    root.mainloop()
    assert log == ["idle", ("a", 0.1), ("b", 0.3), ("tick", 1), ("tick", 2), ("tick", 3)]
    assert root.winfo_exists()
    root.destroy()
    root.mainloop()  # returns at once: no window


def test_mainloop_ends_when_window_closed(tk):
    t = tk.tk
    root = t.Tk()
    closed = []
    root.protocol("WM_DELETE_WINDOW", lambda: (closed.append(1), root.destroy()))
    tk.display.inject({"type": "Close", "w": "."})
    root.mainloop()
    assert closed == [1] and not root.winfo_exists()
    assert ["destroy", "."] in tk.display.ops and tk.display.ops[-1] == ["mainloop", False]


def test_update_does_not_block_and_dispatches(tk):
    t = tk.tk
    root = t.Tk()
    b = t.Button(root, text="go", command=lambda: hits.append(1))
    b.pack()
    hits = []
    root.update()
    tk.display.inject({"type": "Invoke", "w": str(b)})
    before = tk.clock.now()
    root.update()
    assert hits == [1] and tk.clock.now() == before
    b.configure(state="disabled")
    assert b.invoke() == "" and hits == [1]


def test_wait_variable_and_wait_window(tk):
    t = tk.tk
    root = t.Tk()
    v = t.StringVar()
    root.after(100, v.set, "done")
    root.wait_variable(v)
    assert v.get() == "done"
    top = t.Toplevel(root)
    root.after(50, top.destroy)
    root.wait_window(top)
    assert not top.winfo_exists()


def test_variables_and_traces(tk):
    t = tk.tk
    root = t.Tk()
    v = t.StringVar(value="a")
    log = []
    cb = v.trace_add("write", lambda name, index, mode: log.append((name == str(v), index, mode, v.get())))
    v.set("b")
    assert log == [(True, "", "write", "b")]
    assert v.trace_info() == [(("write",), cb)]
    v.trace_remove("write", cb)
    v.set("c")
    assert len(log) == 1 and v.trace_info() == []
    i = t.IntVar(value=3)
    assert i.get() == 3
    i.set("4")
    assert i.get() == 4
    i.set("x")
    with pytest.raises(t.TclError):
        i.get()
    assert t.DoubleVar(value=1).get() == 1.0
    bv = t.BooleanVar(value="yes")
    assert bv.get() is True
    with pytest.raises(RuntimeError):
        root.destroy()
        t.StringVar()


def test_textvariable_links_entry_and_label(tk):
    t = tk.tk
    root = t.Tk()
    v = t.StringVar(value="start")
    e = t.Entry(root, textvariable=v)
    lab = t.Label(root, textvariable=v)
    assert e.get() == "start" and lab["text"] == "start"
    v.set("python")
    assert e.get() == "python" and lab["text"] == "python"
    tk.display.inject({"type": "Value", "w": str(e), "value": "typed"})
    root.update()
    assert v.get() == "typed" and lab["text"] == "typed"
    assert ["config", str(lab), {"text": "typed"}] in tk.display.ops


def test_entry_editing_and_validation(tk):
    t = tk.tk
    root = t.Tk()
    e = t.Entry(root)
    e.insert(0, "hello")
    e.insert("end", " world")
    e.delete(0, 6)
    assert e.get() == "world" and e.index("end") == 5
    e.icursor(2)
    e.select_range(0, "end")
    assert e.selection_present()
    digits = root.register(lambda p: p.isdigit() or p == "")
    n = t.Entry(root, validate="key", validatecommand=(digits, "%P"))
    n.insert(0, "12")
    n.insert("end", "x")
    assert n.get() == "12"
    tk.display.inject({"type": "Value", "w": str(n), "value": "12a"})
    root.update()
    assert n.get() == "12" and tk.display.ops[-1][2]["value"] == "12"


def test_checkbutton_radiobutton_scale_spinbox(tk):
    t = tk.tk
    root = t.Tk()
    cv = t.IntVar()
    fired = []
    cb = t.Checkbutton(root, text="c", variable=cv, command=lambda: fired.append("c"))
    tk.display.inject({"type": "Invoke", "w": str(cb)})
    root.update()
    assert cv.get() == 1 and fired == ["c"]
    rv = t.StringVar(value="x")
    r1 = t.Radiobutton(root, variable=rv, value="x")
    r2 = t.Radiobutton(root, variable=rv, value="y")
    r2.invoke()
    assert rv.get() == "y" and tk.display.ops[-1] == ["config", str(r2), {"selected": True}]
    assert r1._selected() is False
    sv = t.DoubleVar()
    sc = t.Scale(root, from_=0, to=10, resolution=0.5, variable=sv, command=fired.append)
    tk.display.inject({"type": "Value", "w": str(sc), "value": 3.3})
    root.update()
    assert sv.get() == 3.5 and fired[-1] == "3.5"
    sp = t.Spinbox(root, values=("a", "b", "c"), command=lambda: fired.append("spin"))
    tk.display.inject({"type": "Invoke", "w": str(sp), "element": "buttonup"})
    root.update()
    assert sp.get() == "b" and fired[-1] == "spin"


def test_listbox_selection_and_listvariable(tk):
    t = tk.tk
    root = t.Tk()
    lv = t.StringVar(value=("one", "two"))
    lb = t.Listbox(root, listvariable=lv)
    lb.insert("end", "three")
    assert lb.get(0, "end") == ("one", "two", "three") and lb.size() == 3
    assert lv.get() == "('one', 'two', 'three')" or list(t._core.split_list(lv._value)) == ["one", "two", "three"]
    events = []
    lb.bind("<<ListboxSelect>>", lambda e: events.append(lb.curselection()))
    tk.display.inject({"type": "Select", "w": str(lb), "value": [2]})
    root.update()
    assert events == [(2,)] and lb.get(lb.curselection()[0]) == "three"
    lb.delete(0)
    assert lb.curselection() == (1,) and lb.get(0, "end") == ("two", "three")
    lb.selection_clear(0, "end")
    assert lb.curselection() == ()


def test_scrollbar_wiring(tk):
    t = tk.tk
    root = t.Tk()
    lb = t.Listbox(root, height=3)
    sb = t.Scrollbar(root, command=lb.yview)
    lb.configure(yscrollcommand=sb.set)
    for i in range(12):
        lb.insert("end", f"item {i}")
    lb.pack(side="left")
    sb.pack(side="right", fill="y")
    root.update()
    assert sb.get() == (0.0, 0.25)
    tk.display.inject({"type": "Value", "w": str(sb), "value": ["moveto", 0.5]})
    root.update()
    assert lb.yview() == (0.5, 0.75) and sb.get() == (0.5, 0.75)
    lb.yview_scroll(1, "pages")
    assert lb.yview()[0] == 7 / 12  # (Tk's page is the lines shown less two, at least one)


def test_menus(tk):
    t = tk.tk
    root = t.Tk()
    bar = t.Menu(root)
    filemenu = t.Menu(bar, tearoff=0)
    did = []
    filemenu.add_command(label="Open", command=lambda: did.append("open"), accelerator="Ctrl+O")
    filemenu.add_separator()
    show = t.BooleanVar()
    filemenu.add_checkbutton(label="Show", variable=show)
    bar.add_cascade(label="File", menu=filemenu)
    root.config(menu=bar)
    assert any(op[0] == "window" and op[2].get("menu") == str(bar) for op in tk.display.ops)
    entries = [op for op in tk.display.ops if op[0] == "config" and op[1] == str(filemenu)][-1][2]["entries"]
    assert [e["type"] for e in entries] == ["command", "separator", "checkbutton"]
    assert entries[0]["accelerator"] == "Ctrl+O"
    tk.display.inject({"type": "Invoke", "w": str(filemenu), "index": 0})
    tk.display.inject({"type": "Invoke", "w": str(filemenu), "index": 2})
    root.update()
    assert did == ["open"] and show.get() is True
    assert filemenu.entrycget("Open", "accelerator") == "Ctrl+O" and filemenu.index("end") == 2
    filemenu.entryconfigure(0, state="disabled")
    assert filemenu.invoke(0) == ""
    var = t.StringVar(value="b")
    om = t.OptionMenu(root, var, "a", "b", "c")
    om["menu"].invoke(2)
    assert var.get() == "c" and om["text"] == "c"


def test_dialogs(tk, tmp_path, monkeypatch):
    from tkinter import colorchooser, filedialog, messagebox, simpledialog

    t = tk.tk
    t.Tk()
    tk.display.dialogs = ["yes", "cancel", "no", "Ann", "abc", "7", "#ff8000", None]
    assert messagebox.askyesno("Q", "Sure?") is True
    assert messagebox.askyesnocancel("Q", "Sure?") is None
    assert messagebox.askquestion("Q", "Sure?") == "no"
    assert simpledialog.askstring("Name", "Who?") == "Ann"
    assert simpledialog.askinteger("N", "How many?") == 7  # "abc" is refused and asked again
    assert colorchooser.askcolor() == ((255, 128, 0), "#ff8000")
    assert colorchooser.askcolor() == (None, None)
    q = [op for op in tk.display.queries if op[0] == "dialog"]
    assert q[0] == ["dialog", "message", {"title": "Q", "message": "Sure?", "detail": "", "icon": "question",
                                          "type": "yesno", "default": None}]
    assert q[4][2]["error"] == "Not an integer."
    monkeypatch.chdir(tmp_path)
    import base64

    tk.display.dialogs = [[{"name": "notes.txt", "data": base64.b64encode(b"hi there").decode()}], "out.txt"]
    path = filedialog.askopenfilename(filetypes=[("Text", "*.txt")])
    assert open(path).read() == "hi there" and path == str(tmp_path / "notes.txt")
    f = filedialog.asksaveasfile(defaultextension=".txt")
    f.write("saved")
    f.close()
    assert (tmp_path / "out.txt").read_text() == "saved"
    assert tk.display.ops[-1] == ["download", {"name": "out.txt", "data": base64.b64encode(b"saved").decode()}]
    b64 = base64.b64encode
    tk.display.dialogs = [[{"name": "a.txt", "path": "pics/a.txt", "data": b64(b"A").decode()},
                           {"name": "b.txt", "path": "pics/sub/b.txt", "data": b64(b"B").decode()},
                           {"name": "c.txt", "path": "pics/../../c.txt", "data": b64(b"C").decode()}], None]
    folder = filedialog.askdirectory(title="Photos")
    assert folder == str(tmp_path / "pics") and tk.display.queries[-1] == ["dialog", "directory", {"title": "Photos"}]
    assert (tmp_path / "pics" / "sub" / "b.txt").read_text() == "B" and (tmp_path / "pics" / "a.txt").read_text() == "A"
    assert (tmp_path / "pics" / "c.txt").read_text() == "C"  # ".." never leaves the chosen folder
    assert filedialog.askdirectory() == ""  # cancelled


def test_unsupported_api_is_named(tk):
    t = tk.tk
    root = t.Tk()
    names = t._pyroom_unsupported()
    assert "Misc.send" in names and "Text.peer_create" in names
    with pytest.raises(NotImplementedError, match=r"tkinter\.Misc\.send is not supported by Pyroom yet"):
        root.send("other", "puts hi")
    with pytest.raises(NotImplementedError, match="Tk.tk.call"):
        root.tk.call("frobnicate")


def test_toplevel_and_window_manager(tk):
    t = tk.tk
    root = t.Tk()
    root.geometry("320x240+10+20")
    root.resizable(False, False)
    root.configure(bg="white")
    top = t.Toplevel(root)
    top.title("Panel")
    t.Label(top, text="x").pack()
    root.update()
    assert root.geometry() == "320x240+10+20"
    assert root.resizable() == (False, False)
    assert top.winfo_toplevel() is top and root.winfo_children() == [top]
    assert [op for op in tk.display.ops if op[0] == "window" and op[1] == str(top)][-1][2]["title"] == "Panel"
    assert root.winfo_screenwidth() == 640


def test_real_tkinter_is_importable_again():
    import tkinter

    assert "static" not in tkinter.__file__ and hasattr(tkinter, "_tkinter")


def test_mouse_wheel_reaches_mousewheel_and_button4_bindings(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root)
    got = []
    c.bind("<MouseWheel>", lambda e: got.append(("wheel", e.delta)))
    c.bind("<Button-4>", lambda e: got.append("up"))
    c.bind("<Button-5>", lambda e: got.append("down"))
    assert "MouseWheel" in [op for op in tk.display.ops if op[0] == "bind"][-1][2]
    tk.display.inject({"type": "MouseWheel", "w": str(c), "delta": 120, "x": 1, "y": 1})
    tk.display.inject({"type": "MouseWheel", "w": str(c), "delta": -120, "x": 1, "y": 1})
    root.update()
    assert got == [("wheel", 120), "up", ("wheel", -120), "down"]


def test_turtle_screen_home_is_the_middle_of_the_canvas(tk):
    # Tk keeps a confined view of a scroll region smaller than the window where xview moveto put it: turtle's
    # ScrolledCanvas centres (0, 0) so. Values from real Tk 8.6 (the same program under Xvfb).
    import importlib.util

    from .turtle_runner import PYROOM_TURTLE

    spec = importlib.util.spec_from_file_location("pyroom_turtle_on_shim", PYROOM_TURTLE)
    turtle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(turtle)
    assert turtle.TK is tk.tk
    s = turtle.Screen()
    s.setup(654, 491)
    s.update()
    cv = s.getcanvas()
    assert (cv.canvasx(0), cv.canvasy(0)) == (-328.0, -247.0)
    assert (cv._canvas.winfo_width(), cv._canvas.winfo_height()) == (652, 489)
    assert tk.ops("view")[-1] == ["view", ".!canvas", -328, -247]
    # a click on the page at the pixel where turtle (100, 50) is drawn reports (100, 50)
    clicks = []
    s.onclick(lambda x, y: clicks.append((x, y)))
    tk.display.inject({"type": "ButtonPress", "w": ".!canvas", "x": 100 + 328, "y": -50 + 247, "num": 1})
    tk.display.inject({"type": "ButtonRelease", "w": ".!canvas", "x": 100 + 328, "y": -50 + 247, "num": 1})
    s.update()
    assert clicks == [(100.0, 50.0)]
    s.bye()


def test_destroyed_widgets_raise_tclerror(tk):
    t = tk.tk
    root = t.Tk()
    c = t.Canvas(root)
    c.pack()
    root.update()
    root.destroy()
    for call in (lambda: c.create_line(0, 0, 10, 10), lambda: c.coords(1), lambda: c.config(bg="red"),
                 lambda: c.cget("bg"), lambda: c.itemconfigure(1, fill="red"), lambda: c.canvasx(0)):
        with pytest.raises(t.TclError, match=r'^invalid command name "\.!canvas"$'):
            call()
    with pytest.raises(t.TclError, match='^can\'t invoke "pack" command: application has been destroyed$'):
        c.pack()
    with pytest.raises(t.TclError, match='^can\'t invoke "wm" command: application has been destroyed$'):
        root.title("x")
    root.update()  # still fine, as in Tk
    assert isinstance(c, t.Canvas) and str(c) == ".!canvas" and type(c).__name__ == "Canvas"
    # a widget destroyed while the application lives: window commands say "bad window path name"
    root = t.Tk()
    c = t.Canvas(root)
    c.pack()
    c.destroy()
    with pytest.raises(t.TclError, match=r'^bad window path name "\.!canvas"$'):
        c.pack()
    with pytest.raises(t.TclError, match=r'^bad window path name "\.!canvas"$'):
        t.Label(c)
    assert c.winfo_exists() == 0
    c.pack_forget()
    c.destroy()
    # a new canvas with the same name is a live widget
    c2 = t.Canvas(root)
    assert c2.create_line(0, 0, 5, 5) == 1
