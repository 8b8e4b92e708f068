"""The generated configuration as the real servers read it (`nginx -t`, `apache2 -t`), the hosting files a
build writes, and the service-worker snippet the Sphinx adapter puts on pages (html and dirhtml)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pyroom.hosting import headers_for, registered_worker_root, service_worker_js

from .conftest import (
    APACHE,
    apache_conf,
    build,
    free_port,
    needs_apache,
    needs_nginx,
    nginx_command,
    nginx_conf,
    server_folder,
)

COEPS = ["require-corp", "credentialless"]


@needs_nginx
@pytest.mark.parametrize("coep", COEPS)
def test_nginx_accepts_the_generated_snippet(tmp_path: Path, coep: str) -> None:
    site = tmp_path / "site"
    site.mkdir()
    conf = nginx_conf(tmp_path, site, free_port(), headers_for("nginx", coep))
    result = subprocess.run([*nginx_command(tmp_path, conf), "-t"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr and "[warn]" not in result.stderr, result.stderr


@needs_nginx
def test_nginx_rejects_a_broken_snippet(tmp_path: Path) -> None:
    """The syntax check is real: a snippet that lost its last brace fails."""
    site = tmp_path / "site"
    site.mkdir()
    broken = headers_for("nginx").replace("}\n# <<< pyroom <<<", "# <<< pyroom <<<")
    assert broken != headers_for("nginx")
    conf = nginx_conf(tmp_path, site, free_port(), broken)
    result = subprocess.run([*nginx_command(tmp_path, conf), "-t"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0


def apache_check(conf: Path) -> subprocess.CompletedProcess:
    assert APACHE
    return subprocess.run([APACHE, "-t", "-f", str(conf)], capture_output=True, text=True, timeout=60)


@needs_apache
@pytest.mark.parametrize("headers_module", [True, False], ids=["mod_headers", "no-mod_headers"])
@pytest.mark.parametrize("coep", COEPS)
def test_apache_accepts_the_generated_htaccess(coep: str, headers_module: bool) -> None:
    """`apache2 -t` reads no .htaccess, so the generated one is included in the site's <Directory> (the
    context .htaccess directives run in) to be checked."""
    with server_folder("pyroom-apache-t-") as work:
        site = work / "site"
        site.mkdir()
        htaccess = work / "pyroom.htaccess"
        htaccess.write_text(headers_for("apache", coep))
        conf = apache_conf(work, site, free_port(), headers_module=headers_module)
        text = conf.read_text().replace(
            "    AllowOverride All\n", f"    AllowOverride All\n    Include {htaccess}\n", 1
        )
        conf.write_text(text)
        assert f"Include {htaccess}" in conf.read_text()
        result = apache_check(conf)
        assert result.returncode == 0, result.stderr + result.stdout
        assert "Syntax OK" in result.stderr + result.stdout


@needs_apache
def test_apache_rejects_a_broken_htaccess() -> None:
    with server_folder("pyroom-apache-t-") as work:
        site = work / "site"
        site.mkdir()
        htaccess = work / "pyroom.htaccess"
        htaccess.write_text(headers_for("apache").replace("Header always set", "Header always sett"))
        conf = apache_conf(work, site, free_port())
        conf.write_text(conf.read_text().replace("    AllowOverride All\n", f"    Include {htaccess}\n", 1))
        result = apache_check(conf)
        assert result.returncode != 0 and "pyroom.htaccess" in result.stderr, result.stderr


def test_build_writes_every_hosting_file(headers_site: Path) -> None:
    assert (headers_site / "_headers").read_text() == headers_for("netlify") == headers_for("cloudflare")
    assert (headers_site / ".htaccess").read_text() == headers_for("apache")
    azure = json.loads((headers_site / "staticwebapp.config.json").read_text())
    assert azure == json.loads(headers_for("azure"))
    assert azure["mimeTypes"][".wasm"] == "application/wasm"
    assert not (headers_site / "pyroom-sw.js").exists()
    assert "pyroom-sw" not in (headers_site / "index.html").read_text()


def scripts(page: Path) -> list:
    return BeautifulSoup(page.read_text(), "html.parser").find_all("script")


@pytest.mark.parametrize(
    "builder, pages",
    [
        ("html", {"index.html": "./", "sub/page.html": "../"}),
        ("dirhtml", {"index.html": "./", "sub/page/index.html": "../../"}),
    ],
)
def test_sphinx_pages_register_the_worker_at_the_site_root(
    tmp_path_factory, vendored_pyodide: Path, builder: str, pages: dict[str, str]
) -> None:
    out = build(tmp_path_factory, vendored_pyodide, f"sw-{builder}", builder, pyroom_isolation="service-worker")
    assert (out / "pyroom-sw.js").read_text() == service_worker_js()
    for name, root in pages.items():
        page = out / name
        found = scripts(page)
        snippet = [i for i, tag in enumerate(found) if "pyroom-sw-reloaded" in tag.get_text()]
        module = [i for i, tag in enumerate(found) if tag.get("data-pyroom-config")]
        assert len(snippet) == 1 and len(module) == 1, name
        assert snippet[0] < module[0], f"{name}: the registration must come before the module script"
        assert registered_worker_root(page.read_text()) == root, name
        # The root leads from the page to the published worker.
        target = (page.parent / root / "pyroom-sw.js").resolve()
        assert target == (out / "pyroom-sw.js").resolve(), name
    # Pages without blocks load nothing of Pyroom (the worker, once registered, still controls them).
    genindex = out / ("genindex.html" if builder == "html" else "genindex/index.html")
    assert "pyroom-sw" not in genindex.read_text()


def test_coep_setting_reaches_the_worker(tmp_path_factory, vendored_pyodide: Path) -> None:
    out = build(
        tmp_path_factory,
        vendored_pyodide,
        "sw-credentialless",
        pyroom_isolation="service-worker",
        pyroom_coep="credentialless",
    )
    text = (out / "pyroom-sw.js").read_text()
    assert re.search(r'"Cross-Origin-Embedder-Policy": "credentialless"', text)
