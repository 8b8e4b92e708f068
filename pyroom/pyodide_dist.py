"""Where Pyodide comes from: the pinned CDN URL, or a self-hosted copy vendored from npm and pip."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version

__all__ = [
    "CORE_FILES",
    "LOCK_FILE",
    "MARKER_FILE",
    "PYODIDE_VERSION",
    "VENDORED_WHEELS",
    "VendorError",
    "cdn_url",
    "default_cache_dir",
    "default_vendor_dir",
    "find_vendored",
    "read_marker",
    "rewrite_lock",
    "vendor",
    "wheel_closure",
]

#: The Pyodide release Pyroom is tested with.
PYODIDE_VERSION = "314.0.7"

#: Packages of the lock file whose wheels a self-hosted copy carries (their lock ``depends`` are added).
VENDORED_WHEELS: tuple[str, ...] = ("micropip",)

LOCK_FILE = "pyodide-lock.json"
MARKER_FILE = "pyroom-vendor.json"

#: Files a usable self-hosted copy must have.
CORE_FILES: tuple[str, ...] = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    LOCK_FILE,
)

_NPM_TIMEOUT = 600
_PIP_TIMEOUT = 900
_TAIL_LINES = 15


class VendorError(RuntimeError):
    """Preparing a self-hosted Pyodide failed; the message says which step and why."""


def cdn_url(version: str = PYODIDE_VERSION) -> str:
    """The URL of the full Pyodide distribution of ``version`` on the jsDelivr CDN (ends with ``/``)."""
    return f"https://cdn.jsdelivr.net/pyodide/v{version}/full/"


def default_cache_dir() -> Path:
    """``$PYROOM_CACHE_DIR``, else ``$XDG_CACHE_HOME/pyroom``, else ``~/.cache/pyroom``."""
    configured = os.environ.get("PYROOM_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "pyroom"


def default_vendor_dir(version: str = PYODIDE_VERSION) -> Path:
    """Where :func:`vendor` puts ``version`` when no destination is given."""
    return default_cache_dir() / f"pyodide-{version}"


def read_marker(dest: Path) -> dict[str, Any] | None:
    """The ``pyroom-vendor.json`` marker of a vendored copy, or None when absent or unreadable."""
    try:
        data = json.loads((Path(dest) / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _marker_ok(dest: Path, version: str, wanted: Iterable[str] = ()) -> bool:
    marker = read_marker(dest)
    if marker is None or marker.get("version") != version:
        return False
    wheels = marker.get("wheels")
    packages = marker.get("packages")
    if not isinstance(wheels, list) or not isinstance(packages, list):
        return False
    if not {canonicalize_name(name) for name in wanted} <= set(packages):
        return False
    needed = [*CORE_FILES, *wheels]
    return all(isinstance(name, str) and (Path(dest) / name).is_file() for name in needed)


def find_vendored(version: str = PYODIDE_VERSION, dest: Path | None = None) -> Path | None:
    """The directory of a complete self-hosted copy of ``version`` (default location), or None."""
    where = Path(dest) if dest is not None else default_vendor_dir(version)
    return where if _marker_ok(where, version, VENDORED_WHEELS) else None


def _check_version(version: str) -> None:
    message = f"{version!r} is not a Pyodide version (expected something like {PYODIDE_VERSION})"
    try:
        Version(version)
    except InvalidVersion:
        raise VendorError(message) from None
    if not re.fullmatch(r"[0-9A-Za-z.+-]+", version):
        raise VendorError(message)


def _tail(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(lines[-_TAIL_LINES:])


def _run(cmd: list[str], cwd: Path, timeout: int, what: str) -> subprocess.CompletedProcess[str]:
    shown = " ".join(cmd)
    try:
        proc = subprocess.run(
            cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError as exc:
        raise VendorError(f"{what}: cannot run `{shown}`: {exc}") from None
    except subprocess.TimeoutExpired:
        raise VendorError(f"{what}: `{shown}` did not finish within {timeout} s") from None
    if proc.returncode != 0:
        detail = _tail(proc.stderr) or _tail(proc.stdout) or "(no output)"
        raise VendorError(f"{what}: `{shown}` failed with exit code {proc.returncode}:\n{detail}")
    return proc


def _skip_npm_file(name: str) -> bool:
    base = PurePosixPath(name).name
    lowered = base.lower()
    return (
        lowered.endswith(".map")
        or lowered.endswith(".d.ts")
        or (lowered.startswith("console") and lowered.endswith(".html"))
        or lowered.startswith("readme")
        or lowered == "package.json"
    )


def _npm_pack(version: str, workdir: Path, dist: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise VendorError(
            "npm was not found on PATH; install Node.js (which provides npm) to vendor Pyodide, "
            "or load Pyodide from its CDN"
        )
    proc = _run([npm, "pack", f"pyodide@{version}"], workdir, _NPM_TIMEOUT, f"downloading pyodide {version}")
    names = [line.strip() for line in proc.stdout.splitlines() if line.strip().endswith(".tgz")]
    tarball = workdir / names[-1] if names else None
    if tarball is None or not tarball.is_file():
        found = sorted(workdir.glob("*.tgz"))
        if not found:
            raise VendorError(
                f"`npm pack pyodide@{version}` produced no tarball (stdout: {proc.stdout.strip()!r})"
            )
        tarball = found[-1]
    _extract_package(tarball, dist)
    missing = [name for name in CORE_FILES if not (dist / name).is_file()]
    if missing:
        raise VendorError(f"the npm package pyodide@{version} lacks {', '.join(missing)}")


def _extract_package(tarball: Path, dist: Path) -> None:
    dist.mkdir(parents=True, exist_ok=True)
    try:
        with tarfile.open(tarball, "r:*") as archive:
            for member in archive:
                if not member.isfile():
                    continue
                parts = PurePosixPath(member.name).parts
                if len(parts) < 2 or parts[0] != "package" or any(p in ("..", "") for p in parts[1:]):
                    continue
                relative = PurePosixPath(*parts[1:])
                if relative.is_absolute() or _skip_npm_file(str(relative)):
                    continue
                target = dist.joinpath(*relative.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                source = archive.extractfile(member)
                if source is None:
                    continue
                with source, open(target, "wb") as out:
                    shutil.copyfileobj(source, out)
    except (tarfile.TarError, OSError) as exc:
        raise VendorError(f"cannot unpack {tarball.name}: {exc}") from None


def _load_lock(path: Path) -> dict[str, Any]:
    try:
        lock = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VendorError(f"cannot read {path}: {exc}") from None
    if not isinstance(lock, dict) or not isinstance(lock.get("packages"), dict):
        raise VendorError(f"{path} is not a Pyodide lock file (no 'packages' table)")
    return lock


def _lock_key(lock: Mapping[str, Any], name: str) -> str | None:
    packages = lock["packages"]
    wanted = canonicalize_name(name)
    for key, entry in packages.items():
        if canonicalize_name(key) == wanted:
            return key
        if isinstance(entry, dict) and canonicalize_name(str(entry.get("name", ""))) == wanted:
            return key
    return None


def wheel_closure(lock: Mapping[str, Any], names: Iterable[str]) -> list[str]:
    """Lock keys of ``names`` and, recursively, of their ``depends``, in a stable order.

    Raises :class:`VendorError` for a name the lock does not have.
    """
    result: list[str] = []
    pending = list(names)
    while pending:
        name = pending.pop(0)
        key = _lock_key(lock, name)
        if key is None:
            raise VendorError(f"package {name!r} is not in this Pyodide's {LOCK_FILE}")
        if key in result:
            continue
        result.append(key)
        pending.extend(str(dep) for dep in lock["packages"][key].get("depends", []) or [])
    return result


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def rewrite_lock(lock: Mapping[str, Any], version: str, local_wheels: Mapping[str, Path]) -> dict[str, Any]:
    """A copy of ``lock`` for a self-hosted copy that carries ``local_wheels`` (lock key -> wheel file).

    Those entries name the local file and its real sha256; every other entry's ``file_name`` becomes an
    absolute URL on the CDN of ``version``, so the package still loads when online. Other fields are kept.
    """
    base = cdn_url(version)
    result = json.loads(json.dumps(lock))
    for key, entry in result["packages"].items():
        if not isinstance(entry, dict):
            continue
        if key in local_wheels:
            wheel = Path(local_wheels[key])
            entry["file_name"] = wheel.name
            entry["sha256"] = _sha256(wheel)
            continue
        file_name = str(entry.get("file_name", ""))
        if file_name and "://" not in file_name:
            entry["file_name"] = base + file_name.lstrip("/")
    return result


def _python_version(lock: Mapping[str, Any]) -> str | None:
    info = lock.get("info")
    python = info.get("python") if isinstance(info, dict) else None
    if not isinstance(python, str):
        return None
    match = re.match(r"(\d+)\.(\d+)", python)
    return f"{match.group(1)}.{match.group(2)}" if match else None


def _pip_download(requirements: list[str], python_version: str | None, dest: Path, workdir: Path) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
    cmd += ["--disable-pip-version-check", "--no-input", "-d", str(dest)]
    if python_version:
        cmd += ["--python-version", python_version]
    cmd += requirements
    _run(cmd, workdir, _PIP_TIMEOUT, "downloading wheels")


def _download_wheels(lock: Mapping[str, Any], keys: list[str], workdir: Path) -> dict[str, Path]:
    packages = lock["packages"]
    for key in keys:
        file_name = str(packages[key].get("file_name", ""))
        if not file_name.endswith("-none-any.whl"):
            raise VendorError(
                f"{key} is not a pure-Python wheel in Pyodide's lock file ({file_name or 'no file'}); "
                "it can only be loaded from the CDN"
            )
    wheel_dir = workdir / "wheels"
    wheel_dir.mkdir()
    requirements = [f"{packages[key].get('name', key)}=={packages[key]['version']}" for key in keys]
    _pip_download(requirements, _python_version(lock), wheel_dir, workdir)
    found: dict[str, Path] = {}
    for path in wheel_dir.glob("*.whl"):
        try:
            name, wheel_version, _build, _tags = parse_wheel_filename(path.name)
        except InvalidWheelFilename:
            continue
        found[str(name)] = path
        found[f"{name}=={wheel_version}"] = path
    result: dict[str, Path] = {}
    for key in keys:
        entry = packages[key]
        name = canonicalize_name(str(entry.get("name", key)))
        path = found.get(f"{name}=={Version(str(entry['version']))}") or found.get(str(name))
        if path is None:
            raise VendorError(f"pip did not download a wheel for {name}=={entry['version']}")
        result[key] = path
    return result


def _replace_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file next to ``target`` (unique per process), then rename it over."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        write(partial)
        os.chmod(partial, 0o644)  # mkstemp's 0600 would make a published copy unreadable to web servers
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _install(source: Path, target: Path) -> None:
    _replace_atomically(target, lambda partial: shutil.copyfile(source, partial))


def _write_text(target: Path, text: str) -> None:
    _replace_atomically(target, lambda partial: partial.write_text(text, encoding="utf-8"))


def vendor(
    version: str = PYODIDE_VERSION,
    dest: Path | None = None,
    *,
    force: bool = False,
    extra: Iterable[str] = (),
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Prepare a self-hosted Pyodide ``version`` in ``dest`` (default :func:`default_vendor_dir`).

    The core runtime comes from the npm package ``pyodide``; the pure-Python wheels of
    :data:`VENDORED_WHEELS` (and ``extra`` lock packages) come from ``pip download``. The lock file is
    rewritten so the local wheels load with their own hashes and all other packages from the CDN.
    Returns ``dest`` at once when its ``pyroom-vendor.json`` marker already matches (unless ``force``).
    """
    _check_version(version)
    target = Path(dest) if dest is not None else default_vendor_dir(version)
    wanted = [*VENDORED_WHEELS, *extra]
    if not force and _marker_ok(target, version, wanted):
        return target
    say = progress or (lambda _message: None)
    if target.exists() and not target.is_dir():
        raise VendorError(f"{target} exists and is not a directory")
    with tempfile.TemporaryDirectory(prefix="pyroom-vendor-") as tmp:
        workdir = Path(tmp)
        dist = workdir / "dist"
        say(f"fetching pyodide@{version} with npm")
        _npm_pack(version, workdir, dist)
        lock = _load_lock(dist / LOCK_FILE)
        keys = wheel_closure(lock, wanted)
        say(f"fetching wheels with pip: {', '.join(keys)}")
        wheels = _download_wheels(lock, keys, workdir)
        new_lock = rewrite_lock(lock, version, wheels)

        target.mkdir(parents=True, exist_ok=True)
        (target / MARKER_FILE).unlink(missing_ok=True)
        for path in sorted(dist.rglob("*")):
            if path.is_file() and path.name != LOCK_FILE:
                _install(path, target / path.relative_to(dist))
        for path in wheels.values():
            _install(path, target / path.name)
        _write_text(target / LOCK_FILE, json.dumps(new_lock, separators=(",", ":")) + "\n")
        marker = {
            "version": version,
            "wheels": sorted(path.name for path in wheels.values()),
            "packages": sorted({canonicalize_name(key) for key in keys}),
            "cdn": cdn_url(version),
        }
        _write_text(target / MARKER_FILE, json.dumps(marker, indent=2) + "\n")
    say(f"vendored Pyodide {version} in {target}")
    return target
