#!/usr/bin/env bash
# Runs the app: the web host on http://127.0.0.1:5080 (designer, API). Installs what it needs.
# The build bundles the designer with npm on its first run.
set -uo pipefail
cd "$(dirname "$0")"
bash scripts/ensure-prerequisites.sh run || exit 1
exec dotnet run --project src/Kim.Workflows.Web -c Release -- --urls "${KIM_URLS:-http://127.0.0.1:5080}" "$@"
