"""Hosting fixtures: a small Sphinx site built with a self-hosted Pyodide, served by real nginx and Apache
processes with the generated configuration, by `pyroom serve`, and by a server that sends no headers at all.

Every server listens on 127.0.0.1 on a free port, runs in the foreground with its configuration, logs and pid
file in a temporary folder, and is stopped when its fixture ends."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pyroom.hosting import headers_for
from tests.conftest import REPO, build_sphinx, serving

SITE_SRC = Path(__file__).parent / "site"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None)
APACHE = shutil.which("apache2") or ("/usr/sbin/apache2" if os.access("/usr/sbin/apache2", os.X_OK) else None)
APACHE_MODULES = Path("/usr/lib/apache2/modules")
#: Where a built site's local Pyodide lies, relative to a page at the site root.
WASM = "_static/pyroom/pyodide/pyodide.asm.wasm"

needs_nginx = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (scripts/setup.sh installs it)")
needs_apache = pytest.mark.skipif(APACHE is None, reason="apache2 is not installed (scripts/setup.sh installs it)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(proc: subprocess.Popen, port: int, log: Path | None = None, timeout: float = 20) -> None:
    """Wait until ``proc`` accepts connections on ``port``; fail with its output if it exits first."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                output = proc.stderr.read().decode(errors="replace") if proc.stderr and proc.poll() is not None else ""
                if log is not None and log.exists():
                    output += log.read_text(errors="replace")
                pytest.fail(f"{proc.args[0]} did not start listening on 127.0.0.1:{port}:\n{output}")
            time.sleep(0.05)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@contextmanager
def server_folder(prefix: str) -> Iterator[Path]:
    """A temporary folder other users can read: Apache started as root serves files as its run user."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        folder.chmod(0o755)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- nginx ------------------------------------------------------------------------------------------------


def nginx_conf(work: Path, site: Path, port: int, snippet: str | None) -> Path:
    """An nginx.conf for one server {} on 127.0.0.1:port serving ``site``, including ``snippet`` if given."""
    temp = work / "tmp"
    temp.mkdir(exist_ok=True)
    include = ""
    if snippet is not None:
        (work / "pyroom.conf").write_text(snippet)
        include = f"include {work / 'pyroom.conf'};"
    mime = "/etc/nginx/mime.types"
    types = f"include {mime};" if os.path.exists(mime) else "types { text/html html; text/css css; }"
    conf = work / "nginx.conf"
    conf.write_text(
        f"""\
daemon off;
master_process off;
pid {work / "nginx.pid"};
error_log {work / "error.log"};
events {{}}
http {{
    {types}
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {temp}; proxy_temp_path {temp}; fastcgi_temp_path {temp};
    uwsgi_temp_path {temp}; scgi_temp_path {temp};
    server {{
        listen 127.0.0.1:{port};
        root {site};
        index index.html;
        {include}
    }}
}}
"""
    )
    return conf


def nginx_command(work: Path, conf: Path) -> list[str]:
    assert NGINX
    return [NGINX, "-p", str(work), "-e", str(work / "error.log"), "-c", str(conf)]


@contextmanager
def run_nginx(site: Path, *, snippet: str | None) -> Iterator[str]:
    """nginx serving ``site`` with the generated ``snippet`` in its server block (None: without it)."""
    with server_folder("pyroom-nginx-") as work:
        port = free_port()
        command = nginx_command(work, nginx_conf(work, site, port, snippet))
        test = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=60)
        assert test.returncode == 0, test.stderr
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_for_port(proc, port, work / "error.log")
            yield f"http://127.0.0.1:{port}/"
        finally:
            stop(proc)


# --- Apache -----------------------------------------------------------------------------------------------


def apache_conf(work: Path, site: Path, port: int, *, headers_module: bool = True) -> Path:
    """An httpd.conf of its own (no /etc/apache2): ``site`` on 127.0.0.1:port with `AllowOverride All`, so its
    .htaccess applies; mod_headers is loaded unless ``headers_module`` is False."""
    modules = ["mpm_event", "authz_core", "mime", "dir"] + (["headers"] if headers_module else [])
    loads = "\n".join(f"LoadModule {name}_module {APACHE_MODULES / f'mod_{name}.so'}" for name in modules)
    user = ""
    if os.geteuid() == 0:
        # Apache will not serve pages as root: its children switch to this user (the site folder is readable).
        user = "User www-data\nGroup www-data" if _user_exists("www-data") else "User nobody\nGroup nogroup"
    types = "TypesConfig /etc/mime.types" if os.path.exists("/etc/mime.types") else ""
    conf = work / "httpd.conf"
    conf.write_text(
        f"""\
ServerRoot {work}
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {work / "httpd.pid"}
ErrorLog {work / "error.log"}
LogLevel warn
Mutex file:{work} default
DefaultRuntimeDir {work}
{user}
{loads}
{types}
DocumentRoot {site}
DirectoryIndex index.html
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory {site}>
    AllowOverride All
    Require all granted
