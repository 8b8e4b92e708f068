"""The MkDocs plugin: ```` ```pyroom ```` fences become Pyroom editors, and pages with blocks get the page script.

How a block travels through MkDocs:

1. ``on_page_markdown`` finds the fences in the raw Markdown (so the code keeps its tabs and the block knows its
   line), validates the options, renders the editor and leaves a placeholder token where the fence was.
2. With ``pymdownx.superfences`` configured, the placeholder is a ```` ```pyroom ```` fence holding the token, and the
   custom fence registered in ``on_config`` turns it into a slot; superfences decides the page structure as it does
   for every other fence. Without it, the placeholder is a paragraph at the fence's indentation, which
   ``on_page_content`` turns into the slot. The slot is the code as a plain ``<pre>``: what search indexes.
3. ``on_post_page`` swaps each slot for its editor (the code travels in the editor's JSON, never through Markdown)
   and adds the stylesheet and page script to pages with blocks (and the instant-navigation hook to every page when
   Material's ``navigation.instant`` is on); ``on_post_build`` publishes the assets and the hosting files.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import re
import secrets
from pathlib import Path, PurePosixPath
from typing import Any

from mkdocs.config.base import LegacyConfig
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from pyroom import assets, hosting
from pyroom.options import OptionError, SiteSettings, parse_block_options, parse_site_settings
from pyroom.render import block_id, highlight_python, render_block
from pyroom.sources import check_one_source, read_code_file

from .fences import Fence, find_fences, parse_fence_options
from .head import head_tags, insert_into_head
from .serve import isolate_server

log = logging.getLogger("mkdocs.plugins.pyroom")

PYTHON_LANGUAGES = ("python", "py", "python3", "py3")
#: the page script and its files go to ``site_dir/assets/pyroom/``
ASSETS_DIR = "assets"
#: plain ``python`` fences are numbered from here, so turning them on keeps the ids of ``pyroom`` blocks
PYTHON_BLOCK_SERIAL = 1000
SUPERFENCES = "pymdownx.superfences"
# minifiers may drop the quotes around attribute values
_SLOT = re.compile(r"""<pre class=["']?pyroom-slot["']? data-pyroom-slot=["']?(\w+)["']?>.*?</pre>""", re.DOTALL)


def error_block_html(message: str, code: str) -> str:
    """A block Pyroom could not use: the error, visible on the page, above the code as an ordinary code block."""
    parts = [
        '<div class="pyroom-invalid">',
        '<div class="admonition failure pyroom-error" role="note">',
        '<p class="admonition-title">Pyroom could not make this block runnable</p>',
        f"<p>{html.escape(message)}</p>",
        "</div>",
    ]
    if code:
        parts.append(
            f'<div class="highlight"><pre><code class="nohighlight">{highlight_python(code)}</code></pre></div>'
        )
    parts.append("</div>\n")
    return "".join(parts)


def slot_html(token: str, code: str) -> str:
    """What a block is in ``page.content``: its code as a plain code block, which search indexes and feeds read.

    The editor (with its JSON data and buttons, which search must not index) replaces it in ``on_post_page``.
    """
    return f'<pre class="pyroom-slot" data-pyroom-slot="{token}"><code>{html.escape(code)}</code></pre>\n'


def fill_slots(page_html: str, editors: dict[str, str]) -> tuple[str, int]:
    """Replace each slot by its editor; return the page and how many slots were filled."""
    filled = 0

    def editor(match: re.Match[str]) -> str:
        nonlocal filled
        found = editors.get(match[1])
        if found is None:
            return match[0]
        filled += 1
        return found

    return _SLOT.sub(editor, page_html), filled


