"""Editors work with the common themes, inside admonitions and lists, and build with warnings as errors."""

from __future__ import annotations

import pytest

THEMES = ["alabaster", "furo", "pydata_sphinx_theme", "sphinx_rtd_theme"]


@pytest.mark.parametrize(
    "theme",
    [
        pytest.param(
            theme,
            marks=pytest.mark.sphinx(
                "html",
                testroot="theme",
                srcdir=f"theme-{theme}",
                confoverrides={"html_theme": theme},
                warningiserror=True,
            ),
            id=theme,
        )
        for theme in THEMES
    ],
)
def test_theme_builds_with_editors(app, html, theme: str) -> None:
    app.build()
    # -W: a warning sets the status code (Sphinx reports it at the end rather than raising)
    assert app.statuscode == 0 and app.warning.getvalue() == "", app.warning.getvalue()
    assert app.config.html_theme == theme
    index = html.parse(app.outdir / "index.html")
    (block,) = html.editors(index)
    assert block.select_one(".pyroom-caption").get_text() == "On the index"
    page = html.parse(app.outdir / "page.html")
    in_note, in_list = html.editors(page)
    assert in_note.find_parent(class_="admonition") is not None
    assert in_list.find_parent("li") is not None
    for soup in (index, page):
        assert len(html.scripts(soup)) == 1
        assert len(html.styles(soup)) == 1
    assert (app.outdir / "_static" / "pyroom" / "pyroom.js").is_file()
