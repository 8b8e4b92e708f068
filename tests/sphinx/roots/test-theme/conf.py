project = "pyroom-theme"
extensions = ["sphinx_pyroom"]
exclude_patterns = ["_build"]
