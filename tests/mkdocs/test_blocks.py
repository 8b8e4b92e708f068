"""What an author writes in a fence and in mkdocs.yml reaches the block's data and the page's config."""

from __future__ import annotations

import json

import pytest

from .conftest import SiteFactory
from .sites import WITH_SUPERFENCES, WITHOUT_SUPERFENCES, block_data, editors, page_script, pyroom_errors

BOTH = pytest.mark.parametrize(
    "extensions", [WITH_SUPERFENCES, WITHOUT_SUPERFENCES], ids=["superfences", "no-superfences"]
)


@BOTH
def test_fence_options_reach_the_block_data(make_site: SiteFactory, extensions: list, caplog) -> None:
    page = (
        "# Spiral\n\n"
        '```pyroom preview="turtle" session="spiral" packages="numpy, attrs>=23" autorun lines="12" '
        "stdin='Ada\\n36' caption=\"Draw a spiral\"\n"
        "import turtle\n"
        "```\n"
    )
    site = make_site({"index.md": page}, extensions=extensions)
    (block,) = editors(site.soup("index.md"))
    data = block_data(block)
    assert data["code"] == "import turtle\n" and data["filename"] == "main.py"
    assert data["options"] == {
        "preview": "turtle",
        "session": "spiral",
        "packages": ["numpy", "attrs>=23"],
        "autorun": True,
        "lines": 12,
        "stdin": "Ada\n36",
    }
    assert block["data-pyroom-session"] == "spiral" and "--pyroom-lines: 12" in block["style"]
    assert block.select_one(".pyroom-caption").get_text() == "Draw a spiral"
    assert pyroom_errors(caplog) == []


def test_readonly_and_setup_blocks(make_site: SiteFactory) -> None:
    page = '```pyroom setup session="s"\nimport math\n```\n\n```pyroom readonly session="s"\nprint(math.pi)\n```\n'
    soup = make_site({"index.md": page}).soup("index.md")
    (setup,) = soup.select("div.pyroom-setup")
    assert setup.has_attr("hidden") and block_data(setup)["options"] == {"setup": True, "session": "s"}
    (block,) = editors(soup)
    assert "pyroom-readonly" in block["class"] and block_data(block)["options"]["readonly"] is True


def test_ids_are_stable_and_name_sets_the_id(make_site: SiteFactory) -> None:
    page = '```pyroom\nprint(1)\n```\n\n```pyroom name="Hello world"\nprint(2)\n```\n\n```pyroom\nprint(3)\n```\n'
    site = make_site({"guide/intro.md": page})
    ids = [div["id"] for div in editors(site.soup("guide/intro.md"))]
    assert ids == ["pyroom-guide-intro-1", "pyroom-hello-world", "pyroom-guide-intro-3"]


def test_file_option_reads_code_relative_to_the_page(make_site: SiteFactory) -> None:
    code = 'msg = "tab\there é 😀 ```"\n\tprint(msg)\n'
    site = make_site(
        {"guide/page.md": '# Page\n\n```pyroom file="examples/hello.py" preview="none"\n```\n'},
        files={"docs/guide/examples/hello.py": code + "\n\n"},
    )
    (block,) = editors(site.soup("guide/page.md"))
    data = block_data(block)
    assert data["code"] == code and data["filename"] == "hello.py" and data["options"] == {"preview": "none"}


@BOTH
def test_python_blocks_setting_turns_plain_python_fences_into_editors(make_site: SiteFactory, extensions) -> None:
    page = (
        "```pyroom\nprint(0)\n```\n\n"
        "```python\nprint(1)\n```\n\n"
        '```py title="kept.py"\nprint(2)\n```\n\n'
        "```text\nnot python\n```\n"
    )
    on = make_site({"index.md": page}, extensions=extensions, settings={"python_blocks": True})
    blocks = editors(on.soup("index.md"))
    assert [(b["id"], block_data(b)["code"]) for b in blocks] == [
        ("pyroom-index-1", "print(0)\n"),
        ("pyroom-index-1001", "print(1)\n"),
    ]
    assert "print(2)" in on.soup("index.md").get_text()  # a python fence with options of its own stays code
    off = make_site({"index.md": page}, extensions=extensions)
    assert [b["id"] for b in editors(off.soup("index.md"))] == ["pyroom-index-1"]


def test_site_settings_reach_the_page_config(make_site: SiteFactory) -> None:
    settings = {"preload": "visible", "packages": ["six"], "index_urls": ["https://pypi.example/simple"]}
    site = make_site({"index.md": "```pyroom\nprint(1)\n```\n"}, settings=settings)
    config = json.loads(page_script(site.soup("index.md"))["data-pyroom-config"])
    assert config["preload"] == "visible" and config["packages"] == ["six"]
    assert config["indexUrls"] == ["https://pypi.example/simple"] and config["pyodide"].startswith("https://")


def test_max_lines_setting_caps_the_folded_height(make_site: SiteFactory) -> None:
    code = "".join(f"x = {i}\n" for i in range(40))
    site = make_site({"index.md": f"```pyroom\n{code}```\n"}, settings={"max_lines": 10})
    (block,) = editors(site.soup("index.md"))
    assert "--pyroom-lines: 10" in block["style"] and block_data(block)["code"] == code
