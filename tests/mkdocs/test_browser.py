"""In Chromium with a self-hosted Pyodide: blocks run in each theme, follow Material's palette toggle, and survive
Material's instant navigation on one booted worker without leaking listeners or editors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import serving

from .sites import build_site, write_site

pytestmark = pytest.mark.browser

TIMEOUT = 60_000
#: the palette toggle of Material's documentation: light (default) and dark (slate)
PALETTE = [
    {"scheme": "default", "toggle": {"icon": "material/brightness-7", "name": "Switch to dark mode"}},
    {"scheme": "slate", "toggle": {"icon": "material/brightness-4", "name": "Switch to light mode"}},
]
MATERIAL = {"name": "material", "features": ["navigation.instant"], "palette": PALETTE}
EXTENSIONS = ["admonition", "pymdownx.superfences", {"pymdownx.tabbed": {"alternate_style": True}}]
PAGES = {
    "index.md": (
        "# Home\n\n[Sessions](sessions.md) [Other](other.md) [Plain](plain.md)\n\n"
        '```pyroom\nprint("home", 6 * 7)\n```\n'
    ),
    "sessions.md": (
        "# Sessions\n\n[Home](index.md) [Other](other.md)\n\n"
        '!!! note\n\n    ```pyroom session="s"\n    answer = 41\n    ```\n\n'
        '=== "Tab"\n\n    ```pyroom session="s"\n    print("answer", answer + 1)\n    ```\n'
    ),
    "other.md": '# Other\n\n[Home](index.md) [Sessions](sessions.md)\n\n```pyroom\nprint("other")\n```\n',
    "plain.md": "# Plain\n\n[Home](index.md)\n\nNo blocks here.\n",
}
#: counts the workers a page constructs (instant navigation keeps the document, so the count survives it)
COUNT_WORKERS = """
window.__pyroomWorkers = 0;
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(...args) { super(...args); window.__pyroomWorkers++; }
};
"""


def _settings(pyodide: Path) -> dict[str, Any]:
    return {"pyodide": "local", "pyodide_dir": str(pyodide)}


@pytest.fixture(scope="module")
def material_site(tmp_path_factory: pytest.TempPathFactory, vendored_pyodide: Path) -> Iterator[str]:
    """The Material site, served before it is built: instant navigation follows only the sitemap's URLs, which
    come from ``site_url``, so the site must know its port."""
    root = tmp_path_factory.mktemp("material")
    (root / "site").mkdir()
    with serving(root / "site") as url:
        config = write_site(root, PAGES, theme=MATERIAL, extensions=EXTENSIONS, settings=_settings(vendored_pyodide))
        config.write_text(config.read_text().replace("http://site.test/", url + "/"))
        build_site(config)
        yield url + "/"


@pytest.fixture(scope="module", params=["mkdocs", "readthedocs", "material"])
def themed_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "material":
        yield request.getfixturevalue("material_site")
        return
    root = tmp_path_factory.mktemp(request.param)
    pyodide = request.getfixturevalue("vendored_pyodide")
    site = build_site(write_site(root, PAGES, theme=request.param, extensions=EXTENSIONS, settings=_settings(pyodide)))
    with serving(site.site_dir) as url:
        yield url + "/"


@pytest.fixture
def context(chromium):
    context = chromium.new_context()
    context.add_init_script(COUNT_WORKERS)
    context.set_default_timeout(TIMEOUT)
    yield context
    context.close()


def run_by_click(page, block_id: str) -> str:
    """Click the block's Run button, wait for it to finish; its output text."""
    page.click(f"#{block_id} button.pyroom-run")
    # locators hold no element handle (a handle would keep the element alive after navigation)
    page.locator(f'#{block_id}[data-pyroom-state="done"]').wait_for()
    return page.locator(f"#{block_id} .pyroom-output").inner_text()


