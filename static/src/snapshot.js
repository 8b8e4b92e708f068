// Boot from a memory snapshot: after the first boot on a site, a throwaway worker boots Python once more, imports
// Pyroom's runtime (and the tkinter/turtle shims, unless importing them makes the interpreter's memory grow, which
// Pyodide could not restore: see warmSnapshot), copies the interpreter's memory (Pyodide's
// `makeMemorySnapshot`, ~31 MB) and stores it in Cache Storage, keyed by the Pyodide version and the runtime's
// hash. Every later page restores it (`_loadSnapshot`) in a fraction of a normal boot. Anything that goes wrong
// (no Cache Storage, a quota, a corrupt or foreign entry) ends in a normal boot and removes the entry, silently.
//
// Why a throwaway worker at idle time: a snapshot needs `loadPyodide({_makeSnapshot: true})` and must be taken
// before the page's `host` object reaches Python (Pyodide cannot serialise it) and before user code runs, so the
// page's own worker could only take it during its boot, on the reader's first run. The second worker costs
// nothing on that path; it starts once the page's worker has nothing queued.
//
// Clearing: `window.pyroom.clearSnapshot()` (clearSnapshots below), or the browser's "clear site data".

export const CACHE_NAME = "pyroom-snapshots";
const IDLE_MS = 1000; // the page's worker must stay idle this long before the throwaway worker starts
const MAKE_TIMEOUT_MS = 180_000;
const RUNTIME_ROOT = "/lib/pyroom";

/** Where the snapshot of this site's runtime lives (a URL under the site's static folder, so sites sharing an
 * origin keep their own); `prefix` covers every version of it. */
export function snapshotKey(runtimeURL, version, hash) {
  const prefix = new URL("pyroom-snapshot/", runtimeURL).href;
  return { prefix, key: `${prefix}${encodeURIComponent(version)}/${encodeURIComponent(hash)}` };
}

async function openCache() {
  if (typeof caches === "undefined") return null; // not a secure context, or a browser without Cache Storage
  return caches.open(CACHE_NAME);
}

/**
 * Start reading the snapshot stored for this site, if any, before the Pyodide version and runtime hash that key
 * it are known (they arrive with pyodide.mjs and runtime.json, which load meanwhile). Resolves null or
 * {url, bytes} where `bytes` is a promise of the Uint8Array (rejects for a truncated entry).
 */
export async function findSnapshot(message) {
  if (message.snapshot === false) return null;
  try {
    const cache = await openCache();
    if (!cache) return null;
    const { prefix } = snapshotKey(message.runtimeURL, "", "");
    const request = (await cache.keys()).find((r) => r.url.startsWith(prefix));
    const response = request && (await cache.match(request));
    if (!response) return null;
    const bytes = response.arrayBuffer().then((buffer) => {
      if (String(buffer.byteLength) !== response.headers.get("x-pyroom-length")) throw new Error("truncated snapshot");
      return new Uint8Array(buffer);
    });
    bytes.catch(() => {}); // handled where it is used; unused when the entry turns out stale
    return { url: request.url, bytes };
  } catch {
    return null;
  }
}

/** Store `bytes` as the snapshot `key`, replacing other versions of the same site; false when it could not
 * (no Cache Storage, quota): the next page then simply boots normally. */
export async function storeSnapshot({ key, prefix }, bytes) {
  try {
    const cache = await openCache();
    if (!cache) return false;
    for (const request of await cache.keys()) {
      if (request.url.startsWith(prefix) && request.url !== key) await cache.delete(request);
    }
    const headers = { "content-type": "application/octet-stream", "x-pyroom-length": String(bytes.length) };
    await cache.put(key, new Response(bytes, { headers }));
    return true;
  } catch {
    await deleteSnapshot(key);
    return false;
  }
}

export async function deleteSnapshot(key) {
  try {
    const cache = await openCache();
    if (cache) await cache.delete(key);
  } catch {
    // nothing stored, or storage is unavailable: nothing to remove
  }
}

/** Remove every stored snapshot of this origin (resolves true when there were some). */
export async function clearSnapshots() {
  try {
    return typeof caches !== "undefined" && (await caches.delete(CACHE_NAME));
  } catch {
    return false;
  }
}

const MARKER = "_pyroom_snapshot";

/**
 * Load Pyodide for the page's worker: from the stored snapshot (`stored`: what findSnapshot resolves to) when it is
 * this site's current one and restores, else normally. `pyodideModule` and `files` are promises of pyodide.mjs
 * and runtime.json (a normal boot does not wait for runtime.json), `message` the boot message ({indexURL,
 * runtimeURL, snapshot}). Resolves {pyodide, boot: "snapshot" | "fresh"}. The runtime's files are not in a
 * snapshot (the file system lives outside Python's memory): the caller writes them as after a normal boot.
 */
