"""Fixtures for Pyroom's own tkinter (static/python/tkinter) on plain CPython.

The shim is imported under its real name, ``tkinter``, only inside the ``tk`` fixture: the fixture moves the real
tkinter modules out of ``sys.modules`` and puts them back afterwards, so every other test module still imports the
real tkinter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STATIC_PYTHON = REPO / "static" / "python"
_SHIM_MODULES: dict[str, dict] = {}  # directory -> its modules, imported once and kept between blocks


def _ours(name: str) -> bool:
    return name in ("tkinter", "pyroom_runtime") or name.startswith(("tkinter.", "pyroom_runtime."))


@contextmanager
def shim_modules(directory: Path = STATIC_PYTHON):
    """Make ``import tkinter`` (and ``pyroom_runtime``) give Pyroom's, from ``directory``, for the duration of the
    block; the modules of those names imported before are back afterwards."""
    saved = {name: sys.modules.pop(name) for name in list(sys.modules) if _ours(name)}
    sys.modules.update(_SHIM_MODULES.get(str(directory), {}))
    sys.path.insert(0, str(directory))
    try:
        import tkinter

        assert Path(tkinter.__file__).is_relative_to(directory), tkinter.__file__
        yield tkinter
    finally:
        sys.path.remove(str(directory))
        _SHIM_MODULES[str(directory)] = {name: sys.modules.pop(name) for name in list(sys.modules) if _ours(name)}
        sys.modules.update(saved)


class Env:
    """What a test gets: the shim module, its display (a RecordingDisplay on a fake clock) and helpers."""

    def __init__(self, tk, display, clock):
        self.tk = tk
        self.display = display
        self.clock = clock

    def run(self, source: str, **names):
        """Run a program as a script (``import tkinter`` inside it gives the shim); returns its namespace."""
        ns = {"__name__": "__main__", **names}
        exec(compile(source, "<program>", "exec"), ns)
        return ns

    def ops(self, kind=None):
        return [op for op in self.display.ops if kind is None or op[0] == kind]


@pytest.fixture
def tk():
    """Pyroom's tkinter module with a fresh RecordingDisplay; yields an Env (env.tk is the module)."""
    with shim_modules() as tkinter:
        from pyroom_runtime import display as dispmod

        clock = dispmod.FakeClock()
        display = dispmod.RecordingDisplay(clock=clock)
        dispmod.set_display(display)
        tkinter._pyroom_reset()
        display.ops.clear()
        try:
            yield Env(tkinter, display, clock)
        finally:
            tkinter._pyroom_reset()
            dispmod.set_display(None)


# -- Xvfb for the differential tests ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def xvfb():
    """A virtual X display at 96 dpi (the dpi the shim assumes); skips when Xvfb is not installed."""
    exe = shutil.which("Xvfb")
    if exe is None:
        pytest.skip("Xvfb is not installed (apt-get install -y xvfb)")
    for num in range(91, 120):
        if not os.path.exists(f"/tmp/.X{num}-lock"):
            break
    proc = subprocess.Popen([exe, f":{num}", "-screen", "0", "1280x1024x24", "-dpi", "96", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if os.path.exists(f"/tmp/.X11-unix/X{num}"):
            break
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.skip("Xvfb did not start")
    yield f":{num}"
    proc.terminate()
    proc.wait(5)
