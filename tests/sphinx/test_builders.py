"""HTML builders get editors and assets (only on pages with blocks); every other builder an ordinary code block."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from sphinx.util.console import strip_escape_sequences

from pyroom.assets import ASSET_FILES

# builder -> (page holding the options page's blocks, relative path to the site root from it)
EDITOR_PAGES = {
    "html": ("options.html", ""),
    "dirhtml": ("options/index.html", "../"),
    "singlehtml": ("index.html", ""),
}


def _per_builder(builders) -> list:
    """One case per builder, each building its own copy of the basic root."""
    return [
        pytest.param(b, marks=pytest.mark.sphinx(b, testroot="basic", srcdir=f"basic-{b}"), id=b)
        for b in sorted(builders)
    ]


@pytest.mark.parametrize("builder", _per_builder(EDITOR_PAGES))
def test_html_builders_give_editors(app, html, builder: str) -> None:
    app.build()
    assert app.builder.name == builder
    assert strip_escape_sequences(app.warning.getvalue()) == ""
    page, root = EDITOR_PAGES[builder]
    soup = html.parse(app.outdir / page)
    editors = html.editors(soup)
    assert len(editors) >= 6
    assert {div["data-pyroom-state"] for div in editors} == {"idle"}
    for div in editors:
        assert div.select_one("button.pyroom-run")["aria-label"] == "Run"
        assert div.select_one("pre").get_text() == html.data(div)["code"]

    (script,) = html.scripts(soup)
    assert script["type"] == "module"
    assert script["src"].split("?")[0] == f"{root}_static/pyroom/pyroom.js"
    config = json.loads(script["data-pyroom-config"])
    assert config["preload"] == "run" and config["pyodide"].startswith("https://")
    (style,) = html.styles(soup)
    assert style["href"].split("?")[0] == f"{root}_static/pyroom/pyroom.css"

    for name in ASSET_FILES:
        assert (app.outdir / "_static" / "pyroom" / name).is_file(), name
    assert "pyroom" in soup.find(id="spiral-block")["class"]  # the named block is the link target
    ids = Counter(tag["id"] for tag in soup.find_all(id=True))
    assert [i for i, n in ids.items() if n > 1] == []  # also when singlehtml puts every page on one


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_only_pages_with_blocks_get_assets(app, html) -> None:
    app.build()
    with_blocks = {"options.html", "sub/page.html"}
    pages = sorted(p.relative_to(app.outdir).as_posix() for p in app.outdir.rglob("*.html"))
    assert {"index.html", "plain.html", "genindex.html", "search.html"} <= set(pages)
    for page in pages:
        text = (app.outdir / page).read_text()
        if page in with_blocks:
            soup = html.parse(app.outdir / page)
            assert len(html.scripts(soup)) == 1, page
            assert len(html.styles(soup)) == 1, page
            assert text.count("pyroom.js") == 1, page
        else:
            assert "pyroom.js" not in text and "pyroom.css" not in text, page
            assert 'class="pyroom' not in text, page


# builder -> output file with the options page, strings the code block must hold there
PLAIN_OUTPUTS = {
    "latex": ("pyroom-basic.tex", [r"\begin{sphinxVerbatim}", r"\PYG{n+nn}{turtle}", r"\PYG{n}{forward}"]),
    "text": ("options.txt", ["   import turtle\n   t = turtle.Turtle()\n   for i in range(36):\n"]),
    "man": ("pyroom-basic.1", ["import turtle\nt = turtle.Turtle()\nfor i in range(36):\n"]),
    "texinfo": ("pyroom-basic.texi", ["@example\nimport turtle\nt = turtle.Turtle()\n"]),
    "epub": ("options.xhtml", ['<div class="highlight"><pre>', '<span class="nn">turtle</span>']),
}


@pytest.mark.parametrize("builder", _per_builder(PLAIN_OUTPUTS))
def test_other_builders_keep_an_ordinary_code_block(app, builder: str) -> None:
    app.build()
    assert app.builder.name == builder
    assert app.statuscode == 0
    assert strip_escape_sequences(app.warning.getvalue()) == ""
    filename, expected = PLAIN_OUTPUTS[builder]
    text = (app.outdir / filename).read_text()
    for fragment in expected:
        assert fragment in text
    outputs = {
        path: path.read_text()
        for path in app.outdir.rglob("*")
        if path.suffix in (".tex", ".txt", ".1", ".texi", ".xhtml") and path.is_file()
    }
    everything = "".join(outputs.values())
    # every block's code is there, also the file-argument ones (one string token each, also in LaTeX)
    for code in ("no preview", "named, no caption", "from sub/example.py", "from shared/top.py"):
        assert code in everything, code
    assert "pyroom-data" not in everything and "data-pyroom" not in everything
    assert not (app.outdir / "_static" / "pyroom").exists()
    # the setup block is not shown anywhere
    for path, content in outputs.items():
        assert "SETUP" not in content and "only-in-setup" not in content, path
