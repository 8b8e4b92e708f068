// The page's side of the worker: boots the one shared worker, sends runs, routes output back to the block that
// asked, answers input() and implements Stop (interrupt under isolation; otherwise a restart, and it says so).

import { createChannel, sendAnswer, sendStop, pushEvents } from "./sync.js";

const STOP_GRACE_MS = { sab: 2500, jspi: 800, none: 400 }; // (none: a live program answers at once; a busy one cannot)

export class PythonHost {
  /** `forceMode` ("jspi" or "none"): behave as a browser without SharedArrayBuffer (and without JSPI) would. */
  constructor({ indexURL, workerURL, runtimeURL, packages = [], indexUrls = [], snapshot = true, forceMode = null }) {
    Object.assign(this, { indexURL, workerURL, runtimeURL, packages, indexUrls, snapshot, forceMode });
    this.worker = null;
    this.ready = null;
    this.mode = null;
    this.runs = new Map();
    this.nextRun = 1;
    this.onProgress = () => {};
    this.restarts = 0;
  }

  /** Start the worker (once); resolves when Python is ready. */
  boot() {
    if (this.ready) return this.ready;
    this.channel = this.forceMode ? null : createChannel();
    const worker = new Worker(this.workerURL, { type: "module", name: "pyroom" });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      this._bootDone = { resolve, reject };
    });
    this.ready.catch(() => {}); // reported to the runs that wait on it
    worker.onmessage = (event) => this._receive(event.data);
    worker.onerror = (event) => this._fatal(event.message || "the Python worker failed to load");
    worker.postMessage({
      type: "boot",
      indexURL: this.indexURL,
      runtimeURL: this.runtimeURL,
      snapshot: this.snapshot,
      ctl: this.channel?.ctl,
      interrupt: this.channel?.interrupt,
      force: this.forceMode,
    });
    return this.ready;
  }

  get booted() {
    return this.mode !== null;
  }

  /** Run a request ({code, filename, session, fresh, setup, stdin, cwd, packages}); handlers get events. */
  run(request, handlers) {
    this.boot();
    const runId = this.nextRun++;
    handlers.runId = runId;
    const packages = [...this.packages, ...(request.packages || [])];
    return new Promise((resolve) => {
      this.runs.set(runId, { handlers, resolve });
      this.worker.postMessage({ ...request, packages, indexUrls: this.indexUrls, type: "run", runId });
    });
  }

  /** Events from a preview pane for the running program (mailbox under isolation, messages otherwise). */
  sendEvents(events) {
    if (!this.worker || !events.length) return;
    if (this.channel) {
      if (!pushEvents(this.channel, events)) console.warn("pyroom: the program is not reading its events; dropped some");
    } else this.worker.postMessage({ type: "events", events });
  }

  answer(line) {
    if (this.channel) sendAnswer(this.channel, line);
    else this.worker?.postMessage({ type: "answer", line });
  }

  /** Ask the running program to stop; if it does not within the grace time, restart Python. */
  stop(runId) {
    const run = this.runs.get(runId);
    if (!run || run.stopping) return;
    run.stopping = true;
    if (!run.begun) {
      // Still queued behind another block: drop it without touching the program that is running.
      this.worker?.postMessage({ type: "cancel", runId });
      this.runs.delete(runId);
      run.resolve({ status: "stopped", error: null });
      return;
    }
    const mode = this.mode || "none";
    if (this.channel && mode === "sab") sendStop(this.channel);
    else this.worker?.postMessage({ type: "stop" });
    const grace = this.booted ? STOP_GRACE_MS[mode] : 0;
    run.stopTimer = setTimeout(() => {
      if (this.runs.has(runId)) this.restart(this._restartReason(mode));
    }, grace);
  }

  _restartReason(mode) {
    if (mode === "sab") return "Stopped: the program did not respond, so Python was restarted; variables from earlier runs are gone.";
    return "Stopped by restarting Python, since this page is not cross-origin isolated (it cannot interrupt running code); variables from earlier runs are gone.";
  }

  forget(session) {
    this.worker?.postMessage({ type: "forget", session });
  }

  /** End the worker; every unfinished run ends as stopped with `reason`. Python boots again on the next run. */
  restart(reason) {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    this.mode = null;
    this.restarts++;
    const runs = [...this.runs.values()];
    this.runs.clear();
    for (const run of runs) {
      clearTimeout(run.stopTimer);
      run.handlers.onOut?.("note", reason + "\n");
      run.resolve({ status: "stopped", error: reason, restarted: true });
    }
  }

  _fatal(message) {
    this._bootDone?.reject(new Error(message));
    this.restart(message);
  }

  _receive(message) {
    const run = this.runs.get(message.runId);
    switch (message.type) {
      case "ready":
        this.mode = message.mode;
        this.version = message.version;
        this.bootMode = message.boot;
        this._bootDone.resolve(message);
        break;
      case "progress":
        for (const r of this.runs.values()) r.handlers.onProgress?.(message.text);
        this.onProgress(message.text);
        break;
      case "begin":
        if (run) run.begun = true;
        break;
      case "started":
        run?.handlers.onStarted?.();
        break;
      case "out":
        run?.handlers.onOut?.(message.stream, message.text);
        break;
      case "wait":
        if (message.kind === "query") {
          // A program asks its display something (geometry, fonts, a dialog) and blocks until answered.
          Promise.resolve(run?.handlers.onQuery?.(JSON.parse(message.prompt)))
            .catch((err) => (console.error(err), null))
            .then((answer) => this.answer(JSON.stringify(answer ?? null)));
        } else run?.handlers.onWait?.(message.prompt);
        break;
      case "display":
        run?.handlers.onDisplay?.(message.ops, message.partial);
        break;
      case "finished":
        if (!run) break;
        clearTimeout(run.stopTimer);
        this.runs.delete(message.runId);
        run.resolve(message.result);
        break;
      case "fatal":
        this._fatal(message.message);
        break;
    }
  }
}
