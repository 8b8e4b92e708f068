"""Pyroom's tkinter: the tkinter API in pure Python, drawn by the page (static/PROTOCOL.md).

Programs use it as they use desktop tkinter. Widgets keep their state here; the page draws them and reports the
reader's clicks and edits. Parts of the API Pyroom does not implement raise ``NotImplementedError`` naming the
part; ``tkinter._pyroom_unsupported()`` lists them.

Differences from desktop Tk worth knowing: ``Canvas.postscript()`` returns an SVG document (not PostScript);
``filedialog`` open dialogs copy the chosen files into the in-browser file system and return their paths, and a file
opened with ``asksaveasfile`` is offered as a download when it is closed.
"""

from __future__ import annotations

import re as _re
from collections import namedtuple as _namedtuple

from . import _core
from ._canvas import Canvas
from ._core import (EXCEPTION, READABLE, WRITABLE, BaseWidget, BooleanVar, DoubleVar, Event, EventType, Frame,
                    Grid, IntVar, Misc, NoDefaultRoot, Pack, Place, StringVar, TclError, TclVersion, Tk, TkVersion,
                    Toplevel, Variable, Widget, Wm, getboolean, getdouble, getint, wantobjects)
from ._core import Tcl as Tcl
from ._images import BitmapImage, Image, PhotoImage, image_names, image_types
from ._text import Text
from ._widgets import (Button, Checkbutton, Entry, Label, LabelFrame, Listbox, Menu, Menubutton, Message,
                       OptionMenu, PanedWindow, Radiobutton, Scale, Scrollbar, Spinbox, XView, YView, _setit)
from .constants import *  # noqa: F401,F403

__all__ = [name for name in list(globals()) if not name.startswith("_") and name not in ("annotations",)]


class _VersionInfo(_namedtuple("_VersionInfo", "major minor micro releaselevel serial")):
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.micro}"


def mainloop(n=0):
    """Run the event loop of the default root."""
    root = _core._default_root
    if root is None:
        _core.mainloop_until(lambda: False)
    else:
        root.mainloop(n)


def _default_root_get():
    return _core._default_root


def __getattr__(name):
    if name == "_default_root":
        return _core._default_root
    if name == "_support_default_root":
        return _core._support_default_root
    if name == "tix":
        raise _core.unsupported(name)
    raise AttributeError(f"module 'tkinter' has no attribute '{name}'")


def _join(value):
    return _core.tcl_list(value)


def _stringify(value):
    if isinstance(value, (list, tuple)):
        return _core.tcl_list(value)
    return str(value)


def _flatten(seq):
    out = []
    for item in seq:
        if isinstance(item, (tuple, list)):
            out.extend(_flatten(item))
        elif item is not None:
            out.append(item)
    return tuple(out)


_cnfmerge = _core._cnfmerge
_tkinter = None


def _splitdict(tk, v, cut_minus=True, conv=None):
    t = _core.split_list(v)
    out = {}
    for k, val in zip(t[::2], t[1::2], strict=False):
        k = str(k)
        if cut_minus and k.startswith("-"):
            k = k[1:]
        out[k] = conv(val) if conv else val
    return out


class CallWrapper:
    def __init__(self, func, subst, widget):
        self.func, self.subst, self.widget = func, subst, widget

    def __call__(self, *args):
        return self.func(*args)


# -- what Pyroom does not implement ------------------------------------------------------------------------------

# Methods of desktop tkinter classes that this package does not define get a stub raising NotImplementedError.
from . import _api  # noqa: E402


def _make_stub(qualname):
    def stub(self, *args, **kw):
        raise _core.unsupported(qualname)

    stub.__name__ = qualname.rsplit(".", 1)[-1]
    stub.__qualname__ = qualname
    stub._pyroom_unsupported = True
    return stub


_STUBBED = []


def _install_stubs(module, table):
    for cls_name, methods in table.items():
        cls = getattr(module, cls_name, None)
        if cls is None:
            continue
        for m in methods:
            if not hasattr(cls, m) and not (cls in (Pack, Place, Grid) and hasattr(Widget, m)):
                setattr(cls, m, _make_stub(f"{cls_name}.{m}"))
                prefix = "" if module.__name__ == "tkinter" else module.__name__.split(".", 1)[1] + "."
                _STUBBED.append(f"{prefix}{cls_name}.{m}")


import sys as _sys  # noqa: E402

_install_stubs(_sys.modules[__name__], _api.TKINTER)


def _pyroom_reset():
    """Destroy all windows and reset the interpreter state (the runner calls it before a new run)."""
    _core.pyroom_reset()
    try:
        from . import ttk as _ttk

        _ttk._style_reset()
    except Exception:
        pass


def _pyroom_pump(events=()):
    """One turn of the event loop without blocking, for the degraded mode (no synchronous channel): dispatch
    ``events`` (the page's dicts), run due timers and idle work, flush; return the seconds until the next timer
    (None: no timer pending), so the runner knows when to call again."""
    _core._loop.pending.extend(events)
    _core.dispatch_pending()
    _core.run_timers()
    _core.run_idle()
    _core.get_display().flush()
    return _core.next_timeout()


def _pyroom_downloads():
    """Offer the reader the files the program saved through filedialog and wrote since (the runner calls it when a
    run ends; the event loop does at idle time)."""
    _core.check_downloads()


def _pyroom_alive():
    """True while a window of the program is open (the degraded mode keeps pumping events until none is)."""
    return any(top._exists for top in _core._toplevels)


def _pyroom_settle():
    """At the end of a run: windows the program leaves open without having run an event loop (no ``mainloop``, no
    ``update``) get the redisplay and geometry Tk would give them at idle, so the page shows them laid out. The
    program's own idle callbacks do not run."""
    if _pyroom_alive():
        _core.send_dirty()
        _core.run_layout()


def _pyroom_unsupported():
    """The names of tkinter's public API that raise NotImplementedError in Pyroom (for the docs)."""
    import os

    names = set(_STUBBED)
    here = os.path.dirname(os.path.abspath(__file__))
    for fn in sorted(os.listdir(here)):
        if fn.endswith(".py"):
            with open(os.path.join(here, fn), encoding="utf-8") as f:
                src = f.read()
            mod = fn[:-3]
            prefix = "" if mod.startswith("_") or mod == "__init__" else mod + "."
            for m in _re.finditer(r"unsupported\(\s*\"([^\"{}]+)\"\s*\)", src):
                names.add(prefix + m.group(1) if not m.group(1).startswith(prefix or "\0") else m.group(1))
    try:
        from . import ttk as _ttk

        names.update(_ttk._STUBBED)
    except Exception:
        pass
    names.update(["Tcl", "tix"])
    return sorted(names)
