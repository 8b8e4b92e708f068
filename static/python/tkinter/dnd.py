"""tkinter.dnd: drag and drop between widgets of one application, with the standard library's protocol.

A drag starts from a press binding: ``dnd_start(source, event)``. While the button is held, each motion looks for a
target: the widget under the pointer or its nearest ancestor with a ``dnd_accept(source, event)`` method returning
an object (the target). Targets get ``dnd_enter``, ``dnd_motion`` and ``dnd_leave(source, event)``; the release calls
the target's ``dnd_commit(source, event)``, and then always ``source.dnd_end(target, event)``.
"""

from __future__ import annotations

__all__ = ["dnd_start", "DndHandler"]


def dnd_start(source, event):
    """Start dragging ``source`` from the press ``event``; the handler, or None when no drag started (a drag is
    already going on in this application, or the event is not a button press)."""
    handler = DndHandler(source, event)
    return handler if handler.root is not None else None


class DndHandler:
    root = None

    def __init__(self, source, event):
        if event.num > 5:  # not a pointer button
            return
        root = event.widget._root()
        if getattr(root, "_pyroom_dnd", None) is not None:
            return  # one drag at a time
        root._pyroom_dnd = self
        self.root = root
        self.source = source
        self.target = None
        self.initial_button = event.num
        self.initial_widget = widget = event.widget
        # the pressed widget keeps getting the pointer's events while the button is held (Tk's implicit grab)
        self.release_pattern = f"<B{event.num}-ButtonRelease-{event.num}>"
        self.save_cursor = widget["cursor"] or ""
        widget.bind(self.release_pattern, self.on_release)
        widget.bind("<Motion>", self.on_motion)
        widget["cursor"] = "hand2"

    def on_motion(self, event):
        under = self.initial_widget.winfo_containing(event.x_root, event.y_root)
        found = None
        while under is not None and found is None:
            accept = getattr(under, "dnd_accept", None)
            if accept is not None:
                found = accept(self.source, event)
            under = under.master
        if found is self.target:
            if found is not None:
                found.dnd_motion(self.source, event)
            return
        if self.target is not None:
            left, self.target = self.target, None
            left.dnd_leave(self.source, event)
        if found is not None:
            found.dnd_enter(self.source, event)
            self.target = found

    def on_release(self, event):
        self.finish(event, 1)

    def cancel(self, event=None):
        self.finish(event, 0)

    def finish(self, event, commit=0):
        target, source, widget, root = self.target, self.source, self.initial_widget, self.root
        try:
            root._pyroom_dnd = None
            widget.unbind(self.release_pattern)
            widget.unbind("<Motion>")
            widget["cursor"] = self.save_cursor
            self.target = self.source = self.initial_widget = self.root = None
            if target is not None:
                if commit:
                    target.dnd_commit(source, event)
                else:
                    target.dnd_leave(source, event)
        finally:
            source.dnd_end(target, event)
