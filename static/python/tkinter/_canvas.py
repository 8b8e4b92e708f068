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

    def _cget(self, name):
        value = super()._cget(name)
        if name == "scrollregion" and isinstance(value, (tuple, list)):
            return C.tcl_list(value)  # Tk keeps the region as the string it was given: '-200 -150 200 150'
        return value

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
                v = str(v) if v else None
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
                k = order.index(sids[0])
                order = order[:k]
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
            if key == "smooth":
                return "true" if str(v).lower() not in ("0", "false", "no", "off", "") else "0"
            if key in ("start", "extent", "angle"):
                return str(float(v))
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
        text = str(it.get("text"))
        if isinstance(index, int):
            return max(0, min(len(text), index))
        s = str(index)
        if s == "end":
            return len(text)
        if s == "insert":
            return getattr(self, "_icursor", {}).get(it.id, len(text))
        try:
            return max(0, min(len(text), int(s)))
        except ValueError:
            return len(text)

    def dchars(self, tagOrId, first=0, last=None):
        for i in self._ids(tagOrId):
            it = self._items[i]
            if it.type != "text":
                continue
            a = self._text_index(it, first)
            b = a if last is None else self._text_index(it, last)
            text = str(it.get("text"))
            self.itemconfigure(i, text=text[:a] + text[b + 1:])

    def insert(self, tagOrId, beforeThis, string):
        for i in self._ids(tagOrId):
            it = self._items[i]
            if it.type != "text":
                continue
            k = self._text_index(it, beforeThis)
            text = str(it.get("text"))
            self.itemconfigure(i, text=text[:k] + str(string) + text[k:])

    def index(self, tagOrId, index):
        it = self._first(tagOrId)
        if it is None or it.type != "text":
            raise TclError(f'can\'t find an indexable item "{tagOrId}"')
        return self._text_index(it, index)

    def icursor(self, tagOrId, index):
        self._icursor = getattr(self, "_icursor", {})
        for i in self._ids(tagOrId):
            it = self._items[i]
            if it.type == "text":
                self._icursor[i] = self._text_index(it, index)

    def focus(self, *args):
        if not args:
            return self._focus_item or ""
        ids = self._ids(args[0])
        self._focus_item = ids[0] if ids else None
        return None

    def select_adjust(self, tagOrId, index):
        return None

    def select_clear(self):
        return None

    def select_from(self, tagOrId, index):
        return None

    def select_item(self):
        return None

    def select_to(self, tagOrId, index):
        return None

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
        for axis in ("x", "y"):
            cmd = self._opts.get(axis + "scrollcommand")
            if cmd:
                f = self._view_fraction(axis)
                C._safe_call(self, call_command, cmd, f[0], f[1])

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
        return (f'<text x="{c[0]:g}" y="{c[1]:g}" fill="{fill or "none"}" font-family="{_xml_escape(fd["family"])}" '
                f'font-size="{fd["size"]}px" font-weight="{fd["weight"]}" text-anchor="{ta}" '
                f'dominant-baseline="{db}">{_xml_escape(str(it.get("text")))}</text>')
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
    arrow = it.get("arrow")
    if arrow in ("none", "", None) or len(it.coords) < 4:
        return []
    shape = [float(x) for x in _flatten([it.get("arrowshape")])]
    a, b, c = shape[0] + 0.001, shape[1] + 0.001, shape[2] + it.width() / 2.0 + 0.001
    polys = []
    pts = it.coords
    ends = []
    if arrow in ("first", "both"):
        ends.append((pts[0], pts[1], pts[2], pts[3]))
    if arrow in ("last", "both"):
        ends.append((pts[-2], pts[-1], pts[-4], pts[-3]))
    for px, py, qx, qy in ends:
        dx, dy = px - qx, py - qy
        length = math.hypot(dx, dy)
        if length == 0:
            sin_t = cos_t = 0.0
        else:
            sin_t, cos_t = dy / length, dx / length
        vert_x, vert_y = px - a * cos_t, py - a * sin_t
        tmp_x, tmp_y = px - b * cos_t, py - b * sin_t
        polys.append([(px, py), (tmp_x + c * sin_t, tmp_y - c * cos_t), (vert_x, vert_y),
                      (tmp_x - c * sin_t, tmp_y + c * cos_t)])
    return polys


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


