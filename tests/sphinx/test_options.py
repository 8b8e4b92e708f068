"""Block options reach the page; bad options and bad site settings are reported where they are, never crash a build."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sphinx.errors import ConfigError
from sphinx.util.console import strip_escape_sequences

from pyroom.render import code_hash

SPIRAL = """import turtle
t = turtle.Turtle()
for i in range(36):
    t.forward(i * 5)
    t.left(91)
"""


def _blocks_by_id(html, page: Path) -> dict:
    return {div["id"]: div for div in html.parse(page).select("div.pyroom")}


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_every_block_option_reaches_the_page(app, html) -> None:
    app.build()
    assert strip_escape_sequences(app.warning.getvalue()) == ""
    soup = html.parse(app.outdir / "options.html")
    spiral = soup.find(id="spiral-block")
    assert spiral.name == "div" and "pyroom" in spiral["class"]
    data = html.data(spiral)
    assert data == {
        "code": SPIRAL,
        "filename": "main.py",
        "hash": code_hash(SPIRAL),
        "options": {
            "autorun": True,
            "lines": 7,
            "packages": ["numpy", "attrs>=23"],
            "preview": "turtle",
            "readonly": True,
            "session": "spiral",
            "stdin": "Ada\n36",
        },
    }
    assert set(spiral["class"]) == {"pyroom", "pyroom-readonly", "pyroom-preview-turtle"}
    assert spiral["data-pyroom-state"] == "idle"
    assert spiral["data-pyroom-session"] == "spiral"
    assert spiral["style"] == "--pyroom-lines: 7"
    assert spiral.select_one(".pyroom-caption").get_text() == "A turtle spiral"
    assert spiral.select_one("pre").get_text() == SPIRAL
    assert spiral.select_one("pre")["aria-label"] == "Python code (read only)"

    editors = html.editors(soup)
    previews = [sorted(c for c in div["class"] if c.startswith("pyroom-preview-")) for div in editors]
    assert previews == [
        ["pyroom-preview-turtle"],
        ["pyroom-preview-tkinter"],
        [],  # preview: none
        ["pyroom-preview-auto"],
        ["pyroom-preview-auto"],
        ["pyroom-preview-auto"],
        ["pyroom-preview-auto"],
    ]
    defaults = editors[3]
    assert html.data(defaults)["options"] == {}
    assert "data-pyroom-session" not in defaults.attrs
    assert defaults["style"] == "--pyroom-lines: 30"  # the code fits; editing grows it up to max_lines
    assert editors[1]["style"] == "--pyroom-lines: 30"
    assert html.data(editors[2])["options"] == {"preview": "none"}


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_setup_block_is_hidden_data_only(app, html) -> None:
    app.build()
    soup = html.parse(app.outdir / "options.html")
    setups = soup.select("div.pyroom-setup")
    assert len(setups) == 1
    setup = setups[0]
    assert setup.has_attr("hidden")
    assert setup["data-pyroom-session"] == "spiral"
    assert html.data(setup)["options"] == {"session": "spiral", "setup": True}
    assert html.data(setup)["code"] == 'SETUP_MARKER = "only-in-setup"\n'
    # nothing visible: no button, no highlighted code, no state for the page script to drive
    assert setup.find("button") is None and setup.find("pre") is None
    assert "data-pyroom-state" not in setup.attrs
    assert "only-in-setup" not in soup.get_text().replace(setup.get_text(), "")


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_name_makes_the_block_referencable(app, html) -> None:
    app.build()
    options = html.parse(app.outdir / "options.html")
    links = {(a["href"], a.get_text()) for a in options.select("a.reference.internal") if a["href"].startswith("#")}
    assert ("#spiral-block", "A turtle spiral") in links  # the caption is the link text
    assert ("#spiral-block", "the other one") in links
    assert ("#quiet-block", "the quiet one") in links  # a name without caption, with an explicit title
    labelled = [href for href, text in links if text == "Labelled from outside"]
    assert len(labelled) == 1
    # every link target is the block element itself, and ids are unique on the page
    for target, caption in (("spiral-block", "A turtle spiral"), (labelled[0][1:], "Labelled from outside")):
        element = options.find(id=target)
        assert element.name == "div" and "pyroom" in element["class"], element
        assert element.select_one(".pyroom-caption").get_text() == caption
    assert "pyroom" in options.find(id="quiet-block")["class"]
    # a label above a named block: both links land, the name on the block element
    assert ("#outer-label", "Two names") in links and ("#inner-name", "Two names") in links
    assert "pyroom" in options.find(id="inner-name")["class"]
    # every link into the page lands on an element of it
    missing = [href for href, _ in links if options.find(id=href[1:]) is None]
    assert missing == []
    ids = Counter(tag["id"] for tag in options.find_all(id=True))
    assert [i for i, n in ids.items() if n > 1] == []

    page = html.parse(app.outdir / "sub" / "page.html")
    assert "../options.html#spiral-block" in {a["href"] for a in page.select("a.reference.internal")}


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_file_argument_is_relative_to_the_page_or_to_srcdir(app, html) -> None:
    app.build()
    blocks = html.editors(html.parse(app.outdir / "sub" / "page.html"))
    data = [html.data(div) for div in blocks]
    assert [(d["code"], d["filename"]) for d in data] == [
        ('print("from sub/example.py")\n', "example.py"),  # `.. pyroom:: example.py` next to sub/page.rst
        ('print("from shared/top.py")\n', "top.py"),  # `/shared/top.py` from the source dir
        ('print("from sub/example.py")\n', "example.py"),  # `:file: example.py`
    ]
    assert data[2]["options"] == {"session": "files"}
    assert blocks[0].select_one("pre").get_text() == 'print("from sub/example.py")\n'


# --- bad block options -----------------------------------------------------------------------------------------

# page of the bad-options root -> (option named in the message, fragments: the bad value and what is accepted)
BAD_OPTIONS = {
    "preview-turtl": ("preview", ["'turtl'", "is not one of: auto, turtle, tkinter, none"]),
    "lines-0": ("lines", ["'0'", "whole number of lines from 1 to 200"]),
    "lines-abc": ("lines", ["'abc'", "whole number of lines from 1 to 200"]),
    "lines-999": ("lines", ["'999'", "whole number of lines from 1 to 200"]),
    "session-bad": ("session", ["'bad name!'", "1-64 letters, digits, '_', '-' or '.'"]),
    "packages-bad": ("packages", ["'not a req!!'", "a package name, a requirement like 'attrs>=23' or a wheel URL"]),
    "setup-maybe": ("setup", ["'maybe'", "is a flag", "write it alone"]),
    "unknown-sesion": ("sesion", ["did you mean 'session'?", "the options are: file, preview, session, setup"]),
    "setup-no-session": ("setup", ["a setup block needs a 'session'"]),
    "file-missing": ("file", ["'missing.py' does not exist"]),
    "file-and-content": ("file", ["'present.py'", "either from 'present.py' or as the block's content, not both"]),
}


@pytest.mark.sphinx("html", testroot="bad-options")
@pytest.mark.test_params(shared_result="bad-options")
@pytest.mark.parametrize("page", sorted(BAD_OPTIONS))
def test_bad_option_warns_with_file_line_option_and_accepted_values(app, html, page: str) -> None:
    app.build()  # builds once for all cases (shared result); never raises
    option, fragments = BAD_OPTIONS[page]
    warnings = strip_escape_sequences(app.warning.getvalue()).splitlines()
    source = app.srcdir / f"{page}.rst"
    mine = [w for w in warnings if w.startswith(f"{source}:")]
    assert len(mine) == 1, warnings
    # the directive is on line 6 of each page
    assert mine[0].startswith(f"{source}:6: ERROR: pyroom option '{option}': "), mine[0]
    for fragment in fragments:
        assert fragment in mine[0]

    out = app.outdir / f"{page}.html"
    soup = html.parse(out)
    assert "Text after the block." in soup.get_text()  # the rest of the page is built
    assert soup.select("div.pyroom") == []  # no runnable (or broken) editor for the bad block
    assert html.scripts(soup) == []


def test_every_bad_option_page_is_tested() -> None:
    pages = {p.stem for p in (Path(__file__).parent / "roots" / "test-bad-options").glob("*.rst")}
    assert pages - {"index"} == set(BAD_OPTIONS)


# --- bad site settings ------------------------------------------------------------------------------------------


@pytest.mark.sphinx("html", testroot="basic")
@pytest.mark.parametrize(
    ("setting", "value", "accepted"),
    [
        ("pyroom_preload", "never", "run, interaction, visible, load"),
        ("pyroom_coep", "same-origin", "require-corp, credentialless"),
        ("pyroom_isolation", "magic", "headers, service-worker"),
        ("pyroom_max_lines", 0, "from 1 to 200"),
    ],
)
def test_bad_site_setting_is_a_config_error(make_app, app_params, setting: str, value, accepted: str) -> None:
    args, kwargs = app_params
    with pytest.raises(ConfigError) as info:
        make_app(*args, **kwargs, confoverrides={setting: value})
    message = str(info.value)
    assert setting in message
    assert repr(value) in message
    assert accepted in message
