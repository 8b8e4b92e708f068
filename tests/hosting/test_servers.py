"""A built site behind real servers, in Chromium: nginx and Apache with the generated configuration,
`pyroom serve`, and a server without headers where the service worker isolates the page after one reload."""

from __future__ import annotations

import time

import pytest

pytestmark = pytest.mark.browser

BOOT_TIMEOUT = 90_000


class Tab:
    """A page in its own browser context that records its main-frame navigations and script errors."""

    def __init__(self, browser, **context_options) -> None:
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.navigations: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("framenavigated", self._navigated)

    def _navigated(self, frame) -> None:
        if frame == self.page.main_frame:
            self.navigations.append(frame.url)

    def goto(self, url: str) -> None:
        self.page.goto(url)

    def settle(self, expression: str, timeout: float = 30) -> None:
        """Wait until ``expression`` is true in the page, surviving the navigations (reloads) on the way."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.page.wait_for_load_state("load")
                if self.page.evaluate(expression):
                    return
            except Exception as error:  # a reload destroyed the context mid-call: ask the new page
                if "context was destroyed" not in str(error) and "navigat" not in str(error):
                    raise
            if time.monotonic() > deadline:
                raise AssertionError(f"{expression} never became true on {self.page.url}")
            time.sleep(0.1)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(chromium):
    tabs = []

    def make(**options) -> Tab:
        tabs.append(Tab(chromium, **options))
        return tabs[-1]

    yield make
    for t in tabs:
        t.close()


def run_first(page) -> dict:
    return page.evaluate("window.pyroom.blocks[0].run()")


def test_a_block_runs_isolated(served, tab) -> None:
    kind, url = served
    t = tab()
    t.goto(url + "index.html")
    t.settle("window.crossOriginIsolated === true && window.pyroom !== undefined")
    if kind == "service-worker":
        # The first visit registers the worker and reloads once; then the page is isolated.
        assert t.navigations == [url + "index.html"] * 2
    else:
        assert t.navigations == [url + "index.html"]
    page = t.page
    result = run_first(page)
    assert result == {"status": "done", "stdout": "hello from pyroom\n", "stderr": "", "error": None}
    assert page.evaluate("window.pyroom.mode") == "sab"
    assert page.evaluate("typeof SharedArrayBuffer") == "function"

    # Stop interrupts running bytecode (no worker restart): the session's variables survive.
    page.evaluate("window.__loop = window.pyroom.get('endless').run(), 0")
    page.wait_for_function("document.getElementById('endless').dataset.pyroomState === 'running'")
    time.sleep(0.3)
    page.evaluate("window.pyroom.get('endless').stop()")
    stopped = page.evaluate("window.__loop")
    assert stopped["status"] == "stopped" and not stopped.get("restarted"), stopped
    assert "KeyboardInterrupt" in stopped["stderr"]
    assert page.evaluate("window.pyroom.get('after-endless').run()")["stdout"] == "count survived: True\n"
    assert len(page.workers) == 1
    assert t.errors == []
    if kind == "service-worker":
        assert len(t.navigations) == 2, "the page reloaded again"


def test_service_worker_isolates_every_page_of_the_site(plain_sw_site, tab) -> None:
    """Once registered at the site root, the worker isolates a page one folder down with no reload there."""
    t = tab()
    t.goto(plain_sw_site + "index.html")
    t.settle("window.crossOriginIsolated === true")
    # Chromium supports COEP credentialless: the page chose it for the worker.
    assert [w.url for w in t.context.service_workers] == [plain_sw_site + "pyroom-sw.js?coep=credentialless"]
    t.goto(plain_sw_site + "sub/page.html")
    t.settle("window.crossOriginIsolated === true && window.pyroom !== undefined")
    assert t.navigations[2:] == [plain_sw_site + "sub/page.html"]
    assert run_first(t.page)["stdout"] == "nested 42\n"
    assert t.page.evaluate("window.pyroom.mode") == "sab"
    # The worker isolates pages without blocks too (they carry no Pyroom script at all).
    t.goto(plain_sw_site + "genindex.html")
    t.settle("window.crossOriginIsolated === true")
    assert t.errors == []


def test_first_visit_to_a_nested_page_registers_the_root_worker(plain_sw_site, tab) -> None:
    t = tab()
    t.goto(plain_sw_site + "sub/page.html")
    t.settle("window.crossOriginIsolated === true && window.pyroom !== undefined")
    assert t.navigations == [plain_sw_site + "sub/page.html"] * 2
    assert [w.url for w in t.context.service_workers] == [plain_sw_site + "pyroom-sw.js?coep=credentialless"]
    assert run_first(t.page)["stdout"] == "nested 42\n"


def test_no_reload_loop_when_service_workers_are_blocked(plain_sw_site, tab) -> None:
    """A browser that runs no service worker keeps the page as it is (degraded mode), and never reloads."""
    t = tab(service_workers="block")
    t.goto(plain_sw_site + "index.html")
    t.settle("window.pyroom !== undefined")
    time.sleep(1.5)  # time for a registration, and a reload, to happen if they were going to
    assert t.navigations == [plain_sw_site + "index.html"]
    assert t.page.evaluate("window.crossOriginIsolated") is False
    result = t.page.evaluate("window.pyroom.blocks[0].run()")
    assert result["status"] == "done" and result["stdout"] == "hello from pyroom\n"
    assert t.page.evaluate("window.pyroom.mode") != "sab"
    assert t.navigations == [plain_sw_site + "index.html"]
