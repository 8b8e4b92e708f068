// A Tk canvas drawn as SVG: one SVG element per canvas item, kept in Tk's stacking order.

const SVG = "http://www.w3.org/2000/svg";

const svg = (tag, attrs = {}) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  return el;
};

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

const pairs = (coords) => {
  const out = [];
  for (let i = 0; i + 1 < coords.length; i += 2) out.push([coords[i], coords[i + 1]]);
  return out;
};

// Tk's smooth lines: a quadratic spline through the midpoints of the segments, ending at the end points.
function smoothPath(points, closed) {
  if (points.length < 3) return "M" + points.map((p) => p.join(",")).join("L");
  const pts = closed ? [...points, points[0], points[1]] : points;
  const mid = (a, b) => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  let d = closed ? `M${mid(pts[0], pts[1]).join(",")}` : `M${pts[0].join(",")}`;
  const last = pts.length - (closed ? 1 : 2);
  for (let i = 1; i < last; i++) {
    const end = !closed && i === last - 1 ? pts[i + 1] : mid(pts[i], pts[i + 1]);
    d += `Q${pts[i].join(",")} ${end.join(",")}`;
  }
  return closed ? d + "Z" : d;
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
  return [tip, [base[0] - uy * half, base[1] + ux * half], neck, [base[0] + uy * half, base[1] - ux * half]];
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

const TEXT_ANCHOR = { nw: "start", w: "start", sw: "start", n: "middle", center: "middle", s: "middle", ne: "end", e: "end", se: "end" };
const TEXT_BASELINE = { nw: "hanging", n: "hanging", ne: "hanging", w: "middle", center: "middle", e: "middle", sw: "text-after-edge", s: "text-after-edge", se: "text-after-edge" };

export class CanvasView {
  /** `resolveImage(name)`: the {url, width, height} of a named Tk image (canvas image items name their image). */
  constructor(element, { resolveImage } = {}) {
    this.element = element;
    this.resolveImage = resolveImage;
    this.svg = svg("svg", { class: "pyroom-tk-canvas-svg", width: "100%", height: "100%" });
    this.layer = svg("g");
    this.svg.append(this.layer);
    element.append(this.svg);
    this.items = new Map(); // id -> {type, coords, opts, el}
  }

  create(id, type, coords, opts) {
    const item = { type, coords, opts: { ...opts }, el: null };
    this.items.set(id, item);
    this.draw(id, item);
    // New items gather in a fragment that joins the document once per batch of operations (see flush).
    if (!this.pending) {
      this.pending = document.createDocumentFragment();
      queueMicrotask(() => this.flush());
    }
    this.pending.append(item.el);
  }

  /** Put the items created since the last flush into the document (on top, in creation order). */
  flush() {
    if (!this.pending) return;
    this.layer.append(this.pending);
    this.pending = null;
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
    for (const id of ids) {
      this.items.get(id)?.el.remove();
      this.items.delete(id);
    }
  }

  order(ids) {
    this.flush();
    for (const id of ids) {
      const item = this.items.get(id);
      if (item) this.layer.append(item.el); // appending in order leaves them bottom to top
    }
  }

  view(x0, y0) {
    this.layer.setAttribute("transform", `translate(${-x0},${-y0})`);
  }

  redraw(id, item) {
    const old = item.el;
    this.draw(id, item);
    old.replaceWith(item.el);
  }

  itemAt(target) {
    for (let el = target; el && el !== this.svg; el = el.parentNode) {
      if (el.dataset?.item) return Number(el.dataset.item);
    }
    return undefined;
  }

  draw(id, item) {
    const { type, coords, opts } = item;
    const width = opts.width ?? 1;
    const color = (value) => (value ? value : "none");
    let el;
    if (type === "line") {
      const points = pairs(coords);
      el = svg("g");
      const fill = ("fill" in opts ? opts.fill : "#000000");
      const line = svg("path", {
        d: opts.smooth ? smoothPath(points, false) : "M" + points.map((p) => p.join(",")).join("L"),
        fill: "none",
        stroke: color(fill),
        "stroke-width": width === 1 ? null : width, // SVG's defaults (width 1, butt caps) are left unset: faster
        "stroke-linecap": { projecting: "square", round: "round" }[opts.capstyle] || null,
        "stroke-linejoin": { bevel: "bevel", miter: "miter" }[opts.joinstyle] || "round",
        "stroke-dasharray": dash(opts.dash, width),
      });
      el.append(line);
      const arrow = opts.arrow || "none";
      if (points.length >= 2 && arrow !== "none" && fill) {
        const heads = [];
        if (arrow === "first" || arrow === "both") heads.push(arrowHead(points[0], points[1], width, opts.arrowshape));
        if (arrow === "last" || arrow === "both") heads.push(arrowHead(points[points.length - 1], points[points.length - 2], width, opts.arrowshape));
        for (const head of heads) el.append(svg("polygon", { points: head.map((p) => p.join(",")).join(" "), fill }));
      }
    } else if (type === "rectangle" || type === "oval") {
      const [x0, y0, x1, y1] = coords;
      const box = { x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0) };
      const paint = { fill: color(opts.fill), stroke: color(("outline" in opts ? opts.outline : "#000000")), "stroke-width": width === 1 ? null : width, "stroke-dasharray": dash(opts.dash, width) };
      el =
        type === "rectangle"
          ? svg("rect", { x: box.x, y: box.y, width: box.w, height: box.h, ...paint })
          : svg("ellipse", { cx: box.x + box.w / 2, cy: box.y + box.h / 2, rx: box.w / 2, ry: box.h / 2, ...paint });
    } else if (type === "polygon") {
      const points = pairs(coords);
      const paint = { fill: color(("fill" in opts ? opts.fill : "#000000")), stroke: color(opts.outline), "stroke-width": width, "stroke-linejoin": "round", "stroke-dasharray": dash(opts.dash, width) };
      el = opts.smooth ? svg("path", { d: smoothPath(points, true), ...paint }) : svg("polygon", { points: points.map((p) => p.join(",")).join(" "), ...paint });
    } else if (type === "arc") {
      const style = opts.style || "pieslice";
      el = svg("path", {
        d: arcPath(coords, opts.start ?? 0, opts.extent ?? 90, style),
        fill: style === "arc" ? "none" : color(opts.fill),
        stroke: color(("outline" in opts ? opts.outline : "#000000")),
        "stroke-width": width,
        "stroke-dasharray": dash(opts.dash, width),
      });
    } else if (type === "text") {
      const anchor = opts.anchor || "center";
      el = svg("text", {
        x: coords[0],
        y: coords[1],
        fill: color(("fill" in opts ? opts.fill : "#000000")),
        "text-anchor": TEXT_ANCHOR[anchor],
        "dominant-baseline": TEXT_BASELINE[anchor],
        "xml:space": "preserve",
      });
      el.style.font = fontCss(opts.font);
      const lines = String(opts.text ?? "").split("\n");
      const lineHeight = opts.font?.linespace || Math.round((opts.font?.size || 13) * 1.25);
      const shift = TEXT_BASELINE[anchor] === "middle" ? -((lines.length - 1) * lineHeight) / 2 : TEXT_BASELINE[anchor] === "text-after-edge" ? -(lines.length - 1) * lineHeight : 0;
      lines.forEach((text, i) => {
        const span = svg("tspan", { x: coords[0], dy: i === 0 ? shift : lineHeight });
        span.textContent = text; // program text is always text
        el.append(span);
      });
    } else if (type === "image") {
      const image = (typeof opts.image === "string" ? this.resolveImage?.(opts.image) : opts.image) || {};
      const anchor = opts.anchor || "center";
      const w = image.width || 0;
      const h = image.height || 0;
      const dx = anchor.includes("w") ? 0 : anchor.includes("e") ? -w : -w / 2;
      const dy = anchor.includes("n") ? 0 : anchor.includes("s") ? -h : -h / 2;
      el = svg("image", { x: coords[0] + dx, y: coords[1] + dy, width: w, height: h, href: image.url || null });
    } else {
      el = svg("g");
    }
    if (opts.state === "hidden") el.setAttribute("display", "none");
    el.setAttribute("data-item", id);
    item.el = el;
  }
}
