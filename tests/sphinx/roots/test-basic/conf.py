project = "pyroom-basic"
copyright = "2026, Pyroom"  # EPUB warns without it (and a version)
version = release = "1.0"
extensions = ["sphinx_pyroom"]
exclude_patterns = ["_build"]
