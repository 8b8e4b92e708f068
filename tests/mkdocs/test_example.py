"""The MkDocs example site (``examples/mkdocs``) builds strictly, and its blocks run with a self-hosted Pyodide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import REPO, serving

EXAMPLE = REPO / "examples" / "mkdocs" / "mkdocs.yml"


def build_example(site_dir: Path, strict: bool = True) -> None:
    config = load_config(str(EXAMPLE), site_dir=str(site_dir), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory, vendored_pyodide: Path) -> Iterator[str]:
    from pyroom import pyodide_dist

    if vendored_pyodide != pyodide_dist.default_vendor_dir():
        pytest.skip("the example site takes Pyodide from Pyroom's cache folder")
    site_dir = tmp_path_factory.mktemp("example") / "site"
    site_dir.mkdir()
    with pytest.MonkeyPatch.context() as patch, serving(site_dir) as url:
        patch.setenv("NO_MKDOCS_2_WARNING", "1")
        patch.setenv("PYROOM_PYODIDE", "local")
        patch.setenv("PYROOM_SITE_URL", url + "/")
        build_example(site_dir)
        yield url + "/"


def test_example_builds_strictly_with_pyodide_from_the_cdn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYROOM_PYODIDE", raising=False)
    build_example(tmp_path / "site")
    for page in ("index.html", "sessions/index.html", "input/index.html", "packages/index.html"):
        assert 'class="pyroom' in (tmp_path / "site" / page).read_text(encoding="utf-8")
    assert not (tmp_path / "site" / "assets" / "pyroom" / "pyodide").exists()
    assert (tmp_path / "site" / "_headers").is_file() and (tmp_path / "site" / ".htaccess").is_file()


@pytest.mark.browser
def test_example_blocks_run(chromium, example_site: str) -> None:
    context = chromium.new_context()
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        page.goto(example_site + "packages/")
        page.wait_for_function("window.pyroom?.blocks.length === 2")
        result = page.evaluate("window.pyroom.blocks[0].run()")
        assert result["status"] == "done" and result["stdout"].splitlines()[1:] == ["Python 3: True", "120"]

        page.locator("a.md-nav__link[href$='sessions/']").first.click()  # instant navigation
        page.wait_for_function("window.pyroom?.get('pyroom-sessions-2') !== null")
        assert page.evaluate("window.pyroom.blocks[0].run()")["stdout"] == "items: 3\n"
        assert page.evaluate("window.pyroom.blocks[1].run()")["stdout"] == "total: 4.00\n"  # setup block ran first
        assert "NameError" in page.evaluate("window.pyroom.blocks[2].run()")["stderr"]

        page.locator("a.md-nav__link[href$='input/']").first.click()
        # The sessions page has three blocks too: wait for the input page's own blocks, not a count.
        page.wait_for_function(
            "window.pyroom?.blocks.length === 3 && window.pyroom.blocks.every((b) => b.id.startsWith('pyroom-input-'))"
        )
        block = page.evaluate("window.pyroom.blocks[0].id")
        page.click(f"#{block} button.pyroom-run")
        page.locator(f'#{block}[data-pyroom-state="waiting"]').wait_for()
        page.locator(f"#{block} .pyroom-input").fill("Ada")
        page.locator(f"#{block} .pyroom-input").press("Enter")
        page.locator(f'#{block}[data-pyroom-state="done"]').wait_for()
        assert "Nice to meet you, Ada." in page.locator(f"#{block} .pyroom-output").inner_text()
    finally:
        context.close()
