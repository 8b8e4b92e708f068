// The display server of one block's preview pane (see static/PROTOCOL.md): applies the operations the program's
// tkinter sends, answers its queries and reports the reader's input back as Tk events.

import { CanvasView, fontCss } from "./canvas.js";
import { showDialog } from "./dialogs.js";
import { showDownloads, windowOf } from "./download.js";

const KEYSYMS = {
  ArrowUp: "Up", ArrowDown: "Down", ArrowLeft: "Left", ArrowRight: "Right", Enter: "Return", " ": "space",
  Backspace: "BackSpace", Escape: "Escape", Tab: "Tab", Delete: "Delete", Home: "Home", End: "End",
  PageUp: "Prior", PageDown: "Next", Shift: "Shift_L", Control: "Control_L", Alt: "Alt_L", Meta: "Meta_L",
  CapsLock: "Caps_Lock", Insert: "Insert", ",": "comma", ".": "period", "/": "slash", ";": "semicolon",
  "'": "apostrophe", "[": "bracketleft", "]": "bracketright", "\\": "backslash", "-": "minus", "=": "equal",
  "`": "grave", "+": "plus", "*": "asterisk", "!": "exclam", "?": "question", ":": "colon", "<": "less", ">": "greater",
};

const keysym = (key) => KEYSYMS[key] || (key.length === 1 ? key : key);

function modifiers(event) {
  let state = 0;
  if (event.shiftKey) state |= 1;
  if (event.ctrlKey) state |= 4;
  if (event.altKey) state |= 8;
  if (event.buttons & 1) state |= 256;
  if (event.buttons & 4) state |= 512;
  if (event.buttons & 2) state |= 1024;
  return state;
}

const BUTTON = { 0: 1, 1: 2, 2: 3 };

function relief(el, kind, bd) {
  const width = bd ?? 0;
  if (!width || kind === "flat") {
    el.style.boxShadow = "";
    return;
  }
  const light = "rgba(255,255,255,0.7)";
  const dark = "rgba(0,0,0,0.35)";
  const [a, b] = kind === "sunken" ? [dark, light] : [light, dark];
  const shadow = {
    raised: `inset ${width}px ${width}px 0 -${width - 1}px ${a}, inset -${width}px -${width}px 0 -${width - 1}px ${b}`,
    sunken: `inset ${width}px ${width}px 0 -${width - 1}px ${a}, inset -${width}px -${width}px 0 -${width - 1}px ${b}`,
    solid: `inset 0 0 0 ${width}px rgba(0,0,0,0.6)`,
    groove: `inset 0 0 0 ${width}px ${dark}`,
    ridge: `inset 0 0 0 ${width}px ${light}, inset 0 0 0 ${width * 2}px ${dark}`,
  }[kind];
  el.style.boxShadow = shadow || "";
}

export class Pane {
  /** `element`: the block's .pyroom-preview; `sendEvents(events)`: to the worker; `onLive(bool)`: mainloop state. */
  constructor(element, { sendEvents, onLive, hidden = false }) {
    this.element = element;
    this.sendEvents = sendEvents;
    this.onLive = onLive;
    this.widgets = new Map(); // path -> {el, cls, opts, body, canvas}
    this.measurer = document.createElement("canvas").getContext("2d");
    element.replaceChildren();
    element.hidden = hidden; // preview: none still answers the program's queries, it just shows nothing
    element.classList.add("pyroom-pane");
    this._keys = (event) => this._key(event);
    element.addEventListener("keydown", this._keys);
    element.addEventListener("keyup", this._keys);
  }

  destroy() {
    this.element.removeEventListener("keydown", this._keys);
    this.element.removeEventListener("keyup", this._keys);
    this.element.replaceChildren();
    this.element.hidden = true;
    this.widgets.clear();
  }

  apply(ops) {
    for (const op of ops) {
      const [name, ...args] = op;
      const handler = this[`op_${name}`];
      if (handler) handler.apply(this, args);
    }
  }

  // --- operations ---------------------------------------------------------------------------------------------

