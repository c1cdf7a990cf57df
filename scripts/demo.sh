#!/usr/bin/env bash
# Install Warta into .venv, ingest the bundled example articles into warta.db and show what is in it.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet .
.venv/bin/warta ingest --examples --db warta.db
.venv/bin/warta stats --db warta.db
.venv/bin/warta entities --type PERSON --top 10 --db warta.db
.venv/bin/warta quotes --limit 8 --db warta.db
echo "Next: .venv/bin/warta search 'Jokowi' --db warta.db, or .venv/bin/warta serve --db warta.db and open http://127.0.0.1:8000/"
