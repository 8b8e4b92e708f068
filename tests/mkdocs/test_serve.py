"""``mkdocs serve`` sends the cross-origin isolation headers and the WebAssembly MIME type, on every path."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from mkdocs_pyroom.serve import isolate_server, isolating_app

from .sites import write_site

ISOLATION = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, vendored_pyodide: Path) -> Iterator[str]:
    """``mkdocs serve`` of a small site with a self-hosted Pyodide, in a subprocess on a free port."""
    root = tmp_path_factory.mktemp("serve")
    config = write_site(
        root,
        {"index.md": "# Home\n\n```pyroom\nprint(1)\n```\n", "plain.md": "# Plain\n"},
        settings={"pyodide": "local", "pyodide_dir": str(vendored_pyodide)},
    )
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.fail(f"mkdocs serve exited with {process.returncode}:\n{process.stderr.read()}")
            try:
                if fetch(url)[0] == 200:
                    break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail("mkdocs serve did not answer within 90 s")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()


@pytest.mark.parametrize("path", ["", "plain/", "assets/pyroom/pyroom.js", "assets/pyroom/pyodide/pyodide.mjs"])
def test_mkdocs_serve_sends_the_isolation_headers(served: str, path: str) -> None:
    status, headers, _ = fetch(served + path)
    assert status == 200
    for name, value in ISOLATION.items():
        assert headers.get(name) == value, f"{name} on /{path}"


def test_mkdocs_serve_sends_wasm_as_application_wasm(served: str) -> None:
    status, headers, body = fetch(served + "assets/pyroom/pyodide/pyodide.asm.wasm")
    assert status == 200 and body[:4] == b"\0asm"
    assert headers["Content-Type"] == "application/wasm"
    assert headers["Cross-Origin-Embedder-Policy"] == "require-corp"


def test_mkdocs_serve_keeps_live_reload_and_isolates_its_404_page(served: str) -> None:
    status, headers, body = fetch(served)
    assert b"livereload" in body  # the server's own script is still injected
    assert b"pyroom/pyroom.js" in body
    status, headers, _ = fetch(served + "no/such/page/")
    assert status == 404 and headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_isolating_app_replaces_headers_and_fixes_content_types() -> None:
    seen: list[tuple[str, list[tuple[str, str]]]] = []

    def app(environ, start_response):
        start_response("200 OK", [("Content-Type", "application/octet-stream"), ("Cross-Origin-Opener-Policy", "x")])
        return [b"ok"]

    wrapped = isolating_app(app, "credentialless")
    for path in ("/a/pyodide.asm.wasm", "/a/b.MJS", "/a.b/index"):
        assert wrapped({"PATH_INFO": path}, lambda status, headers, *rest: seen.append((status, headers))) == [b"ok"]
    types = [dict(headers)["Content-Type"] for _, headers in seen]
    assert types == ["application/wasm", "text/javascript", "application/octet-stream"]
    for _, headers in seen:
        assert [v for n, v in headers if n == "Cross-Origin-Opener-Policy"] == ["same-origin"]
        assert dict(headers)["Cross-Origin-Embedder-Policy"] == "credentialless"


def test_isolate_server_wraps_the_app_once() -> None:
    class Server:
        app = None

        def get_app(self):
            return self.app

        def set_app(self, app):
            self.app = app

    server = Server()
    assert not isolate_server(server) and not isolate_server(object())
    server.app = lambda environ, start_response: []
    assert isolate_server(server)
    first = server.app
    assert isolate_server(server) and server.app is first