def _text_box(canvas, it):
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
        xs, ys = c[0::2], c[1::2]
        x1, y1, x2, y2 = min(xs), min(ys), max(xs), max(ys)
        bx1, by1, bx2, by2 = _r(x1) - iw, _r(y1) - iw, _r(x2) + iw, _r(y2) + iw
        if it.get("capstyle") == "projecting":
            pass
        for poly in _arrow_polys(it):
            for px, py in poly:
                ix, iy = int(px + 0.5) if px >= 0 else int(px - 0.5), int(py + 0.5) if py >= 0 else int(py - 0.5)
                bx1, by1, bx2, by2 = min(bx1, ix), min(by1, iy), max(bx2, ix), max(by2, iy)
        return (bx1 - 1, by1 - 1, bx2 + 1, by2 + 1)
    if t == "polygon":
        w = _outline_width(it)
        grow = 1 + int((w + 1) / 2)
        xs, ys = c[0::2], c[1::2]
        return (_r(min(xs)) - grow, _r(min(ys)) - grow, _r(max(xs)) + grow, _r(max(ys)) + grow)
    if t == "arc":
        w = _outline_width(it)
        pts = _arc_points(it, 360)
        # Tk uses the true extreme points of the ellipse within the angle range, and the centre for pieslices
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        bloat = int((w + 1) / 2) + 1
        return (int(min(xs)) - bloat, int(min(ys)) - bloat, int(max(xs)) + bloat, int(max(ys)) + bloat)
    if t == "text":
        x, y, w, h = _text_box(canvas, it)
        return (x - 1, y, x + w + 1, y + h)
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
        pts = list(zip(c[0::2], c[1::2], strict=False))
        d = min(_seg_dist(x, y, *pts[i], *pts[i + 1]) for i in range(len(pts) - 1)) if len(pts) > 1 else 1e9
        for poly in _arrow_polys(it):
            if _point_in_poly(x, y, poly):
                return 0.0
        return max(0.0, d - max(it.width(), 1.0) / 2.0)
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
        x1, y1, x2, y2 = min(c[0], c[2]), min(c[1], c[3]), max(c[0], c[2]), max(c[1], c[3])
        cx, cy, rx, ry = (x1 + x2) / 2, (y1 + y2) / 2, (x2 - x1) / 2, (y2 - y1) / 2
        if rx <= 0 or ry <= 0:
            return math.hypot(x - cx, y - cy)
        r = math.hypot((x - cx) / rx, (y - cy) / ry)
        scale = min(rx, ry)
        edge = abs(r - 1.0) * scale
        if r <= 1.0 and it.get("fill"):
            return 0.0
        return max(0.0, edge - half)
    if t in ("polygon", "arc"):
        pts = list(zip(c[0::2], c[1::2], strict=False)) if t == "polygon" else _arc_points(it)
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


def _item_area(canvas, it, r):
    """1: the item lies inside rectangle r, 0: it overlaps r, -1: it is outside (Tk's area procedures)."""
    c = it.coords
    t = it.type
    x1, y1, x2, y2 = r
    half = _outline_width(it) / 2.0
    if t in ("rectangle", "oval", "arc"):
        bx1, by1 = min(c[0], c[2]) - half, min(c[1], c[3]) - half
        bx2, by2 = max(c[0], c[2]) + half, max(c[1], c[3]) + half
        if t == "arc":
            pts = _arc_points(it, 90)
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            bx1, by1, bx2, by2 = min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half
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
    if t in ("line", "polygon"):
        pts = list(zip(c[0::2], c[1::2], strict=False))
        grow = max(it.width(), 1.0) / 2.0 if t == "line" else half
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        extra = []
        for poly in (_arrow_polys(it) if t == "line" else []):
            extra.extend(poly)
        exs = xs + [p[0] for p in extra]
        eys = ys + [p[1] for p in extra]
        if min(exs) - grow >= x1 and min(eys) - grow >= y1 and max(exs) + grow <= x2 and max(eys) + grow <= y2:
            return 1
        # overlap: a segment comes within grow of the rectangle, or the rectangle is inside a filled polygon
        segs = [(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
        if t == "polygon":
            segs.append((pts[-1], pts[0]))
        for (ax, ay), (bx, by) in segs:
            if _seg_rect_dist(ax, ay, bx, by, x1, y1, x2, y2) <= grow:
                return 0
        if t == "polygon" and it.get("fill") and _point_in_poly((x1 + x2) / 2, (y1 + y2) / 2, pts):
            return 0
        for poly in (_arrow_polys(it) if t == "line" else []):
            if any(x1 <= px <= x2 and y1 <= py <= y2 for px, py in poly):
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
