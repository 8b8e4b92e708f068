"""Fixtures for the MkDocs suite: ``make_site`` writes a small site into a temporary folder and builds it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from .sites import Site, SiteFactory, build_site, write_site


@pytest.fixture(autouse=True)
def _quiet_material(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture
def make_site(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> SiteFactory:
    """``make_site(pages, **write_site options)``: write and build a site in a fresh folder."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    count = 0

    def make(pages: dict[str, str], *, strict: bool = False, **options: Any) -> Site:
        nonlocal count
        count += 1
        return build_site(write_site(tmp_path / f"site{count}", pages, **options), strict=strict)

    return make
