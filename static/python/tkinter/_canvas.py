"""Canvas: items kept in Python (ids, types, coordinates, options, tags, stacking), bounding boxes and hit tests
computed as Tk 8.6 computes them, drawn by the page as SVG."""

from __future__ import annotations

import math
import re

from . import _core as C
from . import _defaults
from ._core import TclError, Widget, call_command, color, font_display, get_display, getdouble, measure, metrics

_ITEM_DEFAULTS = {k: dict(v) for k, v in _defaults.ITEMS.items()}
_ITEM_DEFAULTS["arc"]["style"] = "pieslice"
_ITEM_TYPES = ("arc", "bitmap", "image", "line", "oval", "polygon", "rectangle", "text", "window")
_COLOR_KEYS = {"fill", "outline", "activefill", "activeoutline", "disabledfill", "disabledoutline", "background",
               "foreground", "activebackground", "activeforeground", "disabledbackground", "disabledforeground"}
_NOT_SENT = {"tags", "offset", "outlineoffset", "stipple", "outlinestipple", "activestipple", "disabledstipple",
             "activeoutlinestipple", "disabledoutlinestipple", "splinesteps", "dashoffset"}


_NEED_COORDS = {"line": 4, "rectangle": 4, "oval": 4, "arc": 4, "polygon": 6, "text": 2, "image": 2, "window": 2,
                "bitmap": 2}
_CONVERTED = {}  # (type, option, value) -> the option as the page gets it: checked, converted (plain values only)
_UNCACHED = ("image", "window", "font", "text")  # converted each time (side effects, or True == 1 as a key)
_UNCACHED_TYPES = ("text", "image", "window", "bitmap")
_SHOWN = {}  # (type, *options given) -> the options as the page gets them, for sets of plain options seen before


def _xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _item_font(value):
    """A font description as the shim's font functions read it: Tk also takes the styles as one list in third and
    last place, ("Arial", 30, ("bold", "italic")), the same font as ("Arial", 30, "bold", "italic")."""
    if isinstance(value, (tuple, list)) and len(value) == 3 and isinstance(value[2], (tuple, list)):
        return (value[0], value[1], *value[2])
    return value


def _tcl_string(value):
    """A Python value as the Tcl string Tk keeps for an option given as a (nested) tuple: 'Arial 30 {bold italic}'."""
    if isinstance(value, (tuple, list)):
        return C.tcl_list([_tcl_string(v) for v in value])
    return str(value)


def _flatten(args):
    out = []
    for a in args:
        if isinstance(a, (tuple, list)):
            out.extend(_flatten(a))
        elif isinstance(a, str):
            out.extend(float(x) for x in a.split())
        else:
            out.append(a)
    return out


def _numbers(args):
    """Coordinates given as numbers, one tuple/list of numbers, or anything _flatten reads, as floats."""
    try:  # the usual calls: numbers as separate arguments, or one sequence of numbers
        return [float(a) for a in args]
    except (TypeError, ValueError):
        pass
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        try:
            return [float(a) for a in args[0]]
        except (TypeError, ValueError):
            pass
    return [float(x) for x in _flatten(args)]


#: item types whose bounding box depends only on their coordinates and options (kept between picks)
_PICK_CACHED = frozenset(("rectangle", "oval", "line", "polygon", "arc"))


class _Item:
    __slots__ = ("id", "type", "coords", "opts", "tags")

    def __init__(self, iid, type_, coords, opts, tags):
        self.id, self.type, self.coords, self.opts, self.tags = iid, type_, coords, opts, tags

    def get(self, name):
        if name in self.opts:
            return self.opts[name]
        return _ITEM_DEFAULTS[self.type].get(name, "")

    def width(self):
        try:
            return float(self.get("width") or 0)
        except (TypeError, ValueError):
            return C.fpixels(self.get("width"))


def _dash(v):
    if v in ("", None):
        return None
    if isinstance(v, (tuple, list)):
        return [int(x) for x in v]
    s = str(v).strip()
    if all(ch in ".-,_ " for ch in s):
        pat = {".": [2, 4], "-": [6, 4], "-.": [6, 4, 2, 4], "-..": [6, 4, 2, 4, 2, 4], ",": [4, 4], "_": [8, 4]}
        return pat.get(s.replace(" ", ""), [4, 4])
    return [int(x) for x in s.split()]


def _cmod(a, b):
    """C's % (the result has the sign of the dividend), as Tk's canvas code computes it."""
    return int(math.fmod(a, b))


