"""tkinter.font: named fonts and Font objects; measurements come from the page (display queries)."""

from __future__ import annotations

import itertools

from . import _core as C

NORMAL = "normal"
ROMAN = "roman"
BOLD = "bold"
ITALIC = "italic"

_counter = itertools.count(1)


def nametofont(name, root=None):
    return Font(name=name, exists=True, root=root)


class Font:
    """A font: a named description whose measurements the page answers."""

    counter = _counter

    def __init__(self, root=None, font=None, name=None, exists=False, **options):
        if name is None:
            name = f"font{next(_counter)}"
        self.name = name
        self._fontname = name
        if exists:
            if name not in C._named_fonts:
                raise C.TclError(f"named font {name} does not already exist")
            if font is not None or options:
                self.configure(**dict(self._from(font), **options) if font else options)
            self.delete_font = False
            return
        if name in C._named_fonts:
            raise C.TclError(f'named font "{name}" already exists')
        spec = {"family": "", "size": 0, "weight": "normal", "slant": "roman", "underline": False,
                "overstrike": False}
        if font is not None:
            spec.update(C.font_spec(font))
        for k, v in options.items():
            spec[k] = self._conv(k, v)
        C._named_fonts[name] = spec  # (without a family or size: what Tk chooses, as `actual` tells)
        self.delete_font = True

    @staticmethod
    def _from(font):
        return C.font_spec(font)

    @staticmethod
    def _conv(k, v):
        if k == "size":
            return int(v)
        if k in ("underline", "overstrike"):
            return bool(C.getboolean(v))
        if k not in ("family", "weight", "slant"):
            raise C.TclError(f'bad option "-{k}": must be -family, -size, -weight, -slant, -underline, or '
                             "-overstrike")
        return v

    def __str__(self):
        return self.name

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} object {self.name!r}>"

    def __eq__(self, other):
        if not isinstance(other, Font):
            return NotImplemented
        return self.name == other.name

    __hash__ = object.__hash__

    def __getitem__(self, key):
        return self.cget(key)

    def __setitem__(self, key, value):
        self.configure(**{key: value})

    def __del__(self):
        pass

    def copy(self):
        return Font(**self.actual())

    def _spec(self):
        return C._named_fonts[self.name]

    def actual(self, option=None, displayof=None):
        spec = dict(self._spec())
        fd = C.font_display(self.name)
        spec["family"] = fd["family"]
        size = spec["size"] or 12  # (Tk's size for a font without one)
        spec["size"] = size if size > 0 else int(round(-size / C._SCALING))
        spec["underline"] = int(spec["underline"])
        spec["overstrike"] = int(spec["overstrike"])
        if option:
            return spec[option]
        return spec

    def cget(self, option):
        v = self._spec()[option]
        if option in ("underline", "overstrike"):
            return int(v)
        return v

    def config(self, **options):
        if not options:
            d = dict(self._spec())
            d["underline"] = int(d["underline"])
            d["overstrike"] = int(d["overstrike"])
            return d
        spec = self._spec()
        for k, v in options.items():
            spec[k] = self._conv(k, v)
        C._reset_caches()
        C.schedule_layout()
        # widgets that use this font must be told its new description
        for top in C._toplevels:
            _refresh_font_users(top, self.name)
        return None

    configure = config

    def measure(self, text, displayof=None):
        text = str(text)
        fd = C.font_display(self.name)
        return max((C.measure(fd, line) for line in text.split("\n")), default=0)

    def metrics(self, *options, **kw):
        m = C.metrics(C.font_display(self.name))
        out = {"ascent": m["ascent"], "descent": m["descent"], "linespace": m["linespace"],
               "fixed": int(m.get("fixed", 0))}
        if options:
            if len(options) == 1:
                return out[options[0].lstrip("-")]
            return {o.lstrip("-"): out[o.lstrip("-")] for o in options}
        return out


def _refresh_font_users(w, name):
    if "font" in w._opts and str(w._opts["font"]) == name:
        w._options_changed({"font": w._opts["font"]})
    for c in list(w.children.values()):
        _refresh_font_users(c, name)


def families(root=None, displayof=None):
    return ("sans-serif", "serif", "monospace", "Arial", "Helvetica", "Times", "Courier", "Verdana", "Georgia",
            "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono")


def names(root=None):
    return tuple(C._named_fonts)


def _tcl_font(*args):
    sub = args[0] if args else ""
    if sub == "measure":
        return Font(font=args[1]).measure(args[-1])
    if sub == "names":
        return names()
    if sub == "families":
        return families()
    if sub in ("configure", "actual") and len(args) >= 2:
        f = nametofont(args[1]) if args[1] in C._named_fonts else Font(font=args[1])
        return f.actual() if sub == "actual" else f.config()
    raise C.unsupported(f"font {sub}")
