"""Run the differential programs with real tkinter and with Pyroom's tkinter; print both observations as JSON.

Usage (needs an X display): python tk_diff_runner.py STATIC_PYTHON_DIR [program ...]
Pyroom's font queries are answered with the real Tk's font metrics, so that geometry can match exactly.
"""

from __future__ import annotations

import json
import sys


def observe(tkmod, ns):
    root = ns.get("root") or tkmod._default_root
    root.update()
    widgets = []

    def walk(w):
        info = {"path": str(w), "class": w.winfo_class(), "req": [w.winfo_reqwidth(), w.winfo_reqheight()]}
        if w.winfo_manager() in ("pack", "grid", "place"):
            info["geom"] = [w.winfo_x(), w.winfo_y(), w.winfo_width(), w.winfo_height()]
        if info["class"] == "Canvas":
            items = []
            for i in w.find_all():
                kind = w.type(i)
                item = {"id": i, "type": kind, "coords": [round(v, 3) for v in w.coords(i)], "bbox": w.bbox(i),
                        "tags": list(w.gettags(i))}
                for opt in ("fill", "outline", "width", "arrow", "style", "start", "extent", "anchor", "text",
                            "smooth", "dash", "capstyle"):
                    try:
                        item[opt] = str(w.itemcget(i, opt))
                    except Exception:
                        pass
                items.append(item)
            info["items"] = items
        widgets.append(info)
        for child in w.winfo_children():
            if child.winfo_class() != "Menu":
                walk(child)

    walk(root)
    result = ns.get("RESULT")
    return {"widgets": widgets, "result": json.loads(json.dumps(result, default=str))}


def shim_with_real_fonts(real, static):
    """Import Pyroom's tkinter from `static` in place of the real one (`real`, already used); returns the shim and a
    function that resets it and installs a fresh RecordingDisplay whose font queries a real Tk interpreter answers
    (so that geometry can match exactly)."""
    metrics_root = real.Tk()
    metrics_root.withdraw()
    call = metrics_root.tk.call

    # generic families as this Tk resolves them for its named fonts (a bare "sans-serif" resolves differently)
    actual = {"sans-serif": str(call("font", "actual", "TkDefaultFont", "-family")),
              "monospace": str(call("font", "actual", "TkFixedFont", "-family"))}
    # Pyroom's tkinter draws Courier, Helvetica and Times in the browser's generic families; the comparison holds
    # where this Tk resolves them the same way (as with Debian's default fonts, not with fonts-urw-base35)
    for family, generic in (("Courier", "monospace"), ("Helvetica", "sans-serif")):
        got = str(call("font", "actual", (family, 10), "-family"))
        if got != actual[generic]:
            sys.exit(f"tk_diff_runner: this Tk draws {family} in {got!r}, not in its {generic} font "
                     f"{actual[generic]!r}: font packages beyond Debian's defaults are installed (remove "
                     "fonts-urw-base35 and gsfonts), and Pyroom's geometry cannot match")

    def spec(fd):
        px = float(fd["size"])
        # Pyroom sends point sizes as fractional pixels (size * 96 / 72): ask Tk for the same point size
        size = -int(px) if px.is_integer() else round(px * 72 / 96)
        family = actual.get(fd["family"], fd["family"])
        return ("-family", family, "-size", size, "-weight", fd["weight"], "-slant", fd["slant"])

    def measure(fd, text):
        return int(call("font", "measure", spec(fd), text))

    def metrics(fd):
        vals = [str(x) for x in metrics_root.tk.splitlist(call("font", "metrics", spec(fd)))]
        return dict(zip((k.lstrip("-") for k in vals[0::2]), (int(v) for v in vals[1::2]), strict=False))

    for k in [k for k in sys.modules if k == "tkinter" or k.startswith("tkinter.")]:
        del sys.modules[k]
    sys.path.insert(0, static)
    import tkinter as shim

    from pyroom_runtime import display as dispmod

    assert shim.__file__.startswith(static)

    def fresh_display():
        shim._pyroom_reset()
        dispmod.set_display(dispmod.RecordingDisplay(measure=measure, metrics=metrics, pane=(1280, 1024),
                                                     clock=dispmod.FakeClock()))

    return shim, fresh_display


def run():
    import os

    static = os.path.abspath(sys.argv[1])
    here = __file__.rsplit("/", 1)[0]
    sys.path.insert(0, here)
    import tk_diff_programs as progs

    wanted = sys.argv[2:]
    allprogs = {**progs.CANVAS, **progs.WIDGETS, **progs.TTK, **progs.API, **progs.TUTORIALS}
    names = wanted or list(allprogs)

    import tkinter as real

    out = {}
    for name in names:
        real._checkbutton_count = 0  # numbered from 1, as in the new process a reader's run is
        ns = {"__name__": "__main__"}
        exec(compile(allprogs[name], name, "exec"), ns)
        out[name] = {"real": observe(real, ns)}
        ns["root"].destroy()

    shim, fresh_display = shim_with_real_fonts(real, static)
    for name in names:
        fresh_display()
        ns = {"__name__": "__main__"}
        try:
            exec(compile(allprogs[name], name, "exec"), ns)
            out[name]["shim"] = observe(shim, ns)
        except Exception as exc:  # reported as a difference
            import traceback

            out[name]["shim"] = {"error": "".join(traceback.format_exception(exc))}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    run()
