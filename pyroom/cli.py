"""The ``pyroom`` command: ``serve`` a built site, print ``headers``, ``check`` a site, ``vendor`` Pyodide."""

from __future__ import annotations

import argparse
import datetime
import email.utils
import functools
import json
import os
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from html.parser import HTMLParser
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn

from pyroom import __version__
from pyroom.hosting import (
    ALL_HOSTS,
    COEP_VALUES,
    HOST_WHERE,
    SERVICE_WORKER_FILE,
    SW_HOSTS,
    HostingError,
    headers_for,
    isolation_headers,
    merge_host_file,
    registered_first_visit,
    registered_worker_root,
)

__all__ = ["CliError", "IsolatingRequestHandler", "check_dir", "check_url", "main", "make_server"]

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
    host = args.host
    if args.output is None:
        print(f"pyroom: {host}: {HOST_WHERE[host]}", file=sys.stderr)
        sys.stdout.write(headers_for(host, args.coep))
        return 0
    if host in SW_HOSTS:
        raise CliError(
            f"{host} reads no configuration file: print the settings with `pyroom headers --host {host}` "
            "and add them to conf.py or mkdocs.yml"
        )
    path: Path = args.output
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {path}: {exc}") from None
    text = merge_host_file(host, existing, args.coep, path)
    if text == existing:
        print(f"pyroom: {path} is up to date ({host}: {HOST_WHERE[host]})", file=sys.stderr)
        return 0
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc}") from None
    action = "updated" if existing.strip() else "wrote"
    print(f"pyroom: {action} {path} ({host}: {HOST_WHERE[host]})", file=sys.stderr)
    return 0


# --- check ------------------------------------------------------------------------------------------------


#: The MIME types browsers accept for a service worker script.
_JS_TYPES = ("text/javascript", "application/javascript", "application/x-javascript", "text/ecmascript")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: How much of a page (or worker script) `check` reads.
_READ_LIMIT = 4_000_000
_ISOLATION_EXPECTED = {
    "Cross-Origin-Opener-Policy": ("same-origin",),
    "Cross-Origin-Embedder-Policy": COEP_VALUES,
    "Cross-Origin-Resource-Policy": ("same-origin", "same-site", "cross-origin"),
}


