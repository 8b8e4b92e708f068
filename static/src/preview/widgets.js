// How each Tk widget class is drawn in the preview pane, and what the reader's input on it sends back.
//
// One small renderer per widget class (Tk class names as the shim sends them in the "new" op): `build(w, ctx)`
// makes the DOM once, `update(w, opts, ctx)` applies the display options of a "new" or "config" op. `w` is the
// pane's record {el, cls, path, opts, body}; `ctx` is the Pane (sendEvents, images, metrics, menus).
// Text from the program is always set with textContent, never parsed as HTML.

import { CanvasView, fontCss } from "./canvas.js";

const make = (tag, className, text) => {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text != null) el.textContent = text;
  return el;
};

const px = (v) => `${Math.max(0, Number(v) || 0)}px`;
const num = (v, d = 0) => (Number.isFinite(Number(v)) && v !== "" && v != null ? Number(v) : d);

/** Whether this press on `key` (a row) is the second of a double click (Tk: within 500 ms, at the same place):
 * Listbox and Treeview class bindings do not select on it (<Double-1> is bound to something else). */
function doublePress(w, key, event) {
  const last = w.lastPress;
  w.lastPress = { key, time: event.timeStamp };
  if (last && last.key === key && event.timeStamp - last.time < 500) {
    w.lastPress = null; // (a third press starts again)
    return true;
  }
  return false;
}

// --- borders: Tk's relief and highlight ring, as inset box shadows (so children keep Tk's coordinates) -----------

// Classes whose background is Tk's field white (the palette's --tk-field) unless the program sets one.
const FIELD_CLASSES = new Set(["Entry", "Spinbox", "Text", "Listbox", "TEntry", "TSpinbox", "TCombobox"]);

/** Tk's light and dark shadows of a 3D border on background `hex` (#rrggbb), as X11 Tk computes them: the dark one
 * 60% of the colour (a very dark colour lightens towards white instead), the light one 140% or halfway to white,
 * whichever is lighter (a colour whose green is nearly full darkens to 90% instead). In 16-bit channels as X does,
 * shown with their top 8 bits. */
export function shadowColors(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || "");
  if (!m) return null;
  const MAX = 65535;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) * 257);
  const veryDark = 0.5 * r * r + g * g + 0.28 * b * b < 0.05 * MAX * MAX;
  const darkOf = (c) => (veryDark ? Math.floor((MAX + 3 * c) / 4) : Math.floor((60 * c) / 100));
  const lightOf = (c) => (g > MAX * 0.95 ? Math.floor((90 * c) / 100) : Math.min(MAX, Math.max(Math.floor((14 * c) / 10), Math.floor((MAX + c) / 2))));
  const css = (f) => `rgb(${[r, g, b].map((c) => f(c) >> 8).join(",")})`;
  return { light: css(lightOf), dark: css(darkOf) };
}

/** The light and dark shadow colours of widget `w`'s border: from its own background, or the palette's. */
function shadowsOf(w) {
  const own = shadowColors(w.opts.bg);
  if (own) return own;
  return FIELD_CLASSES.has(w.cls)
    ? { light: "var(--tk-field-light)", dark: "var(--tk-field-dark)" }
    : { light: "var(--tk-light)", dark: "var(--tk-dark)" };
}

/** Whether a config touches what drawBorder draws. */
const borderChanged = (opts) => ["bd", "relief", "highlightthickness", "bg", "highlightbackground"].some((k) => k in opts);

export function drawBorder(w) {
  const { el, opts } = w;
  const ht = num(opts.highlightthickness);
  const bd = num(opts.bd);
  const relief = opts.relief || "flat";
  const out = [];
  if (ht > 0) out.push(`inset 0 0 0 ${ht}px var(--pyroom-ring, ${opts.highlightbackground || "var(--tk-bg)"})`);
  if (bd > 0 && relief !== "flat") {
    const { light: LIGHT, dark: DARK } = shadowsOf(w);
    const d = ht + bd;
    const edge = (a, b, n) => [`inset ${n}px ${n}px 0 0 ${a}`, `inset -${n}px -${n}px 0 0 ${b}`];
    if (relief === "raised") out.push(...edge(LIGHT, DARK, d));
    else if (relief === "sunken") out.push(...edge(DARK, LIGHT, d));
    else if (relief === "solid") out.push(`inset 0 0 0 ${d}px var(--tk-fg)`);
    else if (relief === "groove" || relief === "ridge") {
      const half = ht + Math.max(1, Math.floor(bd / 2));
      const [outer, inner] = relief === "groove" ? [[DARK, LIGHT], [LIGHT, DARK]] : [[LIGHT, DARK], [DARK, LIGHT]];
      // the ring's inner half first (drawn on top of the outer half)
      out.push(`inset ${half}px ${half}px 0 0 ${outer[0]}`, `inset -${half}px -${half}px 0 0 ${outer[1]}`);
      out.push(`inset ${d}px ${d}px 0 0 ${inner[0]}`, `inset -${d}px -${d}px 0 0 ${inner[1]}`);
    }
  }
  if (opts.highlightcolor) el.style.setProperty("--pyroom-hl", opts.highlightcolor);
  el.style.boxShadow = out.join(", ");
}

const inset = (opts) => num(opts.highlightthickness) + num(opts.bd);

// --- fonts and metrics ---------------------------------------------------------------------------------------------

const DEFAULT_FONT = { family: "sans-serif", size: 13.333 }; // (TkDefaultFont: 10 points at 96 dpi)
const measurer = document.createElement("canvas").getContext("2d");
const metricCache = new Map();
const advanceCache = new Map();

/** The font metrics the page answers the program with (query "metrics"), as Tk on X11 has them from Xft: the
 * font's ascent and descent scaled to its size, each rounded up. (The canvas rounds them to whole pixels at the
 * font's own size, which makes lines 1-2 px shorter than Tk's; at a large size their ratio is exact.) */
export function fontMetrics(font) {
  const css = fontCss(font || DEFAULT_FONT);
  let m = metricCache.get(css);
  if (!m) {
    const size = font?.size || DEFAULT_FONT.size;
    measurer.font = css.replace(/[0-9.]+px/, "1000px");
    const t = measurer.measureText("Hg");
    const ascent = Math.ceil(((t.fontBoundingBoxAscent ?? 800) * size) / 1000 - 1e-6);
    const descent = Math.ceil(((t.fontBoundingBoxDescent ?? 200) * size) / 1000 - 1e-6);
    measurer.font = css;
    const fixed = measurer.measureText("i").width === measurer.measureText("W").width;
    m = { ascent, descent, linespace: ascent + descent, fixed: fixed ? 1 : 0 };
    metricCache.set(css, m);
  }
  return m;
}

/** The width of one line of text as Tk measures it (query "measure"): Xft lays glyphs at whole-pixel advances and
 * without kerning, so each character's advance is rounded on its own. */
export function textWidth(font, text) {
  const css = fontCss(font || DEFAULT_FONT);
  let advances = advanceCache.get(css);
  if (!advances) {
    advances = new Map();
    advanceCache.set(css, advances);
  }
  measurer.font = css;
  let width = 0;
  for (const ch of String(text)) {
    let a = advances.get(ch);
    if (a === undefined) {
      a = Math.round(measurer.measureText(ch).width);
      advances.set(ch, a);
    }
    width += a;
  }
  return width;
}

// --- shared pieces ------------------------------------------------------------------------------------------------

/** Text (with the `underline` character marked), an image, or both as `compound` says; into `host`. */
function fillLabel(host, opts, ctx) {
  host.replaceChildren();
  const image = opts.image ? ctx.imageElement(opts.image) : null;
  const compound = opts.compound && opts.compound !== "none" ? opts.compound : image ? "image" : "text";
  const text = make("span", "pyroom-tk-label-text");
  const value = opts.text == null ? "" : String(opts.text);
  const u = num(opts.underline, -1);
  if (u >= 0 && u < value.length) {
    const mark = make("u", null, value[u]);
    text.append(value.slice(0, u), mark, value.slice(u + 1));
  } else text.textContent = value;
  if (num(opts.wraplength) > 0) {
    text.style.whiteSpace = "pre-wrap";
    text.style.maxWidth = px(opts.wraplength);
    text.style.display = "inline-block";
  }
  if (opts.justify) text.style.textAlign = opts.justify;
  if (!image || compound === "text") host.append(text);
  else if (compound === "image") host.append(image);
  else {
    const box = make("span", `pyroom-tk-compound pyroom-tk-compound-${compound}`);
    box.append(image, text);
    host.append(box);
  }
}

function labelPadding(w) {
  const { opts } = w;
  const i = inset(opts);
  const padx = Math.max(0, num(opts.padx));
  const pady = Math.max(0, num(opts.pady));
  w.el.style.padding = `${i + pady}px ${i + padx}px`;
}

const LABEL_KEYS = ["text", "image", "compound", "underline", "wraplength", "justify"];

function setState(w, state) {
  const disabled = state === "disabled";
  w.el.classList.toggle("pyroom-tk-disabled", disabled);
  w.el.classList.toggle("pyroom-tk-readonly", state === "readonly");
  if (w.el.tagName === "BUTTON") w.el.disabled = disabled;
  if (w.input) {
    w.input.disabled = disabled;
    if ("readOnly" in w.input) w.input.readOnly = state === "readonly";
  }
  w.el.setAttribute("aria-disabled", String(disabled));
}

function keyActivate(el, fn) {
  el.addEventListener("keydown", (e) => {
    if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      fn();
    }
  });
}

// --- popups: menus and dropdowns, drawn over the pane ------------------------------------------------------------

/** Position of `el`'s box relative to the pane element. */
function paneBox(ctx, el) {
  const a = el.getBoundingClientRect();
  const p = ctx.element.getBoundingClientRect();
  return {
    x: a.left - p.left + ctx.element.scrollLeft,
    y: a.top - p.top + ctx.element.scrollTop,
    w: a.width,
    h: a.height,
  };
}

