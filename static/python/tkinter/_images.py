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
    if data[:2] in (b"P6", b"P3", b"P5", b"P2"):
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
        k = C._norm_key(option)
        v = self._opts.get(k, {"width": "0", "height": "0", "gamma": "1.0"}.get(k, "") if self._type == "photo"
                           else "")
        return str(v) if isinstance(v, (int, float)) else v  # (Tk answers image options as strings)

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
        if self._data is not None and self._pixels is None and self._fmt in ("png", "gif"):
            mime = {"png": "image/png", "gif": "image/gif"}[self._fmt]
            return f"data:{mime};base64," + base64.b64encode(self._data).decode("ascii")
        if self._pixels is None and self._data is not None:  # (the page cannot show ppm: it gets a png)
            return "data:image/png;base64," + base64.b64encode(_png(self._w, self._h, self._read_grid())).decode(
                "ascii")
        return "data:image/png;base64," + base64.b64encode(_png(self._w, self._h, self._pixels)).decode("ascii")

    def _grid(self):
        if self._pixels is None and self._data is not None:
            self._pixels = _decode(self._data, self._fmt, self._w, self._h)  # None: a format kept opaque
        if self._pixels is None:
            self._pixels = [[None] * self._w for _ in range(self._h)]
        return self._pixels

    def _read_grid(self):
        # the pixels for reading: a loaded image is decoded once, and keeps its own data for drawing
        if self._pixels is None and self._data is not None:
            if getattr(self, "_decoded", None) is None or self._decoded[0] is not self._data:
                self._decoded = (self._data, _decode(self._data, self._fmt, self._w, self._h))
            if self._decoded[1] is not None:
                return self._decoded[1]
        return self._grid()

    def _derived(self, w, h, pixels):
        # a new image made by copy/zoom/subsample: sized by its pixels, without -width/-height options (as Tk)
        img = PhotoImage()
        img._w, img._h, img._pixels = w, h, pixels
        img._send()
        return img

    def blank(self):
        self._pixels = None
        self._data = None
        self._send()

    def _region(self, from_coords):
        """Tk's -from: x1 y1 (to the bottom-right corner) or x1 y1 x2 y2; the whole image when not given."""
        if from_coords is None or from_coords == "":
            return 0, 0, self._w, self._h
        c = [int(v) for v in (from_coords if isinstance(from_coords, (tuple, list)) else str(from_coords).split())]
        if len(c) == 2:
            c += [self._w, self._h]
        if len(c) != 4:
            raise TclError('the "-from" option requires two or four values')
        x1, y1, x2, y2 = min(c[0], c[2]), min(c[1], c[3]), max(c[0], c[2]), max(c[1], c[3])
        if x1 < 0 or y1 < 0 or x2 > self._w or y2 > self._h:
            raise TclError('coordinates for -from option extend outside source image')
        return x1, y1, x2, y2

    def _copy_from(self, src, from_coords=None, to=None, zoom=None, subsample=None, shrink=False,
                   compositingrule=None):
        """Tk's `imageName copy`: a region of `src`, subsampled then zoomed, put at `to` (x y, or a region x1 y1 x2
        y2 it tiles); the image grows to hold it unless the program set its -width/-height."""
        def pair(v):
            if v in (None, ""):
                return 1, 1
            v = [int(x) for x in (v if isinstance(v, (tuple, list)) else str(v).split())]
            return (v[0], v[-1])
        zx, zy = pair(zoom)
        sx, sy = pair(subsample)
        if zx <= 0 or zy <= 0:
            raise TclError('value(s) for the -zoom option must be positive')
        if sx == 0 or sy == 0:
            raise TclError('value(s) for the -subsample option must not be 0')
        x1, y1, x2, y2 = src._region(from_coords)
        grid = src._read_grid()
        rows = [[grid[y][x] for x in range(x1, x2)[::abs(sx)]][::1 if sx > 0 else -1]
                for y in range(y1, y2)[::abs(sy)]][::1 if sy > 0 else -1]
        rows = [[p for p in row for _ in range(zx)] for row in rows for _ in range(zy)]
        w, h = (len(rows[0]) if rows else 0), len(rows)
        t = [] if to in (None, "") else [int(v) for v in (to if isinstance(to, (tuple, list)) else str(to).split())]
        tx, ty = (t[0], t[1]) if len(t) >= 2 else (0, 0)
        tx2, ty2 = (t[2], t[3]) if len(t) == 4 else (tx + w, ty + h)
        user_w, user_h = C.pixels(self._opts.get("width", 0) or 0), C.pixels(self._opts.get("height", 0) or 0)
        new_w = self._w if user_w else (tx2 if shrink else max(self._w, tx2))
        new_h = self._h if user_h else (ty2 if shrink else max(self._h, ty2))
        mine = self._grid()
        self._w, self._h = new_w, new_h
        mine[:] = [(r + [None] * (new_w - len(r)))[:new_w] for r in mine[:new_h]]
        mine.extend([None] * new_w for _ in range(new_h - len(mine)))
        if w and h:
            overlay = compositingrule in (None, "", "overlay")
            for yy in range(ty, min(ty2, new_h)):
                r = rows[(yy - ty) % h]
                for xx in range(tx, min(tx2, new_w)):
                    c = r[(xx - tx) % w]
                    if overlay and (c is None or len(c) > 7):
                        continue  # a transparent pixel leaves the one under it
                    if yy >= 0 and xx >= 0:
                        mine[yy][xx] = c
        self._send()

    def _derived(self, from_coords=None, zoom=None, subsample=None):
        # a new image made by copy/zoom/subsample: sized by its pixels, without -width/-height options (as Tk)
        img = PhotoImage()
        img._copy_from(self, from_coords=from_coords, zoom=zoom, subsample=subsample)
        return img

    def copy(self, *, from_coords=None, zoom=None, subsample=None):
        if (from_coords, zoom, subsample) == (None, None, None) and self._pixels is None and \
                self._data is not None and _decode(self._data, self._fmt, 1, 1) is None:
            img = PhotoImage()
            img._data, img._fmt, img._w, img._h = self._data, self._fmt, self._w, self._h
            img._send()
            return img
        return self._derived(from_coords, zoom, subsample)

    def zoom(self, x, y="", *, from_coords=None):
        return self._derived(from_coords, zoom=(int(x), int(x) if y == "" else int(y)))

    def subsample(self, x, y="", *, from_coords=None):
        return self._derived(from_coords, subsample=(int(x), int(x) if y == "" else int(y)))

    def copy_replace(self, sourceImage, *, from_coords=None, to=None, shrink=False, zoom=None, subsample=None,
                     compositingrule=None):
        src = C._loop.images.get(str(sourceImage))
        if not isinstance(src, PhotoImage):
            raise TclError(f'image "{sourceImage}" doesn\'t exist or is not a photo image')
        self._copy_from(src, from_coords, to, zoom, subsample, shrink, compositingrule)

    def get(self, x, y):
        x, y = int(x), int(y)
        if not (0 <= x < self._w and 0 <= y < self._h):
            raise TclError(f"{self.name} get: coordinates out of range")
        c = self._read_grid()[y][x]
        if c is None:
            return (0, 0, 0)
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

    def _encode(self, format, from_coords):
        fmt = str(format or "").lower().split()[0] if format else ""
        x1, y1, x2, y2 = self._region(from_coords)
        rows = [r[x1:x2] for r in self._read_grid()[y1:y2]]
        w, h = x2 - x1, y2 - y1
        if fmt in ("", "ppm"):
            body = bytearray()
            for r in rows:
                for c in r:
                    body += bytes((int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16))) if c else b"\0\0\0"
            return b"P6\n%d %d\n255\n" % (w, h) + bytes(body)
        if fmt == "png":
            return _png(w, h, rows)
        raise C.unsupported(f"PhotoImage format {fmt!r} (Pyroom writes ppm and png)")

    def write(self, filename, format=None, from_coords=None, **kw):
        data = self._encode(format, from_coords)
        with open(filename, "wb") as f:
            f.write(data)

    def data(self, format=None, from_coords=None, **kw):
        if not format:  # Tk's default: the rows of colours
            x1, y1, x2, y2 = self._region(from_coords)
            return tuple(" ".join((c[:7] if c else "#000000") for c in r[x1:x2]) for r in self._read_grid()[y1:y2])
        return self._encode(format, from_coords)

    def read(self, filename, format=None, *, from_coords=None, to=None, shrink=False):
        src = PhotoImage(file=filename)
        try:
            self._copy_from(src, from_coords, to, shrink=shrink, compositingrule="set")
        finally:
            C._loop.images.pop(src.name, None)

    def transparency_get(self, x, y):
        c = self._read_grid()[int(y)][int(x)]
        return c is None or len(c) > 7

    def transparency_set(self, x, y, boolean):
        grid = self._grid()
        c = grid[int(y)][int(x)]
        if C.getboolean(boolean):
            grid[int(y)][int(x)] = c[:7] + "00" if c else None
        else:
            grid[int(y)][int(x)] = c[:7] if c else "#000000"
        self._send()

    def _tcl(self, cmd, *args):
        """`imageName subcommand ...` through tk.call (as programs for Python < 3.13 copy regions)."""
        if cmd == "copy":
            src = C._loop.images.get(str(args[0])) if args else None
            if not isinstance(src, PhotoImage):
                raise TclError(f'image "{args[0] if args else ""}" doesn\'t exist or is not a photo image')
            rest = list(args[1:])
            o, i = {}, 0
            while i < len(rest):  # -from and -to take 2 or 4 numbers, -zoom/-subsample 1 or 2
                a = str(rest[i])
                i += 1
                vals = []
                while i < len(rest) and not str(rest[i]).startswith("-"):
                    vals.append(rest[i])
                    i += 1
                o[a.lstrip("-")] = vals
            self._copy_from(src, o.get("from"), o.get("to"), o.get("zoom"), o.get("subsample"), "shrink" in o,
                            (o.get("compositingrule") or [None])[0])
            return ""
        if cmd == "get":
            return self.get(*args[:2])
        if cmd == "put":
            to = args[2:] if len(args) > 2 and str(args[1]) == "-to" else None
            self.put(args[0], to=to)
            return ""
        if cmd == "blank":
            self.blank()
            return ""
        if cmd == "cget":
            return self.cget(str(args[0]).lstrip("-"))
        if cmd == "configure":
            if len(args) >= 2:
                self.configure(**{str(k).lstrip("-"): v for k, v in zip(args[::2], args[1::2], strict=False)})
                return ""
        if cmd in ("width", "height"):
            return self.width() if cmd == "width" else self.height()
        if cmd == "transparency" and args:
            if str(args[0]) == "get":
                return int(self.transparency_get(*args[1:3]))
            self.transparency_set(*args[1:4])
            return ""
        if cmd == "redither":
            return ""
        if cmd in ("write", "data"):
            kw = {}
            rest = list(args[1:] if cmd == "write" else args)
            while rest:
                k = str(rest.pop(0))
                if k == "-format":
                    kw["format"] = rest.pop(0)
                elif k == "-from":
                    vals = []
                    while rest and not str(rest[0]).startswith("-"):
                        vals.append(rest.pop(0))
                    kw["from_coords"] = vals
            if cmd == "write":
                self.write(args[0], **kw)
                return ""
            return self.data(**kw)
        raise C.unsupported(f"tk.call({self.name!r}, {cmd!r})")


