"""Pyroom's runner inside Pyodide: runs a block as a script, streams its output, blocks on input() and sleep().

The worker (static/src/worker.js) calls :func:`configure` once with a ``host`` object (JS functions for writing
output and waiting) and then :func:`run` for every Run. Nothing here imports the page: the page is only reached
through ``host``. On plain CPython a test can pass a Python host with the same methods.
"""

from __future__ import annotations

import ast
import builtins
import json
import inspect
import io
import linecache
import os
import sys
import time
import traceback
import types
from typing import Any

_host: Any = None
_sessions: dict[str, dict[str, Any]] = {}
_setup_done: set[str] = set()
_sources: dict[str, str] = {}
_real_sleep = time.sleep
_real_input = builtins.input
# Everything Pyroom puts into Pyodide (the runner, its tkinter and turtle) lives under this folder: tracebacks
# end at the user's (or a library's) frame, not inside Pyroom's own modules.
_RUNTIME_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def configure(host: Any) -> None:
    """Install the host (the worker's JS bridge) and the blocking builtins that go through it."""
    global _host
    _host = host
    builtins.input = _input
    time.sleep = _sleep
    from . import display

    display.set_display(BrowserDisplay())


_CHUNK = 1000
_FIRST_CHUNK = 250
# Operations hold no cycles (lists, dicts, numbers, strings): skipping the circular-reference bookkeeping and the
# blanks after separators makes a burst of 10,000 canvas items a quarter cheaper to encode.
_encode_ops = json.JSONEncoder(check_circular=False, separators=(",", ":")).encode


class BrowserDisplay:
    """The display of PROTOCOL.md inside Pyodide: operations go to the page in batches, queries and event waits
    block on the worker's synchronous channel."""

    def __init__(self) -> None:
        self._ops: list[Any] = []
        self._limit = _FIRST_CHUNK

    @property
    def can_block(self) -> bool:
        """False in the degraded mode (no SharedArrayBuffer, no JSPI): mainloop() must return instead of waiting."""
        return _host.mode != "none"

    def send(self, op: list[Any]) -> None:
        ops = self._ops
        ops.append(op)
        if len(ops) >= self._limit:
            # A long burst (10,000 canvas items) goes out in parts, so the page prepares them while Python goes
            # on; it shows them at the next full flush (update, idle), as Tk draws at idle time. The first part is
            # small: the page starts sooner.
            self._ops = []
            self._limit = _CHUNK
            _host.display(_encode_ops(ops), True)

    def flush(self) -> None:
        self._limit = _FIRST_CHUNK
        if self._ops:
            ops, self._ops = self._ops, []
            _host.display(_encode_ops(ops), False)

    def query(self, op: list[Any]) -> Any:
        self.flush()
        if _host.mode == "none":
            from .display import RecordingDisplay

            return RecordingDisplay().query(op)  # approximate answers: the page cannot be asked synchronously
        _output.flush()
        return json.loads(str(_wait("query", json.dumps(op))))

    def wait_events(self, timeout: float | None) -> list[dict[str, Any]]:
        self.flush()
        if _host.mode == "none":
            if timeout:
                _sleep(timeout)
            return []
        answer = _wait("events", -1 if timeout is None else max(0.0, timeout) * 1000.0)
        return json.loads(str(answer))


# --- blocking calls ------------------------------------------------------------------------------------------


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()  # the program may have put its own streams there
        except Exception:
            pass
    if _host is not None:
        _output.flush()


def _wait(kind: str, arg: Any) -> Any:
    """Block until the page answers (input) or the time is up (sleep); Stop raises KeyboardInterrupt."""
    _flush()
    mode = _host.mode
    if mode == "sab":
        result = _host.wait_sync(kind, arg)
    elif mode == "jspi":
        from pyodide.ffi import run_sync  # only on Pyodide with JSPI; imported late on purpose

        result = run_sync(_host.wait_async(kind, arg))
    else:
        result = _host.wait_none(kind, arg)
    if result is None:  # the host answers None when the reader pressed Stop
        raise KeyboardInterrupt
    return result


def _input(prompt: object = "") -> str:
    prompt = str(prompt)
    if _current.stdin:
        line = _current.stdin.pop(0)
        # Echo as a terminal would, so the transcript reads the same as a typed answer.
        sys.stdout.write(prompt + line + "\n")
        return line
    if _host.mode == "none":
        raise RuntimeError(
            "input() needs to wait for the reader, and this page cannot: it is not cross-origin isolated and "
            "this browser cannot suspend WebAssembly (JSPI). The site can send COOP/COEP headers (see the "
            "Pyroom hosting docs), or the block can give its answers with the 'stdin' option."
        )
    sys.stdout.write(prompt)
    line = _wait("input", prompt)
    sys.stdout.write(str(line) + "\n")
    return str(line)


