"""tkinter.ttk: the themed widgets (drawn by the page in its theme; sizes follow Tk 8.6's 'default' theme)."""

from __future__ import annotations

import itertools
import math

import tkinter
from tkinter import _core as C
from tkinter import _ttkthemes
from tkinter import _widgets as W
from tkinter._core import TclError, call_command, get_display, getboolean, getdouble, measure, metrics, pixels

__version__ = "0.3.1"

__all__ = ["Button", "Checkbutton", "Combobox", "Entry", "Frame", "Label", "Labelframe", "LabelFrame", "Menubutton",
           "Notebook", "Panedwindow", "PanedWindow", "Progressbar", "Radiobutton", "Scale", "Scrollbar", "Separator",
           "Sizegrip", "Spinbox", "Style", "Treeview", "LabeledScale", "OptionMenu", "tclobjs_to_py",
           "setup_master"]


def tclobjs_to_py(adict):
    return dict(adict)


def setup_master(master=None):
    if master is None:
        master = C._get_default_root()
    return master


def _font(w):
    """A ttk widget's font: its -font option, else its style's (ttk.Style().configure(style, font=...))."""
    f = w._getopt("font") if "font" in w._table().specs else ""
    if not f and hasattr(w, "_style_get"):
        f = w._style_get("font")
    return C.font_display(f or "TkDefaultFont")


def _style_chain(name):
    """The styles a widget of style `name` takes its settings from: "Accent.TButton", "TButton", "."."""
    parts = [p for p in str(name).split(".") if p]
    return [".".join(parts[i:]) for i in range(len(parts))] + ["."]


# style settings the page draws: setting -> display option (PROTOCOL.md)
_STYLE_DISPLAY = {"background": "bg", "foreground": "fg", "font": "font", "fieldbackground": "fieldbackground",
                  "troughcolor": "troughcolor", "selectbackground": "selectbackground",
                  "selectforeground": "selectforeground", "insertcolor": "insertbackground"}
_ORIENTED = ("TScrollbar", "TScale", "TProgressbar")


def _padding(v):
    if v in ("", None):
        return (0, 0, 0, 0)
    vals = [pixels(x) for x in (v if isinstance(v, (list, tuple)) else str(v).split())]
    if len(vals) == 1:
        return (vals[0],) * 4
    if len(vals) == 2:
        return (vals[0], vals[1], vals[0], vals[1])
    if len(vals) == 3:
        return (vals[0], vals[1], vals[2], vals[1])
    return tuple(vals[:4])


class _StateMixin:
    """ttk state flags: active, disabled, focus, pressed, selected, background, readonly, alternate, invalid,
    hover. And the widget's style: the settings the program gave with ttk.Style() are resolved here (the style, then
    its parents: "Accent.TButton", "TButton", ".") and sent as the widget's display options; the widget's own
    options come first."""

    def _style_name(self):
        st = self._opts.get("style") if "style" in self._table().specs else ""
        if st:
            return str(st)
        if self._tkclass in _ORIENTED:
            vertical = str(self._getopt("orient")).startswith("v")
            return ("Vertical." if vertical else "Horizontal.") + self._tkclass
        return self._tkclass

    def _style_get(self, key, state=None):
        """The value the program's style settings give `key` (None: none does); with `state`, from Style.map."""
        theme = _theme()
        for name in _style_chain(self._style_name()):
            if state is None:
                v = theme.settings.get(name, {}).get(key)
                if v not in ("", None):
                    return v
            else:
                for spec in theme.maps.get(name, {}).get(key, ()):
                    spec = list(spec) if isinstance(spec, (list, tuple)) else [spec]
                    states, value = spec[:-1], spec[-1]
                    words = [w for st in states for w in (st.split() if isinstance(st, str) else st)]
                    if state in words and not any(w.startswith("!") for w in words):
                        return value
        return None

    def _style_display(self):
        out = {}
        specs = self._table().specs
        for key, disp in _STYLE_DISPLAY.items():
            if key in specs and self._opts.get(key) not in ("", None):
                continue  # the widget's own option wins
            v = self._style_get(key)
            if v is None:
                continue
            try:
                out[disp] = C.font_display(v) if key == "font" else C.color(v)
            except TclError:
                pass
        for key, disp in (("background", "activebackground"), ("foreground", "activeforeground")):
            v = self._style_get(key, "active")
            if v is not None:
                try:
                    out[disp] = C.color(v)
                except TclError:
                    pass
        return out

    def _initial_display_options(self):
        out = super()._initial_display_options()
        self._style_sent = self._style_display()
        out.update(self._style_sent)
        return out

    def _restyle(self):
        """Send the display options the styles now give (after Style().configure/map or -style changed)."""
        if not self._exists:
            return
        new = self._style_display()
        old = getattr(self, "_style_sent", {})
        diff = {k: v for k, v in new.items() if old.get(k) != v}
        own = {disp: key for key, disp in _STYLE_DISPLAY.items()}
        diff.update({k: None for k in old if k not in new and self._opts.get(own.get(k, k)) in ("", None)})
        self._style_sent = new
        if diff:
            get_display().send(["config", self._w, diff])
        C.schedule_layout()

    def _options_changed(self, changed):
        super()._options_changed(changed)
        if "style" in changed or changed.keys() & _STYLE_DISPLAY.keys():
            self._restyle()

    def _pad_box(self):
        """The padding that replaces the class's default style padding: the -padding option, else the one the
        program's styles set; None: neither (the default, in the class's size formula, stays)."""
        if "padding" in self._table().specs and self._opts.get("padding") not in ("", None):
            return _padding(self._opts["padding"])
        v = _lookup(self._style_name(), "padding")
        return None if v is None else _padding(v)

    def _theme_delta(self, key):
        """How much bigger than in the 'default' theme (whose formulas the classes use) a widget of class `key`
        ("TButton", "Vertical.TScrollbar") is in the current theme (as measured on Tk: scripts/gen_ttk_themes.py)."""
        return _theme().size_delta.get(key, (0, 0))

    def _flags(self):
        if not hasattr(self, "_stateflags"):
            self._stateflags = set()
            if self._opts.get("state") not in (None, ""):
                self._compat_state(self._opts["state"])
        return self._stateflags

    def _compat_state(self, value):
        # the -state option of ttk widgets sets one of these flags and clears the others (ttk's compat state)
        flags = self._flags()
        flags.difference_update(("disabled", "readonly", "active"))
        if str(value) in ("disabled", "readonly", "active"):
            flags.add(str(value))

    def state(self, statespec=None):
        flags = self._flags()
        if statespec is None:
            return tuple(sorted(flags))
        spec = statespec.split() if isinstance(statespec, str) else list(statespec)
        old = set(flags)
        for s in spec:
            if s.startswith("!"):
                flags.discard(s[1:])
            else:
                flags.add(s)
        changes = tuple(("!" + f if f in (flags - old) else f) for f in sorted((flags - old) | (old - flags)))
        get_display().send(["config", self._w, {"stateflags": sorted(flags)}])
        return changes

    def instate(self, statespec, callback=None, *args, **kw):
        flags = self._flags()
        spec = statespec.split() if isinstance(statespec, str) else list(statespec)
        ok = all((s[1:] not in flags) if s.startswith("!") else (s in flags) for s in spec)
        if ok and callback is not None:
            return callback(*args, **kw)
        return ok

    def identify(self, x, y):
        return ""

    def _disabled(self):
        # (the state flag: state(["!disabled"]) enables a widget whose -state option still says disabled)
        return "disabled" in self._flags()


class Widget(_StateMixin, tkinter.Widget):
    """Base of ttk widgets."""

    _tkclass = "TFrame"

    def __init__(self, master, widgetname, kw=None):
        tkinter.Widget.__init__(self, master, widgetname, kw or {})

    def _validate_option(self, name, v):
        if name == "state":
            return v
        return super()._validate_option(name, v)

    def _options_changed(self, changed):
        if "state" in changed:
            self._compat_state(changed["state"])
        super()._options_changed(changed)

    def _set_options(self, opts, creating=False):
        changed = super()._set_options(opts, creating)
        if not creating and "state" not in changed and "state" in (C._norm_key(k) for k in opts):
            self._compat_state(self._opts["state"])  # (Tk applies -state each time it is given, even unchanged)
            get_display().send(["config", self._w, {"stateflags": sorted(self._flags())}])
        return changed

    def _label_size(self, extra_w, extra_h, min_chars=0):
        fd = _font(self)
        m = metrics(fd)
        text = str(self._getopt("text")) if "text" in self._table().specs else ""
        _lines, tw, th = C.text_layout(fd, text, pixels(self._getopt("wraplength") or 0)
                                       if "wraplength" in self._table().specs else 0)
        th = max(th, m["linespace"])
        width = self._getopt("width") if "width" in self._table().specs else ""
        if width in ("", None):
            width = _lookup(self._style_name(), "width")  # (TButton: -9, at least 9 characters; clam: -11)
        avg = measure(fd, "0")
        if width not in ("", None):
            wc = C.getint(width)
            if wc > 0:
                tw = wc * avg
            elif wc < 0:
                tw = max(tw, -wc * avg)
        img = self._opts.get("image")
        if img:
            im = C._loop.images.get(str(img if not isinstance(img, (list, tuple)) else img[0]))
            if im is not None:
                comp = self._getopt("compound") if "compound" in self._table().specs else ""
                if comp in ("", "none", None) or not text:
                    tw, th = im.width(), im.height()
                elif comp in ("left", "right"):
                    tw, th = tw + im.width() + 4, max(th, im.height())
                else:
                    tw, th = max(tw, im.width()), th + im.height() + 4
        # extra_w/extra_h hold the 'default' theme's padding of the class; the current theme's differs by its size
        # delta, and a -padding option or a style's padding replaces the theme's
        dw, dh = self._theme_delta(self._tkclass)
        extra_w += dw
        extra_h += dh
        pad = self._pad_box() or (0, 0, 0, 0)
        dl, dt, dr, db = self._default_pad()
        extra_w += pad[0] + pad[2] - dl - dr
        extra_h += pad[1] + pad[3] - dt - db
        return (tw + extra_w, th + extra_h)

    def _default_pad(self):
        """The current theme's own padding of the class (what its size delta was measured with)."""
        v = _lookup(self._tkclass, "padding", builtin_only=True)
        return (0, 0, 0, 0) if v is None else _padding(v)


class _TextVarTtk(W._TextVarMixin):
    pass


class Label(_TextVarTtk, Widget):
    _tkclass = "TLabel"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::label", kw)

    def _after_create(self, cnf):
        if self._opts.get("textvariable"):
            self._bind_textvariable()

    def _options_changed(self, changed):
        if "textvariable" in changed:
            self._bind_textvariable()
        super()._options_changed(changed)

    def _natural_size(self):
        return self._label_size(2, 2)


