#!/usr/bin/env bash
# Runs the main program. Today that is the engine's command line (the web application is still to come):
#   ./run.sh validate FILE.bpmn
#   ./run.sh simulate FILE.bpmn SCRIPT.json
set -uo pipefail
cd "$(dirname "$0")"
bash scripts/ensure-prerequisites.sh || exit 1
exec dotnet run --project src/Kim.Workflows.Cli -c Release -- "$@"
