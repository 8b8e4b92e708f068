"""tkinter in the page against real Tk (CPython's tkinter under Xvfb), measured in the same run.

1. 10,000 canvas items: a program creates a canvas and draws 10,000 items (rectangles, ovals and lines), then waits
   in ``mainloop()``. Pyroom: from ``block.run()`` to all 10,000 items in the page's SVG and a frame painted.
   Baseline: the same program on real Tk, from its first line to the end of ``root.update()`` (the canvas drawn).
   Target: at most 2x desktop.
2. Click -> callback -> redraw: a Button whose command changes a Label. Pyroom: from the click event (Playwright's
   mouse) to the label's new text in the DOM (a MutationObserver), median of many clicks. Baseline: real Tk, from
   ``event_generate`` of the press and release to the end of the ``update()`` that redraws the label.
   Target: median at most 30 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from _common import build_pyroom_site, chromium, fmt_ms, median, ratio_line, serving, workdir

ITEMS = 10_000

DRAW_PROGRAM = f"""
import tkinter as tk
root = tk.Tk()
root.title("10k items")
canvas = tk.Canvas(root, width=500, height=400, bg="white")
canvas.pack()
for i in range({ITEMS}):
    x = (i * 37) % 490
    y = (i * 53) % 390
    kind = i % 3
    if kind == 0:
        canvas.create_rectangle(x, y, x + 8, y + 8, fill="#%02x%02x%02x" % (i % 256, (i * 7) % 256, 128), outline="")
    elif kind == 1:
        canvas.create_oval(x, y, x + 9, y + 9, outline="blue")
    else:
        canvas.create_line(x, y, x + 10, y + 6, fill="red", width=2)
"""

CLICK_PROGRAM = """
import tkinter as tk
root = tk.Tk()
root.title("Clicks")
count = 0
label = tk.Label(root, text="clicks: 0", width=12)
label.pack(padx=10, pady=10)

def clicked():
    global count
    count += 1
    label.config(text=f"clicks: {count}")

button = tk.Button(root, text="Click me", command=clicked)
button.pack(pady=10)
"""


def page_rst() -> str:
    blocks = []
    for name, code in [("draw", DRAW_PROGRAM + "root.mainloop()\n"), ("click", CLICK_PROGRAM + "root.mainloop()\n")]:
        body = textwrap.indent(code.strip("\n"), "   ")
        blocks.append(f".. pyroom::\n   :name: {name}\n   :preview: tkinter\n\n{body}\n")
    return "tkinter bench\n=============\n\n" + "\n".join(blocks)


DRAW_RUN = """async (n) => {
  const block = window.pyroom.get("draw");
  const el = block.element;
  const start = performance.now();
  block.run();
  await new Promise((resolve) => {
    const check = () => {
      const svg = el.querySelector(".pyroom-tk-canvas svg");
      if (svg && svg.querySelectorAll("[data-item]").length >= n) requestAnimationFrame(() => resolve());
      else requestAnimationFrame(check);
    };
    check();
  });
  const ms = performance.now() - start;
  block.stop();
  await new Promise((resolve) => {
    const wait = () => (["live", "running"].includes(el.dataset.pyroomState) ? setTimeout(wait, 10) : resolve());
    wait();
  });
  return ms;
}"""

CLICK_PROBE = """() => {
  const el = document.getElementById("click");
  const label = el.querySelector(".pyroom-tk-label");
  const button = el.querySelector("button.pyroom-tk-button");
  const before = label.textContent;
  window.__clickAt = null;
  window.__shown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (label.textContent !== before) {
        observer.disconnect();
        resolve(performance.now() - window.__clickAt);
      }
    });
    observer.observe(label, { childList: true, subtree: true, characterData: true });
  });
  button.addEventListener("click", () => { window.__clickAt = performance.now(); }, { capture: true, once: true });
}"""

TK_DRAW = (
    DRAW_PROGRAM
    + """
