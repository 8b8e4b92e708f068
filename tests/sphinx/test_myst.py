"""MyST Markdown: a ```{pyroom}``` directive with ``:key: value`` (or YAML) options builds to an editor."""

from __future__ import annotations

import pytest
from sphinx.util.console import strip_escape_sequences


@pytest.mark.sphinx("html", testroot="myst", freshenv=True)
def test_myst_directive_builds_an_editor(app, html) -> None:
    app.build()
    assert strip_escape_sequences(app.warning.getvalue()) == ""
    soup = html.parse(app.outdir / "index.html")
    first, second = html.editors(soup)
    assert html.data(first) == {
        "code": "import turtle\nturtle.forward(10)\n",
        "filename": "main.py",
        "hash": html.data(first)["hash"],
        "options": {"lines": 4, "preview": "turtle", "session": "myst-session"},
    }
    assert first["id"] == "myst-block"
    assert first["style"] == "--pyroom-lines: 4"
    assert first.select_one(".pyroom-caption").get_text() == "From *Markdown*"
    assert html.data(second)["options"] == {"readonly": True, "session": "myst-session"}
    assert "pyroom-readonly" in second["class"]
    assert soup.select_one('a.reference.internal[href="#myst-block"]') is not None
    assert len(html.scripts(soup)) == 1


@pytest.mark.sphinx("html", testroot="myst", srcdir="myst-bad", freshenv=True)
def test_myst_bad_option_warns_at_its_line(app, html) -> None:
    page = app.srcdir / "bad.md"
    page.write_text("# Bad\n\n```{pyroom}\n:preview: turtl\n\nprint(1)\n```\n")
    (app.srcdir / "index.md").write_text((app.srcdir / "index.md").read_text() + "\n```{toctree}\nbad\n```\n")
    app.build()
    warnings = strip_escape_sequences(app.warning.getvalue())
    assert f"{page}:3: ERROR: pyroom option 'preview': 'turtl' is not one of: auto, turtle, tkinter, none" in warnings
    assert html.parse(app.outdir / "bad.html").select("div.pyroom") == []