class Button(Label):
    _tkclass = "TButton"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::button", kw)

    def _natural_size(self):
        return self._label_size(11, 11)

    def invoke(self):
        if self._disabled():
            return ""
        return call_command(self._getopt("command"))

    def _pyroom_event_Invoke(self, d):
        C._safe_call(self, self.invoke)


class Checkbutton(Label):
    _tkclass = "TCheckbutton"
    _extra = 18

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::checkbutton", kw)

    def _after_create(self, cnf):
        super()._after_create(cnf)
        self._bind_variable()

    _bind_variable = W.Checkbutton._bind_variable
    _var_watch = W.Checkbutton._var_watch

    def _var_default_name(self):
        return self._name

    def _selected(self):
        return W._same_value(self._var._raw(), self._getopt("onvalue"))

    def _flags(self):
        flags = super()._flags()
        if getattr(self, "_var", None) is not None:  # ttk's "selected" state follows the variable
            if self._selected():
                flags.add("selected")
            else:
                flags.discard("selected")
        return flags

    def _options_changed(self, changed):
        if "variable" in changed:
            self._bind_variable()
        super()._options_changed(changed)

    def _natural_size(self):
        return self._label_size(self._extra, 4)

    def invoke(self):
        if self._disabled():
            return ""
        if self._selected():
            self._var.set(W._tcl_str(self._getopt("offvalue")))
        else:
            self._var.set(W._tcl_str(self._getopt("onvalue")))
        return call_command(self._getopt("command"))

    def _pyroom_event_Invoke(self, d):
        C._safe_call(self, self.invoke)


class Radiobutton(Checkbutton):
    _tkclass = "TRadiobutton"
    _extra = 21

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::radiobutton", kw)

    def _var_default_name(self):
        return "::selectedButton"

    def _selected(self):
        return W._same_value(self._var._raw(), self._getopt("value"))

    def invoke(self):
        if self._disabled():
            return ""
        self._var.set(self._getopt("value"))
        return call_command(self._getopt("command"))


class Entry(_StateMixin, W.Entry):
    _tkclass = "TEntry"

    def __init__(self, master=None, widget=None, **kw):
        tkinter.Widget.__init__(self, master, "ttk::entry", kw)

    def _validate_option(self, name, v):
        if name == "state":
            return v
        return tkinter.Widget._validate_option(self, name, v)

    def _natural_size(self):
        fd = _font(self)
        dw, dh = self._theme_delta("TEntry")
        return (C.getint(self._getopt("width")) * measure(fd, "0") + 4 + dw, metrics(fd)["linespace"] + 4 + dh)

    def bbox(self, index):
        return (0, 0, 0, 0)

    def _text_inset(self):
        return None  # (the theme's padding: its view is not modelled)

    def validate(self):
        return self._validate(self._text, "forced", -1, "")


class Combobox(Entry):
    _tkclass = "TCombobox"

    def __init__(self, master=None, **kw):
        tkinter.Widget.__init__(self, master, "ttk::combobox", kw)

    def _values(self):
        v = self._getopt("values")
        if not v:
            return []
        return [str(x) for x in (v if isinstance(v, (list, tuple)) else C.split_list(v))]

    def _display_options(self, names):
        out = super()._display_options(names)
        if "values" in names:
            out["values"] = self._values()
        return out

    def _initial_display_options(self):
        out = super()._initial_display_options()
        out["values"] = self._values()
        return out

    def _natural_size(self):
        fd = _font(self)
        dw, dh = self._theme_delta("TCombobox")
        return (C.getint(self._getopt("width")) * measure(fd, "0") + 17 + dw, metrics(fd)["linespace"] + 4 + dh)

    def current(self, newindex=None):
        vals = self._values()
        if newindex is None:
            try:
                return vals.index(self._text)
            except ValueError:
                return -1
        i = int(newindex)
        if not 0 <= i < len(vals):
            raise TclError(f'index "{newindex}" out of range')
        self.set(vals[i])
        return None

    def set(self, value):
        self._set_text(str(value))
        self._cursor = len(self._text)
        self._send_value()

    def _pyroom_event_Select(self, d):
        vals = self._values()
        sel = d.get("value") or []
        if sel:
            i = int(sel[0])
            if 0 <= i < len(vals):
                self.set(vals[i])
                self.event_generate("<<ComboboxSelected>>")


class Spinbox(_StateMixin, W.Spinbox):
    _tkclass = "TSpinbox"
    _sets_own_value = False

    def __init__(self, master=None, **kw):
        tkinter.Widget.__init__(self, master, "ttk::spinbox", kw)

    def _validate_option(self, name, v):
        if name == "state":
            return v
        return tkinter.Widget._validate_option(self, name, v)

    def _natural_size(self):
        fd = _font(self)
        dw, dh = self._theme_delta("TSpinbox")
        return (C.getint(self._getopt("width")) * measure(fd, "0") + 25 + dw, metrics(fd)["linespace"] + 3 + dh)

    def set(self, value):
        self._set_text(str(value))
        self._send_value()

    def invoke(self, element):
        # (the page's arrows: ttk's bindings generate the virtual event, whose class binding steps the value)
        self.event_generate("<<Increment>>" if element == "buttonup" else "<<Decrement>>")

    def _pyroom_class_virtual(self, name):
        """ttk/spinbox.tcl: <<Increment>> and <<Decrement>> step through -values, else by -increment from -from to
        -to (wrapping with -wrap), formatted by -format (else with the increment's decimals); then -command."""
        if name not in ("<<Increment>>", "<<Decrement>>"):
            return super()._pyroom_class_virtual(name)
        if self.instate(["disabled"]):
            return None
        step = 1 if name == "<<Increment>>" else -1
        vals = self._values()
        if vals:
            i = (vals.index(self._text) if self._text in vals else -1) + step
            self.set(vals[self._adjust(i, 0, len(vals) - 1)])
        else:
            lo, hi = getdouble(self._getopt("from")), getdouble(self._getopt("to"))
            inc = getdouble(self._getopt("increment"))
            try:
                v = float(self._text.split()[0]) + step * inc
            except (ValueError, IndexError):
                v = lo
            fmt = str(self._getopt("format") or "")
            if not fmt:
                fmt = f"%.{math.ceil(-math.log10(abs(inc)))}f" if 0 < abs(inc) < 1 else "%.0f"
            self.set(fmt % self._adjust(v, lo, hi))
        self.selection_range(0, "end")
        C._safe_call(self, call_command, self._getopt("command"))
        return None

    def _adjust(self, v, lo, hi):
        if getboolean(self._getopt("wrap")):
            return hi if v < lo else lo if v > hi else v
        return min(max(v, lo), hi)


class Frame(Widget):
    _tkclass = "TFrame"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::frame", kw)

    def _internal_border(self):
        b = pixels(self._getopt("borderwidth") or 0)
        pl, pt, pr, pb = _padding(self._getopt("padding"))
        return (b + pl, b + pt, b + pr, b + pb)

    def _natural_size(self):
        w, h = pixels(self._getopt("width")), pixels(self._getopt("height"))
        return (w if w > 0 else 1, h if h > 0 else 1)


class Labelframe(Frame):
    _tkclass = "TLabelframe"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::labelframe", kw)

    def _label_h(self):
        text = str(self._getopt("text"))
        if not text:
            return 0, 0
        fd = _font(self)
        return measure(fd, text), metrics(fd)["linespace"]

    def _internal_border(self):
        b = max(2, pixels(self._getopt("borderwidth") or 2))
        pl, pt, pr, pb = _padding(self._getopt("padding"))
        lw, lh = self._label_h()
        grow = self._theme_delta("TLabelframe")[1]  # (clam: the label sits outside the border, 4 px above it)
        return (b + pl, (lh + 2 if lh else b) + pt + grow, b + pr, b + pb)

    def _min_request(self):
        lw, lh = self._label_h()
        return (lw + 20 if lw else 0, 0)


LabelFrame = Labelframe


class Menubutton(Label):
    _tkclass = "TMenubutton"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::menubutton", kw)

    def _natural_size(self):
        return self._label_size(49, 10)

    def _initial_display_options(self):
        out = super()._initial_display_options()
        out["menu"] = str(self._getopt("menu")) or None
        return out


