"""Differential tests: the same programs under real Tk 8.6 (CPython's tkinter, Xvfb at 96 dpi) and under Pyroom's
tkinter, whose font queries are answered with that Tk's metrics.

Compared exactly: canvas item ids, types, coordinates, tags, main options (fill, outline, width, arrow, style,
start, extent, anchor, text, smooth, dash, capstyle), item bounding boxes, the programs' RESULT values (finds, views,
grid queries), widget classes, and for classic widgets the requested sizes and the pack/grid/place geometry.
Tolerances, where Pyroom's formulas are approximations of Tk's C code (written down in TOLERANCE): a few pixels for
the Scale, the Spinbox arrows, the Menubutton indicator and the LabelFrame border; 1 pixel for arc bounding boxes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from . import tk_diff_programs as programs

HERE = Path(__file__).resolve().parent
STATIC = HERE.parents[1] / "static" / "python"

# class -> pixels a requested size or geometry may differ by
TOLERANCE = {"Scale": 4, "Spinbox": 4, "Menubutton": 4, "Labelframe": 4}


def run_observations(xvfb, runner: str, timeout: float, *args: str) -> dict:
    """What `runner` (a script next to this file) prints: each program's observations on real Tk and on the shim."""
    env = dict(os.environ, DISPLAY=xvfb)
    proc = subprocess.run([sys.executable, str(HERE / runner), str(STATIC), *args], env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def observations(xvfb):
    return run_observations(xvfb, "tk_diff_runner.py", 120)


def _differences(real, shim):
    if "error" in shim:
        return [shim["error"]]
    out = []
    if real["result"] != shim["result"]:
        out.append(f"RESULT: real {real['result']!r} != pyroom {shim['result']!r}")
    rw = {w["path"]: w for w in real["widgets"]}
    sw = {w["path"]: w for w in shim["widgets"]}
    if list(rw) != list(sw):
        out.append(f"widget trees differ: {list(rw)} != {list(sw)}")
    for path, a in rw.items():
        b = sw.get(path)
        if b is None:
            continue
        tol = TOLERANCE.get(a["class"], 0)
        for key in ("class", "req", "geom"):
            va, vb = a.get(key), b.get(key)
            if key != "class" and va and vb and all(abs(x - y) <= tol for x, y in zip(va, vb, strict=False)):
                continue
            if va != vb:
                out.append(f"{path} ({a['class']}) {key}: real {va} != pyroom {vb}")
        for ia, ib in zip(a.get("items", []), b.get("items", []), strict=False):
            for k, v in ia.items():
                if k == "bbox" and ia["type"] == "arc" and v and ib.get(k):
                    if all(abs(x - y) <= 1 for x, y in zip(v, ib[k], strict=False)):
                        continue  # arcs: Tk's end points are computed on the outline; 1 px
                if ib.get(k) != v:
                    out.append(f"{path} item {ia['id']} ({ia['type']}) {k}: real {v!r} != pyroom {ib.get(k)!r}")
        if len(a.get("items", [])) != len(b.get("items", [])):
            out.append(f"{path}: {len(a['items'])} items != {len(b['items'])}")
    return out


@pytest.mark.parametrize("name", list(programs.CANVAS))
def test_canvas_programs_match_real_tk(observations, name):
    obs = observations[name]
    assert _differences(obs["real"], obs["shim"]) == []


@pytest.mark.parametrize("name", list(programs.WIDGETS) + list(programs.TTK) + list(programs.API)
                         + list(programs.TUTORIALS))
def test_widget_programs_match_real_tk(observations, name):
    obs = observations[name]
    assert _differences(obs["real"], obs["shim"]) == []
