"""Tests of the `pyroom` command: the local server, `headers`, `check`, and the command line itself."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path

import pytest

from pyroom.cli import CliError, main, make_server
from pyroom.hosting import headers_for

ROOT = Path(__file__).resolve().parents[2]

ISOLATION = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Cross-Origin-Resource-Policy": "same-origin",
}

MIME = {
    "pyodide.asm.wasm": "application/wasm",
    "pyodide.mjs": "text/javascript",
    "app.js": "text/javascript",
    "pyodide-lock.json": "application/json",
    "micropip-0.11.1-py3-none-any.whl": "application/zip",
    "python_stdlib.zip": "application/zip",
    "index.html": "text/html",
    "style.css": "text/css",
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    for name in MIME:
        (root / name).write_bytes(f"content of {name}\n".encode())
    (root / "index.html").write_text("<h1>home</h1>")
    (root / "guide").mkdir()
    (root / "guide" / "index.html").write_text("<h1>guide</h1>")
    (root / "empty").mkdir()
    (tmp_path / "secret.txt").write_text("outside the site")
    return root


@contextlib.contextmanager
def running(directory: Path, **kwargs: object) -> Iterator[str]:
    server = make_server(directory, "127.0.0.1", 0, **kwargs)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@pytest.fixture
def server(site: Path) -> Iterator[str]:
    with running(site) as url:
        yield url


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_opener = urllib.request.build_opener(NoRedirect)


def fetch(
    url: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) without following redirects; HTTP errors are answers."""
    request = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with _opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


# --- the server -------------------------------------------------------------------------------------------


def test_isolation_headers_and_mime_types(server: str) -> None:
    for name, content_type in MIME.items():
        status, headers, body = fetch(server + name)
        assert status == 200, name
        assert headers["Content-Type"].split(";")[0] == content_type, name
        for header, value in ISOLATION.items():
            assert headers[header] == value, (name, header)
        assert headers["Cache-Control"] == "no-cache"
        assert headers["ETag"] and headers["Last-Modified"]
        if name != "index.html":
            assert body == f"content of {name}\n".encode()


def test_directory_serves_index_html(server: str) -> None:
    status, headers, body = fetch(server)
    assert (status, body) == (200, b"<h1>home</h1>")
    status, headers, body = fetch(server + "guide/")
    assert (status, body) == (200, b"<h1>guide</h1>")
    assert headers["Content-Type"] == "text/html"
    assert headers["Cross-Origin-Embedder-Policy"] == "require-corp"
    status, headers, _ = fetch(server + "guide?x=1")
    assert status == 301 and headers["Location"] == "/guide/?x=1"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    status, _, body = fetch(server + "empty/")
    assert status == 200 and b"Directory listing" in body


def test_missing_and_outside_files(server: str) -> None:
    status, headers, _ = fetch(server + "nope.html")
    assert status == 404
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    for path in ("../secret.txt", "%2e%2e/secret.txt", "guide/%2e%2e/%2e%2e/secret.txt"):
        status, _, body = fetch(server + path)
        assert b"outside the site" not in body, path


def test_head(server: str) -> None:
    status, headers, body = fetch(server + "pyodide.asm.wasm", method="HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Type"] == "application/wasm"
    assert headers["Content-Length"] == str(len("content of pyodide.asm.wasm\n"))


