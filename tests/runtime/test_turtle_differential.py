"""Differential tests: Pyroom's turtle and CPython's turtle draw the same canvas items.

Each program runs twice in its own subprocess on a real tkinter Canvas under Xvfb, once with CPython's `turtle`
and once with `static/python/turtle.py` (installed as `turtle` in that subprocess only), from a folder whose
turtle.cfg sets `delay = 0` so that animations do not wait (both modules read it). After `update()` every canvas
of the window is dumped: for each item in stacking order its type, coords rounded to 0.01, and fill, outline,
width, capstyle, text, anchor, font and image size; plus each canvas's background and scroll region.

Tolerance: coordinates may differ by at most 0.01 (one rounding step); everything else must be equal.

turtledemo programs come from the running CPython's standard library. Programs that end in the event loop
(colormixer, minimal_hanoi, nim, paint, sorting_animate, two_canvases) are compared on what they drew before
waiting for clicks or keys. Skipped, with the reason, in SKIPPED.
"""

from __future__ import annotations

import importlib.util
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .turtle_runner import OWN, OWN_MIN_VERSION, SCRIPTS
from .turtle_xvfb import fast_cwd, newer_cpython, plain_cwd, run_job, xvfb_env  # noqa: F401  (fixtures)

COORD_TOLERANCE = 0.01

SKIPPED = {
    "__main__": "the turtledemo viewer itself (a tkinter application with menus), not a drawing program",
    "clock": "endless ontimer() loop that draws the current wall-clock time: no final drawing to compare",
    "round_dance": "endless animation that only a key press ends",
}
# Correct but long (about a minute each even without delays): only in the slow suite.
SLOW_DEMOS = {"penrose", "planet_and_moon"}


def _demo_names() -> list[str]:
    spec = importlib.util.find_spec("turtledemo")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")


DEMOS = [name for name in _demo_names() if name not in SKIPPED]


def _demo_param(name):
    return pytest.param(name, marks=pytest.mark.slow, id=name) if name in SLOW_DEMOS else pytest.param(name, id=name)


# Run alone, after the parallel batch: synthetic key events need the X keyboard focus, which windows of
# programs running at the same time would take away.
SERIAL = {"events"}

_cache: dict[tuple[str, str], object] = {}


@pytest.fixture(scope="module")
def prefetch(xvfb_env, fast_cwd):  # noqa: F811
    """Run the quick programs in parallel once, so the whole module stays fast."""
    jobs = [(impl, f"demo:{name}") for name in DEMOS if name not in SLOW_DEMOS for impl in ("cpython", "pyroom")]
    jobs += [
        (impl, f"own:{name}")
        for name in OWN
        if name not in OWN_MIN_VERSION and name not in SERIAL
        for impl in ("cpython", "pyroom")
    ]

    def work(job):
        try:
            return job, run_job(*job, env=xvfb_env, cwd=fast_cwd)
        except Exception as exc:  # reported by the test that needs it
            return job, exc

    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) + 1)) as pool:
        for job, result in pool.map(work, jobs):
            _cache[job] = result
    return _cache


def _result(impl, job, env, cwd, python=None):
    result = _cache.get((impl, job))
    if result is None:
        result = run_job(impl, job, env=env, cwd=cwd, python=python)
    if isinstance(result, Exception):
        raise result
    return result


def _describe(item):
    return ", ".join(f"{k}={v!r}" for k, v in item.items())


def assert_same_drawing(reference: dict, ours: dict) -> None:
    assert len(ours["canvases"]) == len(reference["canvases"]), "different number of canvases"
    for index, (ref, got) in enumerate(zip(reference["canvases"], ours["canvases"], strict=True)):
        where = f"canvas {index}"
        assert got["bg"] == ref["bg"], f"{where}: background"
        assert got["scrollregion"] == ref["scrollregion"], f"{where}: scroll region"
        assert len(got["items"]) == len(ref["items"]), (
            f"{where}: {len(got['items'])} items, CPython has {len(ref['items'])}"
        )
        for n, (a, b) in enumerate(zip(ref["items"], got["items"], strict=True)):
            same_coords = len(a["coords"]) == len(b["coords"]) and all(
                abs(x - y) <= COORD_TOLERANCE + 1e-9 for x, y in zip(a["coords"], b["coords"], strict=True)
            )
            rest_a = {k: v for k, v in a.items() if k != "coords"}
            rest_b = {k: v for k, v in b.items() if k != "coords"}
            assert same_coords and rest_a == rest_b, (
                f"{where}, item {n} (stacking order) differs:\n  CPython: {_describe(a)}\n  Pyroom:  {_describe(b)}"
            )


@pytest.mark.parametrize("name", [_demo_param(n) for n in DEMOS])
def test_turtledemo_same_drawing(name, prefetch, xvfb_env, fast_cwd):  # noqa: F811
    reference = _result("cpython", f"demo:{name}", xvfb_env, fast_cwd)
    ours = _result("pyroom", f"demo:{name}", xvfb_env, fast_cwd)
    assert sum(len(c["items"]) for c in reference["canvases"]) > 1, "the demo drew nothing"
    assert_same_drawing(reference, ours)


@pytest.mark.parametrize("name", sorted(OWN))
def test_own_program_same_drawing(name, prefetch, xvfb_env, fast_cwd):  # noqa: F811
    python = None
    if name in OWN_MIN_VERSION and name == "teleport":
        python = newer_cpython("teleport")
        if python is None:
            pytest.skip("needs a CPython >= 3.13 with Tk as reference for teleport()")
    # Programs using 3.14 context managers run a begin_/end_ equivalent on an older reference CPython.
    reference = _result("cpython", f"own:{name}", xvfb_env, fast_cwd, python=python)
    ours = _result("pyroom", f"own:{name}", xvfb_env, fast_cwd)
    assert_same_drawing(reference, ours)


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_script_same_result(name, xvfb_env, fast_cwd):  # noqa: F811
    """Programs judged by what they compute (e.g. Terminator after bye()), not by a drawing."""
    reference = run_job("cpython", f"script:{name}", env=xvfb_env, cwd=fast_cwd)
    assert run_job("pyroom", f"script:{name}", env=xvfb_env, cwd=fast_cwd) == reference


def test_skipped_demos_are_known():
    """Every skipped demo exists (so the list is kept honest when CPython's turtledemo changes)."""
    names = set(_demo_names())
    assert set(SKIPPED) <= names


def test_animation_steps_match(xvfb_env, plain_cwd):  # noqa: F811
    """Same number of screen updates and delays per figure at every speed 0..10 (the animation pace)."""
    reference = run_job("cpython", "count:all", env=xvfb_env, cwd=plain_cwd)
    ours = run_job("pyroom", "count:all", env=xvfb_env, cwd=plain_cwd)
    assert ours == reference
    assert reference["1"]["update"] > reference["10"]["update"] > reference["0"]["update"]
