#!/usr/bin/env bash
# Set up, build Pyroom's own documentation (self-hosted Pyodide, so it works offline) and serve it at
# http://127.0.0.1:8000 with the cross-origin isolation headers. Ctrl+C stops the server.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
.venv/bin/sphinx-build -W -q -b html -D pyroom_pyodide=local docs docs/_build/html
# The MkDocs example (Material, instant navigation) beside it, at /mkdocs/ on the same server.
NO_MKDOCS_2_WARNING=1 PYROOM_PYODIDE=local PYROOM_SITE_URL="http://127.0.0.1:${PORT:-8000}/mkdocs/" \
  .venv/bin/mkdocs build -q --strict -f examples/mkdocs/mkdocs.yml -d "$PWD/docs/_build/html/mkdocs"
echo "demo: open http://127.0.0.1:${PORT:-8000}/ (Sphinx) and http://127.0.0.1:${PORT:-8000}/mkdocs/ (MkDocs)" >&2
exec .venv/bin/pyroom serve docs/_build/html --host 127.0.0.1 --port "${PORT:-8000}"