class Notebook(Widget):
    """ttk::notebook: tabs, one selected (its page placed in the client area, the others unmapped where they were
    last placed). As ttkNotebook.c: selecting a tab, or the notebook choosing the nearest usable one when the
    selected tab is hidden or removed, queues <<NotebookTabChanged>>; a disabled tab cannot be selected."""

    _tkclass = "TNotebook"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::notebook", kw)

    def _init_widget(self):
        self._tabs = []  # [(widget, opts)]
        self._current = None

    def _find_tab(self, tab_id):
        """Tk's FindTabIndex: the index of a tab (a widget, its path, an index, "current"); -1: none."""
        n = len(self._tabs)
        if isinstance(tab_id, C.Misc):
            for i, (w, _o) in enumerate(self._tabs):
                if w is tab_id:
                    return i
            raise TclError(f"{tab_id} is not managed by {self._w}")
        s = str(tab_id)
        if s == "current":
            return self._current if self._current is not None else -1
        if s.lstrip("-").isdigit():
            i = int(s)
            if not 0 <= i < n:
                raise TclError(f"Slave index {i} out of bounds")
            return i
        for i, (w, _o) in enumerate(self._tabs):
            if w._w == s:
                return i
        if s.startswith("."):
            raise TclError(f"{s} is not managed by {self._w}")
        raise TclError(f'Invalid slave specification {s}')

    def _tab(self, tab_id):
        """Tk's GetTabIndex: an existing tab's index."""
        i = self._find_tab(tab_id)
        if i < 0:
            raise TclError(f"tab '{tab_id}' not found")
        return i

    def _send_tabs(self):
        tabs = [{"widget": w._w, "text": str(o.get("text", "")), "state": o.get("state", "normal"),
                 "image": str(o["image"]) if o.get("image") else None, "underline": o.get("underline", -1)}
                for w, o in self._tabs]
        get_display().send(["config", self._w, {"tabs": tabs, "current": self._current}])
        C.schedule_layout()

    def _changed(self):
        send = getattr(self, "_generate", None) or self.event_generate  # (a widget's own event: sent even before
        send("<<NotebookTabChanged>>", when="tail")  # its window exists; Tk queues it)

    def _select_tab(self, i):
        """Tk's SelectTab: the page is placed at once (and keeps that geometry when another tab is selected)."""
        o = self._tabs[i][1]
        if i == self._current or o.get("state") == "disabled":
            return
        if o.get("state") == "hidden":
            o["state"] = "normal"
        self._current = i
        if self._geom is not None:
            child = self._tabs[i][0]
            box = self._page_box(self._geom[2], self._geom[3], o)
            if child._exists and box[2] > 0 and box[3] > 0:
                C._geometry._set_geom(C, child, *box)
        self._changed()

    def _select_nearest(self):
        """Tk's SelectNearestTab, when the selected tab is hidden, disabled or removed: the next usable tab after
        it, else the nearest one before it, else none."""
        cur = self._current
        usable = [k for k, (_w, o) in enumerate(self._tabs) if o.get("state") == "normal" and k != cur]
        nxt = next((k for k in usable if k > cur), None)
        if nxt is None:
            nxt = next((k for k in reversed(usable) if k < cur), None)
        if nxt != cur:
            self._changed()
        self._current = nxt

    def _insert_tab(self, dest, child, kw):
        """Tk's AddTab."""
        opts = {"padding": [0], "sticky": "nsew", "state": "normal", "text": "", "image": "", "compound": "",
                "underline": -1}
        for k, v in kw.items():
            k = C._norm_key(k)
            if k not in opts:
                raise TclError(f'unknown option "-{k}"')
            opts[k] = v
        child._set_manager("notebook")
        self._tabs.insert(dest, (child, opts))
        if self._current is None:
            self._select_tab(dest)
        elif self._current >= dest:
            self._current += 1
        self._send_tabs()

    def _configure_tab(self, o, kw):
        for k, v in kw.items():
            k = C._norm_key(k)
            if k not in o:
                raise TclError(f'unknown option "-{k}"')
            o[k] = v

    def add(self, child, **kw):
        for w, o in self._tabs:
            if w is child:
                if o.get("state") == "hidden":
                    o["state"] = "normal"
                self._configure_tab(o, kw)
                self._send_tabs()
                return
        self._insert_tab(len(self._tabs), child, kw)

    def forget(self, tab_id):
        i = self._tab(tab_id)
        if i == self._current:
            self._select_nearest()
        if self._current is not None and i < self._current:
            self._current -= 1
        w, _o = self._tabs.pop(i)
        w._manager = None
        if w._mapped:
            get_display().send(["unmap", w._w])
            w._mapped = False
        self._send_tabs()

    def hide(self, tab_id):
        i = self._tab(tab_id)
        self._tabs[i][1]["state"] = "hidden"
        if i == self._current:
            self._select_nearest()
        self._send_tabs()

    def identify(self, x, y):
        return ""

    def index(self, tab_id):
        if str(tab_id) == "end":
            return len(self._tabs)
        i = self._find_tab(tab_id)
        if i < 0:
            raise TclError('expected integer but got ""')  # (Tk answers "": tkinter's getint fails)
        return i

    def insert(self, pos, child, **kw):
        n = len(self._tabs)
        dest = n if str(pos) == "end" else self._tab(pos)
        src = next((k for k, (w, _o) in enumerate(self._tabs) if w is child), None)
        if src is None:
            if isinstance(child, C.Misc) or str(child).startswith("."):
                self._insert_tab(dest, child, kw)
                return
            src = self._tab(child)
        self._configure_tab(self._tabs[src][1], kw)
        dest = min(dest, n - 1)
        self._tabs.insert(dest, self._tabs.pop(src))
        cur = self._current
        if cur is not None:
            if cur == src:
                self._current = dest
            elif dest <= cur < src:
                self._current = cur + 1
            elif src < cur <= dest:
                self._current = cur - 1
        self._send_tabs()

    def select(self, tab_id=None):
        if tab_id is None:
            return self._tabs[self._current][0]._w if self._current is not None else ""
        self._select_tab(self._tab(tab_id))
        self._send_tabs()
        return None

    def tab(self, tab_id, option=None, **kw):
        i = self._tab(tab_id)
        o = self._tabs[i][1]
        if option is not None:
            key = C._norm_key(option)
            if key not in o:
                raise TclError(f'unknown option "-{key}"')
            return o[key]
        if not kw:
            out = dict(o)
            pad = out.get("padding")
            out["padding"] = [pixels(v) for v in (pad if isinstance(pad, (list, tuple)) else str(pad).split())]
            return out
        self._configure_tab(o, kw)
        if i == self._current and o.get("state") != "normal":
            self._select_nearest()
        self._send_tabs()
        return None

    def tabs(self):
        return tuple(w._w for w, _o in self._tabs)

    def enable_traversal(self):
        return None

    def _tab_height(self):
        fd = _font(self)
        return metrics(fd)["linespace"] + 7 if self._tabs else 0

    def _natural_size(self):
        w = h = 0
        for child, o in self._tabs:
            rw, rh = C._geometry.reqsize(child)
            pl, pt, pr, pb = _padding(o.get("padding", 0))
            w = max(w, rw + pl + pr)
            h = max(h, rh + pt + pb)
        wo, ho = pixels(self._getopt("width") or 0), pixels(self._getopt("height") or 0)
        if wo > 0:
            w = wo
        if ho > 0:
            h = ho
        # the tab strip: each tab is its text plus 12 px (at least 24 px), plus 2 px of margins (default theme)
        fd = _font(self)
        shown = [o for _c, o in self._tabs if o.get("state") != "hidden"]
        # the theme's client border, each tab's growth and the strip's (measured with 1 and 3 tabs)
        bw, bh = self._theme_delta("TNotebook")
        one, three = self._theme_delta("TNotebook.Tab")[0], self._theme_delta("TNotebook.Tab3")[0]
        per_tab = (three - one) // 2
        strip = sum(max(measure(fd, str(o.get("text", ""))) + 12 + per_tab, 24) for o in shown)
        return (max(w + 2 + bw, strip + 2 + one - per_tab if self._tabs else 0), h + self._tab_height() + 2 + bh)

    def _page_box(self, W_, H, o):
        th = self._tab_height()
        pl, pt, pr, pb = _padding(o.get("padding", 0))
        bw, bh = self._theme_delta("TNotebook")
        side = 1 + bw // 2  # (the client border: 1 px in the default theme; clam's is 2)
        top = th + 1 + bh - bw // 2
        return (side + pl, top + pt, W_ - 2 * side - pl - pr, H - top - side - pt - pb)

    def _custom_arrange(self, W_, H, out):
        for i, (child, o) in enumerate(self._tabs):
            if i == self._current and child._exists:
                out.append((child, *self._page_box(W_, H, o)))
            elif child._exists:
                if child._mapped:
                    get_display().send(["unmap", child._w])
                    child._mapped = False
                if child._geom is not None:
                    C._geometry._arrange(C, child)  # (a page placed before keeps its geometry: Tk lays it out)

    def _pyroom_event_Select(self, d):
        sel = d.get("value") or []
        if sel:
            self.select(int(sel[0]))


class Panedwindow(Widget):
    """ttk::panedwindow: each pane has a request size and the position of the sash after it; its layout
    (ComputePositions, PlacePanes) and `sashpos` (ShoveUp, ShoveDown, AdjustPanes) follow ttkPanedwindow.c. The
    reader drags sashes in the page (a Sash event: ttk/panedwindow.tcl's `sashpos`)."""

    _tkclass = "TPanedwindow"
    @property
    def _SASH(self):  # the sash thickness: 5 in the default theme (its Sash element), as the theme has it else
        v = _theme().settings.get("Sash", {}).get("sashthickness")
        return 5 + self._theme_delta("TPanedwindow")[0] if v in (None, "") else pixels(v)

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::panedwindow", kw)

    def _init_widget(self):
        self._panes = []  # [[widget, opts, reqSize (None: not yet read), sashPos, the window's last request]]

    def _horizontal(self):
        return str(self._getopt("orient")).startswith("h")

    def _live(self):
        return [p for p in self._panes if p[0]._exists and p[0]._manager == "panedwindow"]

    def _pane_of(self, pane):
        if isinstance(pane, int) or (isinstance(pane, str) and pane.isdigit()):
            live = self._live()
            i = int(pane)
            if not 0 <= i < len(live):
                raise TclError(f'Slave index {pane} out of bounds')
            return live[i]
        for p in self._live():
            if p[0] is pane or p[0]._w == str(pane):
                return p
        raise TclError(f"{pane} is not managed by {self._w}")

    def add(self, child, **kw):
        self.insert("end", child, **kw)

    def insert(self, pos, child, **kw):
        old = next((p for p in self._live() if p[0] is child), None)
        live = self._live()
        idx = len(live) if str(pos) == "end" else live.index(self._pane_of(pos))
        opts = old[1] if old else {"weight": 0}
        opts.update({C._norm_key(k): v for k, v in kw.items()})
        if C.getint(opts.get("weight", 0)) < 0:
            raise TclError("-weight must be nonnegative")
        if old is not None:
            self._panes.remove(old)
            idx = min(idx, len(self._live()))
        entry = old or [child, opts, None, 0, None]
        live = self._live()
        at = self._panes.index(live[idx]) if idx < len(live) else len(self._panes)
        self._panes.insert(at, entry)
        child._set_manager("panedwindow")
        C.schedule_layout()

    def forget(self, pane):
        p = self._pane_of(pane)
        self._panes.remove(p)
        p[0]._manager = None
        if p[0]._mapped:
            get_display().send(["unmap", p[0]._w])
            p[0]._mapped = False
        C.schedule_layout()

    remove = forget

    def pane(self, pane, option=None, **kw):
        p = self._pane_of(pane)
        if option is not None:
            return p[1].get(C._norm_key(option).lstrip("-"))
        if not kw:
            return dict(p[1])
        p[1].update({C._norm_key(k): v for k, v in kw.items()})
        C.schedule_layout()
        return None

    def panes(self):
        return tuple(p[0]._w for p in self._live())

    def _req(self, p):
        """The pane's request size: its window's request when added, and after each new request the window makes
        while unmapped (ttk ignores requests of mapped panes, so panes stay put while the reader drags)."""
        r = C._geometry.reqsize(p[0])
        if p[2] is None or (r != p[4] and not p[0]._mapped):
            p[2] = r[0] if self._horizontal() else r[1]
        p[4] = r
        return p[2]

    def _natural_size(self):
        horiz = self._horizontal()
        live = self._live()
        along = sum(self._req(p) for p in live) + self._SASH * max(0, len(live) - 1)
        across = max((C._geometry.reqsize(p[0])[1 if horiz else 0] for p in live), default=0)
        w, h = (along, across) if horiz else (across, along)
        wopt = pixels(self._getopt("width") or 0) if "width" in self._table().specs else 0
        hopt = pixels(self._getopt("height") or 0) if "height" in self._table().specs else 0
        return (wopt if wopt > 0 else max(w, 1), hopt if hopt > 0 else max(h, 1))

    def _shove_up(self, live, i, pos):
        if i == 0:
            pos = max(pos, 0)
        elif pos < live[i - 1][3] + self._SASH:
            pos = self._shove_up(live, i - 1, pos - self._SASH) + self._SASH
        live[i][3] = pos
        return pos

    def _shove_down(self, live, i, pos):
        if i == len(live) - 1:
            pos = live[i][3]  # the sentinel: the window's size
        elif pos + self._SASH > live[i + 1][3]:
            pos = self._shove_down(live, i + 1, pos + self._SASH) - self._SASH
        live[i][3] = pos
        return pos

    def _custom_arrange(self, W, H, out):
        live = self._live()
        if not live:
            return
        horiz = self._horizontal()
        available = W if horiz else H
        # ComputePositions: request sizes plus the difference shared by weight (collapsed panes keep 0)
        weights = [C.getint(p[1].get("weight", 0)) * (self._req(p) != 0) for p in live]
        total = sum(weights)
        diff = available - sum(self._req(p) for p in live) - self._SASH * (len(live) - 1)
        delta, rem = divmod(diff, total) if total else (0, 0)
        pos = 0
        for p, weight in zip(live, weights, strict=True):
            size = p[2] + delta * weight
            weight = min(weight, rem)
            rem -= weight
            size = max(0, size + weight)
            pos += size
            p[3] = pos
            pos += self._SASH
        self._shove_up(live, len(live) - 1, available)
        # PlacePanes
        pos = 0
        for p in live:
            size = p[3] - pos
            if size > 0:
                out.append((p[0], pos, 0, size, H) if horiz else (p[0], 0, pos, W, size))
            elif p[0]._mapped:
                get_display().send(["unmap", p[0]._w])
                p[0]._mapped = False
            pos = p[3] + self._SASH
        sashes = [[p[3], 0] if horiz else [0, p[3]] for p in live[:-1]]
        if sashes != getattr(self, "_sent_sashes", None):
            self._sent_sashes = sashes
            get_display().send(["config", self._w, {"sashes": sashes, "sashwidth": self._SASH}])

    def sashpos(self, index, newpos=None):
        live = self._live()
        i = int(index)
        if not 0 <= i < len(live) - 1:
            raise TclError(f"sash index {index} out of range")
        if newpos is None:
            return live[i][3]
        newpos = int(newpos)
        if newpos < live[i][3]:
            self._shove_up(live, i, newpos)
        else:
            self._shove_down(live, i, newpos)
        # AdjustPanes: the request sizes become the sizes, so the panes stay put at the next layout
        pos = 0
        for p in live:
            p[2] = max(0, p[3] - pos)
            pos = p[3] + self._SASH
        C.schedule_layout()
        return live[i][3]

    def identify(self, x, y):
        pos = int(x) if self._horizontal() else int(y)
        for i, p in enumerate(self._live()[:-1]):
            if p[3] <= pos <= p[3] + self._SASH:
                return i
        return ""

    def _pyroom_event_Sash(self, d):
        # the reader dragged sash `index` (ttk/panedwindow.tcl: `sashpos` to where the pointer took it)
        try:
            self.sashpos(int(d["index"]), int(d.get("x", 0) if self._horizontal() else d.get("y", 0)))
        except TclError:
            pass


