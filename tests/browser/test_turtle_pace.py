"""Animation pace in the page: at speeds 1 to 10 with turtle's default delay, drawing the reference figure takes as
long as on the desktop.

The figure is turtle_runner.run_pace's (a square of side 100 and a circle of radius 50), timed with
``time.perf_counter()`` inside the program: in the page (Chromium + Pyodide, Pyroom's turtle through its tkinter shim,
sleeping on the synchronous channel) and on the desktop (CPython's turtle on Tk under Xvfb, in a subprocess), in the
same test run, alternately, twice each, keeping the shorter time. Tolerance: within ±25% of the desktop's time, as
the issue asks. Slow (about a minute and a half).
"""

from __future__ import annotations

import re

import pytest

from tests.runtime.turtle_xvfb import plain_cwd, run_job, xvfb_env  # noqa: F401  (fixtures)

from .conftest import open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BLOCK = "pace-block"

FIGURE = """\
import time, turtle
screen = turtle.Screen()
t = turtle.Turtle()
t.speed({speed})
start = time.perf_counter()
for _ in range(4):
    t.fd(100)
    t.lt(90)
t.circle(50)
elapsed = time.perf_counter() - start
screen.update()
print("elapsed", elapsed)
"""

RUN = """async ([id, code]) => {
  const block = window.pyroom.get(id);
  block.code = code;
  return await block.run();
}"""


@pytest.fixture(scope="module")
def pace_page(chromium, server):
    page = open_page(chromium, server + "/turtle_pace.html")
    page.evaluate("window.pyroom.boot()")
    yield page
    assert page.errors == [], page.errors
    page.context.close()


def _in_page(page, speed: int) -> float:
    result = page.evaluate(RUN, [BLOCK, FIGURE.format(speed=speed)])
    assert result["status"] == "done", result
    return float(re.search(r"elapsed ([0-9.e-]+)", result["stdout"]).group(1))


@pytest.mark.parametrize("speed", range(1, 11))
def test_pace_in_page_matches_desktop(speed, pace_page, xvfb_env, plain_cwd):  # noqa: F811
    desktop, page = [], []
    for _ in range(2):
        desktop.append(run_job("cpython", f"pace:{speed}", env=xvfb_env, cwd=plain_cwd)["elapsed"])
        page.append(_in_page(pace_page, speed))
    ref, ours = min(desktop), min(page)
    assert 0.75 * ref <= ours <= 1.25 * ref, f"speed {speed}: page {ours:.3f}s, desktop {ref:.3f}s"
