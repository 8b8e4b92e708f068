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
