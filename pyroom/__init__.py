"""Pyroom: runnable Python in documentation (core, shared by the Sphinx and MkDocs adapters)."""

__version__ = "0.1.0"