def test_a_block_runs_in_each_theme(context, themed_site: str) -> None:
    page = context.new_page()
    errors: list[str] = []
    # the mkdocs and readthedocs themes load highlight.js and jQuery from CDNs, which fail offline: not ours
    page.on("pageerror", lambda error: "/pyroom/" in (error.stack or "") and errors.append(error.stack))
    page.goto(themed_site)
    page.wait_for_function("window.pyroom?.blocks.length === 1")
    assert run_by_click(page, "pyroom-index-1").strip() == "home 42"
    assert page.evaluate("window.pyroom.mode") == "sab"  # served isolated: the best backend
    page.goto(themed_site + "sessions/")
    page.wait_for_function("window.pyroom?.blocks.length === 2")
    run_by_click(page, "pyroom-sessions-1")
    assert run_by_click(page, "pyroom-sessions-2").strip() == "answer 42"  # inside a tab, sharing the session
    assert errors == []


# --- Material's palette toggle ------------------------------------------------------------------------------

COLOURS = """(id) => {
  const block = document.getElementById(id);
  const style = (selector) => getComputedStyle(selector ? block.querySelector(selector) : block);
  return {
    scheme: document.body.dataset.mdColorScheme,
    text: getComputedStyle(block.closest("article")).color,
    block: style("").color,
    button: style("button.pyroom-run").color,
    buttonBorder: style("button.pyroom-run").borderTopColor,
    output: style(".pyroom-output").color,
    outputBorder: style(".pyroom-output").borderTopColor,
    code: style(".pyroom-code pre code").color,
    codeBackground: style(".pyroom-code pre code").backgroundColor,
  };
}"""


def toggle_palette(page, to: str) -> None:
    name = "Switch to dark mode" if to == "slate" else "Switch to light mode"
    page.click(f'label[title="{name}"]')
    page.wait_for_function(f"document.body.dataset.mdColorScheme === {to!r}")


def test_palette_toggle_restyles_blocks_live(context, material_site: str) -> None:
    page = context.new_page()
    page.goto(material_site)
    page.wait_for_function("window.pyroom?.blocks.length === 1")
    run_by_click(page, "pyroom-index-1")  # the output pane shows
    light = page.evaluate(COLOURS, "pyroom-index-1")
    assert light["scheme"] == "default"
    toggle_palette(page, "slate")
    dark = page.evaluate(COLOURS, "pyroom-index-1")
    for key in ("text", "block", "button", "buttonBorder", "output", "outputBorder", "code", "codeBackground"):
        assert light[key] != dark[key], f"{key} kept its colour {light[key]} in the dark scheme"
    for colours in (light, dark):  # the block's UI takes the theme's text colour
        assert colours["block"] == colours["button"] == colours["output"] == colours["text"]
    toggle_palette(page, "default")
    assert page.evaluate(COLOURS, "pyroom-index-1") == light


def test_palette_toggle_restyles_an_open_editor_live(context, material_site: str) -> None:
    page = context.new_page()
    page.goto(material_site)
    page.wait_for_function("window.pyroom?.blocks.length === 1")
    page.locator("#pyroom-index-1 pre").dispatch_event("pointerdown", {"button": 0})
    page.locator("#pyroom-index-1 .cm-editor").wait_for()
    editor = """() => {
      const block = document.getElementById("pyroom-index-1");
      // The editor draws its own cursor (drawSelection), coloured like the text.
      return [getComputedStyle(block.querySelector(".cm-content")).color,
              getComputedStyle(block.querySelector(".cm-cursor")).borderLeftColor,
              getComputedStyle(block.querySelector(".pyroom-code pre code")).color];
    }"""
    content, caret, code = page.evaluate(editor)
    assert content == caret == code
    toggle_palette(page, "slate")
    content, caret, code = page.evaluate(editor)
    assert content == caret == code, "the open editor kept the light scheme's text colour"


# --- Material's instant navigation --------------------------------------------------------------------------


