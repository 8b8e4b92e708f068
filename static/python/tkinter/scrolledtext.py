"""tkinter.scrolledtext: a Text with a vertical Scrollbar, in a Frame."""

from __future__ import annotations

from tkinter import Frame, Grid, Pack, Place, Scrollbar, Text
from tkinter.constants import BOTH, LEFT, RIGHT, Y

__all__ = ["ScrolledText"]


class ScrolledText(Text):
    def __init__(self, master=None, **kw):
        self.frame = Frame(master)
        self.vbar = Scrollbar(self.frame)
        self.vbar.pack(side=RIGHT, fill=Y)
        kw["yscrollcommand"] = self.vbar.set
        Text.__init__(self, self.frame, **kw)
        self.pack(side=LEFT, fill=BOTH, expand=True)
        self.vbar["command"] = self.yview
        # geometry methods act on the frame, as in CPython
        for meth in ("pack", "pack_configure", "pack_forget", "pack_info", "grid", "grid_configure",
                     "grid_forget", "grid_remove", "grid_info", "place", "place_configure", "place_forget",
                     "place_info"):
            setattr(self, meth, getattr(self.frame, meth))

    def __str__(self):
        return str(self.frame)


_ = (Grid, Pack, Place)
