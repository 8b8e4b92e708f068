"""Code and captions are text, never markup: nothing in a block can leave its data attribute or inject elements."""

from __future__ import annotations

import pytest

CODE = 's = "</script><img src=x onerror=alert(1)>"\nprint(s)  # <!-- not a comment -->\n'


@pytest.mark.sphinx("html", testroot="escape", freshenv=True)
def test_code_is_escaped_in_data_and_highlighted_code(app, html) -> None:
    app.build()
    text = (app.outdir / "index.html").read_text()
    start = text.index('data-pyroom-block="') + len('data-pyroom-block="')
    data_attr = text[start : text.index('"', start)]
    assert "<" not in data_attr and ">" not in data_attr  # no "</script", "<img" or "<!--" inside, raw
    assert "&lt;/script&gt;&lt;img" in data_attr
    soup = html.parse(app.outdir / "index.html")
    (block,) = html.editors(soup)
    assert html.data(block)["code"] == CODE  # the JSON still decodes to the exact code
    assert block.select_one("pre").get_text() == CODE  # shown as text
    assert soup.find("img") is None  # nothing injected
    caption = block.select_one(".pyroom-caption")
    assert caption.get_text() == "<b>not bold</b> & friends" and caption.find("b") is None
