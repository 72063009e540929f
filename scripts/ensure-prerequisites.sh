#!/usr/bin/env bash
# Installs machine packages the project needs when they are missing (root on these machines).
# Nothing here may depend on something installed by hand. Usage: ensure-prerequisites.sh [test|run]
set -uo pipefail
need=()
command -v python3 >/dev/null 2>&1 || need+=(python3)
[ -e /usr/share/zoneinfo/Europe/Berlin ] || need+=(tzdata)
# The web project's build bundles the designer with npm (see src/Kim.Workflows.Web/ClientApp).
command -v npm >/dev/null 2>&1 || need+=(npm)
# Browser tests drive Debian's Chromium; Playwright never downloads a browser here. Not needed to run the app.
if [ "${1:-test}" = "test" ]; then
  [ -x /usr/bin/chromium ] || need+=(chromium)
  # Runtime tests start a throw-away PostgreSQL cluster (initdb/pg_ctl from /usr/lib/postgresql/<ver>/bin).
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  # Validates docker-compose.yml without a Docker engine (tests/Kim.Workflows.Web.Tests/Deployment).
  command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null || { echo "could not install ${need[*]}"; exit 1; }
fi
command -v dotnet >/dev/null 2>&1 || { echo "dotnet SDK missing: this machine kind ships it"; exit 1; }
exit 0
