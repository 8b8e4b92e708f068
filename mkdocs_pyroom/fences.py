"""Find the fenced blocks Pyroom owns in a page's raw Markdown, with their lines, and read their options.

The raw Markdown is read before Python-Markdown touches it, so the code keeps its tabs and the plugin knows each
block's line. Fences are found the way ``pymdownx.superfences`` finds them, at any indentation (admonitions, tabs,
details, lists): the code is indented like its opening fence, and the closing fence repeats the opening one at the
same indentation. Other fences are skipped whole, so an example of the syntax inside a longer fence stays an example.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from pyroom.options import OptionError

_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>`{3,}|~{3,})[ \t]*(?P<info>.*?)[ \t]*$")
_OPTION = re.compile(
    r"""(?P<key>[^\s="']+)(?:=(?:"(?P<dq>(?:\\.|[^"\\])*)"|'(?P<sq>(?:\\.|[^'\\])*)'|(?P<bare>[^\s"']+)))?(?=\s|$)"""
)
_TAB = 4


@dataclass(frozen=True)
class Fence:
    """One fenced block: lines are 0-based indexes into the page's Markdown, ``end`` is the closing fence's line."""

    start: int
    end: int
    indent: str
    marker: str
    language: str
    info: str
    code: str
    #: why the fence is unusable (unclosed, code less indented than the fence); ``end`` is then ``start``
    problem: str | None = None
    #: the line the problem is on, when it is not the opening fence's
    problem_line: int | None = None


def _width(whitespace: str) -> int:
    return len(whitespace.expandtabs(_TAB))


def _leading(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _dedent(line: str, width: int) -> str:
    """Remove ``width`` columns of indentation; a tab that straddles the edge leaves its extra columns as spaces."""
    column = index = 0
    while index < len(line) and column < width and line[index] in " \t":
        column = column + _TAB - column % _TAB if line[index] == "\t" else column + 1
        index += 1
    return " " * (column - width) + line[index:]


def _language(info: str) -> tuple[str, str]:
    """Split a fence's info into its language and the rest: ``pyroom a="b"`` or superfences' ``{.pyroom a="b"}``."""
    if info.startswith("{") and info.endswith("}"):
        info = info[1:-1].strip()
        if not info.startswith("."):
            return "", info
        info = info[1:]
    parts = info.split(None, 1)
    return (parts[0], parts[1].strip() if len(parts) > 1 else "") if parts else ("", "")


def find_fences(lines: list[str], languages: Collection[str]) -> list[Fence]:
    """The fences in ``lines`` whose language is in ``languages``, in order (other fences are skipped whole)."""
    found: list[Fence] = []
    index = 0
    while index < len(lines):
        match = _OPEN.match(lines[index])
        if match is None or (match["marker"][0] == "`" and "`" in match["info"]):
            index += 1
            continue
        indent, marker = match["indent"], match["marker"]
        language, info = _language(match["info"])
        ours = language in languages
        width = _width(indent)
        body: list[str] = []
        close: int | None = None
        problem: str | None = None
        problem_line: int | None = None
        cursor = index + 1
        while cursor < len(lines):
            line = lines[cursor]
            if line.strip():
                leading = _leading(line)
                if _width(leading) < width:
                    problem = "the code is less indented than its opening fence: indent the code like the fence"
                    problem_line = cursor
                    break
                content = _dedent(line, width)
                if re.fullmatch(re.escape(marker) + r"[ \t]*", content):
                    close = cursor
                    break
            body.append(_dedent(line, width))
            cursor += 1
        else:
            problem = f"the fence has no closing {marker} at its indentation"
        if close is None:
            if ours:
                found.append(Fence(index, index, indent, marker, language, info, "", problem, problem_line))
            if cursor >= len(lines):
                break  # an unclosed fence runs to the end of the page
            index = cursor  # not a fence after all: read on from the line that broke it
            continue
        if ours:
            code = "\n".join(body).rstrip("\n")
            found.append(Fence(index, close, indent, marker, language, info, code + "\n" if code.strip() else ""))
        index = close + 1
    return found


def parse_fence_options(info: str) -> dict[str, str | None]:
    """Read ``key="value"``, ``key='value'``, ``key=value`` and bare ``flag`` options (``None`` for a flag).

    Raises :class:`OptionError` for text that is not an option or an option given twice.
    """
    options: dict[str, str | None] = {}
    position = 0
    while True:
        while position < len(info) and info[position].isspace():
            position += 1
        if position >= len(info):
            return options
        match = _OPTION.match(info, position)
        if match is None:
            word = info[position:].split()[0]
            name = word.split("=", 1)[0] or word
            raise OptionError(
                name,
                f'cannot read {info[position:]!r}: write options as key="value" or as a bare flag '
                "(is a quote missing?)",
            )
        key = match["key"]
        if match["dq"] is not None:
            value: str | None = match["dq"].replace('\\"', '"')
        elif match["sq"] is not None:
            value = match["sq"].replace("\\'", "'")
        else:
            value = match["bare"]
        if key in options:
            raise OptionError(key, "is given twice")
        options[key] = value
        position = match.end()
