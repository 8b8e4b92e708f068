"""What the plugin adds to a page's ``<head>``: the stylesheet, the page script and the instant-navigation hook.

Material's instant navigation swaps the page content without a reload. It keeps the scripts that already ran, adds
the new page's ``<head>`` elements without running them (a block's data is an attribute of its element, so the
content itself arrives intact). The hook runs once per tab, subscribes to Material's ``document$`` and, whenever
the new content holds blocks, adds the stylesheet if the head lacks it, imports the page script
(a no-op once loaded) and calls ``window.pyroom.mount()``; on a page without blocks it only calls ``mount()`` (when
the script is loaded), which forgets the blocks of the page left behind.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from pyroom import hosting

_INSTANT_HOOK = """\
const assets = new URL(__BASE__, import.meta.url);
function attach() {
  const blocks = document.querySelectorAll("div.pyroom[id]");
  if (!blocks.length) {
    window.pyroom?.mount(); // forget the blocks of the page left behind; the worker stays booted
    return;
  }
  if (!document.querySelector("link[data-pyroom]")) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("pyroom.css", assets).href;
    link.dataset.pyroom = "";
    document.head.append(link);
  }
  import(new URL("pyroom.js", assets).href).then(() => window.pyroom?.mount(), (error) => console.error(error));
}
window.document$?.subscribe(attach);
"""


def head_tags(
    assets_url: str,
    root_url: str,
    config: dict[str, Any],
    *,
    blocks: bool,
    instant: bool,
    service_worker: bool,
    first_visit: str = "reload",
) -> str:
    """The tags for one page: ``assets_url`` is the assets folder and ``root_url`` the site root, relative to it.

    ``first_visit`` is the service worker's first-visit policy (``sw_first_visit``)."""
    data = html.escape(json.dumps(config, separators=(",", ":")), quote=True)
    base = html.escape(assets_url, quote=True)
    tags = []
    if service_worker and (blocks or instant):
        tags.append(f"<script>{hosting.service_worker_register_snippet(root_url, first_visit)}</script>")
    if blocks:
        tags.append(f'<link rel="stylesheet" href="{base}pyroom.css" data-pyroom>')
        tags.append(f'<script type="module" src="{base}pyroom.js" data-pyroom-config="{data}"></script>')
    if instant:
        hook = _INSTANT_HOOK.replace("__BASE__", json.dumps(assets_url).replace("<", "\\u003c"))
        tags.append(f'<script type="module" data-pyroom-config="{data}" data-pyroom-hook>\n{hook}</script>')
    return "\n".join(tags)


def insert_into_head(page_html: str, tags: str) -> str:
    """Put ``tags`` just before ``</head>`` (unchanged when the theme wrote no head)."""
    if not tags:
        return page_html
    match = re.search(r"</head\s*>", page_html, re.IGNORECASE)
    if match is None:
        return page_html
    return page_html[: match.start()] + tags + "\n" + page_html[match.start() :]
