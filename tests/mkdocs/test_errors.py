"""A wrong option is an error naming file, line, option and accepted values; the build goes on, the block stays code."""

from __future__ import annotations

import subprocess
import sys

import pytest
from mkdocs.exceptions import Abort

from .conftest import SiteFactory
from .sites import (
    WITH_SUPERFENCES,
    WITHOUT_SUPERFENCES,
    build_site,
    editors,
    has_pyroom_assets,
    pyroom_errors,
    write_site,
)

BOTH = pytest.mark.parametrize(
    "extensions", [WITH_SUPERFENCES, WITHOUT_SUPERFENCES], ids=["superfences", "no-superfences"]
)
BAD_PAGE = '---\ntitle: Guide\n---\n# Guide\n\n!!! note\n    ```pyroom preview="turtles"\n    print("kept")\n    ```\n'


@BOTH
def test_bad_option_names_file_line_option_and_values(make_site: SiteFactory, caplog, extensions: list) -> None:
    site = make_site({"guide.md": BAD_PAGE}, extensions=extensions)
    (message,) = pyroom_errors(caplog)
    assert message.startswith("docs/guide.md:7: ")  # the fence's line in the file, front matter included
    assert "'preview'" in message and "'turtles'" in message and "auto, turtle, tkinter, none" in message
    soup = site.soup("guide.md")
    assert editors(soup) == []
    (invalid,) = soup.select("div.admonition div.pyroom-invalid")  # where the block was, as plain code
    assert "'turtles' is not one of" in invalid.select_one(".pyroom-error").get_text()
    assert invalid.select_one("pre").get_text() == 'print("kept")\n'
    assert not has_pyroom_assets(soup)


@pytest.mark.parametrize(
    ("block", "option", "words"),
    [
        ("```pyroom previw=turtle\nprint(1)\n```", "previw", "did you mean 'preview'"),
        ('```pyroom lines="many"\nprint(1)\n```', "lines", "whole number of lines from 1 to"),
        ("```pyroom setup\nprint(1)\n```", "setup", "needs a 'session'"),
        ('```pyroom caption="open\nprint(1)\n```', "caption", "quote missing"),
        ('```pyroom file="missing.py"\n```', "file", "'missing.py' does not exist"),
    ],
)
def test_each_bad_option_is_reported(make_site: SiteFactory, caplog, block: str, option: str, words: str) -> None:
    make_site({"index.md": f"# T\n\n{block}\n"})
    (message,) = pyroom_errors(caplog)
    assert message.startswith("docs/index.md:3: ") and f"'{option}'" in message and words in message


def test_file_and_content_together_or_neither(make_site: SiteFactory, caplog) -> None:
    page = '```pyroom file="x.py"\nprint(1)\n```\n\n```pyroom\n```\n'
    make_site({"index.md": page}, files={"docs/x.py": "print(0)\n"})
    both, neither = pyroom_errors(caplog)
    assert both.startswith("docs/index.md:1: ") and "not both" in both
    assert neither.startswith("docs/index.md:5: ") and "has no code" in neither


def test_duplicate_name_on_a_page(make_site: SiteFactory, caplog) -> None:
    site = make_site({"index.md": '```pyroom name="a"\nx = 1\n```\n\n```pyroom name="a"\nx = 2\n```\n'})
    (message,) = pyroom_errors(caplog)
    assert message.startswith("docs/index.md:5: ") and "'name'" in message
    assert [div["id"] for div in editors(site.soup("index.md"))] == ["pyroom-a"]


def test_unclosed_fence_is_reported(make_site: SiteFactory, caplog) -> None:
    make_site({"index.md": "# T\n\n```pyroom\nprint(1)\n"})
    (message,) = pyroom_errors(caplog)
    assert message.startswith("docs/index.md:3: ") and "no closing ```" in message


def test_code_less_indented_than_its_fence_is_reported_at_its_line(make_site: SiteFactory, caplog) -> None:
    make_site({"index.md": "---\ntitle: T\n---\n!!! note\n    ```pyroom\nprint(1)\n    ```\n"})
    (message,) = pyroom_errors(caplog)
    assert message.startswith("docs/index.md:5: pyroom block: line 6: the code is less indented")


def test_strict_build_fails_on_a_bad_option(tmp_path) -> None:
    config = write_site(tmp_path, {"guide.md": BAD_PAGE})
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode != 0
    assert "docs/guide.md:7: pyroom option 'preview'" in done.stderr
    assert "strict mode" in done.stdout + done.stderr
    with pytest.raises(Abort):
        build_site(config, strict=True)


def test_good_site_passes_strict(tmp_path) -> None:
    build_site(write_site(tmp_path, {"index.md": "```pyroom\nprint(1)\n```\n"}), strict=True)


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        ({"preload": "never"}, "'preload': 'never' is not one of: run, interaction, visible, load"),
        ({"coep": "none"}, "'coep': 'none' is not one of: require-corp, credentialless"),
        ({"pyodide": "somewhere"}, "'pyodide': 'somewhere' is not 'cdn', 'local' or a base URL"),
        ({"python_block": True}, "'python_block': is not a pyroom setting (did you mean 'python_blocks'?)"),
    ],
)
def test_bad_site_setting_stops_the_build_naming_setting_and_values(tmp_path, caplog, settings, words) -> None:
    config = write_site(tmp_path, {"index.md": "# T\n"}, settings=settings)
    with pytest.raises(Abort):
        build_site(config)
    assert words in caplog.text and str(config) in caplog.text


def test_block_in_a_blockquote_is_reported_and_stays_code(make_site: SiteFactory, caplog) -> None:
    site = make_site({"index.md": "# T\n\n> ```pyroom\n> print(1)\n> ```\n"})
    (message,) = pyroom_errors(caplog)
    assert message.startswith("docs/index.md: ") and "blockquote" in message
    (invalid,) = site.soup("index.md").select("blockquote div.pyroom-invalid")
    assert invalid.select_one("pre").get_text() == "print(1)\n"
