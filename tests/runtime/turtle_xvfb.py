"""Helpers for the turtle tests: an Xvfb display for the session and running turtle_runner.py in subprocesses."""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

RUNNER = Path(__file__).with_name("turtle_runner.py")


def _free_display() -> int:
    for number in range(71, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="session")
def xvfb_env():
    """Environment for subprocesses with DISPLAY set to a private Xvfb (skips the tests if Xvfb is missing)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install -y xvfb)")
    number = _free_display()
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    env = dict(os.environ, DISPLAY=f":{number}")
    yield env
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def fast_cwd(tmp_path_factory) -> Path:
    """A working directory whose turtle.cfg sets the default delay to 0 (read by both turtle modules)."""
    path = tmp_path_factory.mktemp("turtle_fast")
    (path / "turtle.cfg").write_text("delay = 0\n")
    return path


@pytest.fixture(scope="session")
def plain_cwd(tmp_path_factory) -> Path:
    """A working directory without turtle.cfg: desktop defaults."""
    return tmp_path_factory.mktemp("turtle_plain")


def run_job(impl: str, job: str, env: dict, cwd: Path, timeout: float = 240, python: str | None = None) -> dict:
    """Run one job of turtle_runner.py and return its JSON answer (raises with stderr on failure)."""
    proc = subprocess.run(
        [python or sys.executable, str(RUNNER), impl, job],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if proc.returncode != 0 or not proc.stdout.strip():
        raise AssertionError(f"{impl} {job} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def newer_cpython(feature: str) -> str | None:
    """A CPython with Tk whose turtle has ``feature`` (e.g. teleport), to serve as reference; None if none."""
    candidates = [shutil.which(name) for name in ("python3.14", "python3.13")]
    candidates += sorted(glob.glob("/root/.pyenv/versions/3.1[3-9]*/bin/python3"), reverse=True)
    for exe in filter(None, candidates):
        check = f"import tkinter, turtle; assert hasattr(turtle, {feature!r})"
        try:
            ok = subprocess.run([exe, "-c", check], capture_output=True, timeout=30).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            ok = False
        if ok:
            return exe
    return None
