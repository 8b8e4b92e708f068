"""`pyroom headers` for every host (with `-o` merging into the user's files), `pyroom check DIR` on built
files, `pyroom check URL` on cross-origin resources COEP blocks, and the service-worker site settings."""

from __future__ import annotations

import contextlib
import functools
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyroom.cli import IsolatingRequestHandler, _Server, check_dir, check_url, main
from pyroom.hosting import (
    ALL_HOSTS,
    HOST_WHERE,
    IMMUTABLE_CACHE,
    SERVICE_WORKER_FILE,
    headers_for,
    service_worker_js,
    service_worker_register_snippet,
    write_hosting_files,
)
from pyroom.options import OptionError, SiteSettings, parse_site_settings

# --- settings ----------------------------------------------------------------------------------------------


def test_sw_first_visit_setting() -> None:
    assert SiteSettings().sw_first_visit == "reload"
    assert parse_site_settings({"sw_first_visit": "Degrade"}).sw_first_visit == "degrade"
    with pytest.raises(OptionError, match="'sw_first_visit'.*'never' is not one of: reload, degrade"):
        parse_site_settings({"sw_first_visit": "never"})
    # isolation = "headers" (the default) is "no service worker".
    assert SiteSettings().isolation == "headers"


# --- pyroom headers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ALL_HOSTS)
def test_headers_prints_every_host_with_where_it_goes(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["headers", "--host", host]) == 0
    captured = capsys.readouterr()
    assert captured.out == headers_for(host)
    assert captured.err == f"pyroom: {host}: {HOST_WHERE[host]}\n"


@pytest.mark.parametrize("host", ["github-pages", "readthedocs"])
def test_headers_for_hosts_without_headers_prints_the_settings(
    host: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["headers", "--host", host]) == 0
    out = capsys.readouterr().out
    assert 'pyroom_isolation = "service-worker"' in out
    assert 'pyroom_sw_first_visit = "reload"' in out
    assert "#       isolation: service-worker" in out and "#       sw_first_visit: reload" in out
    assert "credentialless" in out and "Safari" in out
    assert (".nojekyll" in out) == (host == "github-pages")
    # The printed conf.py lines are valid Python and valid settings.
    values: dict[str, str] = {}
    exec("\n".join(line for line in out.splitlines() if line.startswith("pyroom_")), {}, values)
    settings = parse_site_settings({k.removeprefix("pyroom_"): v for k, v in values.items()})
    assert settings.isolation == "service-worker" and settings.sw_first_visit == "reload"
    assert main(["headers", "--host", host, "-o", str(tmp_path / "x")]) == 2
    assert "reads no configuration file" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_headers_output_writes_a_new_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "vercel.json"
    assert main(["headers", "--host", "vercel", "-o", str(path), "--coep", "credentialless"]) == 0
    assert path.read_text() == headers_for("vercel", "credentialless")
    err = capsys.readouterr().err
    assert f"pyroom: wrote {path} (vercel: " in err
    assert main(["headers", "--host", "vercel", "-o", str(path), "--coep", "credentialless"]) == 0
    assert "is up to date" in capsys.readouterr().err


def test_headers_output_merges_vercel_json(tmp_path: Path) -> None:
    path = tmp_path / "vercel.json"
    user = {
        "cleanUrls": True,
        "redirects": [{"source": "/old", "destination": "/new"}],
        "headers": [
            {"source": "/api/(.*)", "headers": [{"key": "X-Api", "value": "1"}]},
            {
                "source": "/(.*)",
                "headers": [
                    {"key": "X-Frame-Options", "value": "DENY"},
                    {"key": "Cross-Origin-Embedder-Policy", "value": "unsafe-none"},
                ],
            },
        ],
    }
    path.write_text(json.dumps(user))
    assert main(["headers", "--host", "vercel", "-o", str(path)]) == 0
    data = json.loads(path.read_text())
    assert data["cleanUrls"] is True and data["redirects"] == user["redirects"]
    rules = {rule["source"]: {h["key"]: h["value"] for h in rule["headers"]} for rule in data["headers"]}
    assert rules["/api/(.*)"] == {"X-Api": "1"}
    assert rules["/(.*)"] == {
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Embedder-Policy": "require-corp",
        "Cross-Origin-Resource-Policy": "same-origin",
    }
    assert rules["/(_static|assets)/pyroom/pyodide/(.*).whl"] == {"Cache-Control": IMMUTABLE_CACHE}
    # Merging again changes nothing.
    before = path.read_text()
    assert main(["headers", "--host", "vercel", "-o", str(path)]) == 0
    assert path.read_text() == before