def _png(width, height, pixels):
    """PNG bytes of a width x height RGBA image; pixels: rows of '#rrggbb', or '#rrggbb00' / None (transparent: a
    pixel made transparent keeps its colour, as in Tk)."""
    width, height = max(1, width), max(1, height)
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        row = pixels[y] if pixels is not None and y < len(pixels) else ()
        for x in range(width):
            c = row[x] if x < len(row) else None
            if c:
                raw += bytes((int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16), 255 if len(c) == 7 else 0))
            else:
                raw += b"\0\0\0\0"

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw))) + chunk(b"IEND", b""))


def _decode(raw, fmt, w, h):
    """Rows of '#rrggbb' (None: transparent) of PNG or GIF bytes; None when the data cannot be decoded here."""
    try:
        rows = (_decode_png(raw) if fmt == "png" else _decode_gif(raw) if fmt == "gif" else
                _decode_ppm(raw) if fmt == "ppm" else None)
    except Exception:
        return None
    return rows


def _decode_ppm(raw):
    """PPM/PGM (P6, P5 binary; P3, P2 text), as Tk's ppm format reads them."""
    kind = raw[:2]
    fields, pos = [], 2
    while len(fields) < 3:
        while raw[pos:pos + 1].isspace():
            pos += 1
        if raw[pos:pos + 1] == b"#":
            pos = raw.index(b"\n", pos)
            continue
        start = pos
        while pos < len(raw) and not raw[pos:pos + 1].isspace():
            pos += 1
        fields.append(int(raw[start:pos]))
    w, h, maxval = fields
    channels = 3 if kind in (b"P6", b"P3") else 1
    if kind in (b"P6", b"P5"):
        size = 2 if maxval > 255 else 1
        body = raw[pos + 1:]
        vals = [int.from_bytes(body[i:i + size], "big") for i in range(0, w * h * channels * size, size)]
    else:
        vals = [int(v) for v in raw[pos:].split()[:w * h * channels]]
    vals = [v * 255 // maxval for v in vals] if maxval != 255 else vals
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            k = (y * w + x) * channels
            r, g, b = (vals[k], vals[k + 1], vals[k + 2]) if channels == 3 else (vals[k],) * 3
            row.append(f"#{r:02x}{g:02x}{b:02x}")
        rows.append(row)
    return rows


def _decode_png(raw):
    pos, idat, plte, trns = 8, bytearray(), None, None
    while pos + 8 <= len(raw):
        n, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        body = raw[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype, _c, _f, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            plte = body
        elif kind == b"tRNS":
            trns = body
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    if interlace:
        return None
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    bpp = max(1, channels * depth // 8)
    stride = (w * channels * depth + 7) // 8
    data = zlib.decompress(bytes(idat))
    prev = bytearray(stride)
    rows = []
    i = 0
    for _y in range(h):
        ftype = data[i]
        line = bytearray(data[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif ftype == 4:
                c = prev[x - bpp] if x >= bpp else 0
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if depth == 16:
            vals = line[::2]
        elif depth == 8:
            vals = line
        else:
            per = 8 // depth
            mask = (1 << depth) - 1
            vals = [(line[k // per] >> (8 - depth * (k % per + 1))) & mask for k in range(w * channels)]
        row = []
        for x in range(w):
            px = vals[x * channels:(x + 1) * channels]
            alpha = 255
            if ctype == 3:
                idx = px[0]
                r, g, bl = plte[3 * idx:3 * idx + 3]
                if trns is not None and idx < len(trns):
                    alpha = trns[idx]
            elif ctype in (0, 4):
                v = px[0] * 255 // ((1 << depth) - 1) if depth < 8 else px[0]
                r = g = bl = v
                if ctype == 4:
                    alpha = px[1]
                elif trns is not None and len(trns) >= 2 and struct.unpack(">H", trns[:2])[0] == (
                        px[0] if depth <= 8 else None):
                    alpha = 0
            else:
                r, g, bl = px[0], px[1], px[2]
                if ctype == 6:
                    alpha = px[3]
            row.append(f"#{r:02x}{g:02x}{bl:02x}00" if alpha < 128 else f"#{r:02x}{g:02x}{bl:02x}")
        rows.append(row)
    return rows


def _decode_gif(raw):
    w, h, flags = struct.unpack("<HHB", raw[6:11])
    pos = 13
    table = None
    if flags & 0x80:
        n = 3 << ((flags & 7) + 1)
        table = raw[pos:pos + n]
        pos += n
    transparent = None
    while pos < len(raw):
        block = raw[pos]
        if block == 0x21:  # extension: the graphic control one gives the transparent index
            label = raw[pos + 1]
            pos += 2
            while raw[pos]:
                if label == 0xF9 and raw[pos] >= 4 and raw[pos + 1] & 1:
                    transparent = raw[pos + 4]
                pos += raw[pos] + 1
            pos += 1
        elif block == 0x2C:
            ix, iy, iw, ih, iflags = struct.unpack("<HHHHB", raw[pos + 1:pos + 10])
            pos += 10
            if iflags & 0x80:
                n = 3 << ((iflags & 7) + 1)
                table = raw[pos:pos + n]
                pos += n
            min_code = raw[pos]
            pos += 1
            data = bytearray()
            while raw[pos]:
                data += raw[pos + 1:pos + 1 + raw[pos]]
                pos += raw[pos] + 1
            idx = _lzw(bytes(data), min_code, iw * ih)
            order = list(range(ih))
            if iflags & 0x40:
                order = list(range(0, ih, 8)) + list(range(4, ih, 8)) + list(range(2, ih, 4)) + list(range(1, ih, 2))
            rows = [[None] * w for _ in range(h)]
            for k, yy in enumerate(order):
                for xx in range(iw):
                    if k * iw + xx >= len(idx):
                        break
                    c = idx[k * iw + xx]
                    if c != transparent and 0 <= iy + yy < h and 0 <= ix + xx < w:
                        rows[iy + yy][ix + xx] = "#" + bytes(table[3 * c:3 * c + 3]).hex()
            return rows
        else:
            break
    return [[None] * w for _ in range(h)]


def _lzw(data, min_code, count):
    clear, end = 1 << min_code, (1 << min_code) + 1
    size = min_code + 1
    table = [bytes((i,)) for i in range(clear)] + [b"", b""]
    out = bytearray()
    prev = None
    bits = nbits = 0
    for byte in data:
        bits |= byte << nbits
        nbits += 8
        while nbits >= size:
            code = bits & ((1 << size) - 1)
            bits >>= size
            nbits -= size
            if code == clear:
                size = min_code + 1
                table = table[:clear + 2]
                prev = None
                continue
            if code == end:
                return out
            if prev is None:
                entry = table[code]
            elif code < len(table):
                entry = table[code]
                table.append(prev + entry[:1])
            else:
                entry = prev + prev[:1]
                table.append(entry)
            out += entry
            prev = entry
            if len(table) == (1 << size) and size < 12:
                size += 1
            if len(out) >= count:
                return out
    return out


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
