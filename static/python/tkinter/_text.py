"""Text: the content (always ending with a newline, as in Tk), Tk indices ("1.0", "end", "insert", "end-1c",
"+3c", "linestart", marks, "tag.first"), marks, tags with display options, search, undo."""

from __future__ import annotations

import bisect
import re

from . import _core as C
from ._core import TclError, Widget, color, font_display, get_display, getboolean, metrics, pixels
from ._widgets import XView, YView, _avg, _font

_wrap_cache = {}  # (font, width, wrap, line) -> its display lines
_EMBED0 = 0xF0000  # the first private-use character standing for an embedded window or image
# options of embedded windows and images, with Tk's defaults
_EMBED_OPTS = {"window": {"align": "center", "create": "", "padx": 0, "pady": 0, "stretch": 0, "window": ""},
               "image": {"align": "center", "padx": 0, "pady": 0, "image": "", "name": ""}}

_MOD_RE = re.compile(
    r"\s*(?:([+-])\s*(-?\d+)\s*(?:(display|any)\s+)?(chars?|c|indices|i|lines?|l)\b|"
    r"(?:(display|any)\s+)?(linestart|lineend|wordstart|wordend))", re.I)
_BASE_RE = re.compile(r"^\s*(?:(-?\d+)\.(-?\d+|end)|@(-?\d+),(-?\d+)|(end)|([^\s+-]+?)\.(first|last)|([^\s+-]+))")


