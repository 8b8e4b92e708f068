#!/usr/bin/env bash
# Set up, build Pyroom's own documentation (self-hosted Pyodide, so it works offline) and serve it at
# http://127.0.0.1:8000 with the cross-origin isolation headers. Ctrl+C stops the server.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
.venv/bin/sphinx-build -W -q -b html -D pyroom_pyodide=local docs docs/_build/html
echo "demo: open http://127.0.0.1:8000/" >&2
exec .venv/bin/pyroom serve docs/_build/html --host 127.0.0.1 --port "${PORT:-8000}"
