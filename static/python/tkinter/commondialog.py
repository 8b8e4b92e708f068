"""tkinter.commondialog: the base of the standard dialogs (drawn by the page, answered through a display query)."""

from __future__ import annotations

from . import _core as C

__all__ = ["Dialog"]


class Dialog:
    command = None

    def __init__(self, master=None, **options):
        if master is None:
            master = options.get("parent")
        self.master = master
        self.options = options

    def _fixoptions(self):
        pass

    def _fixresult(self, widget, result):
        return result

    def show(self, **options):
        for k, v in options.items():
            self.options[k] = v
        self._fixoptions()
        return self._fixresult(None, self._ask())

    def _ask(self):
        raise NotImplementedError


def ask(kind, opts):
    """Show a dialog in the page and block until the reader answers."""
    C.run_idle()
    return C.get_display().query(["dialog", kind, opts])
