#!/usr/bin/env bash
# The main job on the bundled corpus: `glean ingest corpus` into a fresh store (out/glean.sqlite),
# its summary, and the findings exported as JSON Lines, CSV and BioC JSON under out/.
# The PDFs under corpus/bad are broken on purpose: they must be listed as failed with a reason
# (ingest then exits 1, "some papers failed"); any other failure makes this script fail.
set -uo pipefail
glean=${1:-.build/release/glean}
store=out/glean.sqlite
mkdir -p out
rm -f "$store" "$store-wal" "$store-shm"

"$glean" ingest corpus --store "$store" | tee out/ingest.txt
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "run-corpus: glean ingest could not run (exit $status)" >&2
  exit "$status"
fi

# Failure lines of the summary: "    CODE  PATH: reason".
unexpected=$(grep -E '^    [a-z-]+ +corpus/' out/ingest.txt | grep -v ' corpus/bad/' || true)
if [ -n "$unexpected" ]; then
  echo "run-corpus: papers outside corpus/bad failed:" >&2
  echo "$unexpected" >&2
  exit 1
fi
bad=$(find corpus/bad -name '*.pdf' | wc -l)
failed=$(grep -cE '^    [a-z-]+ +corpus/bad/' out/ingest.txt || true)
echo "expected failures (corpus/bad): $failed of $bad bad inputs rejected with a reason"

for format in jsonl csv bioc; do
  "$glean" export --store "$store" --format "$format" --output "out/findings.$format" || exit 2
done
echo "store: $store; findings: out/findings.jsonl, out/findings.csv, out/findings.bioc"
