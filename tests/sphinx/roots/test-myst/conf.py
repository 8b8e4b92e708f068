project = "pyroom-myst"
extensions = ["myst_parser", "sphinx_pyroom"]
exclude_patterns = ["_build"]
