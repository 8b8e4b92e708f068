"""Animation pace: at speeds 1..10 with the default delay, Pyroom's turtle takes as long as CPython's.

Each measurement runs in its own subprocess under Xvfb (a square of side 100 and a circle of radius 50, see
turtle_runner.run_pace); both modules are measured in the same test run, alternately, twice each, keeping the
shorter time. Tolerance: within ±25% of CPython's time. Slow (about a minute).
"""

from __future__ import annotations

import pytest

from .turtle_xvfb import plain_cwd, run_job, xvfb_env  # noqa: F401  (fixtures)


@pytest.mark.slow
@pytest.mark.parametrize("speed", range(1, 11))
def test_pace_matches_desktop(speed, xvfb_env, plain_cwd):  # noqa: F811
    times = {"cpython": [], "pyroom": []}
    for _ in range(2):
        for impl in times:
            times[impl].append(run_job(impl, f"pace:{speed}", env=xvfb_env, cwd=plain_cwd)["elapsed"])
    ref, ours = min(times["cpython"]), min(times["pyroom"])
    assert 0.75 * ref <= ours <= 1.25 * ref, f"speed {speed}: Pyroom {ours:.3f}s, CPython {ref:.3f}s"
