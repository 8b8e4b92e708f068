"""Hosting files that make a site cross-origin isolated (COOP/COEP/CORP), and the service-worker fallback."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "COEP_VALUES",
    "HOSTS",
    "HOST_FILES",
    "SERVICE_WORKER_FILE",
    "HostingError",
    "check_coep",
    "headers_for",
    "isolation_headers",
    "registered_worker_root",
    "service_worker_js",
    "service_worker_register_snippet",
    "write_hosting_files",
]

COEP_VALUES: tuple[str, ...] = ("require-corp", "credentialless")

#: Every host :func:`headers_for` knows.
HOSTS: tuple[str, ...] = ("netlify", "cloudflare", "apache", "azure", "vercel", "firebase", "nginx", "caddy")

#: Hosts that read a file from the published site, and that file's name (the build writes these).
HOST_FILES: dict[str, str] = {
    "netlify": "_headers",
    "cloudflare": "_headers",
    "apache": ".htaccess",
    "azure": "staticwebapp.config.json",
}

SERVICE_WORKER_FILE = "pyroom-sw.js"

_BEGIN = "# >>> pyroom: cross-origin isolation (written by Pyroom; edits inside are replaced) >>>"
_END = "# <<< pyroom <<<"

_MIME_TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript"}


class HostingError(ValueError):
    """A bad host name or COEP value, or a hosting file Pyroom cannot update safely."""


def check_coep(coep: str) -> str:
    """Return ``coep`` if it is a COEP value Pyroom supports, else raise :class:`HostingError`."""
    if coep not in COEP_VALUES:
        raise HostingError(
            f"unknown Cross-Origin-Embedder-Policy {coep!r}; use one of: {', '.join(COEP_VALUES)}"
        )
    return coep


def isolation_headers(coep: str = "require-corp") -> dict[str, str]:
    """The response headers that make a page cross-origin isolated, in a stable order."""
    return {
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Embedder-Policy": check_coep(coep),
        "Cross-Origin-Resource-Policy": "same-origin",
    }


def _check_host(host: str) -> str:
    name = host.strip().lower()
    if name not in HOSTS:
        raise HostingError(f"unknown host {host!r}; known hosts: {', '.join(HOSTS)}")
    return name


# --- one renderer per format ------------------------------------------------------------------------------


def _headers_file(coep: str) -> str:
    lines = [_BEGIN, "/*"]
    lines += [f"  {name}: {value}" for name, value in isolation_headers(coep).items()]
    lines.append(_END)
    return "\n".join(lines) + "\n"


def _htaccess(coep: str) -> str:
    lines = [_BEGIN, "<IfModule mod_headers.c>"]
    lines += [f'  Header always set {name} "{value}"' for name, value in isolation_headers(coep).items()]
    lines += ["</IfModule>", "<IfModule mod_mime.c>"]
    lines += [f"  AddType {mime} {ext}" for ext, mime in _MIME_TYPES.items()]
    lines += ["</IfModule>", _END]
    return "\n".join(lines) + "\n"


def _azure(coep: str) -> dict[str, Any]:
    return {"globalHeaders": isolation_headers(coep), "mimeTypes": dict(_MIME_TYPES)}


def _header_list(coep: str) -> list[dict[str, str]]:
    return [{"key": name, "value": value} for name, value in isolation_headers(coep).items()]


def _vercel(coep: str) -> dict[str, Any]:
    return {"headers": [{"source": "/(.*)", "headers": _header_list(coep)}]}


def _firebase(coep: str) -> dict[str, Any]:
    return {"hosting": {"headers": [{"source": "**", "headers": _header_list(coep)}]}}


def _nginx(coep: str) -> str:
    headers = isolation_headers(coep)
    lines = [
        "# Pyroom: cross-origin isolation. Put these lines in the server { } block that serves the site.",
        "# nginx gives add_header to a location only when that location has no add_header of its own:",
        "# repeat these three lines in any such location.",
    ]
    lines += [f'add_header {name} "{value}" always;' for name, value in headers.items()]
    lines += [
        "",
        "# WebAssembly and JavaScript modules need their MIME types. A types block replaces the inherited",
        "# one, so it is scoped to these files (copy an `alias` here if the site is served through one).",
        r"location ~* \.(wasm|mjs)$ {",
        "    types {",
    ]
    lines += [f"        {mime} {ext.lstrip('.')};" for ext, mime in _MIME_TYPES.items()]
    lines += ["    }", "}"]
    return "\n".join(lines) + "\n"


def _caddy(coep: str) -> str:
    lines = [
        "# Pyroom: cross-origin isolation. Put this inside the site block of your Caddyfile.",
        "header {",
    ]
    lines += [f'    {name} "{value}"' for name, value in isolation_headers(coep).items()]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _json_text(data: Any) -> str:
    return json.dumps(data, indent=2) + "\n"


def headers_for(host: str, coep: str = "require-corp") -> str:
    """The configuration text that makes ``host`` send the isolation headers (and the ``.wasm`` MIME type).

    ``netlify``/``cloudflare``: a ``_headers`` file; ``apache``: ``.htaccess``; ``azure``:
    ``staticwebapp.config.json``; ``vercel``: ``vercel.json``; ``firebase``: the ``hosting`` part of
    ``firebase.json``; ``nginx``: lines for a ``server`` block; ``caddy``: a ``header`` directive.
    """
    name = _check_host(host)
    check_coep(coep)
    if name in ("netlify", "cloudflare"):
        return _headers_file(coep)
    if name == "apache":
        return _htaccess(coep)
    if name == "azure":
        return _json_text(_azure(coep))
    if name == "vercel":
        return _json_text(_vercel(coep))
    if name == "firebase":
        return _json_text(_firebase(coep))
    if name == "nginx":
        return _nginx(coep)
    return _caddy(coep)


# --- writing into a built site ----------------------------------------------------------------------------


def _merge_section(existing: str, section: str, path: Path) -> str:
    begin = existing.find(_BEGIN)
    if begin < 0:
        if not existing.strip():
            return section
        separator = "" if existing.endswith("\n\n") else ("\n" if existing.endswith("\n") else "\n\n")
        return existing + separator + section
    end = existing.find(_END, begin)
    if end < 0:
        raise HostingError(
            f"{path}: the Pyroom section starts but has no end line ({_END!r}); "
            "restore that line or delete the section, then build again"
        )
    end += len(_END)
    if existing[end : end + 1] == "\n":
        end += 1
    return existing[:begin] + section + existing[end:]


def _merge_azure(existing: str, coep: str, path: Path) -> str:
    if not existing.strip():
        return _json_text(_azure(coep))
    try:
        data = json.loads(existing)
    except ValueError as exc:
        raise HostingError(
            f"{path} is not valid JSON ({exc}); fix it so Pyroom can add its headers"
        ) from None
    if not isinstance(data, dict):
        raise HostingError(f"{path} must hold a JSON object")
    ours = _azure(coep)
    for key, values in ours.items():
        current = data.get(key, {})
        if not isinstance(current, dict):
            raise HostingError(f"{path}: {key!r} must be a JSON object")
        data[key] = {**current, **values}
    return _json_text(data)


def write_hosting_files(outdir: Path, hosts: Iterable[str], coep: str = "require-corp") -> list[Path]:
    """Write (or update) the hosting files of ``hosts`` in the built site ``outdir``; return their paths.

    A file the user wrote is never replaced: ``_headers`` and ``.htaccess`` get one marked Pyroom section
    (a previous one is replaced in place), JSON files get Pyroom's keys merged in. Unchanged files are left
    untouched, so repeating a build changes nothing.
    """
    check_coep(coep)
    files: list[str] = []
    for host in hosts:
        name = _check_host(host)
        if name not in HOST_FILES:
            raise HostingError(
                f"the {name} configuration lives outside the built site; "
                f"print it with `pyroom headers --host {name}` (hosts written by the build: "
                f"{', '.join(HOST_FILES)})"
            )
        if HOST_FILES[name] not in files:
            files.append(HOST_FILES[name])
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for file_name in files:
        path = outdir / file_name
        try:
            existing = path.read_text(encoding="utf-8") if path.exists() else ""
        except (OSError, UnicodeDecodeError) as exc:
            raise HostingError(f"cannot read {path}: {exc}") from None
        if file_name == "_headers":
            text = _merge_section(existing, _headers_file(coep), path)
        elif file_name == ".htaccess":
            text = _merge_section(existing, _htaccess(coep), path)
        else:
            text = _merge_azure(existing, coep, path)
        if text != existing or not path.exists():
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


# --- the service-worker fallback --------------------------------------------------------------------------

_SW_TEMPLATE = """\
/* Pyroom's isolation service worker (pyroom-sw.js), written by the documentation build.
 * Hosts such as GitHub Pages and Read the Docs cannot send the headers that cross-origin isolation needs.
 * This worker re-serves the site's own (same-origin) responses with them added; other requests pass
 * through untouched. */
