"""The ``snapshot`` site setting (issue 7): on by default, a bool, and passed to the page."""

from __future__ import annotations

import pytest

from pyroom.options import OptionError, SiteSettings, parse_site_settings


def test_snapshot_is_on_by_default_and_reaches_the_page_config() -> None:
    assert SiteSettings().snapshot is True
    assert SiteSettings().to_page_config()["snapshot"] is True
    assert parse_site_settings({"snapshot": False}).to_page_config()["snapshot"] is False


def test_snapshot_takes_only_true_or_false() -> None:
    with pytest.raises(OptionError, match="'snapshot': must be True or False"):
        parse_site_settings({"snapshot": "no"})
