project = "pyroom-python-blocks"
extensions = ["sphinx_pyroom"]
exclude_patterns = ["_build"]
