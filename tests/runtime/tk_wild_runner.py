"""Run tk_wild_programs with real tkinter and with Pyroom's tkinter; print both observations (and what each program
printed) as JSON.

Usage (needs an X display): python tk_wild_runner.py STATIC_PYTHON_DIR [MODULE [program ...]]
MODULE (a file next to this one holding a WILD dict) defaults to tk_wild_programs.
The observation and the font set-up are tk_diff_runner's: Pyroom's font queries are answered with the real Tk's
metrics, so that geometry can match exactly.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys


def _exec(source, name):
    ns = {"__name__": "__main__"}
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(source, name, "exec"), ns)
    return ns, buf.getvalue()


def run():
    static = os.path.abspath(sys.argv[1])
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import importlib

    import tk_diff_runner as base

    progs = importlib.import_module(sys.argv[2] if len(sys.argv) > 2 else "tk_wild_programs")
    names = sys.argv[3:] or list(progs.WILD)
    import tkinter as real

    out = {}
    for name in names:
        real._checkbutton_count = 0  # numbered from 1, as in the new process a reader's run is
        ns, printed = _exec(progs.WILD[name], name)
        obs = base.observe(real, ns)
        obs["printed"] = printed
        out[name] = {"real": obs}
        try:
            ns["root"].destroy()
        except Exception:
            pass

    shim, fresh_display = base.shim_with_real_fonts(real, static)
    for name in names:
        fresh_display()
        try:
            ns, printed = _exec(progs.WILD[name], name)
            obs = base.observe(shim, ns)
            obs["printed"] = printed
            out[name]["shim"] = obs
        except Exception as exc:  # reported as a difference
            import traceback

            out[name]["shim"] = {"error": "".join(traceback.format_exception(exc))}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    run()