class Canvas(Widget, C.Canvas_base_marker):
    """A Tk canvas."""

    _tkclass = "Canvas"

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "canvas", C._cnfmerge((cnf, kw)))

    def _init_widget(self):
        self._items = {}
        self._order = []  # ids, bottom to top
        self._next_id = 1
        self._origin = [0, 0]
        self._scroll_pending = False  # the scrollbars are to be told the view at idle time (_scroll_report)
        self._current = None
        self._pick_ev = None  # Tk's pick event: (fields, left) of the last pointer event; None: none came yet
        self._pick_pending = None  # (fields, left): the current item is still to be picked there (see _note_pick)
        self._pick_state = 0  # the pointer buttons and modifiers, as Tk's canvas keeps them
        self._left_grabbed = False  # a button is down and the pointer left the current item (Tk's LEFT_GRABBED_ITEM)
        self._repicking = False
        self._crossing = None  # cached: whether an item binding wants <Enter>/<Leave>
        self._current_asked = False  # the program asked for the "current" tag (picks matter between events)
        # picking: the bounding boxes of the shapes (not text, images, windows: fonts and images change apart from
        # the item), kept from one pick to the next; dropped by _items_change, which every change of items calls
        # once a pointer event came (the only time picks happen)
        self._pick_boxes = {}
        self._focus_item = None
        # text editing, as Tk keeps it: insertion cursors (id -> index), the selection (item, first and last
        # index, inclusive) and its anchor (item, index)
        self._icursor = {}
        self._sel_item, self._sel_first, self._sel_last = None, 0, 0
        self._anchor_item, self._sel_anchor = None, 0
        self._item_bindings = {}  # tag or id (str) -> BindingTable
        self._windows = {}  # id -> widget

    # -- geometry ----------------------------------------------------------------------------------------------
    def _natural_size(self):
        inset = C.pixels(self._getopt("borderwidth")) + C.pixels(self._getopt("highlightthickness"))
        return (C.pixels(self._getopt("width")) + 2 * inset, C.pixels(self._getopt("height")) + 2 * inset)

    def _inset(self):
        return C.pixels(self._getopt("borderwidth")) + C.pixels(self._getopt("highlightthickness"))

    def _custom_arrange(self, W, H, out):
        for iid, w in list(self._windows.items()):
            it = self._items.get(iid)
            if it is None or not w._exists:
                continue
            rw, rh = C._geometry.reqsize(w)
            ww = C.pixels(it.get("width")) or rw
            hh = C.pixels(it.get("height")) or rh
            x, y = _anchor_box(it.coords[0], it.coords[1], ww, hh, it.get("anchor"))
            if it.get("state") == "hidden":
                continue
            out.append((w, int(round(x - self._origin[0])), int(round(y - self._origin[1])), ww, hh))

    def _on_layout(self):
        self._confine()
        self._scroll_report()

    def _options_changed(self, changed):
        if changed.keys() & {"scrollregion", "confine", "xscrollincrement", "yscrollincrement", "borderwidth",
                       "highlightthickness"}:
            self._confine()
            self._scroll_report()
        super()._options_changed(changed)

    def _set_options(self, opts, creating=False):
        if any(v is None for v in opts.values()):  # tkinter leaves out options given as None: config(bg=None)
            opts = {k: v for k, v in opts.items() if v is not None}
        return super()._set_options(opts, creating)

    def _configure_one(self, name):
        key, db_name, db_class, default, value = super()._configure_one(name)
        return (key, db_name, db_class, default if isinstance(default, str) else str(default), value)

    _pixel_opts = frozenset(("width", "height", "borderwidth", "highlightthickness", "insertwidth",
                             "insertborderwidth", "selectborderwidth", "xscrollincrement", "yscrollincrement"))

    def _cget(self, name):
        value = super()._cget(name)
        if name == "scrollregion" and isinstance(value, (tuple, list)):
            return C.tcl_list(value)  # Tk keeps the region as the string it was given: '-200 -150 200 150'
        # the canvas keeps its options in Tk's older way: it answers strings, distances in whole pixels
        if value in ("", None) or isinstance(value, (tuple, list)):
            return value
        if name in self._pixel_opts:
            return str(C.pixels(value))
        if name == "closeenough":
            return str(float(value))
        if name == "confine":
            return "1" if C.getboolean(value) else "0"
        return str(value) if isinstance(value, (int, float)) else value

    def _pyroom_paper(self, default):
        """(Pyroom) Whether the canvas shows a turtle screen's default background: the page then draws it as paper
        that follows a dark docs theme (PROTOCOL.md)."""
        get_display().send(["config", self._w, {"paper": bool(default)}])

    # -- item creation ---------------------------------------------------------------------------------------------
    def _create(self, itemType, args, kw):
        cnf = None
        if args and isinstance(args[-1], dict):
            cnf = args[-1]
            args = args[:-1]
        try:  # (the usual call, inline: this runs for each of thousands of items)
            coords = [float(a) for a in args]
        except (TypeError, ValueError):
            coords = _numbers(args)
        n = len(coords)
        need = _NEED_COORDS[itemType]
        if n < need and not (itemType == "polygon" and n >= 2):
            least = "at least " if itemType in ("line", "polygon") else ""
            raise TclError(f"wrong # coordinates: expected {least}{need}, got {n}")
        if n != 4 and itemType in ("rectangle", "oval", "arc"):
            raise TclError(f"wrong # coordinates: expected 4, got {n}")
        if n % 2:
            raise TclError(f"wrong # coordinates: expected an even number, got {n}")
        if self._pick_ev is not None:
            self._items_change()
        iid = self._next_id
        shown = None
        if cnf is None:
            # A loop drawing thousands of items repeats a few sets of options: what the page gets for a set seen
            # before (checked, converted) is looked up at once, and shared (nothing changes an operation once sent).
            try:
                shown = _SHOWN[(itemType, *kw.items())]
            except (KeyError, TypeError):  # (TypeError: an unhashable value, a list of dashes)
                pass
        if shown is not None:
            item = _Item(iid, itemType, coords, kw, [])
        else:
            item, shown = self._new_item(iid, itemType, coords, cnf, kw)
        self._next_id = iid + 1
        self._items[iid] = item
        self._order.append(iid)
        get_display().send(["item", self._w, iid, itemType, coords, shown])
        return iid

    def _new_item(self, iid, itemType, coords, cnf, kw):
        """An item from options not seen before in this form: checked, converted for the page (cached if plain)."""
        opts = kw  # (a fresh dict of this call: kept as the item's options when no name needs normalizing)
        for k in kw:
            if k[-1] == "_" or k[0] == "-":
                opts = {C._norm_key(k): v for k, v in kw.items()}
                break
        if cnf:
            opts = {**{C._norm_key(k): v for k, v in cnf.items()}, **opts}
        cacheable = cnf is None and opts is kw and "tags" not in opts
        defaults = _ITEM_DEFAULTS[itemType]
        tags = self._tag_list(opts.pop("tags")) if "tags" in opts else []
        item = _Item(iid, itemType, coords, opts, tags)
        shown = {}  # what the page gets: the options given, in display form (PROTOCOL.md)
        for k, v in opts.items():
            try:
                shown[k] = _CONVERTED[(itemType, k, v)]
                continue
            except KeyError:
                plain = True
            except TypeError:  # an unhashable value (a list of dashes)
                plain = cacheable = False
            if k not in defaults:
                raise TclError(f'unknown option "-{k}"')
            self._check_item_opt(k, v)
            if k in _NOT_SENT:
                cacheable = False
                continue
            shown[k] = value = self._item_display(item, (k,))[k]
            if k in _UNCACHED:
                cacheable = False
            elif plain and len(_CONVERTED) < 4096:
                _CONVERTED[(itemType, k, v)] = value
        if itemType == "text" and "font" not in shown:
            shown["font"] = font_display(_item_font(item.get("font")))  # the page cannot resolve Tk's default font
        if itemType == "text":
            block = _text_block(item)
            if block["lines"]:
                shown.update(block)
        if itemType == "window" and opts.get("window"):
            self._attach_window(item)
        if cacheable and itemType not in _UNCACHED_TYPES and len(_SHOWN) < 1024:
            _SHOWN[(itemType, *opts.items())] = shown
        return item, shown

    @staticmethod
    def _tag_list(tags):
        if tags is None or tags == "":
            return []
        if isinstance(tags, str):
            return list(C.split_list(tags))
        if isinstance(tags, (tuple, list)):
            return [str(t) for t in tags]
        return [str(tags)]

    def _check_item_opt(self, k, v):
        if k in _COLOR_KEYS and v not in ("", None):
            color(v)
        elif k == "font" and v not in ("", None):
            C.font_spec(_item_font(v))
        elif k in ("width", "activewidth", "disabledwidth"):
            try:
                C.fpixels(v)
            except TclError:
                raise TclError(f'bad screen distance "{v}"') from None
        elif k == "arrow" and v not in ("none", "first", "last", "both"):
            raise TclError(f'bad arrow spec "{v}": must be none, first, last, or both')
        elif k == "capstyle" and v not in ("butt", "projecting", "round"):
            raise TclError(f'bad cap style "{v}": must be butt, projecting, or round')
        elif k == "joinstyle" and v not in ("bevel", "miter", "round"):
            raise TclError(f'bad join style "{v}": must be bevel, miter, or round')
        elif k == "style" and v not in ("pieslice", "chord", "arc"):
            raise TclError(f'bad style "{v}": must be pieslice, chord, or arc')
        elif k == "state" and v not in ("", "normal", "disabled", "hidden"):
            raise TclError(f'bad state "{v}": must be disabled, hidden, or normal')
        elif k == "anchor":
            C._check_anchor(v)

    def _item_display(self, item, names):
        """Options `names` of an item in the form the page draws them (PROTOCOL.md)."""
        out = {}
        for k in names:
            if k in _NOT_SENT:
                continue
            v = item.get(k)
            if k in _COLOR_KEYS:
                v = color(v) if v not in ("", None) else None
            elif k == "font":
                v = font_display(_item_font(v))
            elif k in ("width", "activewidth", "disabledwidth"):
                v = C.fpixels(v) if k != "width" or item.type not in ("text", "window") else C.pixels(v)
            elif k in ("dash", "activedash", "disableddash"):
                v = _dash(v)
            elif k == "smooth":
                v = str(v) not in ("0", "false", "False", "", "no")
            elif k in ("start", "extent", "angle"):
                v = float(v)
            elif k == "arrowshape":
                v = [float(x) for x in _flatten([v])]
            elif k == "window":
                v = self._page_id(v) if v else None
            elif k == "image":
                img = C._loop.images.get(str(v)) if v else None
                if img is not None:
                    img._users.add((self, item.id))
                v = img._display() if img is not None else None
            elif k == "text":
                v = str(v)
            elif k == "height":
                v = C.pixels(v)
            elif k == "underline":
                v = int(v)
            out[k] = v
        return out

    def create_arc(self, *args, **kw):
        return self._create("arc", args, kw)

    def create_bitmap(self, *args, **kw):
        return self._create("bitmap", args, kw)

    def create_image(self, *args, **kw):
        return self._create("image", args, kw)

    def create_line(self, *args, **kw):
        return self._create("line", args, kw)

    def create_oval(self, *args, **kw):
        return self._create("oval", args, kw)

    def create_polygon(self, *args, **kw):
        return self._create("polygon", args, kw)

    def create_rectangle(self, *args, **kw):
        return self._create("rectangle", args, kw)

    def create_text(self, *args, **kw):
        return self._create("text", args, kw)

    def create_window(self, *args, **kw):
        return self._create("window", args, kw)

    def create(self, itemType, *args, **kw):
        if itemType not in _ITEM_TYPES:
            raise TclError(f'unknown or ambiguous item type "{itemType}"')
        return self._create(itemType, args, kw)

    def _attach_window(self, item):
        w = item.opts.get("window")
        w = w if isinstance(w, C.Misc) else self.nametowidget(w)
        item.opts["window"] = w
        w._set_manager("canvas")
        self._windows[item.id] = w
        C.schedule_layout()

    # -- finding items -----------------------------------------------------------------------------------------------
    def _ids(self, tagOrId):
        """Ids matching a tag, an id or a tag expression, in stacking order."""
        if isinstance(tagOrId, int):
            return [tagOrId] if tagOrId in self._items else []
        s = str(tagOrId)
        if s.isdigit():
            i = int(s)
            return [i] if i in self._items else []
        if s == "all":
            return list(self._order)
        if s == "current":
            self._current_asked = True
            cur = self._current_item()
            return [cur] if cur is not None else []
        if any(op in s for op in ("&&", "||", "^", "!", "(")):
            pred = _tag_expr(s)
            cur = None
            if "current" in s:
                self._current_asked = True
                cur = self._current_item()
            return [i for i in self._order if pred(self._items[i].tags + ["current"] if i == cur
                                                   else self._items[i].tags)]
        return [i for i in self._order if s in self._items[i].tags]

    def _first(self, tagOrId):
        ids = self._ids(tagOrId)
        return self._items[ids[0]] if ids else None

    def find_all(self):
        return tuple(self._order)

    def find_withtag(self, tagOrId):
        return tuple(self._ids(tagOrId))

    def find_above(self, tagOrId):
        ids = self._ids(tagOrId)
        if not ids:
            return ()
        i = self._order.index(ids[-1])
        return (self._order[i + 1],) if i + 1 < len(self._order) else ()

    def find_below(self, tagOrId):
        ids = self._ids(tagOrId)
        if not ids:
            return ()
        i = self._order.index(ids[0])
        return (self._order[i - 1],) if i > 0 else ()

    def _visible(self, it):
        st = it.get("state")
        return st != "hidden" and not (st == "" and self._getopt("state") == "hidden")

    def find_closest(self, x, y, halo=None, start=None):
        x, y = float(x), float(y)
        halo = float(halo) if halo not in (None, "") else 0.0
        best, best_d = None, None
        order = self._order
        if start is not None:
            sids = self._ids(start)
            if sids:
                # Tk goes round the display list from `start`: the last of the closest wins, so the topmost below
                # `start` if any is as close as those above it
                k = order.index(sids[0])
                order = order[k:] + order[:k]
        for iid in order:
            it = self._items[iid]
            if not self._visible(it):
                continue
            d = _item_distance(self, it, x, y)
            if d <= halo:
                d = 0.0
            if best_d is None or d <= best_d:
                best, best_d = iid, d
        return (best,) if best is not None else ()

    def find_enclosed(self, x1, y1, x2, y2):
        r = _norm_rect(x1, y1, x2, y2)
        return tuple(i for i in self._order if self._visible(self._items[i]) and
                     _item_area(self, self._items[i], r) == 1)

    def find_overlapping(self, x1, y1, x2, y2):
        r = _norm_rect(x1, y1, x2, y2)
        out = []
        for i in self._order:
            it = self._items[i]
            if not self._visible(it):
                continue
            b = _item_bbox(self, it)
            if b is None or b[0] >= r[2] + 1 or b[2] <= r[0] or b[1] >= r[3] + 1 or b[3] <= r[1]:
                continue
            if _item_area(self, it, r) >= 0:
                out.append(i)
        return tuple(out)

    def find(self, *args):
        kind = args[0]
        meth = getattr(self, "find_" + kind, None)
        if meth is None:
            raise TclError(f'bad search command "{kind}"')
        return meth(*args[1:])

    # -- tags ----------------------------------------------------------------------------------------------------
    def _addtag(self, tag, ids):
        for i in ids:
            it = self._items[i]
            if tag not in it.tags:
                it.tags.append(tag)

    def addtag(self, *args):
        newtag, kind = args[0], args[1]
        getattr(self, "addtag_" + kind)(newtag, *args[2:])

    def addtag_above(self, newtag, tagOrId):
        self._addtag(newtag, self.find_above(tagOrId))

    def addtag_all(self, newtag):
        self._addtag(newtag, self._order)

    def addtag_below(self, newtag, tagOrId):
        self._addtag(newtag, self.find_below(tagOrId))

    def addtag_closest(self, newtag, x, y, halo=None, start=None):
        self._addtag(newtag, self.find_closest(x, y, halo, start))

    def addtag_enclosed(self, newtag, x1, y1, x2, y2):
        self._addtag(newtag, self.find_enclosed(x1, y1, x2, y2))

    def addtag_overlapping(self, newtag, x1, y1, x2, y2):
        self._addtag(newtag, self.find_overlapping(x1, y1, x2, y2))

    def addtag_withtag(self, newtag, tagOrId):
        self._addtag(newtag, self._ids(tagOrId))

    def dtag(self, *args):
        tagOrId = args[0]
        tag = args[1] if len(args) > 1 else tagOrId
        for i in self._ids(tagOrId):
            it = self._items[i]
            while str(tag) in it.tags:
                it.tags.remove(str(tag))

    def gettags(self, tagOrId):
        it = self._first(tagOrId)
        if it is None:
            return ()
        tags = tuple(it.tags)
        self._current_asked = True
        if it.id == self._current_item():
            tags = tags + ("current",)
        return tags

    # -- item state ------------------------------------------------------------------------------------------------
    def coords(self, *args):
        if not args:
            raise TclError('wrong # args: should be ".c coords tagOrId ?x y x y ...?"')
        tagOrId = args[0]
        if len(args) == 1:
            it = self._first(tagOrId)
            return [float(c) for c in it.coords] if it is not None else []
        coords = _numbers(args[1:])
        it = self._items.get(tagOrId) if type(tagOrId) is int else self._first(tagOrId)
        if it is None:
            return None
        if len(coords) % 2:
            raise TclError(f"wrong # coordinates: expected an even number, got {len(coords)}")
        if coords == it.coords:
            return None  # the page has them already: nothing to send
        if self._pick_ev is not None:
            self._items_change()
        it.coords = coords
        get_display().send(["coords", self._w, it.id, coords])
        if it.type == "window":
            C.schedule_layout()
        return None

    def move(self, tagOrId, xAmount, yAmount):
        dx, dy = float(xAmount), float(yAmount)
        if self._pick_ev is not None:
            self._items_change()
        for i in self._ids(tagOrId):
            it = self._items[i]
            c = it.coords
            for k in range(0, len(c), 2):
                c[k] += dx
                c[k + 1] += dy
            get_display().send(["coords", self._w, i, list(c)])
            if it.type == "window":
                C.schedule_layout()

    def moveto(self, tagOrId, x="", y=""):
        ids = self._ids(tagOrId)
        if not ids:
            return
        it = self._items[ids[0]]
        b = _item_bbox(self, it)
        if b is None:
            return
        dx = float(x) - b[0] if x != "" else 0.0
        dy = float(y) - b[1] if y != "" else 0.0
        self.move(tagOrId, dx, dy)

    def scale(self, tagOrId, xOrigin, yOrigin, xScale, yScale):
        ox, oy, sx, sy = float(xOrigin), float(yOrigin), float(xScale), float(yScale)
        if self._pick_ev is not None:
            self._items_change()
        for i in self._ids(tagOrId):
            it = self._items[i]
            c = it.coords
            for k in range(0, len(c), 2):
                c[k] = ox + (c[k] - ox) * sx
                c[k + 1] = oy + (c[k + 1] - oy) * sy
            get_display().send(["coords", self._w, i, list(c)])

    def itemcget(self, tagOrId, option):
        it = self._first(tagOrId)
        if it is None:
            return ""
        key = C._norm_key(option)
        if key == "tags":
            return C.tcl_list(it.tags)
        if key not in _ITEM_DEFAULTS[it.type]:
            raise TclError(f'unknown option "-{key}"')
        v = it.get(key)
        if key in ("window", "image") and v not in ("", None):
            return str(v)
        if key in it.opts:
            if key == "smooth":  # Tk answers the smoothing method's name ("true" is its Bezier splines)
                if str(v) and "raw".startswith(str(v)):
                    return "raw"
                return "true" if str(v).lower() not in ("0", "false", "no", "off", "") else "0"
            if key in ("start", "extent", "angle"):
                return str(_tk_angle(v, key != "extent"))
            if key in ("dash", "arrowshape", "activedash", "disableddash") and isinstance(v, (tuple, list)):
                return C.tcl_list(v)
            if key == "font" and isinstance(v, (tuple, list)):
                return _tcl_string(v)  # Tk answers the font as it was given, a string: 'Courier 16 bold'
        if key in ("width", "activewidth", "disabledwidth") and it.type not in ("text", "window"):
            try:
                return str(float(v))
            except (TypeError, ValueError):
                return v
        return v if not isinstance(v, (int, float)) or isinstance(v, bool) else str(v)

    def itemconfigure(self, tagOrId, cnf=None, **kw):
        if self._pick_ev is not None and (cnf or kw):
            self._items_change()
        if cnf is None and kw and type(tagOrId) is int and tagOrId in self._items:
            # The usual call (turtle's, each frame): one item, options already seen and checked for its type (in
            # _CONVERTED). Only the options whose value changes are sent; nothing when none does.
            it = self._items[tagOrId]
            itype = it.type
            try:
                shown = [(k, v, _CONVERTED[(itype, k, v)]) for k, v in kw.items()]
            except (KeyError, TypeError):
                pass
            else:
                opts = it.opts
                changed = None
                for k, v, value in shown:
                    if k in opts:
                        old = opts[k]
                        if old is v or (type(old) is type(v) and old == v):
                            continue
                    opts[k] = v
                    if changed is None:
                        changed = {}
                    changed[k] = value
                if changed is not None:
                    get_display().send(["itemconfig", self._w, tagOrId, changed])
                return None
        opts = {}
        if isinstance(cnf, str) and not kw:
            it = self._first(tagOrId)
            key = C._norm_key(cnf)
            d = _ITEM_DEFAULTS[it.type].get(key, "")
            return (key, "", "", d, self.itemcget(it.id, key))
        if cnf:
            opts.update({C._norm_key(k): v for k, v in cnf.items()})
        opts.update({C._norm_key(k): v for k, v in kw.items()})
        ids = self._ids(tagOrId)
        if not opts:
            if not ids:
                return {}
            it = self._items[ids[0]]
            return {k: (k, "", "", d, self.itemcget(it.id, k)) for k, d in _ITEM_DEFAULTS[it.type].items()}
        for i in ids:
            it = self._items[i]
            for k, v in opts.items():
                if k not in _ITEM_DEFAULTS[it.type]:
                    raise TclError(f'unknown option "-{k}"')
                self._check_item_opt(k, v)
            changed = []
            for k, v in opts.items():
                if k == "tags":
                    it.tags = self._tag_list(v)
                    continue
                it.opts[k] = v
                changed.append(k)
                if k == "window" and it.type == "window":
                    old = self._windows.pop(i, None)
                    if old is not None and old is not v:
                        old._manager = None
                    if v:
                        self._attach_window(it)
            if changed:
                shown = self._item_display(it, changed)
                if it.type == "text" and not _TEXT_LAYOUT.isdisjoint(changed):
                    shown.update(_text_block(it))
                get_display().send(["itemconfig", self._w, i, shown])
                if len(_CONVERTED) < 4096:  # remembered for itemconfigure's fast path
                    for k in changed:
                        if k in shown and k not in _UNCACHED:
                            try:
                                _CONVERTED.setdefault((it.type, k, opts[k]), shown[k])
                            except TypeError:  # an unhashable value (a list of dashes)
                                pass
        return None

    itemconfig = itemconfigure

    def type(self, tagOrId):
        it = self._first(tagOrId)
        return it.type if it is not None else None

    def delete(self, *args):
        if self._pick_ev is not None:
            self._items_change()
        gone = []
        for a in args:
            for i in self._ids(a):
                if i in self._items:
                    del self._items[i]
                    gone.append(i)
                    w = self._windows.pop(i, None)
                    if w is not None and w._exists:
                        w._manager = None
                        C.schedule_layout()
        if gone:
            s = set(gone)
            if len(gone) == 1:
                self._order.remove(gone[0])  # (turtle deletes one item at a time)
            else:
                self._order = [i for i in self._order if i not in s]
            if self._current in s:
                self._current = None
            if self._focus_item in s:
                self._focus_item = None
            if self._sel_item in s:
                self._sel_item = None
            if self._anchor_item in s:
                self._anchor_item = None
            get_display().send(["delete", self._w, gone])

    def _restack(self, ids, ref, above):
        if not ids:
            return
        if self._pick_ev is not None:
            self._items_change()
        order = self._order
        if ref is None and (order[-len(ids):] if above else order[:len(ids)]) == ids:
            return  # already on top (bottom), as turtle raises each new stamp: nothing changes, nothing to send
        if ref is None and above and len(ids) == 1:  # raising one item to the top (turtle, each frame)
            order.remove(ids[0])
            order.append(ids[0])
            get_display().send(["restack", self._w, ids, order[-2] if len(order) > 1 else None])
            return
        moving = set(ids)
        rest = [i for i in order if i not in moving]
        block = [i for i in order if i in moving]
        if ref is None:
            k = len(rest) if above else 0
        else:
            rids = [i for i in self._ids(ref) if i not in moving]
            if not rids:
                if self._ids(ref):
                    return
                raise TclError(f'tagOrId "{ref}" doesn\'t match any items')
            if above:
                k = rest.index(rids[-1]) + 1
            else:
                k = rest.index(rids[0])
        new = rest[:k] + block + rest[k:]
        if new == order:
            return
        self._order = new
        # only the moved items go to the page: placed, bottom to top, right above the item now below them
        get_display().send(["restack", self._w, block, rest[k - 1] if k > 0 else None])

    def tag_raise(self, *args):
        self._restack(self._ids(args[0]), args[1] if len(args) > 1 else None, True)

    lift = tkraise = tag_raise

    def tag_lower(self, *args):
        self._restack(self._ids(args[0]), args[1] if len(args) > 1 else None, False)

    lower = tag_lower

    def bbox(self, *args):
        box = None
        for a in args:
            for i in self._ids(a):
                it = self._items[i]
                if not self._visible(it):
                    continue
                b = _item_bbox(self, it)
                if b is None:
                    continue
                box = b if box is None else (min(box[0], b[0]), min(box[1], b[1]), max(box[2], b[2]),
                                             max(box[3], b[3]))
        return box

    # -- text items ----------------------------------------------------------------------------------------------
    def _text_index(self, it, index):
        """Tk's GetTextIndex: a character index into text item `it`."""
        text = str(it.get("text"))
        if isinstance(index, int):
            return max(0, min(len(text), index))
        s = str(index)
        if s and "end".startswith(s):
            return len(text)
        if s and "insert".startswith(s):
            return min(self._icursor.get(it.id, 0), len(text))
        if len(s) >= 5 and ("sel.first".startswith(s) or "sel.last".startswith(s)):
            if self._sel_item != it.id:
                raise TclError("selection isn't in item")
            return self._sel_first if "sel.first".startswith(s) else self._sel_last
        m = re.fullmatch(r"@([^,]+),(.+)", s)
        if m:
            try:
                x, y = (_r(float(v)) for v in m.groups())
            except ValueError:
                raise TclError(f'bad index "{s}"') from None
            return _text_point_to_char(it, x, y)  # (canvas coordinates, wherever the view is)
        try:
            return max(0, min(len(text), int(s)))
        except ValueError:
            raise TclError(f'bad index "{s}"') from None

    def _text_items(self, tagOrId):
        return [self._items[i] for i in self._ids(tagOrId) if self._items[i].type == "text"]

    def dchars(self, tagOrId, first=0, last=None):
        for it in self._text_items(tagOrId):
            a = self._text_index(it, first)
            b = a if last is None else self._text_index(it, last)
            text = str(it.get("text"))
            a, b = max(a, 0), min(b, len(text) - 1)
            if a > b:
                continue
            removed = b + 1 - a
            if self._sel_item == it.id:
                if self._sel_first > a:
                    self._sel_first = max(self._sel_first - removed, a)
                if self._sel_last >= a:
                    self._sel_last = max(self._sel_last - removed, a - 1)
                if self._sel_first > self._sel_last:
                    self._sel_item = None
                if self._anchor_item == it.id and self._sel_anchor > a:
                    self._sel_anchor = max(self._sel_anchor - removed, a)
            pos = self._icursor.get(it.id, 0)
            if pos > a:
                self._icursor[it.id] = max(pos - removed, a)
            self.itemconfigure(it.id, text=text[:a] + text[b + 1:])

    def insert(self, tagOrId, beforeThis, string):
        string = str(string)
        for it in self._text_items(tagOrId):
            k = self._text_index(it, beforeThis)
            text = str(it.get("text"))
            if not string:
                continue
            if self._sel_item == it.id:
                self._sel_first += len(string) if self._sel_first >= k else 0
                self._sel_last += len(string) if self._sel_last >= k else 0
                if self._anchor_item == it.id and self._sel_anchor >= k:
                    self._sel_anchor += len(string)
            if self._icursor.get(it.id, 0) >= k:
                self._icursor[it.id] = self._icursor.get(it.id, 0) + len(string)
            self.itemconfigure(it.id, text=text[:k] + string + text[k:])

    def _indexable(self, tagOrId, what="indexable"):
        items = self._text_items(tagOrId)
        if not items:
            raise TclError(f'can\'t find an {what} item "{tagOrId}"')
        return items[0]

    def index(self, tagOrId, index):
        return self._text_index(self._indexable(tagOrId), index)

    def icursor(self, tagOrId, index):
        for it in self._text_items(tagOrId):
            self._icursor[it.id] = self._text_index(it, index)

    def focus(self, *args):
        if not args:
            return self._focus_item or ""
        if args[0] == "":
            self._focus_item = None
            return None
        items = self._text_items(args[0])  # (the first item that takes an insertion cursor)
        if items:
            self._focus_item = items[0].id
        return None

    def _select_to(self, it, index):
        """Tk's CanvasSelectTo: the selection runs from the anchor to `index` in item `it`."""
        self._sel_item = it.id
        if self._anchor_item != it.id:
            self._anchor_item, self._sel_anchor = it.id, index
        if self._sel_anchor <= index:
            self._sel_first, self._sel_last = self._sel_anchor, index
        else:
            self._sel_first, self._sel_last = index, self._sel_anchor - 1

    def select_adjust(self, tagOrId, index):
        it = self._indexable(tagOrId, "indexable and selectable")
        index = self._text_index(it, index)
        if it.id == self._sel_item:
            if index < (self._sel_first + self._sel_last) // 2:
                self._sel_anchor = self._sel_last + 1
            else:
                self._sel_anchor = self._sel_first
        self._select_to(it, index)

    def select_clear(self):
        self._sel_item = None

    def select_from(self, tagOrId, index):
        it = self._indexable(tagOrId, "indexable and selectable")
        self._anchor_item, self._sel_anchor = it.id, self._text_index(it, index)

    def select_item(self):
        return self._sel_item

    def select_to(self, tagOrId, index):
        it = self._indexable(tagOrId, "indexable and selectable")
        self._select_to(it, self._text_index(it, index))

    # -- scrolling -----------------------------------------------------------------------------------------------
    def _region(self):
        sr = self._getopt("scrollregion")
        if not sr:
            return None
        vals = [C.fpixels(v) for v in (C.split_list(sr) if isinstance(sr, str) else sr)]
        if len(vals) != 4:
            return None
        return [int(round(v)) for v in vals]

    def _view_size(self):
        # Tk_Width/Tk_Height: 1 until the canvas is laid out
        return self.winfo_width(), self.winfo_height()

    def _set_origin(self, x, y, force=False):
        """Tk's CanvasSetOrigin: round to the scroll increments, then confine the view to the scroll region
        (a side sticking out is brought back to the region's edge, but only as far as the other side allows;
        a region smaller than the window keeps the view where it was put, e.g. centred by xview moveto)."""
        inset = self._inset()
        incs = (C.pixels(self._getopt("xscrollincrement")), C.pixels(self._getopt("yscrollincrement")))
        o = [int(x), int(y)]
        for k in (0, 1):
            inc = incs[k]
            if inc > 0:
                if o[k] >= 0:
                    v = o[k] + inc // 2
                    o[k] = v - _cmod(v + inset, inc)
                else:
                    v = -o[k] + inc // 2
                    o[k] = -(v - _cmod(v - inset, inc))
        reg = self._region()
        if reg is not None and C.getboolean(self._getopt("confine")):
            for k, size in enumerate(self._view_size()):
                lo, hi = reg[k], reg[k + 2]
                before = o[k] + inset - lo
                after = hi - (o[k] + size - inset)
                if before < 0 < after:
                    delta = -before if after > -before else after
                    if incs[k] > 0:
                        delta -= _cmod(delta, incs[k])
                    o[k] += delta
                elif after < 0 < before:
                    delta = -after if before > -after else before
                    if incs[k] > 0:
                        delta -= _cmod(delta, incs[k])
                    o[k] -= delta
        if o != self._origin or force:
            self._origin = o
            get_display().send(["view", self._w, o[0], o[1]])
            if self._windows:
                C.schedule_layout()

    def _confine(self):
        self._set_origin(*self._origin)

    def _view_fraction(self, axis):
        # Tk's ScrollFractions of the inside of the window (origin + inset .. origin + size - inset)
        reg = self._region()
        if reg is None:
            return (0.0, 1.0)
        k = 0 if axis == "x" else 1
        lo, hi = reg[k], reg[k + 2]
        inset = self._inset()
        size = self._view_size()[k]
        total = hi - lo
        if total <= 0:
            return (0.0, 1.0)
        first = max(0.0, (self._origin[k] + inset - lo) / total)
        last = min(1.0, (self._origin[k] + size - inset - lo) / total)
        return (first, max(first, last))

    def _view_command(self, axis, args):
        from ._widgets import parse_view_args
        kind = parse_view_args(args)
        k = 0 if axis == "x" else 1
        reg = self._region() or [0, 0, 0, 0]
        inset = self._inset()
        size = self._view_size()[k] - 2 * inset
        o = list(self._origin)
        if kind[0] == "moveto":
            lo, hi = reg[k], reg[k + 2]
            o[k] = lo - inset + int(kind[1] * (hi - lo) + 0.5)  # C's (int) truncates toward zero
        elif kind[0] == "scroll":
            if kind[2].startswith("page"):
                o[k] = int(o[k] + kind[1] * 0.9 * size)
            else:
                inc = C.pixels(self._getopt("xscrollincrement" if axis == "x" else "yscrollincrement"))
                if inc > 0:
                    o[k] += kind[1] * inc
                else:
                    o[k] = int(o[k] + kind[1] * 0.1 * size)
        else:
            return
        self._set_origin(*o)
        self._scroll_report()

    def xview(self, *args):
        if not args:
            return self._view_fraction("x")
        self._view_command("x", args)

    def yview(self, *args):
        if not args:
            return self._view_fraction("y")
        self._view_command("y", args)

    def xview_moveto(self, fraction):
        self._view_command("x", ("moveto", fraction))

    def yview_moveto(self, fraction):
        self._view_command("y", ("moveto", fraction))

    def xview_scroll(self, number, what):
        self._view_command("x", ("scroll", number, what))

    def yview_scroll(self, number, what):
        self._view_command("y", ("scroll", number, what))

    def _scroll_report(self):
        """Tk tells the scrollbars the view when it redraws the canvas (at idle time), once however often the view
        changed before."""
        if not self._scroll_pending and (self._opts.get("xscrollcommand") or self._opts.get("yscrollcommand")):
            self._scroll_pending = True
            C.after_idle(self._report_view)

    def _report_view(self):
        self._scroll_pending = False
        if not self._exists:
            return
        for axis in ("x", "y"):
            cmd = self._opts.get(axis + "scrollcommand")
            if cmd:
                f = self._view_fraction(axis)
                C._safe_call(self, call_command, cmd, str(f[0]), str(f[1]))  # (a Tcl command hears strings)

    def canvasx(self, screenx, gridspacing=None):
        # window x (from the widget's outer top-left, as event.x) -> canvas x: Tk adds the view origin, which
        # already accounts for the border (a view scrolled to the region's left edge has origin x1 - inset)
        v = float(screenx) + self._origin[0]
        if gridspacing:
            g = float(gridspacing)
            v = g * math.floor(v / g + 0.5)
        return v

    def canvasy(self, screeny, gridspacing=None):
        v = float(screeny) + self._origin[1]
        if gridspacing:
            g = float(gridspacing)
            v = g * math.floor(v / g + 0.5)
        return v

    def scan_mark(self, x, y):
        self._scan = (int(x), int(y), list(self._origin))

    def scan_dragto(self, x, y, gain=10):
        if not hasattr(self, "_scan"):
            return
        sx, sy, o = self._scan
        self._set_origin(o[0] - (int(x) - sx) * int(gain), o[1] - (int(y) - sy) * int(gain))
        self._scroll_report()

    # -- bindings on items -----------------------------------------------------------------------------------------
    def tag_bind(self, tagOrId, sequence=None, func=None, add=None):
        table = self._item_bindings.setdefault(str(tagOrId), C.BindingTable())
        if sequence is None:
            return tuple(table.seqs)
        r = table.bind(sequence, func, bool(add) and str(add).startswith("+") or add is True)
        self._crossing = None
        if func is not None:
            self._update_bind_report()
        return r

    def tag_unbind(self, tagOrId, sequence, funcid=None):
        table = self._item_bindings.get(str(tagOrId))
        if table is not None:
            table.unbind(sequence, funcid)
        self._crossing = None
        if funcid is not None:
            C._loop.commands.pop(funcid, None)
        self._update_bind_report()

    def _extra_bind_types(self):
        types = set()
        for t in self._item_bindings.values():
            types |= t.types()
        if types & {"Enter", "Leave"}:
            types |= {"Motion", "Enter", "Leave"}
        return types

    def _item_dispatch(self, iid, ev):
        if iid is None or iid not in self._items:
            return None
        it = self._items[iid]
        objs = [str(iid)] + list(it.tags) + ["all"]
        if self._current == iid:
            objs.insert(1 + len(it.tags), "current")
        rc = C._repeat_count(ev) if ev.type_name == "ButtonPress" else 1
        for obj in objs:
            table = self._item_bindings.get(obj)
            if table is None:
                continue
            best = table.best(ev, rc)
            if best is None:
                continue
            result = None
            for _fid, func in list(best[1]):
                r = C._safe_call(self, func, ev) if callable(func) else call_command(func)
                if r == "break":
                    result = "break"
            if result == "break":
                return "break"
        return None

    # -- the current item (Tk's PickCurrentItem) ------------------------------------------------------------------
    # Each pointer event on the canvas picks the item under the pointer (the topmost one within closeenough, not
    # hidden or disabled) as the "current" item: <Leave> on the old one, <Enter> on the new. While a button is down
    # the current item is kept (an implicit grab): leaving it fires <Leave>, coming back <Enter>, and no other item
    # is entered. Items changing under a still pointer are picked again at idle time. Without <Enter>/<Leave> item
    # bindings no pick is seen as it happens: the shim then picks when the current item is asked for (or before the
    # items change), which gives the same answers.

    def _pick_item(self, x, y):
        """Tk's CanvasFindClosest, at canvas point x, y."""
        try:
            halo = float(self._getopt("closeenough"))
        except (TypeError, ValueError):
            halo = 1.0
        x1, y1, x2, y2 = int(x - halo), int(y - halo), int(x + halo), int(y + halo)
        cstate = self._getopt("state")
        boxes = self._pick_boxes
        for iid in reversed(self._order):
            it = self._items[iid]
            st = it.get("state") or cstate
            if st in ("hidden", "disabled"):
                continue
            b = boxes.get(iid, False)
            if b is False:
                b = _item_bbox(self, it)
                if it.type in _PICK_CACHED:
                    boxes[iid] = b
            if b is None or b[0] > x2 or b[2] < x1 or b[1] > y2 or b[3] < y1:
                continue
            if _item_distance(self, it, x, y) <= halo:
                return iid
        return None

    def _crossing_bound(self):
        if self._crossing is None:
            self._crossing = any(t.types() & {"Enter", "Leave"} for t in self._item_bindings.values())
        return self._crossing

    def _current_item(self):
        """The current item, picked now if a pointer event left it to be picked."""
        if self._pick_pending is not None:
            d, left = self._pick_pending
            self._pick_pending = None
            self._current = None if left else self._pick_item(self.canvasx(d.get("x", 0) or 0),
                                                               self.canvasy(d.get("y", 0) or 0))
            self._left_grabbed = False
        if self._current is not None and self._current not in self._items:
            self._current = None
        return self._current

    def _note_pick(self, d, left):
        """A pointer event at d's x, y (left: the pointer left the canvas) makes Tk pick the current item."""
        self._pick_ev = (d, left)
        if self._crossing_bound():
            self._current_item()
            self._pick(d, left)
        elif not self._pick_state & 0x1F00:
            self._pick_pending = (d, left)  # (with a button down, the current item stays)

    def _pick(self, d, left):
        if self._repicking:
            return
        new = None if left else self._pick_item(self.canvasx(d.get("x", 0) or 0), self.canvasy(d.get("y", 0) or 0))
        old = self._current
        if new == old and not self._left_grabbed:
            return
        down = self._pick_state & 0x1F00
        if not down:
            self._left_grabbed = False
        if new != old and old is not None and not self._left_grabbed:
            self._repicking = True
            try:
                self._item_dispatch(old, C.make_event(self, dict(d, type="Leave")))
            finally:
                self._repicking = False
            if not self._exists:
                return
            if new is not None and new not in self._items:
                new = None  # (deleted by the <Leave> binding)
            if self._current not in self._items:
                self._current = None
        if new != self._current and down:
            self._left_grabbed = True
            return
        self._left_grabbed = False
        self._current = new
        if new is not None:
            self._item_dispatch(new, C.make_event(self, dict(d, type="Enter")))

    def _items_change(self):
        """Items are about to change: a pick left to do is done with the items as they were, and Tk picks again
        when it next redraws the canvas. (Only when something can tell: <Enter>/<Leave> item bindings, or a program
        that asks for the "current" tag; a turtle drawing thousands of items does neither.)"""
        if not (self._current_asked or self._crossing_bound()):
            self._pick_boxes.clear()
            return
        if self._pick_pending is not None:
            self._current_item()
        self._pick_boxes.clear()  # (after that pick: the boxes it kept are the items' before the change)
        if not self._pick_ev[1]:
            C.mark_dirty(self, self._idle_repick)

    def _idle_repick(self):
        if self._pick_ev is None or self._pick_ev[1] or not self.winfo_ismapped():
            return
        d = self._pick_ev[0]
        if self._crossing_bound():
            self._current_item()
            self._pick(d, False)
        elif not self._pick_state & 0x1F00:
            self._pick_pending = (d, False)

    def _item_event(self, ev):
        """Tk's CanvasDoEvent: the bindings of the current item (of the focus item, for keys)."""
        if ev.type_name in ("KeyPress", "KeyRelease"):
            if self._focus_item is not None:
                self._item_dispatch(self._focus_item, ev)
        elif ev.type_name != "Virtual":
            cur = self._current_item()
            if cur is not None:
                self._item_dispatch(cur, ev)

    def _pyroom_physical_event(self, d, generated=False):
        t = d.get("type")
        if t in ("Motion", "ButtonPress", "ButtonRelease") and "x_root" in d:
            C._loop.pointer = (d.get("x_root", 0), d.get("y_root", 0))
        ev = C.make_event(self, d)
        try:
            state = int(d.get("state", 0) or 0)
        except (TypeError, ValueError):
            state = 0
        if t in ("ButtonPress", "ButtonRelease"):
            # Tk's CanvasBindProc: a press picks with the buttons before it, then goes to the current item; a
            # release goes to the current item (the one pressed), then picks with the buttons after it. X reports
            # the buttons held before the event (event_generate: the state given); the page, those held after it.
            try:
                num = int(d.get("num", 1) or 1)
            except (TypeError, ValueError):
                num = 1
            mask = 1 << (7 + num) if 1 <= num <= 5 else 0
            if t == "ButtonPress":
                before = state if generated else state & ~mask
                self._pick_state = before
                self._note_pick(dict(d, state=before), False)
                self._pick_state = before ^ mask
                if self._exists:
                    self._item_event(ev)
            else:
                before = state if generated else state | mask
                self._pick_state = before
                self._item_event(ev)
                self._pick_state = before ^ mask
                if self._exists:
                    self._note_pick(dict(d, state=before ^ mask), False)
        elif t in ("Enter", "Leave"):
            self._pick_state = state
            self._note_pick(d, t == "Leave")
        elif t == "Motion":
            self._pick_state = state
            self._note_pick(d, False)
            if self._exists:
                self._item_event(ev)
        else:
            self._item_event(ev)
        if self._exists:
            C.dispatch(self, ev)

    def _pyroom_canvas_dispatch(self, ev, evd):
        """An event_generate() on the canvas: pointer events at x, y pick the current item as Tk's do."""
        if ev.type_name in ("Motion", "ButtonPress", "ButtonRelease", "Enter", "Leave") and "x" in evd and "y" in evd:
            self._pyroom_physical_event(dict(evd), generated=True)
            return
        self._item_event(ev)
        C.dispatch(self, ev)

    # -- postscript: SVG ---------------------------------------------------------------------------------------------
    def postscript(self, cnf={}, **kw):
        """Pyroom returns an SVG document of the canvas (not PostScript); ``file=`` writes it there."""
        opts = {C._norm_key(k): v for k, v in C._cnfmerge((cnf, kw)).items()}
        svg = self._svg(opts)
        if opts.get("file"):
            with open(opts["file"], "w", encoding="utf-8") as f:
                f.write(svg)
            return ""
        return svg

    def _svg(self, opts):
        inset = self._inset()
        x0 = C.fpixels(opts.get("x", self._origin[0] + inset))
        y0 = C.fpixels(opts.get("y", self._origin[1] + inset))
        vw, vh = self._view_size()
        w = C.fpixels(opts.get("width", vw))
        h = C.fpixels(opts.get("height", vh))
        bg = color(self._getopt("background")) or "#ffffff"
        out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:g}" height="{h:g}" '
               f'viewBox="{x0:g} {y0:g} {w:g} {h:g}">',
               f'<rect x="{x0:g}" y="{y0:g}" width="{w:g}" height="{h:g}" fill="{bg}"/>']
        for iid in self._order:
            it = self._items[iid]
            if not self._visible(it):
                continue
            out.append(_svg_item(it))
        out.append("</svg>")
        return "\n".join(x for x in out if x)


