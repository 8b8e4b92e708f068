project = "Pyroom browser tests"
extensions = ["sphinx_pyroom"]
html_theme = "alabaster"
pyroom_pyodide = "local"
pyroom_index_urls = ["/simple/"]
