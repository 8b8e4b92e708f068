"""The preview pane as a display server: drawing, events back to the program, blocking queries and dialogs."""

from __future__ import annotations

import pytest

from .conftest import wait_state

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("isolated", [True, False], ids=["sab", "jspi"])
def test_display_round_trip(fresh, server, plain_server, isolated):
    page = fresh((server if isolated else plain_server) + "/display.html")
    page.evaluate("window.__r = window.pyroom.get('raw-display').run(), 0")
    wait_state(page, "raw-display", "live")
    canvas = page.locator("#raw-display .pyroom-tk-canvas")
    assert canvas.locator("[data-item]").count() == 3
    # Program text is drawn as text.
    assert canvas.locator("text").text_content() == "<b>hi</b>"
    assert canvas.locator("b").count() == 0
    canvas.click(position={"x": 85, "y": 75})  # on the oval: the event carries the point, the shim picks the item
    dialog = page.locator("#raw-display .pyroom-tk-dialog")
    dialog.locator("input").fill("Ada")
    dialog.locator("input").press("Enter")
    page.locator("#raw-display .pyroom-tk-dialog button[data-answer=yes]").click()
    result = page.evaluate("window.__r")
    assert result["status"] == "done", result
    assert result["stdout"].splitlines() == [
        "pane wide True measured True",
        "[('ButtonPress', '.!canvas', 85, 75, False)]",
        "then [('ButtonRelease', '.!canvas', 1, 256)]",
        "timeout []",
        "answer Ada",
        "choice yes",
    ]


def test_running_again_or_stopping_clears_the_pane(fresh, server):
    page = fresh(server + "/display.html")
    page.evaluate("window.__r = window.pyroom.get('raw-display').run(), 0")
    wait_state(page, "raw-display", "live")
    assert page.locator("#raw-display .pyroom-tk-window").count() == 1
    page.click("#raw-display button[aria-label=Stop]")
    assert page.evaluate("window.__r")["status"] == "stopped"
    assert page.locator("#raw-display .pyroom-tk-window").count() == 0
    assert page.locator("#raw-display .pyroom-preview").is_hidden()


def test_turtle_draws_in_the_pane_and_waits_live(fresh, server):
    page = fresh(server + "/previews.html")
    page.evaluate("window.__t = window.pyroom.get('turtle-square').run(), 0")
    wait_state(page, "turtle-square", "live")
    pane = page.locator("#turtle-square .pyroom-preview")
    assert pane.locator(".pyroom-tk-title").inner_text() == "Python Turtle Graphics"
    # The square's four sides end up as one polyline of the turtle's track, and the turtle's arrow shape.
    tracks = pane.locator("svg [data-item] polyline, svg polyline[data-item]").evaluate_all(
        "els => els.map(e => e.getAttribute('points'))"
    )
    assert any(len(points.split()) >= 5 for points in tracks), tracks
    assert pane.locator("svg [data-item] polygon, svg polygon[data-item]").count() >= 1
    page.click("#turtle-square button[aria-label=Stop]")
    result = page.evaluate("window.__t")
    # Back home after four sides (floating-point leaves -0.00 on the desktop too).
    assert result["stdout"] in ("position (0.00,0.00)\n", "position (-0.00,0.00)\n")
    assert result["status"] == "stopped"


def test_tkinter_window_takes_clicks_and_code_after_mainloop_runs_when_closed(fresh, server):
    page = fresh(server + "/previews.html")
    page.evaluate("window.__c = window.pyroom.get('tk-counter').run(), 0")
    wait_state(page, "tk-counter", "live")
    window = page.locator("#tk-counter .pyroom-tk-window")
    assert window.locator(".pyroom-tk-title").inner_text() == "Counter"
    add = window.locator("button.pyroom-tk", has_text="Add")
    add.click()
    add.click()
    label = window.locator(".pyroom-tk-label")
    page.wait_for_function(
        "document.querySelector('#tk-counter .pyroom-tk-label').textContent === 'Count: 2'"
    )
    assert label.inner_text() == "Count: 2"
    window.locator("button[aria-label='Close window']").click()
    result = page.evaluate("window.__c")
    assert result["status"] == "done", result
    assert result["stdout"] == "closed with 2\n"


def test_preview_none_runs_the_program_without_showing_a_pane(fresh, server):
    page = fresh(server + "/previews.html")
    result = page.evaluate("window.pyroom.get('no-pane').run()")
    assert result["stdout"] == "heading 0.0\n", result
    assert page.locator("#no-pane .pyroom-preview").is_hidden()
