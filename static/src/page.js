// The page controller, the only script a page loads up front: finds the blocks, wires them to the one shared
// Python worker, boots it when the `preload` setting says, and publishes `window.pyroom`.

import { PythonHost } from "./host.js";
import { Block, loadEditorModule } from "./block.js";
import { clearSnapshots } from "./snapshot.js";

const base = import.meta.url;

function readConfig() {
  const tag = document.querySelector("script[data-pyroom-config]");
  try {
    return JSON.parse(tag?.dataset.pyroomConfig || "{}");
  } catch {
    return {};
  }
}

function slug(text) {
  return text.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase() || "index";
}

/** Whether `element` is shown within the margin the visibility observer uses (200px). */
function nearViewport(element) {
  const r = element.getBoundingClientRect();
  const shown = r.width > 0 || r.height > 0;
  return shown && r.bottom >= -200 && r.top <= innerHeight + 200 && r.right >= -200 && r.left <= innerWidth + 200;
}

class Page {
  constructor(config) {
    this.config = config;
    this.base = base;
    const indexURL = !config.pyodide || config.pyodide === "local" ? new URL("pyodide/", base).href : config.pyodide;
    this.host = new PythonHost({
      indexURL,
      workerURL: new URL("worker.js", base),
      runtimeURL: new URL("runtime.json", base).href,
      packages: config.packages || [],
      indexUrls: (config.indexUrls || []).map((url) => new URL(url, location.href).href),
      snapshot: config.snapshot !== false,
      // ?pyroom-mode=jspi or none: see the page as browsers without SharedArrayBuffer (or also JSPI) run it
      forceMode: ["jspi", "none"].includes(new URLSearchParams(location.search).get("pyroom-mode"))
        ? new URLSearchParams(location.search).get("pyroom-mode")
        : null,
    });
    this.blocks = new Map();
    this.facades = new WeakMap();
    this.cwd = `/home/pyodide/pages/${slug(location.pathname)}`;
    this.visible = new IntersectionObserver((entries) => this._onVisible(entries), { rootMargin: "200px" });
  }

  /** Attach every block under `root` not attached yet (safe to call again after instant navigation). */
  mount(root = document) {
    let index = this.blocks.size;
    for (const element of root.querySelectorAll("div.pyroom[id]")) {
      if (this.blocks.has(element.id) && this.blocks.get(element.id).element === element) continue;
      const block = new Block(element, this);
      index++;
      if (block.session && block.filename === "main.py") block.filename = `main_${index}.py`;
      this.blocks.set(element.id, block);
      if (block.options.setup) continue;
      if (block.options.autorun || this.config.preload === "visible") this.visible.observe(element);
      // An autorun block in view runs once the observer reports it, a frame or more later: Python starts now.
      if (block.options.autorun && nearViewport(element)) this.host.boot();
    }
    // Forget blocks whose elements left the document (instant navigation replaced the content).
    for (const [id, block] of this.blocks) {
      if (!block.element.isConnected) {
        this.visible.unobserve(block.element);
        block.destroy();
        this.blocks.delete(id);
      }
    }
    if (this.config.preload === "load" && this.runnable().length) this.host.boot();
  }

  stopLive(except) {
    for (const block of this.blocks.values()) if (block !== except && block.state === "live") block.stop();
  }

  runnable() {
    return [...this.blocks.values()].filter((b) => !b.options.setup);
  }

  setupFor(session) {
    return [...this.blocks.values()]
      .filter((b) => b.options.setup && b.session === session)
      .map((b) => ({ code: b.original, filename: b.filename === "main.py" ? `setup_${slug(b.id)}.py` : b.filename }));
  }

  interacted() {
    loadEditorModule(base); // warm the editor so the first edit feels instant
    if (this.config.preload === "interaction") this.host.boot();
  }

  _onVisible(entries) {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const block = this.blocks.get(entry.target.id);
      this.visible.unobserve(entry.target);
      if (this.config.preload === "visible") this.host.boot();
      if (block?.options.autorun && block.state === "idle") block.run();
    }
  }

  /** Mark the failing line in the block whose file it is (this one, or another block of its session). */
  async markError(block, file, line) {
    let target = block;
    if (file && file !== block.filename) {
      target = this.runnable().find((b) => b.filename === file && b.session === block.session) || null;
    }
    if (!target) return;
    await target.openEditor({ focus: false });
    target.editor.markLine(line);
  }

  api(block) {
    let facade = this.facades.get(block);
    if (!facade) {
      facade = Object.freeze({
        id: block.id,
        element: block.element,
        get code() {
          return block.code;
        },
        set code(value) {
          block.code = value;
        },
        get state() {
          return block.state;
        },
        get session() {
          return block.session;
        },
        run: () => block.run(),
        stop: () => block.stop(),
        reset: () => block.reset(),
      });
      this.facades.set(block, facade);
    }
    return facade;
  }
}

const page = new Page(readConfig());
page.mount();

window.pyroom = Object.freeze({
  version: "0.1.0",
  get blocks() {
    return page.runnable().map((b) => page.api(b));
  },
  get: (id) => {
    const block = page.blocks.get(id);
    return block && !block.options.setup ? page.api(block) : null;
  },
  /** How Python waits here: "sab", "jspi" or "none" (null until Python has booted). */
  get mode() {
    return page.host.mode;
  },
  /** How Python booted: "snapshot" (restored from an earlier page's memory snapshot) or "fresh" (null before). */
  get bootMode() {
    return page.host.bootMode ?? null;
  },
  /** Forget the stored memory snapshots of this site (the next page boots normally and stores a new one). */
  clearSnapshot: () => clearSnapshots(),
  boot: () => page.host.boot(),
  mount: (root) => page.mount(root),
});
document.dispatchEvent(new CustomEvent("pyroom:ready"));