export function closePopups(ctx, keep = null) {
  for (const popup of [...ctx.popups]) {
    if (keep && (popup === keep || popup.contains(keep) || popup.dataset.chain === keep.dataset.chain)) continue;
    popup.remove();
    ctx.popups.delete(popup);
    popup.onclose?.();
  }
}

function popupAt(ctx, x, y, className) {
  const popup = make("div", `pyroom-tk-popup ${className}`);
  popup.style.left = px(x);
  popup.style.top = px(y);
  ctx.element.append(popup);
  ctx.popups.add(popup);
  if (!ctx._popupGuard) {
    ctx._popupGuard = (e) => {
      if (!ctx.popups.size) return;
      if ([...ctx.popups].some((p) => p.contains(e.target))) return;
      if (e.target.closest?.("[data-opens-popup]")) return;
      closePopups(ctx);
    };
    document.addEventListener("pointerdown", ctx._popupGuard, true);
    ctx.element.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && ctx.popups.size) closePopups(ctx);
    });
  }
  return popup;
}

/** Open the dropdown of Tk menu `menuPath` at pane coordinates (x, y). */
export function openMenu(ctx, menuPath, x, y, chain = menuPath) {
  const menu = ctx.widgets.get(menuPath);
  if (!menu) return null;
  const popup = popupAt(ctx, x, y, "pyroom-tk-menu-popup");
  popup.dataset.chain = chain;
  popup.dataset.menu = menuPath;
  popup.setAttribute("role", "menu");
  if (menu.opts.font) popup.style.font = fontCss(menu.opts.font);
  if (menu.opts.bg) popup.style.background = menu.opts.bg;
  if (menu.opts.fg) popup.style.color = menu.opts.fg;
  let submenu = null;
  (menu.opts.entries || []).forEach((entry, index) => {
    if (entry.type === "tearoff") return;
    if (entry.type === "separator") {
      popup.append(make("div", "pyroom-tk-menu-separator"));
      return;
    }
    const item = make("div", "pyroom-tk-menu-item");
    const role = { checkbutton: "menuitemcheckbox", radiobutton: "menuitemradio" }[entry.type] || "menuitem";
    item.setAttribute("role", role);
    item.dataset.index = String(index);
    if (role !== "menuitem") item.setAttribute("aria-checked", String(Boolean(entry.selected)));
    const mark = make("span", "pyroom-tk-menu-mark", entry.selected ? (entry.type === "radiobutton" ? "\u2022" : "\u2713") : "");
    const label = make("span", "pyroom-tk-menu-label", entry.label ?? "");
    const accel = make("span", "pyroom-tk-menu-accel", entry.type === "cascade" ? "\u25b8" : entry.accelerator || "");
    item.append(mark, label, accel);
    if (entry.foreground) item.style.color = entry.foreground;
    if (entry.background) item.style.background = entry.background;
    const disabled = entry.state === "disabled";
    if (disabled) item.classList.add("pyroom-tk-disabled");
    item.setAttribute("aria-disabled", String(disabled));
    const openSub = () => {
      if (submenu) {
        submenu.remove();
        ctx.popups.delete(submenu);
        submenu = null;
      }
      if (entry.type === "cascade" && entry.menu && !disabled) {
        const box = paneBox(ctx, item);
        submenu = openMenu(ctx, entry.menu, box.x + box.w - 2, box.y - 3, chain);
      }
    };
    item.addEventListener("pointerenter", openSub);
    item.addEventListener("click", (e) => {
      e.stopPropagation();
      if (disabled) return;
      if (entry.type === "cascade") return openSub();
      closePopups(ctx);
      ctx.sendEvents([{ type: "Invoke", w: menuPath, index }]);
    });
    popup.append(item);
  });
  return popup;
}

function dropdownList(ctx, anchorEl, values, current, onPick, font) {
  const box = paneBox(ctx, anchorEl);
  const popup = popupAt(ctx, box.x, box.y + box.h, "pyroom-tk-dropdown");
  popup.style.minWidth = px(box.w);
  popup.setAttribute("role", "listbox");
  if (font) popup.style.font = fontCss(font);
  values.forEach((value, index) => {
    const row = make("div", "pyroom-tk-dropdown-row", value);
    row.setAttribute("role", "option");
    row.dataset.index = String(index);
    row.setAttribute("aria-selected", String(value === current));
    row.addEventListener("click", () => {
      closePopups(ctx);
      onPick(index, value);
    });
    popup.append(row);
  });
  return popup;
}

// --- renderers ----------------------------------------------------------------------------------------------------

const frame = {
  update(w, opts) {
    if (borderChanged(opts)) drawBorder(w);
  },
};

const labelFrame = {
  build(w) {
    w.lfBorder = make("div", "pyroom-tk-lf-border");
    w.lfLabel = make("span", "pyroom-tk-lf-label");
    w.el.append(w.lfBorder, w.lfLabel);
  },
  update(w, opts) {
    const o = w.opts;
    if ("text" in opts) w.lfLabel.textContent = o.text ?? "";
    w.lfLabel.hidden = !o.text;
    const lh = o.text ? fontMetrics(o.font).linespace : 0;
    const anchor = o.labelanchor || "nw";
    const bottom = anchor[0] === "s";
    const pos = anchor.length > 1 ? anchor[1] : "c";
    Object.assign(w.lfBorder.style, {
      top: bottom ? "0" : px(Math.floor(lh / 2)),
      bottom: bottom ? px(Math.floor(lh / 2)) : "0",
    });
    const sub = { ...o, highlightthickness: 0, relief: o.relief || "groove", bd: o.bd ?? 2 };
    drawBorder({ el: w.lfBorder, opts: sub });
    w.el.style.boxShadow = "";
    Object.assign(w.lfLabel.style, { top: bottom ? "" : "0", bottom: bottom ? "0" : "", left: "", right: "" });
    if (pos === "w" || pos === "c") w.lfLabel.style.left = px(num(o.bd, 2) + 5);
    if (pos === "e") w.lfLabel.style.right = px(num(o.bd, 2) + 5);
    w.lfLabel.style.font = o.font ? fontCss(o.font) : "";
    if (o.fg) w.lfLabel.style.color = o.fg;
  },
  styleTarget: (w) => w.lfLabel,
};

const label = {
  update(w, opts, ctx) {
    if (borderChanged(opts)) drawBorder(w);
    if (["padx", "pady", "bd", "highlightthickness"].some((k) => k in opts)) labelPadding(w);
    if (LABEL_KEYS.some((k) => k in opts)) fillLabel(w.el, w.opts, ctx);
  },
};

const message = {
  update(w, opts) {
    if (borderChanged(opts)) drawBorder(w);
    const o = w.opts;
    const i = inset(o);
    w.el.style.padding = `${i + Math.max(0, num(o.pady, 2))}px ${i + Math.max(0, num(o.padx, 4))}px`;
    w.el.style.whiteSpace = "pre-wrap";
    w.el.style.textAlign = o.justify || "left";
    if ("text" in opts) {
      const text = make("span", "pyroom-tk-label-text", o.text ?? "");
      w.el.replaceChildren(text);
    }
  },
};

const button = {
  tag: "button",
  build(w, ctx) {
    w.el.type = "button";
    w.el.addEventListener("click", () => ctx.sendEvents([{ type: "Invoke", w: w.path }]));
  },
  update(w, opts, ctx) {
    label.update(w, opts, ctx);
    if (opts.activebackground) w.el.style.setProperty("--pyroom-activebg", opts.activebackground);
    if (opts.activeforeground) w.el.style.setProperty("--pyroom-activefg", opts.activeforeground);
    if (opts.flash) {
      w.el.classList.add("pyroom-tk-flash");
      setTimeout(() => w.el.classList.remove("pyroom-tk-flash"), 400);
    }
  },
};

const toggle = {
  build(w, ctx) {
    const radio = w.cls.includes("Radio");
    w.el.setAttribute("role", radio ? "radio" : "checkbox");
    w.el.tabIndex = 0;
    w.mark = make("span", `pyroom-tk-indicator ${radio ? "pyroom-tk-radio-mark" : "pyroom-tk-check-mark"}`);
    w.labelHost = make("span", "pyroom-tk-toggle-label");
    w.el.append(w.mark, w.labelHost);
    const invoke = () => {
      if (!w.el.classList.contains("pyroom-tk-disabled")) ctx.sendEvents([{ type: "Invoke", w: w.path }]);
    };
    w.el.addEventListener("click", invoke);
    keyActivate(w.el, invoke);
  },
  update(w, opts, ctx) {
    const o = w.opts;
    if (borderChanged(opts) || "selected" in opts) {
      const look = o.indicatoron === 0 ? { ...o, relief: o.selected ? "sunken" : o.relief === "flat" ? "raised" : o.relief } : o;
      drawBorder({ el: w.el, opts: look });
    }
    if (["padx", "pady", "bd", "highlightthickness"].some((k) => k in opts)) labelPadding(w);
    if (LABEL_KEYS.some((k) => k in opts)) fillLabel(w.labelHost, o, ctx);
    if ("selected" in opts) {
      w.el.setAttribute("aria-checked", String(Boolean(o.selected)));
      w.el.classList.toggle("pyroom-tk-selected", Boolean(o.selected));
    }
    if ("indicatoron" in opts) w.mark.hidden = o.indicatoron === 0;
    if (opts.selectcolor) w.mark.style.background = opts.selectcolor;
    if (opts.activebackground) w.el.style.setProperty("--pyroom-activebg", opts.activebackground);
  },
};