root.update()
"""
)

TK_RUNNER = """
import json, sys, time
what, n = sys.argv[1], int(sys.argv[2])
src = sys.stdin.read()
out = []
if what == "draw":
    for _ in range(n):
        t0 = time.perf_counter()
        ns = {"__name__": "__main__"}
        exec(src, ns)
        out.append((time.perf_counter() - t0) * 1000)
        ns["root"].destroy()
else:
    ns = {"__name__": "__main__"}
    exec(src, ns)
    root, button, label = ns["root"], ns["button"], ns["label"]
    root.update()
    for i in range(n):
        before = label["text"]
        t0 = time.perf_counter()
        button.event_generate("<Enter>")
        button.event_generate("<ButtonPress-1>", x=5, y=5)
        button.event_generate("<ButtonRelease-1>", x=5, y=5)
        root.update()
        out.append((time.perf_counter() - t0) * 1000)
        assert label["text"] != before, (before, label["text"])
    root.destroy()
print(json.dumps(out))
"""


def start_xvfb():
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb is missing (apt-get install -y xvfb): the baseline needs real Tk")
    number = next(n for n in range(90, 140) if not Path(f"/tmp/.X{n}-lock").exists())
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit("Xvfb did not start")
        time.sleep(0.05)
    return proc, dict(os.environ, DISPLAY=f":{number}")


def real_tk(env: dict, what: str, source: str, n: int) -> list[float]:
    python = shutil.which("python3") or sys.executable
    proc = subprocess.run(
        [python, "-c", TK_RUNNER, what, str(n)], input=source, env=env, capture_output=True, text=True, timeout=600
    )
    if proc.returncode != 0:
        raise SystemExit(f"real Tk failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=5)
    parser.add_argument("--clicks", type=int, default=40)
    args = parser.parse_args()

    xvfb, env = start_xvfb()
    try:
        tk_draw = real_tk(env, "draw", TK_DRAW, args.draws)
        tk_click = real_tk(env, "click", CLICK_PROGRAM, args.clicks)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)

    with workdir("pyroom-bench-tkinter-") as tmp:
        site = build_pyroom_site({"index": page_rst()}, tmp)
        with serving(site) as base, chromium() as browser:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.goto(base + "index.html")
            page.wait_for_function("window.pyroom")
            page.evaluate("window.pyroom.boot()")
            page.evaluate(DRAW_RUN, ITEMS)  # warm up: Python booted, tkinter imported, the JITs warm
            draws = [page.evaluate(DRAW_RUN, ITEMS) for _ in range(args.draws)]

            page.evaluate("window.__c = window.pyroom.get('click').run(), 0")
            page.wait_for_selector("#click[data-pyroom-state=live]")
            button = page.locator("#click button.pyroom-tk-button")
            button.scroll_into_view_if_needed()
            clicks = []
            for i in range(args.clicks + 3):
                page.evaluate(CLICK_PROBE)
                button.click()
                ms = page.evaluate("window.__shown")
                if i >= 3:  # the first clicks warm up the path
                    clicks.append(ms)
            mode = page.evaluate("window.pyroom.mode")
            page.evaluate("window.pyroom.get('click').stop()")

    print(f"tkinter in the page vs real Tk under Xvfb (sync channel: {mode})")
    print(f"  {ITEMS} canvas items, real Tk (create + update):  {fmt_ms(tk_draw)}")
    print(f"  {ITEMS} canvas items, Pyroom (run -> all in SVG): {fmt_ms(draws)}")
    print("  " + ratio_line(f"{ITEMS} items Pyroom / Tk", median(draws), median(tk_draw), target=2.0))
    print(f"  click -> callback -> redraw, real Tk:          {fmt_ms(tk_click)}")
    print(
        f"  click -> callback -> label in DOM, Pyroom:     {fmt_ms(clicks)}  target <= 30 ms: "
        f"{'ok' if median(clicks) <= 30 else 'MISSED'}"
    )
    print("  " + ratio_line("click Pyroom / Tk", median(clicks), median(tk_click)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
