"""The classic Tk widgets (except Canvas and Text): their state, their geometry requests (Tk 8.6's formulas, Unix
defaults) and how they react to the page's events (Invoke, Value, Select)."""

from __future__ import annotations

import math

from . import _core as C
from ._core import (TclError, Widget, call_command, color, font_display, get_display, get_variable, getboolean,
                    getdouble, getint, measure, metrics, pixels, schedule_layout, split_list, tcl_list,
                    text_layout)


def _font(w):
    return font_display(w._getopt("font"))


def _tcl_str(v):
    """The string Tk stores for a value (variables of check/radio buttons hold strings): a BooleanVar's True is the
    Tcl value 1, a tuple a Tcl list."""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (tuple, list)):
        return C.tcl_list([_tcl_str(x) for x in v])
    return v if isinstance(v, str) else str(v)


def _same_value(a, b):
    """Tk's test for a check/radio button (or menu entry) being selected: the variable's value equals the on value,
    compared as the strings of the Tcl values."""
    return _tcl_str(a) == _tcl_str(b)


def _avg(fd):
    return measure(fd, "0")


# ---------------------------------------------------------------------------------------------------------------
# Label, Button, Checkbutton, Radiobutton (tkButton.c / tkUnixButton.c)
# ---------------------------------------------------------------------------------------------------------------


class _TextVarMixin:
    """A widget that shows a textvariable: keeps its text in sync both ways."""

    _text_opt = "text"

    def _bind_textvariable(self):
        old = getattr(self, "_tv", None)
        if old is not None and self._tv_watch in old._watchers:
            old._watchers.remove(self._tv_watch)
        var = get_variable(self._opts.get("textvariable"), self)
        self._tv = var
        if var is not None:
            var._watchers.append(self._tv_watch)
            if var._name not in C._loop.variables or var._value == "" and self._text_opt in self._opts:
                pass
            if self._tkclass != "Menubutton":
                var._fire("read")  # Tk reads the variable (its read traces run); a menubutton does not
            self._tv_show(var)

    def _tv_watch(self, var):
        if not self._exists:
            return
        self._tv_show(var)

    def _tv_show(self, var):
        value = _tcl_str(var._raw())
        if self._opts.get(self._text_opt) != value:
            self._opts[self._text_opt] = value
            get_display().send(["config", self._w, {self._text_opt: value}])
            schedule_layout()

    def _on_destroy(self):
        var = getattr(self, "_tv", None)
        if var is not None and self._tv_watch in var._watchers:
            var._watchers.remove(self._tv_watch)


class _ImageMixin:
    def _image(self):
        name = self._getopt("image")
        if not name:
            return None
        if isinstance(name, (tuple, list)):
            name = name[0]
        img = C._loop.images.get(str(name))
        if img is None:
            raise TclError(f'image "{name}" doesn\'t exist')
        return img


class Label(_TextVarMixin, _ImageMixin, Widget):
    _tkclass = "Label"
    _is_button = False
    _indicator = None

    def __init__(self, master=None, cnf={}, **kw):
        super().__init__(master, "label", C._cnfmerge((cnf, kw)))

    def _after_create(self, cnf):
        if self._opts.get("textvariable"):
            self._bind_textvariable()

    def _options_changed(self, changed):
        if "textvariable" in changed:
            self._bind_textvariable()
        super()._options_changed(changed)

    def _initial_display_options(self):
        out = super()._initial_display_options()
        if self._opts.get("image"):
            img = self._image()
            if img is not None:
                img._users.add(self)
        return out

    def _image_changed(self, img):
        if self._exists:
            get_display().send(["config", self._w, {"image": img._display()}])
            schedule_layout()

    def _natural_size(self):
        fd = _font(self)
        m = metrics(fd)
        avg = _avg(fd)
        img = self._image()
        compound = self._getopt("compound") if "compound" in self._table().specs else "none"
        text = str(self._getopt("text"))
        tw, th = 0, 0
        if not (img and compound == "none"):
            wrap = pixels(self._getopt("wraplength"))
            _lines, tw, th = text_layout(fd, text, wrap)
        wopt = self._getopt("width")
        hopt = self._getopt("height")
        wopt = int(wopt) if isinstance(wopt, int) else pixels(wopt)
        hopt = int(hopt) if isinstance(hopt, int) else pixels(hopt)
        padx, pady = pixels(self._getopt("padx")), pixels(self._getopt("pady"))
        if img:
            iw, ih = img.width(), img.height()
            if compound in ("top", "bottom"):
                width = max(iw, tw)
                height = ih + th + pady
            elif compound in ("left", "right"):
                width = iw + tw + padx
                height = max(ih, th)
            elif compound == "center":
                width, height = max(iw, tw), max(ih, th)
            else:
                width, height = iw, ih
            if wopt > 0:
                width = wopt
            if hopt > 0:
                height = hopt
        else:
            width, height = tw, th
            if wopt > 0:
                width = wopt * avg
            if hopt > 0:
                height = hopt * m["linespace"]
        indicator_space = 0
        if self._indicator and getboolean(self._getopt("indicatoron")):
            diameter = m["linespace"]
            if self._indicator == "check":
                diameter = (80 * diameter) // 100
            indicator_space = diameter + avg
        if not img or compound != "none":
            width += 2 * padx
            height += 2 * pady
        if self._is_button:
            width += 2
            height += 2
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        if self._is_button and self._getopt("default") != "disabled":
            inset += 5
        return (width + indicator_space + 2 * inset, height + 2 * inset)


class Button(Label):
    _tkclass = "Button"
    _is_button = True

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "button", C._cnfmerge((cnf, kw)))

    def invoke(self):
        if self._getopt("state") == "disabled":
            return ""
        return C.invoke_command(self._getopt("command"))

    def flash(self):
        get_display().send(["config", self._w, {"flash": True}])

    def _pyroom_event_Invoke(self, d):
        C._safe_call(self, self.invoke)


class Checkbutton(Button):
    _tkclass = "Checkbutton"
    _is_button = False
    _indicator = "check"
    _global_names = True

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "checkbutton", C._cnfmerge((cnf, kw)))

    def _after_create(self, cnf):
        super()._after_create(cnf)
        self._bind_variable()

    def _var_default_name(self):
        return self._name

    def _bind_variable(self):
        old = getattr(self, "_var", None)
        if old is not None and self._var_watch in old._watchers:
            old._watchers.remove(self._var_watch)
        ref = self._opts.get("variable") or self._var_default_name()
        variables, values = C.var_tables(self._root())
        var = variables.get(str(ref))
        if var is None:
            checkbutton_default = self._tkclass == "Checkbutton" and str(ref) not in values
            var = C.get_variable(ref, self)
            if checkbutton_default:
                var._value = self._getopt("offvalue")
        self._var = var
        var._watchers.append(self._var_watch)
        var._fire("read")  # Tk reads the variable: its read traces run
        self._var_watch(var)

    def _selected(self):
        return _same_value(self._var._raw(), self._getopt("onvalue"))

    def _cget(self, name):
        if name == "variable" and not self._opts.get("variable") and getattr(self, "_var", None) is not None:
            return str(self._var)
        return super()._cget(name)

    def _var_watch(self, var):
        if self._exists:
            get_display().send(["config", self._w, {"selected": self._selected()}])

    def _initial_display_options(self):
        out = super()._initial_display_options()
        return out

    def _options_changed(self, changed):
        if "variable" in changed:
            self._bind_variable()
        super()._options_changed(changed)

    def select(self):
        self._var.set(_tcl_str(self._getopt("onvalue") if self._tkclass == "Checkbutton" else self._getopt("value")))

    def deselect(self):
        if self._tkclass == "Checkbutton":
            self._var.set(_tcl_str(self._getopt("offvalue")))
        elif self._selected():
            self._var.set("")

    def toggle(self):
        if self._selected():
            self._var.set(_tcl_str(self._getopt("offvalue")))
        else:
            self._var.set(_tcl_str(self._getopt("onvalue")))

    def invoke(self):
        if self._getopt("state") == "disabled":
            return ""
        self.toggle()
        return C.invoke_command(self._getopt("command"))

    def _on_destroy(self):
        super()._on_destroy()
        var = getattr(self, "_var", None)
        if var is not None and self._var_watch in var._watchers:
            var._watchers.remove(self._var_watch)


class Radiobutton(Checkbutton):
    _tkclass = "Radiobutton"
    _indicator = "radio"
    _global_names = False

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "radiobutton", C._cnfmerge((cnf, kw)))

    def _var_default_name(self):
        return "selectedButton"

    def _selected(self):
        return _same_value(self._var._raw(), self._getopt("value"))

    def invoke(self):
        if self._getopt("state") == "disabled":
            return ""
        if not self._selected():
            self._var.set(self._getopt("value"))
        return C.invoke_command(self._getopt("command"))

    def toggle(self):
        raise AttributeError("'Radiobutton' object has no attribute 'toggle'")


class Message(_TextVarMixin, Widget):
    _tkclass = "Message"

    def __init__(self, master=None, cnf={}, **kw):
        super().__init__(master, "message", C._cnfmerge((cnf, kw)))

    def _after_create(self, cnf):
        if self._opts.get("textvariable"):
            self._bind_textvariable()

    def _options_changed(self, changed):
        if "textvariable" in changed:
            self._bind_textvariable()
        super()._options_changed(changed)

    def _natural_size(self):
        fd = _font(self)
        text = str(self._getopt("text"))
        width = pixels(self._getopt("width"))
        m = metrics(fd)
        if width <= 0:
            # Tk: choose the width so that width/height is about aspect/100
            aspect = getint(self._getopt("aspect")) or 150
            total = measure(fd, text.replace("\n", " ")) or 1
            lo, hi = 1, max(1, total)
            best = hi
            for _ in range(12):
                mid = (lo + hi) // 2
                _l, tw, th = text_layout(fd, text, mid)
                if tw * 100 > aspect * max(th, 1):
                    hi = mid - 1
                else:
                    best = mid
                    lo = mid + 1
                if lo > hi:
                    break
            width = best
        lines, tw, th = text_layout(fd, text, width)
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        padx, pady = pixels(self._getopt("padx")), pixels(self._getopt("pady"))
        w = (width if pixels(self._getopt("width")) > 0 else tw) + 2 * inset + 2 * padx
        h = max(th, m["linespace"]) + 2 * inset + 2 * pady
        return (w, h)


# ---------------------------------------------------------------------------------------------------------------
# Entry and Spinbox
# ---------------------------------------------------------------------------------------------------------------


