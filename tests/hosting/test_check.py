"""`pyroom check` against every way of serving a site the browser tests cover, and against broken variants of
them: each broken one fails naming the problem, and Chromium agrees that the page is not isolated."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from pyroom.cli import check_url, main
from pyroom.hosting import headers_for

from .conftest import APACHE, NGINX, WASM, run_apache, run_nginx, run_plain, run_pyroom_serve


def test_check_passes(served) -> None:
    kind, url = served
    report, problems = check_url(url + "index.html")
    assert problems == [], "\n".join(report)
    text = "\n".join(report)
    # Without --wasm, the page's own Pyodide is checked.
    assert f"GET {url}{WASM} -> 200" in text and "ok       Content-Type: application/wasm" in text
    if kind == "service-worker":
        assert f"the page registers the isolation service worker {url}pyroom-sw.js" in text
        assert "ok       the service worker isolates" in text
    else:
        assert "ok       Cross-Origin-Opener-Policy: same-origin" in text
        assert "ok       Cross-Origin-Embedder-Policy: require-corp" in text


def test_check_passes_one_folder_down(served) -> None:
    kind, url = served
    report, problems = check_url(url + "sub/page.html")
    assert problems == [], "\n".join(report)
    if kind == "service-worker":
        assert f"isolation service worker {url}pyroom-sw.js" in "\n".join(report)


def test_check_command_with_an_explicit_wasm(served, capsys: pytest.CaptureFixture[str]) -> None:
    _, url = served
    assert main(["check", url, "--wasm", WASM]) == 0
    assert f"{url} is ready for cross-origin isolation." in capsys.readouterr().out


# --- broken variants --------------------------------------------------------------------------------------


def nginx_without_snippet(site: Path) -> AbstractContextManager[str]:
    if NGINX is None:
        pytest.skip("nginx is not installed (scripts/setup.sh installs it)")
    return run_nginx(site, snippet=None)


def nginx_with_coep_unsafe_none(site: Path) -> AbstractContextManager[str]:
    if NGINX is None:
        pytest.skip("nginx is not installed (scripts/setup.sh installs it)")
    return run_nginx(site, snippet=headers_for("nginx").replace('"require-corp"', '"unsafe-none"'))


def apache_without_mod_headers(site: Path) -> AbstractContextManager[str]:
    if APACHE is None:
        pytest.skip("apache2 is not installed (scripts/setup.sh installs it)")
    return run_apache(site, headers_module=False)


def apache_with_wrong_coep(site: Path) -> AbstractContextManager[str]:
    if APACHE is None:
        pytest.skip("apache2 is not installed (scripts/setup.sh installs it)")
    return run_apache(site, htaccess=lambda text: text.replace('"require-corp"', '"unsafe-none"'))


def apache_without_htaccess(site: Path) -> AbstractContextManager[str]:
    if APACHE is None:
        pytest.skip("apache2 is not installed (scripts/setup.sh installs it)")
    return run_apache(site, htaccess=lambda text: "")


def pyroom_serve_without_isolation(site: Path) -> AbstractContextManager[str]:
    return run_pyroom_serve(site, "--no-isolation")


BROKEN: dict[str, tuple[str, Callable[[Path], AbstractContextManager[str]], list[str]]] = {
    "nginx-without-snippet": (
        "headers_site",
        nginx_without_snippet,
        [
            "Cross-Origin-Opener-Policy is missing",
            "Cross-Origin-Embedder-Policy is missing",
            "pyroom headers --host nginx",
            "registers no isolation service worker",
        ],
    ),
    "nginx-coep-unsafe-none": (
        "headers_site",
        nginx_with_coep_unsafe_none,
        ["Cross-Origin-Embedder-Policy is 'unsafe-none' (expected require-corp or credentialless)"],
    ),
    "apache-without-mod_headers": (
        "headers_site",
        apache_without_mod_headers,
        ["Cross-Origin-Opener-Policy is missing", "mod_headers", "AllowOverride"],
    ),
    "apache-wrong-coep": (
        "headers_site",
        apache_with_wrong_coep,
        ["Cross-Origin-Embedder-Policy is 'unsafe-none' (expected require-corp or credentialless)"],
    ),
    "apache-without-htaccess": (
        "headers_site",
        apache_without_htaccess,
        ["Cross-Origin-Resource-Policy is missing", "mod_headers"],
    ),
    "pyroom-serve-no-isolation": (
        "headers_site",
        pyroom_serve_without_isolation,
        ["Cross-Origin-Opener-Policy is missing", "registers no isolation service worker"],
    ),
    "headerless-without-service-worker": (
        "headers_site",
        run_plain,
        [
            "Cross-Origin-Opener-Policy is missing",
            "Cross-Origin-Embedder-Policy is missing",
            "Cross-Origin-Resource-Policy is missing",
            "registers no isolation service worker",
        ],
    ),
}


@pytest.fixture(params=list(BROKEN))
def broken(request) -> Iterator[tuple[str, list[str]]]:
    site_fixture, start, expected = BROKEN[request.param]
    with start(request.getfixturevalue(site_fixture)) as url:
        yield url, expected


@pytest.mark.browser
def test_check_fails_naming_the_problem(broken, chromium, capsys: pytest.CaptureFixture[str]) -> None:
    url, expected = broken
    report, problems = check_url(url + "index.html")
    text = "\n".join(problems)
    for fragment in expected:
        assert fragment in text, f"{fragment!r} not in:\n{text}"
    assert main(["check", url + "index.html"]) == 1
    err = capsys.readouterr().err
    assert f"pyroom check: {url}index.html is not ready for cross-origin isolation:" in err
    assert expected[0] in err
    # The browser agrees: the page is not cross-origin isolated.
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(url + "index.html")
        assert page.evaluate("window.crossOriginIsolated") is False
    finally:
        context.close()


def test_check_fails_when_the_worker_is_not_at_the_site_root(sw_site: Path, tmp_path: Path) -> None:
    """A site published without its root pyroom-sw.js (e.g. moved into a sub-folder) is named as such."""
    site = tmp_path / "site"
    shutil.copytree(sw_site, site, ignore=shutil.ignore_patterns("pyodide"))
    (site / "pyroom-sw.js").rename(site / "_static" / "pyroom-sw.js")
    with run_plain(site) as url:
        _, problems = check_url(url + "sub/page.html")
    text = "\n".join(problems)
    assert (
        f"the service worker {url}pyroom-sw.js answered HTTP 404: pyroom-sw.js must be published at the site root"
        in text
    )
    assert "Cross-Origin-Opener-Policy is missing" in text
    assert f"{url}{WASM} answered HTTP 404" in text


def test_check_fails_when_the_root_worker_is_someone_elses(sw_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(sw_site, site, ignore=shutil.ignore_patterns("pyodide"))
    (site / "pyroom-sw.js").write_text("self.addEventListener('fetch', () => {});\n")
    with run_plain(site) as url:
        _, problems = check_url(url + "index.html", wasm="index.html")
    assert f"{url}pyroom-sw.js is not Pyroom's isolation service worker (it sets no COEP)" in problems


def test_check_fails_when_the_worker_scope_misses_the_page(sw_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(sw_site, site, ignore=shutil.ignore_patterns("pyodide"))
    (site / "sub" / "pyroom-sw.js").write_text((site / "pyroom-sw.js").read_text())
    (site / "index.html").write_text(
        (site / "index.html").read_text().replace('var root = "./";', 'var root = "sub/";')
    )
    with run_plain(site) as url:
        _, problems = check_url(url + "index.html")
    text = "\n".join(problems)
    assert f"the service worker {url}sub/pyroom-sw.js lies outside the site root: its scope /sub/" in text
