"""Publish Pyroom's browser assets, its Python runtime and (optionally) a self-hosted Pyodide into a built site."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from . import pyodide_dist
from .options import SiteSettings

STATIC_DIR = Path(__file__).parent / "_static"
ASSET_FILES = ("pyroom.js", "pyroom.css", "editor.js", "worker.js", "preview.js", "runtime.json")
#: where the assets go inside a site's static folder
SUBDIR = "pyroom"


class AssetsError(RuntimeError):
    """Assets or a self-hosted Pyodide are missing; the message says how to get them."""


def check_built() -> None:
    missing = [name for name in ASSET_FILES if not (STATIC_DIR / name).is_file()]
    if missing:
        raise AssetsError(
            f"Pyroom's browser assets are missing ({', '.join(missing)} in {STATIC_DIR}). In a source checkout run "
            "`npm ci && npm run build`; installed wheels carry them."
        )


def runtime_hash() -> str:
    """Hash of the Python runtime the page loads into Pyodide (changes with every release of it)."""
    return json.loads((STATIC_DIR / "runtime.json").read_text())["hash"]


def pyodide_url(settings: SiteSettings) -> str:
    """The Pyodide base URL the page uses: "local" (resolved by the page next to its script) or an absolute URL."""
    if settings.pyodide == "cdn":
        return pyodide_dist.cdn_url(pyodide_dist.PYODIDE_VERSION)
    return settings.pyodide


def page_config(settings: SiteSettings) -> dict[str, Any]:
    config = settings.to_page_config()
    config["pyodide"] = pyodide_url(settings)
    return config


def _copy_if_changed(src: Path, dest: Path) -> None:
    if dest.exists():
        a, b = src.stat(), dest.stat()
        if a.st_size == b.st_size and a.st_mtime <= b.st_mtime:
            return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


def local_pyodide_dir(settings: SiteSettings) -> Path:
    """The vendored Pyodide to publish; vendors it (npm + pip) on first use when none is configured."""
    if settings.pyodide_dir:
        path = Path(settings.pyodide_dir).expanduser()
        if not (path / "pyodide.mjs").is_file():
            raise AssetsError(
                f"pyodide_dir {str(path)!r} holds no Pyodide (no pyodide.mjs); run `pyroom vendor --dest {path}`"
            )
        return path
    found = pyodide_dist.find_vendored(pyodide_dist.PYODIDE_VERSION)
    if found:
        return found
    try:
        return pyodide_dist.vendor(pyodide_dist.PYODIDE_VERSION)
    except pyodide_dist.VendorError as exc:
        raise AssetsError(f"pyodide = 'local' needs a vendored Pyodide and vendoring failed: {exc}") from exc


def publish(static_dir: Path, settings: SiteSettings) -> Path:
    """Copy the assets into ``static_dir/pyroom`` (and Pyodide into ``pyroom/pyodide`` when self-hosted)."""
    check_built()
    dest = static_dir / SUBDIR
    for name in ASSET_FILES:
        _copy_if_changed(STATIC_DIR / name, dest / name)
    if settings.pyodide == "local":
        source = local_pyodide_dir(settings)
        for path in sorted(source.rglob("*")):
            if path.is_file():
                _copy_if_changed(path, dest / "pyodide" / path.relative_to(source))
    return dest
