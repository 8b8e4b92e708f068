"""Turtle graphics for Pyroom.

A fresh implementation of the public API of CPython's ``turtle`` module.  Like the
desktop module it draws only through the public ``tkinter`` API (a ``Canvas`` with
line, polygon, text and image items), so it runs on CPython with Tk and on Pyroom's
own ``tkinter`` in the browser, and ``RawTurtle(canvas)`` works inside any tkinter
program.  Pictures, animation pace (update and delay steps per move at each speed)
and events behave as on the desktop.

The module is organised in a few classes:

* ``Vec2D`` and ``Shape``: plain values;
* ``ScrolledCanvas``: the scrollable canvas of the turtle window;
* ``TurtleScreen``: owns a canvas, the shapes, colour handling, animation state and
  screen events; ``_Screen`` is the singleton window behind ``Screen()``;
* ``RawTurtle``: position, heading, pen, shape, fill, stamps, undo; ``Turtle`` is a
  ``RawTurtle`` on the singleton screen.
"""

import inspect
import math
import sys
import time  # noqa: F401  (kept importable as turtle.time, like the desktop module)
import warnings
from contextlib import contextmanager
from copy import deepcopy
from os.path import isfile, join, split
from pathlib import Path

import tkinter as TK
from tkinter import simpledialog

_tg_classes = ['ScrolledCanvas', 'TurtleScreen', 'Screen',
               'RawTurtle', 'Turtle', 'RawPen', 'Pen', 'Shape', 'Vec2D']
_tg_screen_functions = [
    'addshape', 'bgcolor', 'bgpic', 'bye', 'clearscreen', 'colormode', 'delay',
    'exitonclick', 'getcanvas', 'getshapes', 'listen', 'mainloop', 'mode',
    'no_animation', 'numinput', 'onkey', 'onkeypress', 'onkeyrelease',
    'onscreenclick', 'ontimer', 'register_shape', 'resetscreen', 'screensize',
    'save', 'setup', 'setworldcoordinates', 'textinput', 'title', 'tracer',
    'turtles', 'update', 'window_height', 'window_width']
_tg_turtle_functions = [
    'back', 'backward', 'begin_fill', 'begin_poly', 'bk', 'circle', 'clear',
    'clearstamp', 'clearstamps', 'clone', 'color', 'degrees', 'distance', 'dot',
    'down', 'end_fill', 'end_poly', 'fd', 'fillcolor', 'fill', 'filling',
    'forward', 'get_poly', 'getpen', 'getscreen', 'get_shapepoly', 'getturtle',
    'goto', 'heading', 'hideturtle', 'home', 'ht', 'isdown', 'isvisible', 'left',
    'lt', 'onclick', 'ondrag', 'onrelease', 'pd', 'pen', 'pencolor', 'pendown',
    'pensize', 'penup', 'poly', 'pos', 'position', 'pu', 'radians', 'right',
    'reset', 'resizemode', 'rt', 'seth', 'setheading', 'setpos', 'setposition',
    'settiltangle', 'setundobuffer', 'setx', 'sety', 'shape', 'shapesize',
    'shapetransform', 'shearfactor', 'showturtle', 'speed', 'st', 'stamp',
    'teleport', 'tilt', 'tiltangle', 'towards', 'turtlesize', 'undo',
    'undobufferentries', 'up', 'width', 'write', 'xcor', 'ycor']
_tg_utilities = ['write_docstringdict', 'done']

__all__ = (_tg_classes + _tg_screen_functions + _tg_turtle_functions
           + _tg_utilities + ['Terminator'])

_alias_list = ['addshape', 'backward', 'bk', 'fd', 'ht', 'lt', 'pd', 'pos',
               'pu', 'rt', 'seth', 'setpos', 'setposition', 'st',
               'turtlesize', 'up', 'width']

# Defaults; a turtle.cfg file (next to this module or in the working directory)
# overrides them, as on the desktop.
_CFG = {
    "width": 0.5, "height": 0.75, "canvwidth": 400, "canvheight": 300,
    "leftright": None, "topbottom": None,
    "mode": "standard", "colormode": 1.0, "delay": 10,
    "undobuffersize": 1000, "shape": "classic",
    "pencolor": "black", "fillcolor": "black", "resizemode": "noresize",
    "visible": True, "language": "english",
    "exampleturtle": "turtle", "examplescreen": "screen",
    "title": "Python Turtle Graphics", "using_IDLE": False,
}


def config_dict(filename):
    """Read a turtle.cfg file into a dict (``key = value`` lines, ``#`` comments)."""
    result = {}
    with open(filename) as f:
        lines = f.readlines()
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("=")
        if len(parts) != 2:
            print("Bad line in config-file %s:\n%s" % (filename, line))
            continue
        key, value = parts[0].strip(), parts[1].strip()
        constants = {"True": True, "False": False, "None": None, "''": "", '""': ""}
        if value in constants:
            value = constants[value]
        else:
            try:
                value = float(value) if "." in value else int(value)
            except ValueError:
                pass
        result[key] = value
    return result


def readconfig(cfgdict):
    """Update ``cfgdict`` from turtle.cfg in this module's folder, then the working directory."""
    name = "turtle.cfg"
    local = config_dict(name) if isfile(name) else {}
    if "importconfig" in local:
        name = "turtle_%s.cfg" % local["importconfig"]
    try:
        beside = join(split(__file__)[0], name)
    except Exception:
        beside = ""
    cfgdict.update(config_dict(beside) if isfile(beside) else {})
    cfgdict.update(local)


try:
    readconfig(_CFG)
except Exception:
    print("No configfile read, reason unknown")


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------

