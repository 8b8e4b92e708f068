"""MkDocs adapter for Pyroom (the plugin lands with the MkDocs issue)."""
