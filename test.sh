#!/usr/bin/env bash
# Runs every test of the repository and ends with one line "N passed, M failed".
# Installs what it needs when missing; safe to run on a fresh machine of this kind.
set -uo pipefail
cd "$(dirname "$0")"
exec bash scripts/run-tests.sh "$@"