class Vec2D(tuple):
    """A 2D vector: a + b, a - b, a * b (dot product), k * a, a * k, abs(a), -a, a.rotate(angle)."""

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __add__(self, other):
        return Vec2D(self[0] + other[0], self[1] + other[1])

    def __sub__(self, other):
        return Vec2D(self[0] - other[0], self[1] - other[1])

    def __mul__(self, other):
        if isinstance(other, Vec2D):
            return self[0] * other[0] + self[1] * other[1]
        return Vec2D(self[0] * other, self[1] * other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return Vec2D(self[0] * other, self[1] * other)
        return NotImplemented

    def __neg__(self):
        return Vec2D(-self[0], -self[1])

    def __abs__(self):
        return math.hypot(*self)

    def rotate(self, angle):
        """Return the vector rotated counterclockwise by ``angle`` degrees."""
        rad = math.radians(angle)
        c, s = math.cos(rad), math.sin(rad)
        x, y = self
        return Vec2D(x * c - y * s, y * c + x * s)

    def __getnewargs__(self):
        return (self[0], self[1])

    def __repr__(self):
        return "(%.2f,%.2f)" % self


class Terminator(Exception):
    """Raised by turtle commands after the turtle window was closed."""


class TurtleGraphicsError(Exception):
    """Wrong use of the turtle API."""


class Shape:
    """A turtle shape: ``Shape("polygon", points)``, ``Shape("image", photo_or_gif)`` or ``Shape("compound")``."""

    def __init__(self, type_, data=None):
        self._type = type_
        if type_ == "polygon":
            if isinstance(data, list):
                data = tuple(data)
        elif type_ == "image":
            if isinstance(data, str) and data.lower().endswith(".gif") and isfile(data):
                data = TurtleScreen._image(data)
        elif type_ == "compound":
            data = []
        else:
            raise TurtleGraphicsError("There is no shape type %s" % type_)
        self._data = data

    def addcomponent(self, poly, fill, outline=None):
        """Add a polygon with fill and outline colours to a compound shape."""
        if self._type != "compound":
            raise TurtleGraphicsError("Cannot add component to %s Shape" % self._type)
        self._data.append([poly, fill, fill if outline is None else outline])


class _UndoBuffer:
    """A ring buffer of undo entries; ``[None]`` marks an empty slot."""

    def __init__(self, size=10):
        self.bufsize = size
        self.buffer = [[None] for _ in range(size)]
        self.ptr = -1
        self.cumulate = False

    def reset(self, size=None):
        if size is not None:
            self.bufsize = size
        self.buffer = [[None] for _ in range(self.bufsize)]
        self.ptr = -1

    def push(self, entry):
        if self.bufsize <= 0:
            return
        if self.cumulate:
            self.buffer[self.ptr].append(entry)
        else:
            self.ptr = (self.ptr + 1) % self.bufsize
            self.buffer[self.ptr] = entry

    def pop(self):
        if self.bufsize <= 0:
            return None
        entry = self.buffer[self.ptr]
        self.buffer[self.ptr] = [None]
        self.ptr = (self.ptr - 1) % self.bufsize
        return entry

    def discard(self, entry):
        """Remove ``entry`` wherever it is, keeping the order of the others."""
        if entry not in self.buffer:
            return
        index = self.buffer.index(entry)
        self.buffer.remove(entry)
        if index <= self.ptr:
            self.ptr = (self.ptr - 1) % self.bufsize
        self.buffer.insert((self.ptr + 1) % self.bufsize, [None])

    def nr_of_items(self):
        return self.bufsize - self.buffer.count([None])

    def __repr__(self):
        return "%s %s" % (self.buffer, self.ptr)


Tbuffer = _UndoBuffer


# ---------------------------------------------------------------------------
# Windows and canvases
# ---------------------------------------------------------------------------

class ScrolledCanvas(TK.Frame):
    """A Canvas with scrollbars in a Frame; canvas methods are available on it directly."""

    def __init__(self, master, width=500, height=350, canvwidth=600, canvheight=500):
        TK.Frame.__init__(self, master, width=width, height=height)
        self._rootwindow = self.winfo_toplevel()
        self.width, self.height = width, height
        self.canvwidth, self.canvheight = canvwidth, canvheight
        self.bg = "white"
        self._canvas = TK.Canvas(master, width=width, height=height, bg=self.bg,
                                 relief=TK.SUNKEN, borderwidth=2)
        self.hscroll = TK.Scrollbar(master, command=self._canvas.xview, orient=TK.HORIZONTAL)
        self.vscroll = TK.Scrollbar(master, command=self._canvas.yview)
        self._canvas.configure(xscrollcommand=self.hscroll.set, yscrollcommand=self.vscroll.set)
        self.rowconfigure(0, weight=1, minsize=0)
        self.columnconfigure(0, weight=1, minsize=0)
        self._canvas.grid(**self._cell(0, 0))
        self.vscroll.grid(**self._cell(0, 1))
        self.hscroll.grid(**self._cell(1, 0))
        self.reset()
        self._rootwindow.bind("<Configure>", self.onResize)

    def _cell(self, row, column):
        return dict(padx=1, in_=self, pady=1, row=row, column=column,
                    rowspan=1, columnspan=1, sticky="news")

    def reset(self, canvwidth=None, canvheight=None, bg=None):
        """Set the scrollable area and background, and centre the view."""
        if canvwidth:
            self.canvwidth = canvwidth
        if canvheight:
            self.canvheight = canvheight
        if bg:
            self.bg = bg
        w2, h2 = self.canvwidth // 2, self.canvheight // 2
        self._canvas.config(bg=bg, scrollregion=(-w2, -h2, w2, h2))
        self._canvas.xview_moveto(0.5 * (self.canvwidth - self.width + 30) / self.canvwidth)
        self._canvas.yview_moveto(0.5 * (self.canvheight - self.height + 30) / self.canvheight)
        self.adjustScrolls()

    def adjustScrolls(self):
        """Centre the view and show the scrollbars only when the drawing area is larger than the window."""
        cwidth = self._canvas.winfo_width()
        cheight = self._canvas.winfo_height()
        self._canvas.xview_moveto(0.5 * (self.canvwidth - cwidth) / self.canvwidth)
        self._canvas.yview_moveto(0.5 * (self.canvheight - cheight) / self.canvheight)
        if cwidth < self.canvwidth or cheight < self.canvheight:
            self.hscroll.grid(**self._cell(1, 0))
            self.vscroll.grid(**self._cell(0, 1))
        else:
            self.hscroll.grid_forget()
            self.vscroll.grid_forget()

    def onResize(self, event):
        self.adjustScrolls()

    def bbox(self, *args):
        return self._canvas.bbox(*args)

    def cget(self, *args, **kwargs):
        return self._canvas.cget(*args, **kwargs)

    def config(self, *args, **kwargs):
        self._canvas.config(*args, **kwargs)

    def bind(self, *args, **kwargs):
        self._canvas.bind(*args, **kwargs)

    def unbind(self, *args, **kwargs):
        self._canvas.unbind(*args, **kwargs)

    def focus_force(self):
        self._canvas.focus_force()

    def __getattr__(self, name):
        # Canvas methods the Frame does not have (create_*, coords, itemconfigure, ...)
        # act on the inner canvas.
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._canvas, name)
        if callable(value):
            self.__dict__[name] = value  # (found directly next time: turtle calls coords etc. each frame)
        return value


class _Root(TK.Tk):
    """The window behind Screen()."""

    def setupcanvas(self, width, height, cwidth, cheight):
        self._canvas = ScrolledCanvas(self, width, height, cwidth, cheight)
        self._canvas.pack(expand=1, fill="both")

    def _getcanvas(self):
        return self._canvas

    def set_geometry(self, width, height, startx, starty):
        self.geometry("%dx%d%+d%+d" % (width, height, startx, starty))

    def ondestroy(self, destroy):
        self.wm_protocol("WM_DELETE_WINDOW", destroy)

    def win_width(self):
        return self.winfo_screenwidth()

    def win_height(self):
        return self.winfo_screenheight()


Canvas = TK.Canvas

_BUILTIN_POLYGONS = {
    "arrow": ((-10, 0), (10, 0), (0, 10)),
    "turtle": ((0, 16), (-2, 14), (-1, 10), (-4, 7), (-7, 9), (-9, 8), (-6, 5), (-7, 1),
               (-5, -3), (-8, -6), (-6, -8), (-4, -5), (0, -7), (4, -5), (6, -8), (8, -6),
               (5, -3), (7, 1), (6, 5), (9, 8), (7, 9), (4, 7), (1, 10), (2, 14)),
    "circle": ((10, 0), (9.51, 3.09), (8.09, 5.88), (5.88, 8.09), (3.09, 9.51), (0, 10),
               (-3.09, 9.51), (-5.88, 8.09), (-8.09, 5.88), (-9.51, 3.09), (-10, 0),
               (-9.51, -3.09), (-8.09, -5.88), (-5.88, -8.09), (-3.09, -9.51), (-0.0, -10.0),
               (3.09, -9.51), (5.88, -8.09), (8.09, -5.88), (9.51, -3.09)),
    "square": ((10, -10), (10, 10), (-10, 10), (-10, -10)),
    "triangle": ((10, -5.77), (0, 11.55), (-10, -5.77)),
    "classic": ((0, 0), (-5, -9), (0, -7), (5, -9)),
}

_ANCHORS = {"left": "sw", "center": "s", "right": "se"}


