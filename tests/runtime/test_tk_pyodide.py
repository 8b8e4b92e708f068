"""Pyroom's tkinter inside real Pyodide (Node + the npm package): it imports and runs on Python 3.14."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def test_shim_runs_in_pyodide():
    node = shutil.which("node")
    if node is None or not (REPO / "node_modules" / "pyodide" / "pyodide.mjs").exists():
        pytest.skip("node or the pyodide npm package is missing")
    proc = subprocess.run([node, str(HERE / "tk_pyodide_smoke.mjs"), str(REPO)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["file"].startswith("/home/pyodide/shim/tkinter")
    assert result["items"] == 100 and result["hits"] == [[3, 4]] and result["value"] == "typed"
    # the shim lists what it does not implement by reading its own sources: the same list as under CPython
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import tkinter; "
            "print(len(tkinter._pyroom_unsupported()))")
    here = subprocess.run([sys.executable, "-c", code, str(REPO / "static" / "python")], capture_output=True,
                          text=True, check=True)
    assert result["answer"] is True and result["unsupported"] == int(here.stdout) > 0
