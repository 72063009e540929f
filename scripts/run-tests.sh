#!/usr/bin/env bash
# The test command behind ./test.sh (and .ci/run). Steps:
#   1. install missing machine packages the tests need,
#   2. build the solution once,
#   3. run every test project with a TRX log,
#   4. run the public conformance kit through the CLI (when ../shared is beside the repository),
#   5. print "N passed, M failed" from the TRX logs plus the conformance count; exit non-zero on any failure.
# Always with TZ=Pacific/Kiritimati (UTC+14): nothing may depend on the machine's zone, and this one shows it at once.
# The wall time of the build and of each test project is printed beside its counts (the time budget per project).
# KIM_TEST_CLOCK (an ISO 8601 instant, e.g. 2026-03-29T00:30:00Z) moves the test clock's default start for a run.
set -uo pipefail
export TZ=Pacific/Kiritimati
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

bash scripts/ensure-prerequisites.sh || { echo "0 passed, 1 failed"; exit 1; }

echo "== build (TZ=$TZ${KIM_TEST_CLOCK:+, KIM_TEST_CLOCK=$KIM_TEST_CLOCK})"
build_started=$SECONDS
if ! dotnet build Kim.Workflows.sln -c Debug -nologo -v minimal; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
timings="build: $((SECONDS - build_started)) s"

echo "== tests"
status=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  started=$SECONDS
  dotnet test "$project" --no-build -c Debug -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
  line="$name: $((SECONDS - started)) s, $(python3 scripts/summarize-trx.py --counts "$results/$name.trx")"
  echo "== $line"
  timings="$timings"$'\n'"$line"
done

conformance_passed=0
conformance_failed=0
cli="dotnet $root/src/Kim.Workflows.Cli/bin/Debug/net10.0/Kim.Workflows.Cli.dll simulate"
check="$root/../shared/conformance/check.py"
# Our own hand-verified cases run through the same checker as the public kit.
case_dirs=("$root/../shared/conformance/cases" "$root/tests/Kim.Workflows.Engine.Tests/Simulation/extra-cases")
if [ -f "$check" ]; then
  for dir in "${case_dirs[@]}"; do
    [ -d "$dir" ] || continue
    echo "== conformance kit (check.py) on $dir"
    out="$(python3 "$check" --cmd "$cli" --cases "$dir")"
    echo "$out" | grep -v '^PASS' || true
    last="$(echo "$out" | tail -1)"
    p="$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')"
    f="$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')"
    conformance_passed=$((conformance_passed + ${p:-0}))
    conformance_failed=$((conformance_failed + ${f:-1}))
  done
else
  echo "== conformance kit: skipped: ../shared/conformance not present"
fi

echo "== wall time per step"
echo "$timings"
python3 scripts/summarize-trx.py "$results" "$conformance_passed" "$conformance_failed" "$status"
