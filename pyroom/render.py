"""One block -> HTML: highlighted code that reads and prints without scripts, plus the data the page script needs."""

from __future__ import annotations

import hashlib
import html
import json
import re

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from .options import BlockOptions

_FORMATTER = HtmlFormatter(nowrap=True)
_LEXER = PythonLexer()


def block_id(page: str, index: int, name: str | None = None) -> str:
    """A stable element id: from the author's ``name`` if given, else the page path and the block's position."""
    if name:
        return "pyroom-" + slug(name)
    return f"pyroom-{slug(page) or 'index'}-{index}"


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


def code_hash(code: str) -> str:
    """Short hash of the author's code, stored with a reader's edits to notice when the author changed it."""
    return hashlib.sha256(code.encode()).hexdigest()[:12]


def block_json(data: object) -> str:
    """Compact, stable JSON for a block's data attribute (escaped for HTML by the caller)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def highlight_python(code: str) -> str:
    return highlight(code, _LEXER, _FORMATTER)


def render_block(
    code: str,
    options: BlockOptions,
    element_id: str,
    *,
    max_lines: int = 30,
    filename: str | None = None,
    caption_html: str | None = None,
) -> str:
    """Render one block to HTML. ``caption_html`` lets an adapter supply a caption with its own markup (links)."""
    data = {
        "code": code,
        "options": options.to_json(),
        "hash": code_hash(code),
        "filename": filename or "main.py",
    }
    # The block's data is an attribute, not an inline <script>: nothing in it runs, and hosts that re-create
    # scripts (Material's instant navigation) leave it alone.
    data_attr = f' data-pyroom-block="{html.escape(block_json(data), quote=True)}"'
    session_attr = f' data-pyroom-session="{html.escape(options.session)}"' if options.session else ""
    if options.setup:
        return f'<div class="pyroom pyroom-setup" id="{element_id}" hidden{session_attr}{data_attr}></div>\n'

    # The code box fits the code and grows while the reader edits, up to `lines` (or the site's max_lines).
    shown = options.lines or max_lines
    classes = ["pyroom"]
    if options.readonly:
        classes.append("pyroom-readonly")
    if options.preview != "none":
        classes.append(f"pyroom-preview-{options.preview}")
    caption = caption_html if caption_html is not None else html.escape(options.caption or "")
    parts = [
        f'<div class="{" ".join(classes)}" id="{element_id}" data-pyroom-state="idle"{session_attr}'
        f' style="--pyroom-lines: {shown}"{data_attr}>',
    ]
    if caption:
        parts.append(f'<div class="pyroom-caption">{caption}</div>')
    parts.append(
        '<div class="pyroom-bar">'
        '<button type="button" class="pyroom-run" aria-label="Run" title="Run (Ctrl+Enter)">'
        '<span aria-hidden="true">\u25b6</span> Run</button>'
        '<button type="button" class="pyroom-stop" aria-label="Stop" title="Stop" disabled>'
        '<span aria-hidden="true">\u25a0</span> Stop</button>'
        '<button type="button" class="pyroom-reset" aria-label="Reset" title="Restore the original code" disabled>'
        "Reset</button>"
        '<span class="pyroom-status" aria-live="polite"></span>'
        "</div>"
    )
    label = "Python code (read only)" if options.readonly else "Python code: click or press Enter to edit"
    parts.append(
        '<div class="pyroom-code highlight-python notranslate"><div class="highlight">'
        f'<pre tabindex="0" aria-label="{label}"><code>{highlight_python(code)}</code></pre></div></div>'
    )
    # the preview before the output: what a program prints while the reader drags or clicks in its window grows
    # below it, and does not move the window under the pointer
    parts.append('<div class="pyroom-preview" hidden></div>')
    parts.append('<div class="pyroom-output" role="log" aria-label="Output" hidden></div>')
    parts.append("</div>\n")
    return "".join(parts)