  op_window(path, opts) {
    let win = this.widgets.get(path);
    if (!win) {
      const el = document.createElement("div");
      el.className = "pyroom-tk-window";
      el.dataset.path = path;
      const bar = document.createElement("div");
      bar.className = "pyroom-tk-titlebar";
      const title = document.createElement("span");
      title.className = "pyroom-tk-title";
      const close = document.createElement("button");
      close.type = "button";
      close.className = "pyroom-tk-close";
      close.setAttribute("aria-label", "Close window");
      close.textContent = "\u00d7";
      close.addEventListener("click", () => this.sendEvents([{ type: "Close", w: path }]));
      bar.append(title, close);
      const body = document.createElement("div");
      body.className = "pyroom-tk-client";
      body.dataset.path = path;
      body.tabIndex = -1;
      el.append(bar, body);
      if (opts.toplevel) {
        el.classList.add("pyroom-tk-toplevel");
        this._draggable(el, bar);
      }
      this.element.append(el);
      win = { el, cls: "Tk", opts: {}, body, title };
      this.widgets.set(path, win);
    }
    Object.assign(win.opts, opts);
    if (opts.title != null) win.title.textContent = opts.title;
    if (opts.width != null) win.body.style.width = `${opts.width}px`;
    if (opts.height != null) win.body.style.height = `${opts.height}px`;
    if (opts.bg) win.body.style.background = opts.bg;
    if (opts.state === "withdrawn") win.el.hidden = true;
    else if (opts.state) win.el.hidden = false;
  }

  op_new(path, cls, opts) {
    const parentPath = path.lastIndexOf(".") > 0 ? path.slice(0, path.lastIndexOf(".")) : ".";
    const parent = this.widgets.get(parentPath);
    const el = document.createElement(["Button", "TButton"].includes(cls) ? "button" : "div");
    el.className = `pyroom-tk pyroom-tk-${cls.toLowerCase()}`;
    el.dataset.path = path;
    el.style.display = "none";
    const widget = { el, cls, opts: {}, body: el };
    this.widgets.set(path, widget);
    this._build(widget, path);
    (parent?.body || this.element).append(el);
    this.op_config(path, opts);
    if (cls === "Canvas") showDownloads(windowOf(this.widgets, path));
  }

  _build(widget, path) {
    const { el, cls } = widget;
    if (cls === "Canvas") {
      widget.canvas = new CanvasView(el);
      el.tabIndex = 0;
    } else if (cls === "Button" || cls === "TButton") {
      el.type = "button";
      el.addEventListener("click", () => this.sendEvents([{ type: "Invoke", w: path }]));
    } else if (["Entry", "TEntry", "Spinbox", "TSpinbox", "TCombobox"].includes(cls)) {
      const input = document.createElement("input");
      input.type = "text";
      input.addEventListener("input", () => this.sendEvents([{ type: "Value", w: path, value: input.value }]));
      el.append(input);
      widget.input = input;
    } else if (cls === "Text") {
      const area = document.createElement("div");
      area.contentEditable = "plaintext-only";
      area.className = "pyroom-tk-textarea";
      area.addEventListener("input", () => this.sendEvents([{ type: "Value", w: path, value: area.innerText }]));
      el.append(area);
      widget.input = area;
    } else if (["Checkbutton", "Radiobutton", "TCheckbutton", "TRadiobutton"].includes(cls)) {
      el.setAttribute("role", cls.includes("Check") ? "checkbox" : "radio");
      el.tabIndex = 0;
      el.addEventListener("click", () => this.sendEvents([{ type: "Invoke", w: path }]));
    } else if (cls === "Listbox") {
      el.setAttribute("role", "listbox");
      el.tabIndex = 0;
      el.addEventListener("click", (event) => {
        const row = event.target.closest("[data-index]");
        if (row) this.sendEvents([{ type: "Select", w: path, value: [Number(row.dataset.index)] }]);
      });
    } else if (["Scale", "TScale"].includes(cls)) {
      const input = document.createElement("input");
      input.type = "range";
      input.addEventListener("input", () => this.sendEvents([{ type: "Value", w: path, value: Number(input.value) }]));
      el.append(input);
      widget.input = input;
    }
    if (!["Canvas", "Frame", "Label", "TFrame", "TLabel", "Message", "LabelFrame", "TLabelframe"].includes(cls)) return;
    // Pointer events of plain widgets are reported only when the program binds them (op "bind").
  }

