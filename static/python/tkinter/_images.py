"""Images: PhotoImage (PNG/GIF data passed to the page as base64; pixels set with put() kept here) and BitmapImage."""

from __future__ import annotations

import base64
import itertools
import struct
import zlib

from . import _core as C
from ._core import TclError, color, get_display

_counter = itertools.count(1)


def _sniff(data):
    """(format, width, height) of PNG or GIF bytes, else (None, 0, 0)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return "png", w, h
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return "gif", w, h
    if data[:2] == b"P6" or data[:2] == b"P3":
        parts = data.split(None, 4)
        try:
            return "ppm", int(parts[1]), int(parts[2])
        except (IndexError, ValueError):
            pass
    return None, 0, 0


class Image:
    """Base of image objects: a name registered with the interpreter, options, configure/cget."""

    _type = "photo"

    def __init__(self, imgtype, name=None, cnf={}, master=None, **kw):
        if master is None:
            master = C._get_default_root("create image")
        self.tk = master.tk
        if not name:
            name = f"pyimage{next(_counter)}"
        self.name = name
        self._opts = {}
        self._pixels = None
        self._w = self._h = 0
        self._data = None
        self._fmt = None
        self._url = None
        self._users = set()  # widgets and (canvas, item id) showing this image
        C._loop.images[name] = self
        opts = dict(cnf)
        opts.update(kw)
        self.configure(**opts)

    def __str__(self):
        return self.name

    def __del__(self):
        try:
            if C._loop.images.get(self.name) is self:
                del C._loop.images[self.name]
        except Exception:
            pass

    def _display(self):
        """The protocol's image value: {"url": data URL, "width", "height"}."""
        if self._url is None:
            self._url = self._make_url()
        return {"url": self._url, "width": self._w, "height": self._h}

    def _make_url(self):
        return "data:image/png;base64," + base64.b64encode(_png(self._w, self._h, None)).decode("ascii")

    def _changed(self):
        self._url = None
        for user in list(self._users):
            if isinstance(user, tuple):
                canvas, iid = user
                if canvas._exists and iid in canvas._items:
                    get_display().send(["itemconfig", canvas._w, iid, {"image": self._display()}])
                else:
                    self._users.discard(user)
            elif user._exists:
                user._image_changed(self)
            else:
                self._users.discard(user)

    def __setitem__(self, key, value):
        self.configure(**{key: value})

    def __getitem__(self, key):
        return self.cget(key)

    def configure(self, **kw):
        for k, v in kw.items():
            k = C._norm_key(k)
            self._opts[k] = v
        self._load()

    config = configure

    def cget(self, option):
        return self._opts.get(C._norm_key(option), "")

    def height(self):
        return self._h

    def width(self):
        return self._w

    def type(self):
        return self._type

    def _load(self):
        pass