def _svg_item(it):
    c = it.coords
    fill = color(it.get("fill")) if it.get("fill") else None
    outline = color(it.get("outline")) if it.get("outline") not in ("", None) and "outline" in _ITEM_DEFAULTS[
        it.type] else None
    width = it.width()
    dash = _dash(it.get("dash")) if "dash" in _ITEM_DEFAULTS[it.type] else None
    da = f' stroke-dasharray="{" ".join(map(str, dash))}"' if dash else ""
    pts = " ".join(f"{c[k]:g},{c[k + 1]:g}" for k in range(0, len(c), 2))
    if it.type == "line":
        return (f'<polyline points="{pts}" fill="none" stroke="{fill or "none"}" stroke-width="{width:g}"'
                f' stroke-linecap="{ {"butt": "butt", "projecting": "square", "round": "round"}[it.get("capstyle")]}"'
                f"{da}/>")
    if it.type == "polygon":
        return (f'<polygon points="{pts}" fill="{fill or "none"}" stroke="{outline or "none"}" '
                f'stroke-width="{width:g}"{da}/>')
    if it.type == "rectangle":
        x1, y1, x2, y2 = min(c[0], c[2]), min(c[1], c[3]), max(c[0], c[2]), max(c[1], c[3])
        return (f'<rect x="{x1:g}" y="{y1:g}" width="{x2 - x1:g}" height="{y2 - y1:g}" fill="{fill or "none"}" '
                f'stroke="{outline or "none"}" stroke-width="{width:g}"{da}/>')
    if it.type == "oval":
        x1, y1, x2, y2 = min(c[0], c[2]), min(c[1], c[3]), max(c[0], c[2]), max(c[1], c[3])
        return (f'<ellipse cx="{(x1 + x2) / 2:g}" cy="{(y1 + y2) / 2:g}" rx="{(x2 - x1) / 2:g}" '
                f'ry="{(y2 - y1) / 2:g}" fill="{fill or "none"}" stroke="{outline or "none"}" '
                f'stroke-width="{width:g}"{da}/>')
    if it.type == "arc":
        pts_ = _arc_points(it)
        d = "M " + " L ".join(f"{x:g},{y:g}" for x, y in pts_)
        style = it.get("style") or "pieslice"
        if style != "arc":
            d += " Z"
        return (f'<path d="{d}" fill="{fill or "none" if style != "arc" else "none"}" stroke="{outline or "none"}"'
                f' stroke-width="{width:g}"{da}/>')
    if it.type == "text":
        fd = font_display(_item_font(it.get("font")))
        a = it.get("anchor")
        ta = "middle" if a in ("n", "s", "center") else ("end" if "e" in a else "start")
        db = "hanging" if "n" in a else ("text-after-edge" if "s" in a else "central")
        angle = _tk_angle(it.get("angle") or 0)
        turn = f' transform="rotate({-angle:g} {c[0]:g} {c[1]:g})"' if angle else ""
        return (f'<text x="{c[0]:g}" y="{c[1]:g}" fill="{fill or "none"}" font-family="{_xml_escape(fd["family"])}" '
                f'font-size="{fd["size"]}px" font-weight="{fd["weight"]}" text-anchor="{ta}" '
                f'dominant-baseline="{db}"{turn}>{_xml_escape(str(it.get("text")))}</text>')
    return ""