def _sleep(seconds: float) -> None:
    seconds = float(seconds)
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    if _host is None:
        _real_sleep(seconds)
        return
    _wait("sleep", seconds * 1000.0)


# --- output ---------------------------------------------------------------------------------------------------


class _Output:
    """What the program printed and the page has not been sent yet, in order across stdout and stderr.

    Sent at line ends at most every FLUSH_INTERVAL seconds: a loop printing as fast as it can would otherwise
    send one message per line and swamp the page. Held-back text goes with the next write after the interval,
    before any wait (input, sleep) and when the run ends.
    """

    FLUSH_INTERVAL = 0.01
    MAX_BUFFER = 65536

    def __init__(self) -> None:
        self.pieces: list[list[str]] = []
        self.size = 0
        self.last = 0.0

    def add(self, stream: str, text: str) -> None:
        if self.pieces and self.pieces[-1][0] == stream:
            self.pieces[-1][1] += text
        else:
            self.pieces.append([stream, text])
        self.size += len(text)
        if self.size > self.MAX_BUFFER or ("\n" in text and time.monotonic() - self.last >= self.FLUSH_INTERVAL):
            self.flush()

    def flush(self) -> None:
        pieces, self.pieces, self.size = self.pieces, [], 0
        self.last = time.monotonic()
        for stream, text in pieces:
            _host.write(stream, text)


_output = _Output()


class _Writer(io.TextIOBase):
    """sys.stdout / sys.stderr during a run: text goes to the page through the shared, ordered output buffer."""

    def __init__(self, stream: str) -> None:
        self._stream = stream

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            _output.add(self._stream, text)
        return len(text)

    def flush(self) -> None:
        _output.flush()


class _Run:
    stdin: list[str] = []


_current = _Run()


# --- running a block ------------------------------------------------------------------------------------------


def _namespace(filename: str) -> dict[str, Any]:
    module = types.ModuleType("__main__")
    module.__file__ = filename
    module.__builtins__ = builtins  # type: ignore[attr-defined]
    return module.__dict__


def _register_source(filename: str, code: str) -> None:
    _sources[filename] = code
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)


def _is_user_file(filename: str) -> bool:
    return filename in _sources


def _user_traceback(exc: BaseException) -> tuple[str, str | None, int | None]:
    """The traceback as desktop Python prints it, without Pyroom's frames; and the user's failing file and line."""
    tb = exc.__traceback__
    # Drop the runner's frames above the first user frame.
    while tb is not None and not _is_user_file(tb.tb_frame.f_code.co_filename):
        tb = tb.tb_next
    frames = traceback.extract_tb(tb) if tb is not None else traceback.StackSummary()
    # Drop Pyroom's own frames at the bottom (the input()/sleep() shims): the error belongs to the caller.
    while frames and frames[-1].filename.startswith(_RUNTIME_DIR + "/"):
        frames.pop()
    where_file, where_line = None, None
    for frame in frames:
        if _is_user_file(frame.filename):
            where_file, where_line = frame.filename, frame.lineno
    if isinstance(exc, SyntaxError) and exc.filename and _is_user_file(exc.filename):
        where_file, where_line = exc.filename, exc.lineno
    lines = []
    if frames:
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_list(frames))
    lines.extend(traceback.format_exception_only(type(exc), exc))
    return "".join(lines), where_file, where_line