PanedWindow = Panedwindow


class Progressbar(Widget):
    _tkclass = "TProgressbar"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::progressbar", kw)

    def _init_widget(self):
        self._timer = None
        self._var = None

    def _after_create(self, cnf):
        if self._opts.get("variable"):
            self._bind_var()

    def _bind_var(self):
        self._var = C.get_variable(self._opts.get("variable"), self, C.DoubleVar)
        if self._var is not None:
            self._var._watchers.append(self._var_watch)
            self._var_watch(self._var)

    def _var_watch(self, var):
        try:
            self._opts["value"] = getdouble(var._raw())
        except TclError:
            return
        get_display().send(["config", self._w, {"value": self._opts["value"]}])

    def _options_changed(self, changed):
        if "variable" in changed:
            self._bind_var()
        if "value" in changed and self._var is not None:
            self._var.set(changed["value"])
        super()._options_changed(changed)

    def _natural_size(self):
        length = pixels(self._getopt("length"))
        dw, dh = self._theme_delta(self._style_name())
        if str(self._getopt("orient")).startswith("h"):
            return (length + dw, 19 + dh)
        return (19 + dw, length + dh)

    def step(self, amount=None):
        amount = 1.0 if amount is None else getdouble(amount)
        v = getdouble(self._getopt("value")) + amount
        mx = getdouble(self._getopt("maximum"))
        if self._getopt("mode") == "indeterminate" or v >= mx:
            v = v % mx if mx else v
        self.configure(value=v)

    def start(self, interval=None):
        interval = int(interval or 50)
        self.stop()

        def tick():
            if not self._exists:
                return
            self.step()
            self._timer = C.after(interval, tick)

        self._timer = C.after(interval, tick)

    def stop(self):
        if self._timer:
            C.after_cancel(self._timer)
            self._timer = None


class Scale(Widget):
    _tkclass = "TScale"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::scale", kw)

    def _init_widget(self):
        self._var = None

    def _after_create(self, cnf):
        if self._opts.get("variable"):
            self._var = C.get_variable(self._opts.get("variable"), self, C.DoubleVar)
            self._var._watchers.append(self._var_watch)
            self._var_watch(self._var)

    def _var_watch(self, var):
        try:
            self._opts["value"] = getdouble(var._raw())
        except TclError:
            return
        get_display().send(["config", self._w, {"value": self._opts["value"]}])

    def _natural_size(self):
        length = pixels(self._getopt("length"))
        dw, dh = self._theme_delta(self._style_name())
        if str(self._getopt("orient")).startswith("h"):
            return (length + dw, 17 + dh)
        return (17 + dw, length + dh)

    def get(self, x=None, y=None):
        v = self._getopt("value")
        return v if type(v) in (int, float) else getdouble(v)  # (a -value configured is given back as it was)

    def set(self, value):
        self._apply(getdouble(value))

    def configure(self, cnf=None, **kw):
        r = Widget.configure(self, cnf, **kw)
        if isinstance(cnf, dict) and "value" in cnf or "value" in kw:
            # Tk: no -command; a linked variable's value wins again
            if self._var is not None:
                self._var_watch(self._var)
            else:
                get_display().send(["config", self._w, {"value": self.get()}])
        return r

    config = configure

    def _apply(self, v):
        lo, hi = getdouble(self._getopt("from")), getdouble(self._getopt("to"))
        v = max(min(lo, hi), min(max(lo, hi), v))
        self._opts["value"] = v
        get_display().send(["config", self._w, {"value": v}])
        if self._var is not None:
            self._var.set(v)
        cmd = self._opts.get("command")
        if cmd:
            call_command(cmd, str(v))

    def _pyroom_event_Value(self, d):
        try:
            self._apply(getdouble(d.get("value", 0)))
        except TclError:
            pass


class Scrollbar(_StateMixin, W.Scrollbar):
    _tkclass = "TScrollbar"

    def __init__(self, master=None, **kw):
        tkinter.Widget.__init__(self, master, "ttk::scrollbar", kw)

    def _natural_size(self):
        dw, dh = self._theme_delta(self._style_name())
        if str(self._getopt("orient")).startswith("v"):
            return (15 + dw, 32 + dh)
        return (32 + dw, 15 + dh)


class Separator(Widget):
    _tkclass = "TSeparator"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::separator", kw)

    def _natural_size(self):
        return (2, 2)


class Sizegrip(Widget):
    _tkclass = "TSizegrip"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::sizegrip", kw)

    def _natural_size(self):
        return (15, 15)


# -- Treeview ------------------------------------------------------------------------------------------------------


_ITEM_EVENTS = {"KeyPress", "KeyRelease", "ButtonPress", "ButtonRelease", "Motion", "Virtual"}  # (for tag_bind)


def _int_or_str(text):
    try:
        return int(text)
    except ValueError:
        return text


