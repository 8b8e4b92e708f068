"""Turtle in the page, through the real thing (Chromium + Pyodide): games driven by keys and timers, dialogs, endless
animations that stay responsive and bounded, clicks at turtle coordinates, fast drawing, several turtle blocks on a
page, text, fitting the pane, and downloading the drawing as SVG and PNG (pages: site/turtle*.rst)."""

from __future__ import annotations

import re
import struct
import time
import xml.etree.ElementTree as ET

import pytest

from .conftest import wait_state

pytestmark = pytest.mark.browser

SVG_NS = "{http://www.w3.org/2000/svg}"


def start(page, block: str) -> None:
    """Run a block without waiting for its result (kept in window.__runs[block])."""
    page.evaluate(
        "id => { window.__runs = window.__runs || {}; window.__runs[id] = window.pyroom.get(id).run(); }", block
    )


def result(page, block: str) -> dict:
    return page.evaluate("id => window.__runs[id]", block)


def stdout(page, block: str) -> str:
    return page.evaluate("id => window.pyroom.get(id).stdout", block)


def wait_output(page, block: str, pattern: str, timeout: float = 30_000) -> None:
    """Wait until the block's stdout matches the regular expression ``pattern``."""
    page.wait_for_function(
        "([id, pattern]) => new RegExp(pattern, 'm').test(window.pyroom.get(id).stdout)",
        arg=[block, pattern],
        timeout=timeout,
    )


def canvas_texts(page, block: str) -> list[str]:
    return page.locator(f"#{block} .pyroom-preview svg text").all_text_contents()


def item_count(page, block: str) -> int:
    return page.evaluate("id => document.querySelectorAll(`#${id} .pyroom-preview svg [data-item]`).length", block)


def test_snake_game_plays_with_keys_and_timer(fresh, server):
    page = fresh(server + "/turtle.html")
    start(page, "turtle-snake")
    wait_state(page, "turtle-snake", "live")
    wait_output(page, "turtle-snake", r"^score 0$")
    # The score is written on the canvas too, as text.
    page.wait_for_function("() => [...document.querySelectorAll('#turtle-snake svg text')]"
                           ".some(t => t.textContent === 'Score: 0')")
    page.locator("#turtle-snake .pyroom-tk-canvas").click()
    # The snake rests until a key is pressed: nothing is eaten without keys.
    time.sleep(0.3)
    assert "score 1" not in stdout(page, "turtle-snake")
    for key, expected in (("ArrowRight", 1), ("ArrowUp", 2), ("ArrowLeft", 3)):
        page.keyboard.press(key)
        wait_output(page, "turtle-snake", rf"^score {expected}$")
        page.wait_for_function(
            "text => [...document.querySelectorAll('#turtle-snake svg text')].some(t => t.textContent === text)",
            arg=f"Score: {expected}",
        )
    assert "crashed" not in stdout(page, "turtle-snake")
    assert canvas_texts(page, "turtle-snake") == ["Score: 3"]  # the old scores were cleared
    page.click("#turtle-snake button[aria-label=Stop]")
    assert result(page, "turtle-snake")["status"] == "stopped"


def test_textinput_and_numinput_dialogs_return_what_the_reader_typed(fresh, server):
    page = fresh(server + "/turtle.html")
    start(page, "turtle-dialogs")
    dialog = page.locator("#turtle-dialogs .pyroom-tk-dialog")
    dialog.wait_for()
    assert dialog.get_attribute("aria-label") == "Name"
    assert dialog.locator(".pyroom-tk-dialog-message").inner_text() == "Your name?"
    dialog.locator("input").fill("Grace <Hopper>")
    dialog.locator("button[data-answer=ok]").click()
    page.wait_for_function(
        "() => document.querySelector('#turtle-dialogs .pyroom-tk-dialog')?.getAttribute('aria-label') === 'Size'"
    )
    number = page.locator("#turtle-dialogs .pyroom-tk-dialog input")
    assert number.input_value() == "50"
    number.fill("500")  # above maxval: the dialog says so and stays
    number.press("Enter")
    assert "maximum" in page.locator("#turtle-dialogs .pyroom-tk-dialog-error").inner_text()
    number.fill("80")
    number.press("Enter")
    wait_state(page, "turtle-dialogs", "done", "error")
    outcome = result(page, "turtle-dialogs")
    assert outcome["status"] == "done", outcome
    assert outcome["stdout"] == "name 'Grace <Hopper>' size 80.0\n"
    assert canvas_texts(page, "turtle-dialogs") == ["Grace <Hopper>"]


