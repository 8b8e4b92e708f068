// The program side: one module worker per page owns Pyodide and runs every block. It never touches the DOM;
// it talks to the page through messages (out) and, when Python must block, the synchronous channel (sync.js).

import { STOP, ANSWER, IDLE, readAnswer, cells, answerBytes, eventBytes, takeEvents } from "./sync.js";
import { findSnapshot, loadPython, makeSnapshot, snapshotWhenIdle } from "./snapshot.js";

let pyodide = null;
let runtime = null;
let mode = "none";
let ctl = null; // Int32Array over the SharedArrayBuffer of the sync channel (sab mode)
let data = null; // Uint8Array for answers (sab mode)
let events = null; // Uint8Array: the page's event mailbox (sab mode)
const eventQueue = []; // events posted by the page (jspi and none modes)
let interrupt = null; // Uint8Array: Pyodide's interrupt buffer (sab mode)
let currentRun = null;
let pendingWait = null; // jspi mode: {resolve} of the wait Python is suspended in
const installed = new Set();
let queue = Promise.resolve();
let bootPromise = null;

const post = (message) => self.postMessage(message);
const progress = (text) => post({ type: "progress", text });

function chooseMode(hasSab, force) {
  if (hasSab && !force) return "sab";
  if (typeof WebAssembly.Suspending === "function" && force !== "none") return "jspi";
  return "none";
}

// The object Python's runner calls (pyroom_runtime.configure(host)).
const host = {
  get mode() {
    return mode;
  },
  write(stream, text) {
    post({ type: "out", runId: currentRun, stream, text });
  },
  display(ops, partial) {
    post({ type: "display", runId: currentRun, ops, partial: Boolean(partial) });
  },
  wait_sync(kind, arg) {
    if (kind === "events") {
      // arg: timeout in ms, negative for none. The page bumps cell 3 whenever it adds events (or on Stop).
      const end = arg < 0 ? Infinity : performance.now() + arg;
      for (;;) {
        const seq = Atomics.load(ctl, 3);
        if (Atomics.load(ctl, 0) === STOP) return stopped();
        const got = takeEvents(ctl, events);
        if (got.length) return JSON.stringify(got);
        const left = end - performance.now();
        if (left <= 0) return "[]";
        Atomics.wait(ctl, 3, seq, left === Infinity ? undefined : left);
      }
    }
    if (kind === "sleep") {
      const end = performance.now() + arg;
      for (;;) {
        const left = end - performance.now();
        if (left <= 0) return true;
        Atomics.wait(ctl, 0, IDLE, left);
        if (Atomics.load(ctl, 0) === STOP) return stopped();
      }
    }
    post({ type: "wait", runId: currentRun, kind, prompt: String(arg) });
    for (;;) {
      Atomics.wait(ctl, 0, IDLE);
      // (input and query answers arrive here; Stop too)
      const state = Atomics.load(ctl, 0);
      if (state === STOP) return stopped();
      if (state === ANSWER) {
        const text = readAnswer(ctl, data);
        Atomics.store(ctl, 0, IDLE);
        return text;
      }
    }
  },
  wait_async(kind, arg) {
    if (kind === "events" && eventQueue.length) return Promise.resolve(JSON.stringify(eventQueue.splice(0)));
    return new Promise((resolve) => {
      pendingWait = { resolve, kind };
      if (kind === "events") {
        if (arg >= 0) pendingWait.timer = setTimeout(() => finishWait("[]"), arg);
      } else if (kind === "sleep") {
        const timer = setTimeout(() => finishWait(true), arg);
        pendingWait.timer = timer;
      } else {
        post({ type: "wait", runId: currentRun, kind, prompt: String(arg) });
      }
    });
  },
  wait_none(kind, arg) {
    // No way to block politely: a sleep spins (the page stays responsive, only this worker is busy).
    const end = performance.now() + arg;
    while (performance.now() < end);
    return true;
  },
};

function stopped() {
  Atomics.store(ctl, 0, IDLE);
  if (interrupt) interrupt[0] = 0; // the runner raises KeyboardInterrupt itself; don't raise a second one
  return undefined; // arrives in Python as None (null would be pyodide.ffi.jsnull)
}

function finishWait(value) {
  const wait = pendingWait;
  if (!wait) return;
  pendingWait = null;
  clearTimeout(wait.timer);
  wait.resolve(value);
}