/** Entry, Spinbox, ttk Entry/Spinbox/Combobox: an <input> that reports the reader's edits as Value events. */
function entryBase(w, ctx) {
  const input = make("input", "pyroom-tk-input");
  input.type = "text";
  input.spellcheck = false;
  input.autocomplete = "off";
  input.setAttribute("aria-label", w.path);
  let before = null; // a masked entry (`show`): the selection and the length before the edit
  input.addEventListener("beforeinput", (e) => {
    if (!w.opts.show) return;
    if (e.inputType.startsWith("history")) e.preventDefault(); // undo would bring back masked text, not the text
    before = { start: input.selectionStart ?? 0, length: input.value.length };
  });
  input.addEventListener("input", () => {
    const caret = input.selectionStart ?? input.value.length;
    if (w.opts.show && before) {
      // The shim keeps the text and sends it masked (Tk draws each character as the `show` character); the page
      // reports what replaced which characters: from..to of the old text became `inserted`.
      const from = Math.min(before.start, caret);
      const inserted = input.value.slice(from, caret);
      const to = from + (before.length - input.value.length) + inserted.length;
      const end = from + [...inserted].length; // (offsets in characters, as Python counts them)
      const mask = [...String(w.opts.show)][0];
      input.value = mask.repeat(before.length - (to - from) + end - from);
      before = null;
      input.setSelectionRange(end, end);
      w.value = input.value;
      ctx.sendEvents([{ type: "Value", w: w.path, edit: [from, to, inserted], cursor: end }]);
      return;
    }
    w.value = input.value;
    ctx.sendEvents([{ type: "Value", w: w.path, value: input.value, cursor: caret }]);
  });
  w.el.append(input);
  w.input = input;
  w.value = "";
}

function entryUpdate(w, opts) {
  const { input } = w;
  const o = w.opts;
  if (borderChanged(opts)) drawBorder(w);
  if ("bd" in opts || "highlightthickness" in opts) w.el.style.padding = px(inset(o));
  if ("value" in opts) {
    const value = opts.value == null ? "" : String(opts.value);
    w.value = value;
    if (input.value !== value) {
      const focused = document.activeElement === input;
      input.value = value;
      if (focused && !("cursor" in opts)) input.setSelectionRange(value.length, value.length);
    }
  }
  if (typeof opts.cursor === "number" && document.activeElement === input && input.selectionStart === input.selectionEnd) {
    const c = Math.min(num(opts.cursor), input.value.length);
    input.setSelectionRange(c, c);
  }
  if ("select" in opts) {
    if (opts.select) input.setSelectionRange(opts.select[0], opts.select[1]);
    else if (input.selectionStart !== input.selectionEnd) input.setSelectionRange(input.selectionEnd, input.selectionEnd);
  }
  // `show`: the shim sends the value already masked, as Tk draws it (each character as the `show` character)
  if ("justify" in opts) input.style.textAlign = o.justify || "left";
  if (opts.fg) input.style.color = opts.fg;
  if (opts.insertbackground) input.style.caretColor = opts.insertbackground;
  if (opts.selectbackground) w.el.style.setProperty("--pyroom-selbg", opts.selectbackground);
}

const entry = {
  build: entryBase,
  update: entryUpdate,
};

function arrows(w, ctx, className) {
  const box = make("span", className);
  const up = make("span", "pyroom-tk-arrow pyroom-tk-arrow-up");
  const down = make("span", "pyroom-tk-arrow pyroom-tk-arrow-down");
  for (const [el, element] of [
    [up, "buttonup"],
    [down, "buttondown"],
  ]) {
    el.setAttribute("role", "button");
    el.setAttribute("aria-label", element === "buttonup" ? "Increase" : "Decrease");
    el.addEventListener("pointerdown", (e) => {
      e.preventDefault();
      if (!w.el.classList.contains("pyroom-tk-disabled")) ctx.sendEvents([{ type: "Invoke", w: w.path, element }]);
    });
  }
  box.append(up, down);
  w.el.append(box);
  w.input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      ctx.sendEvents([{ type: "Invoke", w: w.path, element: e.key === "ArrowUp" ? "buttonup" : "buttondown" }]);
    }
  });
  return box;
}

const spinbox = {
  build(w, ctx) {
    entryBase(w, ctx);
    w.arrows = arrows(w, ctx, "pyroom-tk-spin-arrows");
  },
  update(w, opts) {
    entryUpdate(w, opts);
    if (opts.buttonbackground) w.arrows.style.background = opts.buttonbackground;
  },
};

const combobox = {
  build(w, ctx) {
    entryBase(w, ctx);
    const arrow = make("span", "pyroom-tk-combo-arrow");
    arrow.setAttribute("role", "button");
    arrow.setAttribute("aria-label", "Open list");
    arrow.dataset.opensPopup = "";
    const open = () => {
      if (w.el.classList.contains("pyroom-tk-disabled")) return;
      if (w.dropdown?.isConnected) return closePopups(ctx);
      w.dropdown = dropdownList(ctx, w.el, w.opts.values || [], w.input.value, (index, value) => {
        w.input.value = value;
        ctx.sendEvents([{ type: "Select", w: w.path, value: [index] }]);
      }, w.opts.font);
    };
    arrow.addEventListener("click", open);
    w.input.addEventListener("click", () => {
      if (w.input.readOnly) open();
    });
    w.input.dataset.opensPopup = "";
    w.el.append(arrow);
  },
  update(w, opts) {
    entryUpdate(w, opts);
  },
};

// Text: a contenteditable area; tags become styled spans (priority: later tags win, as Tk's tag order).
function tagStyle(span, opts) {
  if (opts.fg) span.style.color = opts.fg;
  if (opts.bg) span.style.background = opts.bg;
  if (opts.font) span.style.font = fontCss(opts.font);
  const lines = [];
  if (opts.underline) lines.push("underline");
  if (opts.overstrike) lines.push("line-through");
  if (lines.length) span.style.textDecoration = lines.join(" ");
  if (opts.elide) span.style.display = "none";
  if (opts.offset) span.style.verticalAlign = px(opts.offset);
}

// An embedded window or image of a Text: U+FFFC in the value the shim sends (one index, as in Tk), drawn as an
// inline box holding the image or the widget's own element.
const EMBED = "\ufffc";
const isEmbed = (node) => node.nodeType === Node.ELEMENT_NODE && node.classList.contains("pyroom-tk-text-embed");

function embedBox(embed, ctx) {
  const box = make("span", "pyroom-tk-text-embed");
  box.contentEditable = "false";
  box.dataset.align = embed.align || "center";
  box.style.padding = `${num(embed.pady)}px ${num(embed.padx)}px`;
  if (embed.kind === "image" && embed.image?.url) {
    const img = make("img");
    img.alt = "";
    Object.assign(img, { src: embed.image.url, width: embed.image.width, height: embed.image.height });
    box.append(img);
  } else if (embed.window) {
    box.dataset.window = embed.window;
    const widget = ctx?.widgets.get(embed.window);
    if (widget) box.append(widget.el);
  }
  return box;
}

function renderTextContent(area, value, tags, embeds, ctx) {
  const cuts = new Set([0, value.length]);
  const at = new Map((embeds || []).map((e) => [e.at, e]));
  for (const i of at.keys()) cuts.add(i).add(i + 1);
  const live = (tags || []).filter((t) => t.ranges?.length);
  for (const t of live) for (const [a, b] of t.ranges) cuts.add(Math.max(0, Math.min(value.length, a))).add(Math.max(0, Math.min(value.length, b)));
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    if (e <= s) continue;
    const text = value.slice(s, e);
    if (text === EMBED && at.has(s)) {
      nodes.push(embedBox(at.get(s), ctx));
      continue;
    }
    const on = live.filter((t) => t.ranges.some(([a, b]) => a <= s && e <= b));
    if (!on.length) {
      nodes.push(document.createTextNode(text));
      continue;
    }
    const span = make("span", null, text);
    for (const t of on) {
      if (t.name === "sel") span.classList.add("pyroom-tk-sel");
      tagStyle(span, t.opts || {});
    }
    span.dataset.tags = on.map((t) => t.name).join(" ");
    nodes.push(span);
  }
  // A trailing newline needs something after it to show as an empty last line.
  if (value.endsWith("\n")) nodes.push(make("br"));
  area.replaceChildren(...nodes);
}

// The text nodes of the editing area and its embeds (each one index), in order, not looking inside embeds.
function* textPieces(node) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) yield child;
    else if (isEmbed(child)) yield child;
    else yield* textPieces(child);
  }
}

function caretOffset(area) {
  const sel = area.ownerDocument.getSelection();
  if (!sel || !sel.rangeCount || !area.contains(sel.focusNode)) return null;
  const range = document.createRange();
  range.setStart(area, 0);
  range.setEnd(sel.focusNode, sel.focusOffset);
  if (!area.querySelector(".pyroom-tk-text-embed")) return range.toString().length;
  let count = 0;
  for (const piece of textPieces(area)) {
    if (!range.intersectsNode(piece)) break;
    if (isEmbed(piece)) count += 1;
    else count += piece === sel.focusNode ? sel.focusOffset : piece.length;
    if (piece === sel.focusNode) break;
  }
  return count;
}

function setCaret(area, offset) {
  let left = offset;
  const selection = area.ownerDocument.getSelection();
  for (const piece of textPieces(area)) {
    if (isEmbed(piece)) {
      if (left === 0) return selection.collapse(piece.parentNode, [...piece.parentNode.childNodes].indexOf(piece));
      left -= 1;
      continue;
    }
    if (left <= piece.length) return selection.collapse(piece, left);
    left -= piece.length;
  }
  selection.collapse(area, area.childNodes.length);
}

/** The text of the editing area as Tk counts it: text nodes, <br> and blocks as newlines, minus the <br> the
 * browser keeps after a trailing newline so that the empty last line shows. */
function readText(area) {
  let out = "";
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.data;
      else if (isEmbed(child)) out += EMBED;
      else if (child.nodeName === "BR") {
        if (!(child === area.lastChild && out.endsWith("\n"))) out += "\n";
      } else if (child.nodeName === "DIV" || child.nodeName === "P") {
        if (out && !out.endsWith("\n")) out += "\n";
        walk(child);
      } else walk(child);
    }
  };
  walk(area);
  // Chrome ends a text that ends in a newline with a second newline (its stand-in for the empty last line).
  let last = area.lastChild;
  while (last && last.nodeType !== Node.TEXT_NODE && last.lastChild) last = last.lastChild;
  if (last?.nodeType === Node.TEXT_NODE && out.endsWith("\n")) out = out.slice(0, -1);
  return out.replace(/\u00a0/g, " ");
}