def test_revalidation(server: str, site: Path) -> None:
    url = server + "pyodide.mjs"
    status, headers, _ = fetch(url)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]

    status, headers304, body = fetch(url, {"If-None-Match": etag})
    assert status == 304 and body == b""
    assert headers304["ETag"] == etag
    assert headers304["Cross-Origin-Embedder-Policy"] == "require-corp"
    assert fetch(url, {"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert fetch(url, {"If-None-Match": '"other"'})[0] == 200

    assert fetch(url, {"If-Modified-Since": last_modified})[0] == 304
    assert fetch(url, {"If-Modified-Since": formatdate(0, usegmt=True)})[0] == 200
    assert fetch(url, {"If-Modified-Since": "garbage"})[0] == 200
    # If-None-Match wins over If-Modified-Since.
    assert fetch(url, {"If-None-Match": '"other"', "If-Modified-Since": last_modified})[0] == 200

    # A changed file gets a new validator.
    path = site / "pyodide.mjs"
    stat = path.stat()
    path.write_text("export const changed = true;\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    status, headers, body = fetch(url, {"If-None-Match": etag, "If-Modified-Since": last_modified})
    assert status == 200 and body == b"export const changed = true;\n"
    assert headers["ETag"] != etag


def test_no_isolation(site: Path) -> None:
    with running(site, isolation=False) as url:
        status, headers, _ = fetch(url + "pyodide.asm.wasm")
    assert status == 200 and headers["Content-Type"] == "application/wasm"
    assert not any(name.startswith("Cross-Origin") for name in headers)


def test_credentialless(site: Path) -> None:
    with running(site, coep="credentialless") as url:
        _, headers, _ = fetch(url)
    assert headers["Cross-Origin-Embedder-Policy"] == "credentialless"


def test_quiet_by_default(site: Path, capfd: pytest.CaptureFixture[str]) -> None:
    with running(site) as url:
        fetch(url)
        fetch(url + "missing")
    assert capfd.readouterr().err == ""
    with running(site, verbose=True) as url:
        fetch(url + "missing")
    assert "GET /missing" in capfd.readouterr().err


def test_make_server_errors(site: Path, tmp_path: Path) -> None:
    with pytest.raises(CliError, match="not a directory"):
        make_server(tmp_path / "nope", "127.0.0.1", 0)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(CliError, match="cannot listen on 127.0.0.1"):
            make_server(site, "127.0.0.1", busy.getsockname()[1])


def test_serve_command(site: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-m", "pyroom.cli", "serve", str(site), "--port", "0", "--coep", "credentialless"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"http://localhost:(\d+)/", line)
        assert match, line + (proc.stderr.read() if proc.stderr else "")
        status, headers, _ = fetch(f"http://127.0.0.1:{match.group(1)}/pyodide.asm.wasm")
        assert status == 200 and headers["Content-Type"] == "application/wasm"
        assert headers["Cross-Origin-Embedder-Policy"] == "credentialless"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0
        assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# --- pyroom check -----------------------------------------------------------------------------------------


def test_check_passes(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", server, "--wasm", "pyodide.asm.wasm"]) == 0
    out = capsys.readouterr().out
    assert "ok       Cross-Origin-Opener-Policy: same-origin" in out
    assert "ok       Content-Type: application/wasm" in out


def test_check_fails_without_isolation(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with running(site, isolation=False) as url:
        assert main(["check", url]) == 1
    err = capsys.readouterr().err
    for name in ISOLATION:
        assert f"{name} is missing" in err


def test_check_wrong_wasm_type_and_missing_file(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", server, "--wasm", "pyodide.mjs"]) == 1
    err = capsys.readouterr().err
    assert "Content-Type 'text/javascript'" in err and "application/wasm" in err
    assert main(["check", server + "nope.html"]) == 1
    assert "answered HTTP 404" in capsys.readouterr().err


def test_check_unreachable(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert main(["check", f"http://127.0.0.1:{port}/", "--timeout", "5"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pyroom: error: cannot fetch") and "Traceback" not in err


# --- headers and the command line -------------------------------------------------------------------------


def test_headers_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["headers", "--host", "vercel", "--coep", "credentialless"]) == 0
    out = capsys.readouterr().out
    assert out == headers_for("vercel", "credentialless")
    json.loads(out)
    assert main(["headers", "--host", "NGINX"]) == 0
    assert "add_header Cross-Origin-Opener-Policy" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, message",
    [
        (["headers", "--host", "github"], "invalid choice: 'github'"),
        (["headers", "--host", "netlify", "--coep", "none"], "invalid choice: 'none'"),
        (["headers"], "--host"),
        (["serve", "/no/such/dir"], "/no/such/dir is not a directory"),
        (["serve", ".", "--port", "99999"], "not a port number"),
        (["frobnicate"], "invalid choice"),
        ([], "required"),
    ],
)
def test_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "pyroom: error: " in err and message in err, err
    assert "Traceback" not in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("pyroom ")
    assert main(["serve", "--help"]) == 0
    assert "--no-isolation" in capsys.readouterr().out


def test_vendor_command_reports_missing_npm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert main(["vendor", "--dest", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "pyroom: error: npm was not found" in err and "Traceback" not in err


def test_vendor_command_bad_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vendor", "--version", "latest!", "--dest", str(tmp_path)]) == 2
    assert "is not a Pyodide version" in capsys.readouterr().err
