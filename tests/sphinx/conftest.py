"""Fixtures for the Sphinx suite: sphinx.testing's ``app`` fixtures on the test roots in ``roots/``, HTML helpers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

# sphinx.testing's fixtures, imported rather than named in ``pytest_plugins``: pytest refuses ``pytest_plugins`` in a
# conftest below the rootdir whenever the run starts there (plain ``pytest`` with testpaths = tests).
from sphinx.testing import fixtures as _sphinx_fixtures
from sphinx.testing.fixtures import (  # noqa: F401 - fixtures are found by name
    _shared_result_cache,
    app,
    app_params,
    make_app,
    shared_result,
    sphinx_test_tempdir,
    status,
    test_params,
    warning,
)

ROOTS = Path(__file__).parent / "roots"


def pytest_configure(config: pytest.Config) -> None:
    _sphinx_fixtures.pytest_configure(config)  # registers the ``sphinx`` and ``test_params`` markers


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


def parse_html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def editors(soup: BeautifulSoup) -> list[Tag]:
    """The runnable blocks of a page: ``div.pyroom`` that are not hidden setup blocks."""
    return [div for div in soup.select("div.pyroom") if "pyroom-setup" not in div["class"]]


def block_data(div: Tag) -> dict:
    assert div.has_attr("data-pyroom-block"), f"block {div.get('id')} has no data"
    return json.loads(div["data-pyroom-block"])


def pyroom_scripts(soup: BeautifulSoup) -> list[Tag]:
    return [s for s in soup.find_all("script", src=True) if s["src"].split("?")[0].endswith("pyroom/pyroom.js")]


def pyroom_styles(soup: BeautifulSoup) -> list[Tag]:
    return [s for s in soup.find_all("link", href=True) if s["href"].split("?")[0].endswith("pyroom/pyroom.css")]


class Html:
    """Helpers for reading built pages, handed to tests as the ``html`` fixture."""

    parse = staticmethod(parse_html)
    editors = staticmethod(editors)
    data = staticmethod(block_data)
    scripts = staticmethod(pyroom_scripts)
    styles = staticmethod(pyroom_styles)


@pytest.fixture
def html() -> type[Html]:
    return Html
