#!/usr/bin/env bash
# Install everything the tests need into .venv, then lint, type-check and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's chromium and its driver for the dashboard tests (installed when we may; they skip without)
if ! { command -v chromium && command -v chromedriver; } >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test]'
.venv/bin/ruff check warta tests bench scripts
.venv/bin/mypy warta
.venv/bin/pytest -q "$@"
