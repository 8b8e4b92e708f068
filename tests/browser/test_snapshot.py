"""Boot from a memory snapshot (issue 7): the first page of a site stores one, later pages restore it.

Each test uses its own browser context (its own Cache Storage). The boot mode is asserted through what the worker
reports (`window.pyroom.bootMode`), never through timing; "the snapshot is stored" is a state read from Cache
Storage by the page.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.browser.conftest import SITE_SRC, open_page, run_block
from tests.conftest import build_sphinx, serving

pytestmark = pytest.mark.browser

CACHE = "pyroom-snapshots"

#: the URLs of the stored snapshots (without creating the cache when there is none)
STORED = f"""async () => {{
  if (!(await caches.has("{CACHE}"))) return [];
  const cache = await caches.open("{CACHE}");
  return (await cache.keys()).map((r) => r.url);
}}"""


def new_page(context, url: str):
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(url)
    page.wait_for_function("window.pyroom !== undefined")
    return page


def wait_stored(page, condition: str = "urls.length > 0", timeout: float = 180_000) -> list[str]:
    """Wait until the stored snapshots satisfy ``condition`` (JS over ``urls``, the stored entries' URLs): a loop
    inside the page, since Playwright's wait_for_function does not await an async predicate."""
    return page.evaluate(
        f"""async (timeout) => {{
          const deadline = performance.now() + timeout;
          for (;;) {{
            const urls = await ({STORED})();
            if ({condition}) return urls;
            if (performance.now() > deadline) throw new Error("no snapshot stored: " + JSON.stringify(urls));
            await new Promise((resolve) => setTimeout(resolve, 100));
          }}
        }}""",
        timeout,
    )


def first_page(chromium, url: str):
    """A page in a new context that boots fresh, runs a block and stores the snapshot."""
    page = open_page(chromium, url)
    assert run_block(page, "hello")["status"] == "done"
    assert page.evaluate("window.pyroom.bootMode") == "fresh"
    wait_stored(page)
    return page


def test_a_second_page_boots_from_the_snapshot_and_loads_packages(chromium, server):
    first = first_page(chromium, server + "/index.html")
    try:
        second = new_page(first.context, server + "/index.html")
        result = run_block(second, "hello")
        assert result["status"] == "done", result
        assert result["stdout"] == "hello from pyroom\n"
        assert second.evaluate("window.pyroom.bootMode") == "snapshot"
        # Packages still load after a restore: an import of a Pyodide package, and a micropip requirement.
        result = run_block(second, "auto-import")
        assert result["status"] == "done", result
        assert result["stdout"] == "six 1.17.0\n"
        result = run_block(second, "pypi-requirement")
        assert result["status"] == "done", result
        assert result["stdout"] == "demo 42\n"
        # A stdlib module nobody imported before the snapshot, and the runtime's lazily written files.
        second.evaluate("window.pyroom.get('hello').code = 'import fractions; print(fractions.Fraction(1, 3) * 3)'")
        assert run_block(second, "hello")["stdout"] == "1\n"
        assert first.errors == [] and second.errors == [], (first.errors, second.errors)
        # window.pyroom.clearSnapshot() forgets it: the next page boots normally.
        assert second.evaluate("window.pyroom.clearSnapshot()") is True
        third = new_page(first.context, server + "/index.html")
        assert run_block(third, "hello")["status"] == "done"
        assert third.evaluate("window.pyroom.bootMode") == "fresh"
    finally:
        first.context.close()


def test_a_corrupt_snapshot_falls_back_to_a_normal_boot(chromium, server):
    first = first_page(chromium, server + "/index.html")
    try:
        # Corrupt the stored entry (same length and headers, the bytes flipped), marked so its replacement shows.
        first.evaluate(
            f"""async () => {{
              const cache = await caches.open("{CACHE}");
              for (const request of await cache.keys()) {{
                const response = await cache.match(request);
                const bytes = new Uint8Array(await response.arrayBuffer());
                for (let i = 0; i < bytes.length; i += 4093) bytes[i] ^= 0xa5;
                for (let i = 0; i < 64; i++) bytes[i] ^= 0x5a;
                const headers = new Headers(response.headers);
                headers.set("x-test-corrupt", "1");
                await cache.put(request, new Response(bytes, {{ headers }}));
              }}
            }}"""
        )
        second = new_page(first.context, server + "/index.html")
        result = run_block(second, "hello")
        assert result["status"] == "done", result
        assert result["stdout"] == "hello from pyroom\n"
        assert second.evaluate("window.pyroom.bootMode") == "fresh"
        assert second.errors == [], second.errors
        # The bad entry was removed; the fresh boot stores a good one in its place.
        wait_stored(
            second,
            "urls.length > 0 && (await Promise.all(urls.map((u) => caches.match(u)))).every("
            "(r) => r && !r.headers.has('x-test-corrupt'))",
        )
        third = new_page(first.context, server + "/index.html")
        assert run_block(third, "hello")["status"] == "done"
        assert third.evaluate("window.pyroom.bootMode") == "snapshot"
    finally:
        first.context.close()


@pytest.fixture
def site_copy(site, tmp_path):
    """A copy of the test site this test may change (served at its own URL)."""
    copy = tmp_path / "html"
    shutil.copytree(site, copy)
    return copy


def test_a_changed_runtime_hash_ignores_the_old_snapshot(chromium, site_copy):
    with serving(site_copy) as url:
        first = first_page(chromium, url + "/index.html")
        try:
            (old,) = wait_stored(first)
            # A new release of the site: the runtime changed, and with it the hash in runtime.json.
            runtime_json = site_copy / "_static" / "pyroom" / "runtime.json"
            runtime = json.loads(runtime_json.read_text())
            runtime["files"]["pyroom_runtime/__init__.py"] += "\nRELEASE_MARKER = 2\n"
            runtime["hash"] = "0" * 16
            runtime_json.write_text(json.dumps(runtime))
            second = new_page(first.context, url + "/index.html")
            second.evaluate(
                "window.pyroom.get('hello').code = "
                "'import pyroom_runtime; print(getattr(pyroom_runtime, \"RELEASE_MARKER\", 1))'"
            )
            result = run_block(second, "hello")
            assert result["status"] == "done", result
            assert result["stdout"] == "2\n"  # the new runtime, not the one in the old snapshot
            assert second.evaluate("window.pyroom.bootMode") == "fresh"
            # The new release's snapshot replaces the old one.
            (new,) = wait_stored(second, f"urls.length === 1 && urls[0] !== {json.dumps(old)}")
            assert new.endswith("/" + "0" * 16)
        finally:
            first.context.close()


@pytest.fixture(scope="module")
def no_snapshot_server(tmp_path_factory, vendored_pyodide):
    src = tmp_path_factory.mktemp("nosnap-src")
    shutil.copytree(SITE_SRC, src, dirs_exist_ok=True)
    # -D takes a bool as 0/1 (Sphinx rejects "False" for a setting whose default is a bool).
    out = build_sphinx(
        src,
        tmp_path_factory.mktemp("nosnap") / "html",
        pyroom_pyodide_dir=str(vendored_pyodide),
        pyroom_snapshot="0",
    )
    with serving(out) as url:
        yield url


def test_the_setting_off_makes_no_snapshot(chromium, no_snapshot_server):
    page = open_page(chromium, no_snapshot_server + "/index.html")
    try:
        config = json.loads(page.get_attribute("script[data-pyroom-config]", "data-pyroom-config"))
        assert config["snapshot"] is False
        assert run_block(page, "hello")["status"] == "done"
        assert page.evaluate("window.pyroom.bootMode") == "fresh"
        second = new_page(page.context, no_snapshot_server + "/index.html")
        assert run_block(second, "hello")["status"] == "done"
        assert second.evaluate("window.pyroom.bootMode") == "fresh"
        # With the setting on, the worker opens its cache at boot to look for a snapshot; off, it never does.
        assert second.evaluate(f"caches.has('{CACHE}')") is False
        assert second.evaluate(STORED) == []
    finally:
        page.context.close()