class _EntryIndexMixin:
    def _idx(self, index):
        n = len(self._text)
        if isinstance(index, int):
            return max(0, min(n, index))
        s = str(index)
        if s == "end":
            return n
        if s == "insert":
            return self._cursor
        if s == "anchor":
            return self._sel_anchor
        if s in ("sel.first", "sel.last"):
            if self._sel is None:
                raise TclError("selection isn't in widget " + self._w)
            return self._sel[0] if s == "sel.first" else self._sel[1]
        if s.startswith("@") and self._text_inset() is not None:
            return self._index_at(int(s[1:]))
        if s.startswith("@"):
            fd = _font(self)
            x = int(s[1:]) - self._internal_border()[0]
            for i in range(n + 1):
                if measure(fd, self._text[:i]) > x:
                    return max(0, i - 1)
            return n
        try:
            return max(0, min(n, int(s)))
        except ValueError:
            raise TclError(f'bad entry index "{index}"') from None


    # -- the horizontal view, as Tk's entry keeps it: the index of the first character shown ----------------------
    _left = 0
    _xscroll_pending = False

    def _text_inset(self):
        """Pixels from each side to the text (highlight, border and Tk's 1-pixel pad); None where not modelled."""
        return pixels(self._getopt("highlightthickness")) + pixels(self._getopt("borderwidth")) + 1

    def _button_width(self):
        return 0

    def _char_xs(self):
        """The x of each character boundary of the text shown (a password's bullets), from its start."""
        fd, text = _font(self), self._shown_text()
        return [measure(fd, text[:i]) for i in range(len(text) + 1)]

    @staticmethod
    def _point_to_char(xs, x):
        """Tk_PointToChar: the character under ``x`` (0 left of the text, the length right of it)."""
        if x < 0:
            return 0
        for i in range(len(xs) - 1):
            if xs[i + 1] > x:
                return i
        return len(xs) - 1

    def _layout_x(self, xs):
        """Where the text starts in the window; clamps the first character shown as Tk's redisplay does."""
        inset, width, xw = self._text_inset(), self.winfo_width(), self._button_width()
        total = xs[-1]
        overflow = total - (width - 2 * inset - xw)
        if overflow <= 0:
            self._left = 0
            justify = str(self._getopt("justify"))
            if justify == "right":
                return width - inset - xw - total
            if justify == "center":
                return (width - xw - total) // 2
            return inset
        most = self._point_to_char(xs, overflow)
        if xs[most] < overflow:
            most += 1
        self._left = min(self._left, most)
        return inset - xs[self._left]

    def _index_at(self, x):
        xs = self._char_xs()
        inset, width = self._text_inset(), self.winfo_width()
        x, round_up = max(x, inset), False
        if x >= width - inset:
            x, round_up = width - inset - 1, True
        i = self._point_to_char(xs, x - self._layout_x(xs))
        return i + 1 if round_up and i < len(xs) - 1 else i

    def _view_fractions(self):
        xs = self._char_xs()
        n = len(xs) - 1
        if n == 0:
            return (0.0, 1.0)
        x0 = self._layout_x(xs)
        chars = self._point_to_char(xs, self.winfo_width() - self._text_inset() - self._button_width() - x0 - 1)
        if chars < n:
            chars += 1
        chars = max(1, chars - self._left)
        return (self._left / n, (self._left + chars) / n)

    def _scroll_view(self, args):
        n = len(self._text)
        kind = parse_view_args(args)
        if kind[0] == "moveto":
            left = int(kind[1] * n + 0.5)
        elif kind[0] == "index":
            left = self._idx(kind[1])
        elif kind[2] == "pages":
            page = (self.winfo_width() - 2 * self._text_inset() - self._button_width()) // max(1, _avg(_font(self)))
            left = self._left + kind[1] * max(1, page - 2)
        else:
            left = self._left + kind[1]
        self._left = max(0, min(left, n - 1))
        self._layout_x(self._char_xs())
        self._schedule_xscroll()

    def _schedule_xscroll(self):
        """Tk tells -xscrollcommand the view when it redisplays the entry: once, at idle."""
        if self._xscroll_pending or not self._opts.get("xscrollcommand"):
            return
        self._xscroll_pending = True

        def report():
            self._xscroll_pending = False
            cmd = self._opts.get("xscrollcommand")
            if cmd and self._exists:
                first, last = self.xview()
                call_command(cmd, str(float(first)), str(float(last)))

        C.after_idle(report)


class Entry(_EntryIndexMixin, Widget):
    _tkclass = "Entry"

    def __init__(self, master=None, cnf={}, **kw):
        super().__init__(master, "entry", C._cnfmerge((cnf, kw)))

    def _init_widget(self):
        self._text = ""
        self._cursor = 0
        self._sel = None
        self._sel_anchor = 0
        self._tv = None

    def _after_create(self, cnf):
        if self._opts.get("textvariable"):
            self._bind_textvariable()

    def _bind_textvariable(self):
        old = self._tv
        if old is not None and self._tv_watch in old._watchers:
            old._watchers.remove(self._tv_watch)
        self._tv = get_variable(self._opts.get("textvariable"), self)
        if self._tv is not None:
            self._tv._watchers.append(self._tv_watch)
            self._tv._fire("read")  # Tk reads the variable: its read traces run
            self._tv_watch(self._tv)

    def _tv_watch(self, var):
        value = _tcl_str(var._raw())
        if value != self._text and self._exists:
            if not getattr(self, "_validating_var", False):
                # Tk validates a value set through the variable as "forced" (its answer does not stop it)
                self._validating_var = True
                try:
                    self._validate(value, "forced", -1, "")
                finally:
                    self._validating_var = False
            self._text = value
            self._cursor = min(self._cursor, len(value))
            self._send_value()

    def _pyroom_focus(self, gained):
        """Tk's entry event handler: focus validation, before the bindings see FocusIn/FocusOut."""
        self._validate(self._text, "focusin" if gained else "focusout", -1, "")

    def _pyroom_class_virtual(self, name):
        """Tk's Entry class bindings (entry.tcl, X11) for the editing virtual events."""
        sel = self._sel
        # (Tk copies what the entry shows: a password's bullets)
        if C.clipboard_virtual_event(self, name, self._shown_text()[sel[0]:sel[1]] if sel else None):
            return None
        if name == "<<TraverseIn>>":  # (tabbed into: Tk selects all the text, the cursor at its end)
            self.selection_range(0, "end")
            self.icursor("end")
        elif name == "<<SelectAll>>":
            self.selection_range(0, "end")
        elif name == "<<SelectNone>>":
            self.selection_clear()
        return None

    def _pyroom_class_key(self, ev):
        """Tk's Entry class bindings (entry.tcl) for a generated key: typing, BackSpace, Delete, moving."""
        ks, ch, state = str(ev.keysym), ev.char if isinstance(ev.char, str) else "", ev.state
        if isinstance(state, int) and state & (4 | 8):
            return  # Control-, Alt-, Meta-keys: nothing (as the bindings that swallow them)
        sel, cur = self._sel, self._cursor
        if ks in ("BackSpace", "Delete"):
            if sel:
                self.delete(sel[0], sel[1])
            elif ks == "Delete":
                self.delete(cur)
            elif cur > 0:
                self.delete(cur - 1)
        elif ks in ("Left", "Right", "Home", "End"):
            self.icursor({"Left": max(0, cur - 1), "Right": cur + 1, "Home": 0, "End": "end"}[ks])
            if sel:
                self.selection_clear()
        elif len(ch) == 1 and ch >= " " and ch != "\x7f":
            if sel and sel[0] <= cur <= sel[1]:
                self.delete(sel[0], sel[1])
            self.insert("insert", ch)

    def _shown_text(self):
        """What the entry displays: with `show`, its first character once per character of the text (a password
        field); the text itself stays in Python, the page edits it by offsets (PROTOCOL.md)."""
        show = str(self._getopt("show") or "") if "show" in self._table().specs else ""
        return show[0] * len(self._text) if show else self._text

    def _send_value(self):
        get_display().send(["config", self._w, {"value": self._shown_text(), "cursor": self._cursor}])
        self._schedule_xscroll()

    def _on_layout(self):
        self._schedule_xscroll()

    def _initial_display_options(self):
        out = super()._initial_display_options()
        out["value"] = self._shown_text()
        return out

    def _options_changed(self, changed):
        if "textvariable" in changed:
            self._bind_textvariable()
        super()._options_changed(changed)
        if "show" in changed:
            self._send_value()

    def _on_destroy(self):
        if self._tv is not None and self._tv_watch in self._tv._watchers:
            self._tv._watchers.remove(self._tv_watch)

    def _set_text(self, text, validate_kind=None, index=-1, change="", moved=None):
        """Take a new text (if validation accepts it); ``moved`` adjusts the indices to it before -textvariable
        is written, as Tk's insert and delete do."""
        if text == self._text:
            return True
        if validate_kind is not None and not self._validate(text, validate_kind, index, change):
            return False
        self._text = text
        if moved is not None:
            moved()
        self._cursor = min(self._cursor, len(text))
        if self._tv is not None:
            self._tv.set(text)
        return True

    def _validate(self, new, kind, index, change):
        mode = str(self._getopt("validate"))
        vcmd = self._opts.get("validatecommand")
        allowed = {"key": ("all", "key"), "focusin": ("all", "focus", "focusin"),
                   "focusout": ("all", "focus", "focusout")}.get(kind)
        if not vcmd or mode == "none" or (allowed is not None and mode not in allowed):
            return True
        subs = {"%d": "1" if kind == "key" and len(new) > len(self._text) else ("0" if kind == "key" else "-1"),
                "%i": str(index), "%P": new, "%s": self._text, "%S": change, "%v": mode, "%V": kind,
                "%W": self._w, "%%": "%"}

        def run(cmd):
            if isinstance(cmd, (tuple, list)):
                return call_command(cmd[0], *[subs.get(a, a) for a in cmd[1:]])
            parts = split_list(cmd) if isinstance(cmd, str) else [cmd]
            return call_command(parts[0], *[subs.get(a, a) for a in parts[1:]])

        try:
            answer = run(vcmd)
        except Exception:
            C.report_exception(self)
            answer = ""  # tkinter's callback wrapper answers an empty string after reporting the error
        try:
            ok = getboolean("" if answer is None else answer)
        except TclError:
            # not a boolean (a command that returns nothing, or failed): Tk refuses the change and turns
            # validation off
            self._opts["validate"] = "none"
            return False
        if not ok and kind == "forced":
            self._opts["validate"] = "none"  # the variable wins: Tk turns validation off, without -invalidcommand
        elif not ok and self._opts.get("invalidcommand"):
            C._safe_call(self, run, self._opts["invalidcommand"])
        return ok

    # -- the Tk API ---------------------------------------------------------------------------------------------
    def get(self):
        return self._text

    def insert(self, index, string):
        if self._getopt("state") in ("disabled", "readonly") and self._tkclass == "Entry":
            return
        i = self._idx(index)
        s = str(string)
        new = self._text[:i] + s + self._text[i:]
        k = len(s)

        def moved():
            # Tk moves the insertion cursor, the selection, its anchor and the view with the characters after them
            if self._cursor >= i:
                self._cursor += k
            lo, hi = self._sel or (-1, -1)
            if self._sel_anchor > i or lo >= i:
                self._sel_anchor += k
            if self._sel is not None:
                self._sel = (lo + k if lo >= i else lo, hi + k if hi > i else hi)
            if self._left > i:
                self._left += k

        if self._set_text(new, "key", i, s, moved):
            self._send_value()

    def delete(self, first, last=None):
        if self._getopt("state") in ("disabled", "readonly") and self._tkclass == "Entry":
            return
        a = self._idx(first)
        b = a + 1 if last is None else self._idx(last)
        if b <= a:
            return
        new = self._text[:a] + self._text[b:]
        k = b - a

        def back(i):  # an index after the deleted characters moves back; one within them goes to the start
            return i - k if i >= b else (a if i > a else i)

        def moved():
            self._cursor = back(self._cursor)
            if self._sel is not None:
                lo, hi = back(self._sel[0]), back(self._sel[1])
                self._sel = (lo, hi) if hi > lo else None
            self._sel_anchor = back(self._sel_anchor)
            self._left = back(self._left)

        if self._set_text(new, "key", a, self._text[a:b], moved):
            self._send_value()
            if self._sel is None:
                get_display().send(["config", self._w, {"select": None}])

    def icursor(self, index):
        self._cursor = self._idx(index)
        get_display().send(["config", self._w, {"cursor": self._cursor}])

    def index(self, index):
        return self._idx(index)

    def scan_mark(self, x):
        pass

    def scan_dragto(self, x):
        pass

    def selection_adjust(self, index):
        """Tk anchors the selection at its end farther from ``index`` (near the middle: the anchor stays)."""
        if self._sel is not None:
            i, (first, last) = self._idx(index), self._sel
            if i < (first + last) // 2:
                self._sel_anchor = last
            elif i > (first + last + 1) // 2:
                self._sel_anchor = first
        self.selection_to(index)

    select_adjust = selection_adjust

    def selection_clear(self):
        self._sel = None
        get_display().send(["config", self._w, {"select": None}])

    select_clear = selection_clear

    def selection_from(self, index):
        self._sel_anchor = self._idx(index)

    select_from = selection_from

    def selection_present(self):
        return self._sel is not None

    select_present = selection_present

    def selection_range(self, start, end):
        if self._getopt("state") == "disabled":
            return  # (Tk selects nothing in a disabled entry)
        a, b = self._idx(start), self._idx(end)
        self._sel = (a, b) if b > a else None
        get_display().send(["config", self._w, {"select": list(self._sel) if self._sel else None}])
        if self._sel and getboolean(self._getopt("exportselection")):
            C.claim_primary(self)

    def _pyroom_primary_text(self):
        """What the entry exports as PRIMARY: the selected characters as shown (a password's bullets)."""
        return self._shown_text()[self._sel[0]:self._sel[1]] if self._sel else None

    def _pyroom_lose_primary(self):
        if self._sel is not None:
            self._sel = None
            get_display().send(["config", self._w, {"select": None}])

    select_range = selection_range

    def selection_to(self, index):
        i = self._idx(index)
        self.selection_range(min(i, self._sel_anchor), max(i, self._sel_anchor))

    select_to = selection_to

    def xview(self, *args):
        if self._text_inset() is None:  # (a view not modelled: all of it shown)
            return (0.0, 1.0) if not args else None
        if not args:
            return self._view_fractions()
        self._scroll_view(args)
        return None

    def xview_moveto(self, fraction):
        self.xview("moveto", fraction)

    def xview_scroll(self, number, what):
        self.xview("scroll", number, what)

    def _natural_size(self):
        fd = _font(self)
        m = metrics(fd)
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness")) + 1
        width = getint(self._getopt("width"))
        if width > 0:
            w = width * _avg(fd) + 2 * inset
        else:
            w = (measure(fd, self._text) or _avg(fd)) + 2 * inset
        return (w, m["linespace"] + 2 * inset)

    # -- the page's events -----------------------------------------------------------------------------------------
    def _pyroom_event_Value(self, d):
        old = self._text
        if "edit" in d:
            # a masked entry (`show`): the page replaced the characters from..to of what it shows with `text`
            a, b, ins = d["edit"]
            a, b = max(0, min(len(old), int(a))), max(0, min(len(old), int(b)))
            new = old[:a] + str(ins) + old[max(a, b):]
            index, change = a, str(ins) or old[a:b]
        else:
            new = str(d.get("value", ""))
            index, change = len(old), new[len(old):] if new.startswith(old) else ""
        if "cursor" in d:
            self._cursor = max(0, min(len(new), int(d["cursor"])))
        if not self._set_text(new, "key", index, change):
            self._send_value()  # rejected by validation: the page shows our text again