const text = {
  build(w, ctx) {
    const area = make("div", "pyroom-tk-textarea");
    area.contentEditable = "plaintext-only";
    area.spellcheck = false;
    area.setAttribute("role", "textbox");
    area.setAttribute("aria-multiline", "true");
    area.addEventListener("input", (e) => {
      if (e.target !== area) return; // an embedded widget's own input
      const value = readText(area);
      w.value = value;
      ctx.sendEvents([{ type: "Value", w: w.path, value, cursor: caretOffset(area) ?? value.length }]);
    });
    area.addEventListener("keydown", (e) => {
      if (e.key === "Tab" && e.target === area && !e.ctrlKey && !e.altKey && area.isContentEditable) {
        e.preventDefault();
        document.execCommand("insertText", false, "\t");
      }
    });
    w.el.append(area);
    w.input = area;
    w.value = "";
    w.tagsKey = "";
  },
  update(w, opts, ctx) {
    const o = w.opts;
    const area = w.input;
    if (borderChanged(opts)) drawBorder(w);
    if (["bd", "highlightthickness", "padx", "pady"].some((k) => k in opts)) {
      const i = inset(o);
      w.el.style.padding = px(i);
      area.style.padding = `${num(o.pady)}px ${num(o.padx)}px`;
    }
    if (opts.font || !area.style.lineHeight) area.style.lineHeight = px(fontMetrics(o.font).linespace);
    if ("wrap" in opts) {
      area.style.whiteSpace = o.wrap === "none" ? "pre" : "pre-wrap";
      area.style.wordBreak = o.wrap === "char" ? "break-all" : "normal";
      area.style.overflowWrap = o.wrap === "word" ? "anywhere" : ""; // (a word longer than a line breaks, as in Tk)
    }
    if ("state" in opts) area.contentEditable = o.state === "disabled" ? "false" : "plaintext-only";
    if (opts.insertbackground) area.style.caretColor = opts.insertbackground;
    if ("value" in opts || "tags" in opts || "embeds" in opts) {
      const value = String(o.value ?? "");
      const tagsKey = JSON.stringify([(o.tags || []).filter((t) => t.name !== "sel" || t.ranges.length), o.embeds || []]);
      if (value !== readText(area) || tagsKey !== w.tagsKey) {
        const focused = document.activeElement === area;
        const at = focused ? caretOffset(area) : null;
        renderTextContent(area, value, o.tags, o.embeds, ctx);
        if (focused) setCaret(area, Math.min(value.length, "cursor" in opts ? num(opts.cursor) : at ?? value.length));
      }
      w.value = value;
      w.tagsKey = tagsKey;
    }
    if ("top" in opts) area.scrollTop = num(opts.top) * fontMetrics(o.font).linespace;
  },
};

const canvas = {
  build(w, ctx) {
    w.canvas = new CanvasView(w.el, { resolveImage: (name) => ctx.images.get(name) });
    w.el.dataset.paper = "tk"; // on Tk's default background until the program gives one (see update)
    w.el.tabIndex = 0;
    // Canvas coordinates start at the widget's corner, under its border (as in Tk): the SVG fills the whole
    // widget and the border and highlight ring are drawn over it.
    w.frameEl = make("div", "pyroom-tk-canvas-frame");
    w.el.append(w.frameEl);
  },
  update(w, opts) {
    if (borderChanged(opts)) drawBorder({ el: w.frameEl, opts: w.opts });
    // "Paper": a canvas on its default background (Tk's grey, or a turtle screen's white) follows a dark docs theme
    // (black ink turns light; on turtle paper white ink turns to the paper's colour). Chosen colours stay.
    if ("bg" in opts || "paper" in opts) {
      const paper = w.opts.paper ? "turtle" : w.opts.bg ? "" : "tk";
      if (paper) w.el.dataset.paper = paper;
      else delete w.el.dataset.paper;
    }
  },
};

// Listbox: rows of Tk's height (linespace + 1 + 2 * selectborderwidth), scrolled by the shim's `top`.
function listboxRowHeight(o) {
  return fontMetrics(o.font).linespace + 1 + 2 * num(o.selectborderwidth);
}

const listbox = {
  build(w, ctx) {
    w.el.setAttribute("role", "listbox");
    w.el.tabIndex = 0;
    w.rows = make("div", "pyroom-tk-rows");
    w.el.append(w.rows);
    w.sel = new Set();
    w.itemOpts = new Map();
    w.prev = -1; // Tk's Priv(listboxPrev) and Priv(listboxSelection), per listbox
    w.saved = null;
    const count = () => (w.opts.items || []).length;
    // the row at a client y, clamped to the list as Tk's `index @x,y`
    const rowAt = (clientY) => {
      const h = listboxRowHeight(w.opts);
      const i = Math.floor((clientY - w.rows.getBoundingClientRect().top) / h);
      return Math.max(0, Math.min(count() - 1, i));
    };
    const pointer = { down: false };
    w.el.addEventListener("pointerdown", (event) => {
      if (event.button !== 0 || w.el.classList.contains("pyroom-tk-disabled") || !count()) return;
      const row = event.target.closest("[data-index]");
      if (!row) return;
      const i = Number(row.dataset.index);
      const mode = listbox.mode(w);
      ctx.pressFirst(event, w);
      pointer.down = true;
      w.el.setPointerCapture?.(event.pointerId);
      if (doublePress(w, i, event)) return; // <Double-1>: an empty script in Tk's Listbox bindings
      // <Shift-1> and <Control-1> do something in extended mode only (and then no plain click happens)
      if (event.shiftKey) {
        if (mode === "extended") {
          if (w.sel.has(w.anchor)) listbox.motion(w, i, ctx);
          else listbox.beginSelect(w, i, ctx);
        }
      } else if (event.ctrlKey || event.metaKey) {
        if (mode === "extended") {
          w.saved = [...w.sel];
          w.prev = i;
          w.anchor = i;
          if (w.sel.has(i)) w.sel.delete(i);
          else w.sel.add(i);
          listbox.fire(w, ctx, i);
        }
      } else listbox.beginSelect(w, i, ctx);
    });
    w.el.addEventListener("pointermove", (event) => {
      if (pointer.down && event.buttons & 1) listbox.motion(w, rowAt(event.clientY), ctx);
    });
    const release = () => {
      pointer.down = false;
    };
    w.el.addEventListener("pointerup", release);
    w.el.addEventListener("pointercancel", release);
    w.el.addEventListener("keydown", (event) => {
      const n = count();
      if (!n || w.el.classList.contains("pyroom-tk-disabled")) return;
      const mode = listbox.mode(w);
      const active = Math.max(0, Math.min(n - 1, w.active ?? 0));
      if (event.key === "ArrowUp" || event.key === "ArrowDown") {
        event.preventDefault();
        const i = Math.max(0, Math.min(n - 1, active + (event.key === "ArrowUp" ? -1 : 1)));
        if (event.shiftKey) {
          // ListboxExtendUpDown
          if (mode !== "extended") return;
          if (w.saved == null) {
            w.sel.add(active);
            w.saved = [...w.sel];
          }
          w.active = i;
          if (i === w.prev) ctx.sendEvents([{ type: "Select", w: w.path, active: i, see: true }]);
          else listbox.motion(w, i, ctx, true);
          return;
        }
        // ListboxUpDown: the active row moves; browse and extended select it
        w.active = i;
        if (mode === "browse" || mode === "extended") {
          w.sel = new Set([i]);
          if (mode === "extended") {
            w.anchor = i;
            w.prev = i;
            w.saved = [];
          }
          listbox.fire(w, ctx, i, true);
        } else {
          listbox.paintActive(w);
          ctx.sendEvents([{ type: "Select", w: w.path, active: i, see: true }]);
        }
      } else if (event.key === " ") {
        event.preventDefault();
        listbox.beginSelect(w, active, ctx);
      }
    });
  },
  /** The selectmode: Tk's bindings know browse, single, multiple and extended (any other value acts as single). */
  mode(w) {
    return String(w.opts.selectmode ?? "browse");
  },
  /** Paint the selection and report it: each Select event fires one <<ListboxSelect>> in the program. */
  fire(w, ctx, active, see = false) {
    w.active = active;
    listbox.paintSelection(w);
    listbox.paintActive(w);
    const ev = { type: "Select", w: w.path, value: [...w.sel].sort((a, b) => a - b), active, anchor: w.anchor };
    if (see) ev.see = true;
    ctx.sendEvents([ev]);
  },
  // ListboxBeginSelect
  beginSelect(w, i, ctx) {
    if (listbox.mode(w) === "multiple") {
      if (w.sel.has(i)) w.sel.delete(i);
      else w.sel.add(i);
    } else {
      w.sel = new Set([i]);
      w.anchor = i;
      w.saved = [];
      w.prev = i;
    }
    listbox.fire(w, ctx, i);
  },
  // ListboxMotion: dragging in browse mode moves the selection, in extended mode stretches it from the anchor
  motion(w, el, ctx, see = false) {
    if (el === w.prev) return;
    const mode = listbox.mode(w);
    const sel = w.sel;
    const range = (a, b, on) => {
      for (let k = Math.min(a, b); k <= Math.max(a, b); k++) {
        if (on) sel.add(k);
        else sel.delete(k);
      }
    };
    if (mode === "browse") {
      w.sel = new Set([el]);
      w.prev = el;
      listbox.fire(w, ctx, el, see);
    } else if (mode === "extended") {
      const anchor = w.anchor ?? el;
      let i = w.prev;
      if (i < 0) {
        i = el;
        sel.add(el);
      }
      const anchorSelected = sel.has(anchor);
      range(i, el, false);
      range(anchor, el, anchorSelected);
      if (w.saved == null) w.saved = [...sel];
      for (; i < el && i < anchor; i++) if (w.saved.includes(i)) sel.add(i);
      for (; i > el && i > anchor; i--) if (w.saved.includes(i)) sel.add(i);
      w.prev = el;
      listbox.fire(w, ctx, el, see);
    }
  },
  paintActive(w) {
    for (const row of w.rows.children) row.classList.toggle("pyroom-tk-active", Number(row.dataset.index) === w.active);
  },
  paintSelection(w) {
    for (const row of w.rows.children) row.setAttribute("aria-selected", String(w.sel.has(Number(row.dataset.index))));
  },
  paintRow(w, row, i) {
    const o = w.itemOpts.get(i) || {};
    row.style.background = o.bg || o.background || "";
    row.style.color = o.fg || o.foreground || "";
    if (o.selectbackground) row.style.setProperty("--pyroom-selbg", o.selectbackground);
    if (o.selectforeground) row.style.setProperty("--pyroom-selfg", o.selectforeground);
  },
  update(w, opts) {
    const o = w.opts;
    if (borderChanged(opts)) {
      drawBorder(w);
      w.el.style.padding = px(inset(o));
    }
    const h = listboxRowHeight(o);
    w.rows.style.setProperty("--pyroom-row", px(h));
    if (opts.selectbackground) w.el.style.setProperty("--pyroom-selbg", opts.selectbackground);
    if (opts.selectforeground) w.el.style.setProperty("--pyroom-selfg", opts.selectforeground);
    if ("items" in opts) {
      if (opts.items.length < w.rows.childElementCount) for (const k of [...w.itemOpts.keys()]) if (k >= opts.items.length) w.itemOpts.delete(k);
      w.rows.replaceChildren(
        ...opts.items.map((item, index) => {
          const row = make("div", "pyroom-tk-row", item);
          row.dataset.index = String(index);
          row.setAttribute("role", "option");
          listbox.paintRow(w, row, index);
          return row;
        }),
      );
    }
    if ("itemconfig" in opts) {
      const [i, io] = opts.itemconfig;
      w.itemOpts.set(i, { ...(w.itemOpts.get(i) || {}), ...io });
      const row = w.rows.children[i];
      if (row) listbox.paintRow(w, row, i);
    }
    if ("selection" in opts) w.sel = new Set(opts.selection || []);
    if ("items" in opts || "selection" in opts) listbox.paintSelection(w);
    if ("active" in opts) {
      w.active = opts.active;
      listbox.paintActive(w);
    }
    if ("anchor" in opts) w.anchor = opts.anchor;
    if ("top" in opts || "items" in opts || "font" in opts) w.rows.style.transform = `translateY(${-num(o.top) * h}px)`;
    if ("justify" in opts) w.rows.style.textAlign = o.justify;
    if ("left" in opts) w.rows.style.textIndent = `${-num(o.left)}px`; // the horizontal view (rows keep their width)
  },
};