class Treeview(Widget, W.XView, W.YView):
    _tkclass = "Treeview"

    def __init__(self, master=None, **kw):
        Widget.__init__(self, master, "ttk::treeview", kw)

    def _init_widget(self):
        self._items = {"": {"parent": None, "children": [], "text": "", "values": [], "open": True, "tags": [],
                            "image": ""}}
        self._serial = itertools.count(1)
        self._selection = []
        self._focus = ""
        self._headings = {"#0": {"text": "", "image": "", "anchor": "center", "command": "", "state": ""}}
        self._columns = {"#0": {"width": 200, "minwidth": 20, "stretch": 1, "anchor": "w", "id": ""}}
        self._tag_opts = {}
        self._tag_bindings = {}
        self._press_mode = None  # ttk::treeview's State(pressMode): ("heading", column, pressed) after a press
        self._top = 0
        self._yview = (0, 1, 1)  # Tk's yscroll: first and last row shown, rows in all
        self._area = (0, 0, 0, 0)  # the tree area (x, y, width, height) of the last layout
        self._slack = 0
        self._reported = None  # the view last given to -yscrollcommand
        self._req = None  # the size last requested (Tk asks again when options change, not when columns stretch)

    def _after_create(self, cnf):
        self._sync_columns()
        self._slack = -self._tree_width()  # (Tk's RecomputeSlack: no tree area yet)

    def _cget(self, name):
        v = super()._cget(name)
        if name in ("show", "displaycolumns"):  # (Tk answers lists: ('tree', 'headings'), ('#all',))
            words = tuple(str(x) for x in (v if isinstance(v, (list, tuple)) else C.split_list(str(v))))
            return words if words or name == "displaycolumns" else ""
        return v

    def _col_ids(self):
        cols = self._getopt("columns")
        if not cols:
            return []
        return [str(c) for c in (cols if isinstance(cols, (list, tuple)) else C.split_list(cols))]

    def _sync_columns(self):
        for c in self._col_ids():
            self._columns.setdefault(c, {"width": 200, "minwidth": 20, "stretch": 1, "anchor": "w", "id": c})
            self._headings.setdefault(c, {"text": "", "image": "", "anchor": "center", "command": "", "state": ""})
        self._send({"columns": self._col_ids(), "displaycolumns": self._display_cols(),
                    "column_opts": {k: dict(v) for k, v in self._columns.items()},
                    "headings": {k: {kk: (vv if not callable(vv) else None) for kk, vv in v.items() if kk != "state"}
                                 for k, v in self._headings.items()}})

    def _display_cols(self):
        d = self._getopt("displaycolumns")
        if d in ("", "#all", ("#all",), None):
            return self._col_ids()
        return [str(c) for c in (d if isinstance(d, (list, tuple)) else C.split_list(d))]

    def _options_changed(self, changed):
        if "columns" in changed or "displaycolumns" in changed:
            self._sync_columns()
        if changed.keys() & {"columns", "displaycolumns", "show"}:
            self._slack = self._area[2] - self._tree_width()
        if changed.keys() & {"columns", "displaycolumns", "show", "height", "padding", "style"}:
            self._req = None  # (Tk's GEOMETRY_CHANGED options)
        super()._options_changed(changed)

    def _restyle(self):
        self._req = None
        super()._restyle()

    def _send(self, d):
        if self._exists:
            get_display().send(["config", self._w, d])
            C.mark_dirty(self, self._redisplay)  # (Tk lays the tree out again when it redraws)

    def _row(self, iid):
        it = self._items[iid]
        parent = it["parent"]
        return {"iid": iid, "parent": parent, "index": self._items[parent]["children"].index(iid),
                "text": str(it["text"]), "values": [str(v) for v in it["values"]], "open": bool(it["open"]),
                "tags": list(it["tags"]), "image": str(it["image"]) if it["image"] else None}

    def _row_height(self):
        """The style's -rowheight (ttk.Style().configure("Treeview", rowheight=30)), else from the font."""
        v = _lookup(self._style_name(), "rowheight")
        if v not in (None, ""):
            return pixels(v)
        return max(20, metrics(_font(self))["linespace"] + 3)

    def _heading_height(self):
        """The headings' height: their style's font ("Treeview.Heading", "Heading": TkHeadingFont) and a border."""
        f = _lookup(self._style_name() + ".Heading", "font")
        return metrics(C.font_display(f or "TkHeadingFont"))["linespace"] + 2

    def _style_display(self):
        out = super()._style_display()
        v = self._style_get("rowheight")
        if v is not None:
            out["rowheight"] = pixels(v)
        out["headheight"] = self._heading_height()
        return out

    def _natural_size(self):
        if self._req is None:
            self._req = self._request()
        return self._req

    def _request(self):
        head_h = self._heading_height()
        show = str(self._getopt("show"))
        width = 0
        if "tree" in show:
            width += self._columns["#0"]["width"]
        for c in self._display_cols():
            width += C.getint(self._columns[c]["width"])
        height = C.getint(self._getopt("height")) * self._row_height() + (head_h if "headings" in show else 0)
        dw, dh = self._theme_delta("Treeview.Heading" if "headings" in show else "Treeview")
        return (width + 2 + dw, height + 2 + dh)

    # items
    def _check(self, item):
        item = str(item)
        if item not in self._items:
            raise TclError(f'Item {item} not found')
        return item

    def insert(self, parent, index, iid=None, **kw):
        parent = self._check(parent)
        if iid is None or iid == "":
            while True:
                iid = f"I{next(self._serial):03X}"
                if iid not in self._items:
                    break
        iid = str(iid)
        if iid in self._items:
            raise TclError(f'Item {iid} already exists')
        kw = {C._norm_key(k): v for k, v in kw.items()}
        values = kw.get("values", [])
        if isinstance(values, str):
            values = list(C.split_list(values))
        values = [str(v) for v in values]  # Tk keeps (and returns) strings
        tags = kw.get("tags", [])
        if isinstance(tags, str):
            tags = list(C.split_list(tags))
        self._items[iid] = {"parent": parent, "children": [], "text": kw.get("text", ""), "values": list(values),
                            "open": getboolean(kw.get("open", False)), "tags": [str(t) for t in tags],
                            "image": kw.get("image", "")}
        children = self._items[parent]["children"]
        if index == "end":
            children.append(iid)
        else:
            i = int(index)
            children.insert(max(0, min(len(children), i)), iid)
        self._send({"row": self._row(iid)})
        return iid

    def delete(self, *items):
        gone = []
        for item in items:
            for iid in (C.split_list(item) if isinstance(item, str) and " " in item else [item]):
                iid = self._check(iid)
                self._remove(iid, gone)
        if gone:
            gs = set(gone)
            before = list(self._selection)
            self._selection = [s for s in self._selection if s not in gs]
            if self._focus in gs:
                self._focus = ""
            self._send({"rows_deleted": gone})
            if before != self._selection:
                self._send({"selection": list(self._selection)})
                self.event_generate("<<TreeviewSelect>>", when="tail")

    def _remove(self, iid, gone):
        it = self._items.get(iid)
        if it is None:
            return
        for c in list(it["children"]):
            self._remove(c, gone)
        parent = it["parent"]
        if parent is not None and iid in self._items[parent]["children"]:
            self._items[parent]["children"].remove(iid)
        del self._items[iid]
        gone.append(iid)

    def detach(self, *items):
        for iid in items:
            iid = self._check(iid)
            p = self._items[iid]["parent"]
            if p is not None and iid in self._items[p]["children"]:
                self._items[p]["children"].remove(iid)
            self._send({"rows_deleted": [iid]})

    def move(self, item, parent, index):
        item, parent = self._check(item), self._check(parent)
        old = self._items[item]["parent"]
        if old is not None and item in self._items[old]["children"]:
            self._items[old]["children"].remove(item)
        children = self._items[parent]["children"]
        i = len(children) if index == "end" else max(0, min(len(children), int(index)))
        children.insert(i, item)
        self._items[item]["parent"] = parent
        self._send({"row": self._row(item)})

    reattach = move

    def exists(self, item):
        return str(item) in self._items

    def get_children(self, item=None):
        return tuple(self._items[self._check(item or "")]["children"])

    def set_children(self, item, *newchildren):
        item = self._check(item)
        for c in list(self._items[item]["children"]):
            self.detach(c)
        for c in newchildren:
            self.move(c, item, "end")

    def parent(self, item):
        p = self._items[self._check(item)]["parent"]
        return p or ""

    def next(self, item):
        item = self._check(item)
        sib = self._items[self._items[item]["parent"]]["children"]
        i = sib.index(item)
        return sib[i + 1] if i + 1 < len(sib) else ""

    def prev(self, item):
        item = self._check(item)
        sib = self._items[self._items[item]["parent"]]["children"]
        i = sib.index(item)
        return sib[i - 1] if i > 0 else ""

    def index(self, item):
        item = self._check(item)
        return self._items[self._items[item]["parent"]]["children"].index(item)

    def item(self, item, option=None, **kw):
        item = self._check(item)
        it = self._items[item]
        if option is not None:
            key = C._norm_key(option)
            if key == "values":
                return tuple(it["values"]) if it["values"] else ""
            if key == "tags":
                return tuple(it["tags"]) if it["tags"] else ""
            if key == "open":
                return int(bool(it["open"]))  # (Tk answers 0 or 1)
            return it.get(key, "")
        if not kw:
            # (tkinter reads the dict form's values as strings, made int where they spell one: [12, '2.5'])
            return {"text": it["text"], "image": it["image"] or "",
                    "values": [_int_or_str(str(v)) for v in it["values"]] if it["values"] else "",
                    "open": int(bool(it["open"])),
                    "tags": list(it["tags"]) if it["tags"] else ""}
        for k, v in kw.items():
            k = C._norm_key(k)
            if k == "values":
                v = [str(x) for x in (C.split_list(v) if isinstance(v, str) else v)]
            elif k == "tags":
                v = [str(t) for t in (C.split_list(v) if isinstance(v, str) else v)]
            elif k == "open":
                v = getboolean(v)
            elif k not in ("text", "image"):
                raise TclError(f'unknown option "-{k}"')
            it[k] = v
        self._send({"row": self._row(item)})
        return None

    def set(self, item, column=None, value=None):
        item = self._check(item)
        it = self._items[item]
        cols = self._col_ids()
        if column is None:
            return {c: (it["values"][i] if i < len(it["values"]) else "") for i, c in enumerate(cols)}
        col = str(column)
        if col.startswith("#") and col[1:].isdigit():
            i = int(col[1:]) - 1
        else:
            if col not in cols:
                raise TclError(f'Invalid column index {column}')
            i = cols.index(col)
        if value is None:
            return it["values"][i] if i < len(it["values"]) else ""
        while len(it["values"]) <= i:
            it["values"].append("")
        # Tcl keeps a number given here as a number: item(iid, "values") and set() give it back as one
        it["values"][i] = value if type(value) in (int, float) else str(value)
        self._send({"row": self._row(item)})
        return None

    def bbox(self, item, column=None):
        return ""

    def see(self, item):
        item = self._check(item)
        p = self._items[item]["parent"]
        while p:
            if not self._items[p]["open"]:
                self._items[p]["open"] = True
                self._send({"row": self._row(p)})
            p = self._items[p]["parent"]
        self._do_layout()
        rows = [iid for iid, _d in self._visible_rows()]
        row, (first, last, _total) = rows.index(item), self._yview
        if row < first:
            self._scroll_to(row)
        elif row >= last:
            self._scroll_to(first + 1 + row - last)

    def focus(self, item=None):
        if item is None:
            return self._focus
        self._focus = self._check(item)
        self._send({"focus": self._focus})
        return None

    def _tree_order(self):
        out = []

        def walk(iid):
            for c in self._items[iid]["children"]:
                out.append(c)
                walk(c)

        walk("")
        return out

    def selection(self, selop=None, items=None):
        if selop is None and items is None:
            sel = set(self._selection)
            return tuple(i for i in self._tree_order() if i in sel)
        if selop is not None and items is None and not isinstance(selop, str):
            items, selop = selop, "set"
        if isinstance(items, str):
            items = C.split_list(items)
        getattr(self, "selection_" + selop)(*items)
        return None

    def _set_selection(self, new, changed):
        """Tk 8.6: the selection is kept in tree order; selectmode only limits the reader's clicks and keys. A
        <<TreeviewSelect>> is queued (handlers run after the caller's code, seeing its later focus() too) whenever an
        item's selected state changed."""
        keep = set(new)
        self._selection = [i for i in self._tree_order() if i in keep]
        self._send({"selection": list(self._selection)})
        if changed:
            self.event_generate("<<TreeviewSelect>>", when="tail")

    def _items_arg(self, items):
        out = []
        for i in items:
            if isinstance(i, (list, tuple)):
                out.extend(str(x) for x in i)
            else:
                out.append(str(i))
        return [self._check(i) for i in out]

    def selection_set(self, *items):
        items = self._items_arg(items)
        self._set_selection(items, bool(self._selection or items))  # Tk clears, then selects

    def selection_add(self, *items):
        items = self._items_arg(items)
        cur = set(self._selection)
        self._set_selection(cur | set(items), bool(set(items) - cur))

    def selection_remove(self, *items):
        rm = set(self._items_arg(items))
        cur = set(self._selection)
        self._set_selection(cur - rm, bool(cur & rm))

    def selection_toggle(self, *items):
        items = self._items_arg(items)
        cur = set(self._selection)
        for i in items:
            cur ^= {i}
        self._set_selection(cur, bool(items))

    def heading(self, column, option=None, **kw):
        col = self._colname(column)
        h = self._headings.setdefault(col, {"text": "", "image": "", "anchor": "center", "command": "", "state": ""})
        if option is not None:
            return h.get(C._norm_key(option), "")
        if not kw:
            return dict(h)
        for k, v in kw.items():
            h[C._norm_key(k)] = v
        self._send({"heading": [col, {k: (v if not callable(v) else bool(v)) for k, v in h.items()
                                      if k not in ("command", "state")}]})
        return None

    def column(self, column, option=None, **kw):
        col = self._colname(column)
        c = self._columns.setdefault(col, {"width": 200, "minwidth": 20, "stretch": 1, "anchor": "w", "id": col})
        if option is not None:
            return c.get(C._norm_key(option), "")
        if not kw:
            return dict(c)
        for k, v in kw.items():
            k = C._norm_key(k)
            c[k] = pixels(v) if k in ("width", "minwidth") else (int(getboolean(v)) if k == "stretch" else v)
        if kw.keys() & {"width", "minwidth", "stretch"} and self.winfo_ismapped():
            # (Tk: a mapped tree keeps its size; the columns are fitted to its area again)
            self._slack = self._area[2] - self._tree_width()
            self._resize_columns(self._tree_width())
        elif kw.keys() & {"width", "minwidth", "stretch"}:
            self._req = None
        self._send({"column": [col, dict(c)]})
        C.schedule_layout()
        return None

    def _colname(self, column):
        col = str(column)
        if col == "#0":
            return col
        cols = self._col_ids()
        if col.startswith("#") and col[1:].isdigit():
            i = int(col[1:]) - 1
            disp = self._display_cols()
            if 0 <= i < len(disp):
                return disp[i]
        if col not in cols:
            raise TclError(f'Invalid column index {column}')
        return col

    # -- the view (ttkTreeview.c: TreeviewDoLayout, ResizeColumns, BoundingBox, Identify*) ----------------------
    def _shown_columns(self):
        show = self._cget("show")
        return (["#0"] if "tree" in show else []) + self._display_cols()

    def _tree_width(self):
        return sum(pixels(self._columns[c]["width"]) for c in self._shown_columns())

    def _visible_rows(self):
        """[(iid, depth)] of the rows that can be seen (their ancestors open), in order."""
        out = []

        def walk(parent, depth):
            for iid in self._items[parent]["children"]:
                out.append((iid, depth))
                if self._items[iid]["open"] and self._items[iid]["children"]:
                    walk(iid, depth + 1)

        walk("", 0)
        return out

    def _stretch(self, c, n):
        new = pixels(c["width"]) + n
        if new < pixels(c["minwidth"]):
            n = pixels(c["minwidth"]) - pixels(c["width"])
            new = pixels(c["minwidth"])
        c["width"] = new
        return n

    def _resize_columns(self, new_width):
        """Tk's ResizeColumns: the width the area gained or lost goes to the slack first, then to the stretchable
        columns evenly (the remainder round-robin), then what minimum widths refuse is shoved left."""
        cols = [self._columns[c] for c in self._shown_columns()]
        tw = sum(pixels(c["width"]) for c in cols)
        delta = new_width - (tw + self._slack)
        new_slack = self._slack + delta  # PickupSlack
        if (new_slack < 0 <= self._slack) or (new_slack > 0 >= self._slack):
            self._slack, n = 0, new_slack
        else:
            self._slack, n = new_slack, 0
        stretchy = [c for c in cols if c["stretch"]]
        if stretchy and n:  # DistributeWidth
            m = len(stretchy)
            d, r = divmod(n, m)
            w = tw
            for c in stretchy:
                w += 1
                n -= self._stretch(c, d + ((w % m) < r))
        for c in reversed(cols):  # ShoveLeft
            if not n:
                break
            if c["stretch"]:
                n -= self._stretch(c, n)
        self._slack += n

    def _pickup_slack(self, extra):
        """Tk's PickupSlack: the slack takes what it can; returns the rest."""
        new = self._slack + extra
        if (new < 0 <= self._slack) or (new > 0 >= self._slack):
            self._slack = 0
            return new
        self._slack = new
        return 0

    def _shove(self, cols, order, n):
        """Tk's ShoveLeft/ShoveRight: the stretchable columns in `order` take n pixels; returns what is left."""
        for k in order:
            if not n:
                break
            if cols[k]["stretch"]:
                n -= self._stretch(cols[k], n)
        return n

    def _drag_column(self, column, x):
        """`$tv drag`: the right edge of a display column moves to x (Tk's DragColumn: the column grows or shrinks,
        the columns left of it give what its minimum width refuses, those right of it (or the slack) the rest)."""
        shown = self._shown_columns()
        cols = [self._columns[c] for c in shown]
        col = self._colname(column)
        right = self._area[0]
        for i, c in enumerate(shown):
            right += pixels(cols[i]["width"])
            if c == col:
                delta = x - right
                dl = delta - self._shove(cols, range(i - 1, -1, -1), delta - self._stretch(cols[i], delta))
                self._slack += self._shove(cols, range(i + 1, len(cols)), self._pickup_slack(-dl))
                self._columns_changed()
                return

    def _columns_changed(self):
        self._send({"column_opts": {k: dict(v) for k, v in self._columns.items()}})

    def _do_layout(self):
        """Tk's TreeviewDoLayout: the tree area, the columns fitted to it, the rows it shows."""
        if self._geom is None:
            return
        W_, H = self._geom[2], self._geom[3]
        b = 1 + self._theme_delta("Treeview")[0] // 2
        x, y, w, h = b, b, max(0, W_ - 2 * b), max(0, H - 2 * b)
        old = [pixels(self._columns[c]["width"]) for c in self._shown_columns()]
        self._resize_columns(w)
        if old != [pixels(self._columns[c]["width"]) for c in self._shown_columns()]:
            self._send({"column_opts": {k: dict(v) for k, v in self._columns.items()}})
        if "headings" in self._cget("show"):
            hh = self._heading_height() + self._theme_delta("Treeview.Heading")[1] - self._theme_delta("Treeview")[1]
            y, h = y + hh, max(0, h - hh)
        self._area = (x, y, w, h)
        visible = h // self._row_height()
        total = len(self._visible_rows())
        first, last = self._yview[0], self._yview[0] + visible
        if total <= 0:  # TtkScrolled
            first, last, total = 0, 1, 1
        if last > total:
            first, last = max(0, first - (last - total)), total
        if first != self._top:
            self._top = first
            get_display().send(["config", self._w, {"top": first}])
        old_view, self._yview = self._yview, (first, last, total)
        return old_view != self._yview

    def _redisplay(self):
        self._do_layout()
        f = self._view_fraction("y")
        cmd = self._opts.get("yscrollcommand")
        if cmd and f != self._reported:
            self._reported = f
            C._safe_call(self, call_command, cmd, f[0], f[1])

    def _on_layout(self):
        super()._on_layout()
        C.mark_dirty(self, self._redisplay)

    def _scroll_to(self, first):
        """Tk's TtkScrollTo."""
        f0, last, total = self._yview
        if first >= total:
            first = total - 1
        if first > f0 and last >= total:
            first = f0  # (not past the end)
        first = max(0, first)
        if first != f0:
            self._yview = (first, last - f0 + first, total)
            self._top = first
            self._send({"top": first})

    def _row_box(self, item):
        """(x, y, width) of a row on the screen, None when it cannot be seen."""
        rows = [iid for iid, _d in self._visible_rows()]
        if item not in rows:
            return None
        row = rows.index(item)
        first, last, _total = self._yview
        if row < first or row > last:
            return None
        x, y, _w, _h = self._area
        return x, y + (row - first) * self._row_height(), self._tree_width()

    def bbox(self, item, column=None):
        item = self._check(item)
        self._do_layout()
        box = self._row_box(item)
        if box is None:
            return ""
        x, y, w = box
        if column is not None:
            col = self._colname(column)
            shown = self._shown_columns()
            if col not in shown:
                return ""
            x += sum(pixels(self._columns[c]["width"]) for c in shown[:shown.index(col)])
            w = pixels(self._columns[col]["width"])
            if col == "#0":
                depth, p = 0, self._items[item]["parent"]
                while p:
                    depth, p = depth + 1, self._items[p]["parent"]
                x, w = x + 20 * depth, w - 20 * depth  # (the indent)
        return (x, y, w, self._row_height())

    def _identify_item(self, y):
        rh = self._row_height()
        ypos = self._area[1] - rh * self._yview[0]
        for iid, _d in self._visible_rows():
            if ypos <= y <= ypos + rh:
                return iid
            ypos += rh
        return ""

    def _identify_column(self, x):
        """(display column number, its right edge), (-1, 0) outside them (Tk's HALO: 4 px past an edge)."""
        show = self._cget("show")
        colno = 0 if "tree" in show else 1
        xpos = self._area[0]
        for c in self._shown_columns():
            nxt = xpos + pixels(self._columns[c]["width"])
            if xpos <= x <= nxt + 4:
                return colno, nxt
            colno, xpos = colno + 1, nxt
        return -1, 0

    def identify(self, component, x, y):
        self._do_layout()
        x, y = int(x), int(y)
        if component in ("row", "item"):
            return self._identify_item(y)
        if component == "column":
            colno, _x1 = self._identify_column(x)
            return f"#{colno}" if colno >= 0 else ""
        if component == "region":
            colno, x1 = self._identify_column(x)
            ax, ay, aw, ah = self._area
            b = 1 + self._theme_delta("Treeview")[0] // 2
            if "headings" in self._cget("show") and ax <= x < ax + aw and b <= y < ay:
                return "nothing" if colno < 0 else "separator" if -4 <= x1 - x <= 4 else "heading"
            if ax <= x < ax + aw and ay <= y < ay + ah:
                item = self._identify_item(y)
                return "cell" if item and colno > 0 else "tree" if item else "nothing"
            return "nothing"
        if component == "element":
            return self._identify_element(x, y)
        raise TclError(f'bad component "{component}": must be region, item, column, row, or element')

    def _identify_element(self, x, y):
        """The default theme's item layout: in the tree column the indent, the indicator (12 px and its margins: 18),
        then the text; in a data column the text after a padding of 5."""
        if self.identify("region", x, y) not in ("tree", "cell"):
            return ""
        item = self._identify_item(y)
        colno, x1 = self._identify_column(x)
        if colno < 0 or x >= x1:
            return ""
        col = self._shown_columns()[colno if "tree" in self._cget("show") else colno - 1]
        x0 = x1 - pixels(self._columns[col]["width"])
        if col != "#0":
            return "text" if x >= x0 + 5 else ""
        depth, p = 0, self._items[item]["parent"]
        while p:
            depth, p = depth + 1, self._items[p]["parent"]
        x0 += 20 * depth
        return "" if x < x0 else "Treeitem.indicator" if x < x0 + 18 else "text"

    def identify_row(self, y):
        return self.identify("row", 0, y)

    def identify_column(self, x):
        return self.identify("column", x, 0)

    def identify_region(self, x, y):
        return self.identify("region", x, y)

    def identify_element(self, x, y):
        return self.identify("element", x, y)

    def tag_bind(self, tagname, sequence=None, callback=None):
        """Bind `callback` to the items with tag `tagname` (tkinter returns nothing here)."""
        table = self._tag_bindings.setdefault(str(tagname), C.BindingTable())
        if sequence is not None and callback is not None:
            if any(p.type not in _ITEM_EVENTS for p in C.parse_sequence(sequence)):
                raise TclError(f"unsupported event {sequence}\nonly key, button, motion, and virtual events supported")
            table.bind(sequence, callback, False)
            self._update_bind_report()

    def tag_configure(self, tagname, option=None, **kw):
        opts = self._tag_opts.setdefault(tagname, {})
        if option is not None:
            return opts.get(C._norm_key(option), "")
        if not kw:  # (Tk 8.6 answers every tag option, unset ones empty)
            return {k: opts.get(k, "") for k in ("text", "image", "anchor", "background", "foreground", "font")}
        for k, v in kw.items():
            opts[C._norm_key(k)] = v
        disp = {}
        for k, v in opts.items():
            if k in ("foreground", "background"):
                disp[k] = C.color(v) if v else None
            elif k == "font":
                disp[k] = C.font_display(v)
            else:
                disp[k] = str(v)
        self._send({"tag": [tagname, disp]})
        return None

    def tag_has(self, tagname, item=None):
        if item is None:  # in the tree's order (preorder), as Tk walks it
            out = []
            stack = list(reversed(self._items[""]["children"]))
            while stack:
                i = stack.pop()
                if tagname in self._items[i]["tags"]:
                    out.append(i)
                stack.extend(reversed(self._items[i]["children"]))
            return tuple(out)
        return tagname in self._items[self._check(item)]["tags"]

    def _view_fraction(self, axis):
        if axis != "y":
            return (0.0, 1.0)
        self._do_layout()
        first, last, total = self._yview
        return (first / total, last / total)

    def _view_command(self, axis, args):
        if axis != "y":
            return None
        self._do_layout()
        kind = W.parse_view_args(args)
        first, last, total = self._yview
        if kind[0] == "moveto":
            self._scroll_to(int(kind[1] * total + 0.5))
        elif kind[0] == "scroll":
            self._scroll_to(first + kind[1] * ((last - first) if kind[2] == "pages" else 1))
        return None

    # the page's events
    def _extra_bind_types(self):
        types = super()._extra_bind_types() | {"MouseWheel"}
        for table in self._tag_bindings.values():
            types |= table.types()
        return types

    # -- bindings: the items' tags (ttkTreeview.c's event handler) and ttk/treeview.tcl's class bindings ----------
    def _pyroom_item_bindings(self, ev, repeat_count):
        """Tk runs the bindings of the item's tags (the focus item for keys and virtual events, the row under the
        pointer else), in the item's tag order, before the widget's bindtags; a "break" ends only these."""
        if not self._tag_bindings:
            return
        if ev.type_name in ("KeyPress", "KeyRelease", "Virtual"):
            item = self._focus
        elif ev.type_name in ("ButtonPress", "ButtonRelease", "Motion") and isinstance(ev.y, int):
            self._do_layout()
            item = self._identify_item(ev.y)
        else:
            return
        if not item or item not in self._items:
            return
        for tag in list(self._items[item]["tags"]):
            table = self._tag_bindings.get(tag)
            best = None if table is None else table.best(ev, repeat_count)
            if best is None:
                continue
            results = [C._safe_call(self, func, ev) if callable(func) else C._safe_call(self, call_command, func)
                       for _fid, func in list(best[1])]
            if "break" in results or not self._exists:
                return

    def _pyroom_class_pointer(self, ev, repeat_count):
        """ttk/treeview.tcl's bindings for a generated press, drag or release of button 1."""
        x, y, state = ev.x, ev.y, ev.state if isinstance(ev.state, int) else 0
        if not (isinstance(x, int) and isinstance(y, int)):
            return
        if ev.type_name == "ButtonPress" and ev.num == 1:
            if state & 4:  # <<ToggleSelection>> (Control-Button-1)
                self._select_at(x, y, "toggle")
            elif state & 1:  # <Shift-Button-1>
                self._select_at(x, y, "extend")
            elif repeat_count >= 2 and self.identify_row(y):  # <Double-Button-1> on a row: it opens or closes
                self._toggle(self.identify_row(y))
            else:
                self._press(x, y)
        elif ev.type_name == "Motion" and state & 256 and self._press_mode:
            mode, col = self._press_mode[:2]
            if mode == "resize":  # resize.drag
                self._drag_column(col, x)
            else:  # heading.drag
                inside = self.identify_region(x, y) == "heading" and self.identify_column(x) == col
                self._press_mode = ("heading", col, inside)
        elif ev.type_name == "ButtonRelease" and ev.num == 1:
            mode, self._press_mode = self._press_mode, None
            if mode and mode[0] == "resize":  # resize.release: `$tv drop`
                self._resize_columns(self._tree_width())
                self._columns_changed()
            elif mode and mode[2]:  # heading.release: the heading's command, from the event loop
                cmd = self._headings[self._colname(mode[1])].get("command")
                if cmd:
                    self.after(0, C._safe_call, self, call_command, cmd)

    def _press(self, x, y):
        """ttk::treeview::Press: the focus; a heading is pressed, a separator starts resizing its column, a row is
        chosen (its indicator opens or closes it)."""
        self.focus_set()
        region = self.identify_region(x, y)
        if region == "heading":
            self._press_mode = ("heading", self.identify_column(x), True)
        elif region == "separator":
            self._press_mode = ("resize", self.identify_column(x), False)
        elif region in ("tree", "cell"):
            item = self.identify_row(y)
            self._select_op(item, "choose")
            if self._identify_element(x, y).endswith("indicator"):
                self._toggle(item)

    def _select_at(self, x, y, op):
        item = self.identify_row(y)
        if item:
            self._select_op(item, op)

    def _select_op(self, item, op):
        """select.$op.$selectmode: browse chooses always, extended toggles or extends from the focus item."""
        mode = str(self._getopt("selectmode"))
        if mode == "none":
            self.focus(item)
            self.see(item)
        elif mode == "browse" or op == "choose" or (op == "extend" and not self._focus):
            self.see(item)
            self.focus(item)
            self.selection_set(item)
        elif op == "toggle":
            self.selection_toggle(item)
        else:
            self.selection_set(self._between(self._focus, item))

    def _between(self, a, b):
        """ttk::treeview::between: the items from one to the other in preorder (Tk's scan starts selecting at either
        and stops at the next: with a == b it runs to the end)."""
        out, inside = [], False
        for iid in self._tree_order():
            if iid in (a, b):
                out.append(iid)
                inside = not inside
            elif inside:
                out.append(iid)
        return out

    def _toggle(self, item):
        """ttk::treeview::Toggle: a row with children opens (the event first) or closes (the event last)."""
        if not self._items[item]["children"]:
            return
        if self._items[item]["open"]:
            self.item(item, open=False)
            self.focus(item)
            self.event_generate("<<TreeviewClose>>")
        else:
            self.focus(item)
            self.event_generate("<<TreeviewOpen>>")
            self.item(item, open=True)

    def _pyroom_class_key(self, ev):
        """ttk/treeview.tcl's bindings for a generated key: the arrows move the focus item (and choose it), Left and
        Right close and open, Return and space toggle, Prior and Next scroll a page."""
        ks, focus = str(ev.keysym), self._focus
        if ks in ("Prior", "Next"):
            self.yview_scroll(-1 if ks == "Prior" else 1, "pages")
        elif ks in ("Return", "space"):
            if focus:
                self._toggle(focus)
        elif ks in ("Up", "Down", "Left", "Right") and focus:
            it = self._items[focus]
            opened = it["open"] and it["children"]
            if ks == "Up":
                up = self.prev(focus)
                if not up:
                    focus = it["parent"]
                else:
                    while self._items[up]["open"] and self._items[up]["children"]:
                        up = self._items[up]["children"][-1]
                    focus = up
            elif ks == "Down" and opened:
                focus = it["children"][0]
            elif ks == "Down":
                up, down = focus, ""
                while up and not (down := self.next(up)):
                    up = self._items[up]["parent"]
                focus = down
            elif ks == "Left" and opened:
                self._toggle(focus)
            elif ks == "Left":
                focus = it["parent"]
            else:
                self.focus(focus)
                self.event_generate("<<TreeviewOpen>>")
                self.item(focus, open=True)
            if focus:
                self._select_op(focus, "choose")

    def _pyroom_physical_event(self, d):
        # ttk's class binding: the wheel scrolls the rows (a unit is a row), unless a binding returned "break"
        ev = C.make_event(self, d)
        C.dispatch_scrolling(self, ev)

    def _pyroom_event_Select(self, d):
        # the reader clicked a row or used the arrow keys: the page applied Tk's bindings for the selectmode
        # (ttk/treeview.tcl), which move the focus item, then set the selection (none: the focus only)
        focus = d.get("focus")
        if focus is not None and str(focus) in self._items:
            self._focus = str(focus)
            if d.get("see"):
                self.see(self._focus)  # (a key moved it: ttk's keynav shows it)
        if "value" in d:
            self.selection_set([str(i) for i in d["value"] if str(i) in self._items])

    def _pyroom_event_Invoke(self, d):
        # a heading was clicked ("column"), or a row opened/closed ("item", "open")
        if "column" in d:
            h = self._headings.get(self._colname(d["column"]))
            if h and h.get("command"):
                C._safe_call(self, call_command, h["command"])
        elif "item" in d:
            iid = str(d["item"])
            if iid in self._items:
                is_open = getboolean(d.get("open", not self._items[iid]["open"]))
                self._items[iid]["open"] = is_open
                self.event_generate("<<TreeviewOpen>>" if is_open else "<<TreeviewClose>>")


