"""Regenerate static/python/tkinter/_ttkthemes.py from the real Tk 8.6 (run under Xvfb at 96 dpi).

    Xvfb :77 -screen 0 1280x1024x24 -dpi 96 &  DISPLAY=:77 python scripts/gen_ttk_themes.py

For each built-in ttk theme: what ttk.Style answers (configure, map and layout of the theme's styles, element
names and options), and how much each ttk widget's requested size differs from the 'default' theme's (the shim
computes sizes with the 'default' theme's formulas and adds these).
"""

import tkinter
from pathlib import Path
from tkinter import ttk

OUT = Path(__file__).resolve().parent.parent / "static/python/tkinter/_ttkthemes.py"

STYLES = [".", "TButton", "TLabel", "TEntry", "TCombobox", "TCheckbutton", "TRadiobutton", "TFrame", "TLabelframe",
          "TLabelframe.Label", "TNotebook", "TNotebook.Tab", "TProgressbar", "Horizontal.TProgressbar",
          "Vertical.TProgressbar", "TScale", "Horizontal.TScale", "Vertical.TScale", "TScrollbar",
          "Horizontal.TScrollbar", "Vertical.TScrollbar", "Treeview", "Heading", "Item", "Cell", "Row", "TSpinbox",
          "TMenubutton", "TSeparator", "Toolbutton", "Sash", "TPanedwindow", "Horizontal.Sash", "Vertical.Sash",
          "TSizegrip", "ComboboxPopdownFrame", "Tab", "TLabeledScale"]
THEMES = ("default", "clam", "alt", "classic")

root = tkinter.Tk()
style = ttk.Style(root)


def widgets(parent):
    """Sample widgets: text long enough that no minimum width applies, no padding of their own."""
    text = "A much longer label"
    out = {
        "TLabel": ttk.Label(parent, text=text), "TButton": ttk.Button(parent, text=text),
        "TCheckbutton": ttk.Checkbutton(parent, text=text), "TRadiobutton": ttk.Radiobutton(parent, text=text),
        "TMenubutton": ttk.Menubutton(parent, text=text), "TEntry": ttk.Entry(parent, width=10),
        "TCombobox": ttk.Combobox(parent, width=10), "TSpinbox": ttk.Spinbox(parent, width=10),
        "Vertical.TScrollbar": ttk.Scrollbar(parent, orient="vertical"),
        "Horizontal.TScrollbar": ttk.Scrollbar(parent, orient="horizontal"),
        "Horizontal.TProgressbar": ttk.Progressbar(parent, length=100),
        "Vertical.TProgressbar": ttk.Progressbar(parent, length=100, orient="vertical"),
        "Horizontal.TScale": ttk.Scale(parent, length=100), "Vertical.TScale": ttk.Scale(parent, length=100,
                                                                                       orient="vertical"),
        "Treeview": ttk.Treeview(parent, height=3, show="tree", columns=()),
        "Treeview6": ttk.Treeview(parent, height=6, show="tree", columns=()),
        "Treeview.Heading": ttk.Treeview(parent, height=3, show="headings", columns=("a",)),
    }
    nb = ttk.Notebook(parent)
    nb.add(ttk.Frame(nb, width=300, height=20), text="Tab")
    out["TNotebook"] = nb
    for key, n in (("TNotebook.Tab", 1), ("TNotebook.Tab3", 3)):  # the tab strip: its ends, and each tab
        nb2 = ttk.Notebook(parent)
        for i in range(n):
            nb2.add(ttk.Frame(nb2, width=1, height=1), text=f"Tab {i}")
        out[key] = nb2
    lf = ttk.Labelframe(parent, text="Group")
    ttk.Frame(lf, width=300, height=20).pack()
    out["TLabelframe"] = lf
    pw = ttk.Panedwindow(parent, orient="horizontal")
    pw.add(ttk.Frame(pw, width=30, height=20))
    pw.add(ttk.Frame(pw, width=30, height=20))
    out["TPanedwindow"] = pw
    return out


def sizes():
    frame = ttk.Frame(root)
    ws = widgets(frame)
    for w in ws.values():
        w.pack()
    frame.pack()
    root.update()
    out = {k: (w.winfo_reqwidth(), w.winfo_reqheight()) for k, w in ws.items()}
    frame.destroy()
    return out


def layout(name):
    try:
        return style.layout(name)
    except tkinter.TclError:
        return None


def theme_data(name):
    style.theme_use(name)
    settings, maps, layouts = {}, {}, {}
    for s in STYLES:
        cfg = style.configure(s)
        if cfg:
            settings[s] = cfg
        m = style.map(s)
        if m:
            maps[s] = m
        lay = layout(s)
        if lay and (s.count(".") == 0 or s == "." or lay != layout(s.split(".", 1)[1])):
            layouts[s] = lay  # (a style without a layout of its own has its parent's: "Big.TButton")
    names = style.element_names()
    options = {e: style.element_options(e) for e in names}
    return {"settings": settings, "maps": maps, "layouts": layouts, "elements": names,
            "element_options": {e: o for e, o in options.items() if o}}


data = {}
base = None
for theme in THEMES:
    d = theme_data(theme)
    got = sizes()
    if base is None:
        base = got
    else:  # layouts and element options: only those the 'default' theme answers differently
        d["layouts"] = {k: v for k, v in d["layouts"].items() if data["default"]["layouts"].get(k) != v}
        d["element_options"] = {k: v for k, v in d["element_options"].items()
                                if data["default"]["element_options"].get(k) != v}
    d["size_delta"] = {k: (got[k][0] - base[k][0], got[k][1] - base[k][1]) for k in got
                       if got[k] != base[k]}
    data[theme] = d

lines = ["THEMES = {"]
for theme, d in data.items():
    lines.append(f"    {theme!r}: {{")
    for section, value in d.items():
        if isinstance(value, dict):
            lines.append(f"        {section!r}: {{")
            lines.extend(f"            {k!r}: {v!r}," for k, v in value.items())
            lines.append("        },")
        else:
            lines.append(f"        {section!r}: {value!r},")
    lines.append("    },")
lines.append("}")
OUT.write_text('"""ttk themes as Tk 8.6 has them: per theme, what ttk.Style answers (settings, maps, layouts, '
               'elements)\nand how much widgets\' requested sizes differ from the \'default\' theme\'s. Layouts and '
               'element options: the\n\'default\' theme\'s, and where another theme answers differently.\n\n'
               'Generated by scripts/gen_ttk_themes.py from the real Tk under Xvfb at 96 dpi; do not edit."""\n\n'
               + "\n".join(lines) + "\n")
print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
