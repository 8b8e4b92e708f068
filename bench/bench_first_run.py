"""First run on a fresh page with Pyodide in the HTTP cache: Pyroom vs raw loadPyodide in a bare module worker.

Pyroom: a Sphinx page whose one block (``autorun``) prints 1; time from navigation start to the block's ``done``.
Baseline: a bare page whose module worker imports pyodide.mjs (same URLs), calls ``loadPyodide`` and
``runPython("print(1)")``; time from navigation start to the output message on the page. Each repeat opens a new
page in the same browser context after one warm-up load of each, alternating which goes first.
"""

from __future__ import annotations

import argparse

from _common import (
    AUTORUN_PAGE,
    DONE_LISTENER,
    bare_first_run,
    build_pyroom_site,
    chromium,
    fmt_ms,
    median,
    pyroom_first_run,
    ratio_line,
    serving,
    workdir,
)

PAGE = AUTORUN_PAGE.format(title="First run", underline="=========")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=11)
    args = parser.parse_args()
    with workdir("pyroom-bench-first-") as tmp:
        # A plain boot is measured: no memory snapshot (bench_snapshot.py measures that).
        site = build_pyroom_site({"index": PAGE}, tmp, "pyroom_snapshot=0")
        with serving(site) as base, chromium() as browser:
            context = browser.new_context()
            context.add_init_script(DONE_LISTENER)
            pyroom_url, bare_url = base + "index.html", base + "_bench/bare.html"
            pyroom_first_run(context, pyroom_url)  # fill the HTTP cache
            bare_first_run(context, bare_url)
            pyroom, bare = [], []
            for i in range(args.repeats):
                order = [(pyroom, pyroom_first_run, pyroom_url), (bare, bare_first_run, bare_url)]
                for results, measure, url in order if i % 2 == 0 else reversed(order):
                    results.append(measure(context, url))
            context.close()
    print("first run, warm HTTP cache, navigation -> printed output")
    print(f"  raw Pyodide (bare worker): {fmt_ms(bare)}")
    print(f"  Pyroom (Sphinx page):      {fmt_ms(pyroom)}")
    print("  " + ratio_line("Pyroom / raw", median(pyroom), median(bare), target=1.10))
    # Each pair ran back to back: the median of their ratios is less sensitive to a machine busy with other work.
    paired = [p / b for p, b in zip(pyroom, bare, strict=True)]
    print(f"  median of paired ratios: {median(paired):.3f}x (min {min(paired):.3f}, max {max(paired):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
