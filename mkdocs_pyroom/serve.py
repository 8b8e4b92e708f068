"""``mkdocs serve`` with the cross-origin isolation headers, so blocks run isolated while the author writes.

MkDocs' development server (:class:`mkdocs.livereload.LiveReloadServer`) is a ``wsgiref`` server: its app is
reachable through the public WSGI API, ``get_app()``/``set_app()``. The plugin wraps that app in a middleware that
adds COOP/COEP/CORP to every response and sends ``.wasm`` as ``application/wasm`` (WebAssembly's streaming
compilation needs it, and a platform's MIME table may not know the type). Nothing else about the server changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pyroom.hosting import isolation_headers

#: Content types the served site needs whatever the platform's MIME tables say.
CONTENT_TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript"}

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def isolating_app(app: WSGIApp, coep: str = "require-corp") -> WSGIApp:
    """``app`` with the isolation headers on every response and fixed content types for ``.wasm`` and ``.mjs``."""
    extra = list(isolation_headers(coep).items())
    names = {name.lower() for name, _ in extra}

    def wrapped(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = str(environ.get("PATH_INFO", ""))
        suffix = path[path.rfind(".") :].lower() if "." in path.rsplit("/", 1)[-1] else ""
        content_type = CONTENT_TYPES.get(suffix)

        def isolated_start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            kept = [(name, value) for name, value in headers if name.lower() not in names]
            if content_type and status.startswith("200"):
                kept = [(n, content_type if n.lower() == "content-type" else v) for n, v in kept]
            return start_response(status, [*kept, *extra], *(() if exc_info is None else (exc_info,)))

        return app(environ, isolated_start_response)

    wrapped.pyroom_isolating = True  # type: ignore[attr-defined]
    return wrapped


def isolate_server(server: Any, coep: str = "require-corp") -> bool:
    """Wrap a ``wsgiref`` server's app (once); False when the server has no WSGI app to wrap."""
    get_app, set_app = getattr(server, "get_app", None), getattr(server, "set_app", None)
    if get_app is None or set_app is None:
        return False
    app = get_app()
    if app is None:
        return False
    if not getattr(app, "pyroom_isolating", False):
        set_app(isolating_app(app, coep))
    return True
