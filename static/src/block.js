// One block on the page: its buttons, state, output log, input field, saved edits and (once the reader edits)
// its editor. Everything the program prints is inserted as text, never as HTML.

import { saveEdit, loadEdit, clearEdit } from "./storage.js";

const MAX_OUTPUT_CHARS = 200_000;
let editorModule = null;
let previewModule = null;

export function loadEditorModule(base) {
  editorModule ??= import(new URL("editor.js", base).href);
  return editorModule;
}

export class Block {
  constructor(element, page) {
    this.element = element;
    this.page = page;
    this.id = element.id;
    const data = JSON.parse(element.dataset.pyroomBlock);
    this.original = data.code;
    this.hash = data.hash;
    this.options = data.options || {};
    this.filename = data.filename;
    this.session = this.options.session || null;
    this.editor = null;
    this.runId = null;
    this.runPromise = null;
    if (this.options.setup) return;

    const $ = (selector) => element.querySelector(selector);
    this.runButton = $(".pyroom-run");
    this.stopButton = $(".pyroom-stop");
    this.resetButton = $(".pyroom-reset");
    this.status = $(".pyroom-status");
    this.pre = $(".pyroom-code pre");
    this.output = $(".pyroom-output");

    const saved = loadEdit(this.id);
    this._code = saved && saved.code !== this.original ? saved.code : this.original;
    this.resetButton.disabled = this._code === this.original;
    if (saved && saved.hash !== this.hash && this._code !== this.original) {
      this.setStatus("The author changed this example after you edited it; Reset shows the new version.");
    }

    this.runButton.addEventListener("click", () => this.run());
    this.stopButton.addEventListener("click", () => this.stop());
    this.resetButton.addEventListener("click", () => this.reset());
    this.pre.addEventListener("pointerdown", (event) => {
      if (event.button === 0) this.openEditor({ clickEvent: event });
    });
    this.pre.addEventListener("keydown", (event) => this._preKey(event));
    for (const type of ["pointerenter", "focusin"]) {
      element.addEventListener(type, () => this.page.interacted(), { once: true });
    }
    if (this._code !== this.original) this.openEditor({ focus: false });
  }

  get code() {
    return this.editor ? this.editor.getCode() : this._code;
  }

  set code(value) {
    this._code = String(value);
    if (this.editor) this.editor.setCode(this._code);
    else if (this._code !== this.original) this.openEditor({ focus: false });
    this._edited(this._code);
  }

  get state() {
    return this.element.dataset.pyroomState;
  }

  setState(state) {
    if (this.element.dataset.pyroomState === state) return;
    this.element.dataset.pyroomState = state;
    const busy = ["booting", "running", "waiting", "live"].includes(state);
    this.runButton.disabled = busy;
    this.stopButton.disabled = !busy;
    this.element.dispatchEvent(new CustomEvent("pyroom:state", { bubbles: true, detail: { state, block: this.page.api(this) } }));
  }

  setStatus(text) {
    this.status.textContent = text;
  }

  async openEditor({ clickEvent, focus = true } = {}) {
    if (this.editor || this._opening) return this._opening;
    this._opening = (async () => {
      const { createEditor } = await loadEditorModule(this.page.base);
      this.editor = createEditor(this.pre, this._code, {
        readonly: Boolean(this.options.readonly),
        clickEvent,
        onRun: () => this.run(),
        onEscape: () => this.runButton.focus(),
        onChange: (code) => this._edited(code),
      });
      if (focus) this.editor.focus();
    })();
    return this._opening;
  }