class Spinbox(Entry):
    _tkclass = "Spinbox"
    _double_opts = ("from", "to", "increment")

    def _cget(self, name):
        v = super()._cget(name)
        if name == "values" and isinstance(v, (tuple, list)):
            return C.tcl_list(v)  # a string option: Tk answers the Tcl list
        return v

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "spinbox", C._cnfmerge((cnf, kw)))

    _sets_own_value = True  # (a ttk::spinbox leaves its value to the program)

    def _after_create(self, cnf):
        super()._after_create(cnf)
        vals = self._values()
        if not self._sets_own_value:
            return
        if vals:
            self._reset_value(vals[0])
        elif getdouble(self._getopt("from")) != getdouble(self._getopt("to")):
            self._reset_value(self._in_range())

    def _in_range(self):
        """Tk's value after -from/-to change: the number shown, brought into the range (-from if not a number)."""
        lo, hi = getdouble(self._getopt("from")), getdouble(self._getopt("to"))
        try:
            value = float(self._text.strip().split()[0])
        except (ValueError, IndexError):
            value = lo
        return self._fmt(min(max(value, lo), hi))

    def _reset_value(self, value):
        """Tk sets a value of its own as forced (validated when it differs, kept) and writes -textvariable even
        when unchanged."""
        if value != self._text:
            self._validate(value, "forced", -1, "")
        self._text = value
        self._cursor = min(self._cursor, len(value))
        if self._tv is not None:
            self._tv.set(value)
        self._send_value()

    def _options_changed(self, changed):
        super()._options_changed(changed)
        vals = self._values()
        if not self._sets_own_value:
            return
        if vals and "values" in changed:  # new -values: Tk shows the first of them
            self._reset_value(vals[0])
        elif not vals and ("from" in changed or "to" in changed):
            self._reset_value(self._in_range())

    def _values(self):
        v = self._getopt("values")
        if not v:
            return []
        return [str(x) for x in (v if isinstance(v, (list, tuple)) else split_list(v))]

    def _fmt(self, value):
        f = self._getopt("format")
        if f:
            try:
                return f % value
            except Exception:
                pass
        inc = getdouble(self._getopt("increment"))
        frm = getdouble(self._getopt("from"))
        if float(inc).is_integer() and float(frm).is_integer():
            return str(int(round(value)))
        return repr(round(value, 10))

    def invoke(self, element):
        if self._getopt("state") == "disabled":
            return ""
        vals = self._values()
        wrap = getboolean(self._getopt("wrap"))
        up = element == "buttonup"
        if vals:
            try:
                i = vals.index(self._text)
            except ValueError:
                i = -1 if up else len(vals)
            i = i + 1 if up else i - 1
            if i >= len(vals):
                i = 0 if wrap else len(vals) - 1
            if i < 0:
                i = len(vals) - 1 if wrap else 0
            new = vals[i]
        else:
            lo, hi = getdouble(self._getopt("from")), getdouble(self._getopt("to"))
            inc = getdouble(self._getopt("increment"))
            try:
                cur = float(self._text)
            except ValueError:
                cur = lo  # not a number: Tk starts again from -from, in either direction
            else:
                cur = cur + inc if up else cur - inc
                if cur > hi:
                    cur = lo if wrap else hi
                if cur < lo:
                    cur = hi if wrap else lo
            new = self._fmt(cur)
        if new != self._text:
            self._validate(new, "forced", -1, "")  # Tk sets the new value as forced (validated, not refused)
        self._set_text(new)
        self._send_value()
        return call_command(self._getopt("command"))

    def _pyroom_event_Invoke(self, d):
        C._safe_call(self, self.invoke, d.get("element", "buttonup"))

    def identify(self, x, y):
        return "entry"

    def scan(self, *args):
        return None

    def selection(self, *args):
        return None

    def selection_element(self, element=None):
        return "none"

    def _button_width(self):
        return _avg(_font(self)) + 2 * pixels(self._getopt("borderwidth")) + 2

    def _natural_size(self):
        w, h = super()._natural_size()
        return (w + self._button_width(), h)


# ---------------------------------------------------------------------------------------------------------------
# Listbox
# ---------------------------------------------------------------------------------------------------------------


class XView:
    def xview(self, *args):
        if not args:
            return self._view_fraction("x")
        self._view_command("x", args)

    def xview_moveto(self, fraction):
        self._view_command("x", ("moveto", fraction))

    def xview_scroll(self, number, what):
        self._view_command("x", ("scroll", number, what))


class YView:
    def yview(self, *args):
        if not args:
            return self._view_fraction("y")
        self._view_command("y", args)

    def yview_moveto(self, fraction):
        self._view_command("y", ("moveto", fraction))

    def yview_scroll(self, number, what):
        self._view_command("y", ("scroll", number, what))


def parse_view_args(args):
    """('moveto', f) -> ('moveto', f); ('scroll', n, 'units'|'pages') -> ('scroll', n, what); a number -> index."""
    if len(args) == 1 and not str(args[0]).startswith(("moveto", "scroll")):
        return ("index", args[0])
    if len(args) == 1:
        args = split_list(args[0])
    if args[0] == "moveto":
        return ("moveto", getdouble(args[1]))
    if args[0] == "scroll":
        return ("scroll", getint(args[1]) if str(args[1]).lstrip("-").isdigit() else int(getdouble(args[1])),
                str(args[2]))
    raise TclError(f'unknown option "{args[0]}": must be moveto or scroll')


