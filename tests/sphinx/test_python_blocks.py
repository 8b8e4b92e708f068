"""``pyroom_python_blocks = True`` turns plain ``code-block:: python`` into editors; off by default."""

from __future__ import annotations

import pytest


@pytest.mark.sphinx("html", testroot="python-blocks", freshenv=True)
def test_python_blocks_are_plain_by_default(app, html) -> None:
    app.build()
    soup = html.parse(app.outdir / "index.html")
    assert soup.select("div.pyroom") == []
    assert soup.select_one("div.highlight-python pre").get_text() == 'print("plain python block")\n'
    assert html.scripts(soup) == []


@pytest.mark.sphinx(
    "html", testroot="python-blocks", srcdir="python-blocks-on", confoverrides={"pyroom_python_blocks": True}
)
def test_python_blocks_setting_makes_editors(app, html) -> None:
    app.build()
    soup = html.parse(app.outdir / "index.html")
    (block,) = html.editors(soup)
    assert html.data(block)["code"] == 'print("plain python block")\n'
    assert block["data-pyroom-state"] == "idle"
    assert soup.select_one("div.highlight-javascript pre").get_text() == 'console.log("stays javascript");\n'
    assert len(html.scripts(soup)) == 1
