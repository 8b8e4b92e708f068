"""Helpers for the MkDocs suite: write a small site into a folder, build it with MkDocs itself, read its HTML."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlparse

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from mkdocs.commands.build import build
from mkdocs.config import load_config

CONTAINERS = [
    "admonition",
    "pymdownx.details",
    {"pymdownx.tabbed": {"alternate_style": True}},
    "pymdownx.blocks.admonition",
]
WITH_SUPERFENCES = [*CONTAINERS, "pymdownx.superfences"]
WITHOUT_SUPERFENCES = CONTAINERS


@dataclass
class Site:
    """A built test site: its config, its output folder and how it writes page URLs."""

    config_file: Path
    site_dir: Path
    directory_urls: bool

    def url(self, src: str) -> str:
        """The URL of the page built from ``src`` (as MkDocs writes it, relative to the site root)."""
        stem = src.removesuffix(".md")
        if stem == "index" or stem.endswith("/index"):
            return stem.removesuffix("index")
        return f"{stem}/" if self.directory_urls else f"{stem}.html"

    def file(self, url: str) -> Path:
        """The file a site URL is served from."""
        path = urlparse(url).path
        return self.site_dir / (path + "index.html" if path.endswith("/") or not path else path)

    def soup(self, src: str) -> BeautifulSoup:
        """The parsed HTML of the page built from ``src`` (or of a file such as ``404.html``)."""
        path = self.site_dir / src if src.endswith(".html") else self.file(self.url(src))
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def resolve(self, src: str, href: str) -> Path:
        """Resolve ``href`` as the browser does on the page built from ``src``; return the file it names."""
        base = "http://site.test/"
        absolute = urljoin(base + self.url(src), href)
        assert absolute.startswith(base), f"{href!r} on {src} leaves the site"
        return self.file(absolute[len(base) :])


SiteFactory = Callable[..., Site]


def write_site(
    root: Path,
    pages: dict[str, str],
    *,
    theme: str | dict[str, Any] = "mkdocs",
    extensions: Iterable[Any] = WITH_SUPERFENCES,
    settings: dict[str, Any] | None = None,
    directory_urls: bool = True,
    files: dict[str, str] | None = None,
    extra_yaml: str = "",
    other_plugins: Iterable[str] = (),
) -> Path:
    """Write ``mkdocs.yml``, the pages (``docs/`` relative) and other ``files`` (root relative); return the config."""
    config = {
        "site_name": "Pyroom test",
        "site_url": "http://site.test/",
        "use_directory_urls": directory_urls,
        "theme": theme,
        "markdown_extensions": list(extensions),
        "plugins": [*other_plugins, {"pyroom": settings or {}}],
    }
    for name, text in pages.items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, text in (files or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config_file = root / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True) + extra_yaml, encoding="utf-8")
    return config_file


def build_site(config_file: Path, *, strict: bool = False) -> Site:
    """Build as ``mkdocs build`` does (raises ``mkdocs.exceptions.Abort`` when a strict build has warnings)."""
    config = load_config(str(config_file), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return Site(config_file, Path(config.site_dir), config.use_directory_urls)


def pyroom_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("mkdocs.plugins.pyroom") and r.levelno >= 30]


def editors(soup: BeautifulSoup) -> list[Tag]:
    """The runnable blocks of a page: ``div.pyroom`` that are not hidden setup blocks."""
    return [div for div in soup.select("div.pyroom[id]") if "pyroom-setup" not in div["class"]]


def block_data(div: Tag) -> dict[str, Any]:
    assert div.has_attr("data-pyroom-block"), f"block {div.get('id')} has no data"
    return json.loads(div["data-pyroom-block"])


def page_script(soup: BeautifulSoup) -> Tag | None:
    scripts = [s for s in soup.find_all("script", src=True) if s["src"].endswith("pyroom/pyroom.js")]
    assert len(scripts) <= 1
    return scripts[0] if scripts else None


def page_style(soup: BeautifulSoup) -> Tag | None:
    links = [s for s in soup.find_all("link", href=True) if s["href"].endswith("pyroom/pyroom.css")]
    assert len(links) <= 1
    return links[0] if links else None


def has_pyroom_assets(soup: BeautifulSoup) -> bool:
    return page_script(soup) is not None or page_style(soup) is not None or bool(soup.select("[data-pyroom-config]"))
