"""Themes build; only pages with blocks load Pyroom, from URLs that resolve on every page; hosting files are written."""

from __future__ import annotations

import json
import re

import pytest
from mkdocs.exceptions import Abort

from .conftest import SiteFactory
from .sites import Site, editors, has_pyroom_assets, page_script, page_style, pyroom_errors

PAGES = {
    "index.md": "# Home\n\n```pyroom\nprint('home')\n```\n",
    "plain.md": "# Plain\n\nNo blocks here.\n\n```python\nprint('just code')\n```\n",
    "guide/deep/page.md": "# Deep\n\n!!! note\n    ```pyroom\n    print('deep')\n    ```\n",
    "guide/index.md": "# Guide\n\n```pyroom\nprint('guide')\n```\n",
}
BLOCK_PAGES = ["index.md", "guide/deep/page.md", "guide/index.md"]
THEMES = ["mkdocs", "readthedocs", "material"]


def assert_assets_resolve(site: Site, src: str) -> None:
    soup = site.soup(src)
    script, style = page_script(soup), page_style(soup)
    assert script is not None and style is not None, f"{src} lacks the Pyroom assets"
    assert script["type"] == "module" and script["data-pyroom-config"].startswith("{")
    for url in (script["src"], style["href"]):
        assert site.resolve(src, url).is_file(), f"{url} on {src} names no file"
    assert soup.head.find(lambda tag: tag in (script, style)) is not None, "assets belong in <head>"


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "file-urls"])
@pytest.mark.parametrize("theme", THEMES)
def test_themes_build_and_only_pages_with_blocks_load_pyroom(
    make_site: SiteFactory, caplog, theme: str, directory_urls: bool
) -> None:
    site = make_site(PAGES, theme=theme, directory_urls=directory_urls)
    assert pyroom_errors(caplog) == []
    for src in BLOCK_PAGES:
        assert len(editors(site.soup(src))) == 1
        assert_assets_resolve(site, src)
    assert not has_pyroom_assets(site.soup("plain.md"))
    assert not has_pyroom_assets(site.soup("404.html"))


def test_assets_are_published_into_the_site(make_site: SiteFactory) -> None:
    site = make_site(PAGES)
    folder = site.site_dir / "assets" / "pyroom"
    for name in ("pyroom.js", "pyroom.css", "editor.js", "worker.js", "runtime.json"):
        assert (folder / name).is_file()


def test_highlight_js_themes_leave_block_code_alone(make_site: SiteFactory) -> None:
    soup = make_site(PAGES, theme="mkdocs").soup("index.md")
    (block,) = editors(soup)
    assert "nohighlight" in block.select_one("pre code")["class"]


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "file-urls"])
def test_material_instant_navigation_hooks_every_page(make_site: SiteFactory, directory_urls: bool) -> None:
    theme = {"name": "material", "features": ["navigation.instant"]}
    site = make_site(PAGES, theme=theme, directory_urls=directory_urls)
    for src in [*BLOCK_PAGES, "plain.md"]:
        soup = site.soup(src)
        (hook,) = soup.select("head script[data-pyroom-hook]")
        assert hook["type"] == "module" and hook.has_attr("data-pyroom-config")
        assert "window.document$" in hook.string and "window.pyroom?.mount()" in hook.string
        base = re.search(r'new URL\("([^"]+)", import\.meta\.url\)', hook.string)[1]
        assert site.resolve(src, base + "pyroom.js").is_file() and site.resolve(src, base + "pyroom.css").is_file()
    for src in BLOCK_PAGES:
        assert_assets_resolve(site, src)
    plain = site.soup("plain.md")  # the hook loads the script only when navigation brings blocks
    assert page_script(plain) is None and page_style(plain) is None


def test_material_without_instant_navigation_has_no_hook(make_site: SiteFactory) -> None:
    site = make_site(PAGES, theme={"name": "material", "features": ["navigation.tabs"]})
    assert site.soup("index.md").select("script[data-pyroom-hook]") == []
    assert not has_pyroom_assets(site.soup("plain.md"))


