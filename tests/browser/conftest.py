"""Browser fixtures: the test site built once with a self-hosted Pyodide, served with and without isolation,
and a page booted once and reused by the tests that allow it."""

from __future__ import annotations

import base64
import hashlib
import io
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import build_sphinx, serving

SITE_SRC = Path(__file__).parent / "site"

pytestmark = pytest.mark.browser


def _demo_wheel(dest: Path, base_url: str) -> Path:
    """A tiny pure-Python wheel and a PEP 503 simple index for it, so micropip installs a 'PyPI' requirement
    from the test server (no network)."""
    files = {
        "pyroom_demo_pkg/__init__.py": b"VALUE = 42\n",
        "pyroom_demo_pkg-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\nName: pyroom-demo-pkg\nVersion: 1.0\n",
        "pyroom_demo_pkg-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: pyroom-tests\nRoot-Is-Purelib: true\n"
        b"Tag: py3-none-any\n",
    }
    record = []
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append("pyroom_demo_pkg-1.0.dist-info/RECORD,,")
    files["pyroom_demo_pkg-1.0.dist-info/RECORD"] = ("\n".join(record) + "\n").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    wheel = dest / "wheels" / "pyroom_demo_pkg-1.0-py3-none-any.whl"
    wheel.parent.mkdir(parents=True, exist_ok=True)
    wheel.write_bytes(buffer.getvalue())
    sha = hashlib.sha256(buffer.getvalue()).hexdigest()
    index = dest / "simple" / "pyroom-demo-pkg" / "index.html"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text(
        # micropip does not resolve relative links of an index page, so the link is absolute.
        f'<!DOCTYPE html><html><body><a href="{base_url}/wheels/{wheel.name}#sha256={sha}">{wheel.name}</a>'
        "</body></html>\n"
    )
    return wheel


@pytest.fixture(scope="session")
def site(tmp_path_factory, vendored_pyodide) -> Path:
    src = tmp_path_factory.mktemp("site-src")
    shutil.copytree(SITE_SRC, src, dirs_exist_ok=True)
    return build_sphinx(src, tmp_path_factory.mktemp("site") / "html", pyroom_pyodide_dir=str(vendored_pyodide))


@pytest.fixture(scope="session")
def server(site):
    with serving(site, isolation=True) as url:
        _demo_wheel(site, url)
        yield url


@pytest.fixture(scope="session")
def plain_server(site):
    """The same site without COOP/COEP: no SharedArrayBuffer, Python waits through JSPI."""
    with serving(site, isolation=False) as url:
        yield url


def open_page(browser, url: str, *, wait: bool = True):
    context = browser.new_context()
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(url)
    if wait:
        page.wait_for_function("window.pyroom !== undefined")
    return page


@pytest.fixture(scope="module")
def booted(chromium, server):
    """One isolated page with Python booted, shared by a module's tests (blocks reset between runs)."""
    page = open_page(chromium, server + "/index.html")
    page.evaluate("window.pyroom.boot()")
    yield page
    assert page.errors == [], page.errors
    page.context.close()


@pytest.fixture
def fresh(chromium):
    """A new browser context (own storage) per test; call it with a URL."""
    pages = []

    def make(url: str, wait: bool = True):
        page = open_page(chromium, url, wait=wait)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.context.close()


def run_block(page, block_id: str) -> dict:
    """Run a block through the public API and return its result {status, stdout, stderr, error}."""
    return page.evaluate("id => window.pyroom.get(id).run()", block_id)


def state_of(page, block_id: str) -> str:
    return page.get_attribute(f"#{block_id}", "data-pyroom-state")


def wait_state(page, block_id: str, *states: str, timeout: float = 60_000) -> None:
    page.wait_for_function(
        "([id, states]) => states.includes(document.getElementById(id).dataset.pyroomState)",
        arg=[block_id, list(states)],
        timeout=timeout,
    )


DARK_THEME = """() => {
  if (!document.getElementById('test-dark')) {
    const style = document.createElement('style');
    style.id = 'test-dark';
    style.textContent = 'html.test-dark body, html.test-dark div.body { color: #e8e8e8; background: #15171a; }';
    document.head.append(style);
  }
  document.documentElement.classList.add('test-dark');
}"""


def set_dark_theme(page, dark: bool) -> None:
    """Switch the page to a dark theme and back, as a theme's switch does: a class on <html> that turns the text
    light on a dark page."""
    if dark:
        page.evaluate(DARK_THEME)
    else:
        page.evaluate("document.documentElement.classList.remove('test-dark')")


def luma(css: str) -> float:
    """The luminance (0-255) of a computed CSS colour rgb(...)/rgba(...)."""
    r, g, b = (float(v) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