class TurtleScreen:
    """The drawing area of turtles: a tkinter Canvas (or ScrolledCanvas) plus shapes, colours and animation state."""

    _RUNNING = True

    def __init__(self, cv, mode=_CFG["mode"], colormode=_CFG["colormode"], delay=_CFG["delay"]):
        self.cv = cv
        if isinstance(cv, ScrolledCanvas):
            w, h = cv.canvwidth, cv.canvheight
        else:
            w, h = int(cv.cget("width")), int(cv.cget("height"))
            cv.config(scrollregion=(-w // 2, -h // 2, w // 2, h // 2))
        self.canvwidth, self.canvheight = w, h
        self.xscale = self.yscale = 1.0
        self._shapes = {name: Shape("polygon", poly) for name, poly in _BUILTIN_POLYGONS.items()}
        self._shapes["blank"] = Shape("image", self._blankimage())
        self._bgpics = {"nopic": ""}
        self._mode = mode
        self._delayvalue = delay
        self._colormode = _CFG["colormode"]
        self._keys = []
        self.clear()
        if sys.platform == "darwin":
            top = cv.winfo_toplevel()
            top.call("wm", "attributes", ".", "-topmost", "1")
            top.call("wm", "attributes", ".", "-topmost", "0")

    # -- canvas primitives (the only place that touches tkinter items) --

    def _blankimage(self):
        image = TK.PhotoImage(width=1, height=1, master=self.cv)
        image.blank()
        return image

    @staticmethod
    def _image(filename, master=None):
        return TK.PhotoImage(file=filename, master=master)

    def _canvas_coords(self, points):
        flat = []
        for x, y in points:
            flat.append(x * self.xscale)
            flat.append(-y * self.yscale)
        return flat

    def _createpoly(self):
        return self.cv.create_polygon((0, 0, 0, 0, 0, 0), fill="", outline="")

    def _drawpoly(self, item, points, fill=None, outline=None, width=None, top=False, flat=None):
        cv = self.cv
        cv.coords(item, *(self._canvas_coords(points) if flat is None else flat))
        if fill is not None:
            if outline is not None and width is not None:  # (one call: the shape of a turtle, each frame)
                cv.itemconfigure(item, fill=fill, outline=outline, width=width)
            else:
                cv.itemconfigure(item, fill=fill)
                if outline is not None:
                    cv.itemconfigure(item, outline=outline)
                if width is not None:
                    cv.itemconfigure(item, width=width)
        else:
            if outline is not None:
                cv.itemconfigure(item, outline=outline)
            if width is not None:
                cv.itemconfigure(item, width=width)
        if top:
            cv.tag_raise(item)

    def _createline(self):
        return self.cv.create_line(0, 0, 0, 0, fill="", width=2, capstyle=TK.ROUND)

    def _drawline(self, item, points=None, fill=None, width=None, top=False):
        cv = self.cv
        if points is not None:
            cv.coords(item, *self._canvas_coords(points))
        if fill is not None and width is not None:
            cv.itemconfigure(item, fill=fill, width=width)
        elif fill is not None:
            cv.itemconfigure(item, fill=fill)
        elif width is not None:
            cv.itemconfigure(item, width=width)
        if top:
            cv.tag_raise(item)

    def _delete(self, item):
        self.cv.delete(item)

    def _update(self):
        self.cv.update()

    def _delay(self, delay):
        self.cv.after(delay)

    def _iscolorstring(self, color):
        try:
            self.cv.winfo_rgb(color)
        except TK.TclError:
            return False
        return True

    def _paper(self, default):
        """Tell Pyroom's page whether the canvas shows turtle's default white, which it draws as paper that follows
        a dark docs theme (nothing to do on real Tk)."""
        mark = getattr(getattr(self.cv, "_canvas", self.cv), "_pyroom_paper", None)
        if mark is not None:
            mark(default)

    def _bgcolor(self, color=None):
        if color is None:
            return self.cv.cget("bg")
        self.cv.config(bg=color)
        self._update()
        return None

    def _write(self, pos, text, align, font, color):
        x, y = pos[0] * self.xscale, pos[1] * self.yscale
        item = self.cv.create_text(x - 1, -y, text=text, anchor=_ANCHORS[align], fill=color, font=font)
        x1 = self.cv.bbox(item)[2]
        return item, x1 - 1

    def _to_world(self, event):
        return (self.cv.canvasx(event.x) / self.xscale, -self.cv.canvasy(event.y) / self.yscale)

    def _onclick(self, item, fun, num=1, add=None):
        self._bind_item(item, "<Button-%s>" % num, fun, add)

    def _onrelease(self, item, fun, num=1, add=None):
        self._bind_item(item, "<Button%s-ButtonRelease>" % num, fun, add)

    def _ondrag(self, item, fun, num=1, add=None):
        self._bind_item(item, "<Button%s-Motion>" % num, fun, add, quiet=True)

    def _bind_item(self, item, sequence, fun, add, quiet=False):
        if fun is None:
            self.cv.tag_unbind(item, sequence)
            return

        def handler(event):
            try:
                fun(*self._to_world(event))
            except Exception:
                if not quiet:
                    raise

        self.cv.tag_bind(item, sequence, handler, add)

    def _onscreenclick(self, fun, num=1, add=None):
        sequence = "<Button-%s>" % num
        if fun is None:
            self.cv.unbind(sequence)
        else:
            self.cv.bind(sequence, lambda event: fun(*self._to_world(event)), add)

    def _onkeyrelease(self, fun, key):
        sequence = "<KeyRelease-%s>" % key
        if fun is None:
            self.cv.unbind(sequence, None)
        else:
            self.cv.bind(sequence, lambda event: fun())

    def _onkeypress(self, fun, key=None):
        sequence = "<KeyPress>" if key is None else "<KeyPress-%s>" % key
        if fun is None:
            self.cv.unbind(sequence, None)
        else:
            self.cv.bind(sequence, lambda event: fun())

    def _listen(self):
        self.cv.focus_force()

    def _ontimer(self, fun, t):
        if t == 0:
            self.cv.after_idle(fun)
        else:
            self.cv.after(t, fun)

    def _createimage(self, image):
        return self.cv.create_image(0, 0, image=image)

    def _drawimage(self, item, pos, image):
        self.cv.coords(item, (pos[0] * self.xscale, -pos[1] * self.yscale))
        self.cv.itemconfig(item, image=image)

    def _setbgpic(self, item, image):
        self.cv.itemconfig(item, image=image)
        self.cv.tag_lower(item)

    def _type(self, item):
        return self.cv.type(item)

    def _pointlist(self, item):
        flat = self.cv.coords(item)
        return [(flat[i], -flat[i + 1]) for i in range(0, len(flat), 2)]

    def _setscrollregion(self, x1, y1, x2, y2):
        self.cv.config(scrollregion=(x1, y1, x2, y2))

    def _rescale(self, xfactor, yfactor):
        for item in self.cv.find_all():
            flat = list(self.cv.coords(item))
            scaled = []
            for i in range(0, len(flat) - 1, 2):
                scaled.append(flat[i] * xfactor)
                scaled.append(flat[i + 1] * yfactor)
            self.cv.coords(item, *scaled)

    def _resize(self, canvwidth=None, canvheight=None, bg=None):
        if not isinstance(self.cv, ScrolledCanvas):
            return self.canvwidth, self.canvheight
        if canvwidth is None and canvheight is None and bg is None:
            return self.cv.canvwidth, self.cv.canvheight
        if canvwidth is not None:
            self.canvwidth = canvwidth
        if canvheight is not None:
            self.canvheight = canvheight
        self.cv.reset(canvwidth, canvheight, bg)
        return None

    def _window_size(self):
        width = self.cv.winfo_width()
        if width <= 1:
            width = self.cv["width"]
        height = self.cv.winfo_height()
        if height <= 1:
            height = self.cv["height"]
        return width, height

    # -- public screen API --

    def clear(self):
        """Delete all drawings and turtles; back to a white, empty screen with default settings."""
        self._delayvalue = _CFG["delay"]
        self._colormode = _CFG["colormode"]
        self._delete("all")
        self._bgpic = self._createimage("")
        self._bgpicname = "nopic"
        self._tracing = 1
        self._updatecounter = 0
        self._turtles = []
        self.bgcolor("white")
        self._paper(True)
        for btn in (1, 2, 3):
            self.onclick(None, btn)
        self.onkeypress(None)
        for key in self._keys[:]:
            self.onkey(None, key)
            self.onkeypress(None, key)
        Turtle._pen = None

    def mode(self, mode=None):
        """Set the mode ('standard', 'logo' or 'world') and reset all turtles; without argument return it."""
        if mode is None:
            return self._mode
        mode = mode.lower()
        if mode not in ("standard", "logo", "world"):
            raise TurtleGraphicsError("No turtle-graphics-mode %s" % mode)
        self._mode = mode
        if mode in ("standard", "logo"):
            w, h = self.canvwidth, self.canvheight
            self._setscrollregion(-w // 2, -h // 2, w // 2, h // 2)
            self.xscale = self.yscale = 1.0
        self.reset()
        return None

    def setworldcoordinates(self, llx, lly, urx, ury):
        """Use user coordinates: (llx, lly) is the lower left corner, (urx, ury) the upper right one."""
        if self.mode() != "world":
            self.mode("world")
        xspan = float(urx - llx)
        yspan = float(ury - lly)
        wx, wy = self._window_size()
        self.screensize(wx - 20, wy - 20)
        oldx, oldy = self.xscale, self.yscale
        self.xscale = self.canvwidth / xspan
        self.yscale = self.canvheight / yspan
        x1 = llx * self.xscale
        y1 = -ury * self.yscale
        self._setscrollregion(x1, y1, self.canvwidth + x1, self.canvheight + y1)
        self._rescale(self.xscale / oldx, self.yscale / oldy)
        self.update()

    def register_shape(self, name, shape=None):
        """Add a shape: a GIF file name, a (name, tuple of points) polygon, or a (name, Shape) pair."""
        if shape is None:
            if name.lower().endswith(".gif"):
                shape = Shape("image", self._image(name, self.cv))
            else:
                raise TurtleGraphicsError("Bad arguments for register_shape.\nUse  help(register_shape)")
        elif isinstance(shape, tuple):
            shape = Shape("polygon", shape)
        self._shapes[name] = shape

    addshape = register_shape

    def _colorstr(self, color):
        """Turn color arguments (a name, '#rrggbb', or an r, g, b triple in the colormode) into a Tk color."""
        if len(color) == 1:
            color = color[0]
        if isinstance(color, str):
            if color == "" or self._iscolorstring(color):
                return color
            raise TurtleGraphicsError("bad color string: %s" % str(color))
        try:
            r, g, b = color
        except (TypeError, ValueError):
            raise TurtleGraphicsError("bad color arguments: %s" % str(color)) from None
        if self._colormode == 1.0:
            r, g, b = (round(255.0 * c) for c in (r, g, b))
        if not (0 <= r <= 255 and 0 <= g <= 255 and 0 <= b <= 255):
            raise TurtleGraphicsError("bad color sequence: %s" % str(color))
        return "#%02x%02x%02x" % (r, g, b)

    def _color(self, cstr):
        """A Tk color back to what the user sees: names stay names, '#rgb' becomes a tuple in the colormode."""
        if not cstr.startswith("#"):
            return cstr
        if len(cstr) == 7:
            parts = [int(cstr[i:i + 2], 16) for i in (1, 3, 5)]
        elif len(cstr) == 4:
            parts = [16 * int(ch, 16) for ch in cstr[1:]]
        else:
            raise TurtleGraphicsError("bad colorstring: %s" % cstr)
        return tuple(c * self._colormode / 255 for c in parts)

    def colormode(self, cmode=None):
        """Return or set the colormode: 1.0 (r, g, b in 0..1) or 255 (r, g, b in 0..255)."""
        if cmode is None:
            return self._colormode
        if cmode == 1.0:
            self._colormode = float(cmode)
        elif cmode == 255:
            self._colormode = int(cmode)
        return None

    def reset(self):
        """Reset all turtles on the screen to their initial state."""
        for t in self._turtles:
            t._setmode(self._mode)
            t.reset()

    resetscreen = reset
    clearscreen = clear

    def turtles(self):
        """The list of turtles on the screen."""
        return self._turtles

    def bgcolor(self, *args):
        """Set or return the background colour."""
        color = self._colorstr(args) if args else None
        if args:
            self._paper(False)
        color = self._bgcolor(color)
        if color is not None:
            color = self._color(color)
        return color

    def tracer(self, n=None, delay=None):
        """Show only every n-th screen update (0: none until update()); optionally set the delay."""
        if n is None:
            return self._tracing
        self._tracing = int(n)
        self._updatecounter = 0
        if delay is not None:
            self._delayvalue = int(delay)
        if self._tracing:
            self.update()
        return None

    def delay(self, delay=None):
        """Set or return the drawing delay in milliseconds."""
        if delay is None:
            return self._delayvalue
        self._delayvalue = int(delay)
        return None

    @contextmanager
    def no_animation(self):
        """Context manager: draw without animation inside, then show the result."""
        tracing = self.tracer()
        try:
            self.tracer(0)
            yield
        finally:
            self.tracer(tracing)

    def _incrementudc(self):
        """Count one drawing step for tracer(n); raise Terminator once the window is gone."""
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        if self._tracing > 0:
            self._updatecounter = (self._updatecounter + 1) % self._tracing

    def update(self):
        """Draw everything now (used with tracer)."""
        saved = self._tracing
        self._tracing = True
        for t in self.turtles():
            t._update_data()
            t._drawturtle()
        self._tracing = saved
        self._update()

    def window_width(self):
        """Width of the turtle window in pixels."""
        return self._window_size()[0]

    def window_height(self):
        """Height of the turtle window in pixels."""
        return self._window_size()[1]

    def getcanvas(self):
        """The tkinter Canvas (or ScrolledCanvas) of this screen."""
        return self.cv

    def getshapes(self):
        """Sorted names of the available shapes."""
        return sorted(self._shapes.keys())

    def onclick(self, fun, btn=1, add=None):
        """Call fun(x, y) on a mouse click on the screen (None removes the binding)."""
        self._onscreenclick(fun, btn, add)

    onscreenclick = onclick

    def onkey(self, fun, key):
        """Call fun() when ``key`` is released (needs listen())."""
        if fun is None:
            if key in self._keys:
                self._keys.remove(key)
        elif key not in self._keys:
            self._keys.append(key)
        self._onkeyrelease(fun, key)

    onkeyrelease = onkey

    def onkeypress(self, fun, key=None):
        """Call fun() when ``key`` (or any key) is pressed (needs listen())."""
        if fun is None:
            if key in self._keys:
                self._keys.remove(key)
        elif key is not None and key not in self._keys:
            self._keys.append(key)
        self._onkeypress(fun, key)

    def listen(self, xdummy=None, ydummy=None):
        """Give the screen the keyboard focus."""
        self._listen()

    def ontimer(self, fun, t=0):
        """Call fun() after t milliseconds."""
        self._ontimer(fun, t)

    def bgpic(self, picname=None):
        """Set the background image (a GIF file name, or 'nopic'); without argument return its name."""
        if picname is None:
            return self._bgpicname
        if picname not in self._bgpics:
            self._bgpics[picname] = self._image(picname, self.cv)
        self._setbgpic(self._bgpic, self._bgpics[picname])
        self._bgpicname = picname
        return None

    def screensize(self, canvwidth=None, canvheight=None, bg=None):
        """Return or set the size of the drawing area (and its background)."""
        return self._resize(canvwidth, canvheight, bg)

    def save(self, filename, *, overwrite=False):
        """Save the drawing as a PostScript file (.ps or .eps)."""
        path = Path(filename)
        if not path.parent.exists():
            raise FileNotFoundError("The directory '%s' does not exist. Cannot save to it!" % path.parent)
        if not overwrite and path.exists():
            raise FileExistsError("The file '%s' already exists. To overwrite it use the 'overwrite=True' "
                                  "argument of the save function." % path)
        if path.suffix not in (".ps", ".eps"):
            warnings.warn("Unknown file extension: '%s', must be one of {'.ps', '.eps'}" % path.suffix,
                          stacklevel=2)
        text = self.cv.postscript()
        with path.open("w") as f:
            f.write(text)

    def mainloop(self):
        """Process events until the window is closed (the last statement of a turtle program)."""
        self.cv.mainloop()

    def textinput(self, title, prompt):
        """Ask for a string in a dialog; None if cancelled."""
        return simpledialog.askstring(title, prompt, parent=self.cv)

    def numinput(self, title, prompt, default=None, minval=None, maxval=None):
        """Ask for a number in a dialog; None if cancelled."""
        return simpledialog.askfloat(title, prompt, initialvalue=default,
                                     minvalue=minval, maxvalue=maxval, parent=self.cv)


TurtleScreenBase = TurtleScreen


# ---------------------------------------------------------------------------
# Turtles
# ---------------------------------------------------------------------------

class _TurtleImage:
    """The canvas item(s) that show a turtle's shape."""

    def __init__(self, screen, shapename):
        self.screen = screen
        self._type = None
        self._setshape(shapename)

    def _setshape(self, shapename):
        screen = self.screen
        self.shapeIndex = shapename
        newtype = screen._shapes[shapename]._type
        if self._type == newtype and newtype in ("polygon", "image"):
            return
        if self._type in ("polygon", "image"):
            screen._delete(self._item)
        elif self._type == "compound":
            for item in self._item:
                screen._delete(item)
        self._type = newtype
        self._item = _new_shape_items(screen, shapename)


def _new_shape_items(screen, shapename):
    shape = screen._shapes[shapename]
    if shape._type == "polygon":
        return screen._createpoly()
    if shape._type == "image":
        return screen._createimage(screen._shapes["blank"]._data)
    return [screen._createpoly() for _ in shape._data]


_START_ORIENTATION = {"standard": Vec2D(1.0, 0.0), "world": Vec2D(1.0, 0.0), "logo": Vec2D(0.0, 1.0)}
_SPEEDS = {"fastest": 0, "fast": 10, "normal": 6, "slow": 3, "slowest": 1}


class RawTurtle:
    """A turtle that draws on a TurtleScreen, a tkinter Canvas or a ScrolledCanvas."""

    screens = []

    def __init__(self, canvas=None, shape=_CFG["shape"], undobuffersize=_CFG["undobuffersize"],
                 visible=_CFG["visible"]):
        if isinstance(canvas, TurtleScreen):
            if not isinstance(canvas, _Screen) and canvas not in RawTurtle.screens:
                RawTurtle.screens.append(canvas)
            self.screen = canvas
        elif isinstance(canvas, (ScrolledCanvas, Canvas)):
            for screen in RawTurtle.screens:
                if screen.cv == canvas:
                    self.screen = screen
                    break
            else:
                self.screen = TurtleScreen(canvas)
                RawTurtle.screens.append(self.screen)
        else:
            raise TurtleGraphicsError("bad canvas argument %s" % canvas)
        screen = self.screen
        # navigation state
        self._angleOffset = 0
        self._angleOrient = 1
        self.undobuffer = None
        self._mode = screen.mode()
        self.degrees()
        self._mode = None
        self._setmode(screen.mode())
        self._position = Vec2D(0.0, 0.0)
        self._orient = _START_ORIENTATION[self._mode]
        # pen state
        self._resizemode = _CFG["resizemode"]
        self._reset_pen()
        # canvas state
        screen._turtles.append(self)
        self.drawingLineItem = screen._createline()
        self.turtle = _TurtleImage(screen, shape)
        self._poly = None
        self._creatingPoly = False
        self._fillitem = self._fillpath = None
        self._shown = visible
        self._hidden_from_screen = False
        self.currentLineItem = screen._createline()
        self.currentLine = [self._position]
        self.items = [self.currentLineItem]
        self.stampItems = []
        self._undobuffersize = undobuffersize
        self.undobuffer = _UndoBuffer(undobuffersize)
        self._update()

    def _reset_pen(self, pencolor=_CFG["pencolor"], fillcolor=_CFG["fillcolor"]):
        self._pensize = 1
        self._shown = True
        self._pencolor = pencolor
        self._fillcolor = fillcolor
        self._drawing = True
        self._speed = 3
        self._stretchfactor = (1.0, 1.0)
        self._shearfactor = 0.0
        self._tilt = 0.0
        self._shapetrafo = (1.0, 0.0, 0.0, 1.0)
        self._outlinewidth = 1

    # -- angles and modes --

    def _setmode(self, mode=None):
        if mode is None:
            return self._mode
        if mode not in ("standard", "logo", "world"):
            return None
        self._mode = mode
        if mode == "logo":
            self._angleOffset = self._fullcircle / 4.0
            self._angleOrient = -1
        else:
            self._angleOffset = 0
            self._angleOrient = 1
        return None

    def _setDegreesPerAU(self, fullcircle):
        self._fullcircle = fullcircle
        self._degreesPerAU = 360 / fullcircle
        self._angleOffset = 0 if self._mode == "standard" else fullcircle / 4.0

    def degrees(self, fullcircle=360.0):
        """Measure angles in degrees, or in 1/fullcircle of a turn."""
        self._setDegreesPerAU(fullcircle)

    def radians(self):
        """Measure angles in radians."""
        self._setDegreesPerAU(math.tau)

    # -- state --

    def reset(self):
        """Delete this turtle's drawings, re-centre it and restore default settings."""
        self._position = Vec2D(0.0, 0.0)
        self._orient = _START_ORIENTATION[self._mode]
        self._reset_pen()
        self._clear()
        self._drawturtle()
        self._update()

    def setundobuffer(self, size):
        """Set the number of undoable actions (None or <= 0 disables undo)."""
        if size is None or size <= 0:
            self.undobuffer = None
        else:
            self.undobuffer = _UndoBuffer(size)

    def undobufferentries(self):
        """Number of actions that can be undone."""
        if self.undobuffer is None:
            return 0
        return self.undobuffer.nr_of_items()

    def _clear(self):
        self._fillitem = self._fillpath = None
        for item in self.items:
            self.screen._delete(item)
        self.currentLineItem = self.screen._createline()
        self.currentLine = [self._position] if self._drawing else []
        self.items = [self.currentLineItem]
        self.clearstamps()
        self.setundobuffer(self._undobuffersize)

    def clear(self):
        """Delete this turtle's drawings; position and settings stay."""
        self._clear()
        self._update()

    # -- animation --

    def _update_data(self):
        self.screen._incrementudc()
        if self.screen._updatecounter != 0:
            return
        if len(self.currentLine) > 1:
            self.screen._drawline(self.currentLineItem, self.currentLine, self._pencolor, self._pensize)

    def _update(self):
        screen = self.screen
        if screen._tracing == 0:
            return
        if screen._tracing == 1:
            self._update_data()
            self._drawturtle()
            screen._update()
            screen._delay(screen._delayvalue)
        else:
            self._update_data()
            if screen._updatecounter == 0:
                for t in screen.turtles():
                    t._drawturtle()
                screen._update()

    def _tracer(self, flag=None, delay=None):
        return self.screen.tracer(flag, delay)

    def _delay(self, delay=None):
        return self.screen.delay(delay)

    def _color(self, args):
        return self.screen._color(args)

    def _colorstr(self, args):
        return self.screen._colorstr(args)

    def _cc(self, args):
        """A compound-shape colour (name or triple in the colormode) as a Tk colour."""
        if isinstance(args, str):
            return args
        try:
            r, g, b = args
        except (TypeError, ValueError):
            raise TurtleGraphicsError("bad color arguments: %s" % str(args)) from None
        if self.screen._colormode == 1.0:
            r, g, b = (round(255.0 * c) for c in (r, g, b))
        if not (0 <= r <= 255 and 0 <= g <= 255 and 0 <= b <= 255):
            raise TurtleGraphicsError("bad color sequence: %s" % str(args))
        return "#%02x%02x%02x" % (r, g, b)

    # -- motion --

    def _go(self, distance):
        self._goto(self._position + self._orient * distance)

    def _goto(self, end):
        screen = self.screen
        filling = isinstance(self._fillpath, list)
        if self.undobuffer:
            modes = (self._drawing, self._pencolor, self._pensize, filling)
            lines = (self.currentLineItem, self.currentLine[:],
                     screen._pointlist(self.currentLineItem), self.items[:])
            self.undobuffer.push(("go", self._position, end, modes, lines))
        start = self._position
        if self._speed and screen._tracing == 1:
            self._animate_line(start, end, self._drawing, self._pencolor, self._pensize)
        if self._drawing:
            self.currentLine.append(end)
        if filling:
            self._fillpath.append(end)
        self._position = end
        if self._creatingPoly:
            self._poly.append(end)
        if len(self.currentLine) > 42:
            self._newLine()
        self._update()

    def _animate_line(self, start, end, drawing, color, size, anchor=None):
        """Move the turtle from start to end in hops whose length depends on the speed.

        While it moves, a temporary line runs from ``anchor`` (default: start) to the turtle.
        """
        anchor = start if anchor is None else anchor
        screen = self.screen
        diff = end - start
        length = math.sqrt((diff[0] * screen.xscale) ** 2 + (diff[1] * screen.yscale) ** 2)
        nhops = 1 + int(length / (3 * 1.1 ** self._speed * self._speed))
        delta = diff * (1.0 / nhops)
        for n in range(1, nhops):
            self._position = start + delta * n
            if drawing:
                screen._drawline(self.drawingLineItem, (anchor, self._position), color, size, n == 1)
            self._update()
        if drawing:
            screen._drawline(self.drawingLineItem, ((0, 0), (0, 0)), fill="", width=size)

    def _rotate(self, angle):
        if self.undobuffer:
            self.undobuffer.push(("rot", angle, self._degreesPerAU))
        angle *= self._degreesPerAU
        target = self._orient.rotate(angle)
        if self.screen._tracing == 1 and self._speed > 0:
            steps = 1 + int(abs(angle) / (3.0 * self._speed))
            delta = 1.0 * angle / steps
            for _ in range(steps):
                self._orient = self._orient.rotate(delta)
                self._update()
        self._orient = target
        self._update()

    def _newLine(self, usePos=True):
        """Finish the current polyline item and start a new one (on colour/width/pen changes)."""
        if len(self.currentLine) > 1:
            self.screen._drawline(self.currentLineItem, self.currentLine, self._pencolor, self._pensize)
            self.currentLineItem = self.screen._createline()
            self.items.append(self.currentLineItem)
        else:
            self.screen._drawline(self.currentLineItem, top=True)
        self.currentLine = [self._position] if usePos else []

    def forward(self, distance):
        """Move forward by distance, drawing if the pen is down."""
        self._go(distance)

    def back(self, distance):
        """Move backward by distance, keeping the heading."""
        self._go(-distance)

    def right(self, angle):
        """Turn right (clockwise in standard mode) by angle."""
        self._rotate(-angle)

    def left(self, angle):
        """Turn left by angle."""
        self._rotate(angle)

    def pos(self):
        """Current position as a Vec2D."""
        return self._position

    def xcor(self):
        """Current x coordinate."""
        return self._position[0]

    def ycor(self):
        """Current y coordinate."""
        return self._position[1]

    def goto(self, x, y=None):
        """Move to (x, y) or to a pair, drawing if the pen is down."""
        if y is None:
            self._goto(Vec2D(*x))
        else:
            self._goto(Vec2D(x, y))

    def teleport(self, x=None, y=None, *, fill_gap=False):
        """Jump to (x, y) without drawing; a fill in progress restarts there unless fill_gap."""
        pendown = self.isdown()
        was_filling = self.filling()
        if pendown:
            self.pen(pendown=False)
        if was_filling and not fill_gap:
            self.end_fill()
        new_x = x if x is not None else self._position[0]
        new_y = y if y is not None else self._position[1]
        self._position = Vec2D(new_x, new_y)
        self.pen(pendown=pendown)
        if was_filling and not fill_gap:
            self.begin_fill()

    def home(self):
        """Go to the origin and face the start direction."""
        self.goto(0, 0)
        self.setheading(0)

    def setx(self, x):
        """Move horizontally to x."""
        self._goto(Vec2D(x, self._position[1]))

    def sety(self, y):
        """Move vertically to y."""
        self._goto(Vec2D(self._position[0], y))

    @staticmethod
    def _point(x, y):
        if y is not None:
            return Vec2D(x, y)
        if isinstance(x, Vec2D):
            return x
        if isinstance(x, tuple):
            return Vec2D(*x)
        if isinstance(x, RawTurtle):
            return x._position
        raise TurtleGraphicsError("bad point: %r" % (x,))

    def distance(self, x, y=None):
        """Distance to (x, y), a pair, or another turtle."""
        return abs(self._point(x, y) - self._position)

    def _user_angle(self, vector):
        x, y = vector
        result = round(math.degrees(math.atan2(y, x)), 10) % 360.0
        result /= self._degreesPerAU
        return (self._angleOffset + self._angleOrient * result) % self._fullcircle

    def towards(self, x, y=None):
        """Angle from the turtle to (x, y), a pair, or another turtle."""
        return self._user_angle(self._point(x, y) - self._position)

    def heading(self):
        """Current heading."""
        return self._user_angle(self._orient)

    def setheading(self, to_angle):
        """Turn to face to_angle (0 east in standard mode, north in logo mode)."""
        angle = (to_angle - self.heading()) * self._angleOrient
        full = self._fullcircle
        angle = (angle + full / 2.0) % full - full / 2.0
        self._rotate(angle)

    def circle(self, radius, extent=None, steps=None):
        """Draw a circle (or an arc of ``extent``) of ``radius``, as a polygon of ``steps`` sides."""
        if self.undobuffer:
            self.undobuffer.push(["seq"])
            self.undobuffer.cumulate = True
        speed = self.speed()
        if extent is None:
            extent = self._fullcircle
        if steps is None:
            frac = abs(extent) / self._fullcircle
            steps = 1 + int(min(11 + abs(radius) / 6.0, 59.0) * frac)
        w = 1.0 * extent / steps
        w2 = 0.5 * w
        chord = 2.0 * radius * math.sin(math.radians(w2) * self._degreesPerAU)
        if radius < 0:
            chord, w, w2 = -chord, -w, -w2
        tracing = self._tracer()
        delay = self._delay()
        if speed == 0:
            self._tracer(0, 0)
        else:
            self.speed(0)
        self._rotate(w2)
        for _ in range(steps):
            self.speed(speed)
            self._go(chord)
            self.speed(0)
            self._rotate(w)
        self._rotate(-w2)
        if speed == 0:
            self._tracer(tracing, delay)
        self.speed(speed)
        if self.undobuffer:
            self.undobuffer.cumulate = False

    fd = forward
    bk = back
    backward = back
    rt = right
    lt = left
    position = pos
    setpos = goto
    setposition = goto
    seth = setheading

    # -- pen --

    def resizemode(self, rmode=None):
        """Return or set how the shape follows the pen: 'auto', 'user' or 'noresize'."""
        if rmode is None:
            return self._resizemode
        rmode = rmode.lower()
        if rmode in ("auto", "user", "noresize"):
            self.pen(resizemode=rmode)
        return None

    def pensize(self, width=None):
        """Return or set the line width."""
        if width is None:
            return self._pensize
        self.pen(pensize=width)
        return None

    width = pensize

    def penup(self):
        """Stop drawing when moving."""
        if self._drawing:
            self.pen(pendown=False)

    def pendown(self):
        """Draw when moving."""
        if not self._drawing:
            self.pen(pendown=True)

    up = pu = penup
    down = pd = pendown

    def isdown(self):
        """True if the pen is down."""
        return self._drawing

    def speed(self, speed=None):
        """Return or set the speed: 1 (slowest) .. 10 (fast), 0 = no animation, or a name."""
        if speed is None:
            return self._speed
        if speed in _SPEEDS:
            speed = _SPEEDS[speed]
        elif 0.5 < speed < 10.5:
            speed = int(round(speed))
        else:
            speed = 0
        self.pen(speed=speed)
        return None

    def color(self, *args):
        """Return (pencolor, fillcolor), or set both (one colour, or two)."""
        if not args:
            return self._color(self._pencolor), self._color(self._fillcolor)
        if len(args) == 1:
            pcolor = fcolor = args[0]
        elif len(args) == 2:
            pcolor, fcolor = args
        elif len(args) == 3:
            pcolor = fcolor = args
        else:
            raise TurtleGraphicsError("bad color arguments: %s" % (args,))
        self.pen(pencolor=self._colorstr(pcolor), fillcolor=self._colorstr(fcolor))
        return None

    def pencolor(self, *args):
        """Return or set the pen colour."""
        if not args:
            return self._color(self._pencolor)
        color = self._colorstr(args)
        if color != self._pencolor:
            self.pen(pencolor=color)
        return None

    def fillcolor(self, *args):
        """Return or set the fill colour."""
        if not args:
            return self._color(self._fillcolor)
        color = self._colorstr(args)
        if color != self._fillcolor:
            self.pen(fillcolor=color)
        return None

    def showturtle(self):
        """Make the turtle visible."""
        self.pen(shown=True)

    def hideturtle(self):
        """Make the turtle invisible (drawing is faster)."""
        self.pen(shown=False)

    st = showturtle
    ht = hideturtle

    def isvisible(self):
        """True if the turtle is shown."""
        return self._shown

    def pen(self, pen=None, **pendict):
        """Return the pen's attributes as a dict, or set them from a dict and/or keywords."""
        current = {
            "shown": self._shown, "pendown": self._drawing, "pencolor": self._pencolor,
            "fillcolor": self._fillcolor, "pensize": self._pensize, "speed": self._speed,
            "resizemode": self._resizemode, "stretchfactor": self._stretchfactor,
            "shearfactor": self._shearfactor, "outline": self._outlinewidth, "tilt": self._tilt,
        }
        if not (pen or pendict):
            return current
        p = pen if isinstance(pen, dict) else {}
        p.update(pendict)
        if self.undobuffer:
            self.undobuffer.push(("pen", {key: current[key] for key in p}))
        if "pencolor" in p and isinstance(p["pencolor"], tuple):
            p["pencolor"] = self._colorstr((p["pencolor"],))
        if "fillcolor" in p and isinstance(p["fillcolor"], tuple):
            p["fillcolor"] = self._colorstr((p["fillcolor"],))
        if (("pendown" in p and p["pendown"] != self._drawing)
                or ("pencolor" in p and p["pencolor"] != self._pencolor)
                or ("pensize" in p and p["pensize"] != self._pensize)):
            self._newLine()
        simple = {"pendown": "_drawing", "pencolor": "_pencolor", "pensize": "_pensize",
                  "fillcolor": "_fillcolor", "speed": "_speed", "resizemode": "_resizemode",
                  "shearfactor": "_shearfactor", "outline": "_outlinewidth", "shown": "_shown",
                  "tilt": "_tilt"}
        for key, attr in simple.items():
            if key in p:
                setattr(self, attr, p[key])
        if "stretchfactor" in p:
            sf = p["stretchfactor"]
            self._stretchfactor = (sf, sf) if isinstance(sf, (int, float)) else sf
        if "stretchfactor" in p or "tilt" in p or "shearfactor" in p:
            scx, scy = self._stretchfactor
            shf = self._shearfactor
            sa, ca = math.sin(self._tilt), math.cos(self._tilt)
            self._shapetrafo = (scx * ca, scy * (shf * ca + sa), -scx * sa, scy * (ca - shf * sa))
        self._update()
        return None

    # -- shape --

    def shape(self, name=None):
        """Return or set the shape name."""
        if name is None:
            return self.turtle.shapeIndex
        if name not in self.screen.getshapes():
            raise TurtleGraphicsError("There is no shape named %s" % name)
        self.turtle._setshape(name)
        self._update()
        return None

    def shapesize(self, stretch_wid=None, stretch_len=None, outline=None):
        """Return or set (stretch perpendicular, stretch along heading, outline width)."""
        if stretch_wid is None and stretch_len is None and outline is None:
            wid, length = self._stretchfactor
            return wid, length, self._outlinewidth
        if stretch_wid == 0 or stretch_len == 0:
            raise TurtleGraphicsError("stretch_wid/stretch_len must not be zero")
        if stretch_wid is not None:
            factor = (stretch_wid, stretch_wid if stretch_len is None else stretch_len)
        elif stretch_len is not None:
            factor = (self._stretchfactor[0], stretch_len)
        else:
            factor = self._stretchfactor
        if outline is None:
            outline = self._outlinewidth
        self.pen(resizemode="user", stretchfactor=factor, outline=outline)
        return None

    turtlesize = shapesize

    def shearfactor(self, shear=None):
        """Return or set the shear of the shape."""
        if shear is None:
            return self._shearfactor
        self.pen(resizemode="user", shearfactor=shear)
        return None

    def tiltangle(self, angle=None):
        """Return or set the tilt of the shape relative to the heading."""
        if angle is None:
            tilt = -math.degrees(self._tilt) * self._angleOrient
            return (tilt / self._degreesPerAU) % self._fullcircle
        tilt = -angle * self._degreesPerAU * self._angleOrient
        self.pen(resizemode="user", tilt=math.radians(tilt) % math.tau)
        return None

    def settiltangle(self, angle):
        """Deprecated alias of tiltangle(angle)."""
        warnings.warn("settiltangle() is deprecated; use tiltangle()", DeprecationWarning, stacklevel=2)
        self.tiltangle(angle)

    def tilt(self, angle):
        """Rotate the shape by angle relative to its current tilt."""
        self.tiltangle(angle + self.tiltangle())

    def shapetransform(self, t11=None, t12=None, t21=None, t22=None):
        """Return or set the 2x2 matrix applied to the shape."""
        if t11 is None and t12 is None and t21 is None and t22 is None:
            return self._shapetrafo
        m11, m12, m21, m22 = self._shapetrafo
        m11 = m11 if t11 is None else t11
        m12 = m12 if t12 is None else t12
        m21 = m21 if t21 is None else t21
        m22 = m22 if t22 is None else t22
        if m11 * m22 - m12 * m21 == 0:
            raise TurtleGraphicsError("Bad shape transform matrix: must not be singular")
        self._shapetrafo = (m11, m12, m21, m22)
        alfa = math.atan2(-m21, m11) % math.tau
        sa, ca = math.sin(alfa), math.cos(alfa)
        a11, a12 = ca * m11 - sa * m21, ca * m12 - sa * m22
        a22 = sa * m12 + ca * m22
        self._stretchfactor = (a11, a22)
        self._shearfactor = a12 / a22
        self._tilt = alfa
        self.pen(resizemode="user")
        return None

    def _polytrafo(self, poly):
        """Shape coordinates (turtle pointing up) to world coordinates at the turtle."""
        screen = self.screen
        p0, p1 = self._position
        e = Vec2D(self._orient[0], self._orient[1] * screen.yscale / screen.xscale)
        e0, e1 = (1.0 / abs(e)) * e
        return [(p0 + (e1 * x + e0 * y) / screen.xscale, p1 + (-e0 * x + e1 * y) / screen.yscale)
                for x, y in poly]

    def get_shapepoly(self):
        """The current polygon shape's points after stretch, shear and tilt."""
        shape = self.screen._shapes[self.turtle.shapeIndex]
        if shape._type == "polygon":
            return self._getshapepoly(shape._data, False)
        return None

    def _shape_matrix(self, compound):
        """The matrix applied to the shape's points (t11, t12, t21, t22), or None when they stay as they are."""
        if self._resizemode == "user" or compound:
            return self._shapetrafo
        if self._resizemode == "auto":
            k = max(1, self._pensize / 5.0)
            return k, 0, 0, k
        return None

    def _getshapepoly(self, polygon, compound=False):
        matrix = self._shape_matrix(compound)
        if matrix is None:
            return polygon
        t11, t12, t21, t22 = matrix
        return tuple((t11 * x + t12 * y, t21 * x + t22 * y) for x, y in polygon)

    def _outline_width(self):
        if self._resizemode == "noresize":
            return 1
        if self._resizemode == "auto":
            return self._pensize
        return self._outlinewidth

    def _shape_coords(self, polygon, compound):
        """The canvas coordinates (flat) of _polytrafo(_getshapepoly(polygon, compound)): the same arithmetic in
        one pass, without the intermediate lists."""
        screen = self.screen
        xs, ys = screen.xscale, screen.yscale
        p0, p1 = self._position
        e = Vec2D(self._orient[0], self._orient[1] * ys / xs)
        e0, e1 = (1.0 / abs(e)) * e
        matrix = self._shape_matrix(compound)
        if matrix is not None:
            t11, t12, t21, t22 = matrix
        flat = []
        append = flat.append
        for x, y in polygon:
            if matrix is not None:
                x, y = t11 * x + t12 * y, t21 * x + t22 * y
            append((p0 + (e1 * x + e0 * y) / xs) * xs)
            append(-(p1 + (-e0 * x + e1 * y) / ys) * ys)
        return flat

    def _paint_shape(self, items, shape):
        """Draw a polygon or compound shape at the turtle into existing polygon items."""
        screen = self.screen
        if shape._type == "polygon":
            screen._drawpoly(items, None, fill=self._fillcolor, outline=self._pencolor,
                             width=self._outline_width(), top=True, flat=self._shape_coords(shape._data, False))
        else:
            for item, (poly, fc, oc) in zip(items, shape._data):
                screen._drawpoly(item, None, fill=self._cc(fc), outline=self._cc(oc),
                                 width=self._outlinewidth, top=True, flat=self._shape_coords(poly, True))

    def _drawturtle(self):
        screen = self.screen
        shape = screen._shapes[self.turtle.shapeIndex]
        titem = self.turtle._item
        if self._shown and screen._updatecounter == 0 and screen._tracing > 0:
            self._hidden_from_screen = False
            if shape._type == "image":
                screen._drawimage(titem, self._position, shape._data)
            else:
                self._paint_shape(titem, shape)
            return
        if self._hidden_from_screen:
            return
        nothing = ((0, 0), (0, 0), (0, 0))
        if shape._type == "polygon":
            screen._drawpoly(titem, nothing, "", "")
        elif shape._type == "image":
            screen._drawimage(titem, self._position, screen._shapes["blank"]._data)
        else:
            for item in titem:
                screen._drawpoly(item, nothing, "", "")
        self._hidden_from_screen = True

    # -- stamps --

    def stamp(self):
        """Leave a copy of the turtle shape on the canvas; return its id."""
        screen = self.screen
        shape = screen._shapes[self.turtle.shapeIndex]
        if shape._type == "polygon":
            stitem = screen._createpoly()
            self._paint_shape(stitem, shape)
        elif shape._type == "image":
            stitem = screen._createimage("")
            screen._drawimage(stitem, self._position, shape._data)
        else:
            stitem = tuple(screen._createpoly() for _ in shape._data)
            self._paint_shape(stitem, shape)
        self.stampItems.append(stitem)
        if self.undobuffer is not None:
            self.undobuffer.push(("stamp", stitem))
        return stitem

    def _clearstamp(self, stampid):
        if stampid in self.stampItems:
            if isinstance(stampid, tuple):
                for sub in stampid:
                    self.screen._delete(sub)
            else:
                self.screen._delete(stampid)
            self.stampItems.remove(stampid)
        if self.undobuffer is not None:
            self.undobuffer.discard(("stamp", stampid))

    def clearstamp(self, stampid):
        """Delete the stamp with this id."""
        self._clearstamp(stampid)
        self._update()

    def clearstamps(self, n=None):
        """Delete all stamps, the first n (n > 0) or the last -n (n < 0)."""
        if n is None:
            doomed = self.stampItems[:]
        elif n >= 0:
            doomed = self.stampItems[:n]
        else:
            doomed = self.stampItems[n:]
        for item in doomed:
            self._clearstamp(item)
        self._update()

    # -- fill, dot, write, polygons --

    def filling(self):
        """True while a fill is in progress."""
        return isinstance(self._fillpath, list)

    def begin_fill(self):
        """Start collecting the outline of a shape to fill."""
        if not self.filling():
            self._fillitem = self.screen._createpoly()
            self.items.append(self._fillitem)
        self._fillpath = [self._position]
        self._newLine()
        if self.undobuffer:
            self.undobuffer.push(("beginfill", self._fillitem))
        self._update()

    def end_fill(self):
        """Fill the shape drawn since begin_fill() with the fill colour."""
        if not self.filling():
            return
        if len(self._fillpath) > 2:
            self.screen._drawpoly(self._fillitem, self._fillpath, fill=self._fillcolor)
            if self.undobuffer:
                self.undobuffer.push(("dofill", self._fillitem))
        self._fillitem = self._fillpath = None
        self._update()

    @contextmanager
    def fill(self):
        """Context manager: fill what is drawn inside the with block."""
        try:
            self.begin_fill()
            yield
        finally:
            self.end_fill()

    def dot(self, size=None, *color):
        """Draw a round dot of diameter size (default pensize + max(pensize, 4)) in a colour."""
        if not color:
            if isinstance(size, (str, tuple)):
                color = self._colorstr(size)
                size = self._pensize + max(self._pensize, 4)
            else:
                color = self._pencolor
                if not size:
                    size = self._pensize + max(self._pensize, 4)
        else:
            if size is None:
                size = self._pensize + max(self._pensize, 4)
            color = self._colorstr(color)
        saved = self.pen()
        if self.undobuffer:
            self.undobuffer.push(["seq"])
            self.undobuffer.cumulate = True
        try:
            if self.resizemode() == "auto":
                self.ht()
            self.pendown()
            self.pensize(size)
            self.pencolor(color)
            self.forward(0)
        finally:
            self.pen(saved)
        if self.undobuffer:
            self.undobuffer.cumulate = False

    def write(self, arg, move=False, align="left", font=("Arial", 8, "normal")):
        """Write str(arg) at the turtle; align 'left', 'center' or 'right'; move to its end if move."""
        if self.undobuffer:
            self.undobuffer.push(["seq"])
            self.undobuffer.cumulate = True
        item, end = self.screen._write(self._position, str(arg), align.lower(), font, self._pencolor)
        self._update()
        self.items.append(item)
        if self.undobuffer:
            self.undobuffer.push(("wri", item))
        if move:
            self.setpos(end, self.pos()[1])
        if self.undobuffer:
            self.undobuffer.cumulate = False

    def begin_poly(self):
        """Start recording the vertices of a polygon."""
        self._poly = [self._position]
        self._creatingPoly = True

    def end_poly(self):
        """Stop recording the polygon."""
        self._creatingPoly = False

    def get_poly(self):
        """The last recorded polygon, a tuple of points."""
        if self._poly is not None:
            return tuple(self._poly)
        return None

    @contextmanager
    def poly(self):
        """Context manager: record the polygon drawn inside the with block."""
        try:
            self.begin_poly()
            yield
        finally:
            self.end_poly()

    # -- misc --

    def clone(self):
        """A new turtle with the same position, heading and settings."""
        screen, image = self.screen, self.turtle
        self._newLine(self._drawing)
        self.screen = self.turtle = None
        try:
            twin = deepcopy(self)
        finally:
            self.screen, self.turtle = screen, image
        twin.screen = screen
        twin.turtle = _TurtleImage(screen, image.shapeIndex)
        screen._turtles.append(twin)
        twin.turtle._item = _new_shape_items(screen, image.shapeIndex)
        twin.currentLineItem = screen._createline()
        twin._update()
        return twin

    def getscreen(self):
        """The TurtleScreen this turtle draws on."""
        return self.screen

    def getturtle(self):
        """This turtle (useful with the module-level functions)."""
        return self

    getpen = getturtle

    def onclick(self, fun, btn=1, add=None):
        """Call fun(x, y) when this turtle is clicked."""
        self.screen._onclick(self.turtle._item, fun, btn, add)
        self._update()

    def onrelease(self, fun, btn=1, add=None):
        """Call fun(x, y) when the mouse button is released over this turtle."""
        self.screen._onrelease(self.turtle._item, fun, btn, add)
        self._update()

    def ondrag(self, fun, btn=1, add=None):
        """Call fun(x, y) while this turtle is dragged."""
        self.screen._ondrag(self.turtle._item, fun, btn, add)

    # -- undo --

    def _undogoto(self, entry):
        old, new, modes, lines = entry
        drawing, pc, ps, filling = modes
        item, line, points, items = lines
        screen = self.screen
        self.currentLineItem = item
        self.currentLine = line
        usepc = "" if points == [(0, 0), (0, 0)] else pc
        screen._drawline(item, points, fill=usepc, width=ps)
        for extra in [i for i in self.items if i not in items and screen._type(i) == "line"]:
            screen._delete(extra)
            self.items.remove(extra)
        if self._speed and screen._tracing == 1:
            self._animate_line(new, old, drawing, pc, ps, anchor=old)
        self._position = old
        if self._creatingPoly:
            if self._poly:
                self._poly.pop()
            if self._poly == []:
                self._creatingPoly = False
                self._poly = None
        if filling:
            if self._fillpath == []:
                self._fillpath = None
            elif self._fillpath is not None:
                self._fillpath.pop()
        self._update()

    def _undo(self, action, data):
        if self.undobuffer is None:
            return
        if action == "rot":
            angle, per_au = data
            self._rotate(-angle * per_au / self._degreesPerAU)
            self.undobuffer.pop()
        elif action == "stamp":
            self.clearstamp(data[0])
        elif action == "go":
            self._undogoto(data)
        elif action in ("wri", "dot"):
            self.screen._delete(data[0])
            self.items.remove(data[0])
        elif action == "dofill":
            self.screen._drawpoly(data[0], ((0, 0), (0, 0), (0, 0)), fill="", outline="")
        elif action == "beginfill":
            self._fillitem = self._fillpath = None
            if data[0] in self.items:
                self.screen._delete(data[0])
                self.items.remove(data[0])
        elif action == "pen":
            RawTurtle.pen(self, data[0])
            self.undobuffer.pop()

    def undo(self):
        """Undo the last action (repeatable)."""
        if self.undobuffer is None:
            return
        entry = self.undobuffer.pop()
        if entry is None:
            return
        action, data = entry[0], list(entry[1:])
        if action == "seq":
            while data:
                sub = data.pop()
                self._undo(sub[0], sub[1:])
        else:
            self._undo(action, data)


RawPen = RawTurtle


class _Screen(TurtleScreen):
    """The singleton turtle window."""

    _root = None
    _canvas = None
    _title = _CFG["title"]

    def __init__(self):
        if _Screen._root is None:
            _Screen._root = self._root = _Root()
            self._root.title(_Screen._title)
            self._root.ondestroy(self._destroy)
        if _Screen._canvas is None:
            width, height = _CFG["width"], _CFG["height"]
            self._root.setupcanvas(width, height, _CFG["canvwidth"], _CFG["canvheight"])
            _Screen._canvas = self._root._getcanvas()
            TurtleScreen.__init__(self, _Screen._canvas)
            self.setup(width, height, _CFG["leftright"], _CFG["topbottom"])

    def setup(self, width=_CFG["width"], height=_CFG["height"],
              startx=_CFG["leftright"], starty=_CFG["topbottom"]):
        """Set the window size (pixels, or a fraction of the screen if a float <= 1) and position."""
        if not hasattr(self._root, "set_geometry"):
            return
        sw, sh = self._root.win_width(), self._root.win_height()
        if isinstance(width, float) and 0 <= width <= 1:
            width = sw * width
        if startx is None:
            startx = (sw - width) / 2
        if isinstance(height, float) and 0 <= height <= 1:
            height = sh * height
        if starty is None:
            starty = (sh - height) / 2
        self._root.set_geometry(width, height, startx, starty)
        self.update()

    def title(self, titlestring):
        """Set the window title."""
        if _Screen._root is not None:
            _Screen._root.title(titlestring)
        _Screen._title = titlestring

    def _destroy(self):
        root = self._root
        if root is _Screen._root:
            Turtle._pen = None
            Turtle._screen = None
            _Screen._root = None
            _Screen._canvas = None
        TurtleScreen._RUNNING = False
        root.destroy()

    def bye(self):
        """Close the turtle window."""
        self._destroy()

    def exitonclick(self):
        """Close the window on a mouse click; runs the main loop until then."""
        def close(x, y):
            self.bye()

        self.onclick(close)
        if _CFG["using_IDLE"]:
            return
        try:
            mainloop()
        except AttributeError:
            sys.exit(0)


def Screen():
    """The turtle window (created on first use; always the same object)."""
    if Turtle._screen is None:
        Turtle._screen = _Screen()
    return Turtle._screen


class Turtle(RawTurtle):
    """A turtle on the window returned by Screen()."""

    _pen = None
    _screen = None

    def __init__(self, shape=_CFG["shape"], undobuffersize=_CFG["undobuffersize"], visible=_CFG["visible"]):
        if Turtle._screen is None:
            Turtle._screen = Screen()
        RawTurtle.__init__(self, Turtle._screen, shape=shape, undobuffersize=undobuffersize, visible=visible)


Pen = Turtle


# ---------------------------------------------------------------------------
# Module-level functions: methods of the anonymous screen and turtle
# ---------------------------------------------------------------------------

def _anonymous_screen():
    if Turtle._screen is None and not TurtleScreen._RUNNING:
        TurtleScreen._RUNNING = True
        raise Terminator
    return Screen()


def _anonymous_turtle():
    if Turtle._pen is None:
        if not TurtleScreen._RUNNING:
            TurtleScreen._RUNNING = True
            raise Terminator
        Turtle._pen = Turtle()
    return Turtle._pen


def _make_function(name, cls, target):
    method = getattr(cls, name)

    def function(*args, **kwargs):
        obj = target()
        try:
            return getattr(obj, name)(*args, **kwargs)
        except TK.TclError:
            if not TurtleScreen._RUNNING:
                TurtleScreen._RUNNING = True
                raise Terminator from None
            raise

    signature = inspect.signature(method)
    function.__signature__ = signature.replace(parameters=list(signature.parameters.values())[1:])
    function.__name__ = function.__qualname__ = name
    function.__doc__ = method.__doc__
    function.__module__ = __name__
    return function


for _name in _tg_screen_functions:
    globals()[_name] = _make_function(_name, _Screen, _anonymous_screen)
for _name in _tg_turtle_functions:
    globals()[_name] = _make_function(_name, Turtle, _anonymous_turtle)
del _name

done = mainloop  # noqa: F821  (defined just above)


def write_docstringdict(filename="turtle_docstringdict"):
    """Write the docstrings of the module-level functions to ``filename``.py (a template for translations)."""
    docs = {}
    for name in _tg_screen_functions:
        docs["_Screen." + name] = getattr(_Screen, name).__doc__
    for name in _tg_turtle_functions:
        docs["Turtle." + name] = getattr(Turtle, name).__doc__
    keys = sorted(k for k in docs if k.split(".")[1] not in _alias_list)
    with open("%s.py" % filename, "w") as f:
        f.write("docsdict = {\n\n")
        for key in keys:
            f.write("%r :\n        \"\"\"%s\n\"\"\",\n\n" % (key, docs[key]))
        f.write("}\n")


def _pyroom_reset():
    """A run starts as a new process would: no turtle window, no anonymous turtle (the runner calls this before
    each run; tkinter's reset then tears the previous run's windows down)."""
    root = _Screen._root
    Turtle._pen = None
    Turtle._screen = None
    _Screen._root = None
    _Screen._canvas = None
    _Screen._title = _CFG["title"]
    TurtleScreen._RUNNING = True
    if root is not None:
        try:
            root.destroy()
        except Exception:  # noqa: BLE001 - the previous run may have left it half torn down
            pass
