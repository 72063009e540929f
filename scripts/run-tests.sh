#!/usr/bin/env bash
# The test command behind ./test.sh (and .ci/run). Steps:
#   1. install missing machine packages the tests need,
#   2. build the solution once,
#   3. run every test project with a TRX log,
#   4. run the public conformance kits through the CLI (when ../shared is beside the repository),
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

# FEEL: the DMN TCK cases count as ONE test, passed when both goals of issue 14 are met.
feel_kit="$root/../shared/conformance/feel/check_feel.py"
if [ -f "$feel_kit" ]; then
  echo "== FEEL kit (check_feel.py)"
  feel_out="$(python3 "$feel_kit" --cmd "dotnet $root/src/Kim.Workflows.Cli/bin/Debug/net10.0/Kim.Workflows.Cli.dll feel" --show 5)"
  echo "$feel_out"
  if echo "$feel_out" | python3 -c '
import re, sys
text = sys.stdin.read()
valued = re.search(r"non-null expected value: (\d+) of (\d+) passed", text)
total = re.search(r"^(\d+) passed, (\d+) failed$", text, re.M)
if not valued or not total:
    print("FEEL kit: no figures"); sys.exit(1)
share_all = int(total[1]) / (int(total[1]) + int(total[2]))
share_valued = int(valued[1]) / int(valued[2])
print(f"FEEL kit: {share_all:.1%} of all cases (goal 95 %), {share_valued:.1%} of those with a non-null expected value (goal 90 %)")
sys.exit(0 if share_all >= 0.95 and share_valued >= 0.90 else 1)'; then
    conformance_passed=$((conformance_passed + 1))
  else
    conformance_failed=$((conformance_failed + 1))
  fi
else
  echo "== FEEL kit: skipped: ../shared/conformance/feel not present"
fi

echo "== wall time per step"
echo "$timings"
python3 scripts/summarize-trx.py "$results" "$conformance_passed" "$conformance_failed" "$status"