# -- Style ---------------------------------------------------------------------------------------------------------


_STATES = {"active", "disabled", "focus", "pressed", "selected", "background", "readonly", "alternate", "invalid",
           "hover", "user1", "user2", "user3", "user4", "user5", "user6"}


class _Theme:
    """A ttk theme: Tk's own settings, maps, layouts and elements (_ttkthemes.THEMES, for the built-in themes), and
    what the program set in it (ttk.Style().configure etc. go to the theme in use, as in Tk)."""

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent  # a theme created by the program: the theme its layouts and elements come from
        data = _ttkthemes.THEMES.get(name, {})
        self.builtin = data.get("settings", {})
        self.builtin_maps = data.get("maps", {})
        self.builtin_layouts = data.get("layouts", {})
        self.elements = list(data.get("elements", ()))
        self.element_options = data.get("element_options", {})
        base = self
        while base.parent is not None and base.name not in _ttkthemes.THEMES:
            base = _theme(base.parent)
        # sizes: a theme the program created has its parent's elements (but none of its settings)
        self.size_delta = _ttkthemes.THEMES.get(base.name, {}).get("size_delta", {})
        self.base_settings = _ttkthemes.THEMES.get(base.name, {}).get("settings", {})
        self.settings = {}  # style -> {option: value}: the program's
        self.maps = {}  # style -> {option: [(state..., value)]}: the program's
        self.layouts = {}

    def setting(self, style, option, builtin_only=False):
        """(found, value) of a style's own setting (builtin_only: as the theme whose sizes this one has sets it)."""
        if builtin_only:
            found = option in self.base_settings.get(style, ())
            return found, self.base_settings[style][option] if found else None
        if option in self.settings.get(style, ()):
            return True, self.settings[style][option]
        if option in self.builtin.get(style, ()):
            return True, self.builtin[style][option]
        return False, None

    def state_map(self, style, option):
        if option in self.maps.get(style, ()):
            return self.maps[style][option]
        return self.builtin_maps.get(style, {}).get(option)

    def layout(self, style):
        t = self
        while t is not None:
            for name in (style, *_style_chain(style)[1:-1]):
                if name in t.layouts:
                    return t.layouts[name]
                got = t.builtin_layouts.get(name) or (_ttkthemes.THEMES["default"]["layouts"].get(name)
                                                      if t.name in _ttkthemes.THEMES else None)
                if got is not None:
                    return got
            t = _theme(t.parent) if t.parent else None
        return None


