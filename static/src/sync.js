// The synchronous channel between page and worker: a SharedArrayBuffer the worker blocks on with Atomics.wait.
// Layout: Int32 [0] state, [1] answer length in bytes; answer bytes from offset 16.

export const IDLE = 0;
export const ANSWER = 1;
export const STOP = 2;
const HEADER = 16;
const SIZE = HEADER + 256 * 1024;

export function createChannel() {
  if (typeof SharedArrayBuffer !== "function" || !self.crossOriginIsolated) return null;
  return { ctl: new SharedArrayBuffer(SIZE), interrupt: new SharedArrayBuffer(4) };
}

export function sendAnswer(channel, text) {
  const ctl = new Int32Array(channel.ctl, 0, 4);
  const bytes = new TextEncoder().encode(text).slice(0, SIZE - HEADER);
  new Uint8Array(channel.ctl, HEADER).set(bytes);
  ctl[1] = bytes.length;
  Atomics.store(ctl, 0, ANSWER);
  Atomics.notify(ctl, 0);
}

export function sendStop(channel) {
  new Uint8Array(channel.interrupt)[0] = 2; // SIGINT: Pyodide raises KeyboardInterrupt at the next check
  const ctl = new Int32Array(channel.ctl, 0, 4);
  Atomics.store(ctl, 0, STOP);
  Atomics.notify(ctl, 0);
}

export function readAnswer(ctl, data) {
  return new TextDecoder().decode(data.slice(0, ctl[1]));
}
