"""Run every benchmark, one process each, and print their reports: `.venv/bin/python bench/run_all.py`."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = (
    "bench_first_run.py",
    "bench_snapshot.py",
    "bench_roundtrip.py",
    "bench_bytes.py",
    "bench_build.py",
    "bench_mkdocs_build.py",
    "bench_turtle.py",
    "bench_tkinter.py",
)


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        status = subprocess.run([sys.executable, str(HERE / name)], cwd=HERE).returncode
        print(f"   ({time.perf_counter() - start:.0f} s)\n", flush=True)
        if status:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