// Scrollbar: two arrows and a slider between `first` and `last`; arrows, trough clicks and drags call the
// scrollbar's command through Value events (["scroll", n, "units"|"pages"] or ["moveto", fraction]).
const scrollbar = {
  build(w, ctx) {
    w.el.setAttribute("role", "scrollbar");
    w.up = make("span", "pyroom-tk-sb-arrow pyroom-tk-sb-up");
    w.trough = make("span", "pyroom-tk-sb-trough");
    w.slider = make("span", "pyroom-tk-sb-slider");
    w.down = make("span", "pyroom-tk-sb-arrow pyroom-tk-sb-down");
    w.trough.append(w.slider);
    w.el.append(w.up, w.trough, w.down);
    const send = (value) => ctx.sendEvents([{ type: "Value", w: w.path, value }]);
    const repeat = (fn) => (e) => {
      e.preventDefault();
      fn(e);
      let timer = setTimeout(function again() {
        fn(e);
        timer = setTimeout(again, 60);
      }, 300);
      const stop = () => {
        clearTimeout(timer);
        window.removeEventListener("pointerup", stop);
      };
      window.addEventListener("pointerup", stop);
    };
    w.up.addEventListener("pointerdown", repeat(() => send(["scroll", -1, "units"])));
    w.down.addEventListener("pointerdown", repeat(() => send(["scroll", 1, "units"])));
    w.trough.addEventListener("pointerdown", (e) => {
      if (e.target === w.slider) return;
      const box = w.slider.getBoundingClientRect();
      const before = w.vertical ? e.clientY < box.top : e.clientX < box.left;
      repeat(() => send(["scroll", before ? -1 : 1, "pages"]))(e);
    });
    w.slider.addEventListener("pointerdown", (e) => {
      e.preventDefault();
      e.stopPropagation();
      w.slider.setPointerCapture(e.pointerId);
      const start = w.vertical ? e.clientY : e.clientX;
      const first0 = num(w.opts.first);
      const move = (m) => {
        const len = w.vertical ? w.trough.clientHeight : w.trough.clientWidth;
        if (!len) return;
        const f = Math.max(0, Math.min(1, first0 + ((w.vertical ? m.clientY : m.clientX) - start) / len));
        send(["moveto", Number(f.toFixed(6))]);
      };
      w.slider.addEventListener("pointermove", move);
      w.slider.addEventListener("pointerup", () => w.slider.removeEventListener("pointermove", move), { once: true });
    });
  },
  update(w, opts) {
    const o = w.opts;
    w.vertical = !String(o.orient || "vertical").startsWith("h");
    w.el.classList.toggle("pyroom-tk-horizontal", !w.vertical);
    if (borderChanged(opts)) {
      drawBorder(w);
      w.el.style.padding = px(inset(o));
    }
    if (opts.troughcolor) w.el.style.background = opts.troughcolor;
    if (opts.bg) w.slider.style.background = opts.bg;
    if (w.cls === "Scrollbar" && ["orient", "width", "bg"].some((k) => k in opts)) classicArrows(w);
    const first = Math.max(0, Math.min(1, num(o.first, 0)));
    const last = Math.max(first, Math.min(1, num(o.last, 1)));
    Object.assign(w.slider.style, w.vertical
      ? { top: `${first * 100}%`, height: `${(last - first) * 100}%`, left: "0", right: "0", width: "" }
      : { left: `${first * 100}%`, width: `${(last - first) * 100}%`, top: "0", bottom: "0", height: "" });
  },
};

const SVG_NS = "http://www.w3.org/2000/svg";

/** A classic Scrollbar's arrows, as X11 Tk draws them: 3D triangles as wide as the scrollbar (its `width`), in the
 * trough, each in a box one pixel longer (the trough shows between arrow and slider). Edges facing up and left are
 * light, the others dark (swapped while pressed: CSS). */
function classicArrows(w) {
  const o = w.opts;
  const n = Math.max(1, num(o.width, 11));
  const own = shadowColors(o.bg);
  if (own) {
    w.el.style.setProperty("--pyroom-sb-bg", o.bg);
    w.el.style.setProperty("--pyroom-sb-light", own.light);
    w.el.style.setProperty("--pyroom-sb-dark", own.dark);
  }
  const h = n - 0.5; // (pixel centres of the far edges)
  const mid = n / 2;
  // [corner points, then the edges as [from, to, lit?]] for each direction, in an n x n box
  const shapes = w.vertical
    ? {
        up: [[[mid, 0.5], [h, h], [0.5, h]], [[0, 1, false], [1, 2, false], [2, 0, true]]],
        down: [[[0.5, 0.5], [h, 0.5], [mid, h]], [[0, 1, true], [1, 2, false], [2, 0, true]]],
      }
    : {
        up: [[[0.5, mid], [h, 0.5], [h, h]], [[0, 1, true], [1, 2, false], [2, 0, false]]],
        down: [[[0.5, 0.5], [h, mid], [0.5, h]], [[0, 1, true], [1, 2, false], [2, 0, true]]],
      };
  for (const [key, el] of [["up", w.up], ["down", w.down]]) {
    const [points, edges] = shapes[key];
    const svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("class", "pyroom-tk-sb-svg");
    svg.setAttribute("width", String(n));
    svg.setAttribute("height", String(n));
    svg.setAttribute("shape-rendering", "crispEdges");
    const fill = document.createElementNS(SVG_NS, "polygon");
    fill.setAttribute("points", points.map((p) => p.join(",")).join(" "));
    fill.setAttribute("class", "pyroom-tk-sb-face");
    svg.append(fill);
    for (const [a, b, lit] of edges) {
      const line = document.createElementNS(SVG_NS, "line");
      const [[x1, y1], [x2, y2]] = [points[a], points[b]];
      Object.entries({ x1, y1, x2, y2 }).forEach(([k, v]) => line.setAttribute(k, String(v)));
      line.setAttribute("class", lit ? "pyroom-tk-sb-lit" : "pyroom-tk-sb-shade");
      svg.append(line);
    }
    el.replaceChildren(svg);
    el.classList.add("pyroom-tk-sb-classic");
    Object.assign(el.style, w.vertical ? { height: px(n + 1), width: "" } : { width: px(n + 1), height: "" });
  }
}

// Scale (classic and ttk): a trough with a slider; dragging or clicking reports the new value.
function scaleValueAt(w, e) {
  const o = w.opts;
  const r = w.trough.getBoundingClientRect();
  const slider = w.ttk ? 0 : num(o.sliderlength, 30);
  const len = (w.vertical ? r.height : r.width) - slider;
  const pos = (w.vertical ? e.clientY - r.top : e.clientX - r.left) - slider / 2;
  const f = Math.max(0, Math.min(1, len > 0 ? pos / len : 0));
  const from = num(o.from);
  const to = num(o.to, 100);
  let v = from + f * (to - from);
  const res = num(o.resolution, w.ttk ? 0 : 1);
  if (res > 0) v = Math.round(v / res) * res;
  return Number(v.toFixed(10));
}

