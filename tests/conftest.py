"""Shared fixtures: the vendored Pyodide, one Chromium per test session, building and serving test sites."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def vendored_pyodide() -> Path:
    """A self-hosted Pyodide with micropip and six (an importable package the tests load offline)."""
    from pyroom import pyodide_dist

    return pyodide_dist.vendor(extra=("six",))


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the whole session (Debian's, since test tools cannot download browsers here)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup.sh (installs Debian's chromium)")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@contextmanager
def serving(directory: Path, isolation: bool = True) -> Iterator[str]:
    """Serve ``directory`` on a free localhost port with (or without) the cross-origin isolation headers."""
    from pyroom.cli import make_server

    server = make_server(str(directory), "127.0.0.1", 0, isolation=isolation)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def build_sphinx(src: Path, out: Path, builder: str = "html", **overrides: str) -> Path:
    """Build a Sphinx site with -W (warnings fail the build); ``overrides`` are conf values (-D)."""
    from sphinx.cmd.build import build_main

    args = ["-W", "-q", "-b", builder, str(src), str(out)]
    for key, value in overrides.items():
        args[:0] = ["-D", f"{key}={value}"]
    status = build_main(args)
    assert status == 0, f"sphinx-build failed for {src}"
    return out
