#!/usr/bin/env bash
# Install Warta into .venv, ingest the bundled example articles into warta.db and show what is in it.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet .
.venv/bin/warta ingest --examples --db warta.db
.venv/bin/warta stats --db warta.db