class PyroomPlugin(BasePlugin):
    """``plugins: [pyroom]``; settings under it have the names of :class:`pyroom.options.SiteSettings`' fields."""

    def __init__(self) -> None:
        self.settings = SiteSettings()
        self._superfences = False
        self._instant = False
        self._config_dir = Path.cwd()
        self._nonce = secrets.token_hex(4)
        self._serial = 0
        #: placeholder token -> (HTML for the page content, "file:line"), for the page being converted
        self._pending: dict[str, tuple[str, str]] = {}
        #: page source -> {token: editor HTML}, swapped in for the slots once the theme has rendered the page
        self._editors: dict[str, dict[str, str]] = {}
        self._page_path = ""
        self._included: set[Path] = set()

    # --- configuration ----------------------------------------------------------------------------------

    def load_config(
        self, options: dict[str, Any], config_file_path: str | None = None
    ) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
        """Validate the settings with Pyroom's own schema (one source of truth, messages that list the choices)."""
        self.config = LegacyConfig((), config_file_path=config_file_path)
        self.config.load_dict(dict(options))
        if config_file_path:
            self._config_dir = Path(config_file_path).parent
        try:
            settings = parse_site_settings(options)
        except OptionError as exc:
            return [(exc.option, f"{exc.message} (in {config_file_path or 'mkdocs.yml'})")], []
        if settings.pyodide_dir and not Path(settings.pyodide_dir).expanduser().is_absolute():
            settings = dataclasses.replace(settings, pyodide_dir=str(self._config_dir / settings.pyodide_dir))
        self.settings = settings
        return [], []

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._superfences = SUPERFENCES in config.markdown_extensions
        if self._superfences:
            superfences = config.mdx_configs.get(SUPERFENCES) or {}
            fences = [fence for fence in superfences.get("custom_fences", []) if fence.get("name") != "pyroom"]
            fences.append({"name": "pyroom", "class": "pyroom", "format": self._format_fence})
            config.mdx_configs[SUPERFENCES] = {**superfences, "custom_fences": fences}
        features = config.theme.get("features") or []
        self._instant = config.theme.name == "material" and "navigation.instant" in features
        return config

    # --- pages ------------------------------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self._page_path = shown = self._display_path(page)
        self._editors.pop(page.file.src_uri, None)  # a rebuilt page (mkdocs serve) starts afresh
        languages = ("pyroom", *PYTHON_LANGUAGES) if self.settings.python_blocks else ("pyroom",)
        lines = markdown.split("\n")
        fences = find_fences(lines, languages)
        if not fences:
            return markdown
        offset = _line_offset(page, markdown)
        names: set[str] = set()
        counts = {"pyroom": 0, "python": PYTHON_BLOCK_SERIAL}
        out: list[str] = []
        last = 0
        for fence in fences:
            kind = "pyroom" if fence.language == "pyroom" else "python"
            if kind == "python" and (fence.info or fence.problem):
                continue  # a python fence with options of its own (title, linenums, ...) stays a code block
            counts[kind] += 1
            where = f"{shown}:{fence.start + 1 + offset}"
            if fence.problem:
                at = "" if fence.problem_line is None else f"line {fence.problem_line + 1 + offset}: "
                log.error(f"{where}: pyroom block: {at}{fence.problem}")
                continue
            self._serial += 1
            token = f"pyroom{self._nonce}x{self._serial}"
            self._pending[token] = (self._render(fence, page, token, counts[kind], where, names), where)
            out += lines[last : fence.start]
            if self._superfences:
                out += [
                    f"{fence.indent}{fence.marker}pyroom",
                    f"{fence.indent}{token}",
                    f"{fence.indent}{fence.marker}",
                ]
            else:
                out += ["", f"{fence.indent}{token}", ""]
            last = fence.end + 1
        out += lines[last:]
        return "\n".join(out)

    def _render(self, fence: Fence, page: Page, token: str, index: int, where: str, names: set[str]) -> str:
        """The HTML that stands for the block in the page content: a slot for an editor, or the error block."""
        try:
            raw = parse_fence_options(fence.info) if fence.language == "pyroom" else {}
            options = parse_block_options(raw, where)
            check_one_source(options.file, bool(fence.code))
            code, filename = fence.code, "main.py"
            if options.file:
                path = self._resolve(page, options.file)
                code, filename = read_code_file(path, options.file), PurePosixPath(options.file).name
                self._included.add(path.resolve())
            if options.name:
                if options.name in names:
                    raise OptionError("name", f"{options.name!r} names another block of this page already")
                names.add(options.name)
        except OptionError as exc:
            exc.where = where
            log.error(str(exc))
            return error_block_html(str(exc), fence.code)
        page_id = PurePosixPath(page.file.src_uri).with_suffix("").as_posix()
        element_id = block_id(page_id, index, options.name)
        editor = render_block(code, options, element_id, max_lines=self.settings.max_lines, filename=filename)
        # The mkdocs and readthedocs themes run highlight.js over every <pre><code>: the block is highlighted already.
        self._editors.setdefault(page.file.src_uri, {})[token] = editor.replace(
            "<code>", '<code class="nohighlight">', 1
        )
        return slot_html(token, "" if options.setup else code)

    def _format_fence(self, source: str, language: str, class_name: str, options: dict, md: Any, **kwargs: Any) -> str:
        """The superfences formatter of ```` ```pyroom ```` fences: they hold a placeholder token by now."""
        found = self._pending.pop(source.strip(), None)
        if found is not None:
            return found[0]
        # A fence superfences found where the plugin's reader does not look (a blockquote): show it as code.
        message = (
            f"{self._page_path}: a pyroom block inside a blockquote cannot become an editor; "
            "move it out of the blockquote (an admonition works)"
        )
        log.error(message)
        return error_block_html(message, source.rstrip("\n") + "\n")

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        for token, (block, where) in self._pending.items():
            wrapped = f"<p>{token}</p>"
            if wrapped in html:
                html = html.replace(wrapped, block)
            elif token in html:
                html = html.replace(token, block)
            else:
                log.warning(f"{where}: the pyroom block did not reach the page (the Markdown around it hides it)")
        self._pending.clear()
        return html

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        editors = self._editors.get(page.file.src_uri, {})
        filled = 0
        if editors:
            output, filled = fill_slots(output, editors)
            if filled < len(editors):
                log.warning(
                    f"{self._display_path(page)}: {len(editors) - filled} pyroom block(s) vanished between the "
                    "page's content and its HTML (did another plugin rewrite it?)"
                )
        if not filled and not self._instant:
            return output
        tags = head_tags(
            get_relative_url(f"{ASSETS_DIR}/{assets.SUBDIR}/", page.url),
            get_relative_url(".", page.url),
            assets.page_config(self.settings),
            blocks=filled > 0,
            instant=self._instant,
            service_worker=self.settings.isolation == "service-worker",
            first_visit=self.settings.sw_first_visit,
        )
        return insert_into_head(output, tags)

    # --- the built site ---------------------------------------------------------------------------------

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        try:
            assets.publish(site / ASSETS_DIR, self.settings)
            hosting.write_hosting_files(site, self.settings.hosting_files, self.settings.coep)
        except (assets.AssetsError, hosting.HostingError) as exc:
            raise PluginError(f"pyroom: {exc}") from None
        if self.settings.isolation == "service-worker":
            worker = site / hosting.SERVICE_WORKER_FILE
            text = hosting.service_worker_js(self.settings.coep)
            if not worker.is_file() or worker.read_text(encoding="utf-8") != text:
                worker.write_text(text, encoding="utf-8")

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        if isolate_server(server, self.settings.coep):
            log.info(f"pyroom: serving with the cross-origin isolation headers (COEP {self.settings.coep})")
        else:
            log.warning("pyroom: cannot add the cross-origin isolation headers to this server; blocks run degraded")
        docs = Path(config.docs_dir).resolve()
        for path in sorted(self._included):
            if not path.is_relative_to(docs):
                server.watch(str(path))
        return server

    # --- helpers ----------------------------------------------------------------------------------------

    def _resolve(self, page: Page, file: str) -> Path:
        """A path the author wrote in a page, relative to the page's source file (as ``literalinclude`` does)."""
        source = page.file.abs_src_path
        if source:
            return Path(source).parent / file
        return Path(page.file.src_dir or ".") / PurePosixPath(page.file.src_uri).parent / file

    def _display_path(self, page: Page) -> str:
        """The page's source as the author finds it: relative to mkdocs.yml's folder when it is inside it."""
        source = page.file.abs_src_path
        if not source:
            return page.file.src_uri
        path, folder = Path(source).resolve(), self._config_dir.resolve()
        return path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)


def _line_offset(page: Page, markdown: str) -> int:
    """Lines of front matter MkDocs removed before the Markdown the plugin sees (0 if another plugin changed it)."""
    try:
        source = page.file.content_string
    except (OSError, UnicodeDecodeError, TypeError):
        return 0
    if markdown and source.endswith(markdown):
        return source[: len(source) - len(markdown)].count("\n")
    return 0
