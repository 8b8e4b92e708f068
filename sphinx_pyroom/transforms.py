"""Post-transforms: HTML builders turn ``pyroom_block`` nodes into editors; every other builder keeps a code block."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from docutils import nodes
from sphinx.config import Config
from sphinx.transforms.post_transforms import SphinxPostTransform

from pyroom.options import BlockOptions, SiteSettings, parse_site_settings
from pyroom.render import block_id, render_block

from .directive import pyroom_block

#: builders that get editors (epub is HTML-based but read offline in e-readers: it keeps plain code)
EDITOR_BUILDERS = ("html", "dirhtml", "singlehtml")
PYTHON_LANGUAGES = ("python", "py", "python3", "py3")


def site_settings(config: Config) -> SiteSettings:
    """The validated ``pyroom_*`` settings (validated once at builder-inited; parsing again is cheap)."""
    return parse_site_settings({f.name: getattr(config, f"pyroom_{f.name}") for f in fields(SiteSettings)})


class PyroomHtmlTransform(SphinxPostTransform):
    """HTML builders: replace each block by its editor markup (a raw HTML node marked ``pyroom``)."""

    default_priority = 200

    def run(self, **kwargs: Any) -> None:
        settings = site_settings(self.config)
        docname = self.env.docname
        for node in list(self.document.findall(pyroom_block)):
            self._replace(
                node,
                node["code"],
                node["options"],
                node["filename"],
                node["serial"],
                node.get("docname", docname),
                settings,
            )
        if settings.python_blocks:
            self._convert_python_blocks(docname, settings)

    def _replace(
        self,
        node: nodes.Element,
        code: str,
        options: BlockOptions,
        filename: str,
        serial: int,
        docname: str,
        settings: Any,
    ) -> None:
        labels = self.env.get_domain("std").anonlabels  # type: ignore[attr-defined]
        element_id, anchors = _element_ids(labels, node, block_id(docname, serial))
        html = render_block(code, options, element_id, max_lines=settings.max_lines, filename=filename)
        # Other ids of the node (a `.. _label:` target above a named block, docutils' auto ids of captioned blocks)
        # stay as anchors: links to them still land, and no id appears twice.
        html = "".join(f'<span id="{anchor}"></span>' for anchor in anchors) + html
        raw = nodes.raw("", html, format="html")
        node.replace_self(raw)
        # replace_self copies ids and classes, which would make the HTML writer wrap the markup in a second
        # element with the same id; the block's own markup carries the id.
        raw["ids"], raw["classes"], raw["pyroom"] = [], [], True

    def _convert_python_blocks(self, docname: str, settings: Any) -> None:
        # Plain ``code-block:: python`` blocks become editors too (site setting ``python_blocks``).
        serial = 1000
        for literal in list(self.document.findall(nodes.literal_block)):
            if literal.get("language") not in PYTHON_LANGUAGES or literal.get("linenos"):
                continue
            if isinstance(literal.parent, nodes.container) and literal.parent.get("literal_block"):
                continue  # captioned blocks keep their caption markup
            serial += 1
            code = literal.astext().rstrip("\n") + "\n"
            self._replace(literal, code, BlockOptions(), "main.py", serial, docname, settings)


class PyroomPlainTransform(SphinxPostTransform):
    """Other builders (LaTeX, text, man, texinfo, epub, ...): keep the ordinary code block; drop setup blocks."""

    default_priority = 200

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(pyroom_block)):
            if node["options"].setup:
                node.parent.remove(node)
                continue
            child = node.children[0]
            child["ids"] = node["ids"] + child.get("ids", [])
            node.replace_self(child)


def _element_ids(labels: dict[str, tuple[str, str]], node: nodes.Element, default: str) -> tuple[str, list[str]]:
    """The block element's id (the target of its ``name`` or label, else ``default``) and the node's other ids."""
    ids = list(node.get("ids", []))
    # The std domain's labels, not the document's nameids: singlehtml merges pages into one document.
    named = [labels.get(name, ("", ""))[1] for name in node.get("names", [])]
    named = [i for i in named if i in ids]
    element_id = named[0] if named else default
    return element_id, [i for i in ids if i != element_id]


def has_blocks(doctree: nodes.Node | None) -> bool:
    if doctree is None:
        return False
    return any(node.get("pyroom") for node in doctree.findall(nodes.raw))
