"""tkinter.simpledialog: askstring/askinteger/askfloat drawn by the page (blocking, as on the desktop)."""

from __future__ import annotations

from . import _core as C
from .commondialog import ask


class SimpleDialog:
    def __init__(self, master, text="", buttons=[], default=None, cancel=None, title=None, class_=None):
        self.text, self.buttons, self.default, self.cancel, self.title = text, list(buttons), default, cancel, title

    def go(self):
        answer = ask("message", {"title": self.title or "", "message": self.text, "icon": "question",
                                 "type": "buttons", "buttons": self.buttons, "default": self.default})
        if answer in self.buttons:
            return self.buttons.index(answer)
        if isinstance(answer, int):
            return answer
        return self.cancel


class Dialog:
    """Subclassable dialogs (body/buttonbox/validate/apply) need real widgets in a modal window."""

    def __init__(self, parent, title=None):
        raise C.unsupported("simpledialog.Dialog")


def _ask(kind, title, prompt, **kw):
    opts = {"title": str(title or ""), "prompt": str(prompt or ""), "initialvalue": kw.get("initialvalue"),
            "minvalue": kw.get("minvalue"), "maxvalue": kw.get("maxvalue"), "show": kw.get("show")}
    while True:
        answer = ask(kind, opts)
        if answer is None:
            return None
        try:
            if kind == "integer":
                value = int(answer) if not isinstance(answer, str) else int(answer.strip())
            elif kind == "float":
                value = float(answer)
            else:
                return str(answer)
        except (TypeError, ValueError):
            opts["error"] = "Not an integer." if kind == "integer" else "Not a floating point value."
            continue
        lo, hi = kw.get("minvalue"), kw.get("maxvalue")
        if lo is not None and value < lo:
            opts["error"] = f"The allowed minimum value is {lo}. Please try again."
            continue
        if hi is not None and value > hi:
            opts["error"] = f"The allowed maximum value is {hi}. Please try again."
            continue
        return value


def askstring(title, prompt, **kw):
    return _ask("string", title, prompt, **kw)


def askinteger(title, prompt, **kw):
    return _ask("integer", title, prompt, **kw)


def askfloat(title, prompt, **kw):
    return _ask("float", title, prompt, **kw)
