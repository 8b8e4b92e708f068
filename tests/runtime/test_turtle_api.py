"""Pyroom's turtle has the public API of CPython's: names, signatures, defaults and plain-value behaviour.

No display needed: nothing here opens a window. Pyroom's module is loaded as ``pyroom_turtle`` so it does not
shadow CPython's ``turtle``.
"""

from __future__ import annotations

import glob
import importlib.util
import inspect
import math
import re
import sys
import tkinter
import turtle as cturtle
from pathlib import Path

import pytest

from .turtle_runner import PYROOM_TURTLE

# Added after the CPython that runs the tests (3.13: teleport; 3.14: fill, poly, no_animation, save).
NEWER_NAMES = {"teleport", "fill", "poly", "no_animation", "save"}


@pytest.fixture(scope="module")
def pt():
    spec = importlib.util.spec_from_file_location("pyroom_turtle", PYROOM_TURTLE)
    module = importlib.util.module_from_spec(spec)
    sys.modules["pyroom_turtle"] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules["pyroom_turtle"]


def _stdlib_all_lists() -> list[set[str]]:
    """__all__ of this CPython's turtle and of any other installed CPython's turtle.py (read, not imported)."""
    result = [set(cturtle.__all__)]
    for path in glob.glob("/root/.pyenv/versions/3.*/lib/python3.*/turtle.py"):
        text = Path(path).read_text()
        names = set()
        for body in re.findall(r"^_tg_\w+ = \[(.*?)\]", text, flags=re.M | re.S):
            names |= set(re.findall(r"'(\w+)'", body))
        if names:
            result.append(names)
    return result


def test_all_names_present(pt):
    expected = set().union(*_stdlib_all_lists()) | NEWER_NAMES
    missing = sorted(name for name in expected if not hasattr(pt, name))
    assert not missing
    assert set(cturtle.__all__) <= set(pt.__all__)
    assert NEWER_NAMES <= set(pt.__all__)


def _params(func):
    sig = inspect.signature(func)
    return [(p.name, p.kind, p.default) for p in sig.parameters.values()]


def test_module_functions_have_cpython_signatures(pt):
    different = []
    for name in cturtle.__all__:
        ours, theirs = getattr(pt, name), getattr(cturtle, name)
        if inspect.isclass(theirs) or not callable(theirs):
            continue
        if name in ("Screen",):
            continue
        if _params(ours) != _params(theirs):
            different.append(f"{name}: {inspect.signature(ours)} != {inspect.signature(theirs)}")
    assert not different


@pytest.mark.parametrize("cls", ["RawTurtle", "Turtle", "TurtleScreen", "ScrolledCanvas", "Shape", "Vec2D"])
def test_class_methods_have_cpython_signatures(pt, cls):
    theirs_cls, ours_cls = getattr(cturtle, cls), getattr(pt, cls)
    different = []
    for name, theirs in inspect.getmembers(theirs_cls, inspect.isfunction):
        if name.startswith("_") and name not in ("__init__",):
            continue
        if cls == "ScrolledCanvas" and (name not in vars(theirs_cls) or hasattr(tkinter.Canvas, name)):
            continue  # Frame/Canvas methods (ours forwards any Canvas method): the tkinter module's business
        ours = getattr(ours_cls, name, None)
        if ours is None:
            different.append(f"{name}: missing")
        elif _params(ours) != _params(theirs):
            different.append(f"{name}: {inspect.signature(ours)} != {inspect.signature(theirs)}")
    assert not different


def test_screen_methods(pt):
    for name in dir(cturtle._Screen):
        if not name.startswith("_"):
            assert hasattr(pt._Screen, name), name


def test_vec2d(pt):
    a, b = pt.Vec2D(3, 4), pt.Vec2D(1, -2)
    assert a + b == (4, 2) and a - b == (2, 6) and a * b == -5
    assert 2 * a == (6, 8) and a * 2 == (6, 8) and -a == (-3, -4) and abs(a) == 5
    assert repr(a) == "(3.00,4.00)"
    r = a.rotate(90)
    c = cturtle.Vec2D(3, 4).rotate(90)
    assert math.isclose(r[0], c[0], abs_tol=1e-12) and math.isclose(r[1], c[1], abs_tol=1e-12)
    assert isinstance(a, tuple)


def test_shape_and_errors(pt):
    with pytest.raises(pt.TurtleGraphicsError):
        pt.Shape("hexagon")
    s = pt.Shape("compound")
    s.addcomponent(((0, 0), (1, 1), (1, 0)), "red")
    assert s._data == [[((0, 0), (1, 1), (1, 0)), "red", "red"]]
    with pytest.raises(pt.TurtleGraphicsError):
        pt.Shape("polygon", [(0, 0)]).addcomponent((), "red")
    assert issubclass(pt.Terminator, Exception)
    assert pt.RawPen is pt.RawTurtle and pt.Pen is pt.Turtle
    assert pt.done is pt.mainloop


def test_config_file_is_read(pt, tmp_path, monkeypatch):
    (tmp_path / "turtle.cfg").write_text("# comment\nwidth = 0.75\ncanvwidth = 800\nshape = turtle\nfillcolor = ''\n")
    monkeypatch.chdir(tmp_path)
    cfg = {}
    pt.readconfig(cfg)
    assert cfg == {"width": 0.75, "canvwidth": 800, "shape": "turtle", "fillcolor": ""}
