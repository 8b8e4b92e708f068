"""The page as a reader meets it: before scripts, the editor taking over, keyboard, persistence, modes, preload."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.conftest import build_sphinx, serving

from .conftest import SITE_SRC, open_page, run_block, state_of, wait_state

pytestmark = pytest.mark.browser


def test_code_is_highlighted_and_readable_without_scripts(chromium, server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/editing.html")
    pre = page.locator("#editable .pyroom-code pre")
    assert pre.locator("span.k").first.inner_text() == "for"
    assert "total += n" in pre.inner_text()
    assert page.locator("#editable button[aria-label=Run]").is_visible()
    context.close()


def test_page_without_blocks_loads_no_pyroom(fresh, server):
    page = fresh(server + "/other.html", wait=False)
    assert page.evaluate("window.pyroom") is None
    urls = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert not [url for url in urls if "pyroom" in url]


def test_run_works_before_the_editor_loads(chromium, server):
    # The editor's module is never served here: Run must not depend on it.
    context = chromium.new_context()
    context.route("**/editor.js", lambda route: route.abort())
    page = context.new_page()
    page.goto(server + "/editing.html")
    page.click("#editable button[aria-label=Run]")
    wait_state(page, "editable", "done")
    assert page.text_content("#editable .pyroom-output") == "10\n"
    assert page.locator("#editable .cm-editor").count() == 0
    context.close()


def test_progress_shows_while_python_loads(fresh, server):
    page = fresh(server + "/editing.html")
    page.click("#editable button[aria-label=Run]")
    assert state_of(page, "editable") == "booting"
    page.wait_for_function("document.querySelector('#editable .pyroom-status').textContent.includes('Loading')")
    wait_state(page, "editable", "done")
    assert page.text_content("#editable .pyroom-status") == ""


def test_editor_takes_over_without_layout_shift(fresh, server):
    page = fresh(server + "/editing.html")
    box = "document.querySelector('#editable').getBoundingClientRect()"
    below = (
        "[...document.querySelectorAll('p')].find(p => p.textContent.startsWith('Text below')).getBoundingClientRect()"
    )
    before = page.evaluate(f"[{box}.height, {below}.top]")
    page.click("#editable .pyroom-code pre")
    page.locator("#editable .cm-editor").wait_for()
    after = page.evaluate(f"[{box}.height, {below}.top]")
    assert abs(before[0] - after[0]) <= 1, (before, after)
    assert abs(before[1] - after[1]) <= 1, (before, after)
    # The editor colours tokens with the theme's Pygments classes, like the static code.
    assert page.locator("#editable .cm-content .k").first.inner_text() == "for"


def test_keyboard_runs_and_escape_leaves_the_editor(fresh, server):
    page = fresh(server + "/editing.html")
    page.focus("#editable .pyroom-code pre")
    page.keyboard.press("Enter")  # opens the editor
    page.locator("#editable .cm-editor.cm-focused").wait_for()
    page.keyboard.press("Control+End")
    page.keyboard.type("\nprint('typed')")
    page.keyboard.press("Control+Enter")
    wait_state(page, "editable", "done")
    assert page.text_content("#editable .pyroom-output") == "10\ntyped\n"
    page.keyboard.press("Shift+Enter")
    wait_state(page, "editable", "booting", "running", "done")
    wait_state(page, "editable", "done")
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Run"


def test_edits_persist_across_reload_and_reset_restores(fresh, server):
    page = fresh(server + "/editing.html")
    page.click("#editable .pyroom-code pre")
    page.locator("#editable .cm-editor.cm-focused").wait_for()
    page.keyboard.press("Control+End")
    page.keyboard.type("\nprint('mine')")
    assert page.is_enabled("#editable button[aria-label=Reset]")
    page.reload()
    page.wait_for_function("window.pyroom && window.pyroom.get('editable')")
    page.locator("#editable .cm-editor").wait_for()
    assert page.evaluate("window.pyroom.get('editable').code").endswith("print(total)\nprint('mine')\n")
    assert run_block(page, "editable")["stdout"] == "10\nmine\n"
    page.click("#editable button[aria-label=Reset]")
    original = "total = 0\nfor n in range(5):\n    total += n\nprint(total)\n"
    assert page.evaluate("window.pyroom.get('editable').code") == original
    assert page.is_disabled("#editable button[aria-label=Reset]")
    page.reload()
    page.wait_for_function("window.pyroom && window.pyroom.get('editable')")
    assert page.evaluate("window.pyroom.get('editable').code") == original


def test_code_set_through_the_api_runs_and_persists(fresh, server):
    page = fresh(server + "/editing.html")
    page.evaluate("window.pyroom.get('editable').code = 'print(6 * 7)\\n'")
    assert run_block(page, "editable")["stdout"] == "42\n"
    page.reload()
    page.wait_for_function("window.pyroom && window.pyroom.get('editable')")
    assert page.evaluate("window.pyroom.get('editable').code") == "print(6 * 7)\n"
    page.evaluate("window.pyroom.get('editable').reset()")


def test_readonly_block_runs_but_cannot_be_edited(fresh, server):
    page = fresh(server + "/editing.html")
    page.click("#locked .pyroom-code pre")
    page.locator("#locked .cm-editor").wait_for()
    page.keyboard.type("xyz")
    assert page.evaluate("window.pyroom.get('locked').code") == 'print("locked")\n'
    assert run_block(page, "locked")["stdout"] == "locked\n"


def test_autorun_block_runs_when_scrolled_into_view(fresh, server):
    page = fresh(server + "/autorun.html")
    time.sleep(0.5)
    assert state_of(page, "autorunner") == "idle"
    assert state_of(page, "first") == "idle"
    # Out of view, it has not started Python either (the page's preload setting is "run").
    assert not [e for e in page.evaluate(RESOURCES) if e.endswith("/worker.js")]
    page.locator("#autorunner").scroll_into_view_if_needed()
    wait_state(page, "autorunner", "done")
    assert page.text_content("#autorunner .pyroom-output") == "ran by itself\n"


RESOURCES = "performance.getEntriesByType('resource').map(e => e.name)"


def test_autorun_block_in_view_starts_python_with_the_page(chromium, server):
    """An autorun block in view at load boots Python as the page starts, not once the visibility observer reports
    it a frame or more later: with an observer that never reports, Python is still booted (and the block, which
    runs when reported, waits)."""
    context = chromium.new_context()
    context.add_init_script("window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} };")
    page = context.new_page()
    try:
        page.goto(server + "/autorun_top.html")
        page.wait_for_function("window.pyroom && window.pyroom.mode !== null", timeout=60_000)
        assert [e for e in page.evaluate(RESOURCES) if e.endswith("/worker.js")]
        assert state_of(page, "top-runner") == "idle"
    finally:
        context.close()
    # With the real observer it runs by itself.
    page = chromium.new_page()
    try:
        page.goto(server + "/autorun_top.html")
        wait_state(page, "top-runner", "done")
        assert page.text_content("#top-runner .pyroom-output") == "ran at the top\n"
    finally:
        page.context.close()


def test_page_without_isolation_runs_in_degraded_mode(chromium, plain_server):
    page = open_page(chromium, plain_server + "/index.html")
    try:
        assert page.evaluate("crossOriginIsolated") is False
        assert run_block(page, "hello")["stdout"] == "hello from pyroom\n"
        assert page.evaluate("window.pyroom.mode") == "jspi"
        # input() and sleep() still wait (JSPI), so the round trip works here too.
        page.evaluate("window.__ask = window.pyroom.get('ask').run(), 0")
        wait_state(page, "ask", "waiting")
        page.fill("#ask .pyroom-input", "Lin")
        page.press("#ask .pyroom-input", "Enter")
        assert page.evaluate("window.__ask")["stdout"] == "Name? Lin\nHello, Lin\n"
        assert run_block(page, "sleepy")["stdout"] == "0.6\n"
        # An endless loop cannot be interrupted without SharedArrayBuffer: Stop restarts Python and says so.
        run_block(page, "session-a")
        page.evaluate("window.__loop = window.pyroom.get('endless').run(), 0")
        wait_state(page, "endless", "running")
        page.click("#endless button[aria-label=Stop]")
        result = page.evaluate("window.__loop")
        assert result["status"] == "stopped"
        assert "restarting Python" in result["error"]
        assert "restarting Python" in page.text_content("#endless .pyroom-output")
        assert "restarted" in page.text_content("#endless .pyroom-status")
        # Python comes back for the next run; the old session is gone, as the message said.
        assert run_block(page, "hello")["status"] == "done"
        assert "NameError" in run_block(page, "session-b")["stderr"]
        assert page.errors == []
    finally:
        page.context.close()


def test_stop_of_a_sleep_without_isolation_keeps_python(chromium, plain_server):
    page = open_page(chromium, plain_server + "/index.html")
    try:
        run_block(page, "session-a")
        page.evaluate("window.__s = window.pyroom.get('stream').run(), 0")
        page.wait_for_function("document.querySelector('#stream .pyroom-output').textContent.includes('tick 0')")
        page.click("#stream button[aria-label=Stop]")
        result = page.evaluate("window.__s")
        assert result["status"] == "stopped" and "KeyboardInterrupt" in result["stderr"]
        # A wait is interrupted politely: no restart, the session lives on.
        assert run_block(page, "session-b")["stdout"] == "42\n"
    finally:
        page.context.close()


@pytest.fixture(scope="module")
def preload_site(tmp_path_factory, vendored_pyodide):
    src = tmp_path_factory.mktemp("preload-src")
    shutil.copytree(SITE_SRC, src, dirs_exist_ok=True)
    out = tmp_path_factory.mktemp("preload")
    sites = {}
    for mode in ("load", "interaction", "visible"):
        sites[mode] = build_sphinx(
            src, out / mode, pyroom_pyodide_dir=str(vendored_pyodide), pyroom_preload=mode
        )
    return sites


@pytest.mark.parametrize("mode", ["load", "interaction", "visible", "run"])
def test_preload_setting_decides_when_python_boots(chromium, preload_site, site, mode):
    directory = site if mode == "run" else preload_site[mode]
    with serving(directory) as url:
        page = open_page(chromium, url + "/below.html")
        try:
            booted = "window.pyroom.mode !== null"
            if mode == "load":
                page.wait_for_function(booted, timeout=60_000)
                return
            time.sleep(1.0)
            assert page.evaluate(booted) is False
            if mode == "interaction":
                page.hover("#low .pyroom-code")
            elif mode == "visible":
                page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            else:
                page.click("#low button[aria-label=Run]")
            page.wait_for_function(booted, timeout=60_000)
        finally:
            page.context.close()
