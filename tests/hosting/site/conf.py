project = "Pyroom hosting tests"
extensions = ["sphinx_pyroom"]
html_theme = "alabaster"
pyroom_pyodide = "local"