def _heap_mb(cdp) -> float:
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return metrics["JSHeapUsedSize"] / 1e6


def _ping_ms(page) -> float:
    start_ = time.perf_counter()
    page.evaluate("1 + 1")
    return (time.perf_counter() - start_) * 1000


@pytest.mark.parametrize("block", ["turtle-endless-loop", "turtle-endless-timer"])
def test_endless_animation_stays_responsive_bounded_and_stops(fresh, server, block):
    page = fresh(server + "/turtle.html")
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    start(page, block)
    wait_output(page, block, r"^(frame|tick) \d+$")
    counts, heaps, pings = [], [], []
    for _ in range(8):
        time.sleep(0.5)
        pings.append(_ping_ms(page))
        counts.append(item_count(page, block))
        page.evaluate("() => window.gc?.()")
        heaps.append(_heap_mb(cdp))
    first = int(re.findall(r"\d+", stdout(page, block))[0])
    last = int(re.findall(r"\d+", stdout(page, block))[-1])
    assert last > first, "the animation went on"
    assert max(pings) < 500, pings  # the page answers while Python draws
    assert max(counts) <= 10, counts  # the program clears its drawing: the pane keeps few items
    assert max(heaps) < 150, heaps  # MB of JS heap
    assert heaps[-1] < heaps[1] + 20, heaps  # no steady growth
    page.click(f"#{block} button[aria-label=Stop]")
    outcome = result(page, block)
    assert outcome["status"] == "stopped", outcome
    assert page.locator(f"#{block} .pyroom-tk-window").count() == 0
    assert page.locator(f"#{block} .pyroom-preview").is_hidden()


def _center(page, selector: str) -> tuple[float, float]:
    box = page.locator(selector).bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_clicks_arrive_at_turtle_coordinates(fresh, server):
    page = fresh(server + "/turtle.html")
    start(page, "turtle-clicks")
    wait_state(page, "turtle-clicks", "live")
    wait_output(page, "turtle-clicks", "^ready$")
    dots = page.locator("#turtle-clicks svg [data-item]").evaluate_all(
        "els => els.filter(e => e.tagName === 'ellipse' || e.querySelector?.('ellipse')).map(e => e.dataset.item)"
    )
    assert len(dots) >= 2, dots
    for item, expected in zip(dots[:2], ["screen 100 50", "screen -80 -40"]):
        x, y = _center(page, f"#turtle-clicks svg [data-item='{item}']")
        page.mouse.click(x, y)
        wait_output(page, "turtle-clicks", f"^{expected}$")
    # The turtle (a circle shape of twice the size at (-120, 80)) hears its own clicks.
    turtle_item = page.locator("#turtle-clicks svg polygon[data-item]").last
    box = turtle_item.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2 + 5, box["y"] + box["height"] / 2)
    wait_output(page, "turtle-clicks", "^turtle -115 80$")
    page.click("#turtle-clicks button[aria-label=Stop]")


def test_fast_drawing_of_many_steps_finishes(fresh, server):
    page = fresh(server + "/turtle.html")
    start(page, "turtle-fast")
    wait_state(page, "turtle-fast", "done", "error", timeout=120_000)
    outcome = result(page, "turtle-fast")
    assert outcome["status"] == "done", outcome
    assert outcome["stdout"].startswith("finished ")
    assert item_count(page, "turtle-fast") >= 2  # the track and the turtle