function formatScale(o, v) {
  const res = num(o.resolution, 1);
  const digits = num(o.digits);
  if (digits > 0) return Number(v).toPrecision(digits);
  if (res >= 1 || res <= 0) return String(Math.round(v));
  const decimals = Math.max(0, Math.ceil(-Math.log10(res)));
  return Number(v).toFixed(decimals);
}

function scaleBuild(w, ctx) {
  w.el.setAttribute("role", "slider");
  w.el.tabIndex = 0;
  w.labelEl = make("span", "pyroom-tk-scale-label");
  w.valueEl = make("span", "pyroom-tk-scale-value");
  w.trough = make("span", "pyroom-tk-scale-trough");
  w.slider = make("span", "pyroom-tk-scale-slider");
  w.trough.append(w.slider);
  if (w.ttk) w.el.append(w.trough);
  else w.el.append(w.labelEl, w.valueEl, w.trough);
  const send = (v) => {
    if (v === w.value) return;
    w.value = v;
    scalePaint(w);
    ctx.sendEvents([{ type: "Value", w: w.path, value: v }]);
  };
  w.trough.addEventListener("pointerdown", (e) => {
    if (w.el.classList.contains("pyroom-tk-disabled")) return;
    e.preventDefault();
    w.trough.setPointerCapture(e.pointerId);
    send(scaleValueAt(w, e));
    const move = (m) => send(scaleValueAt(w, m));
    w.trough.addEventListener("pointermove", move);
    w.trough.addEventListener("pointerup", () => w.trough.removeEventListener("pointermove", move), { once: true });
  });
  w.el.addEventListener("keydown", (e) => {
    const step = num(w.opts.resolution, 1) || (num(w.opts.to, 100) - num(w.opts.from)) / 100;
    const dir = { ArrowLeft: -1, ArrowDown: 1, ArrowUp: -1, ArrowRight: 1 }[e.key];
    if (!dir) return;
    e.preventDefault();
    const [lo, hi] = [Math.min(num(w.opts.from), num(w.opts.to, 100)), Math.max(num(w.opts.from), num(w.opts.to, 100))];
    send(Math.max(lo, Math.min(hi, Number((num(w.value) + (w.vertical && !w.ttk ? dir : dir) * step).toFixed(10)))));
  });
}

function scalePaint(w) {
  const o = w.opts;
  const from = num(o.from);
  const to = num(o.to, 100);
  const f = to === from ? 0 : Math.max(0, Math.min(1, (num(w.value) - from) / (to - from)));
  const slider = w.ttk ? 0 : num(o.sliderlength, 30);
  const prop = w.vertical ? "top" : "left";
  w.slider.style.top = w.slider.style.left = "";
  w.slider.style[prop] = `calc((100% - ${slider}px) * ${f})`;
  if (w.ttk) w.slider.style[prop] = `calc((100% - var(--pyroom-thumb, 16px)) * ${f})`;
  w.el.setAttribute("aria-valuenow", String(w.value));
  if (!w.ttk) {
    w.valueEl.textContent = num(o.showvalue, 1) ? formatScale(o, num(w.value)) : "";
    w.valueEl.hidden = !num(o.showvalue, 1);
    if (!w.vertical) {
      // Tk writes a horizontal scale's value centred over the slider
      const edge = num(o.highlightthickness) + num(o.bd, 1);
      w.valueEl.style.left = `calc(${edge + slider / 2}px + (100% - ${2 * edge + slider}px) * ${f})`;
    } else w.valueEl.style.left = "";
  }
}

const scale = {
  build(w, ctx) {
    w.ttk = w.cls === "TScale";
    scaleBuild(w, ctx);
  },
  update(w, opts) {
    const o = w.opts;
    w.vertical = String(o.orient || (w.ttk ? "horizontal" : "vertical")).startsWith("v");
    w.el.classList.toggle("pyroom-tk-vertical", w.vertical);
    if (!w.ttk) {
      if (borderChanged(opts)) drawBorder(w);
      w.el.style.padding = px(num(o.highlightthickness));
      if ("label" in opts) w.labelEl.textContent = o.label || "";
      w.labelEl.hidden = !o.label;
      const thick = num(o.width, 15);
      const bd = num(o.bd, 1);
      w.trough.style[w.vertical ? "width" : "height"] = px(thick + 2 * bd);
      w.trough.style[w.vertical ? "height" : "width"] = "";
      drawBorder({ el: w.trough, opts: { relief: "sunken", bd, highlightthickness: 0, bg: o.bg } });
      w.slider.style[w.vertical ? "height" : "width"] = px(num(o.sliderlength, 30));
      w.slider.style[w.vertical ? "width" : "height"] = "";
      w.slider.style.margin = px(bd);
      if (opts.troughcolor) w.trough.style.background = opts.troughcolor;
      if (opts.bg) w.slider.style.background = opts.bg;
      // X11 Tk's horizontal layout: the label at the top left, the value line 2 px above the trough, the trough
      // 1 px above the highlight ring
      const ht = num(o.highlightthickness);
      const horizontal = !w.vertical;
      Object.assign(w.labelEl.style, horizontal ? { top: px(ht + 2), left: px(ht + bd + 6) } : { top: "", left: "" });
      Object.assign(w.trough.style, horizontal ? { bottom: px(ht + 1), left: px(ht + 1), right: px(ht + 1) } : { bottom: "", left: "", right: "" });
      w.valueEl.style.bottom = horizontal ? px(ht + 1 + thick + 2 * bd + 2) : "";
      if (opts.fg) w.valueEl.style.color = opts.fg;
    }
    if ("value" in opts) w.value = num(opts.value);
    scalePaint(w);
  },
};

const progressbar = {
  build(w) {
    w.el.setAttribute("role", "progressbar");
    w.bar = make("span", "pyroom-tk-progress-bar");
    w.el.append(w.bar);
  },
  update(w) {
    const o = w.opts;
    const vertical = String(o.orient || "").startsWith("v");
    w.el.classList.toggle("pyroom-tk-vertical", vertical);
    const indeterminate = o.mode === "indeterminate";
    w.el.classList.toggle("pyroom-tk-indeterminate", indeterminate);
    const max = num(o.maximum, 100) || 100;
    const f = Math.max(0, Math.min(1, num(o.value) / max));
    w.el.setAttribute("aria-valuenow", String(num(o.value)));
    w.el.setAttribute("aria-valuemax", String(max));
    w.bar.style.width = w.bar.style.height = "";
    w.bar.style.left = w.bar.style.bottom = "";
    if (indeterminate) {
      // Tk moves a block back and forth as `value` grows (step/start); the block sits where the value says.
      const phase = (num(o.value) % max) / max;
      const pos = phase < 0.5 ? phase * 2 : 2 - phase * 2;
      if (vertical) Object.assign(w.bar.style, { height: "20%", bottom: `${pos * 80}%` });
      else Object.assign(w.bar.style, { width: "20%", left: `${pos * 80}%` });
    } else if (vertical) w.bar.style.height = `${f * 100}%`;
    else w.bar.style.width = `${f * 100}%`;
  },
};

const separator = {
  update(w) {
    w.el.classList.toggle("pyroom-tk-vertical", String(w.opts.orient || "").startsWith("v"));
  },
};

const menubutton = {
  build(w, ctx) {
    w.el.tabIndex = 0;
    w.el.setAttribute("role", "button");
    w.el.setAttribute("aria-haspopup", "menu");
    w.el.dataset.opensPopup = "";
    w.labelHost = make("span", "pyroom-tk-toggle-label");
    w.ind = make("span", "pyroom-tk-mb-indicator");
    w.el.append(w.labelHost, w.ind);
    const open = () => {
      if (w.el.classList.contains("pyroom-tk-disabled") || !w.opts.menu) return;
      if (w.popup?.isConnected) return closePopups(ctx);
      const box = paneBox(ctx, w.el);
      w.popup = openMenu(ctx, w.opts.menu, box.x, box.y + box.h);
      if (w.popup) w.popup.style.minWidth = px(box.w);
    };
    w.el.addEventListener("click", open);
    keyActivate(w.el, open);
  },
  update(w, opts, ctx) {
    const o = w.opts;
    if (borderChanged(opts)) drawBorder(w);
    if (["padx", "pady", "bd", "highlightthickness"].some((k) => k in opts)) labelPadding(w);
    if (LABEL_KEYS.some((k) => k in opts)) fillLabel(w.labelHost, o, ctx);
    if ("indicatoron" in opts) w.ind.hidden = !num(o.indicatoron);
    if (opts.activebackground) w.el.style.setProperty("--pyroom-activebg", opts.activebackground);
  },
};

// Menu: never placed itself; it is a window's menubar, a Menubutton's or OptionMenu's dropdown, or posted.
const menu = {
  update(w, opts, ctx) {
    if ("entries" in opts) {
      for (const win of ctx.widgets.values()) if (win.cls === "Tk" && win.opts.menu === w.path) renderMenubar(ctx, win);
      // An open dropdown of this menu shows the new entries (a check entry's mark, a changed label).
      for (const popup of [...ctx.popups]) {
        if (popup.dataset.menu !== w.path) continue;
        const again = openMenu(ctx, w.path, parseFloat(popup.style.left), parseFloat(popup.style.top), popup.dataset.chain);
        if (again) {
          again.style.minWidth = popup.style.minWidth;
          again.onclose = popup.onclose;
        }
        popup.remove();
        ctx.popups.delete(popup);
      }
    }
    if ("post" in opts) {
      closePopups(ctx);
      if (opts.post) {
        const root = ctx.rootOrigin();
        openMenu(ctx, w.path, opts.post[0] + root.x, opts.post[1] + root.y);
      }
    }
  },
};

