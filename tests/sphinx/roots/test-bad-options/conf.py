project = "pyroom-bad-options"
extensions = ["sphinx_pyroom"]
exclude_patterns = ["_build"]