def test_headers_output_merges_firebase_json(tmp_path: Path) -> None:
    path = tmp_path / "firebase.json"
    user = {
        "hosting": {"public": "docs/_build/html", "ignore": ["firebase.json"], "cleanUrls": True},
        "functions": {"source": "functions"},
    }
    path.write_text(json.dumps(user))
    assert main(["headers", "--host", "firebase", "-o", str(path)]) == 0
    data = json.loads(path.read_text())
    assert data["functions"] == {"source": "functions"}
    hosting = data["hosting"]
    assert hosting["public"] == "docs/_build/html" and hosting["ignore"] == ["firebase.json"]
    assert hosting["cleanUrls"] is True
    assert [rule["source"] for rule in hosting["headers"]] == ["**", "**/pyroom/pyodide/*.whl"]


def test_headers_output_refuses_what_it_cannot_merge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "firebase.json"
    text = json.dumps({"hosting": [{"site": "a"}, {"site": "b"}]})
    path.write_text(text)
    assert main(["headers", "--host", "firebase", "-o", str(path)]) == 2
    assert "lists several sites" in capsys.readouterr().err
    assert path.read_text() == text
    path = tmp_path / "vercel.json"
    path.write_text("{not json")
    assert main(["headers", "--host", "vercel", "-o", str(path)]) == 2
    assert "is not valid JSON" in capsys.readouterr().err
    assert path.read_text() == "{not json"


def test_headers_output_merges_azure_config(tmp_path: Path) -> None:
    path = tmp_path / "staticwebapp.config.json"
    user = {
        "navigationFallback": {"rewrite": "/index.html"},
        "globalHeaders": {"X-Frame-Options": "DENY"},
        "routes": [{"route": "/admin/*", "allowedRoles": ["admin"]}],
        "mimeTypes": {".json": "text/json"},
    }
    path.write_text(json.dumps(user))
    assert main(["headers", "--host", "azure", "-o", str(path)]) == 0
    data = json.loads(path.read_text())
    assert data["navigationFallback"] == user["navigationFallback"]
    assert data["globalHeaders"]["X-Frame-Options"] == "DENY"
    assert data["globalHeaders"]["Cross-Origin-Embedder-Policy"] == "require-corp"
    assert data["mimeTypes"] == {".json": "text/json", ".wasm": "application/wasm", ".mjs": "text/javascript"}
    assert data["routes"][0] == user["routes"][0]
    assert {r["route"] for r in data["routes"][1:]} == {
        "/_static/pyroom/pyodide/*.{whl}",
        "/assets/pyroom/pyodide/*.{whl}",
    }


@pytest.mark.parametrize("host, name", [("netlify", "_headers"), ("apache", ".htaccess"), ("nginx", "pyroom.conf"),
                                        ("caddy", "Caddyfile.pyroom")])
def test_headers_output_keeps_the_users_lines(tmp_path: Path, host: str, name: str) -> None:
    path = tmp_path / name
    path.write_text("# mine\nsomething of mine\n")
    assert main(["headers", "--host", host, "-o", str(path)]) == 0
    text = path.read_text()
    assert text.startswith("# mine\nsomething of mine\n") and headers_for(host) in text
    assert main(["headers", "--host", host, "-o", str(path), "--coep", "credentialless"]) == 0
    text = path.read_text()
    assert text.startswith("# mine\nsomething of mine\n") and headers_for(host, "credentialless") in text
    assert text.count(">>> pyroom") == 1


# --- pyroom check DIR --------------------------------------------------------------------------------------

CONFIG = '{&quot;pyodide&quot;:&quot;local&quot;}'


