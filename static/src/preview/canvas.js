// A Tk canvas drawn as SVG: one SVG element per canvas item, kept in Tk's stacking order.

const SVG = "http://www.w3.org/2000/svg";


export function fontCss(font) {
  if (!font) return "";
  const family = font.family ? `"${String(font.family).replace(/"/g, "")}", ` : "";
  return `${font.slant === "italic" ? "italic " : ""}${font.weight === "bold" ? "bold " : ""}${font.size || 13}px ${family}sans-serif`;
}

const dash = (value, width) => {
  if (!value) return null;
  if (Array.isArray(value)) return value.join(" ");
  // Tk's character dash patterns: "." "-" "," "_" with spaces; lengths scale with the line width.
  const w = Math.max(1, width || 1);
  const parts = [];
  for (const ch of String(value)) {
    if (ch === " ") {
      if (parts.length) parts[parts.length - 1] += w * 2;
      continue;
    }
    const len = { ".": 1, "-": 3, ",": 2, _: 4 }[ch];
    if (len) parts.push(len * w, w * 2);
  }
  return parts.length ? parts.join(" ") : null;
};

// "x0,y0 x1,y1 ...": the points of a polygon or a polyline, built directly.
const pointList = (coords) => {
  let out = "";
  for (let i = 0; i + 1 < coords.length; i += 2) out += (i ? " " : "") + coords[i] + "," + coords[i + 1];
  return out;
};

/** Whether every segment of a polyline is level or upright. */
function axisAligned(coords) {
  for (let i = 2; i + 1 < coords.length; i += 2) {
    if (coords[i] !== coords[i - 2] && coords[i + 1] !== coords[i - 1]) return false;
  }
  return true;
}

const pairs = (coords) => {
  const out = [];
  for (let i = 0; i + 1 < coords.length; i += 2) out.push([coords[i], coords[i + 1]]);
  return out;
};

// Tk's smooth lines: a parabola for each inner point, from the middle of the segment before it to the middle of the
// segment after it (the line's own end points at its ends), that point its control point.
function smoothPath(points, closed) {
  if (points.length < 3) return "M" + points.map((p) => p.join(",")).join("L");
  const mid = (a, b) => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  if (closed) {
    const pts = [...points, points[0], points[1]];
    let d = `M${mid(pts[0], pts[1]).join(",")}`;
    for (let i = 1; i < pts.length - 1; i++) d += `Q${pts[i].join(",")} ${mid(pts[i], pts[i + 1]).join(",")}`;
    return d + "Z";
  }
  const n = points.length;
  let d = `M${points[0].join(",")}`;
  for (let i = 1; i <= n - 2; i++) {
    const end = i === n - 2 ? points[n - 1] : mid(points[i], points[i + 1]);
    d += `Q${points[i].join(",")} ${end.join(",")}`;
  }
  return d;
}

function arrowHead(tip, from, width, shape) {
  const [a, b, c] = shape || [8, 10, 3];
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const half = c + width / 2;
  const base = [tip[0] - ux * b, tip[1] - uy * b];
  const neck = [tip[0] - ux * a, tip[1] - uy * a];
  const points = [tip, [base[0] - uy * half, base[1] + ux * half], neck, [base[0] + uy * half, base[1] - ux * half]];
  return `<polygon points="${points.map((p) => p.join(",")).join(" ")}" fill="FILL"></polygon>`;
}

function arcPath(coords, start, extent, style) {
  const [x0, y0, x1, y1] = coords;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const rx = Math.abs(x1 - x0) / 2;
  const ry = Math.abs(y1 - y0) / 2;
  extent = Math.max(-359.99, Math.min(359.99, extent));
  const at = (deg) => [cx + rx * Math.cos((deg * Math.PI) / 180), cy - ry * Math.sin((deg * Math.PI) / 180)];
  const p0 = at(start);
  const p1 = at(start + extent);
  const large = Math.abs(extent) > 180 ? 1 : 0;
  const sweep = extent > 0 ? 0 : 1;
  let d = `M${p0.join(",")}A${rx},${ry} 0 ${large} ${sweep} ${p1.join(",")}`;
  if (style === "pieslice") d = `M${cx},${cy}L${p0.join(",")}A${rx},${ry} 0 ${large} ${sweep} ${p1.join(",")}Z`;
  else if (style === "chord") d += "Z";
  return d;
}

