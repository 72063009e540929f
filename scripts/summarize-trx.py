#!/usr/bin/env python3
"""Sums the TRX logs of a test run (dotnet test prints no overall line) and prints 'N passed, M failed'.

Usage: summarize-trx.py RESULTS_DIR EXTRA_PASSED EXTRA_FAILED RUNNER_STATUS
Exit 1 when anything failed, when a test project's run failed without a TRX result, or when nothing ran.
       summarize-trx.py --counts FILE.trx   prints one project's "N passed, M failed[, K skipped]" (or "no TRX result").
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def tally(path):
    """(passed, failed, skipped, names of failed tests) of one TRX log."""
    passed = failed = skipped = 0
    failures = []
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", NS):
        outcome = result.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("NotExecuted", "Inconclusive"):
            skipped += 1
        else:
            failed += 1
            failures.append(result.get("testName"))
    return passed, failed, skipped, failures


def counts(path):
    if not os.path.exists(path):
        return "no TRX result"
    passed, failed, skipped, _ = tally(path)
    return "%d passed, %d failed" % (passed, failed) + (", %d skipped" % skipped if skipped else "")


def main():
    if sys.argv[1] == "--counts":
        print(counts(sys.argv[2]))
        return 0
    results_dir, extra_passed, extra_failed, runner_status = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    passed = failed = skipped = 0
    failures = []
    for path in sorted(glob.glob(os.path.join(results_dir, "*.trx"))):
        p, f, s, names = tally(path)
        passed, failed, skipped = passed + p, failed + f, skipped + s
        failures.extend(names)
    for name in failures[:50]:
        print("FAILED: %s" % name)
    passed += extra_passed
    failed += extra_failed
    if runner_status != 0 and failed == 0:
        print("a test run failed without a failing test result (crash or build problem)")
        failed += 1
    line = "%d passed, %d failed" % (passed, failed)
    if skipped:
        line += ", %d skipped" % skipped
    print(line)
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
