"""Sphinx configuration of Pyroom's own documentation (also the demo: `bash scripts/demo.sh`)."""

project = "Pyroom"
author = "The Pyroom authors"
copyright = "2025, The Pyroom authors"

extensions = ["sphinx_pyroom"]

html_theme = "furo"
html_title = "Pyroom"
exclude_patterns = ["_build", "_static", "examples"]

# Pyodide comes from the pinned CDN by default; scripts/demo.sh builds with `-D pyroom_pyodide=local`
# so the demo runs offline from a self-hosted copy.
pyroom_hosting_files = ["netlify", "apache"]


# `.. pyroom-tkinter-unsupported::` (docs/tkinter-reference.rst): the list of tkinter names that Pyroom's tkinter
# does not implement, asked from the shim itself (in a subprocess: Sphinx's own process keeps the real tkinter).
def setup(app):
    import json
    import subprocess
    import sys
    from pathlib import Path

    from docutils import nodes
    from sphinx.util.docutils import SphinxDirective

    shim = Path(__file__).resolve().parent.parent / "static" / "python"

    class TkinterUnsupported(SphinxDirective):
        def run(self):
            code = (
                f"import json, sys; sys.path.insert(0, {str(shim)!r}); import tkinter; "
                "print(json.dumps(sorted(tkinter._pyroom_unsupported())))"
            )
            names = json.loads(
                subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
            )
            self.env.note_dependency(str(shim / "tkinter" / "__init__.py"))
            items = nodes.bullet_list()
            for name in names:
                items += nodes.list_item("", nodes.paragraph("", "", nodes.literal(name, name)))
            return [items]

    app.add_directive("pyroom-tkinter-unsupported", TkinterUnsupported)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
