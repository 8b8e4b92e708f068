// The synchronous channel between page and worker: a SharedArrayBuffer the worker blocks on with Atomics.wait.
// Int32 cells: [0] answer state, [1] answer length, [2] events lock, [3] events sequence, [4] events length.
// Bytes: the answer (input line, query result) from ANSWER_AT; pending events (JSON lines) from EVENTS_AT.

export const IDLE = 0;
export const ANSWER = 1;
export const STOP = 2;
const CELLS = 8;
const REGION = 256 * 1024;
const ANSWER_AT = CELLS * 4;
const EVENTS_AT = ANSWER_AT + REGION;
const SIZE = EVENTS_AT + REGION;

export function createChannel() {
  if (typeof SharedArrayBuffer !== "function" || !self.crossOriginIsolated) return null;
  return { ctl: new SharedArrayBuffer(SIZE), interrupt: new SharedArrayBuffer(4) };
}

export const cells = (buffer) => new Int32Array(buffer, 0, CELLS);
export const answerBytes = (buffer) => new Uint8Array(buffer, ANSWER_AT, REGION);
export const eventBytes = (buffer) => new Uint8Array(buffer, EVENTS_AT, REGION);

export function sendAnswer(channel, text) {
  const ctl = cells(channel.ctl);
  const bytes = new TextEncoder().encode(text).slice(0, REGION);
  answerBytes(channel.ctl).set(bytes);
  ctl[1] = bytes.length;
  Atomics.store(ctl, 0, ANSWER);
  Atomics.notify(ctl, 0);
}

export function sendStop(channel) {
  new Uint8Array(channel.interrupt)[0] = 2; // SIGINT: Pyodide raises KeyboardInterrupt at the next check
  const ctl = cells(channel.ctl);
  Atomics.store(ctl, 0, STOP);
  Atomics.notify(ctl, 0);
  Atomics.add(ctl, 3, 1); // also wake a program waiting for events
  Atomics.notify(ctl, 3);
}

export function readAnswer(ctl, data) {
  return new TextDecoder().decode(data.slice(0, ctl[1]));
}

function lock(ctl) {
  // Both sides hold the lock only to copy a few bytes; the page's main thread cannot Atomics.wait, so it spins.
  while (Atomics.compareExchange(ctl, 2, 0, 1) !== 0);
}

/** Page side: append events for the worker (dropped with a false result if the mailbox is full). */
export function pushEvents(channel, events) {
  const ctl = cells(channel.ctl);
  const bytes = new TextEncoder().encode(events.map((e) => JSON.stringify(e) + "\n").join(""));
  lock(ctl);
  const used = ctl[4];
  const fits = used + bytes.length <= REGION;
  if (fits) {
    eventBytes(channel.ctl).set(bytes, used);
    ctl[4] = used + bytes.length;
  }
  Atomics.store(ctl, 2, 0);
  Atomics.add(ctl, 3, 1);
  Atomics.notify(ctl, 3);
  return fits;
}

/** Worker side: take every pending event (a list, maybe empty). */
export function takeEvents(ctl, data) {
  lock(ctl);
  const text = ctl[4] ? new TextDecoder().decode(data.slice(0, ctl[4])) : "";
  ctl[4] = 0;
  Atomics.store(ctl, 2, 0);
  return text ? text.trimEnd().split("\n").map((line) => JSON.parse(line)) : [];
}