export async function loadPython(message, pyodideModule, files, stored, options = {}) {
  files.catch(() => {}); // a failed fetch is the caller's error, reported where it awaits runtime.json
  const { loadPyodide, version } = await pyodideModule;
  const config = { ...options, indexURL: message.indexURL };
  const found = await stored;
  if (found) {
    try {
      // The bytes may still be arriving (Pyodide awaits them after loading its own script), and so may
      // runtime.json, which says which snapshot is current: restore meanwhile, then check.
      const [pyodide, { hash }] = await Promise.all([loadPyodide({ ...config, _loadSnapshot: found.bytes }), files]);
      const { key } = snapshotKey(message.runtimeURL, version, hash);
      if (found.url !== key) throw new Error("it is the snapshot of another release of the site");
      const marker = pyodide.runPython(`import sys; getattr(sys.modules.get("pyroom_runtime"), "${MARKER}", None)`);
      if (marker !== key) throw new Error("it holds another runtime");
      return { pyodide, boot: "snapshot" };
    } catch (err) {
      console.info("Pyroom: booting normally, the stored snapshot could not be restored:", err?.message || err);
      await deleteSnapshot(found.url); // corrupt, stale, from another build, or a browser that cannot restore it
    }
  }
  return { pyodide: await loadPyodide(config), boot: "fresh" };
}

/**
 * In the page's worker after a fresh boot: once `currentQueue()` (the worker's run queue) has settled and stayed
 * the same for IDLE_MS, make the snapshot in a throwaway worker (this same script, message "snapshot").
 */
export function snapshotWhenIdle(message, currentQueue) {
  if (message.snapshot === false || typeof Worker === "undefined" || typeof caches === "undefined") return;
  whenIdle(currentQueue)
    .then(() => snapshotInWorker(message))
    .then((result) => self.postMessage({ ...result, type: "snapshot" })) // diagnostics; the page needs nothing
    .catch(() => {}); // no snapshot this time: the next page boots normally and tries again
}

async function whenIdle(currentQueue) {
  for (;;) {
    const queue = currentQueue();
    await queue.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    if (currentQueue() === queue) return;
  }
}

async function snapshotInWorker(message) {
  const worker = new Worker(self.location.href, { type: "module", name: "pyroom-snapshot" });
  try {
    return await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ stored: false, error: "timed out" }), MAKE_TIMEOUT_MS);
      worker.onmessage = (event) => {
        clearTimeout(timer);
        resolve(event.data);
      };
      worker.onerror = (event) => {
        clearTimeout(timer);
        event.preventDefault?.();
        resolve({ stored: false, error: event.message || "the snapshot worker failed" });
      };
      worker.postMessage({ type: "snapshot", indexURL: message.indexURL, runtimeURL: message.runtimeURL });
    });
  } finally {
    worker.terminate();
  }
}

/** Boot Python for a snapshot and import the runtime (and the shims when `shims`): the snapshot's bytes, or null
 * when the imports made the interpreter's memory grow. Pyodide restores a snapshot into the memory a fresh
 * interpreter starts with ("offset is out of bounds" otherwise), so a grown one could never be restored. */
async function warmSnapshot(loadPyodide, indexURL, files, key, shims) {
  const pyodide = await loadPyodide({ indexURL, _makeSnapshot: true });
  const heap = () => pyodide._module?.HEAP8?.length ?? 0;
  const initial = heap();
  for (const [path, source] of Object.entries(files.files)) {
    const full = `${RUNTIME_ROOT}/${path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    pyodide.FS.writeFile(full, source);
  }
  pyodide.runPython(
    [
      "def _pyroom_warm(root, key, shims):",
      "    import sys",
      "    if root not in sys.path: sys.path.insert(0, root)",
      "    import pyroom_runtime",
      `    setattr(pyroom_runtime, "${MARKER}", key)`,
      "    if not shims:",
      "        return",
      "    try:",
      "        import tkinter, tkinter.ttk, turtle",
      "    except Exception:", // no shims in this runtime (or they cannot import yet): they load on first use
      "        for name in [m for m in sys.modules if m == 'turtle' or m.split('.')[0] == 'tkinter']:",
      "            del sys.modules[name]",
      `_pyroom_warm(${JSON.stringify(RUNTIME_ROOT)}, ${JSON.stringify(key)}, ${shims ? "True" : "False"})`,
      "del _pyroom_warm",
    ].join("\n"),
  );
  if (initial && heap() > initial) return null;
  return pyodide.makeMemorySnapshot();
}

/** In the throwaway worker: boot Python for a snapshot, import the runtime and shims, store the snapshot. */
export async function makeSnapshot(message) {
  const started = performance.now();
  try {
    const [{ loadPyodide, version }, files] = await Promise.all([
      import(message.indexURL + "pyodide.mjs"),
      fetch(message.runtimeURL).then((r) => {
        if (!r.ok) throw new Error(`runtime.json: ${r.status}`);
        return r.json();
      }),
    ]);
    const where = snapshotKey(message.runtimeURL, version, files.hash);
    // With the shims imported first; if that grew Python's memory, with the runtime alone (the shims then load on
    // first use): this Pyodide restores a snapshot only into the memory it starts with.
    const bytes = (await warmSnapshot(loadPyodide, message.indexURL, files, where.key, true)) ||
      (await warmSnapshot(loadPyodide, message.indexURL, files, where.key, false));
    if (!bytes) throw new Error("Python's memory grew while the runtime was imported: no snapshot restores it");
    const stored = await storeSnapshot(where, bytes);
    self.postMessage({ stored, bytes: bytes.length, ms: Math.round(performance.now() - started) });
  } catch (err) {
    self.postMessage({ stored: false, error: String(err?.message || err) });
  }
  self.close();
}