  _preKey(event) {
    if (event.target !== this.pre) return; // keys inside the editor are the editor's
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey || event.shiftKey)) {
      event.preventDefault();
      this.run();
    } else if (event.key === "Enter" && !this.options.readonly) {
      event.preventDefault();
      this.openEditor();
    }
  }

  _edited(code) {
    this._code = code;
    this.resetButton.disabled = code === this.original;
    if (code === this.original) clearEdit(this.id);
    else saveEdit(this.id, code, this.hash);
  }

  /** The block left the page (instant navigation): stop its run and release its editor and preview. */
  destroy() {
    if (this.runId !== null) this.stop();
    this.editor?.destroy();
    this.editor = null;
    this.closePreview();
  }

  reset() {
    if (this.runId === null) this.closePreview();
    clearEdit(this.id);
    this._code = this.original;
    this.editor?.setCode(this.original);
    this.resetButton.disabled = true;
    this.setStatus("");
  }

  stop() {
    if (this.runId !== null) this.page.host.stop(this.runId);
  }

  // --- output -------------------------------------------------------------------------------------------------

  clearOutput() {
    if (this._frame) cancelAnimationFrame(this._frame);
    this._frame = null;
    this._pending = [];
    this.output.replaceChildren();
    this.output.hidden = true;
    this._outputChars = 0;
    this.stdout = "";
    this.stderr = "";
  }

  write(stream, text) {
    // The run's result keeps the newest output, bounded like the log.
    if (stream === "stdout") this.stdout = (this.stdout + text).slice(-MAX_OUTPUT_CHARS);
    else if (stream === "stderr") this.stderr = (this.stderr + text).slice(-MAX_OUTPUT_CHARS);
    // Output is drawn once per frame: a program printing in a tight loop must not force a layout per line.
    const pending = (this._pending ??= []);
    const last = pending[pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else pending.push({ stream, text });
    this._frame ??= requestAnimationFrame(() => this._drawOutput());
  }

  _drawOutput() {
    this._frame = null;
    const pending = this._pending || [];
    this._pending = [];
    if (!pending.length) return;
    this.output.hidden = false;
    const field = this.output.querySelector(".pyroom-input");
    for (const { stream, text } of pending) {
      const last = field ? field.previousElementSibling : this.output.lastElementChild;
      if (last && last.dataset.stream === stream) last.append(text);
      else {
        const span = document.createElement("span");
        span.className = `pyroom-${stream}`;
        span.dataset.stream = stream;
        span.textContent = text;
        this.output.insertBefore(span, field);
      }
      this._outputChars += text.length;
    }
    if (this._outputChars > MAX_OUTPUT_CHARS) this._trimOutput();
    this.output.scrollTop = this.output.scrollHeight;
  }

  _trimOutput() {
    // Keep the newest output: a program that prints forever must not grow the page without bound.
    while (this._outputChars > MAX_OUTPUT_CHARS / 2 && this.output.firstElementChild) {
      const first = this.output.firstElementChild;
      this._outputChars -= first.textContent.length;
      first.remove();
    }
    const note = document.createElement("span");
    note.className = "pyroom-note";
    note.dataset.stream = "note";
    note.textContent = "… earlier output removed …\n";
    this.output.prepend(note);
  }

  askInput(prompt) {
    this._drawOutput();
    this.setState("waiting");
    const field = document.createElement("input");
    field.type = "text";
    field.className = "pyroom-input";
    field.setAttribute("aria-label", prompt ? `Input: ${prompt.trim()}` : "Input for the program");
    field.autocomplete = "off";
    field.spellcheck = false;
    field.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      const line = field.value;
      field.remove();
      this.setState("running");
      this.page.host.answer(line);
    });
    this.output.hidden = false;
    this.output.append(field);
    field.focus({ preventScroll: false });
  }

  // --- preview ----------------------------------------------------------------------------------------------

  /** The preview pane for this run (the display module loads on the first thing a program draws). */
  _pane() {
    this._panePromise ??= (async () => {
      previewModule ??= import(new URL("preview.js", this.page.base).href);
      const { Pane } = await previewModule;
      this.pane = new Pane(this.element.querySelector(".pyroom-preview"), {
        hidden: this.options.preview === "none",
        sendEvents: (events) => this.page.host.sendEvents(events),
        onLive: (live) => {
          if (this.runId !== null) this.setState(live ? "live" : "running");
          if (live && this.page.host.mode === "none") {
            this.setStatus("Live: this page cannot pause Python, so mainloop() returned at once and the code after it has run; the window still answers");
          }
        },
      });
      return this.pane;
    })();
    return this._panePromise;
  }

  _display(ops, partial) {
    // Operations apply in order, also while the module is still loading.
    this._displayChain = (this._displayChain || this._pane()).then((pane) => {
      pane.apply(ops, partial);
      return pane;
    });
  }

  closePreview() {
    this.pane?.destroy();
    this.pane = null;
    this._panePromise = null;
    this._displayChain = null;
  }

  // --- running ------------------------------------------------------------------------------------------------

  /** Run the block; resolves to {status, stdout, stderr, error}. A second call while running returns the same run. */
  run() {
    if (this.runPromise) return this.runPromise;
    this.runPromise = this._run().finally(() => {
      this.runPromise = null;
    });
    return this.runPromise;
  }

  async _run() {
    const host = this.page.host;
    this.clearOutput();
    this.closePreview(); // a new run starts with no windows, as a new process would
    this.editor?.markLine(null);
    this.setStatus("");
    this.setState("booting");
    const request = {
      code: this.code,
      filename: this.filename,
      session: this.session || `block:${this.id}`,
      fresh: !this.session,
      setup: this.session ? this.page.setupFor(this.session) : [],
      stdin: this.options.stdin ? this.options.stdin.split("\n") : [],
      cwd: this.page.cwd,
      packages: this.options.packages || [],
    };
    let started = false;
    const handlers = {
      onProgress: (text) => {
        if (!started) this.setStatus(text);
      },
      onStarted: () => {
        started = true;
        this.setStatus(host.mode === "none" ? "Running (input() is unavailable on this page)" : "");
        this.setState("running");
      },
      onOut: (stream, text) => this.write(stream, text),
      onWait: (prompt) => this.askInput(prompt),
      onDisplay: (ops, partial) => this._display(JSON.parse(ops), partial),
      onQuery: async (q) => (await this._pane()).query(q),
    };
    // A program waiting in mainloop() holds the one worker: a new run ends it, as running a second script
    // would replace the first window on a small screen.
    this.page.stopLive(this);
    const queued = host.runs.size > 0;
    const pending = host.run(request, handlers);
    this.runId = handlers.runId;
    // One worker runs one program at a time; say why nothing happens yet.
    if (queued) this.setStatus("Waiting for another block to finish (Stop it, or stop this one)");
    const result = await pending;
    this.runId = null;
    this._drawOutput();
    this.output.querySelector(".pyroom-input")?.remove();
    if (result.status === "error" && result.errorLine) this.page.markError(this, result.errorFile, result.errorLine);
    if (result.status === "stopped") {
      this.setStatus(result.restarted ? "Stopped (Python restarted)" : "Stopped");
      this.closePreview();
    }
    else if (result.status === "error") this.setStatus("Error");
    else this.setStatus("");
    this.setState(result.status === "error" ? "error" : "done");
    return { status: result.status, stdout: this.stdout, stderr: this.stderr, error: result.error || null };
  }
}