_themes = {}
_theme_state = {"current": "default", "order": ["clam", "alt", "default", "classic"]}


def _theme(name=None):
    name = name or _theme_state["current"]
    t = _themes.get(name)
    if t is None:
        t = _themes[name] = _Theme(name, None if name == "default" else "default")
    return t


def _style_reset():
    _themes.clear()
    _theme_state["current"] = "default"
    _theme_state["order"] = ["clam", "alt", "default", "classic"]


def _tcl_value(v):
    """A value as it comes back from Tcl: a list or tuple is joined into one string (ttk's _format_optdict)."""
    if isinstance(v, (list, tuple)):
        return C.tcl_list([str(x) for x in v])
    return v


def _state_words(state):
    words = []
    for w in (state.split() if isinstance(state, str) else state):
        words.extend(str(w).split())
    for w in words:
        if w.lstrip("!") not in _STATES:
            raise TclError(f"Invalid state name {w.lstrip('!')}")
    return words


def _map_lookup(specs, state):
    """Tk's Ttk_StateMapLookup: the value of the first entry whose state spec the state satisfies."""
    for spec in specs:
        *words, value = spec
        words = [x for w in words for x in str(w).split()]
        if all((w[1:] not in state) if w.startswith("!") else (w in state) for w in words):
            return True, value
    return False, None


