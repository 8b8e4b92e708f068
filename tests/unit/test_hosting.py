"""Tests of pyroom.hosting: every host's configuration, writing hosting files, the service-worker fallback."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from pyroom.hosting import (
    HOST_FILES,
    HOSTS,
    HostingError,
    headers_for,
    isolation_headers,
    registered_first_visit,
    service_worker_js,
    service_worker_register_snippet,
    write_hosting_files,
)

EXPECTED = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def expected(coep: str) -> dict[str, str]:
    return {**EXPECTED, "Cross-Origin-Embedder-Policy": coep}


def parse_headers_file(text: str) -> dict[str, dict[str, str]]:
    """Netlify/Cloudflare `_headers`: a path line, then indented `Name: value` lines; `#` comments."""
    rules: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), {})
            continue
        assert current is not None, f"header line before any path: {line!r}"
        name, _, value = line.strip().partition(":")
        current[name.strip()] = value.strip()
    return rules


IMMUTABLE = "public, max-age=31536000, immutable"
#: Long-lived caching only where the file name carries the version: a self-hosted Pyodide's wheels.
WHEEL_RULES = {
    "/_static/pyroom/pyodide/*.whl": {"Cache-Control": IMMUTABLE},
    "/assets/pyroom/pyodide/*.whl": {"Cache-Control": IMMUTABLE},
}


def json_header_list(items: list[dict[str, str]]) -> dict[str, str]:
    return {item["key"]: item["value"] for item in items}


# --- headers_for ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("coep", ["require-corp", "credentialless"])
@pytest.mark.parametrize("host", ["netlify", "cloudflare"])
def test_headers_file_hosts(host: str, coep: str) -> None:
    rules = parse_headers_file(headers_for(host, coep))
    assert rules == {"/*": expected(coep), **WHEEL_RULES}


@pytest.mark.parametrize("coep", ["require-corp", "credentialless"])
def test_apache(coep: str) -> None:
    text = headers_for("apache", coep)
    found = dict(re.findall(r'^\s*Header always set (\S+) "([^"]+)"$', text, re.M))
    assert found == {**expected(coep), "Cache-Control": IMMUTABLE}
    assert '<If "%{REQUEST_URI} =~ m#/(_static|assets)/pyroom/pyodide/[^/]+\\.whl$#">' in text
    assert re.search(r"^\s*AddType application/wasm \.wasm$", text, re.M)
    assert re.search(r"^\s*AddType text/javascript \.mjs$", text, re.M)
    assert text.count("<IfModule") == text.count("</IfModule>") == 2


@pytest.mark.parametrize("coep", ["require-corp", "credentialless"])
def test_azure(coep: str) -> None:
    data = json.loads(headers_for("azure", coep))
    assert data["globalHeaders"] == expected(coep)
    assert data["mimeTypes"][".wasm"] == "application/wasm"


@pytest.mark.parametrize("coep", ["require-corp", "credentialless"])
def test_vercel(coep: str) -> None:
    data = json.loads(headers_for("vercel", coep))
    rule, cache = data["headers"]
    assert rule["source"] == "/(.*)"
    assert json_header_list(rule["headers"]) == expected(coep)
    assert cache["source"] == "/(_static|assets)/pyroom/pyodide/(.*).whl"
    assert json_header_list(cache["headers"]) == {"Cache-Control": IMMUTABLE}


@pytest.mark.parametrize("coep", ["require-corp", "credentialless"])
def test_firebase(coep: str) -> None:
    data = json.loads(headers_for("firebase", coep))
    rule, cache = data["hosting"]["headers"]
    assert rule["source"] == "**"
    assert json_header_list(rule["headers"]) == expected(coep)
    assert cache["source"] == "**/pyroom/pyodide/*.whl"
    assert json_header_list(cache["headers"]) == {"Cache-Control": IMMUTABLE}


@pytest.mark.parametrize("coep", ["require-corp", "credentialless"])
def test_nginx_text(coep: str) -> None:
    text = headers_for("nginx", coep)
    found = dict(re.findall(r'^add_header (\S+) "([^"]+)" always;$', text, re.M))
    assert found == expected(coep)
    assert re.search(r"^\s*application/wasm wasm;$", text, re.M)
    assert text.count("{") == text.count("}")


@pytest.mark.parametrize("coep", ["require-corp", "credentialless"])
def test_caddy_text(coep: str) -> None:
    text = headers_for("caddy", coep)
    body = re.search(r"^header \{\n(.*?)^\}", text, re.M | re.S)
    assert body, text
    found = dict(re.findall(r'^\s+(\S+) "([^"]+)"$', body.group(1), re.M))
    assert found == expected(coep)


def test_every_host_is_covered() -> None:
    for host in HOSTS:
        text = headers_for(host)
        for name, value in EXPECTED.items():
            assert name in text and value in text, host
    assert headers_for("Netlify") == headers_for("netlify")


def test_bad_host_and_coep() -> None:
    with pytest.raises(HostingError, match="unknown host 'github'"):
        headers_for("github")
    with pytest.raises(HostingError, match="require-corp, credentialless"):
        headers_for("netlify", "unsafe-none")
    with pytest.raises(HostingError):
        isolation_headers("require_corp")
    assert isolation_headers("credentialless")["Cross-Origin-Embedder-Policy"] == "credentialless"


# --- real servers, when installed -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")
def test_nginx_accepts_and_serves_the_snippet(tmp_path: Path) -> None:
    nginx = shutil.which("nginx")
    assert nginx
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>hi</p>")
    (site / "pyodide.asm.wasm").write_bytes(b"\0asm")
    (site / "pyodide.mjs").write_text("export {};\n")
    (site / "style.css").write_text("p {}\n")
    (tmp_path / "tmp").mkdir()
    (tmp_path / "pyroom.conf").write_text(headers_for("nginx", "credentialless"))
    port = free_port()
    mime = "/etc/nginx/mime.types"
    include_mime = f"include {mime};" if os.path.exists(mime) else "types { text/html html; text/css css; }"
    temp = tmp_path / "tmp"
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        f"""
daemon off;
master_process off;
pid {tmp_path / "nginx.pid"};
error_log {tmp_path / "error.log"};
events {{}}
http {{
    {include_mime}
    access_log off;
    client_body_temp_path {temp}; proxy_temp_path {temp}; fastcgi_temp_path {temp};
    uwsgi_temp_path {temp}; scgi_temp_path {temp};
    server {{
        listen 127.0.0.1:{port};
        root {site};
        include {tmp_path / "pyroom.conf"};
    }}
}}
"""
    )
    base = [nginx, "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(conf)]
    test = subprocess.run([*base, "-t"], capture_output=True, text=True, timeout=60)
    assert test.returncode == 0, test.stderr
    assert "warn" not in test.stderr, test.stderr

    proc = subprocess.Popen(base, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.skip(
                        f"nginx could not run here: {proc.stderr.read().decode() if proc.stderr else ''}"
                    )
                time.sleep(0.05)
        expectations = {
            "": "text/html",
            "pyodide.asm.wasm": "application/wasm",
            "pyodide.mjs": "text/javascript",
            "style.css": "text/css",
        }
        for path, content_type in expectations.items():
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=10) as response:
                assert response.headers["Content-Type"] == content_type, path
                for name, value in expected("credentialless").items():
                    assert response.headers[name] == value, (path, name)
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.skipif(shutil.which("caddy") is None, reason="caddy is not installed")
def test_caddy_accepts_the_snippet(tmp_path: Path) -> None:
    snippet = "\n".join("    " + line for line in headers_for("caddy").splitlines())
    caddyfile = tmp_path / "Caddyfile"
    caddyfile.write_text(f":{free_port()} {{\n    root * {tmp_path}\n{snippet}\n    file_server\n}}\n")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    cmd = ["caddy", "adapt", "--config", str(caddyfile), "--adapter", "caddyfile", "--validate"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    assert "Cross-Origin-Embedder-Policy" in json.dumps(config)


# --- write_hosting_files ----------------------------------------------------------------------------------


def test_write_fresh(tmp_path: Path) -> None:
    paths = write_hosting_files(tmp_path, ["netlify", "apache", "azure", "cloudflare"], "credentialless")
    assert sorted(p.name for p in paths) == sorted({".htaccess", "_headers", "staticwebapp.config.json"})
    assert parse_headers_file((tmp_path / "_headers").read_text()) == {"/*": expected("credentialless"), **WHEEL_RULES}
    assert (tmp_path / ".htaccess").read_text() == headers_for("apache", "credentialless")
    data = json.loads((tmp_path / "staticwebapp.config.json").read_text())
    assert data["globalHeaders"] == expected("credentialless")
    assert set(HOST_FILES) >= {"netlify", "apache", "azure"}


def test_write_creates_outdir(tmp_path: Path) -> None:
    (path,) = write_hosting_files(tmp_path / "a" / "b", ["netlify"], "require-corp")
    assert path == tmp_path / "a" / "b" / "_headers"


@pytest.mark.parametrize("file_name, host", [("_headers", "netlify"), (".htaccess", "apache")])
def test_user_text_file_is_kept_and_updates_are_idempotent(tmp_path: Path, file_name: str, host: str) -> None:
    user = (
        "# my own rules\n/assets/*\n  Cache-Control: max-age=3600\n"
        if host == "netlify"
        else "Options -Indexes\n"
    )
    path = tmp_path / file_name
    path.write_text(user)

    write_hosting_files(tmp_path, [host], "require-corp")
    first = path.read_text()
    assert first.startswith(user)
    assert first.count("pyroom: cross-origin isolation") == 1
    assert "require-corp" in first

    mtime = path.stat().st_mtime_ns
    time.sleep(0.01)
    write_hosting_files(tmp_path, [host], "require-corp")
    assert path.read_text() == first
    assert path.stat().st_mtime_ns == mtime, "an unchanged file must not be rewritten"

    write_hosting_files(tmp_path, [host], "credentialless")
    second = path.read_text()
    assert second.startswith(user)
    assert second.count("pyroom: cross-origin isolation") == 1
    assert "credentialless" in second and "require-corp" not in second

    # The user adds rules after Pyroom's section: they stay where they are.
    path.write_text(second + "# later\n")
    write_hosting_files(tmp_path, [host], "require-corp")
    third = path.read_text()
    assert third.startswith(user) and third.endswith("# later\n")
    assert third.count("pyroom: cross-origin isolation") == 1


def test_user_headers_file_without_trailing_newline(tmp_path: Path) -> None:
    (tmp_path / "_headers").write_text("/x\n  X-Test: 1")
    write_hosting_files(tmp_path, ["netlify"], "require-corp")
    rules = parse_headers_file((tmp_path / "_headers").read_text())
    assert rules == {"/x": {"X-Test": "1"}, "/*": EXPECTED, **WHEEL_RULES}


def test_broken_section_is_reported_not_clobbered(tmp_path: Path) -> None:
    write_hosting_files(tmp_path, ["netlify"], "require-corp")
    path = tmp_path / "_headers"
    broken = "\n".join(line for line in path.read_text().splitlines() if "<<< pyroom" not in line) + "\n/y\n"
    path.write_text(broken)
    with pytest.raises(HostingError, match="no end line"):
        write_hosting_files(tmp_path, ["netlify"], "require-corp")
    assert path.read_text() == broken


def test_azure_json_is_merged(tmp_path: Path) -> None:
    path = tmp_path / "staticwebapp.config.json"
    user = {
        "navigationFallback": {"rewrite": "/index.html"},
        "globalHeaders": {"X-Frame-Options": "DENY", "Cross-Origin-Embedder-Policy": "unsafe-none"},
        "mimeTypes": {".md": "text/markdown"},
    }
    path.write_text(json.dumps(user))
    write_hosting_files(tmp_path, ["azure"], "require-corp")
    data = json.loads(path.read_text())
    assert data["navigationFallback"] == user["navigationFallback"]
    assert data["globalHeaders"] == {"X-Frame-Options": "DENY", **EXPECTED}
    assert data["mimeTypes"] == {
        ".md": "text/markdown",
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
    }
    text = path.read_text()
    mtime = path.stat().st_mtime_ns
    time.sleep(0.01)
    write_hosting_files(tmp_path, ["azure"], "require-corp")
    assert path.read_text() == text and path.stat().st_mtime_ns == mtime


@pytest.mark.parametrize("content, message", [("{not json", "not valid JSON"), ("[1, 2]", "JSON object")])
def test_azure_bad_json_is_reported_not_clobbered(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "staticwebapp.config.json"
    path.write_text(content)
    with pytest.raises(HostingError, match=message):
        write_hosting_files(tmp_path, ["azure"], "require-corp")
    assert path.read_text() == content


def test_write_rejects_hosts_configured_outside_the_site(tmp_path: Path) -> None:
    with pytest.raises(HostingError, match="pyroom headers --host vercel"):
        write_hosting_files(tmp_path, ["vercel"], "require-corp")
    with pytest.raises(HostingError, match="unknown host"):
        write_hosting_files(tmp_path, ["nope"], "require-corp")
    with pytest.raises(HostingError):
        write_hosting_files(tmp_path, ["netlify"], "bogus")
    assert list(tmp_path.iterdir()) == []


# --- service worker ---------------------------------------------------------------------------------------

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


def run_node(script: str, tmp_path: Path) -> object:
    path = tmp_path / "harness.mjs"
    path.write_text(script)
    result = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_service_worker_text() -> None:
    text = service_worker_js("credentialless")
    assert '"Cross-Origin-Embedder-Policy": "credentialless"' in text
    assert '"Cross-Origin-Opener-Policy": "same-origin"' in text
    assert "only-if-cached" in text and "status === 0" in text
    with pytest.raises(HostingError):
        service_worker_js("nope")


SW_HARNESS = r"""
const code = __CODE__;
const listeners = {};
const self = {
  location: new URL("https://docs.test/project/pyroom-sw.js"),
  addEventListener(type, fn) { listeners[type] = fn; },
  skipWaiting() {},
  clients: { claim() { return Promise.resolve(); } },
};
const network = {
  "https://docs.test/project/": () => new Response("<h1>hi</h1>", { status: 200, statusText: "OK",
    headers: { "Content-Type": "text/html", "ETag": '"1"' } }),
  "https://docs.test/project/missing": () => new Response("nope", { status: 404, statusText: "Not Found" }),
  "https://docs.test/project/cached": () => new Response(null, { status: 304 }),
  "https://docs.test/project/opaque": () => OPAQUE,
};
const OPAQUE = { status: 0, type: "opaque" };
let fetched = [];
async function fakeFetch(request) { fetched.push(request.url); return network[request.url](); }
new Function("self", "fetch", code)(self, fakeFetch);

