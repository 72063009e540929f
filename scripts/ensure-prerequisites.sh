#!/usr/bin/env bash
# Installs machine packages the project needs when they are missing (root on these machines).
# Nothing here may depend on something installed by hand.
set -uo pipefail
need=()
command -v python3 >/dev/null 2>&1 || need+=(python3)
[ -e /usr/share/zoneinfo/Europe/Berlin ] || need+=(tzdata)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null || { echo "could not install ${need[*]}"; exit 1; }
fi
command -v dotnet >/dev/null 2>&1 || { echo "dotnet SDK missing: this machine kind ships it"; exit 1; }
exit 0