# -- tag expressions ---------------------------------------------------------------------------------------------


def _tag_expr(expr):
    tokens = re.findall(r"&&|\|\||\^|!|\(|\)|[^&|^!()\s]+", expr)
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def take():
        t = tokens[pos[0]]
        pos[0] += 1
        return t

    def primary():
        t = take()
        if t == "!":
            f = primary()
            return lambda tags: not f(tags)
        if t == "(":
            f = or_()
            take()
            return f
        return lambda tags, t=t: t in tags

    def and_():
        f = primary()
        while peek() == "&&":
            take()
            g = primary()
            f = (lambda a, b: lambda tags: a(tags) and b(tags))(f, g)
        return f

    def xor_():
        f = and_()
        while peek() == "^":
            take()
            g = and_()
            f = (lambda a, b: lambda tags: a(tags) != b(tags))(f, g)
        return f

    def or_():
        f = xor_()
        while peek() == "||":
            take()
            g = xor_()
            f = (lambda a, b: lambda tags: a(tags) or b(tags))(f, g)
        return f

    return or_()


# -- geometry of items (Tk 8.6's bounding boxes, areas and distances) --------------------------------------------------


def _norm_rect(x1, y1, x2, y2):
    x1, y1, x2, y2 = float(x1), float(y1), float(x2), float(y2)
    return (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))