def page(root: str | None, assets: str = "_static/", sw: bool = True) -> str:
    snippet = f"<script>{service_worker_register_snippet(root)}</script>" if sw and root is not None else ""
    return (
        f"<html><head>{snippet}"
        f'<script type="module" src="{assets}pyroom/pyroom.js" data-pyroom-config="{CONFIG}"></script>'
        "</head><body><div class=pyroom></div></body></html>"
    )


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A Sphinx-like built site with the service worker, a page one folder down and a local Pyodide."""
    root = tmp_path / "html"
    (root / "sub").mkdir(parents=True)
    (root / "_static" / "pyroom" / "pyodide").mkdir(parents=True)
    (root / "_static" / "pyroom" / "pyodide" / "pyodide.asm.wasm").write_bytes(b"\0asm")
    (root / "index.html").write_text(page("./"))
    (root / "sub" / "page.html").write_text(page("../", "../_static/"))
    (root / "genindex.html").write_text("<html><body>index</body></html>")
    (root / SERVICE_WORKER_FILE).write_text(service_worker_js())
    (root / ".nojekyll").write_text("")
    return root


def test_check_dir_passes(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report, problems = check_dir(built)
    assert problems == [], report
    text = "\n".join(report)
    assert "3 pages, 2 with Pyroom blocks, 2 registering the isolation service worker" in text
    assert "service worker: ok       pyroom-sw.js at the site root" in text
    assert "Pyodide: ok       _static/pyroom/pyodide/pyodide.asm.wasm" in text
    assert main(["check", str(built)]) == 0
    assert "is ready for cross-origin isolation" in capsys.readouterr().out


def test_check_dir_with_hosting_files(built: Path) -> None:
    (built / SERVICE_WORKER_FILE).unlink()
    (built / "index.html").write_text(page(None))
    (built / "sub" / "page.html").write_text(page(None, "../_static/"))
    report, problems = check_dir(built)
    assert problems == []
    assert any("no hosting file" in line and "pyroom headers --host H" in line for line in report)
    write_hosting_files(built, ["netlify", "apache", "azure"])
    report, problems = check_dir(built)
    assert problems == [], report
    text = "\n".join(report)
    assert "no hosting file" not in text
    assert text.count("ok       Cross-Origin-Embedder-Policy: require-corp") == 3


def test_check_dir_finds_broken_hosting_files(built: Path) -> None:
    write_hosting_files(built, ["netlify", "apache", "azure"])
    headers = built / "_headers"
    headers.write_text(headers.read_text().replace("require-corp", "unsafe-none"))
    htaccess = built / ".htaccess"
    coop = '  Header always set Cross-Origin-Opener-Policy "same-origin"\n'
    htaccess.write_text(htaccess.read_text().replace(coop, ""))
    azure = built / "staticwebapp.config.json"
    data = json.loads(azure.read_text())
    del data["mimeTypes"][".wasm"]
    azure.write_text(json.dumps(data))
    _, problems = check_dir(built)
    text = "\n".join(problems)
    assert f"{headers}: the /* rule: Cross-Origin-Embedder-Policy is 'unsafe-none'" in text
    assert f"{htaccess}: Cross-Origin-Opener-Policy is missing" in text
    assert f"{azure}: mimeTypes has no '.wasm': 'application/wasm'" in text


def test_check_dir_finds_a_missing_or_misplaced_worker(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (built / SERVICE_WORKER_FILE).unlink()
    _, problems = check_dir(built)
    assert any(
        p.startswith("index.html (and 1 more pages) registers the isolation service worker, but ")
        and "pyroom-sw.js is missing" in p
        for p in problems
    ), problems
    assert main(["check", str(built)]) == 1
    assert "is not ready for cross-origin isolation" in capsys.readouterr().err
    # A page that looks for the worker in a sub-folder (its scope would miss the rest of the site).
    (built / SERVICE_WORKER_FILE).write_text(service_worker_js())
    (built / "index.html").write_text(page("sub/"))
    _, problems = check_dir(built)
    assert any("index.html registers the service worker" in p and "not at the site root" in p for p in problems)
    (built / "index.html").write_text(page("../"))
    _, problems = check_dir(built)
    assert any("outside the site folder" in p for p in problems)


def test_check_dir_finds_a_missing_wasm_and_a_foreign_worker(built: Path) -> None:
    (built / "_static" / "pyroom" / "pyodide" / "pyodide.asm.wasm").unlink()
    (built / SERVICE_WORKER_FILE).write_text("self.addEventListener('fetch', () => {});")
    _, problems = check_dir(built)
    text = "\n".join(problems)
    assert "index.html loads Pyodide from" in text and "has no pyodide.asm.wasm" in text
    assert "is not Pyroom's isolation service worker" in text


def test_check_dir_notes(built: Path) -> None:
    (built / ".nojekyll").unlink()
    report, problems = check_dir(built)
    assert problems == []
    assert any("no .nojekyll" in line for line in report)
    for path in (built / "index.html", built / "sub" / "page.html"):
        path.write_text(path.read_text().replace("pyroom-sw-reloaded", "x"))
    report, _ = check_dir(built)
    assert any("lies at the site root but no page registers it" in line for line in report)


def test_check_dir_without_pyroom_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "index.html").write_text("<p>hi</p>")
    _, problems = check_dir(tmp_path)
    assert any("no page of" in p and "loads Pyroom" in p for p in problems)
    assert main(["check", str(tmp_path / "nope")]) == 2
    assert "is neither a URL" in capsys.readouterr().err


# --- pyroom check URL: cross-origin resources ---------------------------------------------------------------


@contextlib.contextmanager
def static_server(directory: Path, headers: dict[str, str]) -> Iterator[str]:
    handler = type("H", (IsolatingRequestHandler,), {"extra_headers": headers})
    server = _Server(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@pytest.fixture
def other_origins(tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    """Three servers on other ports: no CORP, CORP cross-origin, CORS (Access-Control-Allow-Origin: *)."""
    files = tmp_path / "cdn"
    files.mkdir()
    (files / "a.png").write_bytes(b"png")
    (files / "frame.html").write_text("<p>framed</p>")
    with (
        static_server(files, {}) as plain,
        static_server(files, {"Cross-Origin-Resource-Policy": "cross-origin"}) as corp,
        static_server(files, {"Access-Control-Allow-Origin": "*"}) as cors,
    ):
        yield plain, corp, cors


def blocked(problems: list[str]) -> list[str]:
    """The problems about cross-origin resources (the pages of these tests load no Pyodide)."""
    return [p for p in problems if "blocks the cross-origin" in p]


def page_with(tmp_path: Path, body: str, headers: dict[str, str]) -> contextlib.AbstractContextManager[str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "index.html").write_text(f"<html><head></head><body>{body}</body></html>")
    return static_server(site, headers)


ISOLATED = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def test_check_url_names_cross_origin_resources_require_corp_blocks(
    tmp_path: Path, other_origins: tuple[str, str, str]
) -> None:
    plain, corp, cors = other_origins
    body = (
        f'<img src="{plain}a.png"><img src="{corp}a.png"><img src="{cors}a.png">'
        f'<img src="{cors}a.png?again" crossorigin><link rel="stylesheet" href="{plain}a.png" crossorigin>'
        f'<link rel="canonical" href="{plain}x"><script src="{plain}a.png?s"></script>'
        f'<iframe src="{plain}frame.html"></iframe><iframe src="{plain}frame.html?c" credentialless></iframe>'
        '<img src="local.png">'
    )
    with page_with(tmp_path, body, ISOLATED) as url:
        report, problems = check_url(url + "index.html")
    text = "\n".join(problems)
    assert f"COEP require-corp blocks the cross-origin <img> {plain}a.png" in text
    assert "its server must send 'Cross-Origin-Resource-Policy: cross-origin'" in text
    assert "or serve the site with COEP credentialless" in text
    assert f"<img> {cors}a.png (HTTP 200, Cross-Origin-Resource-Policy None): its server sends CORS headers: add " \
           "crossorigin to the tag" in text
    assert f"<script> {plain}a.png?s" in text
    assert f"COEP blocks the cross-origin <iframe> {plain}frame.html:" in text
    assert f"{corp}a.png" not in text and "?again" not in text and "/x" not in text and "?c" not in text
    assert f"  ok       <img> {corp}a.png: Cross-Origin-Resource-Policy: cross-origin" in report
    assert f"  ok       <iframe> {plain}frame.html?c" in report
    assert len(problems) == 4, problems


def test_check_url_credentialless_lets_images_through(tmp_path: Path, other_origins: tuple[str, str, str]) -> None:
    plain, _, _ = other_origins
    headers = {**ISOLATED, "Cross-Origin-Embedder-Policy": "credentialless"}
    with page_with(tmp_path, f'<img src="{plain}a.png"><iframe src="{plain}frame.html"></iframe>', headers) as url:
        _, problems = check_url(url + "index.html")
    assert len(problems) == 1 and problems[0].startswith(f"COEP blocks the cross-origin <iframe> {plain}frame.html")


def test_check_url_service_worker_pages_are_checked_for_safari(
    tmp_path: Path, other_origins: tuple[str, str, str]
) -> None:
    plain, _, _ = other_origins
    site = tmp_path / "site"
    site.mkdir()
    (site / SERVICE_WORKER_FILE).write_text(service_worker_js())
    body = f'<script>{service_worker_register_snippet("./", "degrade")}</script><img src="{plain}a.png">'
    with page_with(tmp_path, body, {}) as url:
        report, problems = check_url(url + "index.html")
    assert any("a first visit runs without isolation, the next page is isolated" in line for line in report)
    (problem,) = problems
    assert f"<img> {plain}a.png in browsers without COEP credentialless (Safari)" in problem
    assert "or serve the site with COEP credentialless" not in problem


def test_check_url_not_isolated_skips_the_resources(tmp_path: Path, other_origins: tuple[str, str, str]) -> None:
    plain, _, _ = other_origins
    with page_with(tmp_path, f'<img src="{plain}a.png">', {}) as url:
        _, problems = check_url(url + "index.html")
    assert problems and not blocked(problems)


# --- the deployment pages of the docs ----------------------------------------------------------------------

DOCS = Path(__file__).resolve().parents[2] / "docs" / "hosting"


@pytest.mark.skipif(not DOCS.is_dir(), reason="docs/hosting is not there")
@pytest.mark.parametrize("host", ALL_HOSTS)
def test_docs_page_shows_what_pyroom_headers_prints(host: str) -> None:
    """Each host's page carries the exact file `pyroom headers --host H` prints (so the docs cannot drift)."""
    text = (DOCS / f"{host}.rst").read_text()
    indented = "".join(("   " + line if line.strip() else "") + "\n" for line in headers_for(host).splitlines())
    assert indented in text
    assert f"   {host}\n" in (DOCS / "index.rst").read_text()
