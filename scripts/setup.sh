#!/usr/bin/env bash
# Set up a machine for Pyroom's demo and tests: Chromium, the venv, the npm packages, the browser assets and a
# vendored Pyodide (with six, the package the tests load offline). Safe to run again: each step skips itself
# when its result is already there. Quiet on success; on failure it prints the failing step's output.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log="$(mktemp -t pyroom-setup.XXXXXX)"
trap 'rm -f "$log"' EXIT

# Run a step with its output kept aside; show it only if the step fails.
step() {
  local what="$1"
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "setup: $what failed: $*" >&2
    tail -n 60 "$log" >&2
    exit 1
  fi
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# 1. Debian's Chromium (the browser tests and the screenshot drive it; Playwright downloads no browser here),
#    nginx and Apache (the hosting tests serve a built site through each, as foreground processes of their own).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/sbin/apache2 ] || [ ! -x /usr/bin/Xvfb ]; then
  echo "setup: installing chromium, nginx, apache2 and xvfb (apt-get)" >&2
  step "apt-get update" as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  step "apt-get install" as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends chromium fonts-dejavu-core nginx apache2 xvfb
fi

# 2. The venv with the package (editable) and the test tools; redone when pyproject.toml changes.
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  step "creating the venv" python3 -m venv .venv
fi
stamp=".venv/.pyroom-setup"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ] || ! .venv/bin/python -c "import pyroom, sphinx_pyroom" 2>/dev/null; then
  echo "setup: installing the package into .venv (pip)" >&2
  step "pip install" env PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore \
    .venv/bin/python -m pip install --no-input -e ".[test]"
  echo "$want" >"$stamp"
fi

# 3. npm packages (esbuild, CodeMirror, pyodide), again when the lock file is newer than the install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)" >&2
  step "npm ci" npm ci --no-audit --no-fund
fi

# 4. The browser assets into pyroom/_static (a few hundred milliseconds).
step "npm run build" npm run build

# 5. A self-hosted Pyodide in the cache (returns at once when it is complete).
step "pyroom vendor" .venv/bin/pyroom vendor --extra six