  op_config(path, opts) {
    const widget = this.widgets.get(path);
    if (!widget) return;
    Object.assign(widget.opts, opts);
    const { el, cls } = widget;
    if (opts.bg) el.style.background = opts.bg;
    if (opts.fg) el.style.color = opts.fg;
    if (opts.font) el.style.font = fontCss(opts.font);
    if ("relief" in opts || "bd" in opts) relief(el, widget.opts.relief, widget.opts.bd);
    if (opts.state) {
      el.classList.toggle("pyroom-tk-disabled", opts.state === "disabled");
      if (el.tagName === "BUTTON") el.disabled = opts.state === "disabled";
      if (widget.input) widget.input.disabled = opts.state === "disabled";
    }
    if (opts.anchor) el.dataset.anchor = opts.anchor;
    if (opts.justify) el.style.textAlign = opts.justify;
    if (opts.wraplength != null) el.style.whiteSpace = opts.wraplength > 0 ? "pre-wrap" : "pre";
    if (opts.cursor) el.style.cursor = { hand2: "pointer", crosshair: "crosshair", watch: "wait", xterm: "text" }[opts.cursor] || "";
    if (widget.input) {
      if ("value" in opts && widget.input.tagName === "INPUT" && widget.input.value !== String(opts.value)) widget.input.value = opts.value;
      if ("value" in opts && widget.input.tagName === "DIV" && widget.input.innerText !== String(opts.value)) widget.input.innerText = opts.value;
      if (opts.show != null && widget.input.tagName === "INPUT") widget.input.type = opts.show ? "password" : "text";
      if (opts.from != null) widget.input.min = opts.from;
      if (opts.to != null) widget.input.max = opts.to;
      if (opts.resolution != null) widget.input.step = opts.resolution;
    }
    if ("items" in opts && cls === "Listbox") this._listItems(widget);
    if ("selection" in opts && cls === "Listbox") this._listItems(widget);
    if ("text" in opts || "image" in opts || "selected" in opts) this._label(widget);
  }

  _label(widget) {
    const { el, cls, opts } = widget;
    if (["Entry", "TEntry", "Text", "Canvas", "Listbox", "Scale", "TScale", "Frame", "TFrame", "Spinbox", "TCombobox"].includes(cls)) return;
    el.replaceChildren();
    if (cls.includes("Checkbutton") || cls.includes("Radiobutton")) {
      const mark = document.createElement("span");
      mark.className = "pyroom-tk-indicator";
      mark.textContent = opts.selected ? (cls.includes("Check") ? "\u2611" : "\u25c9") : cls.includes("Check") ? "\u2610" : "\u25cb";
      el.setAttribute("aria-checked", String(Boolean(opts.selected)));
      el.append(mark, " ");
    }
    if (opts.image?.url) {
      const img = document.createElement("img");
      img.src = opts.image.url;
      img.alt = "";
      el.append(img);
    }
    const text = document.createElement("span");
    text.className = "pyroom-tk-text";
    text.textContent = opts.text ?? ""; // text from the program is text, never HTML
    el.append(text);
  }

  _listItems(widget) {
    const selected = new Set(widget.opts.selection || []);
    widget.el.replaceChildren(
      ...(widget.opts.items || []).map((item, index) => {
        const row = document.createElement("div");
        row.className = "pyroom-tk-row";
        row.dataset.index = String(index);
        row.setAttribute("role", "option");
        row.setAttribute("aria-selected", String(selected.has(index)));
        row.textContent = item;
        return row;
      }),
    );
  }