"use strict";

const PYROOM_HEADERS = __HEADERS__;
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

function withIsolation(response) {
  // Opaque, opaque-redirect and error responses (status 0) cannot be read or rebuilt: pass them on.
  if (!response || response.status === 0 || response.type === "opaque"
      || response.type === "opaqueredirect") {
    return response;
  }
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(PYROOM_HEADERS)) {
    headers.set(name, value);
  }
  const body = NULL_BODY_STATUS.has(response.status) ? null : response.body;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  // A request that may only be answered from the cache, for another origin, throws when fetched here.
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") {
    return;
  }
  let url;
  try {
    url = new URL(request.url);
  } catch (error) {
    return;
  }
  if (url.origin !== self.location.origin) {
    return;
  }
  event.respondWith(fetch(request).then(withIsolation));
});
"""


def service_worker_js(coep: str = "require-corp") -> str:
    """The text of ``pyroom-sw.js``, to be published at the site root (its scope is its directory)."""
    headers = json.dumps(isolation_headers(coep), indent=2)
    return _SW_TEMPLATE.replace("__HEADERS__", headers)


_REGISTER_TEMPLATE = """\
(function () {
  "use strict";
  var KEY = "pyroom-sw-reloaded";
  if (window.crossOriginIsolated) {
    try { window.sessionStorage.removeItem(KEY); } catch (error) { /* storage blocked */ }
    return;
  }
  if (!window.isSecureContext || !("serviceWorker" in navigator)) return;
  var reloaded;
  try { reloaded = window.sessionStorage.getItem(KEY); } catch (error) { return; }
  var root = __ROOT__;
  if (root === null) {
    var script = document.currentScript;
    var html = document.documentElement;
    root = (script && script.dataset && script.dataset.pyroomRoot)
      || (html.dataset && html.dataset.content_root)
      || (window.DOCUMENTATION_OPTIONS && window.DOCUMENTATION_OPTIONS.URL_ROOT)
      || (typeof window.base_url === "string" && window.base_url)
      || "./";
  }
  if (root.charAt(root.length - 1) !== "/") root += "/";
  var url = new URL(root + "__FILE__", document.baseURI).href;
  function reloadOnce() {
    if (reloaded) return;
    reloaded = "1";
    try { window.sessionStorage.setItem(KEY, "1"); } catch (error) { return; }
    window.location.reload();
  }
  navigator.serviceWorker.register(url).then(function () {
    var controller = navigator.serviceWorker.controller;
    if (controller && controller.scriptURL === url) {
      reloadOnce();
    } else {
      navigator.serviceWorker.addEventListener("controllerchange", reloadOnce);
    }
  }).catch(function (error) {
    console.warn("Pyroom: the isolation service worker could not be registered:", error);
  });
})();
"""


def service_worker_register_snippet(root: str | None = None) -> str:
    """JS that registers ``pyroom-sw.js`` when the page is not cross-origin isolated, then reloads once.

    ``root`` is the site root relative to the page (e.g. ``"../"``); without it the snippet finds it at run
    time from ``data-pyroom-root`` on its script, Sphinx's ``data-content_root``/``URL_ROOT``, or MkDocs'
    ``base_url``. A ``sessionStorage`` flag makes sure a page reloads at most once per tab session.
    """
    root_js = "null" if root is None else json.dumps(root)
    return _REGISTER_TEMPLATE.replace("__ROOT__", root_js).replace("__FILE__", SERVICE_WORKER_FILE)


_REGISTER_MARK = 'var KEY = "pyroom-sw-reloaded";'
_REGISTER_ROOT = re.compile(r'var root = ("(?:[^"\\]|\\.)*"|null);')
_CONTENT_ROOT = re.compile(r'<html\b[^>]*\sdata-content_root="([^"]*)"', re.I)


def registered_worker_root(page_html: str) -> str | None:
    """Where the page's registration snippet looks for ``pyroom-sw.js``: the site root relative to the page.

    None when the page carries no snippet. A snippet that finds the root at run time is resolved as the
    browser would for Sphinx pages (``data-content_root``), else ``"./"``.
    """
    start = page_html.find(_REGISTER_MARK)
    if start < 0:
        return None
    match = _REGISTER_ROOT.search(page_html, start)
    root = json.loads(match.group(1)) if match else None
    if root is None:
        found = _CONTENT_ROOT.search(page_html)
        root = html.unescape(found.group(1)) if found and found.group(1) else "./"
    return root if root.endswith("/") else root + "/"