class Probe:
    """What the test watches across navigations: workers, Pyodide downloads, listeners on window and document."""

    def __init__(self, context, page) -> None:
        self.page = page
        self.wasm: list[str] = []
        page.on("request", lambda request: request.url.endswith("pyodide.asm.wasm") and self.wasm.append(request.url))
        self.cdp = context.new_cdp_session(page)

    def listeners(self) -> dict[str, int]:
        counts = {}
        for name in ("window", "document"):
            found = self.cdp.send("Runtime.evaluate", {"expression": name, "objectGroup": "probe"})
            listeners = self.cdp.send("DOMDebugger.getEventListeners", {"objectId": found["result"]["objectId"]})
            counts[name] = len(listeners["listeners"])
        self.cdp.send("Runtime.releaseObjectGroup", {"objectGroup": "probe"})
        return counts

    def workers(self) -> int:
        return self.page.evaluate("window.__pyroomWorkers")


def navigate(page, link: str, blocks: int) -> None:
    """Follow an article link with Material's instant navigation; wait for the page's blocks to mount."""
    page.click(f"article a:text-is({link!r})")
    page.wait_for_function(
        """(n) => window.pyroom?.blocks.length === n && window.pyroom.blocks.every((b) => b.element.isConnected)
             && document.querySelectorAll("div.pyroom[id]:not(.pyroom-setup)").length === n""",
        arg=blocks,
    )
    editors = page.evaluate("document.querySelectorAll('.cm-editor').length")
    assert editors <= blocks, f"{editors} editors on a page of {blocks} blocks"
    assert page.evaluate("window.sameDocument") is True, "the theme reloaded the page instead of navigating"


#: (link, the page's blocks, the block to run there, its output)
ROUND_TRIP = [
    ("Sessions", 2, "pyroom-sessions-2", "answer 42"),
    ("Other", 1, "pyroom-other-1", "other"),
    ("Home", 1, "pyroom-index-1", "home 42"),
]


def test_instant_navigation_reuses_the_booted_worker(context, material_site: str) -> None:
    page = context.new_page()
    probe = Probe(context, page)
    page.goto(material_site)
    page.wait_for_function("window.pyroom?.blocks.length === 1")
    page.evaluate("window.sameDocument = true")
    assert run_by_click(page, "pyroom-index-1").strip() == "home 42"
    mode = page.evaluate("window.pyroom.mode")
    assert mode == "sab" and probe.workers() == 1 and len(probe.wasm) == 1
    listeners = None
    for trip in range(3):
        for link, count, block, output in ROUND_TRIP:
            navigate(page, link, count)
            if block == "pyroom-sessions-2":
                run_by_click(page, "pyroom-sessions-1")
            assert run_by_click(page, block).strip() == output
            assert page.evaluate("window.pyroom.mode") == mode  # booted all along
        assert probe.workers() == 1, "instant navigation booted a second worker"
        assert len(probe.wasm) == 1, "instant navigation downloaded Pyodide again"
        if trip == 0:
            listeners = probe.listeners()
        else:
            assert probe.listeners() == listeners, "listeners on window or document pile up with navigations"
    # a page without blocks in between, then blocks again
    navigate(page, "Plain", 0)
    page.click("article a:text-is('Home')")
    page.wait_for_function("window.pyroom.blocks.length === 1 && window.pyroom.blocks[0].element.isConnected")
    assert run_by_click(page, "pyroom-index-1").strip() == "home 42"
    assert probe.workers() == 1 and len(probe.wasm) == 1


def test_instant_navigation_leaks_no_open_editors(context, material_site: str) -> None:
    page = context.new_page()
    probe = Probe(context, page)
    page.goto(material_site)
    page.wait_for_function("window.pyroom?.blocks.length === 1")
    page.evaluate("window.sameDocument = true")
    counts = []
    for _ in range(3):
        for link, count, _block, _output in ROUND_TRIP:
            page.locator("div.pyroom[id] pre").first.dispatch_event("pointerdown", {"button": 0})
            page.locator("div.pyroom[id] .cm-editor").first.wait_for()
            navigate(page, link, count)
        counts.append(probe.listeners())
    assert counts[0] == counts[-1], f"listeners on window and document grow with open editors: {counts}"
