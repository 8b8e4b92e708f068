#!/usr/bin/env bash
# Set up (scripts/setup.sh), then run the tests: all by default, or what the arguments say
# (e.g. `scripts/test.sh -m "not slow"`, `scripts/test.sh tests/unit -x`).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
