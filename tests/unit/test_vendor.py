"""Tests of pyroom.pyodide_dist: the CDN URL, vendoring a self-hosted Pyodide (fake and real npm/pip)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from pyroom import pyodide_dist
from pyroom.cli import main
from pyroom.pyodide_dist import (
    CORE_FILES,
    MARKER_FILE,
    PYODIDE_VERSION,
    VENDORED_WHEELS,
    VendorError,
    cdn_url,
    default_vendor_dir,
    find_vendored,
    read_marker,
    rewrite_lock,
    vendor,
    wheel_closure,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cdn_url() -> None:
    assert PYODIDE_VERSION == "314.0.7"
    assert cdn_url() == "https://cdn.jsdelivr.net/pyodide/v314.0.7/full/"
    assert cdn_url("0.27.2") == "https://cdn.jsdelivr.net/pyodide/v0.27.2/full/"


def test_default_vendor_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PYROOM_CACHE_DIR", str(tmp_path / "cache"))
    assert default_vendor_dir("1.2.3") == tmp_path / "cache" / "pyodide-1.2.3"
    monkeypatch.delenv("PYROOM_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_vendor_dir() == tmp_path / "home" / ".cache" / "pyroom" / f"pyodide-{PYODIDE_VERSION}"
    assert find_vendored() is None


# --- the lock file ----------------------------------------------------------------------------------------

LOCK = {
    "info": {"abi_version": "2026_0", "arch": "wasm32", "platform": "emscripten_5_0_3", "python": "3.14.2"},
    "packages": {
        "micropip": {
            "name": "micropip",
            "version": "0.11.1",
            "file_name": "micropip-0.11.1-py3-none-any.whl",
            "sha256": "0" * 64,
            "depends": ["packaging"],
            "imports": ["micropip"],
            "install_dir": "site",
            "package_type": "package",
            "tool": {},
            "unvendored_tests": False,
        },
        "packaging": {
            "name": "packaging",
            "version": "26.1",
            "file_name": "packaging-26.1-py3-none-any.whl",
            "sha256": "1" * 64,
            "depends": ["micropip"],
            "imports": ["packaging"],
            "install_dir": "site",
            "package_type": "package",
        },
        "six": {
            "name": "six",
            "version": "1.17.0",
            "file_name": "six-1.17.0-py2.py3-none-any.whl",
            "sha256": "2" * 64,
            "depends": [],
            "imports": ["six"],
        },
        "numpy": {
            "name": "numpy",
            "version": "2.4.6",
            "file_name": "numpy-2.4.6-cp314-cp314-pyemscripten_2026_0_wasm32.whl",
            "sha256": "3" * 64,
            "depends": [],
            "imports": ["numpy"],
        },
        "pyodide-unix-timezones": {
            "name": "pyodide-unix-timezones",
            "version": "1.0.0",
            "file_name": "pyodide_unix_timezones-1.0.0-py3-none-any.whl",
            "sha256": "4" * 64,
            "depends": [],
            "imports": ["unix_timezones"],
        },
        "libabsl": {
            "name": "libabsl",
            "version": "1.0.0",
            "file_name": "https://example.test/libabsl-1.0.0.zip",
            "sha256": "5" * 64,
            "depends": [],
            "package_type": "shared_library",
        },
    },
    "tool": {"kept": True},
}


def test_wheel_closure() -> None:
    assert wheel_closure(LOCK, ["micropip"]) == ["micropip", "packaging"]
    assert wheel_closure(LOCK, ["Six", "micropip"]) == ["six", "micropip", "packaging"]
    assert wheel_closure(LOCK, ["packaging"]) == ["packaging", "micropip"]  # a cycle ends
    assert wheel_closure(LOCK, ["pyodide_unix_timezones"]) == ["pyodide-unix-timezones"]
    with pytest.raises(VendorError, match="'nope' is not in"):
        wheel_closure(LOCK, ["nope"])


def test_rewrite_lock(tmp_path: Path) -> None:
    wheel = tmp_path / "micropip-0.11.1-py3-none-any.whl"
    wheel.write_bytes(b"local micropip")
    new = rewrite_lock(LOCK, "314.0.7", {"micropip": wheel})
    micropip = new["packages"]["micropip"]
    assert micropip["file_name"] == wheel.name
    assert micropip["sha256"] == sha256(wheel)
    assert {k: v for k, v in micropip.items() if k not in ("file_name", "sha256")} == {
        k: v for k, v in LOCK["packages"]["micropip"].items() if k not in ("file_name", "sha256")
    }
    numpy = new["packages"]["numpy"]
    assert numpy["file_name"] == cdn_url("314.0.7") + LOCK["packages"]["numpy"]["file_name"]
    assert numpy["sha256"] == "3" * 64
    assert new["packages"]["libabsl"]["file_name"] == "https://example.test/libabsl-1.0.0.zip"
    assert new["info"] == LOCK["info"] and new["tool"] == {"kept": True}
    assert LOCK["packages"]["micropip"]["sha256"] == "0" * 64, "the input is not modified"


# --- the whole pipeline with a fake npm and pip -----------------------------------------------------------

PACKAGE_FILES = {
    "pyodide.mjs": b"export const loadPyodide = 1;\n",
    "pyodide.asm.mjs": b"// asm\n",
    "pyodide.asm.wasm": b"\0asm\1\0\0\0",
    "python_stdlib.zip": b"PK stdlib",
    "pyodide.js": b"// classic\n",
    "ffi.d.ts": b"// types\n",
    "pyodide.d.ts": b"// types\n",
    "pyodide.mjs.map": b"{}",
    "console.html": b"<html>",
    "console-v2.html": b"<html>",
    "README.md": b"# pyodide",
    "package.json": b"{}",
}
SKIPPED = {"ffi.d.ts", "pyodide.d.ts", "pyodide.mjs.map", "console.html", "console-v2.html", "README.md"}


@pytest.fixture
def fake_npm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An `npm` on PATH whose `pack` writes a small pyodide tarball; it counts its runs in calls.txt."""
    tarball = tmp_path / "template.tgz"
    with tarfile.open(tarball, "w:gz") as archive:
        files = {**PACKAGE_FILES, "pyodide-lock.json": json.dumps(LOCK).encode()}
        files["../evil.txt"] = b"escape"
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "npm"
    script.write_text(
        f"""#!{sys.executable}
import shutil, sys, pathlib
calls = pathlib.Path({str(tmp_path / "calls.txt")!r})
with open(calls, "a") as log:
    log.write(" ".join(sys.argv[1:]) + "\\n")
spec = sys.argv[2]
if spec.endswith("@404.0.0"):
    sys.stderr.write("npm error code ETARGET\\n")
    sys.stderr.write("npm error notarget No matching version found for " + spec + "\\n")
    sys.exit(1)
name = "pyodide-" + spec.split("@")[1] + ".tgz"
shutil.copy({str(tarball)!r}, name)
print("npm notice some noise")
print(name)
"""
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    return tmp_path / "calls.txt"


@pytest.fixture
def fake_pip(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], str | None]]:
    calls: list[tuple[list[str], str | None]] = []

    def download(requirements: list[str], python_version: str | None, dest: Path, workdir: Path) -> None:
        calls.append((requirements, python_version))
        for requirement in requirements:
            name, version = requirement.split("==")
            tag = "py2.py3" if name == "six" else "py3"
            path = dest / f"{name.replace('-', '_')}-{version}-{tag}-none-any.whl"
            with zipfile.ZipFile(path, "w") as wheel:
                wheel.writestr(f"{name}/__init__.py", f"# {requirement} from the index\n")

    monkeypatch.setattr(pyodide_dist, "_pip_download", download)
    return calls


