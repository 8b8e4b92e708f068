"""Geometry: Tk 8.6's packer, gridder and placer, computed in Python.

``reqsize(w)`` is Tk's geometry request (what ``winfo_reqwidth/reqheight`` answer): a widget's natural size, or for a
container with packed/gridded slaves and propagation on, what its geometry manager asks for. ``layout_toplevel``
gives every mapped widget of a window its position and size and sends ``geom``/``unmap`` operations for the changes.
"""

from __future__ import annotations


def _core():
    from . import _core as c

    return c


def _live(lst):
    return [w for w in lst if w._exists]


_memo = None  # reqsize results during one layout pass (options do not change meanwhile)


def reqsize(w):
    """Tk_ReqWidth/Tk_ReqHeight of ``w``."""
    if _memo is not None:
        r = _memo.get(w)
        if r is None:
            r = _memo[w] = _reqsize(w)
        return r
    return _reqsize(w)


def _reqsize(w):
    nat = w._natural_size()
    if w.__class__.__name__ == "Tk" or getattr(w, "_is_toplevel", False):
        pass
    pack = _live(w._slaves["pack"])
    grid = [s for s in _live(w._slaves["grid"]) if s._manager == "grid"]
    req = nat
    if pack and w._propagate["pack"]:
        req = pack_request(w, pack)
    if grid and w._propagate["grid"]:
        req = grid_request(w, grid)
    if hasattr(w, "_adjust_request"):
        req = w._adjust_request(req)
    return req


def _slave_req(s):
    return reqsize(s)


# -- pack --------------------------------------------------------------------------------------------------------


def pack_request(master, slaves):
    width = height = max_w = max_h = 0
    for s in slaves:
        p = s._pack
        rw, rh = _slave_req(s)
        padx = p["padx"][0] + p["padx"][1]
        pady = p["pady"][0] + p["pady"][1]
        if p["side"] in ("top", "bottom"):
            tmp = rw + padx + 2 * p["ipadx"] + width
            max_w = max(max_w, tmp)
            height += rh + pady + 2 * p["ipady"]
        else:
            tmp = rh + pady + 2 * p["ipady"] + height
            max_h = max(max_h, tmp)
            width += rw + padx + 2 * p["ipadx"]
    max_w = max(max_w, width)
    max_h = max(max_h, height)
    il, it, ir, ib = master._internal_border()
    max_w += il + ir
    max_h += it + ib
    mw, mh = _min_request(master)
    return (max(max_w, mw), max(max_h, mh))


def _min_request(master):
    f = getattr(master, "_min_request", None)
    return f() if f else (0, 0)


def _x_expansion(slaves, i, cavity_w):
    min_expand = cavity_w
    num = 0
    for s in slaves[i:]:
        p = s._pack
        rw = _slave_req(s)[0]
        child = rw + p["padx"][0] + p["padx"][1] + 2 * p["ipadx"]
        if p["side"] in ("top", "bottom"):
            if num:
                cur = _cdiv(cavity_w - child, num)
                min_expand = min(min_expand, cur)
        else:
            cavity_w -= child
            if p["expand"]:
                num += 1
    if num:
        min_expand = min(min_expand, _cdiv(cavity_w, num))
    return max(0, min_expand)


def _y_expansion(slaves, i, cavity_h):
    min_expand = cavity_h
    num = 0
    for s in slaves[i:]:
        p = s._pack
        rh = _slave_req(s)[1]
        child = rh + p["pady"][0] + p["pady"][1] + 2 * p["ipady"]
        if p["side"] in ("left", "right"):
            if num:
                cur = _cdiv(cavity_h - child, num)
                min_expand = min(min_expand, cur)
        else:
            cavity_h -= child
            if p["expand"]:
                num += 1
    if num:
        min_expand = min(min_expand, _cdiv(cavity_h, num))
    return max(0, min_expand)


