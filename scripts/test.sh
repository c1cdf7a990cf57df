#!/usr/bin/env bash
# Install everything the tests need into .venv, then lint, type-check and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test]'
.venv/bin/ruff check warta tests bench scripts
.venv/bin/mypy warta
.venv/bin/pytest -q "$@"