def test_vendor_pipeline(tmp_path: Path, fake_npm: Path, fake_pip: list) -> None:
    dest = tmp_path / "out"
    messages: list[str] = []
    assert vendor("314.0.7", dest, extra=["six"], progress=messages.append) == dest
    assert messages and "pyodide@314.0.7" in messages[0]

    names = {path.name for path in dest.iterdir()}
    assert set(CORE_FILES) <= names
    assert "pyodide.js" in names
    assert not names & SKIPPED and "package.json" not in names
    assert not (tmp_path / "evil.txt").exists()
    ((requirements, python_version),) = fake_pip
    assert sorted(requirements) == ["micropip==0.11.1", "packaging==26.1", "six==1.17.0"]
    assert python_version == "3.14"

    lock = json.loads((dest / "pyodide-lock.json").read_text())
    for key in ("micropip", "packaging", "six"):
        entry = lock["packages"][key]
        assert (dest / entry["file_name"]).is_file()
        assert entry["sha256"] == sha256(dest / entry["file_name"])
    assert (
        lock["packages"]["numpy"]["file_name"] == cdn_url("314.0.7") + LOCK["packages"]["numpy"]["file_name"]
    )
    assert lock["tool"] == {"kept": True}

    marker = read_marker(dest)
    assert marker is not None and marker["version"] == "314.0.7"
    assert marker["packages"] == ["micropip", "packaging", "six"]
    assert sorted(marker["wheels"]) == sorted(
        lock["packages"][k]["file_name"] for k in ("micropip", "packaging", "six")
    )
    assert find_vendored("314.0.7", dest) == dest
    assert find_vendored("314.0.8", dest) is None

    # Idempotent: a matching marker means no work.
    assert fake_npm.read_text().count("pack") == 1
    assert vendor("314.0.7", dest) == dest
    assert vendor("314.0.7", dest, extra=["six"]) == dest
    assert fake_npm.read_text().count("pack") == 1

    # A new extra package, `force`, or a half-finished copy (no marker) redoes it.
    vendor("314.0.7", dest, extra=["pyodide_unix_timezones"])
    assert fake_npm.read_text().count("pack") == 2
    vendor("314.0.7", dest, force=True)
    assert fake_npm.read_text().count("pack") == 3
    (dest / MARKER_FILE).unlink()
    assert find_vendored("314.0.7", dest) is None
    vendor("314.0.7", dest)
    assert fake_npm.read_text().count("pack") == 4
    (dest / "pyodide.asm.wasm").unlink()
    assert find_vendored("314.0.7", dest) is None
    vendor("314.0.7", dest)
    assert fake_npm.read_text().count("pack") == 5
    assert not [p for p in dest.iterdir() if p.name.endswith(".part")]
    assert all(p.stat().st_mode & 0o444 == 0o444 for p in dest.iterdir()), "files must be world-readable"