class Text(XView, YView, Widget):
    _tkclass = "Text"

    def __init__(self, master=None, cnf={}, **kw):
        Widget.__init__(self, master, "text", C._cnfmerge((cnf, kw)))

    def _init_widget(self):
        self._s = "\n"
        self._marks = {"insert": [0, "right"], "current": [0, "right"]}
        # when each mark and tag toggle was placed: orders what sits at one index (dump), as Tk's segments are
        self._stamps = {("mark", "current"): 0, ("mark", "insert"): 1}
        self._stamp = 2
        self._tags = {"sel": {"ranges": [], "opts": {}}}  # name -> {"ranges": [[a, b]], "opts": {}}
        self._tag_order = ["sel"]
        self._tag_bindings = {}
        self._undo = []  # groups of ("insert"|"delete", offset, chars); a group is undone as one
        self._redo = []
        self._undo_mode = None  # the kind of the last recorded edit (autoseparators split where it changes)
        self._undo_sep = False  # edit separator: the next edit starts a group
        self._page_edit_end = None  # where the reader's last edit ended (undo groups)
        self._dirty = 0  # Tk's modified counter: edits count up, undone edits count down
        self._ytop = 0  # the view: pixels of the text scrolled off at the top (Tk scrolls by pixels)
        # embedded windows and images: each is one private-use character of the content (one index, as in Tk)
        self._embeds = {}  # char -> {"kind": "window" | "image", "name": str, "opts": {...}}
        self._embed_next = _EMBED0
        self._embeds_sent = False
        self._view_told = {}  # the view last told to the scroll commands
        self._content_dirty = True  # value and tags to send at idle (_send_now)
        self._view_pending = {}  # view and cursor to send with them

    # -- geometry --------------------------------------------------------------------------------------------------
    def _natural_size(self):
        fd = _font(self)
        m = metrics(fd)
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        padx, pady = pixels(self._getopt("padx")), pixels(self._getopt("pady"))
        sp = pixels(self._getopt("spacing1")) + pixels(self._getopt("spacing3"))
        w = C.getint(self._getopt("width")) * _avg(fd) + 2 * (inset + padx)
        h = C.getint(self._getopt("height")) * (m["linespace"] + sp) + 2 * (inset + pady)
        return (w, h)

    # -- offsets and indices ---------------------------------------------------------------------------------------
    def _edited(self, old, a, b, inserted):
        """Keep the line starts and display lines known for ``old`` true for the new content, where ``old[a:b]``
        was replaced by ``inserted`` characters: only the lines the edit touched are looked at again (a text
        that grows line by line, as a log does, costs the same at each line)."""
        new = self._s
        delta = inserted - (b - a)
        cached = self.__dict__.get("_starts_cache")
        if cached is not None and cached[0] is old:
            starts = cached[1]
            i = bisect.bisect_right(starts, a)
            j = bisect.bisect_right(starts, b)
            added = []
            k = new.find("\n", a, a + inserted)
            while k >= 0:
                if k + 1 < len(new):
                    added.append(k + 1)
                k = new.find("\n", k + 1, a + inserted)
            starts[i:] = added + [x + delta for x in starts[j:]]
            self._starts_cache = (new, starts)
        cached = self.__dict__.get("_rows_cache")
        if cached is not None and cached[0] is old:
            rows = cached[2]
            first = old.rfind("\n", 0, a) + 1  # the start of the first line touched
            last_old = old.find("\n", b)  # the end (newline) of the last one
            r0 = bisect.bisect_left(rows, (first, -1))
            r1 = bisect.bisect_left(rows, (last_old + 1, -1))
            mode, _fkey, avail, _embedded = cached[1]
            st = self._line_starts()
            line_starts = [first] + st[bisect.bisect_right(st, first):bisect.bisect_right(st, last_old + delta)]
            fresh = self._compute_rows(line_starts, mode, _font(self), avail)
            rows[r0:] = fresh + [(x + delta, y + delta) for x, y in rows[r1:]]
            self._rows_cache = (new, cached[1], rows)

    def _line_starts(self):
        s = self._s
        cached = self.__dict__.get("_starts_cache")
        if cached is not None and cached[0] is s:  # (the content is a new string after each edit)
            return cached[1]
        starts = [0]
        i = s.find("\n")
        while i >= 0 and i + 1 < len(s):
            starts.append(i + 1)
            i = s.find("\n", i + 1)
        self._starts_cache = (s, starts)
        return starts

    def _pos_to_off(self, line, char, starts=None):
        starts = starts or self._line_starts()
        if line < 1:
            return 0
        if line > len(starts):
            return len(self._s)
        a = starts[line - 1]
        end = self._s.find("\n", a)
        if char == "end":
            return end
        return a + max(0, min(int(char), end - a))

    def _off_to_pos(self, off, starts=None):
        starts = starts or self._line_starts()
        if off >= len(self._s):
            return (len(starts) + 1, 0)
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= off:
                lo = mid
            else:
                hi = mid - 1
        return (lo + 1, off - starts[lo])

    def _off(self, index):
        """A Tk text index -> character offset (end = len(content))."""
        if isinstance(index, (int, float)) and not isinstance(index, bool):
            index = f"{index:.1f}" if isinstance(index, float) else str(index)
        s = str(index)
        embed = self._embed_named(s) if self._embeds else None  # a window's path or an image's name, whole
        if embed is not None:
            return self._s.find(embed)
        starts = self._line_starts()
        m = _BASE_RE.match(s)
        if not m:
            raise TclError(f'bad text index "{index}"')
        if m.group(1):
            off = self._pos_to_off(int(m.group(1)), m.group(2), starts)
        elif m.group(3) is not None:
            off = self._xy_to_off(int(m.group(3)), int(m.group(4)), starts)
        elif m.group(5):
            off = len(self._s)
        elif m.group(6):
            name, which = m.group(6), m.group(7)
            tag = self._tags.get(name)
            if not tag or not tag["ranges"]:
                raise TclError(f'text doesn\'t contain any characters tagged with "{name}"')
            off = tag["ranges"][0][0] if which == "first" else tag["ranges"][-1][1]
        else:
            name = m.group(8)
            if name in self._marks:
                off = self._marks[name][0]
            elif (embed := self._embed_named(name)) is not None:  # a window or image, with modifiers after it
                off = self._s.find(embed)
            else:
                raise TclError(f'bad text index "{index}"')
        rest = s[m.end():]
        while rest.strip():
            mm = _MOD_RE.match(rest)
            if not mm:
                raise TclError(f'bad text index "{index}"')
            rest = rest[mm.end():]
            if mm.group(1):
                n = int(mm.group(2)) * (1 if mm.group(1) == "+" else -1)
                unit = mm.group(4).lower()[0]
                if unit in ("c", "i"):
                    off = max(0, min(len(self._s), off + n))
                elif (mm.group(3) or "").lower() == "display":
                    off = self._display_line_move(off, n, starts)
                else:
                    # the line after the last newline (where "end" is) counts: its only index is its start
                    line, ch = self._off_to_pos(off, starts)
                    nl = max(1, min(len(starts) + 1, line + n))
                    if nl > len(starts):
                        off = len(self._s)
                    else:
                        a = starts[nl - 1]
                        end = self._s.find("\n", a)
                        off = a + min(ch, end - a)
            else:
                word = mm.group(6).lower()
                if off >= len(self._s):
                    continue  # "end" is the start and the end of its (empty) line
                if (mm.group(5) or "").lower() == "display" and word in ("linestart", "lineend"):
                    rows = self._rows(starts)
                    a, b = rows[self._row_of(off, rows)]
                    off = a if word == "linestart" else self._row_last(b)
                elif word == "linestart":
                    off = self._s.rfind("\n", 0, off) + 1
                elif word == "lineend":
                    off = self._s.find("\n", off)
                elif word == "wordstart":
                    while off > 0 and _is_word(self._s[off - 1]) and _is_word(self._s[off]):
                        off -= 1
                    # Tk 8.6 quirk: a word at the start of a line that follows an empty line starts on that line
                    if (_is_word(self._s[off]) and off > 0 and self._s[off - 1] == "\n"
                            and (off == 1 or self._s[off - 2] == "\n")):
                        off -= 1
                elif word == "wordend":
                    if _is_word(self._s[off]):
                        while off < len(self._s) and _is_word(self._s[off]):
                            off += 1
                    else:
                        off += 1
        return min(off, len(self._s))

    def _xy_to_off(self, x, y, starts):
        fd = _font(self)
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        top, vis, lh = self._top_px(), self._visible_px(), self._line_px()
        rows = self._rows(starts)
        py = top + max(0, y - inset - pixels(self._getopt("pady")))  # above the text area: its first line
        last = max(1, min(len(rows), (top + vis - 1) // lh + 1))  # the last line shown
        if py >= last * lh:
            x = 1 << 30  # below the last line shown: the end of that line, as Tk answers
        row = min(last, py // lh + 1) - 1
        a, end = rows[row]
        if end < len(self._s) and self._s[end] != "\n":
            end -= 1  # a wrapped line's end is the next line's start: the last character here
        col = 0
        x0 = x - inset - pixels(self._getopt("padx"))
        while a + col < end and self._text_width(fd, self._s[a:a + col + 1]) <= x0:
            col += 1
        return a + col

    def _idx_str(self, off):
        line, ch = self._off_to_pos(off)
        return f"{line}.{ch}"

    # -- display ---------------------------------------------------------------------------------------------------
    def _send(self):
        """The content and tags are sent once per idle time (Tk redisplays at idle too)."""
        if self._exists:
            self._content_dirty = True
            C.mark_dirty(self, self._send_now)

    def _send_view(self, opts):
        """The view (``top``: sent as it is at idle) and the cursor, with the content's next sending: a loop that
        inserts and calls ``see`` sends the text once per idle time, not once per ``see``."""
        if self._exists:
            self._view_pending.update(opts)
            C.mark_dirty(self, self._send_now)

    def _send_now(self):
        d = {}
        if self._content_dirty:
            self._content_dirty = False
            if self._opts.get("yscrollcommand"):
                self._scroll_report(changed_only=True)  # the scrollbar follows the content (at redisplay)
            value = self._s[:-1]
            d = {"value": value, "tags": self._tags_display(), "cursor": self._marks["insert"][0]}
            if self._embeds or self._embeds_sent:
                # each embed is U+FFFC for the page, which draws the image or moves the window there
                d["value"] = value.translate({ord(ch): "\ufffc" for ch in self._embeds})
                d["embeds"] = [self._embed_display(off, value[off]) for off in sorted(
                    value.find(ch) for ch in self._embeds)]
                self._embeds_sent = bool(self._embeds)
        d.update(self._view_pending)
        self._view_pending = {}
        if "top" in d:
            d["top"] = self._top_lines()
        if d:
            self._config_op(d)

    def _image_changed(self, img):
        self._send()
        C.schedule_layout()

    def _embed_display(self, off, ch):
        e = self._embeds[ch]
        o = e["opts"]
        out = {"at": off, "kind": e["kind"], "align": str(o.get("align", "center")),
               "padx": pixels(o.get("padx", 0)), "pady": pixels(o.get("pady", 0))}
        if e["kind"] == "image":
            img = C._loop.images.get(str(o.get("image", "")))
            out["image"] = img._display() if img is not None else None
            if img is not None:
                img._users.add(self)  # a change of the image redraws the text (_image_changed)
        else:
            w = o.get("window")
            out["window"] = w._w if w is not None and w._exists else None
        return out

    def _tags_display(self):
        out = []
        for name in self._tag_order:
            t = self._tags[name]
            if not t["ranges"] and name != "sel":
                continue
            opts = {}
            for k, v in t["opts"].items():
                if k in ("foreground", "background", "selectforeground", "selectbackground", "underlinefg",
                         "overstrikefg"):
                    opts[{"foreground": "fg", "background": "bg"}.get(k, k)] = color(v) if v else None
                elif k == "font":
                    opts[k] = font_display(v) if v else None
                elif k in ("underline", "overstrike", "elide"):
                    opts[k] = getboolean(v) if v != "" else None
                elif k in ("lmargin1", "lmargin2", "rmargin", "spacing1", "spacing2", "spacing3", "offset",
                           "borderwidth"):
                    opts[k] = pixels(v)
                else:
                    opts[k] = str(v)
            out.append({"name": name, "ranges": [list(r) for r in t["ranges"]], "opts": opts})
        return out

    def _initial_display_options(self):
        out = super()._initial_display_options()
        out["value"] = ""
        return out

    # -- editing ---------------------------------------------------------------------------------------------------
    def _editable(self):
        return self._getopt("state") != "disabled"

    def _do_insert(self, off, chars, tags=None, record=True):
        if not chars:
            return
        off = min(off, len(self._s) - 1)  # never after the final newline
        old = self._s
        self._s = old[:off] + chars + old[off:]
        self._edited(old, off, off, len(chars))
        n = len(chars)
        for mark in self._marks.values():
            if mark[0] > off or (mark[0] == off and mark[1] == "right"):
                mark[0] += n
        for name, t in self._tags.items():
            new = []
            for a, b in t["ranges"]:
                if a >= off:
                    a += n
                    b += n
                elif b > off:
                    if tags is not None and name not in tags:
                        # Tk: text inserted with a tag list gets those tags and no others
                        new.append([a, off])
                        a = off + n
                    b += n
                new.append([a, b])
            t["ranges"] = new
            self._restamp(t, {(k, o + n if (o >= off if k == "on" else o > off) else o): st
                              for (k, o), st in t.get("st", {}).items()})
        for tag in tags or ():
            self._add_range(tag, off, off + n)
        if record:
            self._record("insert", off, chars)
            self._count_edit()

    def _do_delete(self, a, b, record=True):
        b = min(b, len(self._s) - 1)
        if b <= a:
            return
        removed = self._s[a:b]
        old = self._s
        self._s = old[:a] + old[b:]
        self._edited(old, a, b, 0)
        n = b - a
        if self._embeds:
            gone = [self._embeds.pop(ch) for ch in removed if ch in self._embeds]
            removed = self._plain(removed)
            for e in gone:
                w = e["opts"].get("window")
                if w is not None and w._exists:
                    w.destroy()
        for mark in self._marks.values():
            if mark[0] >= b:
                mark[0] -= n
            elif mark[0] > a:
                mark[0] = a
        for t in self._tags.values():
            new = []
            for x, y in t["ranges"]:
                x = x - n if x >= b else (a if x > a else x)
                y = y - n if y >= b else (a if y > a else y)
                if y > x:
                    new.append([x, y])
            t["ranges"] = _merge(new)
            self._restamp(t, {(k, o - n if o >= b else (a if o > a else o)): st
                              for (k, o), st in t.get("st", {}).items()})
        if record:
            self._record("delete", a, removed)
            self._count_edit()

    def _record(self, kind, off, chars):
        if not getboolean(self._getopt("undo")):
            return
        if (self._undo_sep or not self._undo
                or (getboolean(self._getopt("autoseparators")) and self._undo_mode != kind)):
            self._undo.append([])
            depth = C.getint(self._getopt("maxundo"))
            if depth > 0 and len(self._undo) > depth:
                del self._undo[0]
            self._virtual("<<UndoStack>>")
        self._undo_sep = False
        self._page_edit_end = None
        self._undo[-1].append((kind, off, chars))
        self._undo_mode = kind
        self._redo.clear()

    def _virtual(self, name):
        # Tk makes the window (if it has not yet) to send <<Modified>> and <<UndoStack>>: events generated for the
        # text are delivered from then on
        self._make_window()
        self._generate(name)

    def _count_edit(self, step=1):
        # Tk sends <<Modified>> when its counter leaves or reaches 0
        old = self._dirty
        self._dirty += step
        if old == 0 or self._dirty == 0:
            self._virtual("<<Modified>>")

    def insert(self, index, chars, *args):
        if not self._editable():
            return
        off = self._off(index)
        pieces = [(chars, args[0] if args else None)]
        rest = list(args[1:])
        while rest:
            c = rest.pop(0)
            t = rest.pop(0) if rest else None
            pieces.append((c, t))
        for text, tags in pieces:
            if tags is None:
                tag_list = None  # no tag list: the text takes the tags on both sides of it
            else:
                tag_list = list(C.split_list(tags)) if isinstance(tags, str) else list(tags or ())
            text = str(text)
            self._do_insert(off, text, tag_list)
            off = min(off, len(self._s) - 1 - len(text)) + len(text) if text else off
        self._send()

    def delete(self, index1, index2=None):
        if not self._editable():
            return
        a = self._off(index1)
        b = a + 1 if index2 is None else self._off(index2)
        if b >= len(self._s) and a > 0 and self._s[a - 1] == "\n":
            # Tk keeps the final newline: deleting up to the end takes the newline before the range instead
            a -= 1
        self._do_delete(a, b)
        self._send()

    def replace(self, index1, index2, chars, *args):
        a = self._off(index1)
        b = self._off(index2)
        self._do_delete(a, b)
        self.insert(self._idx_str(a), chars, *args)

    def get(self, index1, index2=None):
        """The characters from index1 up to index2; embedded windows and images are left out, as in Tk."""
        a = self._off(index1)
        if index2 is None:
            return self._plain(self._s[a:a + 1]) if a < len(self._s) else ""
        b = self._off(index2)
        return self._plain(self._s[a:b]) if b > a else ""

    def _plain(self, s):
        return s.translate({ord(ch): None for ch in self._embeds}) if self._embeds else s

    def index(self, index):
        return self._idx_str(self._off(index))

    def compare(self, index1, op, index2):
        a, b = self._off(index1), self._off(index2)
        return {"<": a < b, "<=": a <= b, "==": a == b, ">=": a >= b, ">": a > b, "!=": a != b}[op]

    def count(self, index1, index2, *args):
        a, b = self._off(index1), self._off(index2)
        what = args or ("indices",)
        out = []
        for w in what:
            w = w.lstrip("-")
            if w in ("chars", "displaychars"):  # embedded windows and images are indices, not characters
                lo, hi = min(a, b), max(a, b)
                out.append(len(self._plain(self._s[lo:hi])) * (1 if b >= a else -1))
            elif w in ("indices", "displayindices"):
                out.append(b - a)
            elif w == "lines":
                out.append(self._s.count("\n", min(a, b), max(a, b)) * (1 if b >= a else -1))
            elif w == "displaylines":
                rows = self._rows()
                out.append(self._row_of(b, rows) - self._row_of(a, rows))
            else:
                out.append(b - a)
        if len(out) == 1:
            return (out[0],) if out[0] else None
        return tuple(out)

    def see(self, index):
        """Tk's "see" (TkTextSetYView, picking the place): a line in view stays (a top line partly scrolled off is
        shown whole); a line "close" to the window (a third of it, at least three lines) comes in at the nearest
        edge; a line farther away is put half a line below the middle."""
        off = min(self._off(index), len(self._s) - 1)
        row = self._row_of(off, self._rows())
        top, vis, lh = self._top_px(), self._visible_px(), self._line_px()
        ch = metrics(_font(self))["linespace"]
        y0, y1 = row * lh, (row + 1) * lh
        first = top // lh * lh  # the top of the first line shown (maybe partly scrolled off)
        if first <= y0 < top + vis and y1 <= top + vis:
            self._ytop = y0 if y0 < top else top
        else:
            y_in = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness")) + pixels(
                self._getopt("pady"))
            bottom = (2 * y_in + vis + lh) // 2  # how far above its bottom the line's top goes when centred
            close = max(vis // 3, 3 * ch)
            if y0 < first:
                # above: "close" if it is within `close` (and half a line) above the first line's bottom
                reach = first + lh - (-(-(close + ch // 2) // lh)) * lh
                bottom = None if reach <= y0 else bottom
                if bottom is None:
                    self._ytop = y0
            else:
                # below: "close" if the line `close` above it is on screen; it then comes in at the bottom
                reach = y1 - (-(-(close + lh - ch // 2) // lh)) * lh
                if reach < top + vis:
                    bottom = vis
            if bottom is not None:
                self._ytop = max(0, y1 - (lh if vis < lh else bottom))
        self._send_view({"see": off, "top": None})
        self._scroll_report()

    def bbox(self, index):
        off = self._off(index)
        line, ch = self._off_to_pos(off)
        if off >= len(self._s):
            return None
        if self._embeds:
            return self._embed_bbox(off, line, ch)
        fd = _font(self)
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        y_in = inset + pixels(self._getopt("pady"))
        lh, vis = self._line_px(), self._visible_px()
        rows = self._rows()
        row = self._row_of(off, rows)
        a = rows[row][0]
        x = inset + pixels(self._getopt("padx")) + self._text_width(fd, self._s[a:off])
        y = y_in + row * lh - self._top_px()
        # only what is in view has a box; a line partly in view gives its visible part
        y_top, y_bot = max(y, y_in), min(y + metrics(fd)["linespace"], y_in + vis)
        if y_bot <= y_top:
            return None
        if self._s[off] == "\n":
            ch_w = self._newline_width(x)
            if ch_w is None:
                return None
        elif self._s[off] == "\t":
            ch_w = self._text_width(fd, self._s[a:off + 1]) - (x - inset - pixels(self._getopt("padx")))
        else:
            ch_w = C.measure(fd, self._s[off:off + 1])
        return (x, y_top, ch_w, y_bot - y_top)

    def _newline_width(self, x):
        """A newline's box reaches the right edge of the text area (None: it starts past it, out of view)."""
        width = self._geom[2] if self._geom else C._geometry.reqsize(self)[0]
        right = width - pixels(self._getopt("borderwidth")) - pixels(self._getopt("highlightthickness")) - pixels(
            self._getopt("padx"))
        return right - x if x <= right else None

    def _embed_bbox(self, off, line, ch):
        placed, lines = self._embed_layout()
        box = placed.get(self._s[off])
        if box is not None:
            return box
        fd = _font(self)
        top, _height, ascent, xs = lines[line - 1]
        width = self._newline_width(xs[ch]) if self._s[off] == "\n" else C.measure(fd, self._s[off])
        if width is None:
            return None
        return (xs[ch], top + ascent - metrics(fd)["ascent"], width, metrics(fd)["linespace"])

    def dlineinfo(self, index):
        off = min(self._off(index), len(self._s) - 1)
        line, ch = self._off_to_pos(off)
        fd = _font(self)
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        y_in = inset + pixels(self._getopt("pady"))
        lh, vis = self._line_px(), self._visible_px()
        rows = self._rows()
        row = self._row_of(off, rows)
        y = y_in + row * lh - self._top_px()
        if y + lh <= y_in or y >= y_in + vis:
            return None
        a, b = rows[row]
        width = self._text_width(fd, self._s[a:b])
        return (inset + pixels(self._getopt("padx")), y, width, lh, metrics(fd)["ascent"])

    def _stamp_of(self, kind, name):
        self._stamp += 1
        self._stamps[(kind, name)] = self._stamp

    def dump(self, index1, index2=None, command=None, **kw):
        kinds = {k for k in ("all", "image", "mark", "tag", "text", "window") if kw.get(k)}
        if not kinds or "all" in kinds:
            kinds = {"image", "mark", "tag", "text", "window"}
        a = self._off(index1)
        n = len(self._s)
        if a >= n:
            return None if command is not None else []
        b = a + 1 if index2 is None else self._off(index2)
        # the zero-width segments at each index: marks and tag toggles, in the order Tk's B-tree keeps them (a
        # segment placed at an index goes before the first right-gravity one already there)
        at = {}
        for name, (off, grav) in self._marks.items():
            at.setdefault(off, []).append((self._stamps.get(("mark", name), 0), grav == "left", "mark", name))
        for name in self._tag_order:
            st = self._tags[name].get("st", {})
            for x, y in self._tags[name]["ranges"]:
                at.setdefault(x, []).append((st.get(("on", x), 0), False, "tagon", name))
                at.setdefault(y, []).append((st.get(("off", y), 0), True, "tagoff", name))
        out = []
        bounds = {o for o in at if a < o < b} | {i + 1 for i in range(a, min(b, n)) if self._s[i] == "\n"}
        embeds = {}
        for ch, e in self._embeds.items():
            off = self._s.find(ch)
            if a <= off < b:
                embeds[off] = e
                bounds |= {o for o in (off, off + 1) if a < o < b}
        bounds = sorted(bounds)
        pos = a
        for stop in bounds + [b]:
            if pos >= b and not (pos == b == n):
                break
            segs = []
            for seg in sorted(at.get(pos, ())):
                k = next((i for i, other in enumerate(segs) if not other[1]), len(segs))
                segs.insert(k, seg)
            for _st, _left, key, name in segs:
                if ("mark" if key == "mark" else "tag") in kinds:
                    out.append((key, name, self._idx_str(pos)))
            if pos in embeds:
                e = embeds[pos]
                if e["kind"] in kinds:
                    out.append((e["kind"], e["name"], self._idx_str(pos)))
            elif "text" in kinds and stop > pos and pos < n:
                out.append(("text", self._s[pos:min(stop, n)], self._idx_str(pos)))
            pos = stop
        if command is not None:
            for item in out:
                C.call_command(command, *item)
            return None
        return out

    def debug(self, boolean=None):
        return 0

    # -- undo ------------------------------------------------------------------------------------------------------
    def edit(self, *args):
        return getattr(self, "edit_" + args[0])(*args[1:])

    def edit_modified(self, arg=None):
        if arg is None:
            return int(self._dirty != 0)
        flag = getboolean(arg)
        was = self._dirty != 0
        self._dirty = 1 if flag else 0
        if was != flag:
            self._virtual("<<Modified>>")
        return None

    def _replay(self, group, undo):
        # as Tk's undo scripts: each edit reverted (or redone) moves the insert mark to it, then "see insert"
        for kind, off, chars in (reversed(group) if undo else group):
            if (kind == "insert") == undo:
                self._do_delete(off, off + len(chars), record=False)
                pos = off
            else:
                self._do_insert(off, chars, record=False)
                pos = off + len(chars)
            self._count_edit(-1 if undo else 1)
            self._marks["insert"][0] = pos
        self._undo_sep = not undo
        self._send_view({"cursor": self._marks["insert"][0]})
        self.see("insert")
        self._send()

    def edit_redo(self):
        if not getboolean(self._getopt("undo")):
            return None
        if not self._redo:
            raise TclError("nothing to redo")
        group = self._redo.pop()
        self._undo.append(group)
        self._replay(group, undo=False)
        self._virtual("<<UndoStack>>")
        return None

    def edit_reset(self):
        self._undo.clear()
        self._redo.clear()
        self._undo_sep = False

    def edit_separator(self):
        if getboolean(self._getopt("undo")):
            self._undo_sep = True
        return None

    def edit_undo(self):
        if not getboolean(self._getopt("undo")):
            return None
        if not self._undo:
            raise TclError("nothing to undo")
        group = self._undo.pop()
        self._redo.append(group)
        self._replay(group, undo=True)
        self._virtual("<<UndoStack>>")
        return None

    # -- marks -----------------------------------------------------------------------------------------------------
    def mark_gravity(self, markName, direction=None):
        if direction is None:
            return self._marks[markName][1]
        self._marks[markName][1] = direction
        return None

    def mark_names(self):
        return tuple(self._marks)

    def mark_set(self, markName, index):
        off = self._off(index)
        if markName in self._marks:
            self._marks[markName][0] = off
        else:
            self._marks[markName] = [off, "right"]
        self._stamp_of("mark", markName)
        if markName == "insert":
            self._send_view({"cursor": off})

    def mark_unset(self, *markNames):
        for m in markNames:
            if m not in ("insert", "current"):
                self._marks.pop(m, None)

    def mark_next(self, index):
        off = self._off(index)
        cands = sorted((o, n) for n, (o, _g) in self._marks.items() if o >= off)
        return cands[0][1] if cands else None

    def mark_previous(self, index):
        off = self._off(index)
        cands = sorted((o, n) for n, (o, _g) in self._marks.items() if o < off)
        return cands[-1][1] if cands else None

    # -- tags ------------------------------------------------------------------------------------------------------
    def _tag(self, name):
        t = self._tags.get(name)
        if t is None:
            t = self._tags[name] = {"ranges": [], "opts": {}}
            self._tag_order.append(name)
        return t

    def _add_range(self, name, a, b):
        if b <= a:
            return
        t = self._tag(name)
        t["ranges"] = _merge(t["ranges"] + [[a, b]])
        self._restamp(t, t.get("st", {}))

    def _restamp(self, t, kept):
        """When each of a tag's toggles (its ranges' ends) was placed: `kept` for those that were there, now."""
        st = {}
        for x, y in t["ranges"]:
            for key in (("on", x), ("off", y)):
                if key not in kept:
                    self._stamp += 1
                st[key] = kept.get(key, self._stamp)
        t["st"] = st

    def tag_add(self, tagName, index1, *args):
        idxs = [index1] + list(args)
        i = 0
        while i < len(idxs):
            a = self._off(idxs[i])
            b = self._off(idxs[i + 1]) if i + 1 < len(idxs) else a + 1
            self._add_range(tagName, a, min(b, len(self._s)))
            i += 2
        self._send()

    def tag_remove(self, tagName, index1, index2=None):
        t = self._tags.get(tagName)
        if t is None:
            return
        a = self._off(index1)
        b = a + 1 if index2 is None else self._off(index2)
        new = []
        for x, y in t["ranges"]:
            if y <= a or x >= b:
                new.append([x, y])
            else:
                if x < a:
                    new.append([x, a])
                if y > b:
                    new.append([b, y])
        t["ranges"] = new
        self._restamp(t, t.get("st", {}))
        self._send()

    def tag_delete(self, *tagNames):
        for n in tagNames:
            if n == "sel":
                self._tags["sel"]["ranges"] = []
                continue
            self._tags.pop(n, None)
            if n in self._tag_order:
                self._tag_order.remove(n)
        self._send()

    def tag_configure(self, tagName, cnf=None, **kw):
        t = self._tag(tagName)
        if isinstance(cnf, str) and not kw:
            k = C._norm_key(cnf)
            return (k, "", "", "", _tag_value(t["opts"].get(k, "")))
        opts = {C._norm_key(k): v for k, v in C._cnfmerge((cnf, kw)).items()} if (cnf or kw) else {}
        if not opts:
            return {k: (k, "", "", "", _tag_value(v)) for k, v in t["opts"].items()}
        aliases = {"fg": "foreground", "bg": "background", "bd": "borderwidth"}
        for k, v in opts.items():
            k = aliases.get(k, k)
            if k in ("foreground", "background") and v:
                color(v)
            t["opts"][k] = v
        self._send()
        return None

    tag_config = tag_configure

    def tag_cget(self, tagName, option):
        k = C._norm_key(option)
        k = {"fg": "foreground", "bg": "background"}.get(k, k)
        return _tag_value(self._tag(tagName)["opts"].get(k, ""))

    def tag_names(self, index=None):
        if index is None:
            return tuple(self._tag_order)
        off = self._off(index)
        return tuple(n for n in self._tag_order if any(a <= off < b for a, b in self._tags[n]["ranges"]))

    def _pyroom_class_key(self, ev):
        """Tk's Text class bindings (text.tcl) for a generated key: typing, Return, Tab, BackSpace, Delete, moving."""
        ks, ch, state = str(ev.keysym), ev.char if isinstance(ev.char, str) else "", ev.state
        if isinstance(state, int) and state & (4 | 8):
            return
        if ks == "Tab" and isinstance(state, int) and state & 1:
            return  # (Shift-Tab: bound only to keep Tab's binding off; the focus moves back)
        sel = self._tags["sel"]["ranges"]
        cur = self._marks["insert"][0]
        in_sel = bool(sel) and sel[0][0] <= cur <= sel[-1][1]
        moves = {"Left": "insert-1c", "Right": "insert+1c", "Up": "insert-1l", "Down": "insert+1l",
                 "Home": "insert linestart", "End": "insert lineend"}
        if ks in ("BackSpace", "Delete"):
            if in_sel:
                self.delete("sel.first", "sel.last")
            elif ks == "Delete":
                self.delete("insert")
            elif cur > 0:
                self.delete("insert-1c")
        elif ks in moves:
            self.mark_set("insert", moves[ks])
            self.tag_remove("sel", "1.0", "end")
        else:
            if ks in ("Return", "KP_Enter"):
                ch = "\n"
            if not (len(ch) == 1 and (ch >= " " or ch in "\n\t") and ch != "\x7f"):
                return
            if in_sel:
                self.delete("sel.first", "sel.last")
            self.insert("insert", ch)
        self.see("insert")

    def _pyroom_class_virtual(self, name):
        """Tk's Text class bindings (text.tcl, X11) for the editing virtual events."""
        selected = self.get("sel.first", "sel.last") if self.tag_ranges("sel") else None
        if C.clipboard_virtual_event(self, name, selected):
            return None
        if name == "<<SelectAll>>":
            self.tag_add("sel", "1.0", "end")
        elif name == "<<SelectNone>>":
            self.tag_remove("sel", "1.0", "end")
        return None

    def tag_ranges(self, tagName):
        t = self._tags.get(tagName)
        if not t:
            return ()
        out = []
        for a, b in t["ranges"]:
            out += [self._idx_str(a), self._idx_str(b)]
        return tuple(out)

    def tag_nextrange(self, tagName, index1, index2=None):
        t = self._tags.get(tagName)
        if not t:
            return ()
        # the first range that starts at or after index1 and before index2
        a = self._off(index1)
        b = len(self._s) if index2 is None else self._off(index2)
        for x, y in t["ranges"]:
            if a <= x < b:
                return (self._idx_str(x), self._idx_str(y))
        return ()

    def tag_prevrange(self, tagName, index1, index2=None):
        t = self._tags.get(tagName)
        if not t:
            return ()
        # the last range that starts before index1 and not before index2 (whole, as Tk answers it)
        a = self._off(index1)
        b = 0 if index2 is None else self._off(index2)
        for x, y in reversed(t["ranges"]):
            if b <= x < a or (0 < a and self._s[a - 1] == "\n" and x < a <= y):
                # (Tk 8.6: from the start of a line, a range over the newline before it is found whatever index2)
                return (self._idx_str(x), self._idx_str(y))
        return ()

    def tag_raise(self, tagName, aboveThis=None):
        self._tag(tagName)
        self._tag_order.remove(tagName)
        if aboveThis is None:
            self._tag_order.append(tagName)
        else:
            self._tag_order.insert(self._tag_order.index(aboveThis) + 1, tagName)
        self._send()

    def tag_lower(self, tagName, belowThis=None):
        self._tag(tagName)
        self._tag_order.remove(tagName)
        if belowThis is None:
            self._tag_order.insert(0, tagName)
        else:
            self._tag_order.insert(self._tag_order.index(belowThis), tagName)
        self._send()

    def tag_bind(self, tagName, sequence, func, add=None):
        table = self._tag_bindings.setdefault(tagName, C.BindingTable())
        r = table.bind(sequence, func, bool(add) and str(add).startswith("+"))
        self._update_bind_report()
        return r

    def tag_unbind(self, tagName, sequence, funcid=None):
        table = self._tag_bindings.get(tagName)
        if table is not None:
            table.unbind(sequence, funcid)

    def _extra_bind_types(self):
        types = {"MouseWheel"}
        for t in self._tag_bindings.values():
            types |= t.types()
        return types

    def _pyroom_physical_event(self, d):
        ev = C.make_event(self, d)
        if self._tag_bindings and ev.x != "??":
            try:
                off = self._off(f"@{int(ev.x)},{int(ev.y)}")
                self._marks["current"][0] = off
                for name in self.tag_names(self._idx_str(off)):
                    table = self._tag_bindings.get(name)
                    if table is not None:
                        best = table.best(ev, 1)
                        if best:
                            for _f, func in best[1]:
                                C._safe_call(self, func, ev)
            except TclError:
                pass
        C.dispatch_scrolling(self, ev)

    # -- selection helpers -----------------------------------------------------------------------------------------
    def selection_get(self, **kw):
        r = self._tags["sel"]["ranges"]
        if not r:
            raise TclError('PRIMARY selection doesn\'t exist or form "STRING" not defined')
        return "".join(self._s[a:b] for a, b in r)

    # -- search ----------------------------------------------------------------------------------------------------
    def search(self, pattern, index, stopindex=None, forwards=None, backwards=None, exact=None, regexp=None,
               nocase=None, count=None, elide=None):
        start = self._off(index)
        content = self._s
        flags = re.I if nocase else 0
        pat = _tcl_regex(str(pattern)) if regexp else re.escape(str(pattern))
        try:
            rx = re.compile(pat, flags | re.M)
        except re.error as exc:
            raise TclError(f"couldn't compile regular expression pattern: {exc}") from None
        if backwards:
            # the match that starts nearest before `index` (matches may overlap: try each start going back)
            stop = self._off(stopindex) if stopindex else 0
            m = None
            for pos in range(start - 1, stop - 1, -1):
                m = rx.match(content, pos)
                if m:
                    break
            if m is None and not stopindex:
                for pos in range(len(content) - 1, start - 1, -1):
                    m = rx.match(content, pos)
                    if m:
                        break
        else:
            stop = self._off(stopindex) if stopindex else len(content)
            m = rx.search(content, start, stop if stopindex else len(content))
            if m is None and not stopindex:
                m = rx.search(content, 0, start)
        if m is None:
            return ""
        if count is not None:
            count.set(m.end() - m.start())
        return self._idx_str(m.start())

    # -- scrolling -------------------------------------------------------------------------------------------------
    # -- display lines: a logical line wrapped at the widget's width, as Tk's -wrap says ------------------------
    def _text_width(self, fd, text):
        """Width of ``text`` on one display line: tabs go to the next stop, every 8 average characters (Tk's
        default ``-tabs``)."""
        if "\t" not in text:
            return C.measure(fd, text)
        stop = 8 * _avg(fd)
        x = 0
        parts = text.split("\t")
        for part in parts[:-1]:
            x += C.measure(fd, part)
            x = (x // stop + 1) * stop
        return x + C.measure(fd, parts[-1])

    def _avail_px(self):
        """The width a display line has: the widget less its borders and padding."""
        width = self._geom[2] if self._geom else C._geometry.reqsize(self)[0]
        return width - 2 * (pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
                            + pixels(self._getopt("padx")))

    def _wrap_line(self, fd, fixed, text, avail, mode):
        """[(start, end)] of the display lines of one logical line (without its newline)."""
        key = (C._fkey(fd), avail, mode, text)
        rows = _wrap_cache.get(key)
        if rows is not None:
            return rows
        rows = []
        n, i = len(text), 0
        cw = _avg(fd) if fixed and "\t" not in text else 0
        while True:
            rest = n - i
            if (cw * rest if cw else self._text_width(fd, text[i:])) <= avail or rest <= 1:
                rows.append((i, n))
                break
            if cw:
                k = max(1, min(rest - 1, avail // cw))
            else:  # the longest start that fits (at least one character)
                lo, hi = 1, rest - 1
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if self._text_width(fd, text[i:i + mid]) <= avail:
                        lo = mid
                    else:
                        hi = mid - 1
                k = lo
            end = i + k
            if mode == "word":
                if text[end] in " \t":  # white space after the last word that fits hangs over the edge
                    while end < n and text[end] in " \t":
                        end += 1
                else:
                    space = max(text.rfind(" ", i, end), text.rfind("\t", i, end))
                    if space >= i:
                        end = space + 1  # the word that does not fit goes to the next line
            if end >= n:
                rows.append((i, n))
                break
            rows.append((i, end))
            i = end
        if len(_wrap_cache) > 5000:
            _wrap_cache.clear()
        _wrap_cache[key] = rows
        return rows

    def _rows(self, starts=None):
        """The display lines of the whole text: [(start, end)] offsets, ``end`` at the newline of a logical line's
        last one (Tk wraps at any character with wrap="char", after white space with wrap="word")."""
        s = self._s
        mode = str(self._getopt("wrap"))
        fd = _font(self)
        avail = max(1, self._avail_px())
        key = (mode, C._fkey(fd), avail, bool(self._embeds))
        cached = self.__dict__.get("_rows_cache")
        if cached is not None and cached[0] is s and cached[1] == key:
            return cached[2]
        rows = self._compute_rows(starts or self._line_starts(), mode, fd, avail)
        self._rows_cache = (s, key, rows)
        return rows

    def _compute_rows(self, starts, mode, fd, avail):
        s = self._s
        rows = []
        if mode == "none" or self._embeds:
            for a in starts:
                rows.append((a, s.find("\n", a)))
            return rows
        fixed = metrics(fd).get("fixed")
        # a fixed-width font and no tabs: a line short enough is one display line (no measuring)
        limit = avail // max(1, _avg(fd)) if fixed and "\t" not in s else -1
        for a in starts:
            e = s.find("\n", a)
            if e - a <= limit:
                rows.append((a, e))
                continue
            for r0, r1 in self._wrap_line(fd, fixed, s[a:e], avail, mode):
                rows.append((a + r0, a + r1))
        return rows

    def _row_last(self, end):
        """The last index of a display line ending at ``end``: its newline, or, wrapped, its last character."""
        return end if end >= len(self._s) - 1 or self._s[end] == "\n" else end - 1

    def _display_line_move(self, off, n, starts):
        """``off`` moved ``n`` display lines up or down, keeping its place across the line (Tk keeps the x)."""
        rows = self._rows(starts)
        row = self._row_of(off, rows)
        if row >= len(rows):  # "end": the start of the (empty) line after the last newline
            col_x = 0
        else:
            fd = _font(self)
            col_x = self._text_width(fd, self._s[rows[row][0]:off])
        target = row + n
        if target >= len(rows):
            return len(self._s)
        a, b = rows[max(0, target)]
        fd = _font(self)
        last = self._row_last(b)
        off = a
        while off < last and self._text_width(fd, self._s[a:off + 1]) <= col_x:
            off += 1
        return off

    def _row_of(self, off, rows):
        """The display line holding offset ``off`` ("end", after the last newline, is on a line of its own)."""
        if off >= len(self._s):
            return len(rows)
        lo, hi = 0, len(rows) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if rows[mid][0] <= off:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _line_px(self):
        """The height of a line (every line is taken as the widget font's)."""
        return max(1, metrics(_font(self))["linespace"] + pixels(self._getopt("spacing1"))
                   + pixels(self._getopt("spacing3")))

    def _visible_px(self):
        if self._geom:
            pady = pixels(self._getopt("pady"))
            return max(1, self.winfo_height() - 2 * (self._internal_border()[1] + pady))
        return max(1, C.getint(self._getopt("height"))) * self._line_px()

    def _total_px(self):
        return max(1, len(self._rows())) * self._line_px()

    def _top_px(self):
        """The view's top, kept within the text (Tk leaves no empty space below the last line)."""
        total = self._total_px()
        self._ytop = max(0, min(self._ytop, total - self._visible_px()))
        return self._ytop

    def _top_lines(self):
        return round(self._top_px() / self._line_px(), 4)  # the page's "top": lines, maybe partly scrolled off

    def _view_fraction(self, axis):
        if axis == "x":
            return (0.0, 1.0)
        total = self._total_px()
        top = self._top_px()
        return (top / total, min(1.0, (top + self._visible_px()) / total))

    def _view_command(self, axis, args):
        if axis == "x":
            return
        from ._widgets import parse_view_args
        kind = parse_view_args(args)
        total = self._total_px()
        lh = self._line_px()
        if kind[0] == "moveto":
            self._ytop = int(kind[1] * total + 0.5)
        elif kind[0] == "index":
            idx = kind[1]
            if isinstance(idx, int) or str(idx).lstrip("-").isdigit():
                idx = f"{int(idx) + 1}.0"  # a number: a line counted from 0
            self._ytop = self._row_of(self._off(idx), self._rows()) * lh
        elif kind[2].startswith("page"):
            vis = self._visible_px()
            ch = metrics(_font(self))["linespace"]
            # a page is the window less two lines (three quarters of it when a line is a quarter of it or more)
            step = max(ch, 3 * vis // 4) if 4 * ch >= vis else vis - 2 * ch
            self._ytop = self._top_px() + kind[1] * step
        else:
            self._ytop = self._top_px() + kind[1] * lh
        self._send_view({"top": None})
        self._scroll_report()

    def yview_pickplace(self, *what):
        self.see(what[-1])

    def _scroll_report(self, changed_only=False):
        for axis in ("x", "y"):
            cmd = self._opts.get(axis + "scrollcommand")
            if cmd:
                f = self._view_fraction(axis)
                if changed_only and self._view_told.get(axis) == f:
                    continue
                self._view_told[axis] = f
                # (Tk appends the fractions to the command as text: a Python callback gets strings)
                C._safe_call(self, C.call_command, cmd, str(float(f[0])), str(float(f[1])))

    def _on_layout(self):
        self._scroll_report()

    def scan_mark(self, x, y):
        pass

    def scan_dragto(self, x, y):
        pass

    # -- embedded windows and images -------------------------------------------------------------------------------
    def _embed_named(self, name):
        for ch, e in self._embeds.items():
            if e["name"] == name:
                return ch
        return None

    def _embed_at(self, index, kind):
        off = self._off(index)
        ch = self._s[off:off + 1]
        e = self._embeds.get(ch)
        if e is None or e["kind"] != kind:
            raise TclError(f'no embedded {kind} at index "{index}"')
        return e

    def _embed(self, index, kind, opts):
        off = min(self._off(index), len(self._s) - 1)
        e = {"kind": kind, "name": "", "opts": {}}
        self._embed_configure(e, opts)  # (bad options: nothing is inserted)
        ch = chr(self._embed_next)
        self._embed_next += 1
        self._embeds[ch] = e
        self._do_insert(off, ch, record=False)
        self._send()
        return ch

    def _embed_configure(self, e, opts):
        kind = e["kind"]
        known = _EMBED_OPTS[kind]
        for k, v in opts.items():
            key = str(k).lstrip("-")
            if key not in known:
                raise TclError(f'unknown option "-{key}"')
            if key == "align" and v not in ("baseline", "bottom", "center", "top"):
                raise TclError(f'bad align "{v}": must be baseline, bottom, center, or top')
            if key in ("padx", "pady"):
                pixels(v)
            if key == "window":
                self._embed_window(e, v)
                continue
            if key == "image":
                e["opts"]["image"] = str(v)
                if "name" not in opts and not e["name"]:
                    e["name"] = self._unique_image_name(str(v))
                continue
            if key == "name":
                e["name"] = self._unique_image_name(str(v))
            e["opts"][key] = v
        if kind == "window" and e["opts"].get("window") is None and e["opts"].get("create"):
            made = C.call_command(e["opts"]["create"])
            if made:
                self._embed_window(e, made)
        C.schedule_layout()
        self._send()

    def _embed_window(self, e, window):
        if window in ("", None):
            e["opts"]["window"] = None
            e["name"] = ""
            return
        w = window if isinstance(window, C.Misc) else self.nametowidget(str(window))
        # Tk embeds a window whose parent is the text or one of its ancestors, up to its toplevel
        up = self
        while up is not None and up is not w.master and not isinstance(up, C.Wm):
            up = up.master
        if w is self or up is not w.master:
            raise TclError(f"can't embed {w._w} in {self._w}")
        w._set_manager("text")
        e["opts"]["window"] = w
        e["name"] = w._w

    def _unique_image_name(self, base):
        names = {e["name"] for e in self._embeds.values()}
        if base not in names:
            return base
        i = 1
        while f"{base}#{i}" in names:
            i += 1
        return f"{base}#{i}"

    def _embed_cget(self, e, option):
        key = str(option).lstrip("-")
        if key not in _EMBED_OPTS[e["kind"]]:
            raise TclError(f'unknown option "-{key}"')
        if key == "name":
            return e["name"] if e["opts"].get("name") is not None else ""
        v = e["opts"].get(key, _EMBED_OPTS[e["kind"]][key])
        if key == "window":
            return v._w if v is not None else ""
        return v

    def _embed_config(self, e, cnf, kw):
        if cnf is None and not kw:
            return {k: (k, "", "", str(d), self._embed_cget(e, k)) for k, d in _EMBED_OPTS[e["kind"]].items()}
        if isinstance(cnf, str) and not kw:
            key = cnf.lstrip("-")
            return (key, "", "", str(_EMBED_OPTS[e["kind"]].get(key, "")), self._embed_cget(e, key))
        self._embed_configure(e, C._cnfmerge((cnf, kw)))
        return None

    def _embed_size(self, e):
        o = e["opts"]
        w = o.get("window") if e["kind"] == "window" else None
        if w is not None and w._exists:
            return C._geometry.reqsize(w)
        img = C._loop.images.get(str(o.get("image"))) if e["kind"] == "image" else None
        return (img.width(), img.height()) if img is not None else (0, 0)

    def _embed_layout(self):
        """Where Tk's line layout puts each embedded window and image (lines not wrapped): {char: (x, y, w, h)},
        and each line's (top, height, baseline, [x of each index]).
        Characters and baseline-aligned embeds set a line's ascent and descent; a top-, center- or
        bottom-aligned embed taller than that makes the line taller, the extra space split above and below."""
        fd = _font(self)
        m = metrics(fd)
        inset = pixels(self._getopt("borderwidth")) + pixels(self._getopt("highlightthickness"))
        x0 = inset + pixels(self._getopt("padx"))
        y = inset + pixels(self._getopt("pady")) - self._top_px()
        placed = {}
        lines = []
        for line in self._s[:-1].split("\n"):
            ascent, descent, tallest = m["ascent"], m["descent"], 0
            boxes = []
            x = x0
            xs = []
            for ch in line:
                xs.append(x)
                e = self._embeds.get(ch)
                if e is None:
                    x += C.measure(fd, ch)
                    continue
                o = e["opts"]
                padx, pady = pixels(o.get("padx", 0)), pixels(o.get("pady", 0))
                ww, wh = self._embed_size(e)
                align = str(o.get("align", "center"))
                if align == "baseline":
                    ascent = max(ascent, wh + 2 * pady)
                else:
                    tallest = max(tallest, wh + 2 * pady)
                boxes.append((ch, x + padx, ww, wh, pady, align))
                x += ww + 2 * padx
            if tallest > ascent + descent:
                extra = tallest - ascent - descent
                ascent += extra // 2
                descent += extra - extra // 2
            height = ascent + descent
            for ch, bx, ww, wh, pady, align in boxes:
                top = {"top": pady, "bottom": height - wh - pady, "baseline": ascent - wh - pady}.get(
                    align, (height - wh) // 2)
                placed[ch] = (bx, y + top, ww, wh)
            lines.append((y, height, ascent, xs + [x]))
            y += height
        return placed, lines

    def _custom_arrange(self, W, H, out):
        if not any(e["kind"] == "window" for e in self._embeds.values()):
            return
        placed = self._embed_layout()[0]
        for ch, e in self._embeds.items():
            w = e["opts"].get("window") if e["kind"] == "window" else None
            if w is not None and w._exists and ch in placed:
                out.append((w, *placed[ch]))

    def window_create(self, index, cnf={}, **kw):
        self._embed(index, "window", C._cnfmerge((cnf, kw)))

    def window_cget(self, index, option):
        return self._embed_cget(self._embed_at(index, "window"), option)

    def window_configure(self, index, cnf=None, **kw):
        return self._embed_config(self._embed_at(index, "window"), cnf, kw)

    window_config = window_configure

    def window_names(self):
        return tuple(e["name"] for e in self._embeds.values() if e["kind"] == "window" and e["name"])

    def image_create(self, index, cnf={}, **kw):
        ch = self._embed(index, "image", C._cnfmerge((cnf, kw)))
        return self._embeds[ch]["name"]

    def image_cget(self, index, option):
        return self._embed_cget(self._embed_at(index, "image"), option)

    def image_configure(self, index, cnf=None, **kw):
        return self._embed_config(self._embed_at(index, "image"), cnf, kw)

    def image_names(self):
        return tuple(e["name"] for e in self._embeds.values() if e["kind"] == "image")

    def peer_create(self, newPathName, cnf={}, **kw):
        raise C.unsupported("Text.peer_create")

    def peer_names(self):
        return ()

    # -- the page's edits ------------------------------------------------------------------------------------------
    def _pyroom_event_Value(self, d):
        new = str(d.get("value", "")) + "\n"
        old = self._s
        if self._embeds:
            old = old.translate({ord(ch): "\ufffc" for ch in self._embeds})
        if new != old:
            p = 0
            n = min(len(old), len(new))
            while p < n - 1 and old[p] == new[p]:
                p += 1
            s = 0
            while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
                s += 1
            # Tk's bindings put an undo separator where the reader moves the cursor (a click, an arrow key):
            # typing on from the last edit stays in one undo group, a program's edit never joins the reader's
            if self._page_edit_end != p and getboolean(self._getopt("autoseparators")):
                self._undo_sep = True
            self._do_delete(p, len(old) - s)
            self._do_insert(p, new[p:len(new) - s].replace("\ufffc", ""))
            self._page_edit_end = len(new) - s
        if "cursor" in d:
            self._marks["insert"][0] = max(0, min(len(self._s) - 1, int(d["cursor"])))
        if "select" in d:
            sel = d["select"]
            self._tags["sel"]["ranges"] = [[int(sel[0]), int(sel[1])]] if sel else []


_POSIX = {"alpha": "A-Za-z", "digit": "0-9", "alnum": "A-Za-z0-9", "upper": "A-Z", "lower": "a-z", "space": "\\s",
          "blank": " \\t", "punct": "!-/:-@\\[-`{-~", "xdigit": "0-9A-Fa-f", "word": "\\w", "cntrl": "\\x00-\\x1f\\x7f",
          "print": "\\x20-\\x7e", "graph": "\\x21-\\x7e"}
_ESCAPES = {"m": r"\b(?=\w)", "M": r"\b(?<=\w)", "y": r"\b", "Y": r"\B", "b": r"\x08", "B": r"\\", "e": r"\x1b"}


def _tcl_regex(pattern):
    """A Tcl regular expression (ARE) as Python's re: \\m \\M \\y \\Y word boundaries, \\b a backspace,
    [[:alpha:]] classes; as in a Text search, [^...] does not match a newline."""
    out = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            out.append(_ESCAPES.get(nxt, ch + nxt))
            i += 2
        elif pattern.startswith(("[[:<:]]", "[[:>:]]"), i):
            out.append(_ESCAPES["m" if pattern[i + 3] == "<" else "M"])
            i += 7
        elif ch == "[":
            j = i + 1
            neg = j < n and pattern[j] == "^"
            if neg:
                j += 1
            body = []
            if j < n and pattern[j] == "]":
                body.append("\\]")
                j += 1
            while j < n and pattern[j] != "]":
                k = pattern.find(":]", j + 2) if pattern.startswith("[:", j) else -1
                if k > 0 and pattern[j + 2:k] in _POSIX:
                    body.append(_POSIX[pattern[j + 2:k]])
                    j = k + 2
                elif pattern[j] == "\\" and j + 1 < n:
                    body.append(pattern[j:j + 2])
                    j += 2
                else:
                    body.append("\\[" if pattern[j] == "[" else pattern[j])
                    j += 1
            out.append("[" + ("^\\n" if neg else "") + "".join(body) + "]")
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _tag_value(v):
    """A tag option as Tk answers it: a string (True is "1", a Font its name, a tuple a Tcl list)."""
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, (tuple, list)):
        return C.tcl_list(v)
    return v if isinstance(v, str) else str(v)


def _is_word(ch):
    return ch.isalnum() or ch == "_"


def _merge(ranges):
    ranges = sorted(ranges)
    out = []
    for a, b in ranges:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


_ = font_display
