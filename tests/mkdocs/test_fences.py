"""The fence reader: finds Pyroom's fences where superfences would, keeps their code exact, reads their options."""

from __future__ import annotations

import pytest

from mkdocs_pyroom.fences import find_fences, parse_fence_options
from pyroom.options import OptionError


def fences(text: str, languages: tuple[str, ...] = ("pyroom",)):
    return find_fences(text.split("\n"), languages)


def test_top_level_fence_gives_code_line_and_options() -> None:
    (fence,) = fences('# T\n\n```pyroom preview="turtle" autorun\nimport turtle\n```\n')
    assert (fence.start, fence.end, fence.language, fence.info) == (2, 4, "pyroom", 'preview="turtle" autorun')
    assert fence.code == "import turtle\n" and fence.problem is None


def test_attribute_form_of_the_language() -> None:
    (fence,) = fences('```{.pyroom preview="turtle"}\nimport turtle\n```\n```{#x .python}\n```\n')
    assert (fence.language, fence.info) == ("pyroom", 'preview="turtle"')


def test_indented_fence_is_dedented_and_keeps_tabs_backticks_and_unicode() -> None:
    text = '!!! note\n    ~~~~pyroom\n    s = "a`b```c"\n    \tif s:\n    \t\tprint("é → 😀")\n\n    ~~~~\n'
    (fence,) = fences(text)
    assert fence.indent == "    " and fence.marker == "~~~~"
    assert fence.code == 's = "a`b```c"\n\tif s:\n\t\tprint("é → 😀")\n'


def test_tab_indented_container_is_dedented_by_columns() -> None:
    (fence,) = fences("- item\n\n\t```pyroom\n\tx = 1\n\t    y = 2\n\t```\n")
    assert fence.code == "x = 1\n    y = 2\n"


def test_other_fences_are_skipped_whole_so_examples_stay_examples() -> None:
    text = "````markdown\n```pyroom\nprint(1)\n```\n````\n\n```pyroom\nprint(2)\n```\n"
    (fence,) = fences(text)
    assert fence.code == "print(2)\n" and fence.start == 6


def test_closing_fence_must_repeat_the_opening_one() -> None:
    (fence,) = fences("````pyroom\n```\nstill code\n````\n")
    assert fence.code == "```\nstill code\n"


def test_unclosed_fence_is_reported() -> None:
    (fence,) = fences("```pyroom\nprint(1)\n")
    assert fence.problem and "no closing ```" in fence.problem


def test_code_less_indented_than_its_fence_is_reported() -> None:
    (fence,) = fences("!!! note\n    ```pyroom\nprint(1)\n    ```\n")
    assert fence.problem and "less indented" in fence.problem and fence.problem_line == 2


def test_python_fences_only_when_asked() -> None:
    text = '```python\nprint(1)\n```\n\n```py title="x.py"\nprint(2)\n```\n'
    assert fences(text) == []
    found = fences(text, ("pyroom", "python", "py"))
    assert [(f.language, f.info) for f in found] == [("python", ""), ("py", 'title="x.py"')]


def test_options_quoted_bare_and_flags() -> None:
    assert parse_fence_options("preview=\"turtle\" session='a b' lines=12 autorun readonly") == {
        "preview": "turtle",
        "session": "a b",
        "lines": "12",
        "autorun": None,
        "readonly": None,
    }


def test_option_values_keep_unicode_escaped_quotes_and_backslash_n() -> None:
    assert parse_fence_options(r'caption="Café \"ü\"" stdin="Ada\n36"') == {
        "caption": 'Café "ü"',
        "stdin": r"Ada\n36",
    }


@pytest.mark.parametrize(
    ("info", "option", "words"),
    [
        ('preview="turtle', "preview", "quote missing"),
        ("lines=", "lines", 'key="value"'),
        ("autorun autorun", "autorun", "given twice"),
    ],
)
def test_unreadable_options_name_the_option(info: str, option: str, words: str) -> None:
    with pytest.raises(OptionError) as caught:
        parse_fence_options(info)
    assert caught.value.option == option and words in caught.value.message
