"""MkDocs adapter for Pyroom: ``plugins: [pyroom]`` turns ```` ```pyroom ```` fences into live editors."""

from .plugin import PyroomPlugin

__all__ = ["PyroomPlugin"]