def _cdiv(a, b):
    """C integer division (truncates toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def pack_arrange(master, W, H, slaves, out):
    il, it, ir, ib = master._internal_border()
    cx, cy = il, it
    cw, ch = W - il - ir, H - it - ib
    for i, s in enumerate(slaves):
        p = s._pack
        rw, rh = _slave_req(s)
        padx = p["padx"][0] + p["padx"][1]
        pady = p["pady"][0] + p["pady"][1]
        ipadx, ipady = 2 * p["ipadx"], 2 * p["ipady"]
        if p["side"] in ("top", "bottom"):
            fw = cw
            fh = rh + pady + ipady
            if p["expand"]:
                fh += _y_expansion(slaves, i, ch)
            ch -= fh
            if ch < 0:
                fh += ch
                ch = 0
            fx = cx
            if p["side"] == "top":
                fy = cy
                cy += fh
            else:
                fy = cy + ch
        else:
            fh = ch
            fw = rw + padx + ipadx
            if p["expand"]:
                fw += _x_expansion(slaves, i, cw)
            cw -= fw
            if cw < 0:
                fw += cw
                cw = 0
            fy = cy
            if p["side"] == "left":
                fx = cx
                cx += fw
            else:
                fx = cx + cw
        bx, by = padx, pady
        bl, bt = p["padx"][0], p["pady"][0]
        w = rw + ipadx
        if p["fill"] in ("x", "both") or w > fw - bx:
            w = fw - bx
        h = rh + ipady
        if p["fill"] in ("y", "both") or h > fh - by:
            h = fh - by
        a = p["anchor"]
        xc = fx + bl + _cdiv(fw - w - bx, 2)
        yc = fy + bt + _cdiv(fh - h - by, 2)
        xr = fx + fw - w - (bx - bl)
        yb = fy + fh - h - (by - bt)
        xl, yt = fx + bl, fy + bt
        x = {"n": xc, "s": xc, "center": xc, "ne": xr, "e": xr, "se": xr}.get(a, xl)
        y = {"e": yc, "w": yc, "center": yc, "se": yb, "s": yb, "sw": yb}.get(a, yt)
        out.append((s, x, y, w, h))


# -- grid --------------------------------------------------------------------------------------------------------


def _slot_opts(master, kind, i):
    store = master._grid_cols if kind == "column" else master._grid_rows
    return store.get(i, {})


def _grid_slots(master, slaves, kind):
    """Minimum sizes of the slots along one axis (Tk's ResolveConstraints, minimum part)."""
    span_key = kind + "span"
    n = 0
    for s in slaves:
        n = max(n, s._grid[kind] + s._grid[span_key])
    store = master._grid_cols if kind == "column" else master._grid_rows
    if store:
        n = max(n, max((i + 1 for i, o in store.items() if o.get("weight") or o.get("minsize") or o.get("uniform")
                        or o.get("pad")), default=0))
    sizes = []
    weights = []
    for i in range(n):
        o = _slot_opts(master, kind, i)
        sizes.append(o.get("minsize", 0))
        weights.append(o.get("weight", 0))
    pads = [_slot_opts(master, kind, i).get("pad", 0) for i in range(n)]

    def need(s):
        g = s._grid
        rw, rh = _slave_req(s)
        if kind == "column":
            return rw + g["padx"][0] + g["padx"][1] + 2 * g["ipadx"]
        return rh + g["pady"][0] + g["pady"][1] + 2 * g["ipady"]

    for s in slaves:
        g = s._grid
        if g[span_key] == 1:
            i = g[kind]
            sizes[i] = max(sizes[i], need(s) + pads[i])
    for s in sorted((s for s in slaves if s._grid[span_key] > 1), key=lambda s: s._grid[span_key]):
        g = s._grid
        start, span = g[kind], g[span_key]
        have = sum(sizes[start:start + span])
        extra = need(s) - have
        if extra > 0:
            ws = weights[start:start + span]
            tw = sum(ws)
            if tw > 0:
                acc = 0
                given = 0
                for j, wt in enumerate(ws):
                    acc += wt
                    share = extra * acc // tw - given
                    given += share
                    sizes[start + j] += share
            else:
                for j in range(span):
                    sizes[start + j] += extra * (j + 1) // span - extra * j // span
    # uniform groups: sizes proportional to weight (0 counts as 1)
    groups = {}
    for i in range(n):
        u = _slot_opts(master, kind, i).get("uniform")
        if u:
            groups.setdefault(u, []).append(i)
    for idxs in groups.values():
        ratio = 0.0
        for i in idxs:
            wt = weights[i] or 1
            ratio = max(ratio, sizes[i] / wt)
        for i in idxs:
            sizes[i] = int(round(ratio * (weights[i] or 1)))
    return sizes, weights, n


def grid_request(master, slaves):
    cols, _cw, _n = _grid_slots(master, slaves, "column")
    rows, _rw, _m = _grid_slots(master, slaves, "row")
    il, it, ir, ib = master._internal_border()
    mw, mh = _min_request(master)
    return (max(sum(cols) + il + ir, mw), max(sum(rows) + it + ib, mh))


def _distribute(sizes, weights, avail, master, kind):
    """Grow or shrink slots to fill ``avail`` according to weights (Tk's AdjustOffsets)."""
    total = sum(sizes)
    diff = avail - total
    tw = sum(weights)
    if diff == 0 or tw == 0:
        return list(sizes), 0
    offsets = []
    acc = 0
    for s in sizes:
        acc += s
        offsets.append(acc)
    if diff > 0:
        wsum = 0
        new = []
        for i, s in enumerate(offsets):
            wsum += weights[i]
            new.append(s + diff * wsum // tw)
        out = [new[0]] + [new[i] - new[i - 1] for i in range(1, len(new))]
        return out, 0
    # shrink: take space from weighted slots, never below their minsize
    sizes = list(sizes)
    mins = [_slot_opts(master, kind, i).get("minsize", 0) for i in range(len(sizes))]
    need = -diff
    while need > 0:
        active = [i for i in range(len(sizes)) if weights[i] > 0 and sizes[i] > mins[i]]
        if not active:
            break
        aw = sum(weights[i] for i in active)
        step = need
        for i in active:
            step = min(step, (sizes[i] - mins[i]) * aw // weights[i] if weights[i] else step)
        if step <= 0:
            step = 1
        taken = 0
        wsum = 0
        prev = 0
        for i in active:
            wsum += weights[i]
            cut = step * wsum // aw - prev
            prev += cut
            cut = min(cut, sizes[i] - mins[i])
            sizes[i] -= cut
            taken += cut
        if taken == 0:
            break
        need -= taken
    return sizes, 0


def apply_sticky(sticky, x, y, w, h, dx, dy):
    """A slave of size w x h at x, y with dx, dy spare pixels in its cell: stretched or placed as `sticky` says
    (grid's and the panedwindow's rule)."""
    if "e" in sticky and "w" in sticky:
        w += dx
    if "n" in sticky and "s" in sticky:
        h += dy
    if "w" not in sticky:
        x += dx if "e" in sticky else dx // 2
    if "n" not in sticky:
        y += dy if "s" in sticky else dy // 2
    return x, y, w, h


def grid_arrange(master, W, H, slaves, out):
    cols, cweights, _n = _grid_slots(master, slaves, "column")
    rows, rweights, _m = _grid_slots(master, slaves, "row")
    il, it, ir, ib = master._internal_border()
    aw, ah = W - il - ir, H - it - ib
    cols, _ = _distribute(cols, cweights, aw, master, "column")
    rows, _ = _distribute(rows, rweights, ah, master, "row")
    extra_x = aw - sum(cols)
    extra_y = ah - sum(rows)
    a = master._grid_anchor
    ox = il + (0 if "w" in a or extra_x < 0 and False else (extra_x if "e" in a else extra_x // 2))
    oy = it + (0 if "n" in a else (extra_y if "s" in a else extra_y // 2))
    if a == "nw":
        ox, oy = il, it
    master._grid_layout = (ox, oy, cols, rows)
    xoff = [ox]
    for c in cols:
        xoff.append(xoff[-1] + c)
    yoff = [oy]
    for r in rows:
        yoff.append(yoff[-1] + r)
    for s in slaves:
        g = s._grid
        x = xoff[g["column"]]
        y = yoff[g["row"]]
        w = xoff[g["column"] + g["columnspan"]] - x
        h = yoff[g["row"] + g["rowspan"]] - y
        rw, rh = _slave_req(s)
        x += g["padx"][0]
        w -= g["padx"][0] + g["padx"][1]
        y += g["pady"][0]
        h -= g["pady"][0] + g["pady"][1]
        dx = dy = 0
        if w > rw + 2 * g["ipadx"]:
            dx = w - (rw + 2 * g["ipadx"])
            w = rw + 2 * g["ipadx"]
        if h > rh + 2 * g["ipady"]:
            dy = h - (rh + 2 * g["ipady"])
            h = rh + 2 * g["ipady"]
        x, y, w, h = apply_sticky(g["sticky"], x, y, w, h, dx, dy)
        out.append((s, x, y, w, h))


def used_slots(master, kind):
    out = set()
    for s in _live(master._slaves["grid"]):
        g = s._grid
        out.update(range(g[kind], g[kind] + g[kind + "span"]))
    return out


def grid_size(master):
    cols = rows = 0
    for s in _live(master._slaves["grid"]):
        g = s._grid
        cols = max(cols, g["column"] + g["columnspan"])
        rows = max(rows, g["row"] + g["rowspan"])
    for i, o in master._grid_cols.items():
        if o.get("weight") or o.get("minsize") or o.get("uniform") or o.get("pad"):
            cols = max(cols, i + 1)
    for i, o in master._grid_rows.items():
        if o.get("weight") or o.get("minsize") or o.get("uniform") or o.get("pad"):
            rows = max(rows, i + 1)
    return (cols, rows)


def _current_grid(master):
    _core().run_layout()
    lay = getattr(master, "_grid_layout", None)
    if lay is None:
        il, it, _r, _b = master._internal_border()
        return il, it, [], []
    return lay


def grid_bbox(master, column=None, row=None, col2=None, row2=None):
    ox, oy, cols, rows = _current_grid(master)
    if column is None:
        return (ox, oy, sum(cols), sum(rows))
    c1, r1 = int(column), int(row)
    c2 = int(col2) if col2 is not None else c1
    r2 = int(row2) if row2 is not None else r1
    c1, c2 = sorted((c1, c2))
    r1, r2 = sorted((r1, r2))

    def span(offset, sizes, a, b):
        start = offset + sum(sizes[:a])
        return start, sum(sizes[a:b + 1])

    x, w = span(ox, cols, c1, c2)
    y, h = span(oy, rows, r1, r2)
    return (x, y, w, h)


def grid_location(master, x, y):
    ox, oy, cols, rows = _current_grid(master)

    def find(v, off, sizes):
        if v < off:
            return -1
        acc = off
        for i, s in enumerate(sizes):
            acc += s
            if v < acc:
                return i
        return len(sizes)

    return (find(x, ox, cols), find(y, oy, rows))


# -- place -------------------------------------------------------------------------------------------------------


def _round(v):
    return int(v + 0.5) if v > 0 else int(v - 0.5)


def place_arrange(master, W, H, slaves, out):
    for s in slaves:
        p = s._place
        container = p["in"]
        cw, chh = container._geom[2], container._geom[3]
        il, it, ir, ib = container._internal_border()
        if p["bordermode"] == "inside":
            mx, my, mw, mh = il, it, cw - il - ir, chh - it - ib
        else:
            mx, my, mw, mh = 0, 0, cw, chh
        x = _round(p["x"] + mx + p["relx"] * mw)
        y = _round(p["y"] + my + p["rely"] * mh)
        rw, rh = _slave_req(s)
        w = 0
        if p["width"] is not None:
            w = p["width"]
        if p["relwidth"] is not None:
            w += _round(p["relwidth"] * mw)
        if p["width"] is None and p["relwidth"] is None:
            w = rw
        h = 0
        if p["height"] is not None:
            h = p["height"]
        if p["relheight"] is not None:
            h += _round(p["relheight"] * mh)
        if p["height"] is None and p["relheight"] is None:
            h = rh
        a = p["anchor"]
        if a in ("n", "s", "center"):
            x -= w // 2
        elif a in ("ne", "e", "se"):
            x -= w
        if a in ("e", "w", "center"):
            y -= h // 2
        elif a in ("sw", "s", "se"):
            y -= h
        out.append((s, x, y, w, h))


# -- the whole window ---------------------------------------------------------------------------------------------


def layout_toplevel(top):
    global _memo
    _memo = {}
    try:
        _layout_toplevel(top)
    finally:
        _memo = None


def _layout_toplevel(top):
    core = _core()
    if top._user_size is not None:
        W, H = top._user_size
    else:
        W, H = reqsize(top)
    mn, mx = top._minsize, top._maxsize
    W = max(mn[0], W)
    H = max(mn[1], H)
    if top._user_size is None:
        W, H = min(W, mx[0]), min(H, mx[1])
    old = top._geom
    top._geom = (0, 0, W, H)
    if old is None or old[2:] != (W, H):
        top._wm_send()
        _configure_event(top, old)
    _arrange(core, top)


def _arrange(core, master):
    W, H = master._geom[2], master._geom[3]
    placed = []
    pack = _live(master._slaves["pack"])
    grid = [s for s in _live(master._slaves["grid"]) if s._manager == "grid"]
    if pack:
        pack_arrange(master, W, H, pack, placed)
    if grid:
        grid_arrange(master, W, H, grid, placed)
    if hasattr(master, "_custom_arrange"):
        master._custom_arrange(W, H, placed)
    place = _live(master._slaves["place"])
    if place:
        place_arrange(master, W, H, place, placed)
    for s, x, y, w, h in placed:
        container = (s._pack or s._grid or s._place or {}).get("in", master)
        shown = None
        # a slave managed inside a container that is not its parent: offset into the parent's coordinates
        if container is not s.master:
            if s._manager == "canvas":
                shown = (x, y)  # the page draws it inside the canvas: scrolled with its view, clipped by it
            ox, oy = _offset_in_parent(container, s.master)
            x += ox
            y += oy
        _set_container(core, s, container._w if shown else None)
        _set_geom(core, s, x, y, w, h, shown)
    for c in list(master.children.values()):
        if c._exists and c._manager is None and not isinstance(c, core.Wm) and c._mapped:
            core.get_display().send(["unmap", c._w])
            c._mapped = False
    for c in list(master.children.values()):
        if c._exists and c._geom is not None and c._mapped and not isinstance(c, core.Wm):
            _arrange(core, c)
        elif c._exists and c._geom is None and not isinstance(c, core.Wm):
            _arrange_unsized(core, c)


def _arrange_unsized(core, master):
    """Tk's grid arranges its slaves even in a master never given a size (1x1: a notebook page never shown, a
    frame never managed): at their natural sizes from the corner; pack places nothing in so small a cavity."""
    grid = [s for s in _live(master._slaves["grid"]) if s._manager == "grid"]
    if not grid:
        return
    placed = []
    grid_arrange(master, 1, 1, grid, placed)
    for s, x, y, w, h in placed:
        if (s._grid or {}).get("in", master) is master:
            _set_geom(core, s, x, y, w, h)
            if s._geom is not None and s._mapped:
                _arrange(core, s)


def _offset_in_parent(container, parent):
    x = y = 0
    w = container
    while w is not None and w is not parent:
        x += w.winfo_x()
        y += w.winfo_y()
        w = w.master
    return x, y


def _set_container(core, s, path):
    """(Pyroom) A canvas window item whose widget is not the canvas's child (Tk allows a child of any of the
    canvas's ancestors) is drawn inside the canvas's element: the page moves it there (`container`), and its `geom`
    is then relative to the canvas."""
    if getattr(s, "_shown_in", None) != path:
        s._shown_in = path
        core.get_display().send(["config", s._w, {"container": path}])


def _set_geom(core, s, x, y, w, h, shown=None):
    """Lay `s` out at x, y (in its parent, as winfo_x/winfo_y); the page gets `shown` instead when given."""
    if w <= 0 or h <= 0:
        if s._mapped:
            core.get_display().send(["unmap", s._w])
            s._mapped = False
            s._sent_geom = None
        if s._geom is None:
            s._geom = (0, 0, 1, 1)  # Tk unmaps it where it was (never configured: 1x1 at 0,0)
        return
    old = s._geom
    s._geom = (x, y, w, h)
    sent = s._geom if shown is None else (shown[0], shown[1], w, h)
    if s._sent_geom != sent or not s._mapped:
        core.get_display().send(["geom", s._w, *sent])
        s._sent_geom = sent
        s._mapped = True
    if old is None or old != s._geom:
        s._on_layout()
        _configure_event(s, old)


def _configure_event(w, old):
    core = _core()
    if "Configure" not in w._bound_types():
        return
    x, y, ww, hh = w._geom
    bd = 0
    if "borderwidth" in w._table().specs:
        try:
            bd = core.pixels(w._getopt("borderwidth"))
        except Exception:
            bd = 0
    core._loop.pending.append({"type": "Configure", "w": w._w, "x": x, "y": y, "width": ww, "height": hh,
                               "border_width": bd, "_generated": True})