async function dispatch(request) {
  let promise = null;
  listeners.fetch({ request, respondWith(p) { promise = p; } });
  if (promise === null) return null;
  const response = await promise;
  if (response === OPAQUE) return "opaque passed through";
  const headers = Object.fromEntries(response.headers.entries());
  const body = response.body === null ? null : await response.text();
  return { status: response.status, statusText: response.statusText, headers, body };
}
const out = {
  page: await dispatch({ url: "https://docs.test/project/", cache: "default", mode: "navigate" }),
  missing: await dispatch({ url: "https://docs.test/project/missing", cache: "default", mode: "cors" }),
  cached: await dispatch({ url: "https://docs.test/project/cached", cache: "default", mode: "same-origin" }),
  opaque: await dispatch({ url: "https://docs.test/project/opaque", cache: "default", mode: "no-cors" }),
  crossOrigin: await dispatch({ url: "https://cdn.test/pyodide.mjs", cache: "default", mode: "cors" }),
  onlyIfCached: await dispatch({ url: "https://docs.test/project/", cache: "only-if-cached",
    mode: "no-cors" }),
  onlyIfCachedSame: await dispatch({ url: "https://docs.test/project/", cache: "only-if-cached",
    mode: "same-origin" }),
  hasInstall: typeof listeners.install, hasActivate: typeof listeners.activate,
  fetched,
};
console.log(JSON.stringify(out));
"""


@needs_node
def test_service_worker_behaviour(tmp_path: Path) -> None:
    script = SW_HARNESS.replace("__CODE__", json.dumps(service_worker_js("require-corp")))
    out = run_node(script, tmp_path)
    assert isinstance(out, dict)
    page = out["page"]
    assert page["status"] == 200 and page["statusText"] == "OK" and page["body"] == "<h1>hi</h1>"
    assert page["headers"]["content-type"] == "text/html" and page["headers"]["etag"] == '"1"'
    for name, value in EXPECTED.items():
        assert page["headers"][name.lower()] == value
        assert out["missing"]["headers"][name.lower()] == value
        assert out["cached"]["headers"][name.lower()] == value
    assert out["missing"]["status"] == 404 and out["missing"]["body"] == "nope"
    assert out["cached"]["status"] == 304 and out["cached"]["body"] is None
    assert out["opaque"] == "opaque passed through"
    assert out["crossOrigin"] is None
    assert out["onlyIfCached"] is None
    assert out["onlyIfCachedSame"]["status"] == 200
    assert out["hasInstall"] == out["hasActivate"] == "function"
    assert "https://cdn.test/pyodide.mjs" not in out["fetched"]


REGISTER_HARNESS = r"""
const code = __CODE__;
async function run(opts) {
  const store = new Map(Object.entries(opts.store || {}));
  const local = new Map(Object.entries(opts.local || {}));
  const state = { reloads: 0, registered: [], listeners: {} };
  const window = {
    crossOriginIsolated: !!opts.isolated,
    isSecureContext: opts.secure !== false,
    sessionStorage: {
      getItem: (k) => (store.has(k) ? store.get(k) : null),
      setItem: (k, v) => { store.set(k, String(v)); },
      removeItem: (k) => { store.delete(k); },
    },
    localStorage: {
      getItem: (k) => (local.has(k) ? local.get(k) : null),
      setItem: (k, v) => { local.set(k, String(v)); },
    },
    location: { reload() { state.reloads += 1; } },
    DOCUMENTATION_OPTIONS: opts.urlRoot ? { URL_ROOT: opts.urlRoot } : undefined,
    base_url: opts.baseUrl,
  };
  if (opts.credentialless) window.credentialless = false;  // Chromium: the attribute exists
  const navigator = { userAgent: opts.ua || "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/17.4 Safari/605" };
  if (opts.sw !== false) {
    navigator.serviceWorker = {
      controller: opts.controller ? { scriptURL: opts.controller } : null,
      register(url) { state.registered.push(url); return Promise.resolve({}); },
      addEventListener(type, fn) { state.listeners[type] = fn; },
    };
  }
  const document = {
    currentScript: opts.scriptRoot ? { dataset: { pyroomRoot: opts.scriptRoot } } : null,
    documentElement: { dataset: opts.contentRoot ? { content_root: opts.contentRoot } : {} },
    baseURI: opts.page,
  };
  new Function("window", "navigator", "document", opts.code || code)(window, navigator, document);
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (state.listeners.controllerchange) {
    state.listeners.controllerchange();
    state.listeners.controllerchange();
  }
  const out = { reloads: state.reloads, registered: state.registered, store: Object.fromEntries(store) };
  if (local.size) out.local = Object.fromEntries(local);
  return out;
}
const page = "https://docs.test/project/a/b/page.html";
const SW = "https://docs.test/project/pyroom-sw.js";
const out = {
  isolated: await run({ isolated: true, page, store: { "pyroom-sw-reloaded": "1" } }),
  sphinx: await run({ page, contentRoot: "../../" }),
  sphinxOld: await run({ page, urlRoot: "../" }),
  mkdocs: await run({ page, baseUrl: "../.." }),
  script: await run({ page, scriptRoot: "../../", contentRoot: "../" }),
  fallback: await run({ page }),
  alreadyReloaded: await run({ page, contentRoot: "../../", store: { "pyroom-sw-reloaded": "1" } }),
  controlled: await run({ page, contentRoot: "../../", controller: SW }),
  controlledSame: await run({ page, contentRoot: "../../", controller: SW + "?coep=require-corp" }),
  otherController: await run({ page, contentRoot: "../../", controller: "https://docs.test/x/other.js" }),
  noServiceWorker: await run({ page, sw: false }),
  insecure: await run({ page, secure: false }),
  explicit: await run({ page, contentRoot: "../../", code: __EXPLICIT__ }),
  chromium: await run({ page, contentRoot: "../../", credentialless: true }),
  firefox: await run({ page, contentRoot: "../../", ua: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Firefox/128.0" }),
  oldFirefox: await run({ page, contentRoot: "../../", ua: "Mozilla/5.0 (X11; rv:115.0) Gecko Firefox/115.0" }),
  unknownValue: await run({ page, contentRoot: "../../", credentialless: true,
    controller: SW + "?coep=credentialless" }),
  remembered: await run({ page, contentRoot: "../../", credentialless: true,
    local: { "pyroom-sw-coep": "require-corp" } }),
  degrade: await run({ page, contentRoot: "../../", code: __DEGRADE__ }),
  degradeControlled: await run({ page, contentRoot: "../../", controller: SW, code: __DEGRADE__ }),
  degradeIsolated: await run({ page, isolated: true, code: __DEGRADE__ }),
  degradeNoSw: await run({ page, sw: false, code: __DEGRADE__ }),
};
console.log(JSON.stringify(out));
"""


@needs_node
def test_register_snippet_behaviour(tmp_path: Path) -> None:
    script = REGISTER_HARNESS.replace("__CODE__", json.dumps(service_worker_register_snippet()))
    script = script.replace("__EXPLICIT__", json.dumps(service_worker_register_snippet("../")))
    script = script.replace("__DEGRADE__", json.dumps(service_worker_register_snippet(first_visit="degrade")))
    out = run_node(script, tmp_path)
    assert isinstance(out, dict)
    root_sw = "https://docs.test/project/pyroom-sw.js?coep=require-corp"
    assert out["isolated"] == {"reloads": 0, "registered": [], "store": {}}
    assert out["sphinx"] == {"reloads": 1, "registered": [root_sw], "store": {"pyroom-sw-reloaded": "1"}}
    assert out["sphinxOld"]["registered"] == ["https://docs.test/project/a/pyroom-sw.js?coep=require-corp"]
    assert out["mkdocs"]["registered"] == [root_sw]
    assert out["script"]["registered"] == [root_sw]
    assert out["fallback"]["registered"] == ["https://docs.test/project/a/b/pyroom-sw.js?coep=require-corp"]
    assert out["alreadyReloaded"]["registered"] == [root_sw] and out["alreadyReloaded"]["reloads"] == 0
    assert out["controlled"]["reloads"] == 1
    assert out["controlledSame"]["reloads"] == 1
    assert out["otherController"]["reloads"] == 1  # after our worker takes over (controllerchange)
    assert out["noServiceWorker"]["registered"] == [] and out["insecure"]["registered"] == []
    assert out["explicit"]["registered"] == ["https://docs.test/project/a/pyroom-sw.js?coep=require-corp"]


@needs_node
def test_register_snippet_chooses_the_coep(tmp_path: Path) -> None:
    """credentialless where the browser supports it (Chromium, Firefox 119+), require-corp elsewhere (Safari);
    a browser that ignored credentialless switches to require-corp for good."""
    script = REGISTER_HARNESS.replace("__CODE__", json.dumps(service_worker_register_snippet()))
    script = script.replace("__EXPLICIT__", "null").replace("__DEGRADE__", "null")
    out = run_node(script, tmp_path)
    assert isinstance(out, dict)
    sw = "https://docs.test/project/pyroom-sw.js"
    assert out["chromium"]["registered"] == [sw + "?coep=credentialless"]
    assert out["firefox"]["registered"] == [sw + "?coep=credentialless"]
    assert out["oldFirefox"]["registered"] == [sw + "?coep=require-corp"]
    assert out["sphinx"]["registered"] == [sw + "?coep=require-corp"]  # the default user agent is Safari's
    assert out["unknownValue"]["registered"] == [sw + "?coep=require-corp"]
    assert out["unknownValue"]["local"] == {"pyroom-sw-coep": "require-corp"}
    assert out["unknownValue"]["reloads"] == 1
    assert out["remembered"]["registered"] == [sw + "?coep=require-corp"]


@needs_node
def test_register_snippet_degrade_never_reloads(tmp_path: Path) -> None:
    script = REGISTER_HARNESS.replace("__CODE__", json.dumps(service_worker_register_snippet(first_visit="degrade")))
    script = script.replace("__EXPLICIT__", "null").replace("__DEGRADE__", "null")
    out = run_node(script, tmp_path)
    assert isinstance(out, dict)
    sw = "https://docs.test/project/pyroom-sw.js?coep=require-corp"
    for case in ("sphinx", "controlled", "otherController", "unknownValue", "chromium"):
        assert out[case]["reloads"] == 0, case
        assert out[case]["store"] == {}, case
    assert out["sphinx"]["registered"] == [sw]
    assert out["noServiceWorker"]["registered"] == []


def test_register_snippet_policy() -> None:
    assert 'var FIRST_VISIT = "reload";' in service_worker_register_snippet()
    assert 'var FIRST_VISIT = "degrade";' in service_worker_register_snippet("../", "degrade")
    assert registered_first_visit("<script>" + service_worker_register_snippet(None, "degrade") + "</script>") == (
        "degrade"
    )
    assert registered_first_visit("<p>no snippet</p>") is None
    with pytest.raises(HostingError, match="reload, degrade"):
        service_worker_register_snippet(first_visit="never")


@needs_node
def test_service_worker_takes_the_coep_from_its_url(tmp_path: Path) -> None:
    results = {}
    for query in ("?coep=credentialless", "?coep=require-corp", "", "?coep=unsafe-none"):
        script = SW_HARNESS.replace("__CODE__", json.dumps(service_worker_js("require-corp"))).replace(
            'new URL("https://docs.test/project/pyroom-sw.js")',
            json.dumps("https://docs.test/project/pyroom-sw.js" + query).join(["new URL(", ")"]),
        )
        out = run_node(script, tmp_path)
        assert isinstance(out, dict)
        results[query] = out["page"]["headers"]["cross-origin-embedder-policy"]
    assert results == {
        "?coep=credentialless": "credentialless",
        "?coep=require-corp": "require-corp",
        "": "require-corp",
        "?coep=unsafe-none": "require-corp",
    }