class Listbox(XView, YView, Widget):
    _tkclass = "Listbox"

    def __init__(self, master=None, cnf={}, **kw):
        super().__init__(master, "listbox", C._cnfmerge((cnf, kw)))

    def _init_widget(self):
        self._items = []
        self._sel = set()
        self._active = 0
        self._anchor = 0
        self._top = 0
        self._lv = None
        self._item_opts = {}

    def _after_create(self, cnf):
        if self._opts.get("listvariable"):
            self._bind_listvariable()

    def _bind_listvariable(self):
        if self._lv is not None and self._lv_watch in self._lv._watchers:
            self._lv._watchers.remove(self._lv_watch)
        self._lv = get_variable(self._opts.get("listvariable"), self)
        if self._lv is not None:
            self._lv._watchers.append(self._lv_watch)
            self._lv._fire("read")  # Tk reads the variable: its read traces run
            if self._lv._raw() in ("", None) and self._items:
                self._push_lv()
            else:
                self._lv_watch(self._lv)

    def _lv_watch(self, var):
        raw = var._raw()
        items = [str(x) for x in (raw if isinstance(raw, (list, tuple)) else split_list(raw))]
        if items != self._items:
            self._items = items
            self._sel = {i for i in self._sel if i < len(items)}
            self._send_items()

    def _push_lv(self):
        if self._lv is not None:
            self._lv._value = tuple(self._items)
            self._lv._fire("write")

    def _send_items(self):
        if self._exists:
            C.mark_dirty(self, self._send_items_now)
            schedule_layout()

    def _send_items_now(self):
        get_display().send(["config", self._w, {"items": list(self._items), "selection": sorted(self._sel)}])
        self._scroll_report()

    def _initial_display_options(self):
        out = super()._initial_display_options()
        out["items"] = list(self._items)
        out["selection"] = []
        return out

    def _options_changed(self, changed):
        if "listvariable" in changed:
            self._bind_listvariable()
        super()._options_changed(changed)

    def _natural_size(self):
        fd = _font(self)
        m = metrics(fd)
        avg = _avg(fd)
        sbw = pixels(self._getopt("selectborderwidth"))
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        width = getint(self._getopt("width"))
        height = getint(self._getopt("height"))
        if width <= 0:
            width = (max((measure(fd, s) for s in self._items), default=0) + avg - 1) // avg
            width = max(width, 1)
        if height <= 0:
            height = max(len(self._items), 1)
        line = m["linespace"] + 1 + 2 * sbw
        return (width * avg + 2 * inset + 2 * sbw, height * line + 2 * inset)

    def _index(self, index, end_after=False):
        """Tk: "end" is the last element, except for index and insert where it is just after it."""
        n = len(self._items)
        if isinstance(index, int):
            return index
        s = str(index)
        if s == "end":
            return n if end_after else max(0, n - 1)
        if s == "active":
            return self._active
        if s == "anchor":
            return self._anchor
        if s.startswith("@"):
            x, y = s[1:].split(",")
            return self.nearest(int(y))
        try:
            return int(s)
        except ValueError:
            raise TclError(f'bad listbox index "{index}": must be active, anchor, end, @x,y, or a number') from None

    def activate(self, index):
        i = self._index(index)
        self._active = max(0, min(len(self._items) - 1, i))
        self._config_op({"active": self._active})

    def bbox(self, index):
        i = self._index(index)
        if not (0 <= i < len(self._items) and self._top <= i < self._top + self._shown_lines()):
            return None  # (nor for an item scrolled out of view)
        fd = _font(self)
        m = metrics(fd)
        line = m["linespace"] + 1
        inset = self._internal_border()[0]
        return (inset, inset + (i - self._top) * line, measure(fd, self._items[i]), m["linespace"])

    def curselection(self):
        return tuple(sorted(self._sel))

    def delete(self, first, last=None):
        a = self._index(first)
        b = a if last is None else self._index(last)
        if b >= len(self._items):
            b = len(self._items) - 1
        if a < 0:
            a = 0
        if a > b:
            return
        del self._items[a:b + 1]
        k = b - a + 1
        n = len(self._items)
        if a <= self._anchor:
            self._anchor = max(a, self._anchor - k)
        if self._active > b:
            self._active -= k
        elif self._active >= a:
            self._active = max(0, min(a, n - 1))
        if a <= self._top:
            self._top = max(a, self._top - k)
        self._top = max(0, min(self._top, n - self._visible_lines()))
        self._sel = {i if i < a else i - k for i in self._sel if not (a <= i <= b)}
        self._shift_item_opts(a, k, 0)
        self._push_lv()
        self._send_items()

    def _shift_item_opts(self, first, removed, added):
        """Item options (itemconfigure) belong to their items: they go with deleted ones and move with the rest."""
        old = self._item_opts
        new = {(i if i < first else i - removed + added): o for i, o in old.items()
               if not first <= i < first + removed}
        if new == old:
            return
        self._item_opts = new
        for i in sorted(set(old) | set(new)):
            if old.get(i) != new.get(i):  # (the page keeps them by index too: it gets each changed row's)
                disp = dict.fromkeys(old.get(i, {}), "")
                disp.update({k: (color(v) if "ground" in k else v) for k, v in new.get(i, {}).items()})
                self._config_op({"itemconfig": [i, disp]})

    def get(self, first, last=None):
        if last is None:
            i = self._index(first)
            return self._items[i] if 0 <= i < len(self._items) else ""
        a, b = self._index(first), self._index(last)
        return tuple(self._items[max(a, 0):b + 1])

    def index(self, index):
        return self._index(index, end_after=True)

    def insert(self, index, *elements):
        i = self._index(index, end_after=True)
        i = max(0, min(len(self._items), i))
        items = [str(e) if not isinstance(e, (tuple, list)) else tcl_list(e) for e in elements]
        self._items[i:i] = items
        self._sel = {j if j < i else j + len(items) for j in self._sel}
        # Tk moves the anchor, the active item and the view with the items after them (the anchor unbounded)
        if i <= self._anchor:
            self._anchor += len(items)
        if i <= self._active:
            self._active = min(self._active + len(items), len(self._items) - 1)
        if i < self._top:
            self._top += len(items)
        self._shift_item_opts(i, 0, len(items))
        self._push_lv()
        self._send_items()

    def nearest(self, y):
        fd = _font(self)
        line = metrics(fd)["linespace"] + 1
        i = self._top + max(0, min((int(y) - self._internal_border()[1]) // line, self._shown_lines() - 1))
        return max(0, min(len(self._items) - 1, i))

    def scan_mark(self, x, y):
        pass

    def scan_dragto(self, x, y):
        pass

    def see(self, index):
        """Tk scrolls by the least that shows the item when it is within a third of a view away, else centres it."""
        i = self._index(index)
        vis = self._visible_lines()
        before, after = self._top - i, i - (self._top + vis - 1)
        if before > 0:
            self._top = i if before <= vis // 3 else i - (vis - 1) // 2
        elif after > 0:
            self._top = self._top + after if after <= vis // 3 else i - (vis - 1) // 2
        self._top = max(0, min(self._top, len(self._items) - vis))
        self._send_view()

    def _shown_lines(self):
        """The lines the window shows, the last one partly."""
        line = metrics(_font(self))["linespace"] + 1
        h = self.winfo_height() if self._geom else self.winfo_reqheight()
        return max(1, -(-(h - 2 * self._internal_border()[1]) // line))

    def _visible_lines(self):
        fd = _font(self)
        line = metrics(fd)["linespace"] + 1
        h = self.winfo_height() if self._geom else self.winfo_reqheight()
        return max(1, (h - 2 * self._internal_border()[1]) // line)

    def _send_view(self):
        self._config_op({"top": self._top})
        self._scroll_report()

    # horizontal view, as Tk's listbox keeps it: a pixel offset in multiples of the width of "0"
    _xoff = 0

    def _x_geometry(self):
        fd = _font(self)
        unit = max(1, measure(fd, "0"))
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        width = (self.winfo_width() if self._geom else self.winfo_reqwidth()) - 2 * (
            inset + pixels(self._getopt("selectborderwidth")))
        widest = max((measure(fd, s) for s in self._items), default=0)
        return unit, width, widest

    def _set_xoff(self, off):
        unit, width, widest = self._x_geometry()
        off = min(off, widest - width + unit - 1)
        off = max(0, off)
        self._xoff = off - off % unit

    def _view_fraction(self, axis):
        if axis == "x":
            unit, width, widest = self._x_geometry()
            if widest <= 0:
                return (0.0, 1.0)
            return (min(1.0, self._xoff / widest), min(1.0, (self._xoff + width) / widest))
        n = len(self._items)
        if n == 0:
            return (0.0, 1.0)
        vis = self._visible_lines()
        return (self._top / n, min(1.0, (self._top + vis) / n))

    def _view_command(self, axis, args):
        if axis == "x":
            kind = parse_view_args(args)
            unit, width, widest = self._x_geometry()
            if kind[0] == "moveto":
                self._set_xoff(int(kind[1] * widest + 0.5))
            elif kind[0] == "index":
                self._set_xoff(getint(kind[1]) * unit)
            elif kind[2] == "pages":
                self._set_xoff(self._xoff + kind[1] * max(1, width // unit) * unit)
            else:
                self._set_xoff(self._xoff + kind[1] * unit)
            self._config_op({"left": self._xoff})
            self._scroll_report()
            return
        kind = parse_view_args(args)
        n = len(self._items)
        vis = self._visible_lines()
        if kind[0] == "moveto":
            self._top = int(kind[1] * n + 0.5)
        elif kind[0] == "index":
            self._top = self._index(kind[1])
        else:
            # (a page is the full lines shown less two, as Tk's listbox keeps two lines of context)
            page = vis - 2 if vis > 2 else 1
            self._top += kind[1] * (page if kind[2] == "pages" else 1)
        self._top = max(0, min(self._top, max(0, n - vis)))
        self._send_view()

    _report_pending = False

    def _scroll_report(self):
        """Tk tells the scroll commands the view when it redisplays the listbox: once, at idle."""
        if not self._report_pending and (self._opts.get("yscrollcommand") or self._opts.get("xscrollcommand")):
            self._report_pending = True
            C.after_idle(self._report_view)

    def _report_view(self):
        self._report_pending = False
        if not self._exists:
            return
        # (Tk appends the fractions to the command as text: a Python callback gets strings, "0.0" and "0.25")
        cmd = self._opts.get("yscrollcommand")
        if cmd:
            f = self._view_fraction("y")
            call_command(cmd, str(float(f[0])), str(float(f[1])))
        cmd = self._opts.get("xscrollcommand")
        if cmd:
            f = self._view_fraction("x")
            call_command(cmd, str(float(f[0])), str(float(f[1])))

    def _on_layout(self):
        self._scroll_report()

    def selection_anchor(self, index):
        self._anchor = max(0, min(len(self._items) - 1, self._index(index)))
        self._config_op({"anchor": self._anchor})

    select_anchor = selection_anchor

    def selection_clear(self, first, last=None):
        a = self._index(first)
        b = a if last is None else self._index(last)
        self._sel = {i for i in self._sel if not (min(a, b) <= i <= max(a, b))}
        self._config_op({"selection": sorted(self._sel)})

    select_clear = selection_clear

    def selection_includes(self, index):
        return 1 if self._index(index) in self._sel else 0

    select_includes = selection_includes

    def selection_set(self, first, last=None):
        a = self._index(first)
        b = a if last is None else self._index(last)
        for i in range(min(a, b), min(max(a, b), len(self._items) - 1) + 1):
            if i >= 0:
                self._sel.add(i)
        self._config_op({"selection": sorted(self._sel)})
        if self._sel and getboolean(self._getopt("exportselection")):
            C.claim_primary(self)

    def _pyroom_primary_text(self):
        """What the listbox exports as PRIMARY: its selected items, one a line."""
        return "\n".join(self._items[i] for i in sorted(self._sel)) if self._sel else None

    def _pyroom_lose_primary(self):
        """Another widget selected: Tk clears the listbox's selection and says so with <<ListboxSelect>>."""
        if self._sel:
            self._sel = set()
            self._config_op({"selection": []})
        C.after_idle(lambda: self._exists and self._generate("<<ListboxSelect>>"))  # (a queued event)

    select_set = selection_set

    def size(self):
        return len(self._items)

    # an item's options with their database names and classes (as Tk has them: the selection's are crossed)
    _ITEM_OPTS = {"background": ("background", "Background"), "foreground": ("foreground", "Foreground"),
                  "selectbackground": ("selectBackground", "Foreground"),
                  "selectforeground": ("selectForeground", "Background")}

    @staticmethod
    def _item_key(option):
        """An item option's full name (Tk takes "bg" and "fg" for "background" and "foreground")."""
        key = C._norm_key(option)
        return {"bg": "background", "fg": "foreground"}.get(key, key)

    def itemcget(self, index, option):
        return self._item_opts.get(self._index(index), {}).get(self._item_key(option), "")

    def itemconfigure(self, index, cnf=None, **kw):
        i = self._index(index)
        if isinstance(cnf, str) and not kw:  # one option: Tk answers its description
            key = self._item_key(cnf)
            if key not in self._ITEM_OPTS:
                raise TclError(f'unknown option "-{key}"')
            return (key, *self._ITEM_OPTS[key], "", self.itemcget(index, key))
        opts = {self._item_key(k): v for k, v in C._cnfmerge((cnf, kw)).items()} if (cnf or kw) else {}
        if not opts:  # every item option, the ones not set empty
            out = {k: (k, *names, "", self.itemcget(index, k)) for k, names in self._ITEM_OPTS.items()}
            out.update(bg=("bg", "-background"), fg=("fg", "-foreground"))
            return out
        self._item_opts.setdefault(i, {}).update(opts)
        disp = {k: (color(v) if "ground" in k else v) for k, v in opts.items()}
        self._config_op({"itemconfig": [i, disp]})

    itemconfig = itemconfigure

    def _pyroom_class_key(self, ev):
        """Tk's Listbox class bindings (listbox.tcl) for a generated key: the arrows move the active item (and the
        selection in browse and extended modes), Prior/Next scroll a page, Home/End the horizontal view."""
        ks, state = str(ev.keysym), ev.state if isinstance(ev.state, int) else 0
        if state & (4 | 8):
            return
        if ks in ("Up", "Down"):
            self.activate(self._active + (1 if ks == "Down" else -1))
            self.see("active")
            mode = str(self._getopt("selectmode"))
            if mode in ("browse", "extended"):
                self.selection_clear(0, "end")
                self.selection_set("active")
                if mode == "extended":
                    self.selection_anchor("active")
                self._generate("<<ListboxSelect>>")
        elif ks in ("Prior", "Next"):
            self.yview_scroll(1 if ks == "Next" else -1, "pages")
            self.activate("@0,0")
        elif ks in ("Home", "End"):
            self.xview_moveto(0 if ks == "Home" else 1)
        elif ks in ("Left", "Right"):
            self.xview_scroll(1 if ks == "Right" else -1, "units")

    def _pyroom_event_Select(self, d):
        # The page applied Tk's Listbox bindings (listbox.tcl) for the selectmode to a click, a drag or a key: each
        # of them fires <<ListboxSelect>> (even when the selection stays the same, as a click on the selected row).
        # Without "value" only the active row moved (arrow keys in single and multiple modes).
        n = len(self._items)
        if "active" in d:
            self._active = max(0, min(n - 1, int(d["active"])))
        if "anchor" in d:
            self._anchor = int(d["anchor"])
        if d.get("see") and n:
            self.see(self._active)
        if "value" in d:
            self._sel = {int(i) for i in d["value"] if 0 <= int(i) < n}
            if self._sel and getboolean(self._getopt("exportselection")):
                C.claim_primary(self)
            if self._getopt("state") == "normal":
                self._generate("<<ListboxSelect>>")

    def _extra_bind_types(self):
        return {"MouseWheel"}

    def _pyroom_physical_event(self, d):
        ev = C.make_event(self, d)
        C.dispatch_scrolling(self, ev)


# ---------------------------------------------------------------------------------------------------------------
# Scrollbar, Scale
# ---------------------------------------------------------------------------------------------------------------


class Scrollbar(Widget):
    _tkclass = "Scrollbar"

    def __init__(self, master=None, cnf={}, **kw):
        super().__init__(master, "scrollbar", C._cnfmerge((cnf, kw)))

    def _init_widget(self):
        self._first, self._last = 0.0, 1.0
        self._active = ""

    def _cget(self, name):
        v = super()._cget(name)
        return str(v) if isinstance(v, int) else v  # (Tk's scrollbar answers every option as text)

    def activate(self, index=None):
        if index is None:
            return self._active or None
        self._active = str(index) if str(index) in ("arrow1", "slider", "arrow2") else ""
        return None

    def _layout(self):
        """Tk's (unix) geometry along the scrollbar: (length, inset, arrow length, slider first, slider last)."""
        vertical = self._vertical()
        thick, length = (self.winfo_width(), self.winfo_height()) if vertical else (self.winfo_height(),
                                                                                    self.winfo_width())
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        arrow = thick - 2 * inset + 1
        field = max(0, length - 2 * (arrow + inset))
        first, last = int(field * self._first), int(field * self._last)
        first = max(0, min(first, field - 5))  # (a slider at least 5 pixels long)
        last = min(field, max(last, first + 5))
        return length, inset, arrow, first + arrow + inset, last + arrow + inset

    def _track_length(self):
        length, inset, arrow = self._layout()[:3]
        return length - 1 - 2 * (arrow + inset)

    def delta(self, deltax, deltay):
        track = self._track_length()
        return (deltay if self._vertical() else deltax) / track if track > 0 else 0.0

    def fraction(self, x, y):
        track = self._track_length()
        if track <= 0:
            return 0.0
        _length, inset, arrow = self._layout()[:3]
        pos = (y if self._vertical() else x) - arrow - inset
        return min(1.0, max(0.0, pos / track))

    def identify(self, x, y):
        length, inset, arrow, first, last = self._layout()
        across, along = (x, y) if self._vertical() else (y, x)
        thick = self.winfo_width() if self._vertical() else self.winfo_height()
        if not (inset <= across < thick - inset and inset <= along < length - inset):
            return ""
        if along < inset + arrow:
            return "arrow1"
        if along < first:
            return "trough1"
        if along < last:
            return "slider"
        if along >= length - (arrow + inset):
            return "arrow2"
        return "trough2"

    def get(self):
        return (self._first, self._last)

    def set(self, first, last):
        self._first, self._last = float(first), float(last)
        get_display().send(["config", self._w, {"first": self._first, "last": self._last}])

    def _vertical(self):
        return str(self._getopt("orient")).startswith("v")

    def _arrow(self):
        return pixels(self._getopt("width"))

    def _natural_size(self):
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        w = pixels(self._getopt("width"))
        # Tk (unix) sizes the arrows from the window's actual thickness, 1 pixel before it is first laid out: a
        # scrollbar never given room asks for almost no length
        geom = self._geom
        actual = (geom[2] if self._vertical() else geom[3]) if geom is not None else 1
        arrow = actual - 2 * inset + 1
        along = 2 * (arrow + pixels(self._getopt("borderwidth")) + inset)
        if self._vertical():
            return (w + 2 * inset, along)
        return (along, w + 2 * inset)

    def _on_layout(self):
        req = self._natural_size()
        if req != getattr(self, "_last_req", None):
            self._last_req = req
            schedule_layout()  # the requested length follows the thickness it was given

    def _pyroom_event_Value(self, d):
        args = d.get("value") or []
        cmd = self._opts.get("command")
        if cmd and args:
            C._safe_call(self, call_command, cmd, *args)


class Scale(Widget):
    _tkclass = "Scale"
    _double_opts = ("from", "to", "resolution", "bigincrement", "tickinterval")

    def __init__(self, master=None, cnf={}, **kw):
        super().__init__(master, "scale", C._cnfmerge((cnf, kw)))

    def _init_widget(self):
        self._value = 0.0
        self._var = None

    def _after_create(self, cnf):
        self._sign_ticks()
        self._value = self._round(getdouble(self._getopt("from")))
        if self._opts.get("variable"):
            self._bind_variable()
        self._send_value(False)

    def _bind_variable(self):
        if self._var is not None and self._var_watch in self._var._watchers:
            self._var._watchers.remove(self._var_watch)
        self._var = get_variable(self._opts.get("variable"), self, C.DoubleVar)
        if self._var is not None:
            self._var._watchers.append(self._var_watch)
            self._var._fire("read")  # Tk's scale reads the variable twice when it is set (read traces run)
            self._var._fire("read")
            try:
                self._value = self._clamp(getdouble(self._var._raw()))
            except TclError:
                pass
            self._send_value(False)

    def _var_watch(self, var):
        try:
            v = self._clamp(getdouble(var._raw()))
        except TclError:
            return
        if v != self._value:
            self._value = v
            self._send_value(False)

    def _options_changed(self, changed):
        if "variable" in changed:
            self._bind_variable()
        if changed.keys() & {"from", "to", "tickinterval"}:
            self._sign_ticks()
        if "from" in changed or "to" in changed:
            self._value = self._clamp(self._value)
        super()._options_changed(changed)

    def _sign_ticks(self):
        """Tk gives -tickinterval the sign that steps from -from towards -to."""
        ti = getdouble(self._getopt("tickinterval"))
        if (ti < 0) != (getdouble(self._getopt("to")) < getdouble(self._getopt("from"))):
            self._opts["tickinterval"] = -ti

    def _round(self, v):
        """Tk's TkRoundValueToResolution: to the nearest step of -resolution from -from (halves away from it)."""
        res = getdouble(self._getopt("resolution"))
        if res <= 0:
            return v
        lo = getdouble(self._getopt("from"))
        tick = math.floor((v - lo) / res)
        rounded, rem = res * tick, (v - lo) - res * tick
        if rem >= res / 2:
            rounded = (tick + 1) * res
        return rounded + lo

    def _format(self, for_ticks=False):
        """Tk's ComputeFormat: "%.Nf" (or "%.Ne" when shorter) with digits enough that neighbouring values (or
        ticks) differ: from -digits, else -resolution, else a pixel's worth of the range."""
        lo, hi = getdouble(self._getopt("from")), getdouble(self._getopt("to"))
        most = math.floor(math.log10(max(abs(lo), abs(hi)) or 1))
        digits = 0 if for_ticks else C.getint(self._getopt("digits"))
        if for_ticks:
            ti = abs(getdouble(self._getopt("tickinterval")))
            least = math.floor(math.log10(ti)) if ti else 0
            digits = most - least + 1
        elif not 0 < digits <= 17:
            res = getdouble(self._getopt("resolution"))
            if res > 0:
                least = math.floor(math.log10(res))
            else:
                x = abs(lo - hi) / (pixels(self._getopt("length")) or 1)
                least = math.floor(math.log10(x)) if x > 0 else 0
            digits = most - least + 1
        digits = max(1, digits)
        e_digits = digits + 4 + (digits > 1)
        after = max(0, digits - most - 1)
        f_digits = (most + after if most >= 0 else after) + (after > 0) + (most < 0)
        return f"%.{after}f" if f_digits <= e_digits else f"%.{digits - 1}e"

    def _clamp(self, v):
        lo, hi = getdouble(self._getopt("from")), getdouble(self._getopt("to"))
        if lo > hi:
            lo, hi = hi, lo
        return self._round(max(lo, min(hi, v)))

    def _fmt(self):
        """The value as Tk gives it (to -command, `get` and the variable): in the scale's format."""
        return self._format() % self._value

    def _number(self):
        text = self._fmt()
        try:
            return int(text)
        except ValueError:
            return float(text)

    def _send_value(self, notify=True, reader=False):
        get_display().send(["config", self._w, {"value": self._value}])
        if notify:
            if self._var is not None:
                self._var.set(self._number())
            if self._opts.get("command"):
                # Tk runs -command when it redraws the slider (at idle time, once however often the value changed
                # since, and only once the scale is mapped), with the value then current
                # (a value the reader dragged to is on a scale the page shows)
                self._invoke_pending = True
                self._invoke_shown = reader
                self._schedule_command()

    _invoke_pending = False
    _invoke_scheduled = False
    _invoke_shown = False

    def _schedule_command(self):
        if (self._invoke_pending and not self._invoke_scheduled and self._exists
                and (self._invoke_shown or self._is_mapped())):
            self._invoke_scheduled = True
            C.after_idle(self._run_command)

    def _run_command(self):
        self._invoke_scheduled = False
        if not self._invoke_pending or not self._exists:
            return
        if not (self._invoke_shown or self._is_mapped()):
            return  # run once it is mapped (_on_layout)
        self._invoke_pending = False
        cmd = self._opts.get("command")
        if cmd:
            call_command(cmd, self._fmt())

    def _on_layout(self):
        self._schedule_command()

    def get(self):
        return self._number()

    def set(self, value):
        v = self._clamp(getdouble(value))
        if v != self._value:
            self._value = v
            self._send_value(True)

    # -- Tk's scale geometry (tkScale.c ComputeScaleGeometry, TkScaleValueToPixel, the unix element finder) --------
    _SPACING = 2

    def _geometry_parts(self):
        bd = pixels(self._getopt("borderwidth"))
        inset = bd + pixels(self._getopt("highlightthickness"))
        return bd, inset, pixels(self._getopt("width")), pixels(self._getopt("sliderlength"))

    def _trough_offset(self):
        """vertTroughX of a vertical scale, horizTroughY of a horizontal one."""
        bd, inset, _w, _sl = self._geometry_parts()
        fd = _font(self)
        sp = self._SPACING
        show = getboolean(self._getopt("showvalue"))
        if not self._vertical():
            y = inset
            extra = 0
            for on in (bool(str(self._getopt("label"))), show):
                if on:
                    y += metrics(fd)["linespace"] + sp
                    extra = sp
            return y + extra
        ends = [getdouble(self._getopt(k)) for k in ("from", "to")]
        value_px = max(measure(fd, self._format() % v) for v in ends)
        tick_px = max(measure(fd, self._format(True) % v) for v in ends)
        x = inset
        ticks = getdouble(self._getopt("tickinterval")) != 0
        if ticks and show:
            x = x + sp + tick_px + value_px + metrics(fd)["ascent"] // 2 + sp
        elif ticks:
            x = x + sp + tick_px + sp
        elif show:
            x = x + sp + value_px + sp
        return x

    def _vertical(self):
        return str(self._getopt("orient")).startswith("v")

    def _value_to_pixel(self, value):
        bd, inset, _w, sl = self._geometry_parts()
        lo, hi = getdouble(self._getopt("from")), getdouble(self._getopt("to"))
        size = self.winfo_height() if self._vertical() else self.winfo_width()
        prange = size - sl - 2 * inset - 2 * bd
        if hi == lo:
            p = 0
        else:
            import math
            p = int(math.floor((value - lo) * prange / (hi - lo) + 0.5))
            p = max(0, min(prange, p))
        return p + sl // 2 + inset + bd

    def coords(self, value=None):
        v = self._value if value is None else getdouble(value)
        bd, _inset, w, _sl = self._geometry_parts()
        across = self._trough_offset() + w // 2 + bd
        along = self._value_to_pixel(v)
        return (across, along) if self._vertical() else (along, across)

    def identify(self, x, y):
        bd, inset, w, sl = self._geometry_parts()
        trough = self._trough_offset()
        if self._vertical():
            across, along, size = x, y, self.winfo_height()
        else:
            across, along, size = y, x, self.winfo_width()
        if across < trough or across >= trough + 2 * bd + w or along < inset or along >= size - inset:
            return ""
        first = self._value_to_pixel(self._value) - sl // 2
        if along < first:
            return "trough1"
        return "slider" if along < first + sl else "trough2"

    def _initial_display_options(self):
        out = super()._initial_display_options()
        out["value"] = self._value
        return out

    def _natural_size(self):
        """Tk's ComputeScaleGeometry: across the trough, the value, the ticks and the label add their room."""
        fd = _font(self)
        bd, inset, width, _sl = self._geometry_parts()
        length = pixels(self._getopt("length"))
        label = str(self._getopt("label"))
        x = self._trough_offset() + 2 * bd + width
        if self._vertical():
            if label:
                x += metrics(fd)["ascent"] // 2 * 2 + measure(fd, label)
            return (x + inset, length + 2 * inset)
        if getdouble(self._getopt("tickinterval")) != 0:
            x += metrics(fd)["linespace"] + 2 * self._SPACING
        return (length + 2 * inset, x + inset)

    def _pyroom_event_Value(self, d):
        try:
            v = self._clamp(getdouble(d.get("value", 0)))
        except TclError:
            return
        if v != self._value:
            self._value = v
            self._send_value(True, reader=True)


# ---------------------------------------------------------------------------------------------------------------
# LabelFrame, PanedWindow
# ---------------------------------------------------------------------------------------------------------------


class LabelFrame(C.Frame):
    _tkclass = "LabelFrame"

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "labelframe", C._cnfmerge((cnf, kw)))

    def _label_size(self):
        text = str(self._getopt("text"))
        lw = self._opts.get("labelwidget")
        if lw:
            w = lw if isinstance(lw, C.Misc) else self.nametowidget(lw)
            return C._geometry.reqsize(w)
        if not text:
            return (0, 0)
        fd = _font(self)
        return (measure(fd, text) + 2, metrics(fd)["linespace"] + 2)

    def _internal_border(self):
        bd = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        px, py = pixels(self._getopt("padx")), pixels(self._getopt("pady"))
        lw, lh = self._label_size()
        top = max(bd, lh) if str(self._getopt("labelanchor")).startswith("n") else bd
        bottom = max(bd, lh) if str(self._getopt("labelanchor")).startswith("s") else bd
        return (bd + px, top + py, bd + px, bottom + py)

    def _min_request(self):
        lw, lh = self._label_size()
        bd = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        return (lw + 2 * bd + 8 if lw else 0, lh + bd if lh else 0)

    def _natural_size(self):
        w, h = pixels(self._getopt("width")), pixels(self._getopt("height"))
        return (w if w > 0 else 1, h if h > 0 else 1)


class _Pane:
    """A pane of a classic PanedWindow: its options and Tk's per-pane state (tkPanedWindow.c's Pane)."""

    __slots__ = ("w", "opts", "pw", "ph", "width", "height", "req", "x", "y", "sashx", "sashy", "mark")

    def __init__(self, w, opts):
        self.w, self.opts = w, opts
        self.pw = self.ph = None  # paneWidth/paneHeight (None: not yet read from the window's request)
        self.width = self.height = 0  # Tk's integer -width/-height (a sash move sets them, not the options)
        self.req = None  # the window's request when last seen
        self.x = self.y = self.sashx = self.sashy = 0
        self.mark = (0, 0)

    def set_opts(self, opts):
        self.opts.update(opts)
        for k in ("width", "height"):
            if k in opts:
                setattr(self, k, pixels(opts[k]) if opts[k] not in (None, "") else 0)


_STRETCH = ("always", "first", "last", "middle", "never")


def _adjust_for_sticky(sticky, cw, ch, x, y, w, h):
    """tkPanedWindow.c's AdjustForSticky: a pane's window in its cavity."""
    return C._geometry.apply_sticky(str(sticky or ""), x, y, w, h, max(0, cw - w), max(0, ch - h))


class PanedWindow(Widget):
    """Tk's classic panedwindow: its layout (ComputeGeometry, ArrangePanes) and sash moves (MoveSash) follow
    tkPanedWindow.c; the reader drags sashes in the page (a Sash event: Tk's `sash place`)."""

    _tkclass = "Panedwindow"

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "panedwindow", C._cnfmerge((cnf, kw)))

    def _init_widget(self):
        self._panes = []  # [_Pane]
        self._req = None  # the request of the last ComputeGeometry
        self._geometry_pending = True  # ComputeGeometry is due (Tk runs it when panes or options change)

    def _horizontal(self):
        return str(self._getopt("orient")).startswith("h")

    def _changed(self):
        self._geometry_pending = True
        schedule_layout()

    def _options_changed(self, changed):
        self._geometry_pending = True
        super()._options_changed(changed)

    # -- panes -------------------------------------------------------------------------------------------------
    def _live(self):
        """(index, pane) of the panes still managed here, hidden ones included."""
        return [(i, p) for i, p in enumerate(p for p in self._panes if p.w._exists and p.w._manager == "panedwindow"
                                                  and getattr(p.w, "_pane_parent", None) is self)]

    def _find_pane(self, child):
        for p in self._panes:
            if p.w is child or str(p.w) == str(child):
                return p
        return None

    def _pane_opt(self, p, name):
        v = p.opts.get(name)
        return max(0, pixels(v)) if v not in (None, "") else 0

    def add(self, child, **kw):
        opts = {C._norm_key(k): v for k, v in kw.items()}
        if opts.get("stretch") not in (None, *_STRETCH):
            raise TclError(f'bad stretch "{opts["stretch"]}": must be always, first, last, middle, or never')
        p = self._find_pane(child)
        if p is None:
            p = _Pane(child, {"after": None, "before": None, "height": None, "minsize": 0, "padx": 0, "pady": 0,
                              "sticky": "nsew", "stretch": "last", "width": None, "hide": False})
            self._panes.append(p)
        elif opts.get("after") is not None or opts.get("before") is not None:
            self._panes.remove(p)
            self._panes.append(p)
        p.set_opts(opts)
        ref = opts.get("after") if opts.get("after") is not None else opts.get("before")
        if ref is not None:
            other = self._find_pane(ref)
            if other is None:
                raise TclError(f'window "{ref}" is not managed by {self._w}')
            self._panes.remove(p)
            at = self._panes.index(other) + (1 if opts.get("after") is not None else 0)
            self._panes.insert(at, p)
        if child._manager != "panedwindow" or getattr(child, "_pane_parent", None) is not self:
            child._set_manager("panedwindow")
            child._pane_parent = self
        self._changed()

    def remove(self, child):
        p = self._find_pane(child)
        if p is None:
            return
        self._panes.remove(p)
        child._manager = None
        child._pane_parent = None
        if child._mapped:
            get_display().send(["unmap", child._w])
            child._mapped = False
        self._changed()

    forget = remove

    def panecget(self, child, option):
        p = self._find_pane(child)
        if p is None:
            raise TclError("not managed by this window")
        v = p.opts.get(C._norm_key(option))
        return "" if v is None else v

    def paneconfigure(self, tagOrId, cnf=None, **kw):
        p = self._find_pane(tagOrId)
        if p is None:
            raise TclError("not managed by this window")
        opts = {C._norm_key(k): v for k, v in C._cnfmerge((cnf, kw)).items()} if (cnf or kw) else {}
        if not opts:
            return {k: (k, "", "", "", v) for k, v in p.opts.items()}
        p.set_opts(opts)
        self._changed()
        return None

    paneconfig = paneconfigure

    def panes(self):
        return tuple(p.w for _i, p in self._live())

    # -- sashes ------------------------------------------------------------------------------------------------
    def _sash_dims(self):
        """(width of a sash with its padding and handle, offset of the sash in it), as Tk computes them."""
        pad = pixels(self._getopt("sashpad"))
        sw = pixels(self._getopt("sashwidth"))
        hs = pixels(self._getopt("handlesize"))
        if getboolean(self._getopt("showhandle")) and hs > sw:
            return 2 * pad + hs, (hs - sw) // 2 + pad
        return 2 * pad + sw, pad

    def _valid_sash(self, index):
        live = self._live()
        index = int(index)
        if not (0 <= index < len(live) - 1) or live[index][1].opts.get("hide"):
            raise TclError("invalid sash index")
        return index, live[index][1]

    def _settle(self):
        if self._geometry_pending:
            self._compute_geometry(commit=True)

    def sash(self, *args):
        if not args:
            raise TclError('wrong # args: should be "' + self._w + ' sash option ?arg ...?"')
        op = {"coord": self.sash_coord, "mark": self.sash_mark, "place": self.sash_place,
              "dragto": self._sash_dragto}.get(str(args[0]))
        if op is None:
            raise TclError(f'bad option "{args[0]}": must be coord, dragto, mark, or place')
        return op(*args[1:]) or ()

    def sash_coord(self, index):
        self._settle()
        _i, p = self._valid_sash(index)
        return (p.sashx, p.sashy)

    def sash_mark(self, index, x=None, y=None):
        _i, p = self._valid_sash(index)
        if x is None:
            return p.mark
        p.mark = (int(x), int(y))
        return None

    def sash_place(self, index, x, y):
        self._settle()
        i, p = self._valid_sash(index)
        self._move_sash(i, (int(x) - p.sashx) if self._horizontal() else (int(y) - p.sashy))
        self._compute_geometry(commit=True)
        schedule_layout()
        return None

    def _sash_dragto(self, index, x, y):
        self._settle()
        i, p = self._valid_sash(index)
        mx, my = p.mark
        self._move_sash(i, (int(x) - mx) if self._horizontal() else (int(y) - my))
        self._compute_geometry(commit=True)
        schedule_layout()

    def _pyroom_event_Sash(self, d):
        # the reader dragged sash `index` to x, y (Tk's panedwindow.tcl with -opaqueresize: `sash place`)
        try:
            self.sash_place(int(d["index"]), int(d.get("x", 0)), int(d.get("y", 0)))
        except TclError:
            pass

    def _move_sash(self, sash, diff):
        """tkPanedWindow.c's MoveSash: every pane takes its current size as its -width/-height, then the pane on
        one side of the sash grows by diff and the panes on the other side shrink, down to their minsize."""
        if diff == 0:
            return
        horiz = self._horizontal()
        _w, off = self._sash_dims()
        live = [p for _i, p in self._live()]
        for p in live:
            if p.opts.get("hide"):
                continue
            if horiz:
                p.pw = p.width = p.sashx - off - p.x - 2 * self._pane_opt(p, "padx")
            else:
                p.ph = p.height = p.sashy - off - p.y - 2 * self._pane_opt(p, "pady")
        nxt = sash + 1
        while nxt < len(live) - 1 and live[nxt].opts.get("hide"):
            nxt += 1
        if diff > 0:
            expand, order = sash, range(nxt, len(live))
        else:
            diff = -diff
            expand, order = nxt, range(sash, -1, -1)
        size = (lambda p: p.pw) if horiz else (lambda p: p.ph)
        reserve = sum(size(p) - self._pane_opt(p, "minsize") for p in (live[k] for k in order)
                      if not p.opts.get("hide"))
        if reserve <= 0:
            return
        diff = min(diff, reserve)

        def set_size(p, v):
            if horiz:
                p.pw = p.width = v
            else:
                p.ph = p.height = v

        set_size(live[expand], size(live[expand]) + diff)
        for k in order:
            p = live[k]
            if p.opts.get("hide"):
                continue
            mn = self._pane_opt(p, "minsize")
            if diff > size(p) - mn:
                diff -= size(p) - mn
                set_size(p, mn)
            else:
                set_size(p, size(p) - diff)
                break

    # -- geometry ----------------------------------------------------------------------------------------------
    def _requests(self, p):
        """The window's request. A new pane's size is its -width/-height or that request; a later request changes
        it only while the panedwindow is unmapped (once mapped, panes keep their size: PanedWindowReqProc)."""
        rw, rh = r = C._geometry.reqsize(p.w)
        if p.pw is None:
            p.pw, p.ph = p.width if p.width > 0 else rw, p.height if p.height > 0 else rh
        elif r != p.req and not self._mapped:
            if p.width <= 0:
                p.pw = rw
            if p.height <= 0:
                p.ph = rh
        p.req = r
        return rw, rh

    def _compute_geometry(self, commit):
        """tkPanedWindow.c's ComputeGeometry: the sash positions from the panes' sizes, and the request."""
        horiz = self._horizontal()
        ib = pixels(self._getopt("borderwidth"))
        sash_w, off = self._sash_dims()
        x = y = ib
        req_w = req_h = 0
        for _i, p in self._live():
            if p.opts.get("hide"):
                continue
            rw, rh = self._requests(p)
            padx, pady = self._pane_opt(p, "padx"), self._pane_opt(p, "pady")
            mn = self._pane_opt(p, "minsize")
            pw, ph = (max(p.pw, mn), p.ph) if horiz else (p.pw, max(p.ph, mn))
            if commit:
                p.pw, p.ph = pw, ph
                p.x, p.y = x, y
            if horiz:
                x += pw + 2 * padx
                sx, sy = x + off, y
                x += sash_w
                req_h = max(req_h, (p.height if p.height > 0 else rh) + 2 * pady)
            else:
                y += ph + 2 * pady
                sx, sy = x, y + off
                y += sash_w
                req_w = max(req_w, (p.width if p.width > 0 else rw) + 2 * padx)
            if commit:
                p.sashx, p.sashy = sx, sy
        if commit:
            self._geometry_pending = False
        wopt, hopt = pixels(self._getopt("width") or 0), pixels(self._getopt("height") or 0)
        if horiz:
            w, h = x - sash_w + ib, req_h + 2 * ib
        else:
            w, h = req_w + 2 * ib, y - sash_w + ib
        self._req = (wopt if wopt > 0 else max(w, 1), hopt if hopt > 0 else max(h, 1))
        return self._req

    def _natural_size(self):
        """The request of the last ComputeGeometry: Tk computes it again when panes, options or sashes change, or
        when a pane asks for a new size while the panedwindow is unmapped (once mapped, that only re-arranges)."""
        if self._geometry_pending or not self._mapped or self._req is None:
            self._compute_geometry(commit=self._geometry_pending)
        return self._req

    def _custom_arrange(self, W, H, out):
        """tkPanedWindow.c's ArrangePanes: the extra (or missing) space goes to the stretchable panes."""
        self._settle()
        horiz = self._horizontal()
        live = self._live()
        visible = [i for i, p in live if not p.opts.get("hide")]
        if not visible:
            return
        first, last = visible[0], visible[-1]
        ib = pixels(self._getopt("borderwidth"))
        sash_w, off = self._sash_dims()
        pw_w, pw_h = W - 2 * ib, H - 2 * ib
        x = y = ib
        reserve = pw_w if horiz else pw_h
        dyn = dyn_min = sashes = 0

        def stretchable(p, i):
            st = p.opts.get("stretch") or "last"
            return (st == "always" or (st == "first" and i == first) or (st == "last" and i == last)
                    or (st == "middle" and i not in (first, last)))

        def base(p):
            if horiz:
                return p.width if p.width > 0 else p.pw
            return p.height if p.height > 0 else p.ph

        for i, p in live:
            if p.opts.get("hide"):
                continue
            size = base(p)
            reserve -= size + 2 * (self._pane_opt(p, "padx") if horiz else self._pane_opt(p, "pady"))
            if stretchable(p, i):
                dyn += size
                dyn_min += self._pane_opt(p, "minsize")
            if i != last:
                reserve -= sash_w
                sashes += 1
        for i, p in live:
            if p.opts.get("hide"):
                if p.w._mapped:
                    get_display().send(["unmap", p.w._w])
                    p.w._mapped = False
                continue
            rw, rh = self._requests(p)
            new_w = p.width if p.width > 0 else rw
            new_h = p.height if p.height > 0 else rh
            mn = self._pane_opt(p, "minsize")
            size = base(p)
            if stretchable(p, i):
                frac = size / dyn if dyn > 0 else size / max(1, pw_w if horiz else pw_h)
                dyn -= size
                dyn_min -= mn
                amount = int(frac * reserve)
                if size + amount >= mn:
                    reserve -= amount
                    size += amount
                else:
                    reserve += size - mn
                    size = mn
                if i == last and reserve > 0:
                    size += reserve
                    reserve = 0
            elif dyn - dyn_min + reserve < 0:
                if size + dyn - dyn_min + reserve <= mn:
                    reserve += size - mn
                    size = mn
                else:
                    size += dyn - dyn_min + reserve
                    reserve = dyn_min - dyn
            padx, pady = self._pane_opt(p, "padx"), self._pane_opt(p, "pady")
            if horiz:
                cw, ch = size, pw_h - 2 * pady
            else:
                cw, ch = pw_w - 2 * padx, size
            sx_res, sy_res = (sash_w * sashes, 0) if horiz else (0, sash_w * sashes)
            if pw_w - sx_res < x + cw - ib:
                cw = pw_w - sx_res - x + ib
            if pw_h - sy_res < y + ch - ib:
                ch = pw_h - sy_res - y + ib
            new_w, new_h = min(new_w, cw), min(new_h, ch)
            p.x, p.y = x, y
            if horiz:
                x = max(ib, x + cw + 2 * padx)
                p.sashx, p.sashy = x + off, y
                x += sash_w
            else:
                y = max(ib, y + ch + 2 * pady)
                p.sashx, p.sashy = x, y + off
                y += sash_w
            px_, py_, ww, hh = _adjust_for_sticky(p.opts.get("sticky"), cw, ch, p.x, p.y, new_w, new_h)
            px_, py_ = px_ + padx, py_ + pady
            if ww <= 0 or hh <= 0 or (px_ - ib > pw_w if horiz else py_ - ib > pw_h):
                if p.w._mapped:
                    get_display().send(["unmap", p.w._w])
                    p.w._mapped = False
            else:
                out.append((p.w, px_, py_, ww, hh))
            sashes -= 1
        self._send_sashes([(p.sashx, p.sashy) for i, p in live if not p.opts.get("hide") and i != last])

    def _send_sashes(self, sashes):
        sashes = [list(s) for s in sashes]
        if sashes != getattr(self, "_sent_sashes", None):
            self._sent_sashes = sashes
            get_display().send(["config", self._w, {"sashes": sashes}])

    def identify(self, x, y):
        self._settle()
        horiz = self._horizontal()
        sw = pixels(self._getopt("sashwidth"))
        live = [p for _i, p in self._live() if not p.opts.get("hide")]
        for i, p in enumerate(live[:-1]):
            pos, at = (p.sashx, int(x)) if horiz else (p.sashy, int(y))
            if pos <= at < pos + sw:
                return (i, "sash")
        return ""

    def proxy(self, *args):
        return None

    def proxy_coord(self):
        return getattr(self, "_proxy", (0, 0))

    def proxy_forget(self):
        return None

    def proxy_place(self, x, y):
        self._proxy = (int(x), int(y))


# ---------------------------------------------------------------------------------------------------------------
# Menu, Menubutton, OptionMenu
# ---------------------------------------------------------------------------------------------------------------

def _entry_defaults(e):
    """What Tk answers for a menu entry's options that were not given, by the entry's type."""
    kind = e["type"]
    if kind == "separator":
        return {"background": ""}
    if kind == "tearoff":
        return {"background": "", "state": "normal"}
    out = {"activebackground": "", "activeforeground": "", "accelerator": "", "background": "", "bitmap": "",
           "columnbreak": 0, "command": "", "compound": "none", "font": "", "foreground": "", "hidemargin": 0,
           "image": "", "label": "", "state": "normal", "underline": -1}
    if kind == "cascade":
        out["menu"] = ""
    elif kind in ("checkbutton", "radiobutton"):
        out.update({"indicatoron": 1, "selectcolor": "", "selectimage": ""})
        if kind == "checkbutton":
            out.update({"offvalue": "0", "onvalue": "1", "variable": e.get("label", "")})
        else:
            out.update({"value": e.get("label", ""), "variable": "selectedButton"})
    return out


_ENTRY_OPTS = {"activebackground", "activeforeground", "accelerator", "background", "bitmap", "columnbreak",
               "command", "compound", "font", "foreground", "hidemargin", "image", "indicatoron", "label", "menu",
               "offvalue", "onvalue", "selectcolor", "selectimage", "state", "underline", "value", "variable"}


class Menu(Widget):
    _tkclass = "Menu"

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "menu", C._cnfmerge((cnf, kw)))

    def _init_widget(self):
        self._entries = []
        self._watched = []

    def _initial_display_options(self):
        out = super()._initial_display_options()
        out["entries"] = self._entries_display()
        return out

    def _entries_display(self):
        out = []
        if getboolean(self._getopt("tearoff")):
            out.append({"type": "tearoff"})
        for e in self._entries:
            d = {"type": e["type"]}
            for k, v in e.items():
                if k in ("type", "command", "variable"):
                    continue
                if k in ("background", "foreground", "activebackground", "activeforeground", "selectcolor"):
                    v = color(v) if v else None
                elif k == "font":
                    v = font_display(v) if v else None
                elif k == "menu":
                    v = str(v) if v else None
                elif k == "image":
                    v = C.image_display(v)
                d[k] = v
            if e["type"] in ("checkbutton", "radiobutton"):
                d["selected"] = self._entry_selected(e)
            out.append(d)
        return out

    def _entry_var(self, e):
        ref = e.get("variable")
        if not ref:
            ref = e.get("label", "") if e["type"] == "checkbutton" else "selectedButton"
        return get_variable(ref, self, C.StringVar)

    def _entry_selected(self, e):
        var = self._entry_var(e)
        if var is None:
            return False
        if e["type"] == "checkbutton":
            return _same_value(var._raw(), e.get("onvalue", 1))
        return _same_value(var._raw(), e.get("value", e.get("label", "")))

    def _watch(self, e):
        if e["type"] in ("checkbutton", "radiobutton"):
            var = self._entry_var(e)
            if var is not None and self._refresh_vars not in var._watchers:
                var._watchers.append(self._refresh_vars)
                self._watched.append(var)

    def _refresh_vars(self, _var=None):
        self._send_entries()

    def _send_entries(self):
        if self._exists:
            get_display().send(["config", self._w, {"entries": self._entries_display()}])

    def _tearoff_offset(self):
        return 1 if getboolean(self._getopt("tearoff")) else 0

    def index(self, index):
        n = len(self._entries) + self._tearoff_offset()
        if isinstance(index, int):
            return index
        s = str(index)
        if s == "end" or s == "last":
            return n - 1 if n else None
        if s == "none":
            return None
        if s == "active":
            return None
        if s.startswith("@"):
            return None
        try:
            return int(s)
        except ValueError:
            pass
        for i, e in enumerate(self._entries):
            if e.get("label") == s:
                return i + self._tearoff_offset()
        import fnmatch
        for i, e in enumerate(self._entries):
            if fnmatch.fnmatchcase(str(e.get("label", "")), s):
                return i + self._tearoff_offset()
        raise TclError(f'bad menu entry index "{index}"')

    def _entry(self, index):
        i = self.index(index)
        if i is None:
            return None
        j = i - self._tearoff_offset()
        if 0 <= j < len(self._entries):
            return self._entries[j]
        if j == -1:
            return {"type": "tearoff"}
        return None

    def _make(self, itemType, cnf, kw):
        opts = {C._norm_key(k): v for k, v in C._cnfmerge((cnf, kw)).items()}
        for k in opts:
            if k not in _ENTRY_OPTS:
                raise TclError(f'unknown option "-{k}"')
        e = {"type": itemType}
        if itemType == "checkbutton":
            e.update({"onvalue": "1", "offvalue": "0"})
        e.update(opts)
        return e

    def add(self, itemType, cnf={}, **kw):
        e = self._make(itemType, cnf, kw)
        self._entries.append(e)
        self._watch(e)
        self._send_entries()

    def add_cascade(self, cnf={}, **kw):
        self.add("cascade", cnf or kw)

    def add_checkbutton(self, cnf={}, **kw):
        self.add("checkbutton", cnf or kw)

    def add_command(self, cnf={}, **kw):
        self.add("command", cnf or kw)

    def add_radiobutton(self, cnf={}, **kw):
        self.add("radiobutton", cnf or kw)

    def add_separator(self, cnf={}, **kw):
        self.add("separator", cnf or kw)

    def insert(self, index, itemType, cnf={}, **kw):
        e = self._make(itemType, cnf, kw)
        i = self.index(index)
        j = len(self._entries) if i is None else max(0, i - self._tearoff_offset())
        self._entries.insert(j, e)
        self._watch(e)
        self._send_entries()

    def insert_cascade(self, index, cnf={}, **kw):
        self.insert(index, "cascade", cnf or kw)

    def insert_checkbutton(self, index, cnf={}, **kw):
        self.insert(index, "checkbutton", cnf or kw)

    def insert_command(self, index, cnf={}, **kw):
        self.insert(index, "command", cnf or kw)

    def insert_radiobutton(self, index, cnf={}, **kw):
        self.insert(index, "radiobutton", cnf or kw)

    def insert_separator(self, index, cnf={}, **kw):
        self.insert(index, "separator", cnf or kw)

    def delete(self, index1, index2=None):
        a = self.index(index1)
        b = a if index2 is None else self.index(index2)
        if a is None or b is None:
            return
        off = self._tearoff_offset()
        del self._entries[max(0, a - off):max(0, b - off + 1)]
        self._send_entries()

    def entrycget(self, index, option):
        e = self._entry(index)
        key = C._norm_key(option)
        if e is None:
            raise TclError(f'bad menu entry index "{index}"')
        if key not in e:
            defaults = _entry_defaults(e)
            if key not in defaults:
                raise TclError(f'unknown option "-{key}"')
            return defaults[key]
        v = e[key]
        if callable(v):
            return C.register_command(v)
        if isinstance(v, bool):
            return int(v)  # Tcl keeps True as the integer 1
        return str(v) if isinstance(v, (C.Variable, C.Misc)) else v

    def entryconfigure(self, index, cnf=None, **kw):
        e = self._entry(index)
        if e is None:
            raise TclError(f'bad menu entry index "{index}"')
        if isinstance(cnf, str) and not kw:  # one option: Tk answers its description
            return (C._norm_key(cnf), "", "", "", self.entrycget(index, cnf))
        opts = {C._norm_key(k): v for k, v in C._cnfmerge((cnf, kw)).items()} if (cnf or kw) else {}
        if not opts:  # every option of the entry's type
            keys = set(_entry_defaults(e)) | (set(e) - {"type"})
            return {k: (k, "", "", "", self.entrycget(index, k)) for k in sorted(keys)}
        e.update(opts)
        self._watch(e)
        self._send_entries()
        return None

    entryconfig = entryconfigure

    def invoke(self, index):
        e = self._entry(index)
        if e is None or e.get("state") == "disabled":
            return ""
        if e["type"] == "checkbutton":
            var = self._entry_var(e)
            var.set(e.get("offvalue", 0) if self._entry_selected(e) else e.get("onvalue", 1))
        elif e["type"] == "radiobutton":
            self._entry_var(e).set(e.get("value", e.get("label", "")))
        return C.invoke_command(e.get("command"))

    def _pyroom_event_Invoke(self, d):
        if "index" in d:
            C._safe_call(self, self.invoke, int(d["index"]))

    def post(self, x, y):
        pc = self._opts.get("postcommand")
        if pc:
            call_command(pc)
        get_display().send(["config", self._w, {"post": [int(x), int(y)]}])

    def tk_popup(self, x, y, entry=""):
        self.post(x, y)

    def unpost(self):
        get_display().send(["config", self._w, {"post": None}])

    def activate(self, index):
        return None

    def type(self, index):
        e = self._entry(index)
        if e is None:
            raise TclError(f'bad menu entry index "{index}"')
        return e["type"]

    def xposition(self, index):
        return 0

    def yposition(self, index):
        i = self.index(index) or 0
        return i * 20

    def _natural_size(self):
        return (1, 1)

    def _on_destroy(self):
        for var in self._watched:
            if self._refresh_vars in var._watchers:
                var._watchers.remove(self._refresh_vars)


class Menubutton(Label):
    _tkclass = "Menubutton"

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "menubutton", C._cnfmerge((cnf, kw)))

    def _display_options(self, names):
        out = super()._display_options(names)
        if "menu" in names:
            out["menu"] = str(self._getopt("menu")) or None
        return out

    def _initial_display_options(self):
        out = super()._initial_display_options()
        out["menu"] = str(self._getopt("menu")) or None
        return out

    def _natural_size(self):
        w, h = Label._natural_size(self)
        if getboolean(self._getopt("indicatoron")):
            w += int(4 * C._UNITS["m"] + 0.5) + 2 * int(1.7 * C._UNITS["m"] + 0.5)
        return (w, h)


class OptionMenu(Menubutton):
    """A menubutton showing one of ``values``, choosing sets ``variable`` and calls ``command(value)``."""

    def __init__(self, master, variable, value, *values, **kwargs):
        kw = {"borderwidth": 2, "textvariable": variable, "indicatoron": 1, "relief": "raised", "anchor": "c",
              "highlightthickness": 2}
        Widget.__init__(self, master, "menubutton", kw)
        self.widgetName = "tk_optionMenu"
        menu = self.__menu = Menu(self, name="menu", tearoff=0)
        self.menuname = menu._w
        callback = kwargs.pop("command", None)
        if kwargs:
            raise TclError("unknown option -" + next(iter(kwargs)))
        for v in (value,) + values:
            menu.add_command(label=v, command=_setit(variable, v, callback))
        self["menu"] = menu

    def __getitem__(self, name):
        if name == "menu":
            return self.__menu
        return Widget.cget(self, name)

    def destroy(self):
        Menubutton.destroy(self)
        self.__menu = None


class _setit:
    def __init__(self, var, value, callback=None):
        self.__value = value
        self.__var = var
        self.__callback = callback

    def __call__(self, *args):
        self.__var.set(self.__value)
        if self.__callback is not None:
            self.__callback(self.__value, *args)
