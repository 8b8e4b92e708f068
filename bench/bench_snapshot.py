"""First run on a second page of a site, booted from the memory snapshot the first page stored (issue 7).

Pyroom: a Sphinx page whose one block (``autorun``) prints 1; a first page boots normally and stores the snapshot
(waited for in Cache Storage), then each repeat opens a new page in the same browser context and takes the time
from navigation start to the block's ``done``, checking that ``window.pyroom.bootMode`` is ``"snapshot"``.
Baseline: the bare page of ``bench_first_run.py`` (a module worker that imports pyodide.mjs from the same URLs,
calls ``loadPyodide`` and ``runPython("print(1)")``); navigation start to the output message. Also measured: the
same Pyroom page built with ``pyroom_snapshot = False`` (a normal boot), to show what the snapshot saves.
Everything is served by ``pyroom.cli.make_server`` (HTTP cache on), pages alternate to spread drift.
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
    sphinx_build,
    workdir,
)

PAGE = AUTORUN_PAGE.format(title="Second page", underline="===========")

#: resolves to the stored snapshot's size in bytes once there is one (a loop in the page)
WAIT_STORED = """async () => {
  const deadline = performance.now() + 180000;
  for (;;) {
    if (await caches.has("pyroom-snapshots")) {
      const cache = await caches.open("pyroom-snapshots");
      const [request] = await cache.keys();
      if (request) return Number((await cache.match(request)).headers.get("x-pyroom-length"));
    }
    if (performance.now() > deadline) throw new Error("no snapshot was stored");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=11)
    parser.add_argument("--no-fresh", action="store_true", help="skip the Pyroom page without snapshots")
    args = parser.parse_args()
    with workdir("pyroom-bench-snapshot-") as tmp:
        site = build_pyroom_site({"index": PAGE}, tmp)
        if not args.no_fresh:
            sphinx_build(tmp / "src", site / "nosnap", "pyroom_pyodide=local", "pyroom_snapshot=0")
        with serving(site) as base, chromium() as browser:
            context = browser.new_context()
            context.add_init_script(DONE_LISTENER)
            snap_url, bare_url, fresh_url = base + "index.html", base + "_bench/bare.html", base + "nosnap/index.html"
            first = context.new_page()  # the first page: boots normally, fills the HTTP cache, stores the snapshot
            first.goto(snap_url)
            first.wait_for_function("window.__pyroomDone", timeout=120_000)
            size = first.evaluate(WAIT_STORED)
            first.close()
            bare_first_run(context, bare_url)  # fill the HTTP cache
            measures = [("snapshot", [], lambda: pyroom_first_run(context, snap_url, "snapshot"))]
            measures.append(("bare", [], lambda: bare_first_run(context, bare_url)))
            if not args.no_fresh:
                pyroom_first_run(context, fresh_url, "fresh")
                measures.append(("fresh", [], lambda: pyroom_first_run(context, fresh_url, "fresh")))
            for i in range(args.repeats):
                for _, results, measure in measures if i % 2 == 0 else reversed(measures):
                    results.append(measure())
            context.close()
    results = {name: values for name, values, _ in measures}
    snap, bare = results["snapshot"], results["bare"]
    print("first run on a second page, warm HTTP cache, navigation -> printed output")
    print(f"  snapshot stored by the first page: {size / 1e6:.1f} MB")
    print(f"  raw Pyodide (bare worker):          {fmt_ms(bare)}")
    if "fresh" in results:
        print(f"  Pyroom, normal boot (setting off):  {fmt_ms(results['fresh'])}")
    print(f"  Pyroom, boot from the snapshot:     {fmt_ms(snap)}")
    print("  " + ratio_line("snapshot / raw", median(snap), median(bare), target=0.25))
    paired = [s / b for s, b in zip(snap, bare, strict=True)]
    print(f"  median of paired ratios: {median(paired):.3f}x (min {min(paired):.3f}, max {max(paired):.3f})")
    if "fresh" in results:
        print("  " + ratio_line("snapshot / Pyroom normal boot", median(snap), median(results["fresh"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