def test_hosting_files_are_written(make_site: SiteFactory) -> None:
    site = make_site(PAGES, settings={"hosting_files": ["netlify", "apache", "azure"], "coep": "credentialless"})
    assert "Cross-Origin-Embedder-Policy: credentialless" in (site.site_dir / "_headers").read_text()
    assert (site.site_dir / ".htaccess").is_file() and (site.site_dir / "staticwebapp.config.json").is_file()
    assert not (site.site_dir / "pyroom-sw.js").exists()


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "file-urls"])
def test_service_worker_isolation_registers_from_the_site_root(make_site: SiteFactory, directory_urls: bool) -> None:
    site = make_site(PAGES, settings={"isolation": "service-worker"}, directory_urls=directory_urls)
    assert "Cross-Origin-Opener-Policy" in (site.site_dir / "pyroom-sw.js").read_text()
    for src in BLOCK_PAGES:
        snippet = next(s.string for s in site.soup(src).head.find_all("script") if s.string and "pyroom-sw" in s.string)
        root = re.search(r'var root = "([^"]*)";', snippet)[1].rstrip("/") + "/"
        assert site.resolve(src, root + "pyroom-sw.js") == site.site_dir / "pyroom-sw.js"
    assert "pyroom-sw" not in site.file(site.url("plain.md")).read_text()


@pytest.mark.parametrize("theme", ["mkdocs", "material"])
def test_search_indexes_the_code_but_not_the_block_data_or_buttons(make_site: SiteFactory, theme: str) -> None:
    page = (
        '# Home\n\n```pyroom session="s"\nprint("findable words")\n```\n\n'
        '```pyroom setup session="s"\nhidden = 1\n```\n'
    )
    site = make_site({"index.md": page}, theme=theme, other_plugins=["search"])
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "findable words" in text
    assert '"code"' not in text and "hidden = 1" not in text and "Stop" not in text and "Reset" not in text
    (block,) = editors(site.soup("index.md"))  # and the page itself has the full editor
    assert block.has_attr("data-pyroom-block") and not site.soup("index.md").select(".pyroom-slot")


def test_self_hosted_pyodide_dir_is_relative_to_mkdocs_yml(make_site: SiteFactory) -> None:
    files = {"vendor/pyodide/pyodide.mjs": "export {};\n", "vendor/pyodide/pyodide.asm.wasm": "wasm"}
    settings = {"pyodide": "local", "pyodide_dir": "vendor/pyodide"}
    site = make_site(PAGES, settings=settings, files=files)
    published = site.site_dir / "assets" / "pyroom" / "pyodide"
    assert (published / "pyodide.mjs").is_file() and (published / "pyodide.asm.wasm").is_file()
    assert json.loads(page_script(site.soup("index.md"))["data-pyroom-config"])["pyodide"] == "local"


def test_missing_self_hosted_pyodide_stops_the_build(make_site: SiteFactory, caplog) -> None:
    with pytest.raises(Abort):
        make_site(PAGES, settings={"pyodide": "local", "pyodide_dir": "nowhere"})
    assert "nowhere' holds no Pyodide (no pyodide.mjs); run `pyroom vendor" in caplog.text


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_table_of_contents_and_search_hold_no_pyroom_ui_text(make_site: SiteFactory, theme: str) -> None:
    page = (
        "# Title\n\n## First\n\n"
        '```pyroom caption="A caption" session="s"\nprint("alpha")\n```\n\n'
        '## Second\n\n!!! note\n    ```pyroom session="s" stdin="x"\n    input()\n    ```\n'
    )
    site = make_site({"index.md": page}, theme=theme, other_plugins=["search"])
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in index["docs"]]
    assert set(titles) == {"Title", "First", "Second"}  # the page, then its sections: no block made a heading
    text = " ".join(doc["text"] for doc in index["docs"])
    for ui in ("Run", "Stop", "Reset", "Output", "pyroom", '"session"', "{"):
        assert ui not in text, f"{ui!r} in the search index"
    assert 'print("alpha")' in text and "input()" in text
    soup = site.soup("index.md")
    toc = {
        "mkdocs": "ul.navbar-nav li a, div.bs-sidebar a",
        "readthedocs": "li.current a",
        "material": "nav.md-nav--secondary a",
    }[theme]
    entries = [a.get_text(" ", strip=True) for a in soup.select(toc)]
    assert {"First", "Second"} <= set(entries)
    assert not {"Run", "Stop", "Reset", "Output", "A caption"} & set(entries)