def _fetch(url: str, timeout: float, limit: int = 1) -> tuple[int, str, Mapping[str, str], bytes]:
    """(status, final URL, headers, first ``limit`` bytes) of a GET; an HTTP error is an answer too.

    CliError if unreachable."""
    request = urllib.request.Request(url, headers={"User-Agent": f"pyroom-check/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(limit)
            return response.status, response.geturl(), response.headers, body
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.geturl() or url, exc.headers, b""
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise CliError(f"cannot fetch {url}: {reason}") from None


def _token(value: str | None) -> str | None:
    if value is None:
        return None
    return value.split(";", 1)[0].strip().lower()


class _PageScan(HTMLParser):
    """Pyroom's module script on a page: its ``src`` and the page config it carries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.module: tuple[str, dict[str, Any]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag != "script" or self.module is not None or not found.get("src") or "data-pyroom-config" not in found:
            return
        try:
            config = json.loads(found["data-pyroom-config"] or "{}")
        except ValueError:
            config = {}
        self.module = (str(found["src"]), config if isinstance(config, dict) else {})


def _page_wasm(page_url: str, page_html: str) -> str | None:
    """The URL of the ``pyodide.asm.wasm`` a Pyroom page loads, from its module script and config."""
    scan = _PageScan()
    try:
        scan.feed(page_html)
        scan.close()
    except AssertionError:  # HTMLParser's way of giving up on broken markup
        return None
    if scan.module is None:
        return None
    src, config = scan.module
    pyodide = config.get("pyodide")
    if not isinstance(pyodide, str) or pyodide in ("", "local"):
        index = urllib.parse.urljoin(urllib.parse.urljoin(page_url, src), "pyodide/")
    else:
        index = urllib.parse.urljoin(page_url, pyodide if pyodide.endswith("/") else pyodide + "/")
    return urllib.parse.urljoin(index, "pyodide.asm.wasm")


def _check_headers(headers: Mapping[str, str], report: list[str]) -> list[str]:
    problems = []
    for name, allowed in _ISOLATION_EXPECTED.items():
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
    return problems


def _server_hint(headers: Mapping[str, str]) -> str:
    server = (headers.get("Server") or "").lower()
    if server.startswith("nginx"):
        return (
            "nginx sends none of the isolation headers: include the lines of `pyroom headers --host nginx` "
            "in the server { } block that serves the site"
        )
    if server.startswith("apache"):
        return (
            "Apache sends none of the isolation headers: the site's .htaccess needs mod_headers "
            "(`a2enmod headers`) and `AllowOverride All` (or FileInfo) on the site's directory"
        )
    return (
        "the server sends none of the isolation headers: configure the host (`pyroom headers --host HOST` "
        "prints the configuration)"
    )


def _trustworthy(host: str | None) -> bool:
    host = (host or "").lower()
    return host in ("localhost", "::1") or host.endswith(".localhost") or host.startswith("127.")


def _check_worker(
    page_url: str, root: str, timeout: float, report: list[str], first_visit: str = "reload"
) -> list[str]:
    """Problems that keep the page's isolation service worker from isolating it (none: it works)."""
    worker_url = urllib.parse.urljoin(page_url, root + SERVICE_WORKER_FILE)
    report.append(f"the page registers the isolation service worker {worker_url}, which adds them")
    page, worker = urllib.parse.urlsplit(page_url), urllib.parse.urlsplit(worker_url)
    if (page.scheme, page.netloc) != (worker.scheme, worker.netloc):
        return [f"the service worker {worker_url} is on another origin than the page; it must lie at the site root"]
    problems = []
    scope = worker.path.rsplit("/", 1)[0] + "/"
    if not page.path.startswith(scope):
        problems.append(
            f"the service worker {worker_url} lies outside the site root: its scope {scope} "
            f"does not contain the page {page.path}"
        )
    if page.scheme != "https" and not _trustworthy(page.hostname):
        problems.append(
            f"{page_url} is not served over HTTPS: browsers run service workers only on secure origins "
            "(HTTPS, or localhost)"
        )
    status, _, headers, body = _fetch(worker_url, timeout, _READ_LIMIT)
    report.append(f"GET {worker_url} -> {status}")
    if status != 200:
        problems.append(
            f"the service worker {worker_url} answered HTTP {status}: "
            f"{SERVICE_WORKER_FILE} must be published at the site root"
        )
        return problems
    content_type = headers.get("Content-Type")
    if _token(content_type) not in _JS_TYPES:
        problems.append(
            f"the service worker {worker_url} has Content-Type {content_type!r}: browsers register a "
            "service worker only with a JavaScript MIME type (text/javascript)"
        )
    if b"Cross-Origin-Embedder-Policy" not in body:
        problems.append(f"{worker_url} is not Pyroom's isolation service worker (it sets no COEP)")
    if not problems:
        policy = (
            "a first visit reloads once"
            if first_visit == "reload"
            else "a first visit runs without isolation, the next page is isolated"
        )
        report.append(f"  ok       the service worker isolates the site's pages ({policy})")
    return problems


def _check_wasm(page_url: str, wasm_url: str, timeout: float, report: list[str]) -> list[str]:
    status, _, headers, _ = _fetch(wasm_url, timeout)
    report.append(f"GET {wasm_url} -> {status}")
    if status >= 400:
        return [f"{wasm_url} answered HTTP {status}"]
    problems = []
    content_type = headers.get("Content-Type")
    if _token(content_type) != "application/wasm":
        problems.append(
            f"{wasm_url} has Content-Type {content_type!r} (expected 'application/wasm'; "
            "streaming compilation needs it)"
        )
        report.append(f"  wrong    Content-Type: {content_type}")
    else:
        report.append(f"  ok       Content-Type: {content_type}")
    if urllib.parse.urlsplit(wasm_url)[:2] != urllib.parse.urlsplit(page_url)[:2]:
        corp = _token(headers.get("Cross-Origin-Resource-Policy"))
        if headers.get("Access-Control-Allow-Origin") is None and corp != "cross-origin":
            problems.append(
                f"{wasm_url} is on another origin without CORS or 'Cross-Origin-Resource-Policy: cross-origin' "
                "(COEP blocks it)"
            )
    return problems


def check_url(url: str, wasm: str | None = None, timeout: float = 20.0) -> tuple[list[str], list[str]]:
    """Check that the page ``url`` (and the ``wasm`` file, relative to it) can be cross-origin isolated.

    The page passes when it is served with COOP/COEP/CORP, or when it registers Pyroom's isolation service
    worker and that worker is served where it can control the page. Without ``wasm``, the ``pyodide.asm.wasm``
    a Pyroom page loads is checked. Returns (report lines, problems); no problems means the page can be
    cross-origin isolated.
    """
    report: list[str] = []
    problems: list[str] = []
    status, final_url, headers, body = _fetch(url, timeout, _READ_LIMIT)
    report.append(f"GET {url} -> {status}" + (f" ({final_url})" if final_url != url else ""))
    if status >= 400:
        problems.append(f"{url} answered HTTP {status}")
    page_html = ""
    if _token(headers.get("Content-Type")) in _HTML_TYPES:
        charset = getattr(headers, "get_content_charset", lambda: None)() or "utf-8"
        try:
            page_html = body.decode(charset, "replace")
        except LookupError:
            page_html = body.decode("utf-8", "replace")

    header_problems = _check_headers(headers, report)
    coep = None if header_problems else _token(headers.get("Cross-Origin-Embedder-Policy"))
    if header_problems:
        root = registered_worker_root(page_html)
        if root is None:
            problems += header_problems
            if all(headers.get(name) is None for name in _ISOLATION_EXPECTED):
                problems.append(_server_hint(headers))
            if page_html and status < 400:
                problems.append(
                    "the page registers no isolation service worker either (the setting isolation = "
                    "'service-worker' adds one, for hosts that cannot send headers: GitHub Pages, Read the Docs)"
                )
        else:
            first_visit = registered_first_visit(page_html) or "reload"
            worker_problems = _check_worker(final_url, root, timeout, report, first_visit)
            if worker_problems:
                problems += header_problems + worker_problems
            else:
                # The worker sends credentialless where it can, require-corp in Safari: the strict one counts.
                coep = "service-worker"

    if coep and page_html and status < 400:
        problems += _check_resources(final_url, page_html, coep, timeout, report)

    if wasm:
        problems += _check_wasm(final_url, urllib.parse.urljoin(final_url, wasm), timeout, report)
    elif status < 400 and (wasm_url := _page_wasm(final_url, page_html)):
        report.append("the page's Pyodide:")
        try:
            problems += _check_wasm(final_url, wasm_url, timeout, report)
        except CliError as exc:
            problems.append(str(exc))
    return report, problems


class _ResourceScan(HTMLParser):
    """The subresources of a page COEP applies to: ``<img>``, ``<script>``, ``<link>``, ``<iframe>``."""

    #: <link rel> values that make the browser fetch the resource for the page
    FETCHED_RELS = frozenset({"stylesheet", "icon", "preload", "modulepreload", "apple-touch-icon", "manifest"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        #: (tag, URL as written, crossorigin attribute or None, CORS mode forced, credentialless iframe)
        self.found: list[tuple[str, str, str | None, bool, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        url = found.get("href") if tag == "link" else found.get("src")
        if tag not in ("img", "script", "link", "iframe") or not url:
            return
        if tag == "link":
            rels = set((found.get("rel") or "").lower().split())
            if not rels & self.FETCHED_RELS:
                return
            cors = "modulepreload" in rels or "manifest" in rels
        else:
            cors = tag == "script" and (found.get("type") or "").strip().lower() == "module"
        crossorigin = (found["crossorigin"] or "") if "crossorigin" in found else None
        self.found.append((tag, url.strip(), crossorigin, cors, tag == "iframe" and "credentialless" in found))


#: How many cross-origin resources of a page `check` fetches.
_RESOURCE_LIMIT = 25


def _site(parts: urllib.parse.SplitResult) -> tuple[str, str]:
    """(scheme, registrable domain), approximated by the last two labels of the host name."""
    host = (parts.hostname or "").lower()
    if not re.fullmatch(r"[\d.]+|.*:.*", host):
        host = ".".join(host.split(".")[-2:])
    return parts.scheme, host


def _check_resources(page_url: str, page_html: str, coep: str, timeout: float, report: list[str]) -> list[str]:
    """Cross-origin resources of the page that the page's COEP keeps from loading.

    ``coep`` is the page's COEP, or ``"service-worker"``: credentialless in most browsers, require-corp in
    Safari. Under require-corp a cross-origin ``no-cors`` load (a tag without ``crossorigin``) needs
    ``Cross-Origin-Resource-Policy: cross-origin``; credentialless loads it without credentials instead. A
    cross-origin iframe needs a COEP of its own (unless it has the ``credentialless`` attribute)."""
    scan = _ResourceScan()
    try:
        scan.feed(page_html)
        scan.close()
    except AssertionError:
        return []
    page = urllib.parse.urlsplit(page_url)
    strict = coep in ("require-corp", "service-worker")
    where = " in browsers without COEP credentialless (Safari)" if coep == "service-worker" else ""
    problems: list[str] = []
    seen: set[str] = set()
    for tag, raw, crossorigin, cors, credentialless_frame in scan.found:
        url = urllib.parse.urljoin(page_url, raw)
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or (parts.scheme, parts.netloc) == (page.scheme, page.netloc):
            continue
        if url in seen:
            continue
        seen.add(url)
        if len(seen) > _RESOURCE_LIMIT:
            report.append(f"  (more than {_RESOURCE_LIMIT} cross-origin resources: the others are not checked)")
            break
        no_cors = tag != "iframe" and crossorigin is None and not cors
        if tag != "iframe" and not (no_cors and strict):
            continue  # CORS loads and credentialless no-cors loads pass COEP
        try:
            status, _, headers, _ = _fetch(url, timeout)
        except CliError as exc:
            report.append(f"  unknown  <{tag}> {url}: {exc}")
            continue
        corp = _token(headers.get("Cross-Origin-Resource-Policy"))
        same_site = _site(parts) == _site(page)
        corp_ok = corp == "cross-origin" or (corp == "same-site" and same_site)
        if tag == "iframe":
            child_coep = _token(headers.get("Cross-Origin-Embedder-Policy"))
            if credentialless_frame or (child_coep in COEP_VALUES and (corp_ok or not strict)):
                report.append(f"  ok       <iframe> {url}")
                continue
            need = "Cross-Origin-Embedder-Policy (require-corp or credentialless)"
            if strict and not corp_ok:
                need += " and Cross-Origin-Resource-Policy: cross-origin"
            problems.append(
                f"COEP blocks the cross-origin <iframe> {url}{where}: the framed page must send {need}; "
                "or give the tag the credentialless attribute"
            )
            report.append(f"  blocked  <iframe> {url}")
            continue
        if corp_ok:
            report.append(f"  ok       <{tag}> {url}: Cross-Origin-Resource-Policy: {corp}")
            continue
        if headers.get("Access-Control-Allow-Origin") is not None:
            fix = "its server sends CORS headers: add crossorigin to the tag"
        else:
            fix = (
                "its server must send 'Cross-Origin-Resource-Policy: cross-origin' (or CORS headers, with "
                "crossorigin on the tag)"
                + ("; or serve the site with COEP credentialless" if coep == "require-corp" else "")
            )
        problems.append(
            f"COEP require-corp blocks the cross-origin <{tag}> {url}{where} (HTTP {status}, "
            f"Cross-Origin-Resource-Policy {headers.get('Cross-Origin-Resource-Policy')!r}): {fix}"
        )
        report.append(f"  blocked  <{tag}> {url}")
    return problems


# --- check DIR: a built site -------------------------------------------------------------------------------

_HTACCESS_HEADER = re.compile(r'^\s*Header\s+(?:always\s+)?set\s+(\S+)\s+"?([^"\n]+?)"?\s*$', re.M | re.I)
_HTACCESS_WASM = re.compile(r"^\s*AddType\s+application/wasm\s+(?:\S+\s+)*\.?wasm\b", re.M | re.I)


def _headers_rules(text: str) -> dict[str, dict[str, str]]:
    """Netlify/Cloudflare ``_headers``: path line, then indented ``Name: value`` lines."""
    rules: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), {})
        elif current is not None and ":" in line:
            name, _, value = line.strip().partition(":")
            current[name.strip()] = value.strip()
    return rules


class _Headers(dict):
    """A case-insensitive view of a file's headers for :func:`_check_headers`."""

    def get(self, name: str, default: Any = None) -> Any:
        for key, value in self.items():
            if key.lower() == name.lower():
                return value
        return default


def _check_host_files(root: Path, report: list[str]) -> tuple[list[str], bool]:
    """Problems of the hosting files in the built site ``root``; and whether there is one."""
    problems: list[str] = []
    present = False
    path = root / "_headers"
    if path.is_file():
        present = True
        report.append(f"{path.name} (Netlify, Cloudflare Pages):")
        rules = _headers_rules(path.read_text(encoding="utf-8", errors="replace"))
        found = _check_headers(_Headers(rules.get("/*", {})), report)
        problems += [f"{path}: the /* rule: {p}" for p in found]
    path = root / ".htaccess"
    if path.is_file():
        present = True
        report.append(f"{path.name} (Apache):")
        text = path.read_text(encoding="utf-8", errors="replace")
        found = _check_headers(_Headers(_HTACCESS_HEADER.findall(text)), report)
        problems += [f"{path}: {p}" for p in found]
        if not _HTACCESS_WASM.search(text):
            report.append("  note     no `AddType application/wasm .wasm`: the server's own MIME table must know .wasm")
    path = root / "staticwebapp.config.json"
    if path.is_file():
        present = True
        report.append(f"{path.name} (Azure Static Web Apps):")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(f"{path} is not valid JSON ({exc})")
            data = None
        if data is not None:
            headers = data.get("globalHeaders") if isinstance(data, dict) else None
            found = _check_headers(_Headers(headers if isinstance(headers, dict) else {}), report)
            problems += [f"{path}: globalHeaders: {p}" for p in found]
            mime = (data.get("mimeTypes") or {}).get(".wasm") if isinstance(data, dict) else None
            if mime != "application/wasm":
                problems.append(f"{path}: mimeTypes has no '.wasm': 'application/wasm' (it is {mime!r})")
    return problems, present


def check_dir(directory: str | os.PathLike[str]) -> tuple[list[str], list[str]]:
    """Check a built site folder: its hosting files, its service worker and its Pyodide ``.wasm``.

    Returns (report lines, problems) like :func:`check_url`; report lines starting with ``  note`` are
    advice that does not fail the check (the folder cannot tell how the host is configured)."""
    root = Path(directory).resolve()
    if not root.is_dir():
        raise CliError(f"{directory} is not a directory")
    report: list[str] = []
    problems: list[str] = []
    pages = sorted(root.rglob("*.html"))
    blocks: list[tuple[Path, str, dict[str, Any]]] = []
    workers: dict[Path, list[Path]] = {}
    for page in pages:
        try:
            text = page.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        scan = _PageScan()
        try:
            scan.feed(text)
            scan.close()
        except AssertionError:
            continue
        if scan.module is not None:
            blocks.append((page, *scan.module))
        worker_root = registered_worker_root(text)
        if worker_root is not None:
            workers.setdefault(Path(os.path.normpath(page.parent / worker_root / SERVICE_WORKER_FILE)), []).append(page)
    report.append(
        f"{root}: {len(pages)} pages, {len(blocks)} with Pyroom blocks, "
        f"{sum(len(v) for v in workers.values())} registering the isolation service worker"
    )
    if not blocks:
        problems.append(f"no page of {root} loads Pyroom: is this the built site (e.g. docs/_build/html, site/)?")

    host_problems, has_host_file = _check_host_files(root, report)
    problems += host_problems

    expected_worker = root / SERVICE_WORKER_FILE
    for worker, registering in sorted(workers.items()):
        first = registering[0].relative_to(root)
        more = f" (and {len(registering) - 1} more pages)" if len(registering) > 1 else ""
        if worker != expected_worker:
            where = "outside the site folder" if not worker.is_relative_to(root) else "not at the site root"
            problems.append(
                f"{first}{more} registers the service worker {worker}, {where}: it must be {expected_worker} "
                "to isolate every page"
            )
            continue
        if not worker.is_file():
            problems.append(
                f"{first}{more} registers the isolation service worker, but {expected_worker} is missing: "
                f"{SERVICE_WORKER_FILE} must be published at the site root"
            )
        elif "Cross-Origin-Embedder-Policy" not in worker.read_text(encoding="utf-8", errors="replace"):
            problems.append(f"{worker} is not Pyroom's isolation service worker (it sets no COEP)")
        else:
            report.append(f"service worker: ok       {worker.relative_to(root)} at the site root")
    if workers and (root / "_static").is_dir() and not (root / ".nojekyll").exists():
        report.append(
            "  note     no .nojekyll: GitHub Pages (Jekyll) does not publish _static; add an empty .nojekyll "
            '(Sphinx: extensions += ["sphinx.ext.githubpages"])'
        )
    if expected_worker.is_file() and not workers:
        report.append(
            f"  note     {SERVICE_WORKER_FILE} lies at the site root but no page registers it (isolation = "
            "'headers'): browsers that registered it before keep it until it is gone from the site"
        )
    if not has_host_file and not workers:
        report.append(
            "  note     no hosting file (_headers, .htaccess, staticwebapp.config.json) and no service worker: the "
            "pages are isolated only if the host is configured outside the site (`pyroom headers --host H`); "
            "check the deployed site with `pyroom check URL`"
        )

    wasm_files: dict[Path, Path] = {}
    for page, src, config in blocks:
        pyodide = config.get("pyodide")
        if isinstance(pyodide, str) and pyodide.startswith(("http://", "https://", "//")):
            report.append(f"Pyodide from {pyodide} (not in the site)")
            continue
        if not isinstance(pyodide, str) or pyodide in ("", "local"):
            base = page.parent / urllib.parse.unquote(src.split("?")[0].split("#")[0])
            folder = base.parent / "pyodide"
        else:
            folder = root / urllib.parse.unquote(pyodide).lstrip("/")
        wasm_files.setdefault(Path(os.path.normpath(folder / "pyodide.asm.wasm")), page)
    for wasm, page in sorted(wasm_files.items()):
        if wasm.is_file():
            report.append(f"Pyodide: ok       {wasm.relative_to(root) if wasm.is_relative_to(root) else wasm}")
        else:
            problems.append(
                f"{page.relative_to(root)} loads Pyodide from {wasm.parent}, which has no pyodide.asm.wasm "
                "(pyodide = 'local' publishes it; was the build interrupted?)"
            )
    return report, problems


def _cmd_check(args: argparse.Namespace) -> int:
    if os.path.isdir(args.url):
        report, problems = check_dir(args.url)
    elif "://" not in args.url:
        raise CliError(f"{args.url} is neither a URL (http://, https://) nor a directory")
    else:
        report, problems = check_url(args.url, args.wasm, timeout=args.timeout)
    for line in report:
        print(line)
    if problems:
        print(f"pyroom check: {args.url} is not ready for cross-origin isolation:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"{args.url} is ready for cross-origin isolation.")
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
    headers.add_argument("--host", required=True, choices=ALL_HOSTS, type=str.lower, help="the host")
    headers.add_argument(
        "--coep", choices=COEP_VALUES, default="require-corp", help="Cross-Origin-Embedder-Policy"
    )
    headers.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write it to FILE, merged into what FILE holds (the user's keys and lines are kept)",
    )
    headers.set_defaults(func=_cmd_headers)

    check = commands.add_parser(
        "check",
        help="check that a deployed page is served for cross-origin isolation",
        description=(
            "Fetch URL and report whether it can be cross-origin isolated: COOP, COEP and CORP, or Pyroom's "
            "isolation service worker; the .wasm MIME type of the page's Pyodide; cross-origin resources COEP "
            "blocks. For a DIR, check the built files: hosting files, the service worker at the root, the .wasm."
        ),
    )
    check.add_argument("url", metavar="URL-or-DIR", help="a deployed page, or a built site folder")
    check.add_argument(
        "--wasm", metavar="PATH", help="a .wasm file to check too, relative to URL (default: the page's Pyodide)"
    )
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
