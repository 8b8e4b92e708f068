// "SVG" and "PNG" buttons in the title bar of a preview window that holds a canvas: the reader downloads the
// drawing as it is on screen (the visible part of the canvas, with its background).

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

/** A file name from the window's title: "Python Turtle Graphics" -> "python-turtle-graphics". */
function baseName(win) {
  const slug = (win.title?.textContent || "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "drawing";
}

/** The window's main canvas: the largest one shown (a turtle window has exactly one). */
function mainCanvas(win) {
  let best = null;
  let bestArea = -1;
  for (const el of win.body.querySelectorAll(".pyroom-tk-canvas")) {
    const svg = el.querySelector(":scope > svg");
    if (!svg || el.style.display === "none") continue;
    const area = el.clientWidth * el.clientHeight;
    if (area > bestArea) {
      best = el;
      bestArea = area;
    }
  }
  return best;
}

/** A standalone SVG document of the canvas as shown: viewBox = the visible area, background painted. */
export function serializeCanvas(canvasEl) {
  const source = canvasEl.querySelector(":scope > svg");
  const width = Math.max(1, canvasEl.clientWidth || Math.round(source.getBoundingClientRect().width));
  const height = Math.max(1, canvasEl.clientHeight || Math.round(source.getBoundingClientRect().height));
  const copy = source.cloneNode(true);
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("xmlns:xlink", XLINK_NS);
  copy.setAttribute("version", "1.1");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  copy.removeAttribute("class");
  // The drawing's own colours, whatever the page theme shows (see "paper" in widgets.js)
  const paper = { turtle: "#ffffff", tk: "#d9d9d9" }[canvasEl.dataset.paper];
  const background = paper || getComputedStyle(canvasEl).backgroundColor;
  if (background && background !== "transparent" && background !== "rgba(0, 0, 0, 0)") {
    const rect = document.createElementNS(SVG_NS, "rect");
    for (const [k, v] of Object.entries({ x: 0, y: 0, width, height, fill: background })) rect.setAttribute(k, String(v));
    copy.prepend(rect);
  }
  // Images as standalone files also want the xlink form of their address.
  for (const image of copy.querySelectorAll("image[href]")) image.setAttributeNS(XLINK_NS, "xlink:href", image.getAttribute("href"));
  const text = new XMLSerializer().serializeToString(copy);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`, width, height };
}

/** The same drawing as PNG (drawn at the screen's pixel density, at least 1x). */
export async function canvasToPng(canvasEl) {
  const { text, width, height } = serializeCanvas(canvasEl);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    await image.decode();
    const scale = Math.max(1, Math.min(4, window.devicePixelRatio || 1));
    const raster = document.createElement("canvas");
    raster.width = Math.round(width * scale);
    raster.height = Math.round(height * scale);
    const context = raster.getContext("2d");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      raster.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function save(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function button(label, name, onClick) {
  const el = document.createElement("button");
  el.type = "button";
  el.className = "pyroom-tk-download";
  el.textContent = label;
  el.setAttribute("aria-label", name);
  el.title = name;
  el.addEventListener("click", onClick);
  return el;
}

/** Show the download buttons in the title bar of `win` (a Pane window record {el, body, title}); idempotent. */
export function showDownloads(win) {
  if (!win || win.downloads) return;
  const bar = win.el.querySelector(":scope > .pyroom-tk-titlebar");
  if (!bar) return;
  const group = document.createElement("span");
  group.className = "pyroom-tk-downloads";
  const svgButton = button("SVG", "Download SVG", () => {
    const canvas = mainCanvas(win);
    if (canvas) save(new Blob([serializeCanvas(canvas).text], { type: "image/svg+xml" }), `${baseName(win)}.svg`);
  });
  const pngButton = button("PNG", "Download PNG", async () => {
    const canvas = mainCanvas(win);
    if (!canvas) return;
    pngButton.disabled = true;
    try {
      save(await canvasToPng(canvas), `${baseName(win)}.png`);
    } finally {
      pngButton.disabled = false;
    }
  });
  group.append(svgButton, pngButton);
  const close = bar.querySelector(".pyroom-tk-close");
  if (close) close.before(group);
  else bar.append(group);
  win.downloads = group;
}

/** The window record (cls "Tk": the root or a Toplevel) that holds the widget at `path`. */
export function windowOf(widgets, path) {
  for (let p = path; p; p = p === "." ? "" : p.slice(0, p.lastIndexOf(".")) || ".") {
    const widget = widgets.get(p);
    if (widget?.cls === "Tk") return widget;
  }
  return null;
}
