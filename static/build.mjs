// Builds the browser assets into pyroom/_static (shipped inside the wheel): three ES modules, the CSS and
// runtime.json, which carries the Python that runs inside Pyodide with a hash of it (used to version caches).

import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "pyroom", "_static");
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [
    { in: join(root, "static/src/page.js"), out: "pyroom" },
    { in: join(root, "static/src/editor.js"), out: "editor" },
    { in: join(root, "static/src/worker.js"), out: "worker" },
    { in: join(root, "static/src/preview/pane.js"), out: "preview" },
    { in: join(root, "static/css/pyroom.css"), out: "pyroom" },
  ],
  outdir: out,
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  loader: { ".css": "css" },
});

function pythonFiles(dir) {
  const files = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "__pycache__") Object.assign(files, pythonFiles(path));
    } else if (name.endsWith(".py")) {
      files[relative(join(root, "static/python"), path)] = readFileSync(path, "utf8");
    }
  }
  return files;
}

const files = pythonFiles(join(root, "static/python"));
const hash = createHash("sha256").update(JSON.stringify(files)).digest("hex").slice(0, 16);
writeFileSync(join(out, "runtime.json"), JSON.stringify({ hash, files }));
console.log(`pyroom: built assets into ${relative(root, out)} (runtime ${hash})`);
