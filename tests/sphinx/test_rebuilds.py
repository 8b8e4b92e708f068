"""Parallel (``-j 4``) and incremental builds give the same pages, byte for byte, as a clean serial build."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sphinx.cmd.build import build_main

ROOT = Path(__file__).parent / "roots" / "test-basic"

# Extra pages so that `-j 4` really splits reading and writing into chunks: blocks, sessions, names and links
# between pages (what parallel merging of the environment could get wrong).
EXTRA_PAGE = """Page {n}
=======

.. pyroom::
   :session: s{n}
   :caption: Block {n}
   :name: block-{n}

   print({n})

.. pyroom::
   :session: s{n}

   print("second", {n})

.. pyroom:: /sub/example.py

Links: :ref:`block-{other}`, :ref:`spiral-block`.
"""
EXTRA = 8

# Records which process read each page: with `-j 4` some pages must be read in worker processes.
PID_PROBE = """
import os
from pathlib import Path


def _record(app, doctree):
    if "PYROOM_TEST_PID_DIR" not in os.environ:
        return
    folder = Path(os.environ["PYROOM_TEST_PID_DIR"])
    folder.mkdir(exist_ok=True)
    (folder / f"{os.getpid()}-{app.env.docname.replace('/', '_')}").touch()


def setup(app):
    app.connect("doctree-read", _record)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)
    for n in range(EXTRA):
        (src / f"page{n}.rst").write_text(EXTRA_PAGE.format(n=n, other=(n + 1) % EXTRA))
    index = src / "index.rst"
    index.write_text(index.read_text() + "".join(f"   page{n}\n" for n in range(EXTRA)))
    (src / "pidprobe.py").write_text(PID_PROBE)
    conf = src / "conf.py"
    conf.write_text(conf.read_text() + "\nimport sys, os\nsys.path.insert(0, os.path.dirname(__file__))\n"
                    "extensions = [*extensions, 'pidprobe']\n")
    return src


def build(src: Path, out: Path, *extra: str) -> None:
    """Build ``src`` into ``out`` (doctrees in ``out/.doctrees``) with ``-W``."""
    code = build_main(["-b", "html", "-W", "-d", str(out / ".doctrees"), *extra, str(src), str(out)])
    assert code == 0, f"sphinx-build {' '.join(extra)} failed"


def html_files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.html"))}


def assert_same_pages(a: Path, b: Path) -> None:
    pages_a, pages_b = html_files(a), html_files(b)
    assert sorted(pages_a) == sorted(pages_b)
    different = [name for name in pages_a if pages_a[name] != pages_b[name]]
    assert different == [], f"pages differ between {a.name} and {b.name}"


def touch(path: Path) -> None:
    """Like ``touch``: the file's mtime becomes now, later than when the last build read it.

    (Not a time in the future: that would leave the page outdated for the next build too.)
    """
    os.utime(path)


def test_parallel_build_equals_serial_build(site: Path, tmp_path: Path, monkeypatch) -> None:
    build(site, tmp_path / "serial")
    monkeypatch.setenv("PYROOM_TEST_PID_DIR", str(tmp_path / "pids"))
    build(site, tmp_path / "parallel", "-j", "4")
    # Pages were really read in worker processes (not by this process), so the parallel path was exercised.
    readers = {name.split("-", 1)[0] for name in os.listdir(tmp_path / "pids")}
    assert readers - {str(os.getpid())}, readers
    assert_same_pages(tmp_path / "serial", tmp_path / "parallel")
    pages = html_files(tmp_path / "parallel")
    assert len(pages) >= 4 + EXTRA
    assert pages["page3.html"].count(b'class="pyroom') >= 3
    assert b'href="page4.html#block-4"' in pages["page3.html"]


def test_incremental_rebuilds_equal_clean_builds(site: Path, tmp_path: Path, capsys) -> None:
    work = tmp_path / "work"
    build(site, work)
    before = html_files(work)

    # touching a page re-reads it (and only it) and gives the same pages as a clean build
    touch(site / "options.rst")
    capsys.readouterr()
    build(site, work)
    assert "0 added, 1 changed, 0 removed" in capsys.readouterr().out
    assert html_files(work) == before
    build(site, tmp_path / "clean")
    assert_same_pages(work, tmp_path / "clean")

    # changing a block's file rebuilds the pages that use it, to what a clean build of the new state gives
    example = site / "sub" / "example.py"
    example.write_text('print("changed example")\n')
    touch(example)
    capsys.readouterr()
    build(site, work)
    printed = capsys.readouterr().out
    assert f"0 added, {1 + EXTRA} changed, 0 removed" in printed, printed
    after = html_files(work)
    assert b"changed example" in after["sub/page.html"] and b"changed example" in after["page0.html"]
    assert after["sub/page.html"] != before["sub/page.html"]
    assert after["options.html"] == before["options.html"]
    build(site, tmp_path / "clean-new")
    assert_same_pages(work, tmp_path / "clean-new")
