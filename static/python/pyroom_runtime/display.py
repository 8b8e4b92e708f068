"""The display that Pyroom's ``tkinter`` draws on (see static/PROTOCOL.md).

``tkinter`` only ever calls :func:`get_display` and the four methods of :class:`Display`. Inside Pyodide the worker
runner installs a ``BrowserDisplay`` with :func:`set_display`; everywhere else (plain CPython, tests, headless builds)
the default is a :class:`RecordingDisplay`, which keeps the operations and answers queries with fixed metrics.
"""

from __future__ import annotations

import math
import time
from typing import Any, Callable


class Display:
    """The interface: ``send`` (queue an operation), ``flush``, ``query`` (blocking question) and ``wait_events``."""

    def send(self, op: list) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        raise NotImplementedError

    def query(self, op: list) -> Any:
        raise NotImplementedError

    def wait_events(self, timeout: float | None) -> list[dict]:
        raise NotImplementedError


class RecordingDisplay(Display):
    """A display for plain CPython: records operations, answers queries, replays injected events.

    Fonts are measured with fixed metrics: every character is ``char_width * size`` pixels wide (rounded), the ascent
    is ``ceil(size * ascent)``, the descent ``ceil(size * descent)``. Pass ``measure``/``metrics`` callables (taking
    the font dict, and the text for ``measure``) to answer with other metrics (the differential tests answer with real
    Tk's), ``dialogs`` (a list of answers, or a callable ``(kind, opts) -> answer``) for dialogs, and ``pane`` for the
    size the preview pane offers.

    ``wait_events`` returns the injected events; with none queued it does not really block: it advances the clock
    (``clock``; real time by default, a :class:`FakeClock` in tests) by ``timeout`` so timers come due, and with
    ``timeout=None`` and nothing to do it raises :class:`Idle` (a program waiting forever on a display nobody uses).
    """

    def __init__(
        self,
        *,
        char_width: float = 0.6,
        ascent: float = 0.8,
        descent: float = 0.25,
        measure: Callable[[dict, str], int] | None = None,
        metrics: Callable[[dict], dict] | None = None,
        dialogs: list | Callable[[str, dict], Any] | None = None,
        pane: tuple[int, int] = (640, 480),
        clock: Any = None,
    ) -> None:
        self.ops: list[list] = []
        self.queries: list[list] = []
        self.events: list[dict] = []
        self.flushes = 0
        self.char_width = char_width
        self.ascent = ascent
        self.descent = descent
        self._measure = measure
        self._metrics = metrics
        self.dialogs = dialogs if dialogs is not None else []
        self.pane = pane
        self.clock = clock

    # -- the interface ---------------------------------------------------------------------------------------------
    def send(self, op: list) -> None:
        self.ops.append(op)

    def flush(self) -> None:
        self.flushes += 1

    def query(self, op: list) -> Any:
        self.flush()
        self.queries.append(op)
        kind = op[0]
        if kind == "measure":
            return {"width": self.measure(op[1], op[2])}
        if kind == "metrics":
            return self.metrics(op[1])
        if kind == "pane":
            return {"width": self.pane[0], "height": self.pane[1]}
        if kind == "dialog":
            if callable(self.dialogs):
                return self.dialogs(op[1], op[2])
            if self.dialogs:
                return self.dialogs.pop(0)
            return _default_dialog_answer(op[1], op[2])
        raise ValueError(f"unknown query {kind!r}")

    def wait_events(self, timeout: float | None) -> list[dict]:
        self.flush()
        if self.events:
            events, self.events = self.events, []
            return events
        if timeout is None:
            raise Idle("the program waits for events and none will come (RecordingDisplay)")
        if self.clock is not None:
            self.clock.advance(timeout)
        elif timeout > 0:
            time.sleep(timeout)
        return []

    # -- helpers for tests -----------------------------------------------------------------------------------------
    def inject(self, event: dict) -> None:
        """Queue an event as the page would send it."""
        self.events.append(dict(event))

    def measure(self, font: dict, text: str) -> int:
        if self._measure is not None:
            return int(self._measure(font, text))
        lines = text.split("\n")
        return max(round(len(line) * self.char_width * font.get("size", 13)) for line in lines)

    def metrics(self, font: dict) -> dict:
        if self._metrics is not None:
            return dict(self._metrics(font))
        size = font.get("size", 13)
        ascent = math.ceil(size * self.ascent)
        descent = math.ceil(size * self.descent)
        return {"ascent": ascent, "descent": descent, "linespace": ascent + descent, "fixed": 1}

    def ops_of(self, kind: str) -> list[list]:
        return [op for op in self.ops if op[0] == kind]

    def clear(self) -> None:
        self.ops.clear()


class Idle(Exception):
    """Raised by RecordingDisplay.wait_events(None) when no event can ever come."""


class FakeClock:
    """A monotonic clock that only moves when told (``advance``); tkinter's timers read ``display.clock.now()``."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += max(0.0, seconds)


def _default_dialog_answer(kind: str, opts: dict) -> Any:
    if kind == "message":
        return {"ok": "ok", "okcancel": "ok", "yesno": "yes", "yesnocancel": "yes", "retrycancel": "retry",
                "abortretryignore": "abort"}.get(opts.get("type", "ok"), "ok")
    return None


# -- the current display -------------------------------------------------------------------------------------------
# BrowserDisplay (the worker's implementation, talking to the page) is installed by the runner with set_display().

_display: Display | None = None


def get_display() -> Display:
    """The display tkinter draws on: the one installed with set_display(), else a fresh RecordingDisplay."""
    global _display
    if _display is None:
        _display = RecordingDisplay()
    return _display


def set_display(display: Display | None) -> None:
    """Install ``display`` (None: go back to a RecordingDisplay created on next use)."""
    global _display
    _display = display


def now() -> float:
    """The time timers use: the display's clock if it has one (tests), else time.monotonic()."""
    clock = getattr(_display, "clock", None)
    if clock is not None:
        return clock.now()
    return time.monotonic()
