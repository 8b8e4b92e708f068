"""The service-worker fallback in Chromium: the "degrade" first-visit policy (no reload), the COEP the page
chooses for the worker (credentialless, or require-corp where the browser lacks it, as Safari does) and what
that means for a cross-origin image, and a site served by `python -m http.server`."""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyroom.cli import check_url
from pyroom.hosting import SERVICE_WORKER_FILE, service_worker_js, service_worker_register_snippet

from .conftest import run_http_server, run_plain, server_folder
from .test_servers import Tab, run_first

pytestmark = pytest.mark.browser

#: Chromium without COEP credentialless, as Safari is: the snippet's feature test then finds nothing.
AS_SAFARI = """
delete window.credentialless;
delete HTMLIFrameElement.prototype.credentialless;
"""


@pytest.fixture
def tab(chromium):
    tabs: list[Tab] = []

    def make(**options) -> Tab:
        tabs.append(Tab(chromium, **options))
        return tabs[-1]

    yield make
    for t in tabs:
        t.close()


# --- first-visit policy "degrade" --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def degrade_site(sw_degrade_site: Path) -> Iterator[str]:
    with run_plain(sw_degrade_site) as url:
        yield url


def test_degrade_runs_the_first_page_without_isolation_and_isolates_the_next(degrade_site: str, tab) -> None:
    t = tab()
    t.goto(degrade_site + "index.html")
    t.settle("window.pyroom !== undefined")
    t.settle("navigator.serviceWorker.controller !== null")  # registered and in control: no reload came
    time.sleep(1.0)
    assert t.navigations == [degrade_site + "index.html"]
    assert t.page.evaluate("window.crossOriginIsolated") is False
    result = run_first(t.page)
    assert result["status"] == "done" and result["stdout"] == "hello from pyroom\n"
    assert t.page.evaluate("window.pyroom.mode") != "sab"
    # The next navigation goes through the worker: isolated at once.
    t.goto(degrade_site + "sub/page.html")
    t.settle("window.crossOriginIsolated === true && window.pyroom !== undefined")
    assert t.navigations == [degrade_site + "index.html", degrade_site + "sub/page.html"]
    assert run_first(t.page)["stdout"] == "nested 42\n"
    assert t.page.evaluate("window.pyroom.mode") == "sab"
    t.goto(degrade_site + "index.html")
    t.settle("window.crossOriginIsolated === true")
    assert len(t.navigations) == 3 and t.errors == []


def test_degrade_with_service_workers_blocked_never_reloads(degrade_site: str, tab) -> None:
    t = tab(service_workers="block")
    t.goto(degrade_site + "index.html")
    t.settle("window.pyroom !== undefined")
    time.sleep(1.5)
    assert t.navigations == [degrade_site + "index.html"]
    assert run_first(t.page)["stdout"] == "hello from pyroom\n"


def test_turned_off_isolation_headers_means_no_worker(headers_site: Path) -> None:
    """isolation = "headers" (the default) is the setting that turns the service worker off."""
    assert not (headers_site / SERVICE_WORKER_FILE).exists()
    assert "pyroom-sw" not in (headers_site / "index.html").read_text()


# --- credentialless or require-corp: a cross-origin image ----------------------------------------------------


def png() -> bytes:
    """A 2x2 red PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\0" + b"\xff\0\0" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def image_origin() -> Iterator[str]:
    """Another origin (another port) serving an image with no Cross-Origin-Resource-Policy header."""
    with server_folder("pyroom-images-") as folder:
        (folder / "red.png").write_bytes(png())
        with run_plain(folder) as url:
            yield url


@pytest.fixture(scope="module")
def image_site(image_origin: str) -> Iterator[str]:
    """A headerless site whose page registers the worker and shows the other origin's image."""
    with server_folder("pyroom-image-site-") as folder:
        (folder / SERVICE_WORKER_FILE).write_text(service_worker_js())
        (folder / "image.html").write_text(
            "<!doctype html><html><head>"
            f"<script>{service_worker_register_snippet('./')}</script>"
            f'</head><body><img id="img" src="{image_origin}red.png"></body></html>'
        )
        with run_plain(folder) as url:
            yield url


IMAGE_DONE = "document.getElementById('img').complete"
IMAGE_WIDTH = "document.getElementById('img').naturalWidth"


def test_credentialless_keeps_the_cross_origin_image(image_site: str, tab) -> None:
    t = tab()
    t.goto(image_site + "image.html")
    t.settle(f"window.crossOriginIsolated === true && {IMAGE_DONE}")
    assert [w.url for w in t.context.service_workers] == [image_site + "pyroom-sw.js?coep=credentialless"]
    assert t.page.evaluate(IMAGE_WIDTH) == 2
    assert len(t.navigations) == 2  # the one reload of the first visit


def test_require_corp_where_credentialless_is_missing_blocks_it(image_site: str, tab) -> None:
    t = tab()
    t.context.add_init_script(AS_SAFARI)
    t.goto(image_site + "image.html")
    # (checked after the first visit's reload: evaluating before it races with the navigation)
    t.settle(f"window.crossOriginIsolated === true && {IMAGE_DONE}")
    assert t.page.evaluate("'credentialless' in window || 'credentialless' in HTMLIFrameElement.prototype") is False
    assert [w.url for w in t.context.service_workers] == [image_site + "pyroom-sw.js?coep=require-corp"]
    assert t.page.evaluate(IMAGE_WIDTH) == 0  # COEP require-corp blocked it: no CORP header
    assert len(t.navigations) == 2


def test_check_names_the_image_safari_would_block(image_site: str, image_origin: str) -> None:
    _, problems = check_url(image_site + "image.html")
    (problem,) = [p for p in problems if "blocks the cross-origin" in p]
    assert f"<img> {image_origin}red.png in browsers without COEP credentialless (Safari)" in problem


# --- python -m http.server -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def http_server_site(sw_site: Path) -> Iterator[str]:
    with run_http_server(sw_site) as url:
        yield url


def test_python_http_server_site_becomes_isolated(http_server_site: str, tab) -> None:
    t = tab()
    response = t.page.request.get(http_server_site + "index.html")
    assert "cross-origin-embedder-policy" not in response.headers  # the server sends no isolation headers
    t.goto(http_server_site + "index.html")
    t.settle("window.crossOriginIsolated === true && window.pyroom !== undefined")
    assert t.navigations == [http_server_site + "index.html"] * 2
    result = run_first(t.page)
    assert result == {"status": "done", "stdout": "hello from pyroom\n", "stderr": "", "error": None}
    assert t.page.evaluate("window.pyroom.mode") == "sab"
    assert t.errors == []
    report, problems = check_url(http_server_site + "index.html")
    assert problems == [], "\n".join(report)
