"""Turtle in the page against desktop turtle (CPython + Tk under Xvfb), in the same run.

(a) fast drawing: 20,000 ``forward``/``left`` steps under ``tracer(0)``, then ``update()``. In the page: from
``run()`` of the block (Python booted, the block run once before) to the first animation frame after the last
change to the preview pane (the finished picture on screen), measured with ``performance.now()``. Desktop: a
``python`` subprocess measures itself from the top of the program (before ``import turtle``) to after ``update()``.
Target: page/desktop at most 2.0.

(b) animated drawing at ``speed(6)`` with the default delay (a square of side 100, a circle of radius 50 and a
five-pointed star of side 120), measured the same way: wall-time ratio page/desktop, target 0.75 to 1.25.

Median of ``--repeats`` (default 3) each, page and desktop alternating.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _common import build_pyroom_site, chromium, fmt_ms, median, serving, workdir

FAST = """\
import turtle
screen = turtle.Screen()
t = turtle.Turtle()
turtle.tracer(0)
for i in range(20000):
    t.forward(i % 97 / 4 + 1)
    t.left(59)
turtle.update()
"""

ANIMATED = """\
import turtle
screen = turtle.Screen()
t = turtle.Turtle()
t.speed(6)
for _ in range(4):
    t.forward(100)
    t.left(90)
t.circle(50)
for _ in range(5):
    t.forward(120)
    t.right(144)
turtle.update()
"""

PROGRAMS = {"fast": FAST, "animated": ANIMATED}


def page_source() -> str:
    blocks = []
    for name, code in PROGRAMS.items():
        body = "\n".join(("   " + line) if line else "" for line in code.splitlines())
        blocks.append(f".. pyroom::\n   :name: bench-{name}\n   :preview: turtle\n\n{body}\n")
    return "Turtle bench\n============\n\n" + "\n".join(blocks)


#: Run a block and time it to the first frame after the pane's last change (the picture on screen).
TIMED_RUN = """async (id) => {
  const api = window.pyroom.get(id);
  const pane = api.element.querySelector(".pyroom-preview");
  let changed = false;
  let shown = null;
  const observer = new MutationObserver(() => { changed = true; });
  observer.observe(pane, { subtree: true, childList: true, attributes: true, characterData: true });
  let running = true;
  const frame = (now) => {
    if (changed) { shown = now; changed = false; }
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const start = performance.now();
  const result = await api.run();
  if (result.status !== "done") throw new Error(JSON.stringify(result));
  // The display operations apply after the run's result; wait until the pane has been quiet for 5 frames.
  let quiet = 0;
  while (quiet < 5) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    quiet = changed || shown === null ? 0 : quiet + 1;
  }
  running = false;
  observer.disconnect();
  const items = pane.querySelectorAll("svg [data-item]").length;
  return { ms: shown - start, items };
}"""

DESKTOP = """\
import json, sys, time
start = time.perf_counter()
exec(compile(sys.argv[1], "<bench>", "exec"), {"__name__": "__main__"})
elapsed = time.perf_counter() - start
import turtle
items = len(turtle.getcanvas().find_all())
print(json.dumps({"ms": elapsed * 1000, "items": items}))
"""


class Xvfb:
    """A private X display for the desktop runs."""

    def __init__(self) -> None:
        exe = shutil.which("Xvfb")
        if exe is None:
            raise SystemExit("Xvfb is missing: apt-get install -y xvfb")
        for number in range(80, 130):
            if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
                break
        self.display = f":{number}"
        self.proc = subprocess.Popen(
            [exe, self.display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise SystemExit("Xvfb did not start")
            time.sleep(0.05)

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def desktop_run(code: str, env: dict, cwd: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", DESKTOP, code], env=env, cwd=cwd, capture_output=True, text=True, timeout=600
    )
    if proc.returncode != 0:
        raise SystemExit(f"desktop turtle failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    xvfb = Xvfb()
    try:
        with workdir("pyroom-bench-turtle-") as tmp:
            site = build_pyroom_site({"index": page_source()}, tmp)
            env = dict(os.environ, DISPLAY=xvfb.display)
            cwd = tmp / "desktop"  # no turtle.cfg: desktop defaults on both sides
            cwd.mkdir()
            with serving(site) as base, chromium() as browser:
                page = browser.new_page(viewport={"width": 1280, "height": 1000})
                page.goto(base + "index.html")
                page.wait_for_function("window.pyroom")
                for name in PROGRAMS:  # boot Python and warm up (imports, the preview module)
                    page.evaluate(TIMED_RUN, f"bench-{name}")
                results = {}
                for name, code in PROGRAMS.items():
                    ours, theirs = [], []
                    items = {}
                    for _ in range(args.repeats):
                        run = page.evaluate(TIMED_RUN, f"bench-{name}")
                        ours.append(run["ms"])
                        items["page"] = run["items"]
                        run = desktop_run(code, env, cwd)
                        theirs.append(run["ms"])
                        items["desktop"] = run["items"]
                    results[name] = (ours, theirs, items)
    finally:
        xvfb.close()

    targets = {"fast": (None, 2.0), "animated": (0.75, 1.25)}
    titles = {
        "fast": "(a) 20,000 steps under tracer(0), Run to picture on screen",
        "animated": "(b) animated drawing at speed(6), square + circle + star",
    }
    for name, (ours, theirs, items) in results.items():
        ratio = median(ours) / median(theirs)
        low, high = targets[name]
        ok = ratio <= high and (low is None or ratio >= low)
        target = f"<= {high:.2f}" if low is None else f"{low:.2f} to {high:.2f}"
        print(titles[name])
        print(f"  page:    {fmt_ms(ours)}  ({items['page']} canvas items)")
        print(f"  desktop: {fmt_ms(theirs)}  ({items['desktop']} canvas items)")
        print(f"  page/desktop: {ratio:.3f}x  target {target}: {'ok' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