</Directory>
<Files ".ht*">
    Require all denied
</Files>
"""
    )
    return conf


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@contextmanager
def run_apache(
    site: Path, *, headers_module: bool = True, htaccess: Callable[[str], str] | None = None
) -> Iterator[str]:
    """Apache (foreground, own config) serving a copy of ``site``; ``htaccess`` rewrites the copy's .htaccess."""
    assert APACHE
    with server_folder("pyroom-apache-") as work:
        root = work / "site"
        shutil.copytree(site, root)
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        if htaccess is not None:
            path = root / ".htaccess"
            path.write_text(htaccess(path.read_text()))
        port = free_port()
        conf = apache_conf(work, root, port, headers_module=headers_module)
        test = subprocess.run([APACHE, "-t", "-f", str(conf)], capture_output=True, text=True, timeout=60)
        assert test.returncode == 0, test.stderr + test.stdout
        proc = subprocess.Popen(
            [APACHE, "-DFOREGROUND", "-f", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            wait_for_port(proc, port, work / "error.log")
            yield f"http://127.0.0.1:{port}/"
        finally:
            stop(proc)


# --- pyroom serve and a server without headers ------------------------------------------------------------


@contextmanager
def run_pyroom_serve(site: Path, *extra: str) -> Iterator[str]:
    """`pyroom serve DIR --port 0` as its own process; the URL comes from the line it prints."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    command = [sys.executable, "-m", "pyroom.cli", "serve", str(site), "--port", "0", *extra]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"http://localhost:(\d+)/", line)
        assert match, line + (proc.stderr.read() if proc.stderr and proc.poll() is not None else "")
        yield f"http://127.0.0.1:{match.group(1)}/"
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(15)


@contextmanager
def run_plain(site: Path) -> Iterator[str]:
    """Static files with no isolation headers at all (as GitHub Pages serves them)."""
    with serving(site, isolation=False) as url:
        yield url + "/"


@contextmanager
def run_http_server(site: Path) -> Iterator[str]:
    """`python -m http.server` as its own process: a plain static server that sends no isolation headers."""
    port = free_port()
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(proc, port)
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(proc)


# --- the built sites --------------------------------------------------------------------------------------


def build(tmp_path_factory, vendored_pyodide: Path, name: str, builder: str = "html", **overrides: str) -> Path:
    src = tmp_path_factory.mktemp(f"{name}-src")
    shutil.copytree(SITE_SRC, src, dirs_exist_ok=True)
    return build_sphinx(
        src,
        tmp_path_factory.mktemp(name) / builder,
        builder,
        pyroom_pyodide="local",
        pyroom_pyodide_dir=str(vendored_pyodide),
        **overrides,
    )


@pytest.fixture(scope="session")
def headers_site(tmp_path_factory, vendored_pyodide) -> Path:
    """Isolated by headers: the build writes every hosting file it knows."""
    return build(
        tmp_path_factory, vendored_pyodide, "headers-site", pyroom_hosting_files="netlify,cloudflare,apache,azure"
    )


@pytest.fixture(scope="session")
def sw_site(tmp_path_factory, vendored_pyodide) -> Path:
    """Isolated by the service worker (for hosts that cannot send headers)."""
    return build(tmp_path_factory, vendored_pyodide, "sw-site", pyroom_isolation="service-worker")


@pytest.fixture(scope="session")
def sw_degrade_site(tmp_path_factory, vendored_pyodide) -> Path:
    """The service worker with the first-visit policy "degrade": no reload, isolated from the next page on."""
    return build(
        tmp_path_factory,
        vendored_pyodide,
        "sw-degrade-site",
        pyroom_isolation="service-worker",
        pyroom_sw_first_visit="degrade",
    )


@pytest.fixture(scope="session")
def nginx_site(headers_site) -> Iterator[str]:
    if NGINX is None:
        pytest.skip("nginx is not installed (scripts/setup.sh installs it)")
    with run_nginx(headers_site, snippet=headers_for("nginx")) as url:
        yield url


@pytest.fixture(scope="session")
def apache_site(headers_site) -> Iterator[str]:
    if APACHE is None:
        pytest.skip("apache2 is not installed (scripts/setup.sh installs it)")
    with run_apache(headers_site) as url:
        yield url


@pytest.fixture(scope="session")
def pyroom_serve_site(headers_site) -> Iterator[str]:
    with run_pyroom_serve(headers_site) as url:
        yield url


@pytest.fixture(scope="session")
def plain_sw_site(sw_site) -> Iterator[str]:
    with run_plain(sw_site) as url:
        yield url


SERVERS = {
    "nginx": "nginx_site",
    "apache": "apache_site",
    "pyroom-serve": "pyroom_serve_site",
    "service-worker": "plain_sw_site",
}


@pytest.fixture(params=list(SERVERS))
def served(request) -> tuple[str, str]:
    """(server kind, site URL) for each way of serving a site this suite covers."""
    return request.param, request.getfixturevalue(SERVERS[request.param])
