"""Post-transforms: HTML builders turn ``pyroom_block`` nodes into editors; every other builder keeps a code block."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from pyroom.options import BlockOptions
from pyroom.render import block_id, render_block

from .directive import pyroom_block

#: builders that get editors (epub is HTML-based but read offline in e-readers: it keeps plain code)
EDITOR_BUILDERS = ("html", "dirhtml", "singlehtml")
PYTHON_LANGUAGES = ("python", "py", "python3", "py3")


class PyroomHtmlTransform(SphinxPostTransform):
    """Replace each block by its editor markup (a raw HTML node with the class ``pyroom-raw``)."""

    default_priority = 200
    builders = EDITOR_BUILDERS

    def run(self, **kwargs: Any) -> None:
        settings = self.app.pyroom_settings
        docname = self.env.docname
        for node in list(self.document.findall(pyroom_block)):
            self._replace(
                node, node["code"], node["options"], node["filename"], node["serial"], docname, settings
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
        element_id = node["ids"][0] if node.get("ids") else block_id(docname, serial)
        html = render_block(code, options, element_id, max_lines=settings.max_lines, filename=filename)
        raw = nodes.raw("", html, format="html", classes=["pyroom-raw"])
        node.replace_self(raw)

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

    def is_supported(self) -> bool:
        return self.app.builder.name not in EDITOR_BUILDERS

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(pyroom_block)):
            if node["options"].setup:
                node.parent.remove(node)
                continue
            child = node.children[0]
            child["ids"] = node["ids"] + child.get("ids", [])
            node.replace_self(child)


def has_blocks(doctree: nodes.Node | None) -> bool:
    if doctree is None:
        return False
    for node in doctree.findall(nodes.raw):
        if "pyroom-raw" in node.get("classes", ()):
            return True
    return False
