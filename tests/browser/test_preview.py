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
    canvas.click(position={"x": 85, "y": 75})  # on the oval (item 2)
    dialog = page.locator("#raw-display .pyroom-tk-dialog")
    dialog.locator("input").fill("Ada")
    dialog.locator("input").press("Enter")
    page.locator("#raw-display .pyroom-tk-dialog button[data-answer=yes]").click()
    result = page.evaluate("window.__r")
    assert result["status"] == "done", result
    assert result["stdout"].splitlines() == [
        "pane wide True measured True",
        "[('ButtonPress', '.!canvas', 2)]",
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