  op_geom(path, x, y, w, h) {
    const widget = this.widgets.get(path);
    if (!widget) return;
    Object.assign(widget.el.style, { display: "", left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
  }

  op_unmap(path) {
    const widget = this.widgets.get(path);
    if (widget && widget.cls !== "Tk") widget.el.style.display = "none";
    else if (widget) widget.el.hidden = true;
  }

  op_destroy(path) {
    for (const [key, widget] of [...this.widgets]) {
      if (key === path || key.startsWith(path === "." ? "." : path + ".")) {
        widget.el.remove();
        this.widgets.delete(key);
      }
    }
  }

  op_focus(path) {
    const widget = this.widgets.get(path);
    (widget?.canvas ? widget.el : widget?.input || widget?.body || widget?.el)?.focus({ preventScroll: true });
  }

  op_item(path, id, type, coords, opts) {
    this.widgets.get(path)?.canvas?.create(id, type, coords, opts);
  }

  op_coords(path, id, coords) {
    this.widgets.get(path)?.canvas?.coords(id, coords);
  }

  op_itemconfig(path, id, opts) {
    this.widgets.get(path)?.canvas?.config(id, opts);
  }

  op_delete(path, ids) {
    this.widgets.get(path)?.canvas?.delete(ids);
  }

  op_order(path, ids) {
    this.widgets.get(path)?.canvas?.order(ids);
  }

  op_view(path, x0, y0) {
    this.widgets.get(path)?.canvas?.view(x0, y0);
  }

  op_bind(path, types) {
    const widget = this.widgets.get(path);
    if (!widget) return;
    const target = widget.body || widget.el;
    this._bindPointer(target, path, types);
  }

  op_mainloop(active) {
    this.onLive?.(Boolean(active));
  }

  op_bell() {
    this.element.classList.add("pyroom-tk-bell");
    setTimeout(() => this.element.classList.remove("pyroom-tk-bell"), 150);
  }

  // --- events -------------------------------------------------------------------------------------------------

  _pointer(event, path, type, target) {
    const rect = target.getBoundingClientRect();
    const out = {
      type,
      w: path,
      x: Math.round(event.clientX - rect.left),
      y: Math.round(event.clientY - rect.top),
      x_root: Math.round(event.screenX),
      y_root: Math.round(event.screenY),
      state: modifiers(event),
      time: Math.round(event.timeStamp),
    };
    if (type === "ButtonPress" || type === "ButtonRelease") out.num = BUTTON[event.button] || 1;
    if (type === "MouseWheel") out.delta = Math.round(-event.deltaY);
    const canvas = this.widgets.get(path)?.canvas;
    if (canvas) {
      const item = canvas.itemAt(event.target);
      if (item !== undefined) out.item = item;
    }
    return out;
  }

  _bindPointer(target, path, types) {
    target._pyroomBound ??= new Set();
    const add = (domType, tkType, extra) => {
      if (target._pyroomBound.has(tkType)) return;
      target._pyroomBound.add(tkType);
      target.addEventListener(domType, (event) => {
        if (extra && !extra(event)) return;
        // Tk delivers a pointer event to the innermost widget only (bindings on its toplevel run from there).
        if (event.pyroomSeen) return;
        event.pyroomSeen = true;
        if (tkType === "ButtonPress" && target.tabIndex >= 0) target.focus({ preventScroll: true });
        if (tkType === "ButtonPress" || tkType === "Motion") event.preventDefault?.();
        this.sendEvents([this._pointer(event, path, tkType, target)]);
      });
    };
    for (const type of types) {
      if (type === "ButtonPress") add("pointerdown", "ButtonPress");
      else if (type === "ButtonRelease") add("pointerup", "ButtonRelease");
      else if (type === "Motion") add("pointermove", "Motion");
      else if (type === "Enter") add("pointerenter", "Enter");
      else if (type === "Leave") add("pointerleave", "Leave");
      else if (type === "MouseWheel") add("wheel", "MouseWheel");
    }
    if (types.includes("ButtonPress") || types.includes("Motion")) target.style.touchAction = "none";
  }

  _key(event) {
    const inside = event.target.closest?.("[data-path]");
    const path = inside?.dataset.path || ".";
    const widget = this.widgets.get(path);
    // Typing into entries stays the browser's job; Tk still hears the keys.
    if (!widget?.input && ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", " ", "Tab"].includes(event.key)) event.preventDefault();
    this.sendEvents([
      {
        type: event.type === "keydown" ? "KeyPress" : "KeyRelease",
        w: path,
        keysym: keysym(event.key),
        char: event.key.length === 1 ? event.key : event.key === "Enter" ? "\r" : "",
        keycode: event.keyCode,
        state: modifiers(event),
        time: Math.round(event.timeStamp),
      },
    ]);
  }

  _draggable(el, handle) {
    handle.addEventListener("pointerdown", (start) => {
      if (start.target.closest("button")) return;
      const x0 = start.clientX - el.offsetLeft;
      const y0 = start.clientY - el.offsetTop;
      const move = (event) => {
        el.style.left = `${event.clientX - x0}px`;
        el.style.top = `${event.clientY - y0}px`;
      };
      handle.setPointerCapture(start.pointerId);
      handle.addEventListener("pointermove", move);
      handle.addEventListener("pointerup", () => handle.removeEventListener("pointermove", move), { once: true });
    });
  }

  // --- queries ------------------------------------------------------------------------------------------------

  async query(q) {
    const [name, ...args] = q;
    if (name === "measure") {
      this.measurer.font = fontCss(args[0]);
      return { width: Math.round(this.measurer.measureText(String(args[1])).width) };
    }
    if (name === "metrics") {
      this.measurer.font = fontCss(args[0]);
      const m = this.measurer.measureText("Hg");
      const ascent = Math.ceil(m.fontBoundingBoxAscent ?? (args[0]?.size || 13) * 0.8);
      const descent = Math.ceil(m.fontBoundingBoxDescent ?? (args[0]?.size || 13) * 0.2);
      const fixed = this.measurer.measureText("i").width === this.measurer.measureText("W").width;
      return { ascent, descent, linespace: ascent + descent, fixed: fixed ? 1 : 0 };
    }
    if (name === "pane") {
      // The program's "screen": twice the pane's width and 4/3 of a comfortable height, so turtle's default
      // window (50% x 75% of the screen, as on the desktop) fills the pane's width at a readable height.
      const width = Math.max(200, Math.floor(this.element.getBoundingClientRect().width || this.element.parentElement.getBoundingClientRect().width) - 8);
      const height = Math.max(200, Math.round(Math.min(window.innerHeight * 0.7, width * 0.75)));
      return { width: width * 2, height: Math.round((height * 4) / 3) };
    }
    if (name === "dialog") return showDialog(this.element, args[0], args[1] || {});
    return null;
  }
}
