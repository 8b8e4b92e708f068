project = "pyroom-escape"
extensions = ["sphinx_pyroom"]
exclude_patterns = ["_build"]
