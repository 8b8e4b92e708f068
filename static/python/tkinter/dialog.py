"""tkinter.dialog: the old Dialog class, as a page dialog with buttons."""

from __future__ import annotations

from .commondialog import ask

DIALOG_ICON = "questhead"


class Dialog:
    def __init__(self, master=None, cnf={}, **kw):
        opts = dict(cnf)
        opts.update(kw)
        buttons = list(opts.get("strings", ()))
        answer = ask("message", {"title": str(opts.get("title", "")), "message": str(opts.get("text", "")),
                                 "icon": "question", "type": "buttons", "buttons": buttons,
                                 "default": opts.get("default")})
        if answer in buttons:
            self.num = buttons.index(answer)
        elif isinstance(answer, int):
            self.num = answer
        else:
            self.num = opts.get("default", 0)

    def destroy(self):
        pass