/** The menubar of a window: the entries of its `menu`, between the title bar and the client area. */
export function renderMenubar(ctx, win) {
  const path = win.opts.menu;
  const menuWidget = path ? ctx.widgets.get(path) : null;
  if (!menuWidget) {
    win.menubar?.remove();
    win.menubar = null;
    return;
  }
  if (!win.menubar) {
    win.menubar = make("div", "pyroom-tk-menubar");
    win.menubar.setAttribute("role", "menubar");
    win.body.before(win.menubar);
  }
  const bar = win.menubar;
  if (menuWidget.opts.font) bar.style.font = fontCss(menuWidget.opts.font);
  bar.style.setProperty("--pyroom-linespace", px(fontMetrics(menuWidget.opts.font).linespace));
  if (menuWidget.opts.bg) bar.style.background = menuWidget.opts.bg;
  if (menuWidget.opts.fg) bar.style.color = menuWidget.opts.fg;
  const items = [];
  (menuWidget.opts.entries || []).forEach((entry, index) => {
    if (entry.type === "tearoff" || entry.type === "separator") return;
    const item = make("span", "pyroom-tk-menubar-item", entry.label ?? "");
    item.setAttribute("role", "menuitem");
    item.dataset.index = String(index);
    item.dataset.opensPopup = "";
    const disabled = entry.state === "disabled";
    item.classList.toggle("pyroom-tk-disabled", disabled);
    const open = () => {
      closePopups(ctx);
      for (const other of bar.children) other.classList.remove("pyroom-tk-open");
      if (disabled) return;
      const box = paneBox(ctx, item);
      const popup = openMenu(ctx, entry.menu, box.x, box.y + box.h);
      if (popup) {
        item.classList.add("pyroom-tk-open");
        popup.onclose = () => item.classList.remove("pyroom-tk-open");
      }
    };
    item.addEventListener("click", () => {
      if (entry.type === "cascade") {
        if (item.classList.contains("pyroom-tk-open")) closePopups(ctx);
        else open();
      } else if (!disabled) {
        closePopups(ctx);
        ctx.sendEvents([{ type: "Invoke", w: path, index }]);
      }
    });
    item.addEventListener("pointerenter", () => {
      if (entry.type === "cascade" && [...bar.children].some((c) => c.classList.contains("pyroom-tk-open")) && !item.classList.contains("pyroom-tk-open")) open();
    });
    items.push(item);
  });
  bar.replaceChildren(...items);
}

// ttk Notebook: a row of tabs over a bordered client area; clicking a tab selects it (Select event).
const notebook = {
  build(w, ctx) {
    w.tabsEl = make("div", "pyroom-tk-tabs");
    w.tabsEl.setAttribute("role", "tablist");
    w.client = make("div", "pyroom-tk-nb-client");
    w.el.append(w.tabsEl, w.client);
    w.tabsEl.addEventListener("click", (e) => {
      const tab = e.target.closest("[data-index]");
      if (!tab || tab.classList.contains("pyroom-tk-disabled")) return;
      ctx.sendEvents([{ type: "Select", w: w.path, value: [Number(tab.dataset.index)] }]);
    });
  },
  update(w, opts) {
    const o = w.opts;
    const tabs = o.tabs || [];
    const th = tabs.length ? fontMetrics(o.font).linespace + 7 : 0;
    w.tabsEl.style.height = px(th);
    w.client.style.top = px(th);
    if ("tabs" in opts || "current" in opts) {
      w.tabsEl.replaceChildren(
        ...tabs.map((tab, index) => {
          const el = make("span", "pyroom-tk-tab", tab.text ?? "");
          el.setAttribute("role", "tab");
          el.dataset.index = String(index);
          el.setAttribute("aria-selected", String(index === o.current));
          if (tab.state === "disabled") el.classList.add("pyroom-tk-disabled");
          el.hidden = tab.state === "hidden";
          return el;
        }),
      );
    }
  },
};

// ttk Treeview: headings and rows (tree order, children shown when their parent is open).
const treeview = {
  build(w, ctx) {
    w.el.setAttribute("role", "tree");
    w.el.tabIndex = 0;
    w.head = make("div", "pyroom-tk-tv-head");
    w.body2 = make("div", "pyroom-tk-tv-body");
    w.el.append(w.head, w.body2);
    w.items = new Map([["", { iid: "", children: [], open: true }]]);
    w.selection = [];
    w.tags = new Map();
    w.head.addEventListener("click", (e) => {
      const cell = e.target.closest("[data-column]");
      if (cell) ctx.sendEvents([{ type: "Invoke", w: w.path, column: cell.dataset.column }]);
    });
    w.body2.addEventListener("pointerdown", (e) => {
      const row = e.target.closest("[data-iid]");
      if (!row || e.button !== 0) return;
      const iid = row.dataset.iid;
      ctx.pressFirst(e, w);
      if (doublePress(w, iid, e)) return; // <Double-Button-1>: the row opens or closes (dblclick below)
      // ttk/treeview.tcl: <Shift-Button-1> extends, <Control-Button-1> toggles, <Button-1> chooses (and a click on
      // the disclosure indicator also opens or closes the row)
      treeview.selectOp(w, iid, e.shiftKey ? "extend" : e.ctrlKey || e.metaKey ? "toggle" : "choose", ctx);
      if (!e.shiftKey && !(e.ctrlKey || e.metaKey) && e.target.closest(".pyroom-tk-tv-toggle")) {
        const item = w.items.get(iid);
        ctx.sendEvents([{ type: "Invoke", w: w.path, item: iid, open: !item.open }]);
        item.open = !item.open;
        treeview.render(w);
      }
    });
    w.el.addEventListener("keydown", (e) => {
      // Keynav up/down: the focus item moves to the previous/next visible row, which is chosen
      if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
      const order = treeview.visible(w);
      if (!order.length || !w.focusItem) return;
      e.preventDefault();
      const i = order.indexOf(w.focusItem) + (e.key === "ArrowUp" ? -1 : 1);
      if (i >= 0 && i < order.length) treeview.selectOp(w, order[i], "choose", ctx, true);
    });
    w.body2.addEventListener("dblclick", (e) => {
      const row = e.target.closest("[data-iid]");
      const item = row && w.items.get(row.dataset.iid);
      if (item?.children.length && !e.target.closest(".pyroom-tk-tv-toggle")) {
        ctx.sendEvents([{ type: "Invoke", w: w.path, item: item.iid, open: !item.open }]);
        item.open = !item.open;
        treeview.render(w);
      }
    });
  },
  /** select.$op.$selectmode of ttk/treeview.tcl; one Select event: the focus item, then the selection. */
  selectOp(w, iid, op, ctx, see = false) {
    const mode = String(w.opts.selectmode ?? "extended");
    let sel = null; // null: the selection stays
    if (mode === "browse" || (mode === "extended" && op === "choose")) {
      sel = [iid]; // BrowseTo
      w.focusItem = iid;
    } else if (mode === "extended" && op === "toggle") {
      sel = w.selection.includes(iid) ? w.selection.filter((x) => x !== iid) : [...w.selection, iid];
    } else if (mode === "extended" && op === "extend") {
      if (w.focusItem && w.items.has(w.focusItem)) sel = treeview.between(w, w.focusItem, iid);
      else {
        sel = [iid];
        w.focusItem = iid;
      }
    } else w.focusItem = iid; // none: the focus only
    const ev = { type: "Select", w: w.path, focus: w.focusItem };
    if (sel) {
      w.selection = sel;
      ev.value = sel;
      treeview.paintSelection(w);
    }
    if (see) ev.see = true; // (the shim scrolls the row into view, as ttk's keynav does: `see`)
    ctx.sendEvents([ev]);
  },
  /** Every item from one to the other (either order), in preorder over the whole tree, as Tk's `between`. */
  between(w, a, b) {
    const out = [];
    let inside = false;
    const walk = (iid) => {
      for (const child of w.items.get(iid)?.children || []) {
        if (child === a || child === b) {
          out.push(child);
          inside = !inside; // as Tk: when a is b, everything after it follows
        } else if (inside) out.push(child);
        walk(child);
      }
    };
    walk("");
    return out;
  },
  visible(w) {
    const out = [];
    const walk = (iid) => {
      for (const child of w.items.get(iid)?.children || []) {
        out.push(child);
        if (w.items.get(child)?.open) walk(child);
      }
    };
    walk("");
    return out;
  },
  columns(w) {
    const o = w.opts;
    const show = String(o.show ?? "tree headings");
    const cols = [];
    if (show.includes("tree")) cols.push("#0");
    cols.push(...(o.displaycolumns || o.columns || []));
    return cols;
  },
  headHeight(w) {
    return w.opts.headheight ? num(w.opts.headheight, 19) : Math.max(20, fontMetrics(w.opts.font).linespace + 3) - 1;
  },
  rowHeight(w) {
    return w.opts.rowheight ? num(w.opts.rowheight, 20) : Math.max(20, fontMetrics(w.opts.font).linespace + 3);
  },
  cellWidth(w, col) {
    return num(w.colOpts?.[col]?.width, 200);
  },
  render(w) {
    const o = w.opts;
    const cols = treeview.columns(w);
    const rowH = treeview.rowHeight(w);
    const showHead = String(o.show ?? "tree headings").includes("headings");
    w.head.hidden = !showHead;
    w.head.style.height = px(treeview.headHeight(w));
    w.body2.style.top = showHead ? px(treeview.headHeight(w)) : "0";
    w.head.replaceChildren(
      ...cols.map((col) => {
        const h = w.headings?.[col] || {};
        const cell = make("span", "pyroom-tk-tv-heading", h.text ?? "");
        cell.dataset.column = col;
        cell.setAttribute("role", "columnheader");
        cell.style.width = px(treeview.cellWidth(w, col));
        // (a flex box: the heading's anchor places its text)
        const side = String(h.anchor || "center").replace(/[ns]/g, "") || "center";
        cell.style.justifyContent = { w: "flex-start", e: "flex-end" }[side] || "center";
        return cell;
      }),
    );
    const depth = (iid) => {
      let d = 0;
      for (let p = w.items.get(iid)?.parent; p; p = w.items.get(p)?.parent) d++;
      return d;
    };
    const rows = treeview.visible(w).map((iid) => {
      const item = w.items.get(iid);
      const row = make("div", "pyroom-tk-tv-row");
      row.dataset.iid = iid;
      row.setAttribute("role", "treeitem");
      row.style.height = px(rowH);
      for (const tag of item.tags || []) {
        const t = w.tags.get(tag);
        if (!t) continue;
        if (t.foreground) row.style.color = t.foreground;
        if (t.background) row.style.background = t.background;
        if (t.font) row.style.font = fontCss(t.font);
      }
      for (const col of cols) {
        const cell = make("span", "pyroom-tk-tv-cell");
        cell.style.width = px(treeview.cellWidth(w, col));
        const anchor = w.colOpts?.[col]?.anchor || "w";
        cell.style.textAlign = { w: "left", e: "right" }[anchor] || "center";
        if (col === "#0") {
          cell.style.paddingLeft = px(depth(iid) * 20);
          const toggle = make("span", "pyroom-tk-tv-toggle", item.children.length ? (item.open ? "\u25be" : "\u25b8") : "");
          cell.append(toggle, make("span", null, item.text ?? ""));
        } else {
          const index = (o.columns || []).indexOf(col);
          cell.textContent = index >= 0 ? (item.values?.[index] ?? "") : "";
        }
        row.append(cell);
      }
      return row;
    });
    w.body2.replaceChildren(...rows);
    treeview.paintSelection(w);
  },
  paintSelection(w) {
    const sel = new Set(w.selection);
    for (const row of w.body2.children) row.setAttribute("aria-selected", String(sel.has(row.dataset.iid)));
  },
  update(w, opts, ctx) {
    if ("column_opts" in opts) w.colOpts = { ...opts.column_opts };
    if ("headings" in opts) w.headings = { ...opts.headings };
    if ("heading" in opts) {
      const [col, h] = opts.heading;
      w.headings = { ...(w.headings || {}), [col]: { ...(w.headings?.[col] || {}), ...h } };
    }
    if ("column" in opts) {
      const [col, c] = opts.column;
      w.colOpts = { ...(w.colOpts || {}), [col]: { ...(w.colOpts?.[col] || {}), ...c } };
    }
    if ("tag" in opts) {
      const [name, t] = opts.tag;
      w.tags.set(name, { ...(w.tags.get(name) || {}), ...t });
    }
    if ("row" in opts) {
      const r = opts.row;
      const old = w.items.get(r.iid);
      if (old && old.parent !== undefined) {
        const list = w.items.get(old.parent)?.children;
        if (list) list.splice(list.indexOf(r.iid), 1);
      }
      const item = { ...(old || {}), ...r, children: old?.children || [] };
      w.items.set(r.iid, item);
      if (!w.items.has(r.parent)) w.items.set(r.parent, { iid: r.parent, children: [], open: true });
      const siblings = w.items.get(r.parent).children;
      siblings.splice(Math.min(num(r.index), siblings.length), 0, r.iid);
    }
    if ("rows_deleted" in opts) {
      const gone = (iid) => {
        const item = w.items.get(iid);
        if (!item) return;
        for (const c of item.children) gone(c);
        w.items.delete(iid);
      };
      for (const iid of opts.rows_deleted) {
        const item = w.items.get(iid);
        if (item) {
          const list = w.items.get(item.parent)?.children;
          if (list && list.includes(iid)) list.splice(list.indexOf(iid), 1);
        }
        gone(iid);
      }
      // (the selection stays: a detached row stays selected in Tk, and the shim sends the selection when a
      // deleted row leaves it)
    }
    if ("selection" in opts) w.selection = [...opts.selection];
    if ("focus" in opts) w.focusItem = opts.focus;
    ctx.later(w, () => {
      treeview.render(w);
      w.body2.scrollTop = num(w.opts.top, 0) * treeview.rowHeight(w); // the first row shown: the shim's view
    });
  },
};

