"""The core of Pyroom's tkinter: values (colours, fonts, distances), variables, events, the event loop, Misc, Wm,
Tk, Toplevel, the geometry-manager mixins and the widget base classes.

There is no Tcl here: each widget is a Python object that keeps its options, asks the page (through
``pyroom_runtime.display``) only for what only the page knows (font metrics, dialogs), computes geometry itself and
sends display operations (static/PROTOCOL.md).
"""

from __future__ import annotations

import copy
import enum
import heapq
import itertools
import math
import os
import re
import sys
import traceback

from pyroom_runtime import display as _dispmod

from . import _defaults, _geometry
from ._colors import COLORS
from .constants import *  # noqa: F401,F403

TkVersion = 8.6
TclVersion = 8.6
READABLE = 2
WRITABLE = 4
EXCEPTION = 8
wantobjects = 1

_DPI = 96.0
_SCALING = _DPI / 72.0


class TclError(Exception):
    pass


def unsupported(name):
    """The error for a part of tkinter that Pyroom does not implement (listed by tkinter._pyroom_unsupported())."""
    return NotImplementedError(f"tkinter.{name} is not supported by Pyroom yet")


# ---------------------------------------------------------------------------------------------------------------
# values: distances, colours, fonts, Tcl-ish lists
# ---------------------------------------------------------------------------------------------------------------

_UNITS = {"c": _DPI / 2.54, "m": _DPI / 25.4, "i": _DPI, "p": _DPI / 72.0}


def fpixels(value):
    if value is None or value == "":
        return 0.0
    if isinstance(value, (int, float)):
        return float(value)
    s = str(value).strip()
    try:
        if s and s[-1] in _UNITS:
            return float(s[:-1]) * _UNITS[s[-1]]
        return float(s)
    except ValueError:
        raise TclError(f'bad screen distance "{value}"') from None


def pixels(value):
    d = fpixels(value)
    return int(d - 0.5) if d < 0 else int(d + 0.5)


_color_cache = {}


def color(value):
    """A Tk colour -> '#rrggbb' ('' and None -> None). Raises TclError for an unknown name."""
    if value is None:
        return None
    try:
        return _color_cache[value]
    except (KeyError, TypeError):
        pass
    c = _color(value)
    if isinstance(value, str) and len(_color_cache) < 5000:
        _color_cache[value] = c
    return c


def _color(value):
    s = str(value).strip()
    if s == "":
        return None
    if s.startswith("#"):
        h = s[1:]
        if len(h) in (3, 6, 9, 12) and all(c in "0123456789abcdefABCDEF" for c in h):
            n = len(h) // 3
            parts = [h[i * n:(i + 1) * n] for i in range(3)]
            return "#" + "".join(p[:2] if n >= 2 else p * 2 for p in parts).lower()
        raise TclError(f'invalid color name "{value}"')
    key = s.lower().replace(" ", "")
    if key in COLORS:
        return COLORS[key]
    raise TclError(f'unknown color name "{value}"')


def rgb16(value):
    c = color(value)
    if c is None:
        raise TclError(f'unknown color name "{value}"')
    return tuple(int(c[i:i + 2], 16) * 257 for i in (1, 3, 5))


def tcl_list(items):
    out = []
    for it in items:
        s = str(it)
        if s == "" or any(ch in s for ch in " \t\n{}\"\\;$[]"):
            out.append("{" + s + "}")
        else:
            out.append(s)
    return " ".join(out)


def split_list(s):
    """Split a Tcl list string (braces and quotes; no substitutions)."""
    if isinstance(s, (tuple, list)):
        return tuple(s)
    s = str(s)
    items, i, n = [], 0, len(s)
    while i < n:
        while i < n and s[i].isspace():
            i += 1
        if i >= n:
            break
        if s[i] == "{":
            depth, j = 1, i + 1
            while j < n and depth:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                j += 1
            items.append(s[i + 1:j - 1])
            i = j
        elif s[i] == '"':
            j = s.find('"', i + 1)
            j = n if j < 0 else j
            items.append(s[i + 1:j])
            i = j + 1
        else:
            j = i
            while j < n and not s[j].isspace():
                j += 1
            items.append(s[i:j])
            i = j
    return tuple(items)