def test_vendor_default_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_npm: Path, fake_pip: list
) -> None:
    monkeypatch.setenv("PYROOM_CACHE_DIR", str(tmp_path / "cache"))
    path = vendor()
    assert path == tmp_path / "cache" / f"pyodide-{PYODIDE_VERSION}"
    assert find_vendored() == path


def test_vendor_npm_failure(tmp_path: Path, fake_npm: Path, fake_pip: list) -> None:
    with pytest.raises(VendorError) as info:
        vendor("404.0.0", tmp_path / "out")
    message = str(info.value)
    assert "npm pack pyodide@404.0.0" in message
    assert "No matching version found" in message
    assert not (tmp_path / "out" / MARKER_FILE).exists()


def test_vendor_rejects_packages_that_are_not_pure_python(
    tmp_path: Path, fake_npm: Path, fake_pip: list
) -> None:
    with pytest.raises(VendorError, match="numpy is not a pure-Python wheel"):
        vendor("314.0.7", tmp_path / "out", extra=["numpy"])
    with pytest.raises(VendorError, match="'nope' is not in"):
        vendor("314.0.7", tmp_path / "out", extra=["nope"])
    assert fake_pip == []


def test_vendor_pip_failure(tmp_path: Path, fake_npm: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_python = tmp_path / "bin" / "python-fake"
    fake_python.write_text(
        f"#!{sys.executable}\nimport sys\n"
        "sys.stderr.write('ERROR: No matching distribution\\n')\nsys.exit(1)\n"
    )
    fake_python.chmod(0o755)
    monkeypatch.setattr(pyodide_dist.sys, "executable", str(fake_python))
    with pytest.raises(VendorError) as info:
        vendor("314.0.7", tmp_path / "out")
    message = str(info.value)
    assert "-m pip download" in message and "micropip==0.11.1" in message
    assert "ERROR: No matching distribution" in message


def test_vendor_without_npm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(VendorError, match="npm was not found on PATH"):
        vendor(dest=tmp_path / "out")


@pytest.mark.parametrize("version", ["", "latest", "1.0; rm -rf /", "../1.0"])
def test_vendor_bad_version(tmp_path: Path, version: str) -> None:
    with pytest.raises(VendorError, match="is not a Pyodide version"):
        vendor(version, tmp_path / "out")


def test_vendored_wheels_constant() -> None:
    assert VENDORED_WHEELS == ("micropip",)


# --- the real thing: npm and pip over the network ---------------------------------------------------------


@pytest.fixture(scope="module")
def real_vendor(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("vendor") / "pyodide"
    return vendor(PYODIDE_VERSION, dest, extra=("six",))


@pytest.mark.slow
def test_real_vendor(real_vendor: Path) -> None:
    dest = real_vendor
    for name in (*CORE_FILES, "pyodide.js"):
        assert (dest / name).is_file(), name
    assert (dest / "pyodide.asm.wasm").read_bytes()[:4] == b"\0asm"
    assert (
        not list(dest.glob("*.map"))
        and not list(dest.glob("*.d.ts"))
        and not (dest / "package.json").exists()
    )

    lock = json.loads((dest / "pyodide-lock.json").read_text())
    micropip = lock["packages"]["micropip"]
    wheel = dest / micropip["file_name"]
    assert wheel.is_file() and "/" not in micropip["file_name"]
    assert micropip["sha256"] == hashlib.sha256(wheel.read_bytes()).hexdigest()
    with zipfile.ZipFile(wheel) as archive:
        assert "micropip/__init__.py" in archive.namelist()
    six = lock["packages"]["six"]
    assert six["sha256"] == sha256(dest / six["file_name"])

    numpy = lock["packages"]["numpy"]["file_name"]
    assert numpy.startswith(cdn_url(PYODIDE_VERSION)) and numpy.endswith(".whl")
    assert all(
        "://" in entry["file_name"] or (dest / entry["file_name"]).is_file()
        for entry in lock["packages"].values()
    )

    marker = json.loads((dest / MARKER_FILE).read_text())
    assert marker["version"] == PYODIDE_VERSION
    assert set(marker["wheels"]) == {micropip["file_name"], six["file_name"]}
    assert find_vendored(PYODIDE_VERSION, dest) == dest


@pytest.mark.slow
def test_real_vendor_is_idempotent(real_vendor: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in real_vendor.iterdir()}
    monkeypatch.setenv("PATH", os.devnull)  # no npm: a second run must not need it
    assert main(["vendor", "--dest", str(real_vendor)]) == 0
    assert capsys.readouterr().out.strip() == str(real_vendor)
    assert {p.name: p.stat().st_mtime_ns for p in real_vendor.iterdir()} == before


@pytest.mark.slow
def test_real_npm_unknown_version(tmp_path: Path) -> None:
    with pytest.raises(VendorError) as info:
        vendor("0.0.999", tmp_path / "out")
    message = str(info.value)
    assert "npm pack pyodide@0.0.999" in message
    assert "E404" in message or "ETARGET" in message or "No matching version" in message, message