def test_two_turtle_blocks_each_get_their_own_pane(fresh, server):
    page = fresh(server + "/turtle_two.html")
    start(page, "turtle-first")
    wait_state(page, "turtle-first", "live")
    first = page.locator("#turtle-first .pyroom-preview")
    assert first.locator("svg [data-item]").count() >= 1
    start(page, "turtle-second")
    wait_state(page, "turtle-second", "live")
    # Running the second ends the first's live loop and clears its pane.
    assert result(page, "turtle-first")["status"] == "stopped"
    assert page.locator("#turtle-first .pyroom-tk-window").count() == 0
    assert first.is_hidden()
    second = page.locator("#turtle-second .pyroom-preview")
    assert second.locator(".pyroom-tk-window").count() == 1
    paths = second.locator("svg [data-item] path").evaluate_all("els => els.map(e => e.getAttribute('d'))")
    assert any(d.count("L") >= 3 for d in paths), paths  # the triangle
    page.click("#turtle-second button[aria-label=Stop]")


def test_write_of_html_like_text_shows_as_text(fresh, server):
    page = fresh(server + "/turtle.html")
    start(page, "turtle-html")
    wait_state(page, "turtle-html", "live")
    assert canvas_texts(page, "turtle-html") == ['<b>bold</b> & <img src=x onerror="window.__turtleXss = 1">']
    assert page.locator("#turtle-html .pyroom-preview b, #turtle-html .pyroom-preview img").count() == 0
    assert page.evaluate("window.__turtleXss") is None
    page.click("#turtle-html button[aria-label=Stop]")


def test_canvas_fits_the_pane_at_a_narrow_viewport(fresh, server):
    page = fresh(server + "/turtle.html")
    page.set_viewport_size({"width": 700, "height": 800})
    start(page, "turtle-star")
    wait_state(page, "turtle-star", "live")
    overflow = page.evaluate("document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth")
    assert overflow <= 0, overflow
    pane = page.locator("#turtle-star .pyroom-preview").bounding_box()
    window = page.locator("#turtle-star .pyroom-tk-window").bounding_box()
    assert window["x"] >= pane["x"] - 1 and window["x"] + window["width"] <= pane["x"] + pane["width"] + 1
    assert window["width"] >= 0.8 * pane["width"]  # and it uses the pane's width
    # The window's frame follows the page's colours; the drawing keeps the program's (bgcolor lightyellow).
    canvas_bg = page.locator("#turtle-star .pyroom-tk-canvas").evaluate("el => getComputedStyle(el).backgroundColor")
    assert canvas_bg == "rgb(255, 255, 224)"
    page.click("#turtle-star button[aria-label=Stop]")


def test_download_the_drawing_as_svg_and_png(fresh, server, tmp_path):
    page = fresh(server + "/turtle.html")
    start(page, "turtle-star")
    wait_state(page, "turtle-star", "live")
    bar = page.locator("#turtle-star .pyroom-tk-titlebar")
    on_screen = item_count(page, "turtle-star")
    with page.expect_download() as info:
        bar.get_by_role("button", name="Download SVG").click()
    svg_file = tmp_path / info.value.suggested_filename
    info.value.save_as(svg_file)
    assert svg_file.suffix == ".svg"
    root = ET.parse(svg_file).getroot()
    assert root.tag == f"{SVG_NS}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    assert width > 100 and height > 100
    items = [el for el in root.iter() if el.get("data-item")]
    assert len(items) == on_screen >= 2
    fills = {el.get("fill") for el in root.iter()}
    assert "#ffff00" in fills  # the star's fill
    assert "rgb(255, 255, 224)" in fills  # the background
    assert [el.text for el in root.iter(f"{SVG_NS}tspan")] == ["star"]

    with page.expect_download() as info:
        bar.get_by_role("button", name="Download PNG").click()
    png_file = tmp_path / info.value.suggested_filename
    info.value.save_as(png_file)
    data = png_file.read_bytes()
    assert png_file.suffix == ".png" and data[:8] == b"\x89PNG\r\n\x1a\n"
    png_width, png_height = struct.unpack(">II", data[16:24])
    assert (png_width, png_height) == (round(width), round(height))
    page.click("#turtle-star button[aria-label=Stop]")