async function boot(message) {
  mode = chooseMode(Boolean(message.ctl), message.force);
  if (mode === "sab") {
    ctl = cells(message.ctl);
    data = answerBytes(message.ctl);
    events = eventBytes(message.ctl);
    interrupt = new Uint8Array(message.interrupt);
  }
  progress("Loading Python…");
  const stored = findSnapshot(message); // starts reading a stored snapshot while pyodide.mjs loads
  const runtimeFiles = fetch(message.runtimeURL).then((r) => {
    if (!r.ok) throw new Error(`Pyroom's runtime could not be fetched (${r.status} ${message.runtimeURL})`);
    return r.json();
  });
  // From the memory snapshot an earlier page of the site stored, when there is a good one (snapshot.js).
  const options = { stdout: console.log, stderr: console.warn };
  const booted = await loadPython(message, import(message.indexURL + "pyodide.mjs"), runtimeFiles, stored, options);
  const files = await runtimeFiles;
  pyodide = booted.pyodide;
  if (interrupt) pyodide.setInterruptBuffer(interrupt);
  const root = "/lib/pyroom";
  for (const [path, source] of Object.entries(files.files)) {
    const full = `${root}/${path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    pyodide.FS.writeFile(full, source);
  }
  pyodide.runPython(`import sys\nif ${JSON.stringify(root)} not in sys.path: sys.path.insert(0, ${JSON.stringify(root)})`);
  runtime = pyodide.pyimport("pyroom_runtime");
  runtime.configure(host);
  post({ type: "ready", mode, version: pyodide.version, boot: booted.boot });
  if (booted.boot === "fresh") snapshotWhenIdle(message, () => queue); // for the next pages, when idle
}

async function loadPackages(request) {
  const sources = [request.code, ...(request.setup || []).map((s) => s.code)].join("\n");
  await pyodide.loadPackagesFromImports(sources, { messageCallback: progress, errorCallback: progress });
  const wanted = (request.packages || []).filter((p) => !installed.has(p));
  if (!wanted.length) return;
  progress(`Installing ${wanted.join(", ")}…`);
  await pyodide.loadPackage("micropip", { messageCallback: () => {} });
  const micropip = pyodide.pyimport("micropip");
  try {
    const kwargs = request.indexUrls && request.indexUrls.length ? { index_urls: request.indexUrls } : {};
    await micropip.install.callKwargs(wanted, kwargs);
  } finally {
    micropip.destroy();
  }
  wanted.forEach((p) => installed.add(p));
}

const cancelled = new Set();

// The degraded mode (neither SharedArrayBuffer nor JSPI): mainloop() cannot wait for the page, so it returns and the
// program's code ends; while its windows are open the run stays live here and pump() runs its callbacks when the
// page sends events and when a timer is due, the worker being idle in between (PROTOCOL.md).
let live = null; // {runId, timer}

function pump() {
  if (!live) return;
  clearTimeout(live.timer);
  currentRun = live.runId;
  let answer;
  try {
    const py = runtime.pump(JSON.stringify(eventQueue.splice(0)));
    answer = py.toJs({ dict_converter: Object.fromEntries });
    py.destroy();
  } catch (err) {
    post({ type: "out", runId: live.runId, stream: "stderr", text: String(err.message || err) + "\n" });
    answer = { alive: false, status: "error" };
  } finally {
    currentRun = null;
  }
  if (!answer.alive) return endLive(answer.status === "error" ? "error" : "done");
  if (answer.next != null) live.timer = setTimeout(pump, Math.max(0, answer.next * 1000));
}

function endLive(status) {
  if (!live) return;
  const { runId, timer } = live;
  clearTimeout(timer);
  live = null;
  if (status === "stopped") {
    try {
      runtime.pump_stop();
    } catch {
      // the next run resets the windows anyway
    }
  }
  post({ type: "display", runId, ops: JSON.stringify([["mainloop", false]]), partial: false });
  post({ type: "finished", runId, result: { status, error: null, errorFile: null, errorLine: null } });
}

async function run(request) {
  if (cancelled.delete(request.runId)) return;
  endLive("stopped"); // (the page stops a live program before it runs another; this is the safety net)
  post({ type: "begin", runId: request.runId });
  currentRun = request.runId;
  if (ctl) Atomics.store(ctl, 0, IDLE);
  if (interrupt) interrupt[0] = 0;
  let result;
  try {
    try {
      await loadPackages(request);
    } catch (err) {
      const lines = String(err.message || err).trim().split("\n");
      const message = `Could not load the packages this code needs: ${lines[lines.length - 1]}`;
      post({ type: "out", runId: request.runId, stream: "stderr", text: message + "\n" });
      result = { status: "error", error: message, errorFile: null, errorLine: null };
    }
    if (!result) {
      post({ type: "started", runId: request.runId });
      const call = runtime.run;
      const py = call.callPromising ? await call.callPromising(request) : await call(request);
      call.destroy();
      result = py.toJs({ dict_converter: Object.fromEntries });
      py.destroy();
    }
  } catch (err) {
    const message = String(err.message || err);
    post({ type: "out", runId: request.runId, stream: "stderr", text: message + "\n" });
    result = { status: "error", error: message, errorFile: null, errorLine: null };
  } finally {
    if (ctl) Atomics.store(ctl, 0, IDLE);
    currentRun = null;
  }
  if (mode === "none" && result.status === "done" && runtime.gui_alive()) {
    live = { runId: request.runId, timer: null };
    post({ type: "display", runId: request.runId, ops: JSON.stringify([["mainloop", true]]), partial: false });
    pump(); // timers the program set up start now
    return;
  }
  post({ type: "finished", runId: request.runId, result });
}

self.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case "boot":
      bootPromise = boot(message).catch((err) => {
        post({ type: "fatal", message: `Python could not start: ${err.message || err}` });
        throw err;
      });
      break;
    case "run":
      queue = queue
        .then(() => bootPromise)
        .then(() => run(message))
        .catch(() => post({ type: "finished", runId: message.runId, result: { status: "error", error: "Python is not running" } }));
      break;
    case "cancel":
      cancelled.add(message.runId);
      break;
    case "events":
      eventQueue.push(...message.events);
      if (pendingWait?.kind === "events") finishWait(JSON.stringify(eventQueue.splice(0)));
      else if (live) pump();
      break;
    case "answer":
      finishWait(message.line);
      break;
    case "stop":
      if (live) endLive("stopped");
      finishWait(undefined);
      break;
    case "forget":
      queue = queue.then(() => runtime && runtime.forget_session(message.session));
      break;
    case "snapshot": // in the throwaway worker snapshotWhenIdle starts
      makeSnapshot(message);
      break;
  }
};

self.addEventListener("unhandledrejection", (event) => {
  post({ type: "fatal", message: String(event.reason && (event.reason.message || event.reason)) });
});