def getboolean(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    s = str(value).strip().lower()
    if s in ("1", "true", "yes", "on", "t", "y", "tru", "ye", "o"):
        return True
    if s in ("0", "false", "no", "off", "f", "n", "fa", "fal", "fals", "of"):
        return False
    try:
        return bool(float(s))
    except ValueError:
        raise TclError(f'expected boolean value but got "{value}"') from None


def getint(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip(), 0)
    except ValueError:
        raise TclError(f'expected integer but got "{value}"') from None


def getdouble(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        raise TclError(f'expected floating-point number but got "{value}"') from None


# -- fonts ------------------------------------------------------------------------------------------------------

_named_fonts = {}  # name -> dict(family, size (Tk units: >0 points, <0 pixels), weight, slant, underline, overstrike)
_font_counter = itertools.count(1)


def _init_named_fonts():
    for name, spec in _defaults.FONTS.items():
        _named_fonts[name] = {
            "family": spec["-family"], "size": int(spec["-size"]), "weight": spec["-weight"],
            "slant": spec["-slant"], "underline": spec["-underline"] == "1", "overstrike": spec["-overstrike"] == "1",
        }


_init_named_fonts()

_FONT_STYLE_WORDS = {"bold": ("weight", "bold"), "normal": ("weight", "normal"), "italic": ("slant", "italic"),
                     "roman": ("slant", "roman"), "underline": ("underline", True),
                     "overstrike": ("overstrike", True)}

_FAMILY_ALIASES = {"helvetica": "sans-serif", "arial": "Arial", "courier": "monospace", "courier new": "monospace",
                   "times": "serif", "times new roman": "serif", "fixed": "monospace", "system": "sans-serif"}


def font_spec(value):
    """A Tk font description (named font, tuple, string, Font) -> dict in Tk units (size: >0 points, <0 px)."""
    if value is None or value == "":
        value = "TkDefaultFont"
    if not isinstance(value, (tuple, list)):
        name = str(value)
        if name in _named_fonts:
            return dict(_named_fonts[name])
        if name.startswith("-"):  # "-family Arial -size 12"
            parts = split_list(name)
            spec = dict(_named_fonts["TkDefaultFont"])
            spec.update({"family": "", "size": 0, "weight": "normal", "slant": "roman"})
            for k, v in zip(parts[0::2], parts[1::2], strict=False):
                k = k.lstrip("-")
                if k == "size":
                    spec["size"] = int(float(v))
                elif k in ("underline", "overstrike"):
                    spec[k] = getboolean(v)
                elif k in spec:
                    spec[k] = v
            return spec
        value = split_list(name)
    parts = list(value)
    spec = {"family": "", "size": 0, "weight": "normal", "slant": "roman", "underline": False, "overstrike": False}
    if not parts:
        return dict(_named_fonts["TkDefaultFont"])
    spec["family"] = str(parts[0])
    if len(parts) > 1:
        try:
            spec["size"] = int(float(parts[1]))
        except (TypeError, ValueError):
            raise TclError(f'expected integer but got "{parts[1]}"') from None
    for word in parts[2:]:
        for w in split_list(word) if isinstance(word, str) else [word]:
            key = _FONT_STYLE_WORDS.get(str(w).lower())
            if key is None:
                raise TclError(f'unknown font style "{w}"')
            spec[key[0]] = key[1]
    return spec


def font_px(spec):
    size = spec.get("size", 0) or 0
    if size == 0:
        size = 12  # a font without a size: Tk (fontconfig) makes it 12 points
    if size < 0:
        return -size
    return round(size * _SCALING, 3)  # points -> px, fractional as Tk gives fontconfig


def font_display(value):
    """The protocol's font dict (size in px, family resolved)."""
    spec = font_spec(value)
    fam = spec["family"] or "sans-serif"
    fam = _FAMILY_ALIASES.get(fam.lower(), fam)
    return {"family": fam, "size": font_px(spec), "weight": spec["weight"], "slant": spec["slant"],
            "underline": bool(spec["underline"]), "overstrike": bool(spec["overstrike"])}


_measure_cache = {}
_metrics_cache = {}


def _fkey(fd):
    return (fd["family"], fd["size"], fd["weight"], fd["slant"])


def measure(fd, text):
    """Width in px of ``text`` (one line) in the display font dict ``fd`` (cached; asks the page)."""
    if not text:
        return 0
    key = (_fkey(fd), text)
    w = _measure_cache.get(key)
    if w is None:
        w = int(get_display().query(["measure", fd, text])["width"])
        if len(_measure_cache) > 20000:
            _measure_cache.clear()
        _measure_cache[key] = w
    return w


def metrics(fd):
    key = _fkey(fd)
    m = _metrics_cache.get(key)
    if m is None:
        m = dict(get_display().query(["metrics", fd]))
        m.setdefault("linespace", m["ascent"] + m["descent"])
        _metrics_cache[key] = m
    return m


def text_layout(fd, text, wraplength=0):
    """Tk_ComputeTextLayout, simplified: the lines of ``text`` wrapped at ``wraplength`` px (at spaces; a word
    wider than a line by itself is broken where it overflows, keeping at least one character)."""
    lines = []
    for para in str(text).split("\n"):
        if wraplength and wraplength > 0 and measure(fd, para) > wraplength:
            cur = ""
            for word in re.findall(r"\S+\s*|\s+", para):
                trial = cur + word
                if cur and measure(fd, trial.rstrip()) > wraplength:
                    lines.append(cur.rstrip())
                    cur = word
                else:
                    cur = trial
                while cur == word and measure(fd, cur.rstrip()) > wraplength:
                    n = 1
                    while measure(fd, cur[:n + 1]) <= wraplength:
                        n += 1
                    lines.append(cur[:n])
                    cur = word = cur[n:]
            lines.append(cur.rstrip() if cur.strip() else cur)
        else:
            lines.append(para)
    width = max((measure(fd, ln) for ln in lines), default=0)
    return lines, width, len(lines) * metrics(fd)["linespace"]


get_display = _dispmod.get_display  # (called for every operation: no wrapper)


def image_display(name):
    """An image option as the protocol sends it: {"url", "width", "height"} (None for no image)."""
    if not name:
        return None
    if isinstance(name, (tuple, list)):
        name = name[0] if name else ""
    img = _loop.images.get(str(name))
    return img._display() if img is not None else None


def _reset_caches():
    _measure_cache.clear()
    _metrics_cache.clear()


# ---------------------------------------------------------------------------------------------------------------
# option tables
# ---------------------------------------------------------------------------------------------------------------


class _OptTable:
    def __init__(self, tkclass, extra=None):
        raw = dict(_defaults.OPTIONS.get(tkclass, {}))
        if extra:
            raw.update(extra)
        self.specs = {}
        self.aliases = {}
        for name, spec in raw.items():
            if isinstance(spec, str):
                self.aliases[name] = spec.lstrip("-").lower()
            else:
                self.specs[name] = spec
        self.names = sorted(list(self.specs) + list(self.aliases))

    def canon(self, name):
        name = self.aliases.get(name, name)
        if name not in self.specs:
            # Tk takes a unique abbreviation of an option's name ("yscroll" for "yscrollcommand")
            found = {self.aliases.get(n, n) for n in self.names if n.startswith(name)} if name else ()
            if len(found) != 1:
                raise TclError(f'unknown option "-{name}"')
            name = found.pop()
        return name

    def default(self, name):
        d = self.specs[name][2]
        if re.fullmatch(r"-?\d+", d) and name not in _STR_DEFAULTS:
            return int(d)
        return d


_tables = {}
# options whose defaults Tk returns as (pixel-object) strings rather than integers
_STR_DEFAULTS = {"borderwidth", "highlightthickness", "padx", "pady", "wraplength", "insertwidth",
                 "selectborderwidth", "insertborderwidth", "activeborderwidth", "sliderlength", "spacing1",
                 "spacing2", "spacing3", "sashwidth", "sashpad", "handlesize", "handlepad", "length",
                 "elementborderwidth"}


def opt_table(tkclass, extra=None):
    key = (tkclass, tuple(sorted((extra or {}).items())))
    t = _tables.get(key)
    if t is None:
        t = _tables[key] = _OptTable(tkclass, extra)
    return t


# ---------------------------------------------------------------------------------------------------------------
# the interpreter state: timers, idle callbacks, commands, variables, event queue
# ---------------------------------------------------------------------------------------------------------------


def claim_primary(widget):
    """``widget`` selected something it exports: it owns PRIMARY, and the previous owner loses its selection (as
    Tk clears an entry's or a listbox's selection when another widget of the application selects)."""
    old, _loop.primary = _loop.primary, widget
    if old is not None and old is not widget and old._exists:
        old._pyroom_lose_primary()


class _Loop:
    def __init__(self):
        self.timers = []  # heap of (due, seq, id)
        self.timer_funcs = {}  # id -> (func, args)
        self.idle = []  # [(id, func, args)]
        self.seq = itertools.count(1)
        self.after_ids = itertools.count(0)
        self.interp_ids = itertools.count(2)  # a second Tk() running at once is "tk#2" on the page
        self.timers_ran = False  # the last do_one_event ran timers (the next one runs idle work first)
        self.pending = []  # page events not yet dispatched
        self.commands = {}  # name -> callable
        self.variables = {}  # name -> Variable (weak enough: a variable unregisters on __del__)
        self.var_values = {}  # name -> value for variables set by name only
        self.layout_dirty = False
        self.quit_flag = False
        self.loop_depth = 0
        self.clipboard = ""
        self.history = []  # recent button presses for Double/Triple
        self.focus = None
        self.primary = None  # the widget owning the PRIMARY selection (an entry or listbox that exports it)
        self.grab = None
        self.options_db = []  # (pattern, value, priority)
        self.virtual = {}  # <<Virtual>> -> [sequence strings]
        self.images = {}
        self.image_counter = itertools.count(1)
        self.dirty = {}  # widget -> function sending its state (Text, Listbox: once per idle)
        self.downloads = {}  # path -> (mtime, size) when last offered: files named in a save dialog (filedialog)


_loop = _Loop()


def _now():
    return _dispmod.now()


def register_command(func, name=None):
    if name is None:
        name = f"{id(func)}{getattr(func, '__name__', 'cmd')}"
    _loop.commands[name] = func
    return name


def call_command(value, *args):
    if value is None or value == "":
        return None
    if callable(value):
        return value(*args)
    name = str(value)
    if isinstance(value, (tuple, list)) and value:
        name = str(value[0])
        args = tuple(value[1:]) + args
    func = _loop.commands.get(name)
    if func is None:
        parts = split_list(name)
        if parts and parts[0] in _loop.commands:
            return _loop.commands[parts[0]](*(list(parts[1:]) + list(args)))
        raise unsupported(f"Tcl command {name!r}")
    return func(*args)


def invoke_command(value):
    """A widget's invoke(): its -command's answer as it comes back through Tcl (None -> "None", True -> 1); ""
    when there is no command."""
    if value is None or value == "":
        return ""
    r = call_command(value)
    if r is None:
        return "None"
    return int(r) if isinstance(r, bool) else r


def report_exception(widget=None):
    exc, val, tb = sys.exc_info()
    root = getattr(widget, "_root", lambda: None)() if widget is not None else _default_root
    if root is not None and hasattr(root, "report_callback_exception"):
        root.report_callback_exception(exc, val, tb)
    else:
        print("Exception in Tkinter callback", file=sys.stderr)
        traceback.print_exception(exc, val, tb)


def _safe_call(widget, func, *args):
    try:
        return func(*args)
    except (SystemExit, KeyboardInterrupt):
        raise
    except Exception:
        report_exception(widget)
        return None


def schedule_layout():
    _loop.layout_dirty = True


def run_layout():
    if not _loop.layout_dirty:
        return
    _loop.layout_dirty = False
    for top in list(_toplevels):
        if top._exists:
            if top._state != "withdrawn":
                top._make_window()  # Tk maps a shown toplevel at idle time: its window exists from then on
            _geometry.layout_toplevel(top)


def mark_dirty(widget, send):
    """Send ``widget``'s state with ``send()`` at the next idle time (once, however often it changed)."""
    _loop.dirty[widget] = send


def send_dirty():
    while _loop.dirty:
        widget, send = _loop.dirty.popitem()
        if widget._exists:
            send()


def file_stamp(path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def offer_download(path):
    """Give the reader the file at ``path`` (in the run's file system) as a download: ``["download", {name,
    data}]`` with the bytes in base64 (PROTOCOL.md)."""
    import base64

    path = os.path.abspath(path)
    with open(path, "rb") as f:
        data = f.read()
    get_display().send(["download", {"name": os.path.basename(path), "data": base64.b64encode(data).decode("ascii")}])
    if path in _loop.downloads:
        _loop.downloads[path] = file_stamp(path)
    get_display().flush()


def watch_download(path):
    """A save dialog named ``path``: once the program has written it (seen when it returns to the event loop, so
    after its callback closed the file) the file is offered as a download, and again after each later change."""
    _loop.downloads[os.path.abspath(path)] = file_stamp(path)


def check_downloads():
    for path, stamp in list(_loop.downloads.items()):
        now = file_stamp(path)
        if now is not None and now != stamp and now[1] > 0:  # (an empty file is one just opened, not written)
            try:
                offer_download(path)
            except OSError:
                _loop.downloads[path] = now


def run_idle():
    """Tk's idle work: redisplay, geometry, then after_idle callbacks queued so far."""
    if _loop.downloads:
        check_downloads()
    send_dirty()
    run_layout()
    if _loop.idle:
        batch, _loop.idle = _loop.idle, []
        for _aid, func, args in batch:
            _safe_call(None, func, *args)
        run_layout()


def run_timers():
    ran = False
    now = _now()
    while _loop.timers and _loop.timers[0][0] <= now:
        _due, _seq, aid = heapq.heappop(_loop.timers)
        entry = _loop.timer_funcs.pop(aid, None)
        if entry is not None:
            ran = True
            _safe_call(None, entry[0], *entry[1])
    return ran


def next_timeout():
    while _loop.timers and _loop.timers[0][2] not in _loop.timer_funcs:
        heapq.heappop(_loop.timers)
    if _loop.idle or _loop.pending or _loop.layout_dirty:
        return 0.0
    if not _loop.timers:
        return None
    return max(0.0, _loop.timers[0][0] - _now())


def dispatch_pending():
    ran = False
    while _loop.pending:
        ev = _loop.pending.pop(0)
        ran = True
        try:
            _dispatch_page_event(ev)
        except (SystemExit, KeyboardInterrupt):
            raise
        except Exception:
            report_exception(None)
    return ran


def poll(block_timeout):
    """Ask the display for events (blocking at most ``block_timeout`` s; None: until one comes)."""
    try:
        events = get_display().wait_events(block_timeout)
    except _dispmod.Idle:
        raise _NoMoreEvents() from None
    if events:
        _loop.pending.extend(events)


class _NoMoreEvents(Exception):
    """The RecordingDisplay has nothing to deliver and nothing to wait for: the loop ends."""


def do_one_event(block=True):
    # as Tcl_DoOneEvent: due timers and queued events come before idle work (redisplay, geometry, after_idle); but
    # the page is redrawn between two batches of timers, even when the program is too slow to ever catch up
    if not _loop.timers_ran and run_timers():
        _loop.timers_ran = True
        return True
    _loop.timers_ran = False
    if _loop.pending:
        return dispatch_pending()
    run_idle()
    timeout = next_timeout()
    if not block:
        timeout = 0.0
    poll(timeout)
    dispatched = dispatch_pending()
    return run_timers() or dispatched


def update():
    """Tk's update: events and due timers, then idle work, until none is left (what idle work queues, as the
    <Configure> events of a layout, too)."""
    get_display().flush()
    for _ in range(100):  # (a timer that always schedules itself again would never let update end)
        try:
            poll(0.0)
        except _NoMoreEvents:
            pass
        ran = dispatch_pending()
        ran = run_timers() or ran
        idle = bool(_loop.idle or _loop.layout_dirty or _loop.dirty)
        run_idle()
        if not ran and not idle and not _loop.pending:
            break
    get_display().flush()


def update_idletasks():
    run_idle()
    get_display().flush()


def mainloop_until(done):
    """Process events until ``done()`` is true, quit() is called or the display says nothing will come."""
    if not getattr(get_display(), "can_block", True):
        # degraded mode (PROTOCOL.md): the page cannot be waited for; the runner dispatches events when idle
        run_idle()
        get_display().flush()
        return
    _loop.loop_depth += 1
    quit_before = _loop.quit_flag
    _loop.quit_flag = False
    if _loop.loop_depth == 1:
        get_display().send(["mainloop", True])  # the page shows the block as live (PROTOCOL.md)
    try:
        while not done() and not _loop.quit_flag:
            try:
                do_one_event(True)
            except _NoMoreEvents:
                break
    finally:
        _loop.loop_depth -= 1
        if _loop.loop_depth > 0 and not _loop.quit_flag:
            _loop.quit_flag = quit_before
        elif _loop.loop_depth == 0:
            _loop.quit_flag = False
        if _loop.loop_depth == 0:
            get_display().send(["mainloop", False])
        run_idle()
        get_display().flush()


def after(ms, func=None, *args):
    if func is None:
        # sleep, like Tk's "after ms": events that come meanwhile wait for the loop
        end = _now() + max(0, ms) / 1000.0
        send_dirty()
        get_display().flush()
        while True:
            left = end - _now()
            if left <= 0:
                break
            try:
                poll(left)
            except _NoMoreEvents:
                break
        return None
    aid = f"after#{next(_loop.after_ids)}"
    due = _now() + max(0, ms) / 1000.0
    _loop.timer_funcs[aid] = (func, args)
    heapq.heappush(_loop.timers, (due, next(_loop.seq), aid))
    return aid


def after_idle(func, *args):
    aid = f"after#{next(_loop.after_ids)}"
    _loop.idle.append((aid, func, args))
    return aid


def after_cancel(aid):
    if not aid:
        raise ValueError("id must be a valid identifier returned from after or after_idle")
    _loop.timer_funcs.pop(aid, None)
    _loop.idle = [e for e in _loop.idle if e[0] != aid]


def after_info(aid=None):
    """Tcl's `after info`: the pending ids, or one's (script, "timer"/"idle")."""
    if aid is None:
        return tuple(list(_loop.timer_funcs) + [e[0] for e in _loop.idle])
    if aid in _loop.timer_funcs:
        func, kind = _loop.timer_funcs[aid][0], "timer"
    else:
        func = next((e[1] for e in _loop.idle if e[0] == aid), None)
        kind = "idle"
        if func is None:
            raise TclError(f'event "{aid}" doesn\'t exist')
    # (tkinter registers the callback as a Tcl command named after its id and name)
    return (f"{id(func)}{getattr(func, '__name__', 'func')}", kind)


# ---------------------------------------------------------------------------------------------------------------
# variables
# ---------------------------------------------------------------------------------------------------------------

_varnum = itertools.count(0)


class _TclVar:
    """A Tcl variable's state, shared by the Variable objects naming it."""

    def __init__(self, value):
        self.value = value
        self.traces = []  # [(modes tuple, cbname, callable)], the newest first
        self.watchers = []  # widgets' internal callbacks (not traces)


def var_tables(root):
    """An interpreter's variables: {name: Variable} and {name: value} of those set by name only. Each Tk() is an
    interpreter of its own (the first one's are the loop's)."""
    if root is None or root._w == ".":
        return _loop.variables, _loop.var_values
    tables = root.__dict__.get("_var_tables")
    if tables is None:
        tables = root.__dict__["_var_tables"] = ({}, {})
    return tables


def unset_variable(name, root=None):
    """Tcl's `unset`: its unset traces run (and are gone); a widget showing it keeps it, as Tk's widgets set it
    again."""
    variables, values = var_tables(root)
    var = variables.get(name)
    if var is None:
        values.pop(name, None)
        return
    traces, var._traces = var._traces, []
    for modes, _cb, func in traces:
        if "unset" in modes:
            func(name, "", "unset")
    if not var._watchers and variables.get(name) is var:
        del variables[name]


def variable_exists(name, root=None):
    variables, values = var_tables(root)
    return str(name) in variables or str(name) in values


class Variable:
    """A Tk variable: a value with a name, traces and widgets showing it."""

    _default = ""

    def __init__(self, master=None, value=None, name=None):
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a string")
        if master is None:
            master = _get_default_root("create variable")
        self._root = master._root()
        self._tk = self._root.tk
        self._name = name if name is not None else f"PY_VAR{next(_varnum)}"
        variables, values = var_tables(self._root)
        cell = variables.get(self._name)
        if cell is not None:
            self._cell = cell._cell
        else:
            self._cell = _TclVar(values.pop(self._name, self._default))
            # the interpreter's own reference to the variable: what widgets and `getvar` use, while the
            # program's object may go away (and unset the variable, as tkinter's Variable.__del__ does)
            internal = object.__new__(type(self))
            internal.__dict__.update(self.__dict__, _internal=True)
            variables[self._name] = internal
        if value is not None:
            self.initialize(value)

    _value = property(lambda self: self._cell.value, lambda self, v: setattr(self._cell, "value", v))
    _traces = property(lambda self: self._cell.traces, lambda self, v: setattr(self._cell, "traces", v))
    _watchers = property(lambda self: self._cell.watchers)

    def __del__(self):
        if self.__dict__.get("_internal") or "_cell" not in self.__dict__:
            return
        try:
            var = var_tables(self._root)[0].get(self._name)
            if var is not None and var._cell is self._cell:  # (not a later run's variable of the same name)
                unset_variable(self._name, self._root)
        except Exception:
            pass

    def __str__(self):
        return self._name

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__name__} object {self._name!r}>"

    def __eq__(self, other):
        if not isinstance(other, Variable):
            return NotImplemented
        return self._name == other._name and type(self).__name__ == type(other).__name__

    __hash__ = object.__hash__

    def initialize(self, value):
        self.set(value)

    def set(self, value):
        self._value = self._coerce(value)
        self._fire("write")

    def _coerce(self, value):
        return value

    def _raw(self):
        return self._value

    def get(self):
        self._fire("read")
        return self._value

    def _fire(self, mode):
        if mode == "write":
            for w in list(self._watchers):
                w(self)
        for modes, _cb, func in list(self._traces):
            if mode in modes:
                func(self._name, "", mode)

    def trace_add(self, mode, callback):
        modes = (mode,) if isinstance(mode, str) else tuple(mode)
        for m in modes:
            if m not in ("array", "read", "write", "unset"):
                raise TclError(f'bad operation "{m}": must be array, read, unset, or write')
        cbname = register_command(callback)
        self._traces.insert(0, (modes, cbname, callback))
        return cbname

    def trace_remove(self, mode, cbname):
        modes = (mode,) if isinstance(mode, str) else tuple(mode)
        for i, (ms, name, _f) in enumerate(self._traces):
            if name == cbname and set(ms) == set(modes):
                del self._traces[i]
                break
        if not any(n == cbname for _m, n, _f in self._traces):
            _loop.commands.pop(cbname, None)

    def trace_info(self):
        return [(ms, name) for ms, name, _f in self._traces]

    _legacy = {"r": "read", "w": "write", "u": "unset", "a": "array"}

    def trace_variable(self, mode, callback):
        modes = tuple(self._legacy[c] for c in mode)
        cbname = self.trace_add(modes, callback)
        # an old-style ("trace variable") trace is told the operation by its letter: "w", "r", "u"
        letters = {v: k for k, v in self._legacy.items()}
        ms, name, func = self._traces[0]
        self._traces[0] = (ms, name, lambda n, i, m, f=func: f(n, i, letters.get(m, m)))
        return cbname

    trace = trace_variable

    def trace_vdelete(self, mode, cbname):
        for ms, name, _f in list(self._traces):
            if name == cbname:
                self.trace_remove(ms, cbname)
                break

    def trace_vinfo(self):
        inv = {v: k for k, v in self._legacy.items()}
        return [("".join(inv[m] for m in ms), name) for ms, name in self.trace_info()]


class StringVar(Variable):
    _default = ""

    def _coerce(self, value):
        return value

    def get(self):
        v = super().get()
        return v if isinstance(v, str) else str(v)


class IntVar(Variable):
    _default = 0

    def get(self):
        v = super().get()
        try:
            return int(v) if not isinstance(v, str) else getint(v)
        except (TypeError, ValueError, TclError):
            try:
                return int(getdouble(v))
            except TclError:
                raise TclError(f'expected floating-point number but got "{v}"') from None


class DoubleVar(Variable):
    _default = 0.0

    def get(self):
        return getdouble(super().get())


class BooleanVar(Variable):
    _default = False

    def _coerce(self, value):
        try:
            return getboolean(value)
        except TclError:
            raise ValueError("invalid literal for getboolean()") from None

    def get(self):
        try:
            return getboolean(super().get())
        except TclError:
            raise ValueError("invalid literal for getboolean()") from None


def get_variable(ref, master, cls=StringVar):
    """The Variable a widget option names (a Variable or a name), created on demand."""
    if ref is None or ref == "":
        return None
    variables = var_tables(master._root() if master is not None else _default_root)[0]
    v = variables.get(str(ref))
    if v is None:
        made = cls(master, name=str(ref))
        made.__dict__["_internal"] = True  # (a widget's variable: this object going does not unset it)
        del made
        v = variables[str(ref)]
    return v


# the X protocol's predefined atoms, numbered from 1 in this order (winfo_atom / winfo_atomname)
_X_ATOMS = (
    "PRIMARY SECONDARY ARC ATOM BITMAP CARDINAL COLORMAP CURSOR CUT_BUFFER0 CUT_BUFFER1 CUT_BUFFER2 CUT_BUFFER3 "
    "CUT_BUFFER4 CUT_BUFFER5 CUT_BUFFER6 CUT_BUFFER7 DRAWABLE FONT INTEGER PIXMAP POINT RECTANGLE RESOURCE_MANAGER "
    "RGB_COLOR_MAP RGB_BEST_MAP RGB_BLUE_MAP RGB_DEFAULT_MAP RGB_GRAY_MAP RGB_GREEN_MAP RGB_RED_MAP STRING VISUALID "
    "WINDOW WM_COMMAND WM_HINTS WM_CLIENT_MACHINE WM_ICON_NAME WM_ICON_SIZE WM_NAME WM_NORMAL_HINTS WM_SIZE_HINTS "
    "WM_ZOOM_HINTS MIN_SPACE NORM_SPACE MAX_SPACE END_SPACE SUPERSCRIPT_X SUPERSCRIPT_Y SUBSCRIPT_X SUBSCRIPT_Y "
    "UNDERLINE_POSITION UNDERLINE_THICKNESS STRIKEOUT_ASCENT STRIKEOUT_DESCENT ITALIC_ANGLE X_HEIGHT QUAD_WIDTH "
    "WEIGHT POINT_SIZE RESOLUTION COPYRIGHT NOTICE FONT_NAME FAMILY_NAME FULL_NAME CAP_HEIGHT WM_CLASS "
    "WM_TRANSIENT_FOR").split()
_ATOMS = {name: i for i, name in enumerate(_X_ATOMS, 1)}


# ---------------------------------------------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------------------------------------------


_STR_ENUM = (enum.StrEnum,) if hasattr(enum, "StrEnum") else (str, enum.Enum)


class EventType(*_STR_ENUM):
    KeyPress = "2"
    Key = KeyPress
    KeyRelease = "3"
    ButtonPress = "4"
    Button = ButtonPress
    ButtonRelease = "5"
    Motion = "6"
    Enter = "7"
    Leave = "8"
    FocusIn = "9"
    FocusOut = "10"
    Keymap = "11"
    Expose = "12"
    GraphicsExpose = "13"
    NoExpose = "14"
    Visibility = "15"
    Create = "16"
    Destroy = "17"
    Unmap = "18"
    Map = "19"
    MapRequest = "20"
    Reparent = "21"
    Configure = "22"
    ConfigureRequest = "23"
    Gravity = "24"
    ResizeRequest = "25"
    Circulate = "26"
    CirculateRequest = "27"
    Property = "28"
    SelectionClear = "29"
    SelectionRequest = "30"
    Selection = "31"
    Colormap = "32"
    ClientMessage = "33"
    Mapping = "34"
    VirtualEvent = "35"
    Activate = "36"
    Deactivate = "37"
    MouseWheel = "38"

    __str__ = str.__str__  # str(EventType.KeyPress) == "2", as in CPython


class Event:
    """An event as tkinter passes it to a binding (fields Tk does not give for the type are '??')."""

    def __repr__(self):
        attrs = {k: v for k, v in self.__dict__.items() if v != "??"}
        if not self.char:
            attrs.pop("char", None)
        elif self.char != "??":
            attrs["char"] = repr(self.char)
        if not getattr(self, "send_event", True):
            attrs.pop("send_event", None)
        if attrs.get("state") == 0:
            del attrs["state"]
        if attrs.get("delta") == 0:
            del attrs["delta"]
        keys = ("send_event", "state", "keysym", "keycode", "char", "num", "delta", "focus", "x", "y", "width",
                "height")
        text = "".join(f" {k}={attrs[k]}" for k in keys if k in attrs)
        return f"<{getattr(self.type, 'name', self.type)} event{text}>"


_TYPE_ALIASES = {"Button": "ButtonPress", "Key": "KeyPress", "Double": None}
_MODIFIERS = {
    "Shift": 1, "Lock": 2, "Control": 4, "Mod1": 8, "M1": 8, "Alt": 8, "Meta": 8, "M": 8, "Command": 8,
    "Option": 8, "Mod2": 16, "M2": 16, "Mod3": 32, "M3": 32, "Mod4": 64, "M4": 64, "Mod5": 128, "M5": 128,
    "Button1": 256, "B1": 256, "Button2": 512, "B2": 512, "Button3": 1024, "B3": 1024, "Button4": 2048, "B4": 2048,
    "Button5": 4096, "B5": 4096, "Any": 0,
}
_REPEATS = {"Double": 2, "Triple": 3, "Quadruple": 4}
_EVENT_TYPES = {t.name for t in EventType} | {"Button", "Key"}


class Pattern:
    __slots__ = ("type", "detail", "mods", "repeat", "virtual", "text")

    def __init__(self, type_, detail=None, mods=0, repeat=1, virtual=None, text=""):
        self.type, self.detail, self.mods, self.repeat, self.virtual, self.text = (
            type_, detail, mods, repeat, virtual, text)

    def specificity(self):
        return (self.repeat, self.detail is not None, bin(self.mods).count("1"))


def parse_sequence(seq):
    """'<Control-Button-1>' -> [Pattern]; several <..> in a row make a multi-event sequence (last one used)."""
    seq = str(seq)
    if seq.startswith("<<") and seq.endswith(">>"):
        return [Pattern("Virtual", virtual=seq, text=seq)]
    pats = []
    i = 0
    while i < len(seq):
        if seq[i] == "<":
            j = seq.find(">", i)
            if j < 0:
                raise TclError(f'missing ">" in binding "{seq}"')
            pats.append(_parse_one(seq[i + 1:j], seq))
            i = j + 1
        else:
            ch = seq[i]
            pats.append(Pattern("KeyPress", _char_keysym(ch), text=ch))
            i += 1
    if not pats:
        raise TclError(f'no events specified in binding "{seq}"')
    return pats


_CHAR_KEYSYMS = {" ": "space", "!": "exclam", '"': "quotedbl", "#": "numbersign", "$": "dollar", "%": "percent",
                 "&": "ampersand", "'": "apostrophe", "(": "parenleft", ")": "parenright", "*": "asterisk",
                 "+": "plus", ",": "comma", "-": "minus", ".": "period", "/": "slash", ":": "colon",
                 ";": "semicolon", "<": "less", "=": "equal", ">": "greater", "?": "question", "@": "at",
                 "[": "bracketleft", "\\": "backslash", "]": "bracketright", "^": "asciicircum", "_": "underscore",
                 "`": "grave", "{": "braceleft", "|": "bar", "}": "braceright", "~": "asciitilde",
                 "\r": "Return", "\n": "Return", "\t": "Tab", "\x08": "BackSpace", "\x1b": "Escape"}
KEYSYM_CHARS = {v: k for k, v in _CHAR_KEYSYMS.items() if len(v) > 1}
KEYSYM_CHARS["Return"] = "\r"


def _char_keysym(ch):
    return _CHAR_KEYSYMS.get(ch, ch)


def _parse_one(body, seq):
    fields = [f for f in body.split("-")]
    # "<minus>" or "<Key-minus>" cases where the detail itself is "-": tolerate empty fields at the end
    if body.endswith("-") and body != "-":
        fields = body[:-1].split("-")
        fields[-1] = fields[-1]
        fields.append("minus")
    mods, repeat, type_, detail = 0, 1, None, None
    for f in fields:
        if f == "":
            continue
        if type_ is None and f in _REPEATS:
            repeat = _REPEATS[f]
        elif type_ is None and detail is None and f in _MODIFIERS:
            mods |= _MODIFIERS[f]
        elif type_ is None and f in _EVENT_TYPES:
            type_ = _TYPE_ALIASES.get(f, f)
        elif detail is None:
            detail = f
        else:
            raise TclError(f'bad event type or keysym "{f}"')
    if type_ is None:
        if detail is None:
            raise TclError(f'no event type or button # or keysym in "{seq}"')
        if detail.isdigit() and len(detail) == 1:
            type_ = "ButtonPress"
        else:
            type_ = "KeyPress"
    if detail is not None:
        if type_ in ("ButtonPress", "ButtonRelease"):
            if not detail.isdigit():
                raise TclError(f'bad event type or keysym "{detail}"')
            detail = int(detail)
        elif type_ in ("KeyPress", "KeyRelease"):
            pass
        else:
            raise TclError(f'specified button "{detail}" for non-button event')
    return Pattern(type_, detail, mods, repeat, text="<" + body + ">")


_MOD_NAMES = [(4, "Control"), (1, "Shift"), (2, "Lock"), (8, "Alt"), (256, "B1"), (512, "B2"), (1024, "B3"),
              (2048, "B4"), (4096, "B5"), (16, "Mod2"), (32, "Mod3"), (64, "Mod4"), (128, "Mod5")]
_REPEAT_NAMES = {2: "Double", 3: "Triple", 4: "Quadruple"}


def canonical_sequence(pats):
    """The form Tk lists bindings in: '<1>' -> '<Button-1>', '<Control-a>' -> '<Control-Key-a>', 'a' stays 'a'."""
    out = []
    for p in pats:
        if p.type == "Virtual":
            out.append(p.virtual)
            continue
        if p.type == "KeyPress" and p.detail is not None and not p.mods and p.repeat == 1 and len(p.text) == 1:
            out.append(p.text)
            continue
        parts = []
        if p.repeat > 1:
            parts.append(_REPEAT_NAMES.get(p.repeat, "Double"))
        parts += [name for mask, name in _MOD_NAMES if p.mods & mask]
        if p.type in ("KeyPress", "KeyRelease"):
            parts.append("Key" if p.type == "KeyPress" else "KeyRelease")
        elif p.type in ("ButtonPress", "ButtonRelease"):
            parts.append("Button" if p.type == "ButtonPress" else "ButtonRelease")
        else:
            parts.append(p.type)
        if p.detail is not None:
            parts.append(str(p.detail))
        out.append("<" + "-".join(parts) + ">")
    return "".join(out)


class BindingTable:
    """Bindings of one tag: sequence -> [(funcid, callable)]."""

    def __init__(self):
        self.seqs = {}  # canonical sequence string -> (Pattern, [(funcid, func)])

    def bind(self, seq, func, add):
        pats = parse_sequence(seq)
        key = canonical_sequence(pats)
        if func is None:
            entry = self.seqs.get(key)
            return "" if entry is None else "\n".join(fid for fid, _f in entry[1])
        funcid = func if isinstance(func, str) else register_command(func)
        entry = self.seqs.get(key)
        item = (funcid, func)
        if entry is None or not add:
            self.seqs[key] = (pats[-1], [item])
        else:
            entry[1].append(item)
        return funcid

    def unbind(self, seq, funcid=None):
        seq = canonical_sequence(parse_sequence(seq))
        if seq not in self.seqs:
            return
        if funcid is None:
            del self.seqs[seq]
            return
        pat, items = self.seqs[seq]
        items[:] = [it for it in items if it[0] != funcid]
        if not items:
            del self.seqs[seq]

    def best(self, ev, repeat_count):
        best = None
        for pat, items in self.seqs.values():
            if not _matches(pat, ev, repeat_count):
                continue
            if best is None or pat.specificity() > best[0].specificity():
                best = (pat, items)
        return best

    def types(self):
        out = {pat.type for pat, _i in self.seqs.values()}
        if any(pat.detail in (4, 5) and pat.type in ("ButtonPress", "ButtonRelease") for pat, _i in self.seqs.values()):
            out.add("MouseWheel")  # X11 programs bind the wheel as buttons 4 and 5
        return out


def _matches(pat, ev, repeat_count):
    if pat.type == "Virtual":
        return ev.type_name == "Virtual" and ev.virtual == pat.virtual
    if pat.type != ev.type_name:
        return False
    if pat.detail is not None:
        if ev.type_name in ("ButtonPress", "ButtonRelease"):
            if pat.detail != ev.num:
                return False
        elif pat.detail != ev.keysym:
            return False
    state = ev.state if isinstance(ev.state, int) else 0
    if pat.mods & state != pat.mods:
        return False
    if pat.repeat > 1 and repeat_count < pat.repeat:
        return False
    return True


_class_bindings = {}  # class name -> BindingTable
_all_bindings = BindingTable()

_TYPE_NUM = {t.name: t for t in EventType}


def make_event(widget, d):
    """A tkinter Event from the page's dict."""
    e = Event()
    tname = d.get("type", "??")
    if tname == "Virtual":
        d = dict(d)
    e.serial = d.get("serial", 0)
    e.num = d.get("num", "??")
    e.focus = d.get("focus", False)
    e.height = d.get("height", "??")
    e.width = d.get("width", "??")
    e.keycode = d.get("keycode", "??")
    e.state = d.get("state", 0)
    e.time = d.get("time", int(_now() * 1000) & 0x7FFFFFFF)
    e.x = d.get("x", "??")
    e.y = d.get("y", "??")
    e.x_root = d.get("x_root", "??")
    e.y_root = d.get("y_root", "??")
    e.char = d.get("char", "??" if tname not in ("KeyPress", "KeyRelease") else "")
    e.send_event = d.get("send_event", False)
    e.keysym = d.get("keysym", "??")
    e.keysym_num = d.get("keysym_num", "??")
    e.type = _TYPE_NUM.get(tname, EventType.VirtualEvent if tname == "Virtual" else tname)
    e.widget = widget
    e.delta = d.get("delta", 0)
    if e.x != "??" and e.x_root == "??" and widget is not None:
        try:
            e.x_root = widget.winfo_rootx() + int(e.x)
            e.y_root = widget.winfo_rooty() + int(e.y)
        except Exception:
            pass
    e.type_name = tname
    e.virtual = d.get("virtual")
    if tname in ("KeyPress", "KeyRelease") and e.keysym != "??" and e.keycode == "??":
        e.keycode = ord(e.char) if isinstance(e.char, str) and len(e.char) == 1 else 0
    return e


def _repeat_count(ev):
    if ev.type_name != "ButtonPress":
        return 1
    t = ev.time if isinstance(ev.time, int) else 0
    pos = (ev.x, ev.y) if isinstance(ev.x, int) and isinstance(ev.y, int) else None
    h = _loop.history
    # (Tk: within 500 ms, and no more than 5 pixels away from the press before)
    last = h[-1][4] if h else None
    far = pos is not None and last is not None and max(abs(pos[0] - last[0]), abs(pos[1] - last[1])) > 5
    if h and not far and h[-1][0] == ev.num and 0 <= t - h[-1][1] <= 500 and h[-1][2] is ev.widget:
        count = h[-1][3] + 1
    else:
        count = 1
    _loop.history = [(ev.num, t, ev.widget, count, pos)]
    return count


def dispatch_scrolling(widget, ev):
    """Run ``ev``'s bindings; then, unless one returned "break", the class binding of Listbox, Text and Treeview
    for the wheel: a unit (a row, a line) per notch."""
    if dispatch(widget, ev) != "break" and ev.type_name == "MouseWheel":
        delta = int(ev.delta or 0)
        if delta:
            widget.yview_scroll(-1 if delta > 0 else 1, "units")


def _traverse(widget, ev):
    """Tk's <Tab> and <<PrevWindow>> (Shift-Tab) bindings on all: tk::TabToWindow to the next or previous window
    that takes the focus (a Text keeps its plain Tabs: its class binding inserts them and breaks)."""
    ks, state = str(ev.keysym), ev.state if isinstance(ev.state, int) else 0
    if ks not in ("Tab", "ISO_Left_Tab"):
        return
    if ks == "Tab" and not state & 5 and widget._tkclass == "Text" and widget._getopt("state") == "normal":
        return
    target = widget.tk_focusPrev() if ks == "ISO_Left_Tab" or state & 1 else widget.tk_focusNext()
    if target is None:
        return
    old = widget.focus_get()
    if old is not None:
        old.event_generate("<<TraverseOut>>")
    target.focus_set()
    target.event_generate("<<TraverseIn>>")


def dispatch(widget, ev, repeat_count=None, tags=None):
    """Run the bindings of ``ev`` along ``widget``'s bindtags; a binding returning 'break' ends it."""
    if repeat_count is None:
        repeat_count = _repeat_count(ev)
    if tags is None:
        tags = widget.bindtags()
        items = getattr(widget, "_pyroom_item_bindings", None)
        if items is not None:  # (a Treeview's event handler: its items' tag bindings run before the bindtags')
            _safe_call(widget, items, ev, repeat_count)
            if not widget._exists:
                return None
    for tag in tags:
        table = widget._table_for_tag(tag)
        best = None if table is None else table.best(ev, repeat_count)
        if best is None:
            if ev.type_name == "Virtual" and tag == widget._class_name:
                # Tk's own class bindings for the editing virtual events (<<Copy>>, <<Paste>>, ...)
                builtin = getattr(widget, "_pyroom_class_virtual", None)
                if builtin is not None and _safe_call(widget, builtin, ev.virtual) == "break":
                    return "break"
                if not widget._exists:
                    return None
            elif ev.type_name == "KeyPress" and ev.send_event and tag == widget._class_name:
                # a generated key (the page edits entries itself): Tk's class bindings type it
                builtin = getattr(widget, "_pyroom_class_key", None)
                if builtin is not None:
                    _safe_call(widget, builtin, ev)
                if not widget._exists:
                    return None
            elif ev.type_name == "KeyPress" and ev.send_event and tag == "all":
                _traverse(widget, ev)  # a generated Tab: Tk's bindings on all move the focus
            elif ev.send_event and tag == widget._class_name and ev.type_name in ("ButtonPress", "ButtonRelease",
                                                                                  "Motion"):
                # a generated click or drag: the class bindings that act on it (a Treeview's selection)
                builtin = getattr(widget, "_pyroom_class_pointer", None)
                if builtin is not None:
                    _safe_call(widget, builtin, ev, repeat_count)
                if not widget._exists:
                    return None
            continue
        result = None
        for _fid, func in list(best[1]):
            if callable(func):
                r = _safe_call(widget, func, ev)
            else:
                r = call_command(func)
            if r == "break":
                result = "break"
        if result == "break":
            return "break"
        if not widget._exists:
            return None
    # physical events mapped to virtual ones (event_add)
    if ev.type_name != "Virtual" and _loop.virtual:
        for virt, seqs in list(_loop.virtual.items()):
            for s in seqs:
                pat = parse_sequence(s)[-1]
                if _matches(pat, ev, repeat_count):
                    # the virtual event's handlers get the physical event's fields (its type: KeyPress, ...)
                    vev = copy.copy(ev)
                    vev.type_name, vev.virtual = "Virtual", virt
                    dispatch(widget, vev, 1)
    return None


def _focus_hook(widget, gained):
    """A widget's own reaction to gaining or losing the focus (an Entry's focus validation), before bindings."""
    hook = getattr(widget, "_pyroom_focus", None)
    if hook is not None and widget._exists:
        _safe_call(widget, hook, gained)


def _dispatch_page_event(d):
    path = d.get("w", ".")
    widget = _widget_by_path(path)
    if widget is None or not widget._exists:
        return
    t = d.get("type")
    handler = None if d.get("_generated") else getattr(widget, f"_pyroom_event_{t}", None)
    if handler is not None:
        handler(d)
        return
    widget._pyroom_physical_event(d)
    if t == "MouseWheel" and not d.get("_generated") and widget._exists:
        # X11 Tk reports the wheel as buttons 4 (up) and 5 (down): programs written for Linux bind those
        num = 4 if float(d.get("delta", 0) or 0) > 0 else 5
        for kind in ("ButtonPress", "ButtonRelease"):
            if widget._exists:
                widget._pyroom_physical_event(dict(d, type=kind, num=num, delta=0, _wheel=True))


_toplevels = []
_checkbutton_count = 0
_default_root = None
_support_default_root = True


def _widget_by_path(path):
    """The widget a page id names (the first interpreter's widgets have their Tcl path, other interpreters' are
    prefixed with their root's id: "tk#2.f.b")."""
    for top in _toplevels:
        if top._exists and top.master is None:
            if top._w == "." and path.startswith(".") or path == top._w or path.startswith(top._w + "."):
                return top._find(path)
    return None


def _live_roots():
    return [top for top in _toplevels if top.master is None and top._exists]


def _db_match(parts, pi, levels, li):
    if pi == len(parts):
        return li == len(levels)
    if li == len(levels):
        return False
    bind, comp = parts[pi]
    if (comp == "?" or comp in levels[li]) and _db_match(parts, pi + 1, levels, li + 1):
        return True
    return "*" in bind and _db_match(parts, pi, levels, li + 1)


def _get_default_root(what=None):
    if not _support_default_root:
        raise RuntimeError("No master specified and tkinter is configured to not support default root")
    if _default_root is None:
        if what:
            raise RuntimeError(f"Too early to {what}: no default root window")
        root = _tk_class()()
        assert _default_root is root
    return _default_root


def _tk_class():
    return Tk


def NoDefaultRoot():
    global _support_default_root, _default_root
    _support_default_root = False
    _default_root = None


def _cnfmerge(cnfs):
    if isinstance(cnfs, dict):
        return dict(cnfs)
    if cnfs is None or isinstance(cnfs, (str, bytes)):
        return cnfs
    out = {}
    for c in cnfs:
        if c:
            out.update(c)
    return out


def _norm_key(k):
    k = str(k)
    if k.startswith("-"):
        k = k[1:]
    if k.endswith("_"):
        k = k[:-1]
    return k


# ---------------------------------------------------------------------------------------------------------------
# a fake Tcl interpreter object: widget.tk
# ---------------------------------------------------------------------------------------------------------------


_EXPR_OPS = {"Add": lambda a, b: a + b, "Sub": lambda a, b: a - b, "Mult": lambda a, b: a * b,
             "Mod": lambda a, b: a % b, "Pow": lambda a, b: a ** b,
             # Tcl divides integers to the floor, as Python's //
             "Div": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
             "Lt": lambda a, b: int(a < b), "Gt": lambda a, b: int(a > b), "LtE": lambda a, b: int(a <= b),
             "GtE": lambda a, b: int(a >= b), "Eq": lambda a, b: int(a == b), "NotEq": lambda a, b: int(a != b)}


def _tcl_expr(text):
    """Tcl's `expr` on arithmetic and comparisons of numbers (what programs compute through `eval`)."""
    import ast

    def value(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            v = value(node.operand)
            return -v if isinstance(node.op, ast.USub) else v
        if isinstance(node, ast.BinOp) and type(node.op).__name__ in _EXPR_OPS:
            return _EXPR_OPS[type(node.op).__name__](value(node.left), value(node.right))
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]).__name__ in _EXPR_OPS:
            return _EXPR_OPS[type(node.ops[0]).__name__](value(node.left), value(node.comparators[0]))
        raise unsupported(f"expr {text!r}")

    text = text.strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        raise TclError(f'invalid expression "{text}"') from None
    try:
        return value(tree.body)
    except ZeroDivisionError:
        raise TclError("divide by zero") from None


class TkApp:
    """What ``widget.tk`` is: answers the few Tcl commands programs call directly."""

    def __init__(self, root):
        self._tkroot = root

    def call(self, *args):
        if len(args) == 1 and isinstance(args[0], (tuple, list)):
            args = tuple(args[0])
        args = [str(a) if not isinstance(a, (int, float)) else a for a in args]
        if not args:
            return ""
        cmd = args[0]
        if cmd in _loop.commands:
            return _loop.commands[cmd](*args[1:])
        if cmd == "tk::PlaceWindow":
            return ""  # the page places windows itself
        if cmd == "tk" and len(args) >= 2:
            if args[1] == "scaling":
                return _SCALING
            if args[1] == "windowingsystem":
                return "x11"
            if args[1] == "appname":
                return "tk"
        if cmd == "info" and len(args) >= 2 and args[1] == "patchlevel":
            return "8.6.13"
        if cmd == "info" and len(args) == 3 and args[1] == "exists":
            return int(variable_exists(args[2], self._tkroot))
        if cmd == "expr" and len(args) >= 2:
            return _tcl_expr(" ".join(str(a) for a in args[1:]))
        if cmd == "after":
            if len(args) >= 3 and args[1] == "cancel":
                return after_cancel(args[2])
            if len(args) >= 2 and str(args[1]).isdigit() and len(args) == 2:
                return after(int(args[1]))
            if len(args) in (2, 3) and args[1] == "info":
                return after_info(args[2] if len(args) == 3 else None)
            if len(args) >= 3 and (args[1] == "idle" or str(args[1]).isdigit()):
                script = " ".join(str(a) for a in args[2:])
                func = (lambda: call_command(script)) if script not in _loop.commands else _loop.commands[script]
                return after_idle(func) if args[1] == "idle" else after(int(args[1]), func)
        if cmd == "update":
            return update() if len(args) == 1 else update_idletasks()
        if cmd == "set" and len(args) >= 2:
            return self.globalsetvar(args[1], args[2]) if len(args) >= 3 else self.globalgetvar(args[1])
        if cmd == "wm" and len(args) >= 3:
            w = self._tkroot.nametowidget(args[2])
            meth = getattr(w, "wm_" + args[1], None)
            if meth is not None:
                return meth(*args[3:])
        if cmd == "winfo" and len(args) >= 3:
            w = self._tkroot.nametowidget(args[2])
            meth = getattr(w, "winfo_" + args[1], None)
            if meth is not None:
                return meth(*args[3:])
        if cmd == "font":
            from . import font as _font
            return _font._tcl_font(*args[1:])
        if cmd == "image" and len(args) >= 2 and args[1] == "names":
            return tuple(_loop.images)
        if cmd in _loop.images and len(args) >= 2 and hasattr(_loop.images[cmd], "_tcl"):
            return _loop.images[cmd]._tcl(*args[1:])  # `imageName copy ...` (a photo image's subcommands)
        if (cmd.startswith(".") or cmd.startswith(self._tkroot._w)) and len(args) >= 2:
            w = self._tkroot.nametowidget(cmd)
            rest = args[2:]
            if args[1] in ("configure", "config", "cget") and rest and str(rest[0]).startswith("-"):
                # the widget command's "-option value ..." as tkinter's keywords
                if args[1] == "cget":
                    return w.cget(_norm_key(rest[0]))
                if len(rest) == 1:
                    return w.configure(_norm_key(rest[0]))
                return w.configure({_norm_key(k): v for k, v in zip(rest[0::2], rest[1::2], strict=False)})
            meth = getattr(w, args[1], None)
            if meth is not None:
                return meth(*rest)
        raise unsupported("Tk.tk.call(" + ", ".join(repr(a) for a in args[:2]) + ")")

    def eval(self, script):
        s = str(script).strip()
        if s in ("", "update"):
            return update() if s else ""
        r = self.call(*split_list(s))
        # (eval gives the result as Tcl's string)
        return "" if r is None else tcl_list(r) if isinstance(r, (tuple, list)) else str(r)

    def getint(self, v):
        return getint(v)

    def getdouble(self, v):
        return getdouble(v)

    def getboolean(self, v):
        return getboolean(v)

    def splitlist(self, v):
        return split_list(v)

    def split(self, v):
        return split_list(v)

    def createcommand(self, name, func):
        _loop.commands[name] = func

    def deletecommand(self, name):
        _loop.commands.pop(name, None)

    def globalsetvar(self, name, value):
        variables, values = var_tables(self._tkroot)
        v = variables.get(str(name))
        if v is not None:
            v.set(value)
        else:
            values[str(name)] = value
        return value

    setvar = globalsetvar

    def globalgetvar(self, name):
        variables, values = var_tables(self._tkroot)
        v = variables.get(str(name))
        if v is not None:
            return v._value
        if str(name) in values:
            return values[str(name)]
        raise TclError(f'can\'t read "{name}": no such variable')

    getvar = globalgetvar

    def globalunsetvar(self, name):
        if not variable_exists(name, self._tkroot):
            raise TclError(f'can\'t unset "{name}": no such variable')
        unset_variable(str(name), self._tkroot)

    unsetvar = globalunsetvar

    def mainloop(self, n=0):
        self._tkroot.mainloop(n)

    def dooneevent(self, flags=0):
        try:
            return do_one_event(block=not (flags & 2))
        except _NoMoreEvents:
            return 0

    def quit(self):
        _loop.quit_flag = True

    def wantobjects(self, *args):
        return 1

    def willdispatch(self):
        return None

    def interpaddr(self):
        return id(self)

    def loadtk(self):
        return None

    def record(self, script):
        return None

    def adderrorinfo(self, msg):
        return None

    def exprstring(self, s):
        raise unsupported("Tk.tk.exprstring")

    exprboolean = exprdouble = exprlong = exprstring


# ---------------------------------------------------------------------------------------------------------------
# Misc
# ---------------------------------------------------------------------------------------------------------------

# options that make the page draw differently; others (commands, variables, cursors...) stay in Python
_NOT_DISPLAY = {"command", "textvariable", "variable", "listvariable", "validatecommand", "vcmd",
                "invalidcommand", "invcmd", "xscrollcommand", "yscrollcommand", "postcommand", "class",
                "colormap", "container", "visual", "screen", "use", "takefocus", "name", "tearoffcommand",
                "exportselection", "setgrid", "jump", "repeatdelay", "repeatinterval", "confine", "closeenough",
                "xscrollincrement", "yscrollincrement", "scrollregion", "onvalue", "offvalue", "validate",
                "menu", "labelwidget", "style", "padding", "postoffset"}
_COLOR_OPTS = {"background", "foreground", "activebackground", "activeforeground", "disabledforeground",
               "highlightbackground", "highlightcolor", "selectbackground", "selectforeground", "insertbackground",
               "troughcolor", "selectcolor", "readonlybackground", "disabledbackground", "buttonbackground",
               "inactiveselectbackground", "fieldbackground", "bordercolor", "lightcolor", "darkcolor",
               "arrowcolor"}
_PIXEL_OPTS = {"borderwidth", "highlightthickness", "padx", "pady", "wraplength", "insertwidth",
               "selectborderwidth", "insertborderwidth", "activeborderwidth", "sliderlength", "sliderrelief_",
               "spacing1", "spacing2", "spacing3", "sashwidth", "sashpad", "handlesize", "handlepad", "length",
               "elementborderwidth", "bigincrement_", "showvalue_"}


class Misc:
    """Methods every widget and window has."""

    _last_child_ids = None
    _tkclass = "Frame"
    _opt_extra = None
    _exists = False

    # -- naming and tree ---------------------------------------------------------------------------------------
    def _root(self):
        w = self
        while w.master is not None:
            w = w.master
        return w

    def _find(self, path):
        if path == self._w or path == self._path:
            return self
        root = self._root()
        if root._w != "." and path.startswith(root._w):
            path = path[len(root._w):] or "."  # a page id
        if path == ".":
            return root
        w = root
        for part in path.split(".")[1:]:
            if not part:
                continue
            w = w.children.get(part)
            if w is None:
                return None
        return w

    def __str__(self):
        return self._path

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} object {self._path}>"

    def nametowidget(self, name):
        name = str(name)
        if isinstance(name, Misc):
            return name
        if not name:
            raise KeyError(name)
        root = self._root()
        if root._w != "." and name.startswith(root._w):
            name = name[len(root._w):] or "."  # a page id (another interpreter's widget: w._w)
        if name.startswith("."):
            w = self._root()
            parts = name.split(".")[1:]
        else:
            w = self
            parts = name.split(".")
        for p in parts:
            if not p:
                continue
            w = w.children[p]
        return w

    _nametowidget = nametowidget

    def _page_id(self, ref):
        """The page's id for a widget or a path in this interpreter (what display operations name)."""
        if isinstance(ref, Misc):
            return ref._w
        try:
            return self.nametowidget(str(ref))._w
        except (KeyError, TypeError):
            return str(ref)

    # -- options -------------------------------------------------------------------------------------------------
    def _table(self):
        return opt_table(self._tkclass, self._opt_extra)

    # Tk creates a widget's X window late: when it is first mapped, when winfo_id asks for it, when a child's
    # window needs it (ttk widgets and menus make theirs at once). Until then `event generate` on it is lost.
    @property
    def _mapped(self):
        return self.__dict__.get("_mapped_flag", False)

    @_mapped.setter
    def _mapped(self, value):
        self.__dict__["_mapped_flag"] = value
        if value and not isinstance(self, Wm):
            self._make_window()

    def _make_window(self):
        w = self
        while w is not None and not w.__dict__.get("_xwin"):
            w.__dict__["_xwin"] = True
            if isinstance(w, Wm):
                break
            w = w.master

    def _window_at_creation(self):
        return self._tkclass == "Menu" or any(c.__module__ == "tkinter.ttk" for c in type(self).__mro__)

    def _getopt(self, name):
        if name in self._opts:
            return self._opts[name]
        return self._dflt(name)

    def _dflt(self, name):
        d = self._option_db_default(name)
        if d is not None:
            if isinstance(d, str) and re.fullmatch(r"\s*-?\d+\s*", d) and isinstance(self._table().default(name), int):
                return int(d)  # an integer option read from the option database: Tk answers an integer
            return d
        return self._table().default(name)

    def _option_db_default(self, name):
        # Tk reads the option database once, when it creates the widget: later option_add/option_clear calls
        # change only the widgets created after them
        snapshot = self.__dict__.get("_db_snapshot")
        if snapshot is None:
            snapshot = self.__dict__["_db_snapshot"] = {}
            if _loop.options_db:
                for opt, spec in self._table().specs.items():
                    value = self._option_db_lookup(spec[0], spec[1], opt)
                    if value is not None:
                        snapshot[opt] = value
        return snapshot.get(name)

    def _option_db_lookup(self, dbname, dbclass, name=None):
        # X resource matching: each pattern component matches a window's name or class from the application down
        # ("." binds to the next level, "*" skips any number of levels), the last one the option's name or class
        levels = []
        w = self
        while w is not None:
            if w.master is None:
                levels.append(((getattr(w, "_title", "") or "tk"), w.winfo_class()))
            else:
                levels.append((w._name, w.winfo_class()))
            w = w.master
        levels.reverse()
        levels.append(tuple(x for x in (dbname, dbclass, name) if x))
        best = None
        for pat, value, prio, order in _loop.options_db:
            parts = re.findall(r"([.*]*)([^.*]+)", pat)
            if not parts or not _db_match(parts, 0, levels, 0):
                continue
            score = (prio, len(parts), parts[-1][1] == dbname, order)
            if best is None or score > best[0]:
                best = (score, value)
        return None if best is None else best[1]

    def _int(self, name):
        return pixels(self._getopt(name))

    def configure(self, cnf=None, **kw):
        if cnf is None and not kw:
            return self._configure_all()
        if isinstance(cnf, str) and not kw:
            return self._configure_one(cnf)
        opts = _cnfmerge((cnf, kw))
        self._set_options(opts)
        return None

    config = configure

    def _configure_all(self):
        table = self._table()
        out = {}
        for name in table.names:
            if name in table.aliases:
                out[name] = (name, "-" + table.aliases[name])
            else:
                db, dbc, d = table.specs[name]
                out[name] = (name, db, dbc, table.default(name), self.cget(name))
        return out

    def _configure_one(self, name):
        table = self._table()
        key = table.canon(_norm_key(name))
        db, dbc, _d = table.specs[key]
        return (key, db, dbc, table.default(key), self.cget(key))

    def cget(self, key):
        table = self._table()
        name = table.canon(_norm_key(key))
        return self._cget(name)

    # options Tk keeps as doubles (TK_OPTION_DOUBLE): cget answers a float whatever was given
    _double_opts = ()

    def _cget(self, name):
        v = self._getopt(name)
        if callable(v) and not isinstance(v, (Variable, Misc)):
            return register_command(v)
        if isinstance(v, (Variable, Misc)):
            return str(v)
        if isinstance(v, bool):
            return int(v)  # Tcl has no booleans: True is kept as the integer 1
        if name == "font" and not isinstance(v, (str, tuple, list)):
            return str(v)  # a Font object: Tk answers its name
        if isinstance(v, (tuple, list)) and name.endswith("command"):
            return tcl_list([register_command(x) if callable(x) else x for x in v])  # Tk keeps the script
        if name in self._double_opts and v != "":
            try:
                return float(v)
            except (TypeError, ValueError):
                pass
        return v

    __getitem__ = cget

    def __setitem__(self, key, value):
        self.configure({key: value})

    def keys(self):
        return list(self._table().names)

    def _set_options(self, opts, creating=False):
        table = self._table()
        changed = {}
        for k, v in opts.items():
            name = table.canon(_norm_key(k))
            v = self._validate_option(name, v)
            if isinstance(v, (tuple, list)) and name == "font":
                v = tcl_list(v)
            elif isinstance(v, Variable):
                v = v._name  # Tk holds a variable by its name: the program's object may go (Variable.__del__)
            elif isinstance(v, tuple) and name not in ("values", "padding", "columns", "displaycolumns",
                                                     "scrollregion", "dash", "tabs", "value", "image",
                                                     "validatecommand", "invalidcommand", "command",
                                                     "xscrollcommand", "yscrollcommand"):
                v = tcl_list(v)
            old = self._opts.get(name, None)
            self._opts[name] = v
            if creating or old != v:
                changed[name] = v
        if changed and not creating:
            self._options_changed(changed)
        return changed

    def _validate_option(self, name, v):
        if name in _COLOR_OPTS and v not in ("", None) and not isinstance(v, (int, float)):
            color(v)  # raises TclError for a bad colour, as Tk does at configure time
        if name == "font" and v not in ("", None) and not hasattr(v, "_fontname"):
            font_spec(v)
        if name in ("width", "height", "borderwidth", "highlightthickness", "padx", "pady", "wraplength"):
            if isinstance(v, str) and v.strip() and not isinstance(self._table().default(name), str):
                try:
                    return int(v)
                except ValueError:
                    fpixels(v)
            elif isinstance(v, str) and v.strip():
                fpixels(v)
        if name == "relief" and v not in ("raised", "sunken", "flat", "ridge", "solid", "groove"):
            raise TclError(f'bad relief "{v}": must be flat, groove, raised, ridge, solid, or sunken')
        if name == "state" and self._tkclass[:1] != "T" and self._tkclass != "Treeview" and v not in (
                "normal", "disabled", "active", "readonly", "hidden"):
            raise TclError(f'bad state "{v}": must be active, disabled, or normal')
        return v

    def _options_changed(self, changed):
        """Send the display options that changed; a size-affecting change reschedules geometry."""
        disp = self._display_options(changed)
        if disp and self._exists:
            get_display().send(["config", self._w, disp])
        schedule_layout()

    def _display_options(self, names):
        out = {}
        for name in names:
            if name in _NOT_DISPLAY:
                continue
            v = self._getopt(name)
            out[self._disp_name(name)] = self._disp_value(name, v)
        return out

    @staticmethod
    def _disp_name(name):
        return {"background": "bg", "foreground": "fg", "borderwidth": "bd"}.get(name, name)

    def _disp_value(self, name, v):
        if name in _COLOR_OPTS:
            return color(v) if v not in ("", None) else None
        if name == "font":
            return font_display(v)
        if name in _PIXEL_OPTS:
            try:
                return pixels(v)
            except TclError:
                return 0
        if name == "image":
            return image_display(v)
        if isinstance(v, (int, float, bool)) or v is None:
            return v
        if isinstance(v, (list, tuple)):
            return [str(x) for x in v]
        return str(v)

    def _initial_display_options(self):
        """Options for the 'new' op: every display option, except colours left at the class default (so the page
        can draw them in its theme's colours)."""
        out = {}
        table = self._table()
        for name in table.specs:
            if name in _NOT_DISPLAY:
                continue
            if name in _COLOR_OPTS and name not in self._opts and self._option_db_default(name) is None:
                continue
            if name in ("cursor", "bitmap", "class", "screen"):
                continue
            out[self._disp_name(name)] = self._disp_value(name, self._getopt(name))
        return out

    # -- destroy -------------------------------------------------------------------------------------------------
    def destroy(self):
        for child in list(self.children.values()):
            child._destroy_quiet()
        if self._exists:
            get_display().send(["destroy", self._w])
        self._destroy_quiet(send=False)

    def _destroy_quiet(self, send=False):
        if not self._exists:
            return
        for child in list(self.children.values()):
            child._destroy_quiet()
        self._exists = False
        self._forget_geometry()
        for slave in list(getattr(self, "_slaves", {}).get("pack", [])) + list(
                getattr(self, "_slaves", {}).get("grid", [])) + list(getattr(self, "_slaves", {}).get("place", [])):
            if slave._exists:
                slave._forget_geometry()
        try:
            self._fire_destroy()
        except Exception:
            report_exception(self)
        if self.master is not None and self.master.children.get(self._name) is self:
            del self.master.children[self._name]
        if _loop.focus is self:
            _loop.focus = None
        if _loop.grab is self:
            _loop.grab = None
        self._on_destroy()
        schedule_layout()
        # As in Tk, the widget's commands are gone: calling them raises TclError (see _dead_class)
        self.__class__ = _dead_class(type(self))

    def _fire_destroy(self):
        tags = self.bindtags()
        ev = make_event(self, {"type": "Destroy"})
        dispatch(self, ev, 1, tags)

    def _on_destroy(self):
        pass

    def deletecommand(self, name):
        _loop.commands.pop(name, None)

    def _config_op(self, opts):
        """Send a 'config' op after any state of this widget still waiting for idle (keeps the order)."""
        pending = _loop.dirty.pop(self, None)
        if pending is not None:
            pending()
        get_display().send(["config", self._w, opts])

    # -- Tk-ish utilities -----------------------------------------------------------------------------------------
    def tk_strictMotif(self, boolean=None):
        return 0

    def tk_bisque(self):
        self.tk_setPalette(activeBackground="#e6ceb1", activeForeground="black", background="#ffe4c4",
                           disabledForeground="#b0b0b0", foreground="black", highlightBackground="#ffe4c4",
                           highlightColor="black", insertBackground="black", selectColor="#b03060",
                           selectBackground="#e6ceb1", selectForeground="black", troughColor="#cdb79e")

    def tk_setPalette(self, *args, **kw):
        """New default colours, as Tk's palette.tcl: every widget option still at its default takes the new colour,
        and widgets made later get it through the option database. One argument is the background; otherwise
        option/value pairs (``background``, ``foreground``, ``activeBackground``, ...), positional or keywords."""
        if len(args) == 1 and not kw:
            new = {"background": args[0]}
        else:
            flat = [str(a) for arg in args for a in (arg if isinstance(arg, (tuple, list)) else (arg,))]
            new = dict(zip(flat[::2], flat[1::2]))
            new.update({str(k): v for k, v in kw.items()})
        if "background" not in new:
            raise TclError("must specify a background color")
        bg = rgb16(new["background"])
        if "foreground" not in new:
            # the eye weighs green most, then red, then blue
            new["foreground"] = "black" if bg[0] + 1.5 * bg[1] + 0.5 * bg[2] > 100000 else "white"
        fg = rgb16(new["foreground"])
        darker = "#%02x%02x%02x" % tuple(9 * c // 2560 for c in bg)
        for name in ("activeForeground", "insertBackground", "selectForeground", "highlightColor"):
            new.setdefault(name, new["foreground"])
        new.setdefault("disabledForeground", "#%02x%02x%02x" % tuple((3 * b + f) // 1024 for b, f in zip(bg, fg)))
        new.setdefault("highlightBackground", new["background"])
        if "activeBackground" not in new:
            # lighter than the background: each component up by 15% or a third of the way to white, the larger
            light = [min(255, c // 256 + max(c // 256 * 15 // 100, (255 - c // 256) // 3)) for c in bg]
            new["activeBackground"] = "#%02x%02x%02x" % tuple(light)
        new.setdefault("selectBackground", darker)
        new.setdefault("troughColor", darker)
        later = []

        def recolor(w):
            table = w._table()
            for dbname, value in new.items():
                name = dbname.lower()
                if name not in table.specs or name in table.aliases:
                    continue
                default = w._option_db_lookup(dbname, dbname[0].upper() + dbname[1:], name)
                if not default:
                    default = table.default(name)
                current = w.cget(name)
                try:
                    same = bool(default) and bool(current) and rgb16(default) == rgb16(current)
                except TclError:
                    same = False
                if same:
                    later.append((f"*{w.winfo_class()}.{dbname}", value))
                    w.configure({name: value})
            for child in w.winfo_children():
                recolor(child)

        recolor(self._root())
        for pattern, value in later:
            self.option_add(pattern, value, 60)
        for dbname, value in new.items():
            self.option_add(f"*{dbname}", value, "widgetDefault")

    def wait_variable(self, name="PY_VAR"):
        var = get_variable(name, self)
        fired = []

        def watch(_v):
            fired.append(1)

        var._watchers.append(watch)
        try:
            mainloop_until(lambda: bool(fired))
        finally:
            if watch in var._watchers:
                var._watchers.remove(watch)

    waitvar = wait_variable

    def wait_window(self, window=None):
        if window is None:
            window = self
        mainloop_until(lambda: not window._exists)

    def wait_visibility(self, window=None):
        update_idletasks()

    def setvar(self, name="PY_VAR", value="1"):
        self.tk.globalsetvar(name, value)

    def getvar(self, name="PY_VAR"):
        return self.tk.globalgetvar(name)

    def getint(self, s):
        return getint(s)

    def getdouble(self, s):
        return getdouble(s)

    def getboolean(self, s):
        return getboolean(s)

    _getboolean = getboolean

    # -- focus -----------------------------------------------------------------------------------------------------
    def focus_set(self):
        old = _loop.focus
        _loop.focus = self
        get_display().send(["focus", self._w])
        if old is not self:
            if old is not None and old._exists:
                _focus_hook(old, False)
                dispatch(old, make_event(old, {"type": "FocusOut", "focus": False}), 1)
            if self._exists:
                _focus_hook(self, True)
                dispatch(self, make_event(self, {"type": "FocusIn", "focus": True}), 1)

    focus = focus_set
    focus_force = focus_set

    def focus_get(self):
        f = _loop.focus
        return f if f is not None and f._exists else None

    def focus_displayof(self):
        return self.focus_get()

    def focus_lastfor(self):
        f = self.focus_get()
        if f is not None and f.winfo_toplevel() is self.winfo_toplevel():
            return f
        return self.winfo_toplevel()

    def tk_focusFollowsMouse(self):
        return None

    def _focus_order(self):
        """The windows of this toplevel in Tk's traversal order (each before its children, other toplevels out)."""
        out = []

        def walk(w):
            for c in w.children.values():
                if not isinstance(c, Wm):
                    out.append(c)
                    walk(c)

        walk(self.winfo_toplevel())
        return out

    def _takes_focus(self):
        """tk::FocusOK: -takefocus, else a viewable, not disabled window whose class takes keys."""
        tf = self._opts.get("takefocus", "")
        if tf in (0, "0", False) or not self.winfo_viewable():
            return False
        if tf in (1, "1", True):
            return True
        if str(self._opts.get("state", "")) == "disabled":
            return False
        # (the classes whose bindings take keys, as Tk 8.6 traverses them)
        return self._tkclass in ("Entry", "Text", "Button", "Checkbutton", "Radiobutton", "Listbox", "Spinbox",
                                 "Scrollbar", "TEntry", "TButton", "TCombobox", "TCheckbutton", "TRadiobutton",
                                 "TSpinbox", "Treeview", "TScale", "TNotebook", "TMenubutton")

    def _focus_step(self, step):
        """The next (step 1) or previous (-1) window that takes the focus; the window itself when none does."""
        order = self._focus_order()
        if self not in order:
            order.insert(0, self)  # (a toplevel starts at its first child)
        i = order.index(self)
        for k in range(1, len(order)):
            w = order[(i + step * k) % len(order)]
            if w._takes_focus():
                return w
        return self

    def tk_focusNext(self):
        return self._focus_step(1)

    def tk_focusPrev(self):
        return self._focus_step(-1)

    # -- timers -----------------------------------------------------------------------------------------------------
    def after(self, ms, func=None, *args):
        if ms == "idle":
            return after_idle(func, *args)
        if func is None:
            return after(int(ms))
        return after(int(ms), func, *args)

    def after_idle(self, func, *args):
        return after_idle(func, *args)

    def after_cancel(self, id):
        after_cancel(id)

    def after_info(self, id=None):
        return after_info(id)

    def bell(self, displayof=0):
        get_display().send(["bell"])

    # -- clipboard, grab, selection, options -------------------------------------------------------------------------
    def clipboard_get(self, **kw):
        if not _loop.clipboard:
            raise TclError('CLIPBOARD selection doesn\'t exist or form "STRING" not defined')
        return _loop.clipboard

    def clipboard_clear(self, **kw):
        _loop.clipboard = ""

    def clipboard_append(self, string, **kw):
        _loop.clipboard += str(string)

    def grab_current(self):
        return _loop.grab

    def grab_release(self):
        if _loop.grab is self:
            _loop.grab = None

    def grab_set(self):
        _loop.grab = self

    grab_set_global = grab_set

    def grab_status(self):
        return "local" if _loop.grab is self else None

    def option_add(self, pattern, value, priority=None):
        prio = {"widgetDefault": 20, "startupFile": 40, "userDefault": 60, "interactive": 80}.get(
            priority, priority if isinstance(priority, int) else 80)
        _loop.options_db.append((str(pattern), value, prio, len(_loop.options_db)))

    def option_clear(self):
        _loop.options_db.clear()

    def option_get(self, name, className):
        value = self._option_db_lookup(str(name), str(className))
        return "" if value is None else value

    def option_readfile(self, fileName, priority=None):
        with open(fileName) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("!") and ":" in line:
                    k, v = line.split(":", 1)
                    self.option_add(k.strip(), v.strip(), priority)

    def selection_clear(self, **kw):
        return None

    def selection_get(self, **kw):
        which = str(kw.get("selection", "PRIMARY"))
        if which == "CLIPBOARD":
            return self.clipboard_get()
        owner = _loop.primary
        text = owner._pyroom_primary_text() if which == "PRIMARY" and owner is not None and owner._exists else None
        if text is None:
            raise TclError(f'{which} selection doesn\'t exist or form "STRING" not defined')
        return text

    def selection_handle(self, command, **kw):
        raise unsupported("Misc.selection_handle")

    def selection_own(self, **kw):
        return None

    def selection_own_get(self, **kw):
        return None

    def send(self, interp, cmd, *args):
        raise unsupported("Misc.send")

    # -- stacking ---------------------------------------------------------------------------------------------------
    def lower(self, belowThis=None):
        if self.master is not None:
            self.master._stack_move(self, belowThis, above=False)

    def tkraise(self, aboveThis=None):
        if self.master is not None:
            self.master._stack_move(self, aboveThis, above=True)
        elif isinstance(self, Wm):
            get_display().send(["window", self._w, {"raise": True}])

    lift = tkraise

    def _stack_move(self, child, other, above):
        order = list(self.children.values())
        if child not in order:
            return
        order.remove(child)
        if other is None:
            if above:
                order.append(child)
            else:
                order.insert(0, child)
        else:
            i = order.index(other) if other in order else len(order) - 1
            order.insert(i + 1 if above else i, child)
        self.children.clear()
        for c in order:
            self.children[c._name] = c
        get_display().send(["config", child._w, {"stack": "raise" if above else "lower",
                                                  "sibling": other._w if other is not None else None}])

    def info_patchlevel(self):
        from . import _VersionInfo
        return _VersionInfo(8, 6, 13, "final", 0)

    # -- winfo ------------------------------------------------------------------------------------------------------
    def winfo_atom(self, name, displayof=0):
        """The X atom of a name: the protocol's predefined ones keep their numbers, others are numbered anew."""
        name = str(name)
        if name not in _ATOMS:
            _ATOMS[name] = max(_ATOMS.values()) + 1 if len(_ATOMS) > len(_X_ATOMS) else 300
        return _ATOMS[name]

    def winfo_atomname(self, id, displayof=0):
        for name, number in _ATOMS.items():
            if number == getint(id):
                return name
        raise TclError(f'no atom exists with id "{id}"')

    def winfo_cells(self):
        return 256

    def winfo_children(self):
        return [c for c in self.children.values() if c._exists and not isinstance(c, Wm) or
                (isinstance(c, Wm) and c._exists)]

    def winfo_class(self):
        return self._class_name

    def winfo_colormapfull(self):
        return False

    def winfo_containing(self, rootX, rootY, displayof=0):
        best = None

        def walk(w):
            nonlocal best
            x0, y0 = w.winfo_rootx(), w.winfo_rooty()
            if w._is_mapped() and x0 <= rootX < x0 + w.winfo_width() and y0 <= rootY < y0 + w.winfo_height():
                best = w
                for c in w.children.values():
                    if not isinstance(c, Wm):
                        walk(c)

        walk(self.winfo_toplevel())
        return best

    def winfo_depth(self):
        return 24

    def winfo_exists(self):
        return 1 if self._exists else 0

    def winfo_fpixels(self, number):
        return fpixels(number)

    def winfo_pixels(self, number):
        return pixels(number)

    def winfo_geometry(self):
        return f"{self.winfo_width()}x{self.winfo_height()}+{self.winfo_x()}+{self.winfo_y()}"

    def winfo_width(self):
        return self._geom[2] if self._geom else 1

    def winfo_height(self):
        return self._geom[3] if self._geom else 1

    def winfo_x(self):
        return self._geom[0] if self._geom else 0

    def winfo_y(self):
        return self._geom[1] if self._geom else 0

    def winfo_reqwidth(self):
        return _geometry.reqsize(self)[0]

    def winfo_reqheight(self):
        return _geometry.reqsize(self)[1]

    def winfo_rootx(self):
        x, w = 0, self
        while w is not None and not isinstance(w, Wm):
            x += w.winfo_x()
            w = w.master
        return x + (w._win_pos[0] if w is not None else 0)

    def winfo_rooty(self):
        y, w = 0, self
        while w is not None and not isinstance(w, Wm):
            y += w.winfo_y()
            w = w.master
        return y + (w._win_pos[1] if w is not None else 0)

    def winfo_id(self):
        self._make_window()
        return id(self) & 0xFFFFFFF

    def winfo_interps(self, displayof=0):
        return ("tk",)

    def winfo_ismapped(self):
        return 1 if self._is_mapped() else 0

    def _is_mapped(self):
        w = self
        while w is not None:
            if not w._exists or not w._mapped:
                return False
            if isinstance(w, Wm):
                return True
            w = w.master
        return True

    def winfo_viewable(self):
        return self.winfo_ismapped()

    def winfo_manager(self):
        if isinstance(self, Wm):
            return "wm"
        return self._manager or ""

    def winfo_name(self):
        return self._name if self.master is not None else self._appname

    def winfo_parent(self):
        return "" if self.master is None else self.master._path

    def winfo_pathname(self, id, displayof=0):
        wanted = int(id, 0) if isinstance(id, str) else int(id)
        stack = [self._root()]
        while stack:
            w = stack.pop()
            if w._exists and w.__dict__.get("_xwin") and w.winfo_id() == wanted:
                return w._w
            stack.extend(w.children.values())
        raise TclError(f'window id "{id}" doesn\'t exist in this application')

    def winfo_pointerx(self):
        return _loop.__dict__.get("pointer", (0, 0))[0]

    def winfo_pointery(self):
        return _loop.__dict__.get("pointer", (0, 0))[1]

    def winfo_pointerxy(self):
        return (self.winfo_pointerx(), self.winfo_pointery())

    def winfo_rgb(self, color_):
        return rgb16(color_)

    def winfo_screen(self):
        return ":0.0"

    def winfo_screencells(self):
        return 16777216

    def winfo_screendepth(self):
        return 24

    def _pane(self):
        p = getattr(_loop, "pane", None)
        if p is None:
            try:
                p = get_display().query(["pane"])
            except Exception:
                p = {"width": 1280, "height": 1024}
            _loop.pane = p
        return p

    def winfo_screenheight(self):
        return max(1, int(self._pane()["height"]))

    def winfo_screenwidth(self):
        return max(1, int(self._pane()["width"]))

    def winfo_screenmmheight(self):
        return int(self.winfo_screenheight() * 25.4 / _DPI + 0.5)

    def winfo_screenmmwidth(self):
        return int(self.winfo_screenwidth() * 25.4 / _DPI + 0.5)

    def winfo_screenvisual(self):
        return "truecolor"

    def winfo_server(self):
        return "Pyroom"

    def winfo_toplevel(self):
        w = self
        while not isinstance(w, Wm):
            w = w.master
        return w

    def winfo_visual(self):
        return "truecolor"

    def winfo_visualid(self):
        return "0x21"

    def winfo_visualsavailable(self, includeids=False):
        return [("truecolor", 24)]

    def winfo_vrootheight(self):
        return self.winfo_screenheight()

    def winfo_vrootwidth(self):
        return self.winfo_screenwidth()

    def winfo_vrootx(self):
        return 0

    def winfo_vrooty(self):
        return 0

    # -- event loop ------------------------------------------------------------------------------------------------
    def update(self):
        update()

    def update_idletasks(self):
        update_idletasks()

    def mainloop(self, n=0):
        # (Tk's loop runs while any interpreter has its main window)
        mainloop_until(lambda: not _live_roots())

    def quit(self):
        _loop.quit_flag = True

    # -- bindings --------------------------------------------------------------------------------------------------
    def bindtags(self, tagList=None):
        if tagList is None:
            if self._bindtags is not None:
                return tuple(self._bindtags)
            if isinstance(self, Wm):
                return (self._path, self._class_name, "all")
            return (self._path, self._class_name, self.winfo_toplevel()._path, "all")
        self._bindtags = tuple(str(t) for t in (split_list(tagList) if isinstance(tagList, str) else tagList))
        self._update_bind_report()

    def _table_for_tag(self, tag):
        if tag == self._path:
            return self._bindings
        if tag == "all":
            return _all_bindings
        if tag.startswith("."):
            w = self._find(tag)
            return w._bindings if w is not None else None
        return _class_bindings.get(tag)

    def _bind_table(self, table, sequence, func, add):
        if sequence is None:
            return tuple(table.seqs)
        result = table.bind(sequence, func, bool(add) and str(add).startswith("+") or add is True)
        if func is not None:
            if table is self._bindings and not isinstance(self, Wm):
                self._update_bind_report()  # only this widget's bindtags name this table
            elif table is self._bindings:
                _walk_report(self)  # a window's path is a bindtag of everything inside it
            else:
                _report_bind_changes()
        return result

    def bind(self, sequence=None, func=None, add=None):
        return self._bind_table(self._bindings, sequence, func, add)

    def unbind(self, sequence, funcid=None):
        self._bindings.unbind(sequence, funcid)
        if funcid is not None:
            _loop.commands.pop(funcid, None)
        if isinstance(self, Wm):
            _walk_report(self)
        else:
            self._update_bind_report()

    def bind_all(self, sequence=None, func=None, add=None):
        return self._bind_table(_all_bindings, sequence, func, add)

    def unbind_all(self, sequence):
        _all_bindings.unbind(sequence)

    def bind_class(self, className, sequence=None, func=None, add=None):
        table = _class_bindings.setdefault(className, BindingTable())
        return self._bind_table(table, sequence, func, add)

    def unbind_class(self, className, sequence):
        if className in _class_bindings:
            _class_bindings[className].unbind(sequence)

    def _bound_types(self):
        types = set()
        for tag in self.bindtags():
            table = self._table_for_tag(tag)
            if table is not None:
                types |= table.types()
        return types

    def _update_bind_report(self):
        if not self._exists:
            return
        types = self._bound_types() | self._extra_bind_types()
        types.discard("Virtual")
        types.discard("Destroy")
        rep = sorted(types)
        if rep != self._reported:
            self._reported = rep
            get_display().send(["bind", self._w, rep])

    def _extra_bind_types(self):
        return set()

    def event_add(self, virtual, *sequences):
        _loop.virtual.setdefault(virtual, [])
        for s in sequences:
            parse_sequence(s)
            if s not in _loop.virtual[virtual]:
                _loop.virtual[virtual].append(s)
        _report_bind_changes()

    def event_delete(self, virtual, *sequences):
        if not sequences:
            _loop.virtual.pop(virtual, None)
        else:
            lst = _loop.virtual.get(virtual, [])
            for s in sequences:
                if s in lst:
                    lst.remove(s)

    def event_generate(self, sequence, **kw):
        target = self
        if parse_sequence(sequence)[-1].type in ("KeyPress", "KeyRelease"):
            target = self.focus_get()  # Tk sends key events to the focus window, and drops them without one
        if target is None or not target.__dict__.get("_xwin"):
            return  # Tk drops an event for a window it has not created yet (before its first update)
        target._generate(sequence, **kw)

    def _generate(self, sequence, **kw):
        """An event, as `event generate` makes it (and as widgets' own virtual events are sent)."""
        pats = parse_sequence(sequence)
        pat = pats[-1]
        d = {}
        for k, v in kw.items():
            d[_norm_key(k)] = v
        when = d.pop("when", None)
        if pat.type == "Virtual":
            evd = {"type": "Virtual", "virtual": pat.virtual, "x": 0, "y": 0}
            if "x" not in d and "y" not in d:
                evd.update(x_root=-1, y_root=-1)  # (as Tk leaves a generated event's root position)
        else:
            evd = {"type": pat.type, "state": pat.mods}
            if pat.type in ("ButtonPress", "ButtonRelease"):
                evd["num"] = pat.detail if pat.detail is not None else 1
            elif pat.type in ("KeyPress", "KeyRelease") and pat.detail is not None:
                evd["keysym"] = pat.detail
                ch = pat.detail if len(pat.detail) == 1 else KEYSYM_CHARS.get(pat.detail, "")
                if pat.mods & 4 and len(ch) == 1 and (ch.isalpha() or ch in "@[\\]^_"):
                    ch = chr(ord(ch.upper()) & 0x1F)  # Control-letter: the control character, as X gives it
                evd["char"] = ch
        for k in ("x", "y", "rootx", "rooty", "state", "keysym", "keycode", "delta", "width", "height", "button",
                  "data", "time"):
            if k in d:
                key = {"rootx": "x_root", "rooty": "y_root", "button": "num"}.get(k, k)
                evd[key] = d[k] if k in ("keysym", "data") else (int(d[k]) if str(d[k]).lstrip("-").isdigit()
                                                                    else d[k])
        if pat.type in ("KeyPress", "KeyRelease") and "keysym" in d and pat.detail is None:
            # the character X gives for the keysym (as for a pattern's key, above); shifted keys set Shift
            ks = str(d["keysym"])
            ch = ks if len(ks) == 1 else KEYSYM_CHARS.get(ks, "\x7f" if ks == "Delete" else "")
            if ch and (ch.isupper() or ch in '~!@#$%^&*()_+{}|:"<>?') and "state" not in d:
                evd["state"] = evd.get("state", 0) | 1
            if evd.get("state", 0) & 4 and len(ch) == 1 and (ch.isalpha() or ch in "@[\\]^_"):
                ch = chr(ord(ch.upper()) & 0x1F)
            evd["char"] = ch
        evd["send_event"] = True
        if when in ("tail", "head", "mark"):
            evd["w"] = self._w
            evd["_generated"] = True
            if when == "head":
                _loop.pending.insert(0, evd)
            else:
                _loop.pending.append(evd)
            return
        ev = make_event(self, evd)
        if pat.type == "Virtual" and "data" in d:
            ev.data = d["data"]
        if isinstance(self, Canvas_base_marker):
            self._pyroom_canvas_dispatch(ev, evd)
            return
        dispatch(self, ev)

    def event_info(self, virtual=None):
        if virtual is None:
            return tuple(_loop.virtual)
        return tuple(canonical_sequence(parse_sequence(q)) for q in _loop.virtual.get(virtual, ()))

    def _pyroom_physical_event(self, d):
        t = d.get("type")
        if t == "Virtual" or d.get("_generated"):
            pass
        ev = make_event(self, d)
        if t in ("Motion", "ButtonPress", "ButtonRelease") and "x_root" in d:
            _loop.pointer = (d.get("x_root", 0), d.get("y_root", 0))
        if t == "FocusIn":
            _loop.focus = self
        if t in ("FocusIn", "FocusOut") and not d.get("_generated"):
            _focus_hook(self, t == "FocusIn")
        dispatch(self, ev)

    # -- misc ------------------------------------------------------------------------------------------------------
    def register(self, func, subst=None, needcleanup=1):
        name = register_command(func)
        return name

    _register = register

    def _windowingsystem(self):
        return "x11"

    def image_names(self):
        return tuple(_loop.images)

    def image_types(self):
        return ("photo", "bitmap")

    def _displayof(self, displayof):
        return ()

    def _getints(self, string):
        return tuple(int(x) for x in split_list(string)) if string else None

    def _getdoubles(self, string):
        return tuple(float(x) for x in split_list(string)) if string else None

    def _substitute(self, *args):
        raise unsupported("Misc._substitute")

    def _report_exception(self):
        report_exception(self)

    # -- geometry-manager queries on containers ----------------------------------------------------------------------
    def pack_propagate(self, flag=None):
        if flag is None:
            return True if self._propagate["pack"] else None  # tkinter's _getboolean gives None for false
        self._propagate["pack"] = getboolean(flag)
        schedule_layout()

    propagate = pack_propagate

    def pack_slaves(self):
        return [w for w in self._slaves["pack"] if w._exists]

    slaves = pack_slaves

    def place_slaves(self):
        return [w for w in reversed(self._slaves["place"]) if w._exists]  # Tk lists the newest first

    def grid_anchor(self, anchor=None):
        if anchor is None:
            return self._grid_anchor
        self._grid_anchor = anchor
        schedule_layout()

    anchor = grid_anchor

    def grid_bbox(self, column=None, row=None, col2=None, row2=None):
        # (tkinter passes a cell only when given both its column and row: bbox(0) is the whole grid's)
        if column is None or row is None:
            column = row = col2 = row2 = None
        elif col2 is None or row2 is None:
            col2 = row2 = None
        if getattr(self, "_grid_layout", None) is None and not (self.grid_slaves() or self._grid_cols or
                                                                 self._grid_rows):
            return (0, 0, 0, 0)  # a window grid never managed: Tk has no grid for it
        return _geometry.grid_bbox(self, column, row, col2, row2)

    bbox = grid_bbox

    def _grid_configure(self, kind, index, cnf, kw):
        store = self._grid_cols if kind == "column" else self._grid_rows
        opts = _cnfmerge((cnf, kw)) if (cnf or kw) and not isinstance(cnf, str) else {}
        if isinstance(cnf, str) and not kw:
            opts = {}
            key = _norm_key(cnf)
            idx = index if isinstance(index, int) else int(index)
            v = store.get(idx, {}).get(key, _GRID_SLOT_DEFAULTS.get(key))
            return None if v == "" else v  # (tkinter answers an empty value as None: no uniform group)
        indices = index if isinstance(index, (list, tuple)) else [index]
        if indices == ["all"]:
            indices = sorted(_geometry.used_slots(self, kind))
        if not opts:
            idx = int(indices[0]) if not isinstance(indices[0], Misc) else 0
            d = dict(_GRID_SLOT_DEFAULTS)
            d.update(store.get(idx, {}))
            return {k: None if v == "" else v for k, v in d.items()}
        for idx in indices:
            if isinstance(idx, Misc):
                info = idx.grid_info()
                idxs = range(int(info[kind]), int(info[kind]) + int(info[kind + "span"]))
            else:
                idxs = [int(idx)]
            for i in idxs:
                slot = store.setdefault(i, {})
                for k, v in opts.items():
                    k = _norm_key(k)
                    if k not in _GRID_SLOT_DEFAULTS:
                        raise TclError(f'bad option "-{k}": must be -minsize, -pad, -uniform, or -weight')
                    slot[k] = v if k == "uniform" else (pixels(v) if k in ("minsize", "pad") else getint(v))
        schedule_layout()
        return None

    def grid_columnconfigure(self, index, cnf={}, **kw):
        return self._grid_configure("column", index, cnf, kw)

    columnconfigure = grid_columnconfigure

    def grid_rowconfigure(self, index, cnf={}, **kw):
        return self._grid_configure("row", index, cnf, kw)

    rowconfigure = grid_rowconfigure

    def grid_location(self, x, y):
        return _geometry.grid_location(self, pixels(x), pixels(y))

    def grid_propagate(self, flag=None):
        if flag is None:
            return True if self._propagate["grid"] else None  # as tkinter's _getboolean
        self._propagate["grid"] = getboolean(flag)
        schedule_layout()

    def grid_size(self):
        return _geometry.grid_size(self)

    size = grid_size

    def grid_slaves(self, row=None, column=None):
        out = []
        for w in reversed(self._slaves["grid"]):
            if not w._exists:
                continue
            info = w._grid
            if row is not None and not (info["row"] <= int(row) < info["row"] + info["rowspan"]):
                continue
            if column is not None and not (info["column"] <= int(column) < info["column"] + info["columnspan"]):
                continue
            out.append(w)
        return out


_GRID_SLOT_DEFAULTS = {"minsize": 0, "pad": 0, "uniform": "", "weight": 0}


class Canvas_base_marker:
    """Marks Canvas (its events route through items first)."""


def _report_bind_changes():
    for top in _toplevels:
        if top._exists:
            _walk_report(top)


def _walk_report(w):
    w._update_bind_report()
    for c in list(w.children.values()):
        if c._exists:
            _walk_report(c)


# ---------------------------------------------------------------------------------------------------------------
# widget state shared by windows and widgets
# ---------------------------------------------------------------------------------------------------------------


def _init_state(self, master, name, tkclass_name):
    self.master = master
    self.children = {}
    self._name = name
    # _path: the Tcl path; _w: the page's id for the widget, the same but for a second Tk()'s widgets (each Tk is
    # an interpreter with its own "." tree): there the root's id ("tk#2") comes first
    if master is None:
        self._path = self._w = "."
    else:
        self._path = ("" if master._path == "." else master._path) + "." + name
        self._w = ("" if master._w == "." else master._w) + "." + name
    self._opts = {}
    self._bindings = BindingTable()
    self._bindtags = None
    self._reported = []
    self._geom = None  # (x, y, w, h) last laid out
    self._sent_geom = None
    self._mapped = False
    self._manager = None
    self._pack = None
    self._grid = None
    self._place = None
    self._slaves = {"pack": [], "grid": [], "place": []}
    self._propagate = {"pack": True, "grid": True}
    self._grid_cols = {}
    self._grid_rows = {}
    self._grid_anchor = "nw"
    self._class_name = tkclass_name
    self._exists = True
    self.widgetName = tkclass_name.lower()


class Wm:
    """Window-manager methods of Tk and Toplevel."""

    def _wm_send(self, extra=None):
        if not self._exists:
            return
        opts = {"title": self._title, "width": self.winfo_width() if self._geom else None,
                "height": self.winfo_height() if self._geom else None,
                "bg": color(self._getopt("background")) if "background" in self._opts else None,
                "resizable": list(self._resizable), "toplevel": self._w != "."}
        if getattr(self, "_menu", None) is not None:
            opts["menu"] = self._menu
        if extra:
            opts.update(extra)
        get_display().send(["window", self._w, opts])

    def wm_aspect(self, *args):
        return None

    aspect = wm_aspect

    def wm_attributes(self, *args, **kw):
        if not args and not kw:
            return tuple(x for k, v in self._attributes.items() for x in ("-" + k, v))
        if len(args) == 1 and not kw:
            return self._attributes.get(str(args[0]).lstrip("-"), "")
        pairs = list(zip(args[0::2], args[1::2], strict=False)) + list(kw.items())
        for k, v in pairs:
            k = str(k).lstrip("-")
            # Tk keeps them typed: -alpha a float in [0, 1], the flags as 0/1 (other platforms' attributes kept)
            if k == "alpha":
                v = min(1.0, max(0.0, getdouble(v)))
            elif k in ("topmost", "zoomed", "fullscreen", "toolwindow", "disabled", "transparent"):
                v = int(getboolean(v))
            self._attributes[k] = v
        return None

    attributes = wm_attributes

    def wm_client(self, name=None):
        return ""

    client = wm_client

    def wm_colormapwindows(self, *wlist):
        return ()

    colormapwindows = wm_colormapwindows

    def wm_command(self, value=None):
        return ""

    command = wm_command

    def wm_deiconify(self):
        self._state = "normal"
        self._mapped = True
        self._wm_send({"state": "normal"})
        schedule_layout()

    deiconify = wm_deiconify

    def wm_focusmodel(self, model=None):
        return "passive"

    focusmodel = wm_focusmodel

    def wm_forget(self, window):
        raise unsupported("Wm.wm_forget")

    forget = wm_forget

    def wm_frame(self):
        return hex(self.winfo_id())

    frame = wm_frame

    def wm_geometry(self, newGeometry=None):
        if newGeometry is None:
            return f"{self.winfo_width()}x{self.winfo_height()}+{self._win_pos[0]}+{self._win_pos[1]}"
        m = re.fullmatch(r"\s*(?:=?(\d+)x(\d+))?\s*(?:([+-])\s*(-?\d+)([+-])\s*(-?\d+))?\s*", str(newGeometry))
        if not m:
            raise TclError(f'bad geometry specifier "{newGeometry}"')
        if m.group(1):
            self._user_size = (int(m.group(1)), int(m.group(2)))
        if m.group(3):
            x = int(m.group(4))
            y = int(m.group(6))
            self._win_pos = (x if m.group(3) == "+" else -x, y if m.group(5) == "+" else -y)
            self._positionfrom = "user"  # Tk: a position given to wm geometry is the user's
        if newGeometry == "":
            self._user_size = None
        schedule_layout()
        return ""

    geometry = wm_geometry

    def wm_grid(self, *args):
        return None

    grid = wm_grid

    def wm_group(self, pathName=None):
        return ""

    group = wm_group

    def wm_iconbitmap(self, bitmap=None, default=None):
        return ""

    iconbitmap = wm_iconbitmap

    def wm_iconify(self):
        self._state = "iconic"
        self._wm_send({"state": "iconic"})

    iconify = wm_iconify

    def wm_iconmask(self, bitmap=None):
        return ""

    iconmask = wm_iconmask

    def wm_iconname(self, newName=None):
        if newName is None:
            return getattr(self, "_iconname", "")
        self._iconname = newName
        return ""

    iconname = wm_iconname

    def wm_iconphoto(self, default=False, *args):
        return None

    iconphoto = wm_iconphoto

    def wm_iconposition(self, x=None, y=None):
        return ""

    iconposition = wm_iconposition

    def wm_iconwindow(self, pathName=None):
        return ""

    iconwindow = wm_iconwindow

    def wm_manage(self, widget):
        raise unsupported("Wm.wm_manage")

    manage = wm_manage

    def wm_maxsize(self, width=None, height=None):
        if width is None:
            return self._maxsize
        self._maxsize = (int(width), int(height))
        schedule_layout()
        return ""

    maxsize = wm_maxsize

    def wm_minsize(self, width=None, height=None):
        if width is None:
            return self._minsize
        self._minsize = (int(width), int(height))
        schedule_layout()
        return ""

    minsize = wm_minsize

    def wm_overrideredirect(self, boolean=None):
        if boolean is None:
            # tkinter turns Tk's 0 into None (its _getboolean of a false answer)
            return True if getattr(self, "_override", False) else None
        self._override = bool(boolean)
        self._wm_send({"overrideredirect": self._override})
        return None

    overrideredirect = wm_overrideredirect

    def wm_positionfrom(self, who=None):
        if who is None:
            return getattr(self, "_positionfrom", "")
        self._positionfrom = _wm_who(who)
        return ""

    positionfrom = wm_positionfrom

    def wm_protocol(self, name=None, func=None):
        if name is None:
            return tuple(self._protocols)
        if func is None:
            f = self._protocols.get(name)
            return register_command(f) if f is not None else ""
        self._protocols[name] = func
        return register_command(func) if callable(func) else func

    protocol = wm_protocol

    def wm_resizable(self, width=None, height=None):
        if width is None:
            return tuple(int(v) for v in self._resizable)
        if height is None:
            height = width
        self._resizable = (bool(getboolean(width)), bool(getboolean(height)))
        self._wm_send()
        return ""

    resizable = wm_resizable

    def wm_sizefrom(self, who=None):
        if who is None:
            return getattr(self, "_sizefrom", "")
        self._sizefrom = _wm_who(who)
        return ""

    sizefrom = wm_sizefrom

    def wm_state(self, newstate=None):
        if newstate is None:
            return self._state
        if newstate == "normal":
            self.wm_deiconify()
        elif newstate == "withdrawn":
            self.wm_withdraw()
        elif newstate == "iconic":
            self.wm_iconify()
        elif newstate == "zoomed":
            self._state = "zoomed"
            self._wm_send({"state": "zoomed"})
        else:
            raise TclError(f'bad argument "{newstate}": must be normal, iconic, withdrawn, or zoomed')
        return ""

    state = wm_state

    def wm_title(self, string=None):
        if string is None:
            return self._title
        self._title = str(string)
        self._wm_send()
        return ""

    title = wm_title

    def wm_transient(self, master=None):
        if master is None:
            return getattr(self, "_transient", "")
        self._transient = str(master)
        return ""

    transient = wm_transient

    def wm_withdraw(self):
        self._state = "withdrawn"
        self._mapped = False
        self._wm_send({"state": "withdrawn"})
        get_display().send(["unmap", self._w])

    withdraw = wm_withdraw

    # -- the page's events for windows --------------------------------------------------------------------------------
    def _pyroom_event_Close(self, d):
        func = self._protocols.get("WM_DELETE_WINDOW")
        if func is not None:
            _safe_call(self, func) if callable(func) else call_command(func)
        else:
            self.destroy()

    def _pyroom_event_Configure(self, d):
        if "width" in d and "height" in d:
            self._page_size = (int(d["width"]), int(d["height"]))
            self._user_size = self._page_size
            schedule_layout()
            run_layout()


def _wm_who(who):
    who = str(who)
    for full in ("program", "user"):
        if who and full.startswith(who):
            return full
    if who:
        raise TclError(f'bad argument "{who}": must be program or user')
    return ""


def _wm_init(self):
    self._title = "tk"
    self._resizable = (True, True)
    self._protocols = {}
    self._attributes = {"alpha": 1.0, "topmost": 0, "zoomed": 0, "fullscreen": 0, "type": ""}
    self._state = "normal"
    self._user_size = None
    self._win_pos = (0, 0)
    self._minsize = (1, 1)
    self._maxsize = (1280, 1024)
    self._menu = None
    self._mapped = True
    _toplevels.append(self)


# -- destroyed widgets ---------------------------------------------------------------------------------------------
# Tk deletes a widget's command when the widget is destroyed: `.c create line ...` then fails with 'invalid command
# name ".c"', and the commands that take a window path (pack, grid, place, bind, winfo, focus, wm, event generate)
# fail with 'bad window path name ".c"', or, once the main window is gone, with 'can't invoke "pack" command:
# application has been destroyed'. A destroyed widget's class is switched to a subclass whose public methods raise
# those errors; the methods that work on destroyed widgets in Tk too (timers, update, variables, forget) are kept.

_DEAD_OK = frozenset({
    "after", "after_idle", "after_cancel", "after_info", "update", "update_idletasks", "mainloop", "quit",
    "register", "getvar", "setvar", "getint", "getdouble", "getboolean", "deletecommand", "nametowidget",
    "wait_variable", "waitvar", "option_add", "option_clear", "option_get", "option_readfile", "event_add",
    "event_delete", "event_info", "bind_all", "unbind_all", "bind_class", "unbind_class", "image_names",
    "image_types", "focus_get", "focus_displayof", "focus_lastfor", "destroy", "winfo_exists",
    "tk_strictMotif", "tk_bisque", "tk_setPalette", "send",
})
# these work on a destroyed widget, but not once the main window is destroyed (Tk's destroy and winfo exists then
# fail too: kept working here, as programs call them to end or to test for the end)
_DEAD_OK_WHILE_APP = frozenset({"pack_forget", "place_forget", "grid_forget", "grid_remove",
                                "forget", "bell"})
# methods of Misc that are widget commands in Tk (`.c configure`), not commands taking a window path
_WIDGET_COMMANDS = frozenset({"cget", "configure", "config", "keys", "__getitem__", "__setitem__"})
_TK_COMMAND_PREFIXES = (("wm_", "wm"), ("pack", "pack"), ("grid", "grid"), ("place", "place"), ("winfo", "winfo"),
                        ("focus", "focus"), ("tk_focus", "focus"), ("event", "event"), ("bindtags", "bindtags"),
                        ("bind", "bind"), ("unbind", "bind"), ("bell", "bell"), ("wait", "tkwait"),
                        ("grab", "grab"), ("clipboard", "clipboard"), ("selection", "selection"),
                        ("lower", "lower"), ("tkraise", "raise"), ("lift", "raise"))
_dead_classes = {}


def _raise_dead(widget, window_level, command):
    if not window_level:
        raise TclError(f'invalid command name "{widget._path}"')
    if not widget._root()._exists:
        raise TclError(f'can\'t invoke "{command}" command: application has been destroyed')
    raise TclError(f'bad window path name "{widget._path}"')


def _dead_method(name, window_level, command, alive):
    if name in _DEAD_OK_WHILE_APP and window_level:
        def dead(self, *args, **kw):
            if self._root()._exists:
                return alive(self, *args, **kw)
            _raise_dead(self, window_level, command)
    else:
        def dead(self, *args, **kw):
            _raise_dead(self, window_level, command)

    dead.__name__ = name
    return dead


def _dead_class(cls):
    dead = _dead_classes.get(cls)
    if dead is not None:
        return dead
    if getattr(cls, "_pyroom_dead", False):
        return cls
    ns = {"_pyroom_dead": True, "__module__": cls.__module__, "__qualname__": cls.__qualname__}
    for klass in reversed(cls.__mro__):  # later (more derived) definitions replace earlier ones
        if not klass.__module__.startswith("tkinter"):
            for name in vars(klass):  # a program's own methods are Python: they still run (a dialog's `cancel`)
                if name not in ("__module__", "__qualname__"):
                    ns.pop(name, None)
            continue
        for name, v in vars(klass).items():
            if name in _DEAD_OK or (name.startswith("_") and name not in _WIDGET_COMMANDS):
                continue
            if isinstance(v, (type, staticmethod, classmethod, property)) or not callable(v):
                continue
            window_level = klass in (Misc, Wm, Pack, Place, Grid) and name not in _WIDGET_COMMANDS
            command = "wm" if klass is Wm else next(
                (cmd for prefix, cmd in _TK_COMMAND_PREFIXES if name.startswith(prefix)), "winfo")
            ns[name] = _dead_method(name, window_level, command, v)
    dead = _dead_classes[cls] = type(cls.__name__, (cls,), ns)
    return dead


class Tk(Misc, Wm):
    """The main window: the block's preview pane."""

    _w = _path = "."
    _tkclass = "Tk"

    def __init__(self, screenName=None, baseName=None, className="Tk", useTk=True, sync=False, use=None):
        global _default_root
        _init_state(self, None, "", className)
        self.master = None
        self.tk = TkApp(self)
        self._tkloaded = True
        _wm_init(self)
        if baseName is None:
            import os
            baseName = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "tk"
            baseName, ext = os.path.splitext(baseName)
            if ext not in (".py", ".pyc"):
                baseName = baseName + ext
        # the default title is Tcl's argv0, which tkinter sets to the class name with its first letter lowered
        self._title = className[:1].lower() + className[1:] if className else "tk"
        others = [top for top in _live_roots() if top is not self]
        if others:
            # another interpreter is running: this one's windows are a panel of their own on the page, and Tk
            # makes its application name (the default title) unique: "tk #2"
            number = next(_loop.interp_ids)
            self._w = f"tk#{number}"
            self._title += f" #{number}"
        else:
            _loop.quit_flag = False
            _loop.pending = []
            _loop.focus = None
        self._appname = self._title
        if _support_default_root and _default_root is None:
            _default_root = self
        get_display().send(["window", self._w, {"title": self._title, "width": None, "height": None, "bg": None,
                                                "resizable": [True, True], "toplevel": self._w != "."}])
        self.readprofile(baseName, className)

    def _root(self):
        return self

    def readprofile(self, baseName, className):
        return None

    def loadtk(self):
        return None

    def destroy(self):
        global _default_root
        for child in list(self.children.values()):
            child._destroy_quiet()
        if self._exists:
            get_display().send(["destroy", self._w])
        self._destroy_quiet()
        if self in _toplevels:
            _toplevels.remove(self)
        if _default_root is self:
            _default_root = None
        if _loop.downloads:
            check_downloads()  # a script that saved a file and destroys its window without a mainloop
        if not _live_roots():
            # timers of a destroyed interpreter never run (those of another one still running do)
            _loop.timer_funcs.clear()
            _loop.timers.clear()
            _loop.idle.clear()
        get_display().flush()

    def report_callback_exception(self, exc, val, tb):
        print("Exception in Tkinter callback", file=sys.stderr)
        sys.last_type, sys.last_value, sys.last_traceback = exc, val, tb
        traceback.print_exception(exc, val, tb)

    def __getattr__(self, attr):
        if attr.startswith("_"):
            raise AttributeError(attr)
        # as tkinter's Tk: what the root does not have, its interpreter may (root.globalgetvar, root.call, ...)
        app = self.__dict__.get("tk")
        if app is not None and attr != "tk" and hasattr(app, attr):
            return getattr(app, attr)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{attr}'")

    def _options_changed(self, changed):
        if "menu" in changed:
            m = self._opts.get("menu")
            self._menu = self._page_id(m) if m else None
        self._wm_send()
        schedule_layout()


def Tcl(screenName=None, baseName=None, className="Tk", useTk=False):
    raise unsupported("Tcl")


# ---------------------------------------------------------------------------------------------------------------
# geometry-manager mixins
# ---------------------------------------------------------------------------------------------------------------

_SIDES = ("top", "bottom", "left", "right")
_FILLS = ("none", "x", "y", "both")
_ANCHORS = ("n", "ne", "e", "se", "s", "sw", "w", "nw", "center")


def _pad_pair(v):
    if isinstance(v, (tuple, list)):
        if len(v) == 1:
            a = pixels(v[0])
            return (a, a)
        return (pixels(v[0]), pixels(v[1]))
    if isinstance(v, str) and len(v.split()) == 2:
        a, b = v.split()
        return (pixels(a), pixels(b))
    a = pixels(v)
    if a < 0:
        raise TclError(f'bad pad value "{v}": must be positive screen distance')
    return (a, a)


class Pack:
    def pack_configure(self, cnf={}, **kw):
        opts = {_norm_key(k): v for k, v in _cnfmerge((cnf, kw)).items()}
        if self._manager == "pack" and self._pack is not None:
            info = dict(self._pack)
        else:
            info = {"side": "top", "fill": "none", "expand": False, "anchor": "center", "padx": (0, 0),
                    "pady": (0, 0), "ipadx": 0, "ipady": 0, "in": self.master}
        before = after_ = None
        for k, v in opts.items():
            if k == "side":
                if v not in _SIDES:
                    raise TclError(f'bad side "{v}": must be top, bottom, left, or right')
                info["side"] = v
            elif k == "fill":
                if v not in _FILLS:
                    raise TclError(f'bad fill style "{v}": must be none, x, y, or both')
                info["fill"] = v
            elif k == "expand":
                info["expand"] = getboolean(v)
            elif k == "anchor":
                info["anchor"] = _check_anchor(v)
            elif k in ("padx", "pady"):
                info[k] = _pad_pair(v)
            elif k in ("ipadx", "ipady"):
                info[k] = pixels(v)
                if info[k] < 0:
                    raise TclError(f'bad ipad value "{v}": must be positive screen distance')
            elif k == "in":
                info["in"] = v if isinstance(v, Misc) else self.nametowidget(v)
            elif k == "before":
                before = v if isinstance(v, Misc) else self.nametowidget(v)
            elif k == "after":
                after_ = v if isinstance(v, Misc) else self.nametowidget(v)
            else:
                raise TclError(f'bad option "-{k}": must be -after, -anchor, -before, -expand, -fill, -in, '
                               f"-ipadx, -ipady, -padx, -pady, or -side")
        if before is not None:
            info["in"] = before._pack["in"] if before._pack else before.master
        if after_ is not None:
            info["in"] = after_._pack["in"] if after_._pack else after_.master
        self._set_manager("pack")
        container = info["in"]
        lst = container._slaves["pack"]
        if self in lst:
            if before is None and after_ is None:
                self._pack = info
                schedule_layout()
                return
            lst.remove(self)
        if before is not None and before in lst:
            lst.insert(lst.index(before), self)
        elif after_ is not None and after_ in lst:
            lst.insert(lst.index(after_) + 1, self)
        else:
            lst.append(self)
        self._pack = info
        schedule_layout()

    pack = configure_pack = pack_configure

    def pack_forget(self):
        if self._manager == "pack":
            self._forget_geometry()

    forget = pack_forget

    def pack_info(self):
        if self._manager != "pack":
            raise TclError(f"window \"{self._path}\" isn't packed")
        p = self._pack
        return {"in": p["in"], "anchor": p["anchor"], "expand": 1 if p["expand"] else 0, "fill": p["fill"],
                "ipadx": p["ipadx"], "ipady": p["ipady"], "padx": _pad_out(p["padx"]),
                "pady": _pad_out(p["pady"]), "side": p["side"]}

    info = pack_info
    propagate = Misc.pack_propagate
    slaves = Misc.pack_slaves


def _pad_out(pair):
    return pair[0] if pair[0] == pair[1] else pair


def _check_anchor(v):
    if v not in _ANCHORS:
        raise TclError(f'bad anchor "{v}": must be n, ne, e, se, s, sw, w, nw, or center')
    return v


class Place:
    def place_configure(self, cnf={}, **kw):
        opts = {_norm_key(k): v for k, v in _cnfmerge((cnf, kw)).items()}
        if self._manager == "place" and self._place is not None:
            info = dict(self._place)
        else:
            info = {"x": 0, "y": 0, "relx": 0.0, "rely": 0.0, "width": None, "height": None, "relwidth": None,
                    "relheight": None, "anchor": "nw", "bordermode": "inside", "in": self.master}
        for k, v in opts.items():
            if k in ("x", "y"):
                info[k] = pixels(v)
            elif k in ("relx", "rely"):
                info[k] = getdouble(v)
            elif k in ("width", "height"):
                info[k] = None if v == "" else pixels(v)
            elif k in ("relwidth", "relheight"):
                info[k] = None if v == "" else getdouble(v)
            elif k == "anchor":
                info["anchor"] = _check_anchor(v)
            elif k == "bordermode":
                if v not in ("inside", "outside", "ignore"):
                    raise TclError(f'bad bordermode "{v}": must be ignore, inside, or outside')
                info["bordermode"] = v
            elif k == "in":
                info["in"] = v if isinstance(v, Misc) else self.nametowidget(v)
            else:
                raise TclError(f'unknown option "-{k}"')
        self._set_manager("place")
        lst = info["in"]._slaves["place"]
        if self not in lst:
            lst.append(self)
        self._place = info
        schedule_layout()

    place = place_configure

    def place_forget(self):
        if self._manager == "place":
            self._forget_geometry()

    def place_info(self):
        if self._manager != "place":
            return {}
        p = self._place

        def f(v):  # (Tk prints the values: pixels as integers, fractions with %.4g, an unset size empty)
            return "" if v is None else str(v)

        def frac(v):
            return "" if v is None else f"{float(v):.4g}"

        return {"in": p["in"], "x": f(p["x"]), "relx": frac(p["relx"]), "y": f(p["y"]), "rely": frac(p["rely"]),
                "width": f(p["width"]), "relwidth": frac(p["relwidth"]), "height": f(p["height"]),
                "relheight": frac(p["relheight"]), "anchor": p["anchor"], "bordermode": p["bordermode"]}

    slaves = Misc.place_slaves


class Grid:
    def grid_configure(self, cnf={}, **kw):
        opts = {_norm_key(k): v for k, v in _cnfmerge((cnf, kw)).items()}
        if self._grid is not None:
            info = dict(self._grid)
        else:
            info = {"row": None, "column": None, "rowspan": 1, "columnspan": 1, "sticky": "", "padx": (0, 0),
                    "pady": (0, 0), "ipadx": 0, "ipady": 0, "in": self.master}
        for k, v in opts.items():
            if k in ("row", "column"):
                info[k] = getint(v)
                if info[k] < 0:
                    raise TclError(f'bad {k} value "{v}": must be a non-negative integer')
            elif k in ("rowspan", "columnspan"):
                info[k] = getint(v)
                if info[k] <= 0:
                    raise TclError(f'bad {k} value "{v}": must be a positive integer')
            elif k == "sticky":
                raw = "".join(str(x) for x in v) if isinstance(v, (tuple, list)) else str(v)
                s = "".join(ch for ch in raw.lower() if ch in "nsew" or (ch not in " ,{}" and _bad_sticky(v)))
                info["sticky"] = "".join(c for c in "nesw" if c in s)
            elif k in ("padx", "pady"):
                info[k] = _pad_pair(v)
            elif k in ("ipadx", "ipady"):
                info[k] = pixels(v)
            elif k == "in":
                info["in"] = v if isinstance(v, Misc) else self.nametowidget(v)
            else:
                raise TclError(f'bad option "-{k}": must be -column, -columnspan, -in, -ipadx, -ipady, -padx, '
                               f"-pady, -row, -rowspan, or -sticky")
        container = info["in"]
        if info["row"] is None:
            # Tk: the row after the last used one (the next empty row)
            used = [w._grid["row"] + w._grid["rowspan"] for w in container._slaves["grid"]
                    if w._exists and w is not self and w._grid]
            info["row"] = max(used, default=0) if self._grid is None or self._grid.get("row") is None else \
                self._grid["row"]
        if info["column"] is None:
            info["column"] = 0
        self._set_manager("grid")
        lst = container._slaves["grid"]
        if self not in lst:
            lst.append(self)
        self._grid = info
        schedule_layout()

    grid = grid_configure

    def grid_forget(self):
        if self._manager == "grid":
            self._forget_geometry()
            self._grid = None

    def grid_remove(self):
        if self._manager == "grid":
            keep = self._grid
            self._forget_geometry()
            self._grid = keep

    def grid_info(self):
        if self._manager != "grid":
            return {}
        g = self._grid
        return {"in": g["in"], "column": g["column"], "row": g["row"], "columnspan": g["columnspan"],
                "rowspan": g["rowspan"], "ipadx": g["ipadx"], "ipady": g["ipady"], "padx": _pad_out(g["padx"]),
                "pady": _pad_out(g["pady"]), "sticky": g["sticky"]}

    location = Misc.grid_location
    size = Misc.grid_size


def _bad_sticky(v):
    raise TclError(f'bad stickyness value "{v}": must be a string containing n, e, s, and/or w')


# ---------------------------------------------------------------------------------------------------------------
# widgets
# ---------------------------------------------------------------------------------------------------------------


class BaseWidget(Misc):
    """A widget: created under a master with options; sends 'new' to the page."""

    _tkclass = "Frame"

    def _setup(self, master, cnf):
        if master is None:
            master = _get_default_root()
        self.master = master
        self.tk = master.tk
        name = None
        if "name" in cnf:
            name = str(cnf.pop("name"))
        if name is None and getattr(self, "_global_names", False):
            # CPython names classic Checkbuttons with a process-wide counter (their default variable has the name)
            global _checkbutton_count
            _checkbutton_count += 1
            base = self.__class__.__name__.lower()
            name = f"!{base}-{_checkbutton_count}" if sys.version_info >= (3, 13) else f"!{base}{_checkbutton_count}"
        if name is None:
            base = self.__class__.__name__.lower()
            if master._last_child_ids is None:
                master._last_child_ids = {}
            count = master._last_child_ids.get(base, 0) + 1
            master._last_child_ids[base] = count
            name = f"!{base}" if count == 1 else f"!{base}{count}"
        if not master._exists:
            _raise_dead(master, True, self._tkclass.lower())
        old = master.children.get(name)
        if old is not None:
            old.destroy()
        _init_state(self, master, name, cnf.pop("class", None) or self._default_class_name())
        master.children[name] = self
        if self._window_at_creation():
            self._make_window()

    def _default_class_name(self):
        return {"LabelFrame": "Labelframe"}.get(self._tkclass, self._tkclass)

    def __init__(self, master=None, widgetName=None, cnf={}, kw={}, extra=()):
        cnf = _cnfmerge((cnf, kw))
        cnf = {_norm_key(k): v for k, v in cnf.items()}
        if "class" in cnf and self._tkclass in ("Frame", "Toplevel", "LabelFrame", "TFrame", "TLabelframe"):
            pass
        self._setup(master, cnf)
        self._option_db_default("class")  # (the option database as it is now)
        self._init_widget()
        try:
            self._set_options(cnf, creating=True)
        except Exception:
            # Tk creates no widget when an option is wrong
            self._exists = False
            if self.master.children.get(self._name) is self:
                del self.master.children[self._name]
            raise
        self._created(cnf)

    def _init_widget(self):
        pass

    def _created(self, cnf):
        cls = {"Panedwindow": "PanedWindow", "TLabelframe": "TLabelFrame", "TPanedwindow": "TPanedWindow"}.get(
            self._tkclass, self._tkclass)
        get_display().send(["new", self._w, cls, self._initial_display_options()])
        self._after_create(cnf)
        self._update_bind_report()

    def _after_create(self, cnf):
        pass

    def _set_manager(self, mgr):
        if self._manager and self._manager != mgr:
            self._forget_geometry()
        self._manager = mgr

    def _forget_geometry(self):
        for kind in ("pack", "grid", "place"):
            info = getattr(self, "_" + kind)
            container = info["in"] if info else None
            if container is not None and self in container._slaves[kind]:
                container._slaves[kind].remove(self)
        was = self._manager
        self._manager = None
        self._pack = None
        self._place = None
        if was:
            if self._mapped and self._exists:
                get_display().send(["unmap", self._w])
            self._mapped = False
            self._sent_geom = None
            schedule_layout()

    def destroy(self):
        super().destroy()

    def _natural_size(self):
        """The size the widget asks for on its own (Tk's geometry request), without slaves."""
        w = pixels(self._getopt("width")) if "width" in self._table().specs else 0
        h = pixels(self._getopt("height")) if "height" in self._table().specs else 0
        return (w if w > 0 else 1, h if h > 0 else 1)

    def _internal_border(self):
        t = self._table().specs
        b = 0
        if "borderwidth" in t:
            b += pixels(self._getopt("borderwidth"))
        if "highlightthickness" in t:
            b += pixels(self._getopt("highlightthickness"))
        return (b, b, b, b)

    def _on_layout(self):
        """Called after the widget got a new size (e.g. a Canvas updates its view)."""


class Widget(BaseWidget, Pack, Place, Grid):
    """A widget that geometry managers can handle."""


class Toplevel(BaseWidget, Wm):
    """A top-level window: a movable panel in the preview pane."""

    _tkclass = "Toplevel"

    def __init__(self, master=None, cnf={}, **kw):
        cnf = {_norm_key(k): v for k, v in _cnfmerge((cnf, kw)).items()}
        if master is None:
            master = _get_default_root()
        self._setup(master, cnf)
        _wm_init(self)
        root = self._root()
        self._title = root._title
        self._win_pos = (20 * (len(_toplevels) - 1), 20 * (len(_toplevels) - 1))
        self._set_options(cnf, creating=True)
        self._wm_send()
        self._update_bind_report()
        schedule_layout()

    def _internal_border(self):
        b = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        px, py = pixels(self._getopt("padx")), pixels(self._getopt("pady"))
        return (b + px, b + py, b + px, b + py)

    def _options_changed(self, changed):
        if "menu" in changed:
            m = self._opts.get("menu")
            self._menu = self._page_id(m) if m else None
        self._wm_send()
        schedule_layout()

    def destroy(self):
        super().destroy()
        if self in _toplevels:
            _toplevels.remove(self)


def _tk_internal_border(self):
    b = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
    px, py = pixels(self._getopt("padx")), pixels(self._getopt("pady"))
    return (b + px, b + py, b + px, b + py)


Tk._internal_border = _tk_internal_border
Tk._natural_size = lambda self: (200, 200)
Tk._set_manager = lambda self, m: None
Tk._forget_geometry = lambda self: None
Toplevel._natural_size = lambda self: (max(1, pixels(self._getopt("width"))) if pixels(self._getopt("width")) > 0
                                       else 200,
                                       pixels(self._getopt("height")) if pixels(self._getopt("height")) > 0 else 200)
Toplevel._set_manager = lambda self, m: None
Toplevel._forget_geometry = lambda self: None


def _tk_opts_init(self):
    self._opts = {}


class Frame(Widget):
    _tkclass = "Frame"

    def __init__(self, master=None, cnf={}, **kw):
        cnf = _cnfmerge((cnf, kw))
        super().__init__(master, "frame", cnf)

    def _internal_border(self):
        b = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        px, py = pixels(self._getopt("padx")), pixels(self._getopt("pady"))
        return (b + px, b + py, b + px, b + py)

    def _natural_size(self):
        w, h = pixels(self._getopt("width")), pixels(self._getopt("height"))
        return (w if w > 0 else 1, h if h > 0 else 1)


def pyroom_reset():
    """Tear every window down and forget all state (a new run, Reset, or a test)."""
    global _loop, _default_root, _support_default_root, _all_bindings, _checkbutton_count
    for top in list(_toplevels):
        try:
            if top._exists and top.master is None:
                top.destroy()
        except Exception:
            pass
    _toplevels.clear()
    _default_root = None
    _support_default_root = True
    _checkbutton_count = 0  # a new process numbers its Checkbuttons from 1
    _loop = _Loop()
    _all_bindings = BindingTable()
    _class_bindings.clear()
    _named_fonts.clear()
    _init_named_fonts()
    _reset_caches()


def clipboard_virtual_event(w, name, selected):
    """Tk's class bindings (X11) of an Entry or Text for <<Copy>>, <<Cut>>, <<Paste>> and <<Clear>>; `selected` is
    the selected text as the widget shows it, None without a selection. False for any other event."""
    if name in ("<<Copy>>", "<<Cut>>"):
        if selected is not None:
            if name == "<<Cut>>":
                w.delete("sel.first", "sel.last")
            w.clipboard_clear()
            w.clipboard_append(selected)
    elif name == "<<Paste>>":
        try:
            data = w.clipboard_get()
        except TclError:
            return True
        w.insert("insert", data)
    elif name == "<<Clear>>":
        if selected is not None:
            w.delete("sel.first", "sel.last")
    else:
        return False
    return True
