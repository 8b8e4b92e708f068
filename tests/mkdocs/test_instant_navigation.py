"""In Chromium: Material's instant navigation brings blocks to life without a reload, from pages with or without."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .sites import build_site, write_site

pytestmark = pytest.mark.browser

PAGES = {
    "index.md": "# Home\n\nNo blocks. [To the blocks](deep/blocks.md) [To the other](other.md)\n",
    "deep/blocks.md": (
        "# Blocks\n\n[Home](../index.md) [Other](../other.md)\n\n"
        '```pyroom\nprint("one")\n```\n\n!!! note\n    ```pyroom session="s"\n    x = "two"\n    ```\n'
    ),
    "other.md": '# Other\n\n[Blocks](deep/blocks.md)\n\n```pyroom\nprint("three")\n```\n',
}


@pytest.fixture
def instant_site(tmp_path: Path) -> Iterator[str]:
    """A Material site with instant navigation, served on localhost; its site_url names the port (Material's
    instant navigation only follows links listed in the sitemap, which holds site_url)."""
    from pyroom.cli import make_server

    site_dir = tmp_path / "site"
    site_dir.mkdir()
    server = make_server(str(site_dir), "127.0.0.1", 0, isolation=True)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    config = write_site(
        tmp_path,
        PAGES,
        theme={"name": "material", "features": ["navigation.instant"]},
        extensions=["admonition", "pymdownx.superfences"],
    )
    config.write_text(config.read_text().replace("http://site.test/", url))
    build_site(config)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


def blocks(page) -> list[list]:
    return page.evaluate("window.pyroom.blocks.map((b) => [b.id, b.element.isConnected, b.state, b.code])")


def test_navigation_from_a_page_without_blocks_mounts_them(chromium, instant_site: str) -> None:
    page = chromium.new_page()
    failures: list[str] = []
    page.on("console", lambda m: m.type == "error" and "pyroom" in m.text and failures.append(m.text))
    try:
        page.goto(instant_site)
        page.wait_for_function("window.document$ !== undefined")
        # Material intercepts only links it found in sitemap.xml, which it fetches after load: a click before that
        # is an ordinary navigation (seen on a loaded machine)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.pyroom") is None  # no blocks, no page script yet
        page.evaluate("window.sameDocument = true")
        page.click("text=To the blocks")
        page.wait_for_function("window.pyroom?.blocks.length === 2")
        assert page.evaluate("window.sameDocument") is True, "Material reloaded the page instead of navigating"
        assert blocks(page) == [
            ["pyroom-deep-blocks-1", True, "idle", 'print("one")\n'],
            ["pyroom-deep-blocks-2", True, "idle", 'x = "two"\n'],
        ]
        page.wait_for_function("document.querySelector('link[data-pyroom]')?.sheet")  # the stylesheet loaded
        assert page.evaluate("document.querySelectorAll('link[data-pyroom]').length") == 1

        page.click("article >> text=Other")
        page.wait_for_function("window.pyroom.blocks.length === 1")
        assert blocks(page) == [["pyroom-other-1", True, "idle", 'print("three")\n']]
        assert page.evaluate("window.sameDocument") is True
        assert failures == []
    finally:
        page.close()


def test_navigation_between_pages_with_blocks_after_a_full_load(chromium, instant_site: str) -> None:
    page = chromium.new_page()
    try:
        page.goto(instant_site + "other/")
        page.wait_for_function("window.pyroom?.blocks.length === 1")
        page.wait_for_load_state("networkidle")  # Material's sitemap.xml (see above)
        page.evaluate("window.sameDocument = true")
        page.click("article >> text=Blocks")
        page.wait_for_function("window.pyroom.blocks.length === 2")
        assert [b[0] for b in blocks(page)] == ["pyroom-deep-blocks-1", "pyroom-deep-blocks-2"]
        assert page.evaluate("window.sameDocument") is True
    finally:
        page.close()
