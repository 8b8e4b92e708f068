// Runs Pyroom's tkinter inside Pyodide (Node): node tk_pyodide_smoke.mjs REPO
// Prints one JSON line with what the Python side observed.
import fs from "fs";
import path from "path";

const repo = process.argv[2];
const { loadPyodide } = await import(path.join(repo, "node_modules/pyodide/pyodide.mjs"));
const py = await loadPyodide({ indexURL: path.join(repo, "node_modules/pyodide") + "/" });

function copy(dir, dest) {
  py.FS.mkdirTree(dest);
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isDirectory()) {
      if (f !== "__pycache__") copy(p, dest + "/" + f);
    } else if (f.endsWith(".py")) {
      py.FS.writeFile(dest + "/" + f, fs.readFileSync(p));
    }
  }
}
copy(path.join(repo, "static/python/tkinter"), "/home/pyodide/shim/tkinter");
copy(path.join(repo, "static/python/pyroom_runtime"), "/home/pyodide/shim/pyroom_runtime");
const out = py.runPython(`
import json, sys
sys.path.insert(0, "/home/pyodide/shim")
import tkinter as tk
from tkinter import ttk, messagebox, filedialog, font, scrolledtext, simpledialog, colorchooser
from pyroom_runtime.display import RecordingDisplay, set_display, FakeClock
d = RecordingDisplay(clock=FakeClock())
set_display(d)
root = tk.Tk()
c = tk.Canvas(root, width=300, height=200)
c.pack()
for i in range(100):
    c.create_line(i, 0, 0, i, fill="red", tags="l")
v = tk.StringVar()
e = ttk.Entry(root, textvariable=v)
e.pack()
hits = []
c.bind("<B1-Motion>", lambda ev: hits.append((ev.x, ev.y)))
d.inject({"type": "Motion", "w": str(c), "x": 3, "y": 4, "state": 256})
d.inject({"type": "Value", "w": str(e), "value": "typed"})
items = len(c.find_withtag("l"))  # before destroy: a destroyed canvas's commands raise TclError, as in Tk
root.after(10, root.destroy)
root.mainloop()
json.dumps({"version": sys.version.split()[0], "file": tk.__file__, "items": items,
            "hits": hits, "value": v.get(), "answer": messagebox.askyesno("q", "?"),
            "unsupported": len(tk._pyroom_unsupported())})
`);
console.log(out);
