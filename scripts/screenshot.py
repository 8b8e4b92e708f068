"""Take the README's pictures: build the docs, run the front-page example, a turtle program and the tkinter
calculator (used by clicks), shoot.

Usage: .venv/bin/python scripts/screenshot.py   (after scripts/setup.sh; drives Debian's /usr/bin/chromium)
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pyroom.cli import make_server  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_FLAGS as FLAGS  # noqa: E402  (one list of Chromium's flags)
SITE = REPO / "docs" / "_build" / "html"
OUT = REPO / "docs" / "_static" / "screenshot.png"
OUT_TURTLE = REPO / "docs" / "_static" / "screenshot-turtle.png"
OUT_TK = REPO / "docs" / "_static" / "screenshot-tkinter.png"


def build_docs() -> None:
    cmd = [sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", "-D", "pyroom_pyodide=local"]
    subprocess.run([*cmd, str(REPO / "docs"), str(SITE)], check=True)


def main() -> int:
    build_docs()
    server = make_server(SITE, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page(viewport={"width": 1100, "height": 760}, device_scale_factor=1)
            page.emulate_media(color_scheme="light")
            page.goto(url)
            block = "#pyroom-index-0"
            # Edit the code as a reader would, run it, answer input(), wait for the run to finish.
            page.click(f"{block} .pyroom-code pre")
            page.wait_for_selector(f"{block} .cm-editor")
            page.click(f"{block} .pyroom-run")
            page.wait_for_selector(f"{block}[data-pyroom-state=waiting]", timeout=120_000)
            page.fill(f"{block} .pyroom-input", "Ada")
            page.press(f"{block} .pyroom-input", "Enter")
            page.wait_for_selector(f"{block}[data-pyroom-state=done]", timeout=60_000)
            page.mouse.move(0, 0)
            OUT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(OUT))
            # The first program of the turtle gallery, drawn in its preview pane.
            page.goto(url.replace("index.html", "gallery/turtle.html"))
            first = page.locator("div.pyroom[id]").first
            first.locator(".pyroom-run").click()
            page.wait_for_function(
                "el => ['live', 'done'].includes(el.dataset.pyroomState)", arg=first.element_handle(), timeout=120_000
            )
            page.mouse.move(0, 0)
            first.screenshot(path=str(OUT_TURTLE))
            # The tkinter gallery's calculator, used: 7 * 6 =
            page.goto(url.replace("index.html", "gallery/tkinter.html"))
            calc = page.locator("div.pyroom[id]").first
            calc.locator(".pyroom-run").click()
            window = calc.locator(".pyroom-tk-window")
            window.wait_for(timeout=120_000)
            for key in "7*6=":
                window.locator("button.pyroom-tk-button", has_text=key).first.click()
            page.wait_for_function(
                "el => el.querySelector('.pyroom-tk-entry input')?.value === '42'", arg=calc.element_handle()
            )
            page.mouse.move(0, 0)
            page.add_style_tag(content=".back-to-top { display: none !important; }")  # (the theme's, when scrolled)
            calc.screenshot(path=str(OUT_TK))
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    print(OUT.relative_to(REPO), OUT_TURTLE.relative_to(REPO), OUT_TK.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
