"""Sphinx adapter for Pyroom: ``extensions = ["sphinx_pyroom"]`` adds the ``pyroom`` directive."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import ConfigError, ExtensionError

from pyroom import __version__, assets, hosting
from pyroom.options import OptionError, SiteSettings

from .directive import PyroomDirective, pyroom_block
from .transforms import EDITOR_BUILDERS, PyroomHtmlTransform, PyroomPlainTransform, has_blocks, site_settings

_DEFAULTS = SiteSettings()
#: Before the module script (default priority 500), so the worker registers as early as it can.
_SW_PRIORITY = 450


def _visit_passthrough(self: Any, node: nodes.Element) -> None:
    """Post-transforms replace every block; if a builder skipped them, its plain code block still renders."""


def _depart_passthrough(self: Any, node: nodes.Element) -> None:
    pass


def _caption(node: nodes.Element) -> str | None:
    return node["options"].caption


def _builder_inited(app: Sphinx) -> None:
    try:
        app.pyroom_settings = site_settings(app.config)  # type: ignore[attr-defined]
    except OptionError as exc:
        raise ConfigError(f"conf.py: setting 'pyroom_{exc.option}': {exc.message}") from None
    # Editors for HTML builders; an ordinary code block for every other builder (LaTeX, text, man, epub...).
    app.add_post_transform(PyroomHtmlTransform if app.builder.name in EDITOR_BUILDERS else PyroomPlainTransform)


def _page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict, doctree: nodes.Node | None
) -> None:
    if app.builder.name not in EDITOR_BUILDERS or not has_blocks(doctree):
        return
    config = json.dumps(assets.page_config(app.pyroom_settings), separators=(",", ":"))  # type: ignore[attr-defined]
    app.add_css_file("pyroom/pyroom.css")
    if app.pyroom_settings.isolation == "service-worker":  # type: ignore[attr-defined]
        # The site root relative to this page ("./", "../", ...; html and dirhtml alike): pyroom-sw.js lies there.
        root = context.get("content_root") or "./"
        snippet = hosting.service_worker_register_snippet(root, app.pyroom_settings.sw_first_visit)  # type: ignore[attr-defined]
        app.add_js_file(None, body=snippet, priority=_SW_PRIORITY)
    app.add_js_file("pyroom/pyroom.js", type="module", **{"data-pyroom-config": config})


def _publish(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.name not in EDITOR_BUILDERS:
        return
    settings: SiteSettings = app.pyroom_settings  # type: ignore[attr-defined]
    outdir = Path(app.outdir)
    try:
        assets.publish(outdir / "_static", settings)
    except assets.AssetsError as exc:
        raise ExtensionError(str(exc)) from None
    hosting.write_hosting_files(outdir, settings.hosting_files, settings.coep)
    if settings.isolation == "service-worker":
        (outdir / hosting.SERVICE_WORKER_FILE).write_text(hosting.service_worker_js(settings.coep))


def setup(app: Sphinx) -> dict[str, Any]:
    for f in fields(SiteSettings):
        default = getattr(_DEFAULTS, f.name)
        app.add_config_value(
            f"pyroom_{f.name}", list(default) if isinstance(default, tuple) else default, "html"
        )
    app.add_enumerable_node(
        pyroom_block,
        "pyroom",
        _caption,
        **{b: (_visit_passthrough, _depart_passthrough) for b in ("html", "latex", "text", "man", "texinfo")},
    )
    app.add_directive("pyroom", PyroomDirective)
    app.connect("builder-inited", _builder_inited)
    app.connect("html-page-context", _page_assets)
    app.connect("build-finished", _publish)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