class PhotoImage(Image):
    """A full-colour image."""

    def __init__(self, name=None, cnf={}, master=None, **kw):
        Image.__init__(self, "photo", name, cnf, master, **kw)

    def _load(self):
        raw = None
        if self._opts.get("file"):
            with open(self._opts["file"], "rb") as f:
                raw = f.read()
        elif self._opts.get("data"):
            d = self._opts["data"]
            if isinstance(d, str):
                try:
                    raw = base64.b64decode(d, validate=False)
                except Exception:
                    raw = d.encode("latin-1")
            else:
                raw = bytes(d)
                if _sniff(raw)[0] is None:
                    try:
                        raw = base64.b64decode(raw)
                    except Exception:
                        pass
        if raw is not None:
            fmt, w, h = _sniff(raw)
            if fmt is None:
                raise TclError("couldn't recognize image data")
            self._data, self._fmt = raw, fmt
            self._w, self._h = w, h
            self._pixels = None
        uw, uh = C.pixels(self._opts.get("width", 0) or 0), C.pixels(self._opts.get("height", 0) or 0)
        if uw:
            self._w = uw
        if uh:
            self._h = uh
        self._send()

    def _send(self):
        self._changed()

    def _make_url(self):
        if self._data is not None and self._pixels is None:
            mime = {"png": "image/png", "gif": "image/gif"}.get(self._fmt, "image/x-portable-pixmap")
            return f"data:{mime};base64," + base64.b64encode(self._data).decode("ascii")
        return "data:image/png;base64," + base64.b64encode(_png(self._w, self._h, self._pixels)).decode("ascii")

    def _grid(self):
        if self._pixels is None:
            self._pixels = [[None] * self._w for _ in range(self._h)]
        return self._pixels

    def blank(self):
        self._pixels = None
        self._data = None
        self._send()

    def copy(self):
        img = PhotoImage(width=self._w, height=self._h)
        img._data, img._fmt = self._data, self._fmt
        img._pixels = [list(r) for r in self._pixels] if self._pixels else None
        img._send()
        return img

    def zoom(self, x, y=""):
        y = x if y == "" else y
        img = PhotoImage(width=self._w * int(x), height=self._h * int(y))
        if self._pixels:
            img._pixels = [[p for p in row for _ in range(int(x))] for row in self._pixels for _ in range(int(y))]
        img._send()
        return img

    def subsample(self, x, y=""):
        y = x if y == "" else y
        img = PhotoImage(width=max(1, self._w // int(x)), height=max(1, self._h // int(y)))
        if self._pixels:
            img._pixels = [row[::int(x)] for row in self._pixels[::int(y)]]
        img._send()
        return img

    def get(self, x, y):
        x, y = int(x), int(y)
        if not (0 <= x < self._w and 0 <= y < self._h):
            raise TclError("photo.get: coordinates out of range")
        if self._pixels is None or self._pixels[y][x] is None:
            return (0, 0, 0)
        c = self._pixels[y][x]
        return (int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16))

    def put(self, data, to=None):
        rows = _parse_put(data)
        if not rows:
            return
        x0, y0 = 0, 0
        x1 = y1 = None
        if to is not None:
            t = [int(v) for v in (to if isinstance(to, (tuple, list)) else str(to).split())]
            x0, y0 = t[0], t[1]
            if len(t) >= 4:
                x1, y1 = t[2], t[3]
        need_w = x0 + len(rows[0]) if x1 is None else max(x1, x0 + len(rows[0]))
        need_h = y0 + len(rows) if y1 is None else max(y1, y0 + len(rows))
        if not self._opts.get("width") and need_w > self._w:
            self._w = need_w
        if not self._opts.get("height") and need_h > self._h:
            self._h = need_h
        grid = self._grid()
        for row in grid:
            row.extend([None] * (self._w - len(row)))
        while len(grid) < self._h:
            grid.append([None] * self._w)
        if x1 is not None:
            # fill the region by tiling the data
            for yy in range(y0, min(y1, self._h)):
                r = rows[(yy - y0) % len(rows)]
                for xx in range(x0, min(x1, self._w)):
                    grid[yy][xx] = r[(xx - x0) % len(r)]
        else:
            for dy, r in enumerate(rows):
                for dx, c in enumerate(r):
                    if 0 <= y0 + dy < self._h and 0 <= x0 + dx < self._w:
                        grid[y0 + dy][x0 + dx] = c
        self._send()

    def write(self, filename, format=None, from_coords=None):
        raise C.unsupported("PhotoImage.write")

    def data(self, format=None, from_coords=None):
        raise C.unsupported("PhotoImage.data")

    def transparency_get(self, x, y):
        return self._pixels is None or self._pixels[int(y)][int(x)] is None

    def transparency_set(self, x, y, boolean):
        grid = self._grid()
        if boolean:
            grid[int(y)][int(x)] = None
        self._send()

    def copy_replace(self, *args, **kw):
        raise C.unsupported("PhotoImage.copy_replace")


def _png(width, height, pixels):
    """PNG bytes of a width x height RGBA image; pixels: rows of '#rrggbb' or None (transparent)."""
    width, height = max(1, width), max(1, height)
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        row = pixels[y] if pixels is not None and y < len(pixels) else ()
        for x in range(width):
            c = row[x] if x < len(row) else None
            if c:
                raw += bytes((int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16), 255))
            else:
                raw += b"\0\0\0\0"

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw))) + chunk(b"IEND", b""))


def _parse_put(data):
    if isinstance(data, str):
        s = data.strip()
        if not s.startswith("{") and " " not in s:
            return [[color(s)]]
        rows = C.split_list(s)
        if rows and not s.startswith("{"):
            rows = [s]
        return [[color(c) for c in C.split_list(r)] for r in rows]
    if isinstance(data, (tuple, list)):
        out = []
        for r in data:
            if isinstance(r, str):
                out.append([color(c) for c in C.split_list(r)])
            else:
                out.append([color(c) for c in r])
        return out
    raise TclError("couldn't recognize image data")


class BitmapImage(Image):
    """A two-colour bitmap (XBM data is accepted; drawn as a blank of its size)."""

    _type = "bitmap"

    def __init__(self, name=None, cnf={}, master=None, **kw):
        Image.__init__(self, "bitmap", name, cnf, master, **kw)

    def _load(self):
        data = self._opts.get("data", "")
        if self._opts.get("file"):
            with open(self._opts["file"]) as f:
                data = f.read()
        import re
        w = re.search(r"_width\s+(\d+)", data or "")
        h = re.search(r"_height\s+(\d+)", data or "")
        self._w = int(w.group(1)) if w else 0
        self._h = int(h.group(1)) if h else 0
        self._changed()


def image_names():
    return tuple(C._loop.images)


def image_types():
    return ("photo", "bitmap")
