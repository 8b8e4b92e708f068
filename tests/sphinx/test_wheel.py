"""The installed wheel alone (no source checkout, no Node) builds a Sphinx site with editors and their assets."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WHEEL_FILES = [
    "pyroom/_static/pyroom.js",
    "pyroom/_static/worker.js",
    "pyroom/_static/editor.js",
    "pyroom/_static/runtime.json",
    "pyroom/_static/pyroom.css",
    "pyroom/__init__.py",
    "pyroom/options.py",
    "sphinx_pyroom/__init__.py",
    "mkdocs_pyroom/__init__.py",
]


def run(*args: object, env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run([str(a) for a in args], env=env, cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, f"{args} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result.stdout + result.stderr


@pytest.mark.slow
def test_installed_wheel_builds_a_site_without_node(tmp_path: Path) -> None:
    # A PATH without Node (nor anything else): the wheel carries the built assets, nothing may call npm.
    no_tools = tmp_path / "no-tools"
    no_tools.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PATH"] = str(no_tools)
    assert shutil.which("node", path=env["PATH"]) is None

    dist = tmp_path / "dist"
    run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, REPO, env=env, cwd=tmp_path)
    (wheel,) = dist.glob("pyroom-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [f for f in WHEEL_FILES if f not in names] == []

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, env=env, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(
        python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, "sphinx", env=env, cwd=tmp_path
    )
    location = run(python, "-c", "import sphinx_pyroom, pyroom; print(pyroom.__file__)", env=env, cwd=tmp_path)
    assert str(venv) in location and str(REPO) not in location

    src = tmp_path / "site"
    src.mkdir()
    (src / "conf.py").write_text('project = "wheel"\nextensions = ["sphinx_pyroom"]\n')
    (src / "hello.py").write_text('print("hello from a file")\n')
    (src / "index.rst").write_text(
        "Wheel\n=====\n\n.. pyroom::\n   :preview: turtle\n\n   import turtle\n\n.. pyroom:: hello.py\n"
    )
    out = tmp_path / "out"
    run(venv / "bin" / "sphinx-build", "-W", "-b", "html", src, out, env=env, cwd=tmp_path)

    page = (out / "index.html").read_text()
    assert page.count('data-pyroom-state="idle"') == 2
    assert "hello from a file" in page
    assert 'src="_static/pyroom/pyroom.js' in page
    for name in ("pyroom.js", "worker.js", "editor.js", "runtime.json", "pyroom.css"):
        published = out / "_static" / "pyroom" / name
        assert published.is_file() and published.stat().st_size > 0, name
    assert (out / "_static" / "pyroom" / "worker.js").read_bytes() == (
        REPO / "pyroom" / "_static" / "worker.js"
    ).read_bytes()
