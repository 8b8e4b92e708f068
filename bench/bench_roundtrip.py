"""A run in an already booted worker: ``print("hi")`` through ``window.pyroom.blocks[0].run()``.

Measured in the page with ``performance.now()``: the median of 50 runs from ``run()`` to its result, and the
median of 20 real clicks on Run (Playwright's mouse) from the click event to ``data-pyroom-state=done``.
Baseline: the same code sent with ``postMessage`` to the bare Pyodide worker until its output comes back.
"""

from __future__ import annotations

import argparse

from _common import build_pyroom_site, chromium, fmt_ms, median, ratio_line, serving, workdir

PAGE = """Round trip
==========

.. pyroom::

   print("hi")
"""

API_RUNS = """async (n) => {
  const block = window.pyroom.blocks[0];
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const result = await block.run();
    times.push(performance.now() - start);
    if (result.status !== "done" || result.stdout !== "hi\\n") throw new Error(JSON.stringify(result));
  }
  return times;
}"""

CLICK_PROBE = """() => {
  const block = window.pyroom.blocks[0];
  window.__click = null;
  window.__done = null;
  block.element.querySelector(".pyroom-run").addEventListener("click", () => { window.__click = performance.now(); },
    { capture: true, once: true });
  const onState = (event) => {
    if (event.detail.state === "done") {
      window.__done = performance.now();
      block.element.removeEventListener("pyroom:state", onState);
    }
  };
  block.element.addEventListener("pyroom:state", onState);
}"""

BARE_RUNS = """async (n) => {
  await window.bare.ready;
  const times = [];
  for (let i = 0; i < n; i++) {
    const { ms, text } = await window.bare.run('print("hi")');
    if (text !== "hi") throw new Error(text);
    times.push(ms);
  }
  return times;
}"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--clicks", type=int, default=20)
    args = parser.parse_args()
    with workdir("pyroom-bench-roundtrip-") as tmp:
        site = build_pyroom_site({"index": PAGE}, tmp)
        with serving(site) as base, chromium() as browser:
            page = browser.new_page()
            page.goto(base + "index.html")
            page.wait_for_function("window.pyroom")
            page.evaluate("window.pyroom.blocks[0].run()")  # boot Python
            page.evaluate(API_RUNS, 5)  # warm up
            api = page.evaluate(API_RUNS, args.runs)
            block = "#" + page.evaluate("window.pyroom.blocks[0].id")
            clicks = []
            for _ in range(args.clicks):
                page.evaluate(CLICK_PROBE)
                page.click(f"{block} .pyroom-run")
                page.wait_for_selector(f"{block}[data-pyroom-state=done]")
                page.wait_for_function("window.__done !== null")
                clicks.append(page.evaluate("window.__done - window.__click"))
            mode = page.evaluate("window.pyroom.mode")

            bare_page = browser.new_page()
            bare_page.goto(base + "_bench/bare.html")
            bare_page.evaluate(BARE_RUNS, 5)
            bare = bare_page.evaluate(BARE_RUNS, args.runs)
    print(f'round trip of print("hi") in a booted worker (sync channel: {mode})')
    print(f"  raw Pyodide (postMessage + runPython): {fmt_ms(bare)}")
    print(
        f"  Pyroom block.run():                    {fmt_ms(api)}  target <= 50 ms: "
        f"{'ok' if median(api) <= 50 else 'MISSED'}"
    )
    print(f"  Pyroom click on Run -> state done:     {fmt_ms(clicks)}")
    print("  " + ratio_line("Pyroom run() / raw", median(api), median(bare)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
