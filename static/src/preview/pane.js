// The display server of one block's preview pane (see static/PROTOCOL.md): applies the operations the program's
// tkinter sends, answers its queries and reports the reader's input back as Tk events.

import { showDialog } from "./dialogs.js";
import { showDownloads, windowOf } from "./download.js";
import { applyCommon, closePopups, fontMetrics, renderMenubar, rendererFor, textWidth } from "./widgets.js";

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

// --- light and dark: panes follow the docs theme ------------------------------------------------------------------

const panes = new Set(); // the elements of live panes
let themeWatch = null;

/** Dark when the text around the pane is light: works with any theme's switch (classes, data-theme, media). */
function isDark(element) {
  const m = /rgba?\((\d+)[, ]+(\d+)[, ]+(\d+)/.exec(getComputedStyle(element.parentElement || element).color);
  if (!m) return false;
  const [r, g, b] = m.slice(1).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
}

function applyTheme() {
  for (const element of panes) element.dataset.pyroomTheme = isDark(element) ? "dark" : "light";
}

function watchTheme(element) {
  panes.add(element);
  element.dataset.pyroomTheme = isDark(element) ? "dark" : "light";
  if (themeWatch) return;
  const later = () => requestAnimationFrame(applyTheme); // after the theme's own styles changed
  const observer = new MutationObserver(later);
  for (const el of [document.documentElement, document.body]) observer.observe(el, { attributes: true });
  const media = matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", later);
  themeWatch = { observer, media, later };
}

function unwatchTheme(element) {
  panes.delete(element);
  if (panes.size || !themeWatch) return;
  themeWatch.observer.disconnect();
  themeWatch.media.removeEventListener("change", themeWatch.later);
  themeWatch = null;
}

export class Pane {
  /** `element`: the block's .pyroom-preview; `sendEvents(events)`: to the worker; `onLive(bool)`: mainloop state. */
  constructor(element, { sendEvents, onLive, hidden = false }) {
    this.element = element;
    this.sendEvents = sendEvents;
    this.onLive = onLive;
    this.widgets = new Map(); // path -> {el, cls, path, opts, body, canvas, ...} (see widgets.js)
    this.images = new Map(); // Tk image name -> {url, width, height}
    this.popups = new Set(); // open menus and dropdowns
    this._later = new Map(); // widget -> redraw, run once at the end of a batch of operations
    this._staged = new Set(); // canvas widgets with new items not yet shown (see apply)
    element.replaceChildren();
    element.hidden = hidden; // preview: none still answers the program's queries, it just shows nothing
    element.classList.add("pyroom-pane");
    watchTheme(element);
    this._keys = (event) => this._key(event);
    element.addEventListener("keydown", this._keys);
    element.addEventListener("keyup", this._keys);
    this._focusIn = (event) => this._focus(event, "FocusIn");
    this._focusOut = (event) => this._focus(event, "FocusOut");
    element.addEventListener("focusin", this._focusIn);
    element.addEventListener("focusout", this._focusOut);
  }

  destroy() {
    closePopups(this);
    if (this._popupGuard) document.removeEventListener("pointerdown", this._popupGuard, true);
    this.element.removeEventListener("keydown", this._keys);
    this.element.removeEventListener("keyup", this._keys);
    this.element.removeEventListener("focusin", this._focusIn);
    this.element.removeEventListener("focusout", this._focusOut);
    this.element.replaceChildren();
    this.element.hidden = true;
    unwatchTheme(this.element);
    this.widgets.clear();
  }

  /** Apply a batch of operations. A `partial` batch is the first part of a long burst: canvas items are prepared
   * but shown with the rest of the burst, when a whole batch arrives (Tk, too, draws them at idle time). */
  apply(ops, partial = false) {
    for (const op of ops) {
      const handler = OPS[op[0]];
      if (handler) handler.call(this, op[1], op[2], op[3], op[4], op[5]); // (no op has more arguments)
    }
    if (partial) {
      for (const widget of this._staged) {
        widget.canvas.stage();
        // An unmapped canvas is laid out off screen meanwhile, so the browser styles the new items while the
        // program works; its geometry (at idle, as in Tk) then only moves it into place.
        if (widget.el.style.display === "none") {
          widget.offscreen = false;
    Object.assign(widget.el.style, { display: "", left: "-100000px", top: "0px" });
          widget.offscreen = true;
        }
      }
      return;
    }
    for (const widget of this._staged) {
      widget.canvas.commit();
      if (widget.offscreen) widget.el.style.display = "none"; // still unmapped after all
      widget.offscreen = false;
    }
    this._staged.clear();
    for (const redraw of this._later.values()) redraw();
    this._later.clear();
    if (this._pendingFocus && this._giveFocus(this._pendingFocus)) this._pendingFocus = null;
  }

  /** Run `redraw` once when the current batch of operations is applied (a Treeview gets many rows at once). */
  later(widget, redraw) {
    this._later.set(widget, redraw);
  }

  /** The root window's client area, in pane coordinates: Tk's root coordinates (x_root, post) start there. */
  rootOrigin() {
    const root = this.widgets.get(".");
    if (!root) return { x: 0, y: 0 };
    const a = root.body.getBoundingClientRect();
    const p = this.element.getBoundingClientRect();
    return { x: a.left - p.left + this.element.scrollLeft, y: a.top - p.top + this.element.scrollTop };
  }

  /** An <img> showing the Tk image `name` (kept up to date when the program changes the image). */
  imageElement(name) {
    const img = document.createElement("img");
    img.alt = "";
    img.dataset.image = name;
    const image = this.images.get(name);
    if (image?.url) img.src = image.url;
    if (image) Object.assign(img, { width: image.width, height: image.height });
    return img;
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
      win = { el, cls: "Tk", path, opts: {}, body, title, bar };
      this.widgets.set(path, win);
    }
    Object.assign(win.opts, opts);
    if (opts.title != null) win.title.textContent = opts.title;
    if (opts.width != null) win.body.style.width = `${opts.width}px`;
    if (opts.height != null) win.body.style.height = `${opts.height}px`;
    if (opts.bg) win.body.style.background = opts.bg;
    if (opts.state === "withdrawn") win.el.hidden = true;
    else if (opts.state) win.el.hidden = false;
    if ("overrideredirect" in opts) win.bar.hidden = Boolean(opts.overrideredirect);
    if ("menu" in opts) renderMenubar(this, win);
    if (opts.raise && win.el.parentNode) win.el.parentNode.append(win.el);
  }

  op_new(path, cls, opts) {
    const parentPath = path.lastIndexOf(".") > 0 ? path.slice(0, path.lastIndexOf(".")) : ".";
    const parent = this.widgets.get(parentPath);
    const renderer = rendererFor(cls);
    const el = document.createElement(renderer.tag || "div");
    el.className = `pyroom-tk pyroom-tk-${cls.toLowerCase()}`;
    el.dataset.path = path;
    el.style.display = "none"; // unmapped until its geometry manager places it
    const widget = { el, cls, path, opts: {}, body: el };
    this.widgets.set(path, widget);
    renderer.build?.(widget, this);
    (parent?.body || this.element).append(el);
    this.op_config(path, opts);
    if (cls === "Canvas") showDownloads(windowOf(this.widgets, path));
  }

  op_config(path, opts) {
    const widget = this.widgets.get(path);
    if (!widget) return;
    if (widget.cls === "Tk") return this.op_window(path, opts);
    Object.assign(widget.opts, opts);
    applyCommon(widget, opts);
    rendererFor(widget.cls).update?.(widget, opts, this);
    if (opts.stack) this._restack(widget, opts.stack, opts.sibling);
  }

  _restack(widget, how, sibling) {
    const parent = widget.el.parentNode;
    if (!parent) return;
    const other = sibling ? this.widgets.get(sibling)?.el : null;
    if (other && other.parentNode === parent) {
      if (how === "raise") other.after(widget.el);
      else other.before(widget.el);
    } else if (how === "raise") parent.append(widget.el);
    else {
      const first = [...parent.children].find((c) => c.dataset.path);
      if (first) first.before(widget.el);
      else parent.append(widget.el);
    }
  }

  op_geom(path, x, y, w, h) {
    const widget = this.widgets.get(path);
    if (!widget) return;
    widget.offscreen = false;
    Object.assign(widget.el.style, { display: "", left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
  }

  op_unmap(path) {
    const widget = this.widgets.get(path);
    if (widget) widget.offscreen = false;
    if (widget && widget.cls !== "Tk") widget.el.style.display = "none";
    else if (widget) widget.el.hidden = true;
  }

  op_destroy(path) {
    closePopups(this);
    for (const [key, widget] of [...this.widgets]) {
      if (key === path || key.startsWith(path === "." ? "." : path + ".")) {
        widget.el.remove();
        widget.menubar?.remove();
        this.widgets.delete(key);
      }
    }
    for (const win of this.widgets.values()) if (win.cls === "Tk" && win.opts.menu && !this.widgets.has(win.opts.menu)) renderMenubar(this, win);
  }

  op_focus(path) {
    // Given when the widget is on screen: a program focuses widgets before their first "geom" arrives.
    this._pendingFocus = path;
  }

  _giveFocus(path) {
    const widget = this.widgets.get(path);
    const target = widget?.canvas ? widget.el : widget?.input || widget?.body || widget?.el;
    if (!target) return true;
    if (!target.getClientRects().length) return false;
    if (target === document.activeElement) return true;
    this._programFocus = true; // the program moved the focus: the shim already ran its FocusIn bindings
    if (!target.hasAttribute("tabindex") && !widget?.input && target.tagName !== "BUTTON") target.tabIndex = -1;
    target.focus({ preventScroll: true });
    this._programFocus = false;
    return true;
  }

  op_image(name, opts) {
    if (!opts) {
      this.images.delete(name);
      return;
    }
    let url = null;
    if (opts.data && opts.format && opts.format !== "xbm") url = `data:image/${String(opts.format).toLowerCase()};base64,${opts.data}`;
    else if (opts.rows) {
      const c = document.createElement("canvas");
      c.width = Math.max(1, opts.width || 1);
      c.height = Math.max(1, opts.height || 1);
      const g = c.getContext("2d");
      opts.rows.forEach((row, y) =>
        row.forEach((color, x) => {
          if (!color) return;
          g.fillStyle = color;
          g.fillRect(x, y, 1, 1);
        }),
      );
      url = c.toDataURL();
    }
    const image = { url, width: opts.width || 0, height: opts.height || 0 };
    this.images.set(name, image);
    for (const img of this.element.querySelectorAll(`img[data-image="${CSS.escape(name)}"]`)) {
      if (url) img.src = url;
      Object.assign(img, { width: image.width, height: image.height });
    }
    for (const widget of this.widgets.values()) {
      if (!widget.canvas) continue;
      for (const [id, item] of widget.canvas.items) if (item.opts.image === name) widget.canvas.redraw(id, item);
    }
  }

  op_download(file) {
    // ["download", {name, data}]: a file the program saved (filedialog), its bytes as base64.
    if (!file || typeof file !== "object" || file.data == null) return;
    const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([bytes]));
    link.download = String(file.name || "download").split("/").pop();
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  op_item(path, id, type, coords, opts) {
    const widget = this.widgets.get(path);
    if (!widget?.canvas) return;
    widget.canvas.create(id, type, coords, opts);
    this._staged.add(widget);
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

  op_restack(path, ids, below) {
    this.widgets.get(path)?.canvas?.restack(ids, below);
  }

  op_view(path, x0, y0) {
    this.widgets.get(path)?.canvas?.view(x0, y0);
  }

  op_bind(path, types) {
    const widget = this.widgets.get(path);
    if (!widget) return;
    const target = widget.body || widget.el;
    widget.bound = new Set([...(widget.bound || []), ...types]);
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
    // Root coordinates: from the root window's client area, where the program's windows live (as Tk's screen).
    const root = this.widgets.get(".")?.body.getBoundingClientRect() || { left: 0, top: 0 };
    const out = {
      type,
      w: path,
      x: Math.round(event.clientX - rect.left),
      y: Math.round(event.clientY - rect.top),
      x_root: Math.round(event.clientX - root.left),
      y_root: Math.round(event.clientY - root.top),
      state: modifiers(event),
      time: Math.round(event.timeStamp),
    };
    if (type === "ButtonPress" || type === "ButtonRelease") out.num = BUTTON[event.button] || 1;
    // Tk's state is from before the event: a release still has its button down (<B1-ButtonRelease-1>)
    if (type === "ButtonRelease") out.state |= { 1: 256, 2: 512, 3: 1024 }[out.num] || 0;
    if (type === "MouseWheel") out.delta = Math.round(-event.deltaY);
    return out;
  }

  // While a button is held on a widget with a press binding, its motion and release go to the program even if
  // their bindings are made by the press binding itself (as tkinter.dnd does): in Tk they are queued events,
  // matched against the bindings when they are handled.
  _grabForward(target, path, pointerId) {
    const bound = target._pyroomBound;
    const move = (event) => {
      if (event.pointerId !== pointerId || bound.has("Motion") || event.pyroomSeen) return;
      event.pyroomSeen = true;
      this.sendEvents([this._pointer(event, path, "Motion", target)]);
    };
    const up = (event) => {
      if (event.pointerId !== pointerId) return;
      target.removeEventListener("pointermove", move);
      target.removeEventListener("pointerup", up);
      target.removeEventListener("pointercancel", up);
      if (event.type === "pointerup" && !bound.has("ButtonRelease") && !event.pyroomSeen) {
        event.pyroomSeen = true;
        this.sendEvents([this._pointer(event, path, "ButtonRelease", target)]);
      }
    };
    target.addEventListener("pointermove", move);
    target.addEventListener("pointerup", up);
    target.addEventListener("pointercancel", up);
  }

  _deliverPointer(event, target, path, tkType) {
    // Tk delivers a pointer event to the innermost widget only (bindings on its toplevel run from there).
    if (event.pyroomSeen) return;
    event.pyroomSeen = true;
    const editable = Boolean(this.widgets.get(path)?.input);
    if (tkType === "ButtonPress" && target.tabIndex >= 0 && !editable) target.focus({ preventScroll: true });
    if (((tkType === "ButtonPress" || tkType === "Motion") && !editable) || tkType === "MouseWheel") event.preventDefault?.();
    // As Tk's implicit grab: a drag that started on the widget keeps reporting to it.
    if (tkType === "ButtonPress" && !editable && event.pointerId != null) {
      target.setPointerCapture?.(event.pointerId);
      this._grabForward(target, path, event.pointerId);
    }
    this.sendEvents([this._pointer(event, path, tkType, target)]);
  }

  /** A press the page acts on itself (a listbox or treeview selecting the row): the program's <ButtonPress>
   * bindings hear it first, as in Tk, where the widget's bindings run before its class binding changes the
   * selection. */
  pressFirst(event, widget) {
    const target = widget.body || widget.el;
    if (target._pyroomBound?.has("ButtonPress")) this._deliverPointer(event, target, widget.path, "ButtonPress");
  }

  _bindPointer(target, path, types) {
    target._pyroomBound ??= new Set();
    const add = (domType, tkType, extra) => {
      if (target._pyroomBound.has(tkType)) return;
      target._pyroomBound.add(tkType);
      target.addEventListener(domType, (event) => {
        if (extra && !extra(event)) return;
        this._deliverPointer(event, target, path, tkType);
      }, { passive: false });
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

  _focus(event, type) {
    // The reader moved the keyboard focus (clicking an entry, Tab): Tk's FocusIn/FocusOut. Focus the program
    // gave with focus_set() was reported by the shim itself.
    if (this._programFocus) return;
    const path = event.target.closest?.("[data-path]")?.dataset.path;
    const widget = path && this.widgets.get(path);
    // Tk moves the focus on click only into entries and texts; other widgets report it when the program binds it.
    if (!widget || widget.cls === "Tk" || !(widget.input || widget.bound?.has(type))) return;
    const other = event.relatedTarget?.closest?.("[data-path]")?.dataset.path;
    if (other === path) return;
    this.sendEvents([{ type, w: path, focus: type === "FocusIn" }]);
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
    if (name === "measure") return { width: textWidth(args[0], args[1]) };
    if (name === "metrics") return fontMetrics(args[0]);
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

// The operations by name: a batch of 10,000 canvas items dispatches without building "op_" + name each time.
const OPS = Object.create(null);
for (const key of Object.getOwnPropertyNames(Pane.prototype)) {
  if (key.startsWith("op_")) OPS[key.slice(3)] = Pane.prototype[key];
}
