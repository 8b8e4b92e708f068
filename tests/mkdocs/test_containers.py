"""Blocks work inside admonitions, details, content tabs and lists, with and without superfences, code intact."""

from __future__ import annotations

import pytest

from .conftest import SiteFactory
from .sites import WITH_SUPERFENCES, WITHOUT_SUPERFENCES, block_data, build_site, editors, pyroom_errors, write_site

#: backticks (even a fence's worth), tabs (leading and inside a string), unicode, HTML-looking text
CODE = 'fence = "a`b```c"\n\tif fence:\n\t\tprint("é → 😀\tcol", "</script><b>")\n'


def indent(text: str, prefix: str) -> str:
    return "".join(prefix + line if line else line for line in text.splitlines(keepends=True))


def fence(prefix: str, info: str = "") -> str:
    return indent(f"```pyroom{' ' + info if info else ''}\n{CODE}```\n", prefix)


PAGES = {
    "admonition": ("!!! note\n" + fence("    "), "div.admonition"),
    "admonition-after-text": ("!!! note\n    Some text.\n\n" + fence("    "), "div.admonition"),
    "details": ('??? tip "More"\n' + fence("    "), "details"),
    "tabs": ('=== "One"\n\n' + fence("    ") + '\n=== "Two"\n\n    Text.\n', "div.tabbed-block"),
    "list": ("1. Step one\n\n" + fence("    ") + "\n2. Step two\n", "ol > li"),
    "list-in-admonition": ("!!! note\n    - item\n\n" + fence("        "), "div.admonition li"),
    "tab-indented-list": ("- item\n\n" + fence("\t"), "ul > li"),
    "blocks-admonition": ("/// warning\n" + fence("") + "///\n", "div.admonition.warning"),
}


@pytest.mark.parametrize("extensions", [WITH_SUPERFENCES, WITHOUT_SUPERFENCES], ids=["superfences", "plain"])
@pytest.mark.parametrize("container", list(PAGES))
def test_block_inside_container_is_an_editor_with_exact_code(
    make_site: SiteFactory, caplog, extensions: list, container: str
) -> None:
    markdown, selector = PAGES[container]
    page = f"# Page\n\nIntro.\n\n{markdown}\nAfter.\n"
    soup = make_site({"index.md": page}, extensions=extensions).soup("index.md")
    assert pyroom_errors(caplog) == []
    (block,) = editors(soup)
    assert block in soup.select(f"{selector} div.pyroom")
    assert block_data(block)["code"] == CODE
    assert block.select_one(".pyroom-code pre").get_text() == CODE
    assert soup.find("b") is None and "pyroom" not in soup.select_one("p:-soup-contains('After.')").get_text()


@pytest.mark.parametrize("extensions", [WITH_SUPERFENCES, WITHOUT_SUPERFENCES], ids=["superfences", "plain"])
def test_several_blocks_and_other_fences_on_one_page(make_site: SiteFactory, extensions: list) -> None:
    page = (
        "# Page\n\n"
        + fence("", 'session="s"')
        + "\n```text\n```pyroom inside a text fence\n```\n\n"
        + "!!! note\n"
        + fence("    ", 'session="s" caption="Second"')
        + "\nText between.\n\n"
        + fence("")
    )
    soup = make_site({"index.md": page}, extensions=extensions).soup("index.md")
    blocks = editors(soup)
    assert [b["id"] for b in blocks] == ["pyroom-index-1", "pyroom-index-2", "pyroom-index-3"]
    assert all(block_data(b)["code"] == CODE for b in blocks)
    assert "```pyroom inside a text fence" in soup.get_text()


@pytest.mark.parametrize("extensions", [WITH_SUPERFENCES, WITHOUT_SUPERFENCES], ids=["superfences", "plain"])
def test_syntax_example_in_a_longer_fence_stays_an_example(make_site: SiteFactory, extensions: list) -> None:
    page = '# How to\n\n````markdown\n```pyroom preview="turtle"\nimport turtle\n```\n````\n'
    soup = make_site({"index.md": page}, extensions=extensions).soup("index.md")
    assert editors(soup) == [] and soup.select("div.pyroom-invalid") == []
    assert '```pyroom preview="turtle"' in soup.select_one("pre").get_text()


def test_author_custom_fences_keep_working_next_to_pyroom(tmp_path) -> None:
    config = write_site(tmp_path, {"index.md": "```mermaid\ngraph TD; A-->B\n```\n\n```pyroom\nprint(1)\n```\n"})
    superfences = (
        "markdown_extensions:\n"
        "  - pymdownx.superfences:\n"
        "      custom_fences:\n"
        "        - name: mermaid\n"
        "          class: mermaid\n"
        "          format: !!python/name:pymdownx.superfences.fence_code_format\n"
    )
    text = config.read_text()
    start = text.index("markdown_extensions:")
    end = text.index("plugins:")
    config.write_text(text[:start] + superfences + text[end:])
    soup = build_site(config).soup("index.md")
    assert soup.select_one("pre.mermaid") is not None
    (block,) = editors(soup)
    assert block_data(block)["code"] == "print(1)\n"
