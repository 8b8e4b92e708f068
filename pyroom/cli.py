"""The ``pyroom`` command: ``serve`` a built site, print ``headers``, ``check`` a site, ``vendor`` Pyodide."""

from __future__ import annotations

import argparse
import datetime
import email.utils
import functools
import os
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn

from pyroom import __version__
from pyroom.hosting import COEP_VALUES, HOSTS, HostingError, headers_for, isolation_headers

__all__ = ["CliError", "IsolatingRequestHandler", "check_url", "main", "make_server"]

#: MIME types the local server sends whatever the platform's tables say.
MIME_TYPES: dict[str, str] = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
}


class CliError(Exception):
    """An expected failure: reported as ``pyroom: error: ...`` with exit code 2, without a traceback."""


# --- serve ------------------------------------------------------------------------------------------------


class IsolatingRequestHandler(SimpleHTTPRequestHandler):
    """Static files with the isolation headers, fixed MIME types, revalidation (ETag, Last-Modified)."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    server_version = f"pyroom/{__version__}"
    extra_headers: Mapping[str, str] = {}
    verbose = False

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        if self.verbose:
            super().log_message(format, *args)

    def _not_modified(self, etag: str, mtime: float) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = [tag.strip() for tag in if_none_match.split(",")]
            return "*" in tags or any(tag.removeprefix("W/") == etag for tag in tags)
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = email.utils.parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError, IndexError, OverflowError):
                return False
            if since is None:
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=datetime.timezone.utc)
            return int(mtime) <= since.timestamp()
        return False

    def send_head(self) -> Any:
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                new_parts = (parts[0], parts[1], parts[2] + "/", parts[3], parts[4])
                self.send_header("Location", urllib.parse.urlunsplit(new_parts))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            index = os.path.join(path, "index.html")
            if not os.path.isfile(index):
                return self.list_directory(path)
            path = index
        if path.endswith("/") or not os.path.isfile(path):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            handle = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            stat = os.fstat(handle.fileno())
            etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
            last_modified = self.date_time_string(int(stat.st_mtime))
            if self._not_modified(etag, stat.st_mtime):
                handle.close()
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", last_modified)
                self.end_headers()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Length", str(stat.st_size))
            self.send_header("Last-Modified", last_modified)
            self.send_header("ETag", etag)
            self.end_headers()
            return handle
        except BaseException:
            handle.close()
            raise


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class _Server6(_Server):
    address_family = socket.AF_INET6


def make_server(
    directory: str | os.PathLike[str],
    host: str = "127.0.0.1",
    port: int = 8000,
    isolation: bool = True,
    coep: str = "require-corp",
    *,
    verbose: bool = False,
) -> ThreadingHTTPServer:
    """A server for the built site in ``directory`` (not started: call ``serve_forever``).

    With ``isolation`` every response carries COOP/COEP/CORP. ``port`` 0 picks a free port
    (``server.server_address[1]``). Raises :class:`CliError` for a missing directory or a busy port.
    """
    root = Path(directory)
    if not root.is_dir():
        raise CliError(f"{directory} is not a directory")
    headers = isolation_headers(coep) if isolation else {}
    handler = type(
        "PyroomRequestHandler",
        (IsolatingRequestHandler,),
        {"extra_headers": headers, "verbose": verbose},
    )
    factory = functools.partial(handler, directory=str(root.resolve()))
    server_class = _Server6 if ":" in host else _Server
    try:
        return server_class((host, port), factory)
    except OSError as exc:
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _url_for(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    host = str(host)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def _cmd_serve(args: argparse.Namespace) -> int:
    server = make_server(
        args.directory,
        args.host,
        args.port,
        isolation=not args.no_isolation,
        coep=args.coep,
        verbose=args.verbose,
    )
    mode = "without isolation headers" if args.no_isolation else f"cross-origin isolated (COEP {args.coep})"
    print(f"Serving {args.directory} at {_url_for(server)} {mode}; press Ctrl+C to stop.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("", flush=True)
    finally:
        server.server_close()
    return 0


# --- headers ----------------------------------------------------------------------------------------------


def _cmd_headers(args: argparse.Namespace) -> int:
    sys.stdout.write(headers_for(args.host, args.coep))
    return 0


# --- check ------------------------------------------------------------------------------------------------


def _fetch(url: str, timeout: float) -> tuple[int, str, Mapping[str, str]]:
    """(status, final URL, headers) of a GET; an HTTP error is an answer too. CliError if unreachable."""
    request = urllib.request.Request(url, headers={"User-Agent": f"pyroom-check/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read(1)
            return response.status, response.geturl(), response.headers
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.geturl() or url, exc.headers
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise CliError(f"cannot fetch {url}: {reason}") from None


def _token(value: str | None) -> str | None:
    if value is None:
        return None
    return value.split(";", 1)[0].strip().lower()


def check_url(url: str, wasm: str | None = None, timeout: float = 20.0) -> tuple[list[str], list[str]]:
    """Check that ``url`` (and the ``wasm`` file, relative to it) are served for cross-origin isolation.

    Returns (report lines, problems); no problems means the page can be cross-origin isolated.
    """
    report: list[str] = []
    problems: list[str] = []
    status, final_url, headers = _fetch(url, timeout)
    report.append(f"GET {url} -> {status}" + (f" ({final_url})" if final_url != url else ""))
    if status >= 400:
        problems.append(f"{url} answered HTTP {status}")

    expected = {
        "Cross-Origin-Opener-Policy": ("same-origin",),
        "Cross-Origin-Embedder-Policy": COEP_VALUES,
        "Cross-Origin-Resource-Policy": ("same-origin", "same-site", "cross-origin"),
    }
    for name, allowed in expected.items():
        raw = headers.get(name)
        value = _token(raw)
        if value is None:
            problems.append(f"{name} is missing (expected {' or '.join(allowed)})")
            report.append(f"  missing  {name}")
        elif value not in allowed:
            problems.append(f"{name} is {raw!r} (expected {' or '.join(allowed)})")
            report.append(f"  wrong    {name}: {raw}")
        else:
            report.append(f"  ok       {name}: {raw}")

    if wasm:
        wasm_url = urllib.parse.urljoin(final_url, wasm)
        wasm_status, _, wasm_headers = _fetch(wasm_url, timeout)
        report.append(f"GET {wasm_url} -> {wasm_status}")
        if wasm_status >= 400:
            problems.append(f"{wasm_url} answered HTTP {wasm_status}")
        else:
            content_type = wasm_headers.get("Content-Type")
            if _token(content_type) != "application/wasm":
                problems.append(
                    f"{wasm_url} has Content-Type {content_type!r} (expected 'application/wasm'; "
                    "streaming compilation needs it)"
                )
                report.append(f"  wrong    Content-Type: {content_type}")
            else:
                report.append(f"  ok       Content-Type: {content_type}")
            page_origin = urllib.parse.urlsplit(final_url)[:2]
            if urllib.parse.urlsplit(wasm_url)[:2] != page_origin:
                corp = _token(wasm_headers.get("Cross-Origin-Resource-Policy"))
                if wasm_headers.get("Access-Control-Allow-Origin") is None and corp != "cross-origin":
                    problems.append(
                        f"{wasm_url} is on another origin without CORS or "
                        "'Cross-Origin-Resource-Policy: cross-origin'"
                    )
    return report, problems


def _cmd_check(args: argparse.Namespace) -> int:
    report, problems = check_url(args.url, args.wasm, timeout=args.timeout)
    for line in report:
        print(line)
    if problems:
        print(f"pyroom check: {args.url} is not ready for cross-origin isolation:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"{args.url} sends the headers cross-origin isolation needs.")
    return 0


# --- vendor -----------------------------------------------------------------------------------------------


def _cmd_vendor(args: argparse.Namespace) -> int:
    from pyroom.pyodide_dist import VendorError, vendor

    def progress(message: str) -> None:
        print(f"pyroom: {message}", file=sys.stderr, flush=True)

    try:
        path = vendor(args.version, args.dest, force=args.force, extra=args.extra, progress=progress)
    except VendorError as exc:
        raise CliError(str(exc)) from None
    print(path)
    return 0


# --- the parser -------------------------------------------------------------------------------------------


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0-65535)")
    return port


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"pyroom: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    from pyroom.pyodide_dist import PYODIDE_VERSION

    parser = _Parser(prog="pyroom", description="Tools for sites with Pyroom's live Python editors.")
    parser.add_argument("--version", action="version", version=f"pyroom {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = commands.add_parser(
        "serve",
        help="serve a built site locally with the isolation headers",
        description="Serve DIR with COOP/COEP/CORP headers, the .wasm MIME type and revalidating caching.",
    )
    serve.add_argument("directory", metavar="DIR", help="the built site (e.g. docs/_build/html)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default 8000; 0 picks a free one)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--no-isolation", action="store_true", help="send no COOP/COEP/CORP headers")
    serve.add_argument(
        "--coep", choices=COEP_VALUES, default="require-corp", help="Cross-Origin-Embedder-Policy"
    )
    serve.add_argument("--verbose", "-v", action="store_true", help="log every request")
    serve.set_defaults(func=_cmd_serve)

    headers = commands.add_parser(
        "headers",
        help="print a host's configuration for the isolation headers",
        description="Print the configuration that makes a host send the cross-origin isolation headers.",
    )
    headers.add_argument("--host", required=True, choices=HOSTS, type=str.lower, help="the host")
    headers.add_argument(
        "--coep", choices=COEP_VALUES, default="require-corp", help="Cross-Origin-Embedder-Policy"
    )
    headers.set_defaults(func=_cmd_headers)

    check = commands.add_parser(
        "check",
        help="check that a deployed page is served for cross-origin isolation",
        description="Fetch URL and report whether COOP, COEP and CORP (and the .wasm MIME type) are right.",
    )
    check.add_argument("url", metavar="URL")
    check.add_argument("--wasm", metavar="PATH", help="a .wasm file to check too, relative to URL")
    check.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")
    check.set_defaults(func=_cmd_check)

    vendor = commands.add_parser(
        "vendor",
        help="prepare a self-hosted Pyodide (npm + pip)",
        description="Download Pyodide and its pure-Python wheels into a folder a site can publish.",
    )
    vendor.add_argument(
        "--version", default=PYODIDE_VERSION, help=f"Pyodide version (default {PYODIDE_VERSION})"
    )
    vendor.add_argument("--dest", type=Path, help="target folder (default: the Pyroom cache)")
    vendor.add_argument("--force", action="store_true", help="redo it even if the folder is complete")
    vendor.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="PACKAGE",
        help="another pure-Python package of Pyodide's lock file to carry (repeatable)",
    )
    vendor.set_defaults(func=_cmd_vendor)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``pyroom`` command with ``argv`` (default: the process arguments); return the exit code."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        return int(args.func(args))
    except (CliError, HostingError) as exc:
        print(f"pyroom: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
