"""The ``pyroom`` directive: a block's code and options become a ``pyroom_block`` node (a plain code block inside)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.directives.code import container_wrapper
from sphinx.util.docutils import SphinxDirective

from pyroom.options import BLOCK_OPTIONS, OptionError, parse_block_options


class pyroom_block(nodes.General, nodes.Element):  # noqa: N801 - docutils node naming
    """A runnable block. Holds ``code``, ``options`` (validated) and ``filename``; its child is the plain code block
    that non-HTML builders keep. An HTML post-transform replaces it by the editor markup."""


class _AnyOption(dict):
    """Accept every option name so unknown ones get Pyroom's message (with suggestions), not docutils' bare one."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> Any:
        return directives.unchanged

    def get(self, key: str, default: Any = None) -> Any:
        return directives.unchanged


class PyroomDirective(SphinxDirective):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec = _AnyOption(dict.fromkeys(BLOCK_OPTIONS, directives.unchanged))

    def run(self) -> list[nodes.Node]:
        try:
            return self._run()
        except OptionError as exc:
            # Location (file:line) is added by docutils/Sphinx in front of the message.
            raise self.error(str(exc)) from None

    def _raw_options(self) -> dict[str, str | None]:
        # docutils gives "" for an option written without a value: a bare flag.
        return {name: (value if value not in ("", None) else None) for name, value in self.options.items()}

    def _run(self) -> list[nodes.Node]:
        raw = self._raw_options()
        if self.arguments:
            if "file" in raw:
                raise OptionError("file", "the file is given twice: as the argument and as the 'file' option")
            raw["file"] = self.arguments[0]
        options = parse_block_options(raw)
        code, filename = self._code(options.file)
        element_serial = self.env.new_serialno("pyroom")
        node = pyroom_block(
            code=code,
            options=options,
            filename=filename,
            serial=element_serial,
            # the page the block is on: singlehtml transforms every page's blocks under the root document's name
            docname=self.env.docname,
        )
        node.source, node.line = self.get_source_info()
        literal = nodes.literal_block(code, code, language="python")
        literal.source, literal.line = node.source, node.line
        self.set_source_info(literal)
        inner: nodes.Element = literal
        if options.caption:
            inner = container_wrapper(self, literal, options.caption)
        node += inner
        if options.name:
            self.options["name"] = options.name
            self.add_name(node)
        return [node]

    def _code(self, file: str | None) -> tuple[str, str]:
        if file and self.content:
            raise OptionError(
                "file", f"give the code either from {file!r} or as the block's content, not both"
            )
        if file:
            rel, path = self.env.relfn2path(file, self.env.docname)
            if not Path(path).is_file():
                raise OptionError("file", f"{file!r} does not exist (looked for {path})")
            self.env.note_dependency(rel)
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise OptionError("file", f"{file!r} could not be read as UTF-8 text: {exc}") from None
            return text.rstrip("\n") + "\n", Path(file).name
        if not self.content:
            raise OptionError("file", "the block has no code: write it as the content or name a file")
        return "\n".join(self.content) + "\n", "main.py"
