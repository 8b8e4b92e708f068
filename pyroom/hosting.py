"""Hosting files that make a site cross-origin isolated (COOP/COEP/CORP), and the service-worker fallback."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = [
    "ALL_HOSTS",
    "COEP_VALUES",
    "FIRST_VISIT_POLICIES",
    "HOSTS",
    "HOST_WHERE",
    "IMMUTABLE_CACHE",
    "SW_HOSTS",
    "HOST_FILES",
    "SERVICE_WORKER_FILE",
    "HostingError",
    "check_coep",
    "headers_for",
    "merge_host_file",
    "isolation_headers",
    "registered_first_visit",
    "registered_worker_root",
    "service_worker_js",
    "service_worker_register_snippet",
    "write_hosting_files",
]

COEP_VALUES: tuple[str, ...] = ("require-corp", "credentialless")

#: Every host :func:`headers_for` knows.
HOSTS: tuple[str, ...] = ("netlify", "cloudflare", "apache", "azure", "vercel", "firebase", "nginx", "caddy")

#: Hosts that cannot send headers: the service worker isolates the pages there.
SW_HOSTS: tuple[str, ...] = ("github-pages", "readthedocs")
#: Every host ``pyroom headers`` knows.
ALL_HOSTS: tuple[str, ...] = HOSTS + SW_HOSTS

#: What the service-worker fallback does on a page the worker does not control yet (the first visit):
#: reload it once, or keep it as it is (degraded mode) and be isolated from the next navigation on.
FIRST_VISIT_POLICIES: tuple[str, ...] = ("reload", "degrade")

#: Where each host's configuration goes (``pyroom headers`` prints it with the configuration).
HOST_WHERE: dict[str, str] = {
    "netlify": "save as `_headers` in the folder Netlify publishes (the built site); "
    "the build writes it with hosting_files = ['netlify']",
    "cloudflare": "save as `_headers` in the build output folder of Cloudflare Pages (the built site); "
    "the build writes it with hosting_files = ['cloudflare']",
    "vercel": "save as `vercel.json` at the root of the project Vercel deploys "
    "(`pyroom headers --host vercel -o vercel.json` merges it into an existing one)",
    "firebase": "merge into `firebase.json` next to `.firebaserc` "
    "(`pyroom headers --host firebase -o firebase.json` merges it into the `hosting` section)",
    "azure": "save as `staticwebapp.config.json` in the app's output folder (output_location); "
    "the build writes it with hosting_files = ['azure']",
    "apache": "save as `.htaccess` at the site root (needs mod_headers and `AllowOverride FileInfo`); "
    "the build writes it with hosting_files = ['apache']",
    "nginx": "put these lines in the `server { }` block that serves the site (e.g. /etc/nginx/sites-available/SITE), "
    "then `nginx -t && nginx -s reload`",
    "caddy": "put these lines in the site block of your Caddyfile, then `caddy reload`",
    "github-pages": "no file: GitHub Pages sends no custom headers; add the setting below to the site's configuration",
    "readthedocs": "no file: Read the Docs sends no custom headers; add the setting below to the site's configuration",
}

#: Long-lived caching, only for files whose name changes with their content (see :data:`PYODIDE_DIRS`).
IMMUTABLE_CACHE = "public, max-age=31536000, immutable"
#: Where a self-hosted Pyodide lies in a built site: Sphinx, MkDocs. Its core files (pyodide.asm.wasm, ...)
#: keep their names from one Pyodide version to the next, so only its wheels (``name-version-tags.whl``) are
#: safe to cache for a year; everything else revalidates (the hosts' default).
PYODIDE_DIRS: tuple[str, ...] = ("_static/pyroom/pyodide", "assets/pyroom/pyodide")
_WHEEL_REGEX = r"/(_static|assets)/pyroom/pyodide/[^/]+\.whl$"

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


def _check_host(host: str, known: tuple[str, ...] = HOSTS) -> str:
    name = host.strip().lower()
    if name not in known:
        raise HostingError(f"unknown host {host!r}; known hosts: {', '.join(known)}")
    return name


# --- one renderer per format ------------------------------------------------------------------------------


def _headers_file(coep: str) -> str:
    lines = [_BEGIN, "/*"]
    lines += [f"  {name}: {value}" for name, value in isolation_headers(coep).items()]
    lines.append("# A self-hosted Pyodide's wheels carry their version in their name: cache them for a year.")
    for folder in PYODIDE_DIRS:
        lines += [f"/{folder}/*.whl", f"  Cache-Control: {IMMUTABLE_CACHE}"]
    lines.append(_END)
    return "\n".join(lines) + "\n"


def _htaccess(coep: str) -> str:
    lines = [_BEGIN, "<IfModule mod_headers.c>"]
    lines += [f'  Header always set {name} "{value}"' for name, value in isolation_headers(coep).items()]
    lines += [
        "  # A self-hosted Pyodide's wheels carry their version in their name: cache them for a year.",
        f'  <If "%{{REQUEST_URI}} =~ m#{_WHEEL_REGEX}#">',
        f'    Header always set Cache-Control "{IMMUTABLE_CACHE}"',
        "  </If>",
    ]
    lines += ["</IfModule>", "<IfModule mod_mime.c>"]
    lines += [f"  AddType {mime} {ext}" for ext, mime in _MIME_TYPES.items()]
    lines += ["</IfModule>", _END]
    return "\n".join(lines) + "\n"


def _azure(coep: str) -> dict[str, Any]:
    cache = {"Cache-Control": IMMUTABLE_CACHE}
    routes = [{"route": f"/{folder}/*.{{whl}}", "headers": dict(cache)} for folder in PYODIDE_DIRS]
    return {"globalHeaders": isolation_headers(coep), "mimeTypes": dict(_MIME_TYPES), "routes": routes}


def _header_list(coep: str) -> list[dict[str, str]]:
    return [{"key": name, "value": value} for name, value in isolation_headers(coep).items()]


_CACHE_LIST = [{"key": "Cache-Control", "value": IMMUTABLE_CACHE}]


def _vercel(coep: str) -> dict[str, Any]:
    return {
        "headers": [
            {"source": "/(.*)", "headers": _header_list(coep)},
            {"source": "/(_static|assets)/pyroom/pyodide/(.*).whl", "headers": list(_CACHE_LIST)},
        ]
    }


def _firebase(coep: str) -> dict[str, Any]:
    return {
        "hosting": {
            "headers": [
                {"source": "**", "headers": _header_list(coep)},
                {"source": "**/pyroom/pyodide/*.whl", "headers": list(_CACHE_LIST)},
            ]
        }
    }


def _nginx(coep: str) -> str:
    headers = isolation_headers(coep)
    lines = [
        _BEGIN,
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
    lines += ["    }", "}", ""]
    lines.append("# A self-hosted Pyodide's wheels carry their version in their name: cache them for a year.")
    lines.append(f"location ~ {_WHEEL_REGEX} {{")
    lines += [f'    add_header {name} "{value}" always;' for name, value in headers.items()]
    lines += [f'    add_header Cache-Control "{IMMUTABLE_CACHE}" always;', "}", _END]
    return "\n".join(lines) + "\n"


def _caddy(coep: str) -> str:
    lines = [
        _BEGIN,
        "# Pyroom: cross-origin isolation. Put this inside the site block of your Caddyfile.",
        "header {",
    ]
    lines += [f'    {name} "{value}"' for name, value in isolation_headers(coep).items()]
    lines += [
        "}",
        "# A self-hosted Pyodide's wheels carry their version in their name: cache them for a year.",
        f"@pyroom_wheels path_regexp {_WHEEL_REGEX}",
        f'header @pyroom_wheels Cache-Control "{IMMUTABLE_CACHE}"',
        "# Caddy sends .wasm and .mjs with their MIME types on its own.",
        _END,
    ]
    return "\n".join(lines) + "\n"


def _json_text(data: Any) -> str:
    return json.dumps(data, indent=2) + "\n"


def _service_worker_settings(host: str, first_visit: str) -> str:
    label = {"github-pages": "GitHub Pages", "readthedocs": "Read the Docs"}[host]
    lines = [
        f"# {label} cannot send the cross-origin isolation headers. Pyroom's service worker adds them: the build",
        "# publishes pyroom-sw.js at the site root and pages with blocks register it. On a first visit the page",
        '# reloads once (sw_first_visit = "reload"), or runs in the degraded mode and is isolated from the next',
        '# page on (sw_first_visit = "degrade"). The worker sends COEP credentialless where the browser supports',
        "# it (cross-origin images keep loading) and require-corp where it does not (Safari).",
        "",
        "# Sphinx: in conf.py",
        'pyroom_isolation = "service-worker"',
        f'pyroom_sw_first_visit = "{first_visit}"',
        "",
        "# MkDocs: in mkdocs.yml",
        "# plugins:",
        "#   - pyroom:",
        "#       isolation: service-worker",
        f"#       sw_first_visit: {first_visit}",
    ]
    if host == "github-pages":
        lines += [
            "",
            "# GitHub Pages runs Jekyll, which drops folders whose name starts with '_' (Sphinx's _static): publish",
            '# an empty .nojekyll file at the site root (Sphinx: extensions += ["sphinx.ext.githubpages"]).',
        ]
    else:
        lines += [
            "",
            "# Read the Docs serves each version under its own path (/en/latest/): the worker lies at that",
            "# version's root and isolates its pages; nothing else is needed.",
        ]
    return "\n".join(lines) + "\n"


def headers_for(host: str, coep: str = "require-corp", *, first_visit: str = "reload") -> str:
    """The configuration text that makes ``host`` send the isolation headers (and the ``.wasm`` MIME type).

    ``netlify``/``cloudflare``: a ``_headers`` file; ``apache``: ``.htaccess``; ``azure``:
    ``staticwebapp.config.json``; ``vercel``: ``vercel.json``; ``firebase``: the ``hosting`` part of
    ``firebase.json``; ``nginx``: lines for a ``server`` block; ``caddy``: a ``header`` directive;
    ``github-pages``/``readthedocs``: the settings that turn the service-worker fallback on (``first_visit``
    is its first-visit policy).
    """
    name = _check_host(host, ALL_HOSTS)
    check_coep(coep)
    if name in SW_HOSTS:
        if first_visit not in FIRST_VISIT_POLICIES:
            raise HostingError(f"unknown first-visit policy {first_visit!r}; use one of: reload, degrade")
        return _service_worker_settings(name, first_visit)
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


def _load_json_object(existing: str, path: Path) -> dict[str, Any]:
    try:
        data = json.loads(existing)
    except ValueError as exc:
        raise HostingError(f"{path} is not valid JSON ({exc}); fix it so Pyroom can add its headers") from None
    if not isinstance(data, dict):
        raise HostingError(f"{path} must hold a JSON object")
    return data


def _merge_rules(current: Any, ours: list[dict[str, Any]], key: str, where: str) -> list[dict[str, Any]]:
    """Merge Pyroom's rules into a list of the user's: a rule with the same ``key`` value gets Pyroom's headers
    (the user's other headers and fields stay), a new one is appended; other rules are kept as they are."""
    if current is None:
        current = []
    if not isinstance(current, list) or not all(isinstance(rule, dict) for rule in current):
        raise HostingError(f"{where} must be a JSON list of objects")
    rules = [dict(rule) for rule in current]
    for rule in ours:
        match = next((r for r in rules if r.get(key) == rule[key]), None)
        if match is None:
            rules.append(rule)
            continue
        headers = match.get("headers")
        if isinstance(rule["headers"], dict):
            match["headers"] = {**(headers if isinstance(headers, dict) else {}), **rule["headers"]}
        else:
            names = {item["key"] for item in rule["headers"]}
            kept = [h for h in headers or [] if not (isinstance(h, dict) and h.get("key") in names)]
            match["headers"] = kept + rule["headers"]
    return rules


def _merge_json(data: dict[str, Any], ours: dict[str, Any], path: Path, prefix: str = "") -> dict[str, Any]:
    """``data`` with Pyroom's keys of ``ours`` merged in: objects key by key, header rule lists rule by rule."""
    out = dict(data)
    for key, value in ours.items():
        where = f"{path}: {prefix}{key!r}"
        if isinstance(value, dict):
            current = out.get(key, {})
            if isinstance(current, list) and key == "hosting":
                raise HostingError(
                    f"{where} lists several sites; add Pyroom's headers (`pyroom headers --host firebase`) "
                    "to the site that serves the documentation by hand"
                )
            if not isinstance(current, dict):
                raise HostingError(f"{where} must be a JSON object")
            out[key] = _merge_json(current, value, path, f"{prefix}{key}.")
        elif isinstance(value, list):
            out[key] = _merge_rules(out.get(key), value, "route" if key == "routes" else "source", where)
        else:
            out[key] = value
    return out


def merge_host_file(host: str, existing: str, coep: str = "require-corp", path: Path | str = "the file") -> str:
    """The text of ``host``'s configuration file with Pyroom's configuration merged into ``existing``.

    Text files (``_headers``, ``.htaccess``, nginx and Caddy snippets) get one marked Pyroom section (a previous
    one is replaced in place); JSON files (``vercel.json``, ``firebase.json``, ``staticwebapp.config.json``) get
    Pyroom's keys merged in, and every other key of the user's is kept.
    """
    name = _check_host(host)
    path = Path(path)
    text = headers_for(name, coep)
    if name in ("azure", "vercel", "firebase"):
        if not existing.strip():
            return text
        return _json_text(_merge_json(_load_json_object(existing, path), json.loads(text), path))
    return _merge_section(existing, text, path)


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
        host = {"_headers": "netlify", ".htaccess": "apache"}.get(file_name, "azure")
        text = merge_host_file(host, existing, coep, path)
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
// The page that registers the worker chooses the COEP (`pyroom-sw.js?coep=credentialless`): credentialless
// where the browser supports it, require-corp where it does not (Safari). Without a choice: the site setting.
const PYROOM_COEP = new URL(self.location.href).searchParams.get("coep");
if (PYROOM_COEP === "credentialless" || PYROOM_COEP === "require-corp") {
  PYROOM_HEADERS["Cross-Origin-Embedder-Policy"] = PYROOM_COEP;
}
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
  var COEP_KEY = "pyroom-sw-coep";
  var FIRST_VISIT = __FIRST_VISIT__;
  if (window.crossOriginIsolated) {
    try { window.sessionStorage.removeItem(KEY); } catch (error) { /* storage blocked */ }
    return;
  }
  if (!window.isSecureContext || !("serviceWorker" in navigator)) return;
  var reloaded, remembered = null;
  try { reloaded = window.sessionStorage.getItem(KEY); } catch (error) { return; }
  try { remembered = window.localStorage.getItem(COEP_KEY); } catch (error) { /* storage blocked */ }
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
  var base = new URL(root + "__FILE__", document.baseURI).href;
  // COEP credentialless keeps cross-origin images and iframes loading; browsers without it (Safari) get
  // require-corp. Chromium has the credentialless iframe attribute; Firefox knows the COEP value since 119.
  function credentialless() {
    if ("credentialless" in window) return true;
    if (typeof HTMLIFrameElement !== "undefined" && "credentialless" in HTMLIFrameElement.prototype) return true;
    var firefox = /\\bFirefox\\/(\\d+)/.exec(navigator.userAgent || "");
    return !!firefox && Number(firefox[1]) >= 119;
  }
  var coep = remembered === "require-corp" || !credentialless() ? "require-corp" : "credentialless";
  var controller = navigator.serviceWorker.controller;
  var ours = controller && controller.scriptURL.split("?")[0] === base;
  if (ours && coep === "credentialless" && controller.scriptURL.indexOf("coep=credentialless") >= 0) {
    // Our worker sent COEP credentialless and the page is still not isolated: this browser does not know the
    // value. Use require-corp from now on.
    coep = "require-corp";
    try { window.localStorage.setItem(COEP_KEY, coep); } catch (error) { /* storage blocked */ }
  }
  var url = base + "?coep=" + coep;
  function reloadOnce() {
    if (FIRST_VISIT !== "reload" || reloaded) return;
    reloaded = "1";
    try { window.sessionStorage.setItem(KEY, "1"); } catch (error) { return; }
    window.location.reload();
  }
  navigator.serviceWorker.register(url).then(function () {
    var current = navigator.serviceWorker.controller;
    if (current && current.scriptURL === url) {
      reloadOnce();
    } else {
      navigator.serviceWorker.addEventListener("controllerchange", reloadOnce);
    }
  }).catch(function (error) {
    console.warn("Pyroom: the isolation service worker could not be registered:", error);
  });
})();
"""


def service_worker_register_snippet(root: str | None = None, first_visit: str = "reload") -> str:
    """JS that registers ``pyroom-sw.js`` when the page is not cross-origin isolated.

    ``root`` is the site root relative to the page (e.g. ``"../"``); without it the snippet finds it at run
    time from ``data-pyroom-root`` on its script, Sphinx's ``data-content_root``/``URL_ROOT``, or MkDocs'
    ``base_url``. ``first_visit`` is what happens on a page the worker does not control yet: ``"reload"`` it
    once (a ``sessionStorage`` flag makes sure a page reloads at most once per tab session), or ``"degrade"``:
    keep it as it is, the next page is isolated. The snippet picks the worker's COEP (``?coep=`` on its URL):
    ``credentialless`` where the browser supports it, else ``require-corp``.
    """
    if first_visit not in FIRST_VISIT_POLICIES:
        raise HostingError(
            f"unknown first-visit policy {first_visit!r}; use one of: {', '.join(FIRST_VISIT_POLICIES)}"
        )
    root_js = "null" if root is None else json.dumps(root)
    return (
        _REGISTER_TEMPLATE.replace("__ROOT__", root_js)
        .replace("__FILE__", SERVICE_WORKER_FILE)
        .replace("__FIRST_VISIT__", json.dumps(first_visit))
    )


_REGISTER_MARK = 'var KEY = "pyroom-sw-reloaded";'
_REGISTER_ROOT = re.compile(r'var root = ("(?:[^"\\]|\\.)*"|null);')
_REGISTER_FIRST_VISIT = re.compile(r'var FIRST_VISIT = "(\w+)";')
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


def registered_first_visit(page_html: str) -> str | None:
    """The first-visit policy of the page's registration snippet (``"reload"``, ``"degrade"``), None without one."""
    start = page_html.find(_REGISTER_MARK)
    if start < 0:
        return None
    match = _REGISTER_FIRST_VISIT.search(page_html, start)
    return match.group(1) if match else "reload"