def _r(v):
    return int(v + 0.5) if v >= 0 else int(v - 0.5)


def _anchor_box(x, y, w, h, anchor):
    if anchor in ("n", "center", "s"):
        x -= w / 2 if isinstance(w, float) else w // 2
    elif anchor in ("ne", "e", "se"):
        x -= w
    if anchor in ("w", "center", "e"):
        y -= h / 2 if isinstance(h, float) else h // 2
    elif anchor in ("sw", "s", "se"):
        y -= h
    return x, y


def _outline_width(it):
    if it.type in ("rectangle", "oval", "arc", "polygon"):
        if it.get("outline") in ("", None):
            return 0.0
    return it.width()


def _arrow_polys(it):
    """The arrowhead polygons of a line item (Tk's shape: a, b, c)."""
    return _arrows(it)[1]


def _line_points(it):
    """The points of a line as Tk keeps them: an end under an arrowhead is moved back so that the line's corners
    stay inside the arrowhead."""
    return _arrows(it)[0]


def _arrows(it):
    """A line's points as Tk keeps them and its arrowheads, computed in Tk's order (the last arrow points away
    from the point before it, which may be the first point already moved back)."""
    pts = list(it.coords)
    arrow = it.get("arrow")
    if arrow in ("none", "", None) or len(pts) < 4:
        return pts, []
    shape = [float(v) for v in _flatten([it.get("arrowshape")])]
    a, b, c = shape[0] + 0.001, shape[1] + 0.001, shape[2] + it.width() / 2.0 + 0.001
    frac = it.width() / 2.0 / c
    backup = frac * b + a * (1.0 - frac) / 2.0
    ends = [(0, 2)] if arrow in ("first", "both") else []
    if arrow in ("last", "both"):
        ends.append((len(pts) - 2, len(pts) - 4))
    polys = []
    for end, before in ends:
        px, py = pts[end], pts[end + 1]
        dx, dy = px - pts[before], py - pts[before + 1]
        length = math.hypot(dx, dy)
        sin_t, cos_t = (dy / length, dx / length) if length else (0.0, 0.0)
        vert_x, vert_y = px - a * cos_t, py - a * sin_t
        wing1 = (px - b * cos_t + c * sin_t, py - b * sin_t - c * cos_t)
        wing2 = (px - b * cos_t - c * sin_t, py - b * sin_t + c * cos_t)
        inner1 = (wing1[0] * frac + vert_x * (1 - frac), wing1[1] * frac + vert_y * (1 - frac))
        inner2 = (wing2[0] * frac + vert_x * (1 - frac), wing2[1] * frac + vert_y * (1 - frac))
        polys.append([(px, py), wing1, inner1, inner2, wing2])
        pts[end], pts[end + 1] = px - backup * cos_t, py - backup * sin_t
    return pts, polys


