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


class Dialog(C.Toplevel):
    """A modal dialog window to subclass: ``body(master)`` builds the contents (and returns the widget to focus),
    ``buttonbox()`` the OK and Cancel buttons, ``validate()`` checks before ``apply()`` runs; the constructor
    returns when the window is closed, as on the desktop."""

    def __init__(self, parent, title=None):
        master = parent if parent is not None else C._get_default_root("create dialog window")
        C.Toplevel.__init__(self, master)
        self.withdraw()
        if parent is not None and parent.winfo_viewable():
            self.transient(parent)
        if title:
            self.title(title)
        self.parent = parent
        self.result = None
        box = C.Frame(self)
        self.initial_focus = self.body(box)
        box.pack(padx=5, pady=5)
        self.buttonbox()
        if self.initial_focus is None:
            self.initial_focus = self
        self.protocol("WM_DELETE_WINDOW", self.cancel)
        self.deiconify()
        self.initial_focus.focus_set()
        self.wait_visibility()
        self.grab_set()
        self.wait_window(self)

    def destroy(self):
        self.initial_focus = None
        C.Toplevel.destroy(self)

    def body(self, master):
        """Override: build the dialog's widgets in ``master``; return the widget that gets the focus."""
        return None

    def buttonbox(self):
        """Override for other buttons: by default OK (also Return) and Cancel (also Escape)."""
        from ._widgets import Button
        box = C.Frame(self)
        Button(box, text="OK", width=10, command=self.ok, default="active").pack(side="left", padx=5, pady=5)
        Button(box, text="Cancel", width=10, command=self.cancel).pack(side="left", padx=5, pady=5)
        self.bind("<Return>", self.ok)
        self.bind("<Escape>", self.cancel)
        box.pack()

    def ok(self, event=None):
        if not self.validate():
            if self.initial_focus is not None:
                self.initial_focus.focus_set()
            return
        self.withdraw()
        self.update_idletasks()
        try:
            self.apply()
        finally:
            self.cancel()

    def cancel(self, event=None):
        if self.parent is not None:
            self.parent.focus_set()
        self.destroy()

    def validate(self):
        """Override: return true when the entries are acceptable (OK then calls apply)."""
        return 1

    def apply(self):
        """Override: act on the entries (store them in ``self.result``)."""
        return None


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