// PanedWindow (classic and ttk): panes are placed by the shim; the sashes between them are drawn.
// Dragging a sash sends Sash events ({index, x, y}: where the sash's corner goes, in the panedwindow), at most one
// per frame; the shim moves it as Tk's bindings do (`sash place`, ttk `sashpos`) and lays the panes out again.
const panedwindow = {
  build(w, ctx) {
    let drag = null;
    let pending = null;
    let frame = 0;
    const flush = () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      if (pending) ctx.sendEvents([pending]);
      pending = null;
    };
    w.el.addEventListener("pointerdown", (e) => {
      const sash = e.target.closest(".pyroom-tk-sash");
      if (!sash || sash.parentElement !== w.el || e.button !== 0) return;
      e.preventDefault();
      e.stopPropagation();
      const index = Number(sash.dataset.index);
      const [sx, sy] = w.opts.sashes?.[index] || [0, 0];
      drag = { index, sx, sy, px: e.clientX, py: e.clientY };
      w.el.setPointerCapture?.(e.pointerId);
    });
    w.el.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const x = Math.round(drag.sx + e.clientX - drag.px);
      const y = Math.round(drag.sy + e.clientY - drag.py);
      pending = { type: "Sash", w: w.path, index: drag.index, x, y };
      if (!frame) frame = requestAnimationFrame(flush);
    });
    const end = () => {
      if (!drag) return;
      drag = null;
      flush();
    };
    w.el.addEventListener("pointerup", end);
    w.el.addEventListener("pointercancel", end);
  },
  update(w, opts) {
    const o = w.opts;
    if ("bd" in opts || "relief" in opts) drawBorder(w);
    if (!("sashes" in opts)) return;
    for (const s of w.sashEls || []) s.remove();
    const horizontal = !String(o.orient || "horizontal").startsWith("v");
    const width = num(o.sashwidth, 3);
    w.sashEls = (o.sashes || []).map(([x, y], index) => {
      const s = make("span", "pyroom-tk-sash");
      s.dataset.index = String(index);
      Object.assign(s.style, horizontal
        ? { left: px(x), top: "0", bottom: "0", width: px(width) }
        : { top: px(y), left: "0", right: "0", height: px(width) });
      s.style.cursor = horizontal ? "col-resize" : "row-resize";
      drawBorder({ el: s, opts: { relief: o.sashrelief || "flat", bd: 1, bg: o.bg } });
      return s;
    });
    w.el.prepend(...w.sashEls);
  },
};

const RENDERERS = {
  Frame: frame,
  TFrame: frame,
  Toplevel: frame,
  LabelFrame: labelFrame,
  Labelframe: labelFrame,
  TLabelframe: labelFrame,
  Label: label,
  TLabel: label,
  Message: message,
  Button: button,
  TButton: button,
  Checkbutton: toggle,
  Radiobutton: toggle,
  TCheckbutton: toggle,
  TRadiobutton: toggle,
  Entry: entry,
  TEntry: entry,
  Spinbox: spinbox,
  TSpinbox: spinbox,
  TCombobox: combobox,
  Text: text,
  Canvas: canvas,
  Listbox: listbox,
  Scrollbar: scrollbar,
  TScrollbar: scrollbar,
  Scale: scale,
  TScale: scale,
  TProgressbar: progressbar,
  TSeparator: separator,
  Menubutton: menubutton,
  TMenubutton: menubutton,
  Menu: menu,
  TNotebook: notebook,
  Treeview: treeview,
  Panedwindow: panedwindow,
  PanedWindow: panedwindow,
  TPanedwindow: panedwindow,
  TPanedWindow: panedwindow,
};

export function rendererFor(cls) {
  return RENDERERS[cls] || frame;
}

/** Options every widget shares: colours, font, state, cursor, ttk state flags. */
/** Whether a colour "#rrggbb" is light (text on it should be dark). */
function isLight(color) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color || "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150;
}

export function applyCommon(w, opts) {
  const { el } = w;
  if ("container" in opts) {
    // a canvas window item whose widget is not the canvas's child: drawn inside the canvas (clipped, scrolled
    // with it), back in its parent when it leaves the canvas (PROTOCOL.md)
    w.home = w.home || el.parentElement;
    const target = opts.container ? w.home?.querySelector(`[data-path="${CSS.escape(opts.container)}"]`) : w.home;
    if (target && el.parentElement !== target) target.append(el);
  }
  const target = rendererFor(w.cls).styleTarget?.(w) || el;
  if ("bg" in opts) el.style.background = opts.bg || ""; // (none: back to the palette's default)
  if ("fg" in opts || "bg" in opts) {
    // Text the program did not colour, on a light background it did: black, as Tk draws it (a dark theme's light
    // default text would vanish on it)
    target.style.color = w.opts.fg || (isLight(w.opts.bg) ? "#000" : "");
  }
  if (opts.font && target === el) el.style.font = fontCss(opts.font);
  if ("fieldbackground" in opts) {
    // a ttk style's field colour (entries, comboboxes, spinboxes, treeviews)
    if (opts.fieldbackground) el.style.setProperty("--pyroom-field", opts.fieldbackground);
    else el.style.removeProperty("--pyroom-field");
  }
  if ("state" in opts) setState(w, opts.state);
  if ("stateflags" in opts) {
    const flags = opts.stateflags || [];
    el.dataset.state = flags.join(" ");
    setState(w, flags.includes("disabled") ? "disabled" : flags.includes("readonly") ? "readonly" : "normal");
    if (flags.includes("selected")) w.el.setAttribute("aria-pressed", "true");
  }
  if ("anchor" in opts) el.dataset.anchor = opts.anchor || "center";
  if ("cursor" in opts && typeof opts.cursor === "string") {
    const css = { hand2: "pointer", hand1: "pointer", crosshair: "crosshair", tcross: "crosshair", watch: "wait", xterm: "text", fleur: "move", arrow: "default", sb_h_double_arrow: "ew-resize", sb_v_double_arrow: "ns-resize", plus: "cell", question_arrow: "help" }[opts.cursor];
    el.style.cursor = css || "";
  }
}