def _lookup(style, option, state=None, builtin_only=False):
    """Tk's Ttk_QueryStyle in the current theme: the style's maps for `state` (a set), then its parents' (a
    style "Big.TButton" has parents "TButton" and "."), then the settings the same way; None: nothing."""
    theme = _theme()
    chain = _style_chain(style)
    if state is not None and not builtin_only:
        for name in chain:
            specs = theme.state_map(name, option)
            if specs:
                found, v = _map_lookup(specs, state)
                if found:
                    return v
    for name in chain:
        found, v = theme.setting(name, option, builtin_only)
        if found:
            return v
    return None


class Style:
    """ttk.Style: settings, maps and layouts per theme, as Tk answers them (the built-in themes' own from
    _ttkthemes). The page draws ttk widgets in its own look: the settings the program gives (colours, fonts) are
    sent to the widgets; padding and width change their sizes; the theme in use changes their sizes as Tk's."""

    _name = "ttk::style"

    def __init__(self, master=None):
        self.master = setup_master(master)
        self.tk = self.master.tk

    def configure(self, style, query_opt=None, **kw):
        theme = _theme()
        if query_opt is not None:
            found, v = theme.setting(style, C._norm_key(query_opt))
            return v if found else ""
        if not kw:
            d = dict(theme.builtin.get(style, {}))
            d.update(theme.settings.get(style, {}))
            return d or None
        own = theme.settings.setdefault(style, {})
        for k, v in kw.items():
            own[C._norm_key(k)] = _tcl_value(v)
        _restyle_all()
        return None

    def map(self, style, query_opt=None, **kw):
        theme = _theme()
        if query_opt is not None:
            return list(theme.state_map(style, C._norm_key(query_opt)) or [])
        if not kw:
            d = {k: list(v) for k, v in theme.builtin_maps.get(style, {}).items()}
            d.update({k: list(v) for k, v in theme.maps.get(style, {}).items()})
            return d
        own = theme.maps.setdefault(style, {})
        for k, v in kw.items():
            specs = []
            for item in v:
                *states, value = item
                words = _state_words(" ".join(str(x) for x in states))
                specs.append((*words, _tcl_value(value)))
            own[C._norm_key(k)] = specs
        _restyle_all()
        return None

    def lookup(self, style, option, state=None, default=None):
        words = _state_words(" ".join(state)) if state else []  # (tkinter joins what it is given)
        on = {w for w in words if not w.startswith("!")}
        v = _lookup(style, C._norm_key(option.lstrip("-")), on)
        if v is None:
            return default if default is not None else ""
        return v

    def layout(self, style, layoutspec=None):
        theme = _theme()
        if layoutspec is None:
            got = theme.layout(style)
            if got is None:
                raise TclError(f"Layout {style} not found")
            return [(name, dict(opts)) for name, opts in got]
        theme.layouts[style] = [] if layoutspec == "null" else list(layoutspec)
        return []

    def element_create(self, elementname, etype, *args, **kw):
        theme = _theme()
        if elementname in theme.elements:
            raise TclError(f'Duplicate element {elementname}')
        theme.elements.insert(0, elementname)
        return None

    def element_names(self):
        return tuple(_theme().elements)

    def element_options(self, elementname):
        t = _theme()
        names = [elementname]
        while "." in names[-1]:
            names.append(names[-1].split(".", 1)[1])  # "Button.border" -> "border"
        while t is not None:
            for name in names:
                if name in t.element_options:
                    return tuple(t.element_options[name])
                if t.name in _ttkthemes.THEMES and name in _ttkthemes.THEMES["default"]["element_options"]:
                    return tuple(_ttkthemes.THEMES["default"]["element_options"][name])
            t = _theme(t.parent) if t.parent else None
        return ()

    def theme_create(self, themename, parent=None, settings=None):
        if themename in _theme_state["order"]:
            raise TclError(f"Theme {themename} already exists")
        if parent is not None and parent not in _theme_state["order"]:
            raise TclError(f"Theme {parent} doesn't exist")
        _themes[themename] = _Theme(themename, parent or "default")
        _theme_state["order"].insert(0, themename)
        if settings:
            self.theme_settings(themename, settings)

    def theme_settings(self, themename, settings):
        if themename not in _theme_state["order"]:
            raise TclError(f"Theme {themename} doesn't exist")
        current = _theme_state["current"]
        _theme_state["current"] = themename
        try:
            for style, spec in (settings or {}).items():  # (given as a Tcl script: the values come back strings)
                if "configure" in spec:
                    self.configure(style, **{k: str(_tcl_value(v)) for k, v in spec["configure"].items()})
                if "map" in spec:
                    self.map(style, **{k: [(*item[:-1], str(_tcl_value(item[-1]))) for item in v]
                                       for k, v in spec["map"].items()})
                if "layout" in spec:
                    self.layout(style, spec["layout"])
                if "element create" in spec:
                    self.element_create(style, *spec["element create"])
        finally:
            _theme_state["current"] = current
        _restyle_all()

    def theme_names(self):
        return tuple(_theme_state["order"])

    def theme_use(self, themename=None):
        if themename is None:
            return _theme_state["current"]
        if themename not in _theme_state["order"]:
            raise TclError(f"can't find package ttk::theme::{themename}")
        if themename != _theme_state["current"]:
            _theme_state["current"] = themename  # (the page keeps its look: sizes follow the theme)
            _restyle_all()
        return None


def _restyle_all():
    """A style changed: every ttk widget sends what its styles now give it (PROTOCOL.md: styles are resolved
    in Python, per widget)."""
    def walk(w):
        if isinstance(w, _StateMixin):
            w._restyle()
        for c in list(w.children.values()):
            walk(c)

    for top in list(C._toplevels):
        if top._exists:
            walk(top)


class LabeledScale(Frame):
    def __init__(self, master=None, variable=None, from_=0, to=10, **kw):
        self._label_top = kw.pop("compound", "top") == "top"
        Frame.__init__(self, master, **kw)
        self._variable = variable or C.IntVar(master)
        self._variable.set(from_)
        self.label = Label(self)
        self.scale = Scale(self, variable=self._variable, from_=from_, to=to)
        self.label.pack(side="top" if self._label_top else "bottom")
        self.scale.pack(side="bottom" if self._label_top else "top", fill="x")
        self._variable.trace_add("write", self._adjust)
        self._adjust()

    def _adjust(self, *args):
        self.label["text"] = self._variable.get()

    @property
    def value(self):
        return self._variable.get()

    @value.setter
    def value(self, val):
        self._variable.set(val)


class OptionMenu(Menubutton):
    def __init__(self, master, variable, default=None, *values, **kwargs):
        kw = {"textvariable": variable, "style": kwargs.pop("style", None), "direction": kwargs.pop("direction",
                                                                                                   None)}
        Menubutton.__init__(self, master, **{k: v for k, v in kw.items() if v is not None})
        self["menu"] = tkinter.Menu(self, tearoff=False)
        self._variable = variable
        self._callback = kwargs.pop("command", None)
        if kwargs:
            raise TclError("unknown option -%s" % next(iter(kwargs.keys())))
        self.set_menu(default, *values)

    def __getitem__(self, item):
        if item == "menu":
            return self.nametowidget(str(Menubutton.cget(self, item)))
        return Menubutton.cget(self, item)

    def set_menu(self, default=None, *values):
        menu = self["menu"]
        menu.delete(0, "end")
        for val in values:
            menu.add_radiobutton(label=val, command=None if self._callback is None else
                                 (lambda val=val: self._callback(val)), variable=self._variable, value=val)
        if default:
            self._variable.set(default)

    def destroy(self):
        try:
            del self._variable
        except AttributeError:
            pass
        Menubutton.destroy(self)


def _fix_disp_names():
    # ttk widgets report options by their real names; nothing to do (kept for symmetry with tkinter)
    return None


from tkinter import _api  # noqa: E402

_STUBBED = []


def _install():
    import sys

    mod = sys.modules[__name__]
    for cls_name, methods in _api.TTK.items():
        cls = getattr(mod, cls_name, None)
        if cls is None:
            continue
        for m in methods:
            if not hasattr(cls, m):
                def stub(self, *a, _n=f"ttk.{cls_name}.{m}", **k):
                    raise C.unsupported(_n)

                setattr(cls, m, stub)
                _STUBBED.append(f"ttk.{cls_name}.{m}")


_install()