def _miter_points(pts, width):
    """The outer and inner corners of the mitered join at pts[2:4] (Tk's TkGetMiterPoints: none for a joint
    sharper than 11 degrees)."""
    x1, y1, x2, y2, x3, y3 = (math.floor(v + 0.5) for v in pts)
    if y2 == y1:
        theta1 = 0.0 if x2 < x1 else math.pi
    elif x2 == x1:
        theta1 = math.pi / 2 if y2 < y1 else -math.pi / 2
    else:
        theta1 = math.atan2(y1 - y2, x1 - x2)
    if y3 == y2:
        theta2 = 0.0 if x3 > x2 else math.pi
    elif x3 == x2:
        theta2 = math.pi / 2 if y3 > y2 else -math.pi / 2
    else:
        theta2 = math.atan2(y3 - y2, x3 - x2)
    theta = theta1 - theta2
    if theta > math.pi:
        theta -= 2 * math.pi
    elif theta < -math.pi:
        theta += 2 * math.pi
    if abs(theta) < math.radians(11):
        return []
    dist = abs(0.5 * width / math.sin(0.5 * theta))
    theta3 = (theta1 + theta2) / 2.0
    if math.sin(theta3 - (theta1 + math.pi)) < 0.0:
        theta3 += math.pi
    dx, dy = dist * math.cos(theta3), dist * math.sin(theta3)
    return [(x2 + dx, y2 + dy), (x2 - dx, y2 - dy)]


def _polygon_bbox(it):
    """Tk's box of a polygon: its first point truncated and the others rounded, grown by the outline (and its
    mitered corners), and one pixel more."""
    pts = list(it.coords)
    if pts[:2] != pts[-2:]:
        pts += pts[:2]  # (Tk closes the polygon)
    xs = [int(pts[0])] + [int(v + 0.5) for v in pts[2:-2:2]]
    ys = [int(pts[1])] + [int(v + 0.5) for v in pts[3:-2:2]]
    x1, y1, x2, y2 = min(xs), min(ys), max(xs), max(ys)
    if it.get("outline") not in ("", None):
        w = it.width()
        grow = int((w + 1.5) / 2.0)
        x1, y1, x2, y2 = x1 - grow, y1 - grow, x2 + grow, y2 + grow
        if it.get("joinstyle") == "miter":
            corners = _miter_points(pts[-4:-2] + pts[:4], w) if len(pts) > 6 else []
            for i in range(0, len(pts) - 4, 2):
                corners += _miter_points(pts[i:i + 6], w)
            for px, py in corners:
                ix, iy = int(px + 0.5), int(py + 0.5)
                x1, y1, x2, y2 = min(x1, ix), min(y1, iy), max(x2, ix), max(y2, iy)
    return (x1 - 1, y1 - 1, x2 + 1, y2 + 1)


def _tk_angle(value, positive=True):
    """An angle as Tk keeps it: within (-360, 360) degrees, or [0, 360) if `positive`."""
    angle = math.fmod(float(value), 360.0) + 0.0
    return angle + 360.0 if positive and angle < 0 else angle


def _arc_bbox(it):
    """Tk's box of an arc: its start point (truncated), its end point, the centre of a pieslice and the oval's
    3, 6, 9 and 12 o'clock points the arc passes, rounded; grown by the outline."""
    x1, y1, x2, y2 = _norm_rect(*it.coords)
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    start = _tk_angle(it.get("start"))
    extent = _tk_angle(it.get("extent"), False)
    a1 = -math.radians(start)
    a2 = a1 - math.radians(extent)
    xs = [int(cx + math.cos(a1) * (x2 - x1) / 2)]
    ys = [int(cy + math.sin(a1) * (y2 - y1) / 2)]
    points = [(cx + math.cos(a2) * (x2 - x1) / 2, cy + math.sin(a2) * (y2 - y1) / 2)]
    if (it.get("style") or "pieslice") == "pieslice":
        points.append((cx, cy))
    for angle, point in ((0.0, (x2, cy)), (90.0, (cx, y1)), (180.0, (x1, cy)), (270.0, (cx, y2))):
        gap = angle - start
        gap += 360.0 if gap < 0 else 0.0
        if gap < extent or gap - 360 > extent:
            points.append(point)
    xs += [int(px + 0.5) for px, _ in points]
    ys += [int(py + 0.5) for _, py in points]
    grow = int((max(it.width(), 1.0) + 1.0) / 2.0 + 1) if it.get("outline") not in ("", None) else 1
    return (min(xs) - grow, min(ys) - grow, max(xs) + grow, max(ys) + grow)


def _arc_points(it, n=None):
    x1, y1, x2, y2 = it.coords
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    rx, ry = abs(x2 - x1) / 2, abs(y2 - y1) / 2
    start = float(it.get("start"))
    extent = float(it.get("extent"))
    steps = n or max(2, int(abs(extent) / 5) + 1)
    pts = []
    for k in range(steps + 1):
        ang = math.radians(start + extent * k / steps)
        pts.append((cx + rx * math.cos(ang), cy - ry * math.sin(ang)))
    style = it.get("style") or "pieslice"
    if style == "pieslice":
        pts = [(cx, cy)] + pts
    return pts


_TEXT_LAYOUT = frozenset({"text", "width", "justify", "font"})


def _text_block(it):
    """What the page needs to draw a text item that Tk lays out itself: wrapped at ``width`` or justified over
    several lines, ``lines`` ([text, x offset in the block] each) and the block's width; None for the page's own
    line breaks otherwise."""
    text = str(it.get("text"))
    wrap = C.pixels(it.get("width")) if it.get("width") not in ("", None) else 0
    if wrap <= 0 and ("\n" not in text or it.get("justify") in ("", None, "left")):
        return {"lines": None}
    lines, width, _linespace, _fd = _text_lines(it)
    return {"lines": [[line.rstrip("\n"), offset] for _start, _count, offset, line in lines], "blockw": width}


def _text_lines(it):
    """Tk's layout of a text item, for finding characters: (first index, number of characters up to the next line,
    x offset, shown text) for each line, and the layout's line height."""
    fd = font_display(_item_font(it.get("font")))
    wrap = C.pixels(it.get("width")) if it.get("width") not in ("", None) else 0
    text = str(it.get("text"))
    lines, width, _h = C.text_layout(fd, text, wrap)
    out = []
    pos = 0
    for n, line in enumerate(lines):
        start = max(text.find(line, pos), pos)
        end = start + len(line)
        if n + 1 < len(lines):  # (the next line starts past the spaces where this one wrapped, or its newline)
            nxt = lines[n + 1]
            end = max(text.find(nxt, end) if nxt else text.find("\n", end) + 1, end)
        shown = measure(fd, line.rstrip())
        justify = it.get("justify")
        offset = (width - shown) // 2 if justify == "center" else width - shown if justify == "right" else 0
        out.append((start, end - start, offset, line))
        pos = end
    return out, width, metrics(fd)["linespace"], fd


def _text_point_to_char(it, x, y):
    """Tk_PointToChar: the index of the character of text item `it` at canvas point (x, y) (the line's end
    past its right, the first character of the line left of it, the end below the text)."""
    lines, width, linespace, fd = _text_lines(it)
    text = str(it.get("text"))
    corners, cos_a, sin_a = _text_corners(it, 0)
    x, y = x - int(corners[0][0]), y - int(corners[0][1])
    x, y = int(x * cos_a - y * sin_a), int(y * cos_a + x * sin_a)
    if y < 0:
        return 0
    for n, (start, count, offset, line) in enumerate(lines):
        if y >= (n + 1) * linespace:
            continue
        if x < offset:
            return start
        dx = x - offset
        if x < width:
            for k in range(len(line)):
                if measure(fd, line[:k + 1]) > dx:
                    return start + k
        return start + count - 1 if n + 1 < len(lines) else len(text)
    return len(text)


def _text_corners(it, fudge):
    """The corners of a text item's box (turned by its angle about its anchor point, as Tk's ComputeTextBbox
    does), widened by `fudge` on the left and right; and the angle's cosine and sine."""
    x0, y0, w, h = _text_box(it)
    x, y = it.coords[0], it.coords[1]
    dx, dy = x0 - _r(x), y0 - _r(y)
    angle = math.radians(_tk_angle(it.get("angle") or 0))
    cos_a, sin_a = math.cos(angle), math.sin(angle)
    offsets = ((dx - fudge, dy), (dx + w + fudge, dy), (dx + w + fudge, dy + h), (dx - fudge, dy + h))
    return [(x + ox * cos_a + oy * sin_a, y + oy * cos_a - ox * sin_a) for ox, oy in offsets], cos_a, sin_a


def _text_box(it):
    fd = font_display(_item_font(it.get("font")))
    wrap = C.pixels(it.get("width")) if it.get("width") not in ("", None) else 0
    lines, w, h = C.text_layout(fd, str(it.get("text")), wrap)
    x, y = _r(it.coords[0]), _r(it.coords[1])
    a = it.get("anchor")
    if a in ("n", "center", "s"):
        x -= w // 2
    elif a in ("ne", "e", "se"):
        x -= w
    if a in ("w", "center", "e"):
        y -= h // 2
    elif a in ("sw", "s", "se"):
        y -= h
    return x, y, w, h