const LINECAP = { projecting: "square", round: "round" };
const LINEJOIN = { bevel: "bevel", miter: "miter" };
const TEXT_ANCHOR = { nw: "start", w: "start", sw: "start", n: "middle", center: "middle", s: "middle", ne: "end", e: "end", se: "end" };
const TEXT_BASELINE = { nw: "hanging", n: "hanging", ne: "hanging", w: "middle", center: "middle", e: "middle", sw: "text-after-edge", s: "text-after-edge", se: "text-after-edge" };

// Markup: a batch of new items becomes one string parsed by the browser at once, far cheaper than thousands of
// createElementNS/setAttribute calls. Every value goes through esc(): program text is always text.
const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const esc = (value) => String(value).replace(/[&<>"]/g, (ch) => ESC[ch]);

function tag(name, attrs, inner = "") {
  let out = "<" + name;
  for (const k in attrs) {
    const v = attrs[k];
    if (v != null) out += " " + k + '="' + (typeof v === "number" ? v : esc(v)) + '"';
  }
  return inner === "" ? out + "/>" : out + ">" + inner + "</" + name + ">"; // (SVG elements may close themselves)
}

export class CanvasView {
  /** `resolveImage(name)`: the {url, width, height} of a named Tk image (canvas image items name their image). */
  constructor(element, { resolveImage } = {}) {
    this.element = element;
    this.resolveImage = resolveImage;
    this.svg = document.createElementNS(SVG, "svg");
    this.svg.setAttribute("class", "pyroom-tk-canvas-svg");
    this.svg.setAttribute("width", "100%");
    this.svg.setAttribute("height", "100%");
    this.layer = document.createElementNS(SVG, "g");
    // Tk's defaults where SVG's differ, inherited by every item so that its own markup can leave them out
    this.layer.setAttribute("fill", "none");
    this.layer.setAttribute("stroke-linejoin", "round");
    this.svg.append(this.layer);
    element.append(this.svg);
    this.scratch = document.createElementNS(SVG, "g"); // parses the markup of one redrawn item
    this.range = document.createRange(); // parses a batch of new items in the layer's (SVG) context
    this.range.selectNodeContents(this.layer);
    this.items = new Map(); // id -> {type, coords, opts, el}
    this.pending = []; // items created, their elements not made yet (build)
    this.staged = []; // fragments of made elements not in the document yet (commit)
  }

  /** A new item. Its element is made with the rest of its batch and shown by commit(), on top of the others. */
  create(id, type, coords, opts) {
    const item = { id, type, coords, opts, el: null }; // (opts: fresh from the batch's JSON, the item's own)
    this.items.set(id, item);
    this.pending.push(item);
  }

  /** Make the elements of the pending items: one markup string parsed at once, into a fragment off screen. */
  build() {
    const pending = this.pending;
    if (!pending.length) return;
    this.pending = [];
    let markup = "";
    for (const item of pending) markup += this.markup(item);
    const fragment = this.range.createContextualFragment(markup);
    let el = fragment.firstElementChild;
    for (const item of pending) {
      item.el = el;
      el = el.nextElementSibling;
    }
    this.staged.push(fragment);
  }

  /** Part of a long burst of new items: put them in the page hidden, so the browser styles them while the
   * program goes on, and commit() only has to show them (Tk draws them at idle time too). */
  stage() {
    this.build();
    if (!this.stageGroup) {
      this.stageGroup = document.createElementNS(SVG, "g");
      this.stageGroup.setAttribute("opacity", "0");
      this.layer.append(this.stageGroup);
    }
    for (const fragment of this.staged) this.stageGroup.append(fragment);
    this.staged = [];
  }

  /** Show the items made so far, on top of the others in creation order. */
  commit() {
    this.build();
    const parent = this.stageGroup || this.layer;
    for (const fragment of this.staged) parent.append(fragment);
    this.staged = [];
    if (this.stageGroup) {
      this.stageGroup.removeAttribute("opacity"); // (not inherited: showing the group restyles no item)
      this.stageGroup = null;
    }
  }

  /** Take an item's element out of the page; a burst's group goes when its last item does. */
  detach(el) {
    const parent = el.parentNode;
    el.remove();
    if (parent && parent !== this.layer && parent.namespaceURI === SVG && parent !== this.stageGroup && !parent.firstChild) parent.remove();
  }

  coords(id, coords) {
    const item = this.items.get(id);
    if (!item) return;
    item.coords = coords;
    this.redraw(id, item);
  }

  config(id, opts) {
    const item = this.items.get(id);
    if (!item) return;
    Object.assign(item.opts, opts);
    this.redraw(id, item);
  }

  delete(ids) {
    this.build(); // (an element still in a fragment leaves it)
    for (const id of ids) {
      const item = this.items.get(id);
      if (item) this.detach(item.el);
      this.items.delete(id);
    }
  }

  /** Move items `ids` (bottom to top) to lie right above item `below` (null: at the bottom). */
  restack(ids, below) {
    this.commit();
    let anchor = below == null ? null : this.items.get(below)?.el;
    if (anchor === undefined) anchor = this.layer.lastElementChild; // (unknown: on top)
    for (const id of ids) {
      const item = this.items.get(id);
      if (!item || item.el === anchor) continue;
      this.detach(item.el);
      if (anchor) anchor.after(item.el);
      else this.layer.prepend(item.el);
      anchor = item.el;
    }
  }

  order(ids) {
    this.commit();
    for (const id of ids) {
      const item = this.items.get(id);
      if (!item) continue;
      this.detach(item.el);
      this.layer.append(item.el); // appending in order leaves them bottom to top
    }
  }

  view(x0, y0) {
    this.layer.setAttribute("transform", `translate(${-x0},${-y0})`);
  }

  redraw(id, item) {
    if (!item.el) return; // still pending: build draws it as it is now
    const [name, attrs, inner] = this.shape(item);
    const el = item.el;
    if (inner === "" && el.localName === name) {
      // the same kind of element (a moved or recoloured polygon, line, ...): change its attributes in place,
      // comparing with the values of the last redraw, or with the element's own the first time (a shape gives an
      // element of one name the same attribute names, absent ones null)
      const prev = item.attrs;
      for (const k in attrs) {
        const v = attrs[k];
        if (prev ? v === prev[k] : v == null ? !el.hasAttribute(k) : el.getAttribute(k) === String(v)) continue;
        if (v == null) el.removeAttribute(k);
        else el.setAttribute(k, v);
      }
      item.attrs = attrs;
      return;
    }
    this.scratch.innerHTML = tag(name, attrs, inner);
    const fresh = this.scratch.firstElementChild;
    el.replaceWith(fresh);
    item.el = fresh;
    item.attrs = null;
  }

  /** The SVG markup of one item. Options the program left at Tk's default are absent (see PROTOCOL.md). */
  markup(item) {
    const [name, attrs, inner] = this.shape(item);
    return tag(name, attrs, inner);
  }

  /** One item as [element name, attributes (null/undefined: absent), inner markup]. Shapes whose geometry SVG
   * keeps as CSS properties (rect's x/y/width/height, path's d) cost the browser a CSS parse per value and a style
   * of their own; straight lines and rectangles are drawn as polyline/polygon, whose points are not CSS. */
  shape(item) {
    const { id, type, coords, opts } = item;
    const width = opts.width ?? 1;
    const sw = width === 1 ? null : width; // SVG's defaults (width 1, butt caps) are left unset: faster
    const hidden = opts.state === "hidden" ? "none" : null;
    if (type === "line") {
      const fill = "fill" in opts ? opts.fill : "#000000";
      const arrow = opts.arrow || "none";
      const path = {
        stroke: fill || "none",
        "stroke-width": sw,
        "stroke-linecap": opts.capstyle ? LINECAP[opts.capstyle] : null,
        "stroke-linejoin": opts.joinstyle ? LINEJOIN[opts.joinstyle] : null,
        "stroke-dasharray": opts.dash ? dash(opts.dash, width) : null,
        // Tk draws lines without antialiasing: a level or upright line lies on whole pixels, not blurred over two
        "shape-rendering": !opts.smooth && axisAligned(coords) ? "crispEdges" : null,
      };
      const name = opts.smooth ? "path" : "polyline";
      if (opts.smooth) path.d = smoothPath(pairs(coords), false);
      else path.points = pointList(coords);
      if (coords.length < 4 || arrow === "none" || !fill) {
        path.display = hidden;
        path["data-item"] = id;
        return [name, path, ""];
      }
      const points = pairs(coords);
      let heads = "";
      if (arrow === "first" || arrow === "both") heads += arrowHead(points[0], points[1], width, opts.arrowshape);
      if (arrow === "last" || arrow === "both") heads += arrowHead(points.at(-1), points.at(-2), width, opts.arrowshape);
      return ["g", { display: hidden, "data-item": id }, tag(name, path) + heads.replace(/FILL/g, esc(fill))];
    }
    if (type === "rectangle" || type === "oval" || type === "polygon") {
      let fill, outline;
      if (type === "polygon") {
        fill = "fill" in opts ? opts.fill : "#000000";
        outline = opts.outline;
      } else {
        fill = opts.fill;
        outline = "outline" in opts ? opts.outline : "#000000";
      }
      const attrs = {
        fill: fill || null, // (no paint is the layer's default)
        stroke: outline || null,
        "stroke-width": outline ? sw : null,
        "stroke-dasharray": opts.dash ? dash(opts.dash, width) : null,
        display: hidden,
        "data-item": id,
      };
      if (type === "oval") {
        const [x0, y0, x1, y1] = coords;
        const rx = Math.abs(x1 - x0) / 2;
        const ry = Math.abs(y1 - y0) / 2;
        return ["ellipse", { cx: Math.min(x0, x1) + rx, cy: Math.min(y0, y1) + ry, rx, ry, ...attrs }, ""];
      }
      if (type === "rectangle") {
        const [x0, y0, x1, y1] = coords;
        attrs["stroke-linejoin"] = outline && width > 1 ? "miter" : null; // (Tk's rectangles have square corners)
        attrs["shape-rendering"] = "crispEdges"; // (on whole pixels, as Tk draws them)
        return ["polygon", { points: `${x0},${y0} ${x1},${y0} ${x1},${y1} ${x0},${y1}`, ...attrs }, ""];
      }
      return opts.smooth ? ["path", { d: smoothPath(pairs(coords), true), ...attrs }, ""] : ["polygon", { points: pointList(coords), ...attrs }, ""];
    }
    if (type === "arc") {
      const style = opts.style || "pieslice";
      return ["path", {
        d: arcPath(coords, opts.start ?? 0, opts.extent ?? 90, style),
        fill: style === "arc" ? null : opts.fill || null,
        stroke: ("outline" in opts ? opts.outline : "#000000") || null,
        "stroke-width": sw,
        "stroke-dasharray": dash(opts.dash, width),
        display: hidden,
        "data-item": id,
      }, ""];
    }
    if (type === "text") {
      const anchor = opts.anchor || "center";
      // the shim's layout (wrapped at `width`, or justified): each line at its offset in the block
      const laid = Array.isArray(opts.lines) ? opts.lines : null;
      const lines = laid ? laid.map((line) => String(line[0])) : String(opts.text ?? "").split("\n");
      const lineHeight = opts.font?.linespace || Math.round((opts.font?.size || 13) * 1.25);
      const baseline = TEXT_BASELINE[anchor];
      const shift = baseline === "middle" ? -((lines.length - 1) * lineHeight) / 2 : baseline === "text-after-edge" ? -(lines.length - 1) * lineHeight : 0;
      const blockw = Number(opts.blockw) || 0;
      const left = anchor.includes("w") ? coords[0] : anchor.includes("e") ? coords[0] - blockw : coords[0] - blockw / 2;
      const spans = lines.map((text, i) => tag("tspan", { x: laid ? left + Number(laid[i][1] || 0) : coords[0], dy: i === 0 ? shift : lineHeight }, esc(text))).join("");
      return ["text", {
        x: coords[0],
        y: coords[1],
        fill: ("fill" in opts ? opts.fill : "#000000") || "none",
        "text-anchor": laid ? "start" : TEXT_ANCHOR[anchor],
        "dominant-baseline": baseline,
        "xml:space": "preserve",
        style: opts.font ? `font: ${fontCss(opts.font)}` : null,
        transform: opts.angle ? `rotate(${-opts.angle} ${coords[0]} ${coords[1]})` : null, // (Tk turns it about its anchor)
        display: hidden,
        "data-item": id,
      }, spans];
    }
    if (type === "image") {
      const image = (typeof opts.image === "string" ? this.resolveImage?.(opts.image) : opts.image) || {};
      const anchor = opts.anchor || "center";
      const w = image.width || 0;
      const h = image.height || 0;
      const dx = anchor.includes("w") ? 0 : anchor.includes("e") ? -w : -w / 2;
      const dy = anchor.includes("n") ? 0 : anchor.includes("s") ? -h : -h / 2;
      return ["image", { x: coords[0] + dx, y: coords[1] + dy, width: w, height: h, href: image.url || null, display: hidden, "data-item": id }, ""];
    }
    return ["g", { display: hidden, "data-item": id }, ""];
  }
}