async def _run_code(code: str, filename: str, namespace: dict[str, Any]) -> None:
    _register_source(filename, code)
    compiled = compile(code, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    result = eval(compiled, namespace)
    if inspect.iscoroutine(result):
        await result


async def run(request: Any) -> dict[str, Any]:
    """Run one block. ``request`` (a JS object or dict) holds code, filename, session, fresh, setup, stdin, cwd.

    Returns ``{status, error, errorFile, errorLine}`` where status is done, error or stopped.
    """
    req = request.to_py() if hasattr(request, "to_py") else dict(request)
    filename = req["filename"]
    session = req["session"]
    cwd = req.get("cwd") or "/home/pyodide"
    os.makedirs(cwd, exist_ok=True)
    os.chdir(cwd)
    if req.get("fresh") or session not in _sessions:
        _sessions[session] = _namespace(filename)
    namespace = _sessions[session]
    namespace["__file__"] = filename
    _current.stdin = list(req.get("stdin") or [])
    _reset_gui()
    saved = sys.stdout, sys.stderr, sys.argv
    sys.stdout, sys.stderr = _Writer("stdout"), _Writer("stderr")
    sys.argv = [filename]
    status, error, where_file, where_line = "done", None, None, None
    try:
        for setup in req.get("setup") or []:
            key = f"{session}\x00{setup['filename']}"
            if key in _setup_done:
                continue
            _setup_done.add(key)
            await _run_code(setup["code"], setup["filename"], namespace)
        await _run_code(req["code"], filename, namespace)
    except SystemExit as exc:
        code = exc.code
        if code not in (None, 0):
            status = "error"
            error = str(code) if not isinstance(code, int) else f"SystemExit: exit status {code}"
            if not isinstance(code, int):
                sys.stderr.write(error + "\n")
    except KeyboardInterrupt as exc:
        status = "stopped"
        error, where_file, where_line = _user_traceback(exc)
        sys.stderr.write(error)
    except BaseException as exc:  # noqa: BLE001 - everything the user's code raises is reported to the reader
        status = "error"
        error, where_file, where_line = _user_traceback(exc)
        sys.stderr.write(error)
    finally:
        if status != "stopped":
            _tkinter_hook("_pyroom_settle")
        _tkinter_hook("_pyroom_downloads")
        _flush()
        if status == "stopped":
            # The page closes a stopped program's windows: forget them now, not at the start of the next run
            _reset_gui()
            _discard_display()
        else:
            _flush_display()
        sys.stdout, sys.stderr, sys.argv = saved
        _current.stdin = []
    return {"status": status, "error": error, "errorFile": where_file, "errorLine": where_line}


def gui_alive() -> bool:
    """Whether the last run left tkinter windows open (the degraded mode then keeps the run live: see pump)."""
    module = sys.modules.get("tkinter")
    alive = getattr(module, "_pyroom_alive", None)
    return bool(alive and alive())


def pump(events: str) -> dict[str, Any]:
    """The degraded mode's event loop (no SharedArrayBuffer, no JSPI: mainloop() cannot wait, so it returned).
    The worker calls this when the page sends events and when a timer is due: it dispatches the events, runs due
    timers and idle work, with the program's output going to its block. Returns ``{alive, next, status}``: whether
    windows are still open, the seconds until the next timer (None: none), and how the program ended if it did."""
    module = sys.modules["tkinter"]
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Writer("stdout"), _Writer("stderr")
    status = "done"
    try:
        delay = module._pyroom_pump(json.loads(events))
    except SystemExit as exc:  # sys.exit() in a callback ends the program, as on the desktop
        delay = None
        status = "done" if exc.code in (None, 0) else "error"
        _reset_gui()
    except BaseException as exc:  # noqa: BLE001 - reported as the desktop would print it, then the program ends
        delay = None
        status = "error"
        sys.stderr.write(_user_traceback(exc)[0])
        _reset_gui()
    finally:
        _flush()
        _flush_display()
        sys.stdout, sys.stderr = saved
    return {"alive": gui_alive(), "next": delay, "status": status}


def pump_stop() -> None:
    """Stop in the degraded mode: close the live program's windows."""
    _reset_gui()


def _reset_gui() -> None:
    """A run starts with no windows: forget the previous run's Tk root and turtle screen (the page clears the pane)."""
    _discard_display()
    for name in ("turtle", "tkinter"):
        module = sys.modules.get(name)
        reset = getattr(module, "_pyroom_reset", None)
        if reset is not None:
            try:
                reset()
            except Exception:  # noqa: BLE001 - a broken previous run must not block the next one
                pass


def _tkinter_hook(name: str) -> None:
    """Call tkinter's end-of-run hook ``name`` if tkinter was imported: ``_pyroom_settle`` lays out the windows a
    program left open without an event loop; ``_pyroom_downloads`` offers a file it saved through filedialog when no
    event loop ran after it was written (tkinter offers it at idle time otherwise)."""
    hook = getattr(sys.modules.get("tkinter"), name, None)
    if hook is not None:
        try:
            hook()
        except Exception:  # noqa: BLE001 - a failing hook must not hide the run's result
            pass


def _discard_display() -> None:
    from . import display

    current = display.get_display()
    if isinstance(current, BrowserDisplay):
        current._ops.clear()


def _flush_display() -> None:
    from . import display

    try:
        display.get_display().flush()
    except Exception:  # noqa: BLE001
        pass


def forget_session(session: str) -> None:
    """Drop a session's namespace and setup record (the page's Reset of a session)."""
    _sessions.pop(session, None)
    for key in [k for k in _setup_done if k.startswith(session + "\x00")]:
        _setup_done.discard(key)