def _item_bbox(canvas, it):
    c = it.coords
    t = it.type
    if t in ("rectangle", "oval"):
        w = _outline_width(it)
        bloat = 0 if w == 0 else int((w + 1) / 2)
        x1, y1, x2, y2 = min(c[0], c[2]), min(c[1], c[3]), max(c[0], c[2]), max(c[1], c[3])
        x2 = max(x2, x1 + 1)
        y2 = max(y2, y1 + 1)
        return (_r(x1) - bloat, _r(y1) - bloat, _r(x2) + bloat, _r(y2) + bloat)
    if t == "line":
        if len(c) < 4:
            return None
        w = max(it.width(), 1.0)
        iw = int(w + 0.5)
        # Tk starts the box at the first point truncated, then takes in the others rounded (the ends as it keeps
        # them, moved back under their arrowheads) and the arrows' tips, grows it by the width, then takes in the
        # corners of mitered joins and the arrowheads
        pts = _line_points(it)
        arrow = it.get("arrow")
        tips = ([c[0], c[1]] if arrow in ("first", "both") else []) + (c[-2:] if arrow in ("last", "both") else [])
        xs = [int(pts[0])] + [int(v + 0.5) for v in pts[2::2] + tips[0::2]]
        ys = [int(pts[1])] + [int(v + 0.5) for v in pts[3::2] + tips[1::2]]
        bx1, by1, bx2, by2 = min(xs) - iw, min(ys) - iw, max(xs) + iw, max(ys) + iw
        corners = []
        if it.get("joinstyle") == "miter":
            for i in range(0, len(pts) - 4, 2):
                corners += _miter_points(pts[i:i + 6], w)
        for poly in _arrow_polys(it):
            corners += poly
        for px, py in corners:
            ix, iy = int(px + 0.5), int(py + 0.5)
            bx1, by1, bx2, by2 = min(bx1, ix), min(by1, iy), max(bx2, ix), max(by2, iy)
        return (bx1 - 1, by1 - 1, bx2 + 1, by2 + 1)
    if t == "polygon":
        return _polygon_bbox(it)
    if t == "arc":
        return _arc_bbox(it)
    if t == "text":
        if it.get("fill") in ("", None):
            return None  # (Tk lays out no text without a colour: an empty box, left out of bbox)
        opt = canvas._getopt
        fudge = max((C.pixels(opt("insertwidth")) + 1) // 2, C.pixels(opt("selectborderwidth")))
        corners, _cos, _sin = _text_corners(it, fudge)
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        return tuple(math.floor(v + 0.5) for v in (min(xs), min(ys), max(xs), max(ys)))
    if t in ("image", "bitmap"):
        name = it.get("image") if t == "image" else None
        img = C._loop.images.get(str(name)) if name else None
        if img is None:
            return None
        w, h = img.width(), img.height()
        x, y = _anchor_box(_r(c[0]), _r(c[1]), w, h, it.get("anchor"))
        return (x, y, x + w, y + h)
    if t == "window":
        win = it.get("window")
        if not win:
            return (_r(c[0]), _r(c[1]), _r(c[0]) + 1, _r(c[1]) + 1)
        rw, rh = C._geometry.reqsize(win)
        ww = C.pixels(it.get("width")) or rw
        hh = C.pixels(it.get("height")) or rh
        x, y = _anchor_box(_r(c[0]), _r(c[1]), ww, hh, it.get("anchor"))
        return (x, y, x + ww, y + hh)
    return None


def _seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    if L == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _point_in_poly(x, y, pts):
    inside = False
    n = len(pts)
    for i in range(n):
        ax, ay = pts[i]
        bx, by = pts[(i + 1) % n]
        if (ay > y) != (by > y):
            xi = ax + (y - ay) * (bx - ax) / (by - ay)
            if x < xi:
                inside = not inside
    return inside


def _item_distance(canvas, it, x, y):
    """Tk's point procedures: 0 inside a filled shape, else the distance to the drawn outline."""
    c = it.coords
    t = it.type
    half = _outline_width(it) / 2.0
    if t == "line":
        return _line_distance(it, x, y)
    if t in ("rectangle",):
        x1, y1, x2, y2 = min(c[0], c[2]), min(c[1], c[3]), max(c[0], c[2]), max(c[1], c[3])
        inside = x1 - half <= x <= x2 + half and y1 - half <= y <= y2 + half
        if inside and (it.get("fill") or (x <= x1 + half or x >= x2 - half or y <= y1 + half or y >= y2 - half)):
            return 0.0
        if inside:
            return max(0.0, min(x - x1, x2 - x, y - y1, y2 - y) - half)
        dx = max(x1 - half - x, 0, x - x2 - half)
        dy = max(y1 - half - y, 0, y - y2 - half)
        return math.hypot(dx, dy)
    if t == "oval":
        if it.get("outline") in ("", None):
            return _oval_distance(_norm_rect(*c), 0.0, True, x, y)  # (no outline: Tk counts the inside)
        return _oval_distance(_norm_rect(*c), it.width(), it.get("fill") not in ("", None), x, y)
    if t == "arc":
        return _arc_distance(_ArcShape(it), x, y)
    if t == "polygon":
        pts = list(zip(c[0::2], c[1::2], strict=False))
        if _point_in_poly(x, y, pts) and it.get("fill"):
            return 0.0
        n = len(pts)
        d = min(_seg_dist(x, y, *pts[i], *pts[(i + 1) % n]) for i in range(n)) if n > 1 else 1e9
        return max(0.0, d - half)
    b = _item_bbox(canvas, it)
    if b is None:
        return 1e9
    dx = max(b[0] - x, 0, x - b[2])
    dy = max(b[1] - y, 0, y - b[3])
    return math.hypot(dx, dy)


def _poly_distance(pts, x, y):
    """Tk's TkPolygonToPoint: 0 inside the polygon, else the distance to its nearest edge."""
    if _point_in_poly(x, y, pts):
        return 0.0
    n = len(pts)
    return min(_seg_dist(x, y, *pts[i], *pts[(i + 1) % n]) for i in range(n))


def _butt_points(p1, p2, width, project):
    """Tk's TkGetButtPoints: the corners of a line p1-p2 of `width` at p2 (past it by half the width if
    `project`)."""
    half = width / 2.0
    length = math.hypot(p2[0] - p1[0], p2[1] - p1[1])
    if length == 0:
        return p2, p2
    dx, dy = -half * (p2[1] - p1[1]) / length, half * (p2[0] - p1[0]) / length
    ex, ey = (dy, -dx) if project else (0.0, 0.0)
    return (p2[0] + dx + ex, p2[1] + dy + ey), (p2[0] - dx + ex, p2[1] - dy + ey)


def _bezier_points(pts, steps):
    """Tk's TkMakeBezierCurve: the points of the parabolic splines through a line's points."""
    p = list(zip(pts[0::2], pts[1::2], strict=False))
    n = len(p)
    closed = p[0] == p[-1]
    out = []

    def mix(u, a, b):
        return (u * a[0] + (1 - u) * b[0], u * a[1] + (1 - u) * b[1])

    def curve(ctl):
        for i in range(1, steps + 1):
            t = i / steps
            u = 1.0 - t
            out.append(tuple(ctl[0][k] * u ** 3 + 3.0 * (ctl[1][k] * t * u * u + ctl[2][k] * t * t * u)
                             + ctl[3][k] * t ** 3 for k in (0, 1)))

    if closed:
        ctl = [mix(0.5, p[-2], p[0]), mix(0.167, p[-2], p[0]), mix(0.833, p[0], p[1]), mix(0.5, p[0], p[1])]
        out.append(ctl[0])
        curve(ctl)
    else:
        out.append(p[0])
    for i in range(2, n):
        a, b, c = p[i - 2], p[i - 1], p[i]
        first = [a, mix(0.333, a, b)] if i == 2 and not closed else [mix(0.5, a, b), mix(0.167, a, b)]
        last = [mix(0.667, b, c), c] if i == n - 1 and not closed else [mix(0.833, b, c), mix(0.5, b, c)]
        if a == b or b == c:
            out.append(last[1])
        else:
            curve(first + last)
    return [v for point in out for v in point]


def _line_shape(it):
    """A line's points as drawn (smoothed into segments if asked), its width, capstyle and joinstyle."""
    pts = _line_points(it)
    if str(it.get("smooth")) not in ("0", "false", "False", "", "no", "off") and len(pts) > 4:
        pts = _bezier_points(pts, max(1, min(100, int(it.get("splinesteps") or 12))))
    return list(zip(pts[0::2], pts[1::2], strict=False)), max(it.width(), 1.0), it.get("capstyle"), it.get(
        "joinstyle")


def _line_pieces(it):
    """The shapes a line of two points or more is drawn as, in the order Tk's LineToPoint and LineToArea look at
    them: ("disc", centre) for round caps and joins (radius: half the width), ("poly", 4 corners) for each segment
    and each bevelled joint, then ("poly", points) for the arrowheads."""
    p, width, cap, join = _line_shape(it)
    corners = [None] * 4  # the polygon of the segment: its two corners at the start, then the two at the end
    bevelled = False  # a mitered joint too sharp to miter
    for k in range(len(p) - 1):
        if (cap == "round" and k == 0) or (join == "round" and k > 0):
            yield "disc", p[k]
        if k == 0:
            corners[0], corners[1] = _butt_points(p[1], p[0], width, cap == "projecting")
        elif join == "miter" and not bevelled:
            corners[0], corners[1] = corners[3], corners[2]
        else:
            corners[0], corners[1] = _butt_points(p[k + 1], p[k], width, False)
            if join == "bevel" or bevelled:
                yield "poly", list(corners)
                bevelled = False
        miter = _miter_points([*p[k], *p[k + 1], *p[k + 2]], width) if join == "miter" and k + 2 < len(p) else []
        if k + 2 == len(p):
            corners[2], corners[3] = _butt_points(p[k], p[k + 1], width, cap == "projecting")
        elif miter:
            corners[2], corners[3] = miter
        else:
            bevelled = join == "miter"
            corners[2], corners[3] = _butt_points(p[k], p[k + 1], width, False)
        yield "poly", list(corners)
    if cap == "round":
        yield "disc", p[-1]
    for poly in _arrow_polys(it):
        yield "poly", poly


def _line_distance(it, x, y):
    """Tk's LineToPoint: the distance from (x, y) to a line drawn with its width, caps, joins and arrowheads."""
    p, width, _cap, _join = _line_shape(it)
    if len(p) == 1:
        return max(math.hypot(p[0][0] - x, p[0][1] - y) - width / 2.0, 0.0)
    best = 1e36
    for kind, shape in _line_pieces(it):
        if kind == "disc":
            best = min(best, math.hypot(shape[0] - x, shape[1] - y) - width / 2.0)
        else:
            best = min(best, _poly_distance(shape, x, y))
        if best <= 0.0:
            return 0.0
    return max(best, 0.0)


def _segment_area(a, b, r):
    """Tk's TkLineToArea: 1 if segment a-b lies inside rectangle r, -1 if outside it, 0 if it crosses it."""
    x1, y1, x2, y2 = r
    inside = [x1 <= px <= x2 and y1 <= py <= y2 for px, py in (a, b)]
    if inside[0] != inside[1]:
        return 0
    if inside[0]:
        return 1
    return 0 if _seg_rect_dist(*a, *b, x1, y1, x2, y2) == 0 else -1


def _poly_area(pts, r):
    """Tk's TkPolygonToArea: 1 inside rectangle r, -1 outside, 0 across its edge (or holding it)."""
    n = len(pts)
    state = _segment_area(pts[0], pts[1 % n], r)
    if state == 0:
        return 0
    if any(_segment_area(pts[i], pts[(i + 1) % n], r) != state for i in range(1, n)):
        return 0
    if state == 1:
        return 1
    return 0 if _poly_distance(pts, r[0], r[1]) == 0.0 else -1


def _oval_area(box, r):
    """Tk's TkOvalToArea for an oval in `box` and rectangle r."""
    x1, y1, x2, y2 = r
    if x1 <= box[0] and x2 >= box[2] and y1 <= box[1] and y2 >= box[3]:
        return 1
    if x2 < box[0] or x1 > box[2] or y2 < box[1] or y1 > box[3]:
        return -1
    cx, cy, rx, ry = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, (box[2] - box[0]) / 2, (box[3] - box[1]) / 2
    dy = y1 - cy if y1 - cy >= 0 else max(cy - y2, 0.0)
    dy = (dy / ry) ** 2
    if ((x1 - cx) / rx) ** 2 + dy <= 1.0 or ((x2 - cx) / rx) ** 2 + dy <= 1.0:
        return 0
    dx = x1 - cx if x1 - cx >= 0 else max(cx - x2, 0.0)
    dx = (dx / rx) ** 2
    if dx + ((y1 - cy) / ry) ** 2 < 1.0 or dx + ((y2 - cy) / ry) ** 2 < 1.0:
        return 0
    return -1


def _line_area(it, r):
    """Tk's LineToArea (TkThickPolyLineToArea and the arrowheads): 1 inside rectangle r, -1 outside, 0 across."""
    p, width, _cap, _join = _line_shape(it)
    radius = width / 2.0
    inside = 1 if r[0] <= p[0][0] <= r[2] and r[1] <= p[0][1] <= r[3] else -1
    for kind, shape in _line_pieces(it):
        if kind == "disc":
            x, y = shape
            found = _oval_area((x - radius, y - radius, x + radius, y + radius), r)
        else:
            found = _poly_area(shape, r)
        if found != inside:
            return 0
    return inside


class _ArcShape:
    """What Tk's arc code works with (ComputeArcOutline): the oval's box and centre, the ends of the curve, the
    outline's width, whether the inside counts, and the polygons of the straight sides' outline."""

    def __init__(self, it):
        self.box = x1, y1, x2, y2 = _norm_rect(*it.coords)
        self.style = it.get("style") or "pieslice"
        self.start, self.extent = _tk_angle(it.get("start")), _tk_angle(it.get("extent"), False)
        drawn = it.get("outline") not in ("", None)
        self.line_width = it.width()
        self.width = self.line_width if drawn else 0.0
        self.filled = (it.get("fill") not in ("", None) and self.style != "arc") or not drawn  # (an "arc" is unfilled)
        self.centre = v = ((x1 + x2) / 2.0, (y1 + y2) / 2.0)
        a1 = -math.radians(self.start)
        a2 = a1 - math.radians(self.extent)
        w, h = x2 - x1, y2 - y1
        self.end1 = c1 = (v[0] + math.cos(a1) * w / 2.0, v[1] + math.sin(a1) * h / 2.0)
        self.end2 = c2 = (v[0] + math.cos(a2) * w / 2.0, v[1] + math.sin(a2) * h / 2.0)
        half = self.line_width / 2.0

        def corner(end, a):  # (the outline's outer corner at an end of the curve)
            dx, dy = h * math.cos(a), w * math.sin(a)
            turn = math.atan2(dy, dx) if (dx, dy) != (0.0, 0.0) else 0.0
            return (end[0] + math.cos(turn) * half, end[1] + math.sin(turn) * half)

        def shift(end, p, base):
            return (end[0] + p[0] - base[0], end[1] + p[1] - base[1])

        k1, k2 = corner(c1, a1), corner(c2, a2)
        if self.style == "chord":
            m1, m2 = _butt_points(c2, c1, self.line_width, False)
            self.outlines = [[k1, m2, shift(c2, m2, c1), k2, shift(c2, m1, c1), m1]]
        else:
            m1, m2 = _butt_points(c1, v, self.line_width, False)
            n1, n2 = _butt_points(c2, v, self.line_width, False)
            joint = m1 if self.extent > 180 or -180 < self.extent < 0 else m2
            self.outlines = [[m1, m2, shift(c1, m2, v), k1, shift(c1, m1, v)],
                             [n1, joint, n2, shift(c2, n2, v), k2, shift(c2, n1, v)]]

    def angle_in_range(self, x, y):
        """Tk's AngleInRange, for a point relative to the centre."""
        if x == 0.0 and y == 0.0:
            return True
        diff = math.degrees(-math.atan2(y, x)) - self.start
        while diff > 360.0:
            diff -= 360.0
        while diff < 0.0:
            diff += 360.0
        return diff <= self.extent if self.extent >= 0 else diff - 360.0 >= self.extent


def _arc_distance(arc, x, y):
    """Tk's ArcToPoint."""
    v = arc.centre
    x1, y1, x2, y2 = arc.box
    t1 = (y - v[1]) / (y2 - y1) if y2 != y1 else 0.0
    t2 = (x - v[0]) / (x2 - x1) if x2 != x1 else 0.0
    angle = 0.0 if t1 == 0.0 and t2 == 0.0 else -math.degrees(math.atan2(t1, t2))
    diff = math.fmod(angle - arc.start, 360.0)
    diff += 360.0 if diff < 0 else 0.0
    in_range = diff <= arc.extent or (arc.extent < 0 and diff - 360.0 >= arc.extent)
    if arc.style == "arc":
        if in_range:
            return _oval_distance(arc.box, arc.line_width, False, x, y)
        return min(math.hypot(x - arc.end1[0], y - arc.end1[1]), math.hypot(x - arc.end2[0], y - arc.end2[1]))
    if arc.style == "pieslice":
        if arc.width > 1.0:
            dist = min(_poly_distance(poly, x, y) for poly in arc.outlines)
        else:
            dist = min(_seg_dist(x, y, *v, *arc.end1), _seg_dist(x, y, *v, *arc.end2))
        if in_range:
            dist = min(dist, _oval_distance(arc.box, arc.width, arc.filled, x, y))
        return dist
    if arc.width > 1.0:
        dist = _poly_distance(arc.outlines[0], x, y)
    else:
        dist = _seg_dist(x, y, *arc.end1, *arc.end2)
    wedge = _poly_distance([v, arc.end1, arc.end2], x, y)
    wide = arc.extent < -180.0 or arc.extent > 180.0
    if in_range:
        if wide or wedge > 0.0:
            dist = min(dist, _oval_distance(arc.box, arc.width, arc.filled, x, y))
    elif wide and arc.filled:
        dist = min(dist, wedge)
    return dist


def _arc_area(arc, r):
    """Tk's ArcToArea."""
    v = arc.centre
    x1, y1, x2, y2 = r[0] - v[0], r[1] - v[1], r[2] - v[0], r[3] - v[1]
    rx = arc.box[2] - v[0] + arc.width / 2.0
    ry = arc.box[3] - v[1] + arc.width / 2.0
    a1 = -math.radians(arc.start)
    a2 = a1 - math.radians(arc.extent)
    points = [(rx * math.cos(a1), ry * math.sin(a1)), (rx * math.cos(a2), ry * math.sin(a2))]
    if arc.style == "pieslice" and arc.extent < 180.0:
        points.append((0.0, 0.0))
    for angle, point in ((0.0, (rx, 0.0)), (90.0, (0.0, -ry)), (180.0, (-rx, 0.0)), (270.0, (0.0, ry))):
        gap = angle - arc.start
        gap += 360.0 if gap < 0 else 0.0
        if gap < arc.extent or gap - 360 > arc.extent:
            points.append(point)
    inside = [x1 < px < x2 and y1 < py < y2 for px, py in points]
    if any(flag != inside[0] for flag in inside):
        return 0
    if inside[0]:
        return 1
    if arc.style == "pieslice":
        if arc.width >= 1.0:
            if any(_poly_area(poly, r) != -1 for poly in arc.outlines):
                return 0
        elif _segment_area(v, arc.end1, r) != -1 or _segment_area(v, arc.end2, r) != -1:
            return 0
    elif arc.style == "chord":
        if arc.width >= 1.0:
            if _poly_area(arc.outlines[0], r) != -1:
                return 0
        elif _segment_area(arc.end1, arc.end2, r) != -1:
            return 0

    def crosses(rx, ry):  # (Tk's HorizLineToArc and VertLineToArc for the rectangle's sides)
        if rx <= 0 or ry <= 0:
            return False
        for y in (y1, y2):
            ty = y / ry
            if 1 - ty * ty >= 0:
                tx = math.sqrt(1 - ty * ty)
                if any(x1 <= sx * tx * rx <= x2 and arc.angle_in_range(sx * tx, ty) for sx in (1, -1)):
                    return True
        for x in (x1, x2):
            tx = x / rx
            if 1 - tx * tx >= 0:
                ty = math.sqrt(1 - tx * tx)
                if any(y1 < sy * ty * ry < y2 and arc.angle_in_range(tx, sy * ty) for sy in (1, -1)):
                    return True
        return False

    if crosses(rx, ry) or (arc.width > 1.0 and not arc.filled and crosses(rx - arc.width, ry - arc.width)):
        return 0
    return 0 if _arc_distance(arc, r[0], r[1]) == 0.0 else -1


def _oval_distance(box, width, filled, x, y):
    """Tk's TkOvalToPoint: the distance from (x, y) to an oval drawn with an outline of `width`, measured in the
    circle the oval is stretched from (only an estimate for an eccentric oval, as in Tk)."""
    x1, y1, x2, y2 = box
    dx, dy = x - (x1 + x2) / 2.0, y - (y1 + y2) / 2.0
    to_centre = math.hypot(dx, dy)
    try:
        scaled = math.hypot(dx / ((x2 + width - x1) / 2.0), dy / ((y2 + width - y1) / 2.0))
    except ZeroDivisionError:
        return to_centre
    if scaled > 1.0:
        return to_centre / scaled * (scaled - 1.0)
    if filled:
        return 0.0
    if scaled > 1e-10:
        to_outline = to_centre / scaled * (1.0 - scaled) - width
    else:
        to_outline = (min(x2 - x1, y2 - y1) - width) / 2
    return max(to_outline, 0.0)


def _item_area(canvas, it, r):
    """1: the item lies inside rectangle r, 0: it overlaps r, -1: it is outside (Tk's area procedures)."""
    c = it.coords
    t = it.type
    x1, y1, x2, y2 = r
    half = _outline_width(it) / 2.0
    if t == "arc":
        return _arc_area(_ArcShape(it), r)
    if t in ("rectangle", "oval"):
        bx1, by1 = min(c[0], c[2]) - half, min(c[1], c[3]) - half
        bx2, by2 = max(c[0], c[2]) + half, max(c[1], c[3]) + half
        if bx1 >= x1 and by1 >= y1 and bx2 <= x2 and by2 <= y2:
            return 1
        if bx2 < x1 or bx1 > x2 or by2 < y1 or by1 > y2:
            return -1
        if t == "oval":
            # nearest point of the rectangle to the centre, tested against the (outline-grown) ellipse
            cx, cy = (bx1 + bx2) / 2, (by1 + by2) / 2
            rx, ry = (bx2 - bx1) / 2, (by2 - by1) / 2
            nx, ny = max(x1, min(cx, x2)), max(y1, min(cy, y2))
            if rx > 0 and ry > 0 and ((nx - cx) / rx) ** 2 + ((ny - cy) / ry) ** 2 > 1:
                return -1
            if not it.get("fill"):
                # an unfilled oval does not overlap a rectangle lying inside its hole
                ix, iy = rx - 2 * half, ry - 2 * half
                corners = [(x1, y1), (x1, y2), (x2, y1), (x2, y2)]
                if ix > 0 and iy > 0 and all(((px - cx) / ix) ** 2 + ((py - cy) / iy) ** 2 < 1 for px, py in corners):
                    return -1
            return 0
        if t == "rectangle" and not it.get("fill"):
            ix1, iy1, ix2, iy2 = bx1 + 2 * half, by1 + 2 * half, bx2 - 2 * half, by2 - 2 * half
            if x1 > ix1 and x2 < ix2 and y1 > iy1 and y2 < iy2:
                return -1
        return 0
    if t == "line":
        return _line_area(it, r)
    if t == "polygon":
        pts = list(zip(c[0::2], c[1::2], strict=False))
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        if min(xs) - half >= x1 and min(ys) - half >= y1 and max(xs) + half <= x2 and max(ys) + half <= y2:
            return 1
        # overlap: an edge comes within half the outline of the rectangle, or the rectangle is inside the filling
        for i in range(len(pts)):
            (ax, ay), (bx, by) = pts[i], pts[(i + 1) % len(pts)]
            if _seg_rect_dist(ax, ay, bx, by, x1, y1, x2, y2) <= half:
                return 0
        if it.get("fill") and _point_in_poly((x1 + x2) / 2, (y1 + y2) / 2, pts):
            return 0
        return -1
    b = _item_bbox(canvas, it)
    if b is None:
        return -1
    if b[0] >= x1 and b[1] >= y1 and b[2] <= x2 and b[3] <= y2:
        return 1
    if b[2] < x1 or b[0] > x2 or b[3] < y1 or b[1] > y2:
        return -1
    return 0


def _seg_rect_dist(ax, ay, bx, by, x1, y1, x2, y2):
    if (x1 <= ax <= x2 and y1 <= ay <= y2) or (x1 <= bx <= x2 and y1 <= by <= y2):
        return 0.0
    edges = [((x1, y1), (x2, y1)), ((x2, y1), (x2, y2)), ((x2, y2), (x1, y2)), ((x1, y2), (x1, y1))]
    for (cx, cy), (dx, dy) in edges:
        if _segs_intersect(ax, ay, bx, by, cx, cy, dx, dy):
            return 0.0
    d = min(_seg_dist(ax, ay, x1, y1, x2, y1), _seg_dist(ax, ay, x1, y2, x2, y2),
            _seg_dist(ax, ay, x1, y1, x1, y2), _seg_dist(ax, ay, x2, y1, x2, y2))
    d = min(d, _seg_dist(bx, by, x1, y1, x2, y1), _seg_dist(bx, by, x1, y2, x2, y2),
            _seg_dist(bx, by, x1, y1, x1, y2), _seg_dist(bx, by, x2, y1, x2, y2))
    for px, py in ((x1, y1), (x1, y2), (x2, y1), (x2, y2)):
        d = min(d, _seg_dist(px, py, ax, ay, bx, by))
    return d


def _segs_intersect(ax, ay, bx, by, cx, cy, dx, dy):
    def orient(px, py, qx, qy, rx, ry):
        v = (qx - px) * (ry - py) - (qy - py) * (rx - px)
        return (v > 0) - (v < 0)

    o1, o2 = orient(ax, ay, bx, by, cx, cy), orient(ax, ay, bx, by, dx, dy)
    o3, o4 = orient(cx, cy, dx, dy, ax, ay), orient(cx, cy, dx, dy, bx, by)
    return o1 != o2 and o3 != o4


_ = (getdouble, measure, metrics)
