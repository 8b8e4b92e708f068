"""tkinter.colorchooser: askcolor through the page's colour picker."""

from __future__ import annotations

from . import _core as C
from .commondialog import Dialog, ask

__all__ = ["Chooser", "askcolor"]


class Chooser(Dialog):
    command = "tk_chooseColor"

    def _ask(self):
        init = self.options.get("initialcolor")
        if isinstance(init, tuple):
            init = "#%02x%02x%02x" % init
        elif init:
            init = C.color(init)
        return ask("color", {"title": str(self.options.get("title", "")), "initialcolor": init})

    def _fixresult(self, widget, result):
        if not result:
            return None, None
        c = C.color(result)
        return (int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)), c


def askcolor(color=None, **options):
    if color:
        options = dict(options)
        options["initialcolor"] = color
    return Chooser(**options).show()
