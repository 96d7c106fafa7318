#!/usr/bin/env bash
# Batch ingestion figures, measured in one run on this machine:
#   1. speed: papers/s and pages/s of `glean ingest` with 1 and 2 workers on 100 papers, and the
#      ratio (goal: 2 workers >= 1.7x one), plus a check that both stores export the same findings;
#   2. memory: peak resident memory of the parent and of a worker for 10 and for 100 papers
#      (goal: flat, not growing with the batch);
#   3. isolation: a batch of 100+ inputs (good papers, the bad inputs of corpus/bad, a hostile PDF
#      whose nested forms never finish (Tests/GleanPipelineTests/Fixtures/form-bomb.pdf), and one
#      paper that crashes its worker by the test-only GLEAN_FAULT switch): every good paper
#      stored, every bad one listed with its reason, exit code 1;
#   4. resume: the same batch killed with SIGKILL half-way, then run again: the store must export
#      the same findings as the uninterrupted run.
# The batch is the corpus papers copied under new names, each copy made distinct (its own
# SHA-256) by a PDF comment line appended after %%EOF, which PDF readers ignore.
# Usage: Scripts/bench/ingest.sh [path/to/glean]   (default .build/release/glean)
# Environment: BENCH_WORK (work folder, default out/bench-ingest), BENCH_REPEATS (default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
glean=$(realpath "${1:-.build/release/glean}")
repeats=${BENCH_REPEATS:-2}
work=${BENCH_WORK:-out/bench-ingest}
rm -rf "$work"
mkdir -p "$work"

# make_batch N FOLDER: N distinct copies of the good corpus PDFs.
make_batch() {
  local count=$1 folder=$2 n=0
  mkdir -p "$folder"
  local sources=(corpus/papers/*.pdf corpus/real/*.pdf)
  while [ "$n" -lt "$count" ]; do
    for pdf in "${sources[@]}"; do
      [ "$n" -lt "$count" ] || break
      local name
      name=$(printf 'copy%03d-%s' "$n" "$(basename "$pdf")")
      { cat "$pdf"; printf '\n%%glean-bench-copy %d\n' "$n"; } > "$folder/$name"
      n=$((n + 1))
    done
  done
}

json_field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$@"; }

ingest() {  # ingest STORE JSON JOBS PATH... (exit code 0 or 1 accepted)
  local store=$1 out=$2 jobs=$3
  shift 3
  set +e
  "$glean" ingest --quiet --json --jobs "$jobs" --store "$store" "$@" > "$out"
  local status=$?
  set -e
  if [ "$status" -gt 1 ]; then echo "glean ingest failed to run (exit $status)" >&2; exit 2; fi
  return 0
}

make_batch 10 "$work/batch10"
make_batch 100 "$work/batch100"

echo "== 1. speed: 100 papers, 1 and 2 workers (best of $repeats runs each, alternating)"
for round in $(seq "$repeats"); do
  for jobs in 1 2; do
    rm -f "$work/jobs$jobs.sqlite"*
    ingest "$work/jobs$jobs.sqlite" "$work/jobs$jobs-$round.json" "$jobs" "$work/batch100"
  done
done
python3 - "$work" "$repeats" <<'PY'
import json, os, sys
work, repeats = sys.argv[1], int(sys.argv[2])
best = {}
for jobs in (1, 2):
    runs = [json.load(open(f"{work}/jobs{jobs}-{r}.json")) for r in range(1, repeats + 1)]
    best[jobs] = max(runs, key=lambda s: s["papers_per_second"])
    json.dump(best[jobs], open(f"{work}/jobs{jobs}.json", "w"))
print(f"{'workers':<8} {'papers/s':>9} {'pages/s':>9} {'seconds':>8}")
for jobs in (1, 2):
    s = best[jobs]
    print(f"{jobs:<8} {s['papers_per_second']:>9.2f} {s['pages_per_second']:>9.1f} {s['seconds']:>8.1f}")
ratio = best[2]["papers_per_second"] / best[1]["papers_per_second"]
print(f"speed-up with 2 workers: {ratio:.2f}x (goal >= 1.7x) on {os.cpu_count()} cores;"
      f" load average at the end: {os.getloadavg()[0]:.1f}")
PY
for format in jsonl csv; do
  "$glean" export --store "$work/jobs1.sqlite" --format "$format" --output "$work/jobs1.$format"
  "$glean" export --store "$work/jobs2.sqlite" --format "$format" --output "$work/jobs2.$format"
  if cmp -s "$work/jobs1.$format" "$work/jobs2.$format"; then
    echo "stored findings, 1 vs 2 workers ($format): identical ($(wc -l < "$work/jobs1.$format") lines)"
  else
    echo "stored findings, 1 vs 2 workers ($format): DIFFERENT"
  fi
done

echo "== 2. memory: peak resident memory, 2 workers"
ingest "$work/mem10.sqlite" "$work/mem10.json" 2 "$work/batch10"
printf '%-8s %12s %12s\n' papers parent-MiB worker-MiB
for run in mem10:10 jobs2:100; do
  f="$work/${run%%:*}.json"
  printf '%-8s %12.1f %12.1f\n' "${run##*:}" "$(json_field "$f" parent_peak_mb)" \
    "$(json_field "$f" worker_peak_mb)"
done

echo "== 3. isolation: 100 papers + corpus/bad + a form bomb + a worker crash"
batch="$work/batch-faults"
make_batch 100 "$batch"
cp corpus/bad/*.pdf Tests/GleanPipelineTests/Fixtures/form-bomb.pdf "$batch/"
printf 'limits:\n  seconds_per_paper: 10\n' > "$work/limits.yaml"
crash=$(ls "$batch" | grep '^copy007-')
export GLEAN_FAULT="crash:$crash"
set +e
"$glean" ingest --quiet --json --jobs 2 --config "$work/limits.yaml" --store "$work/whole.sqlite" \
  "$batch" > "$work/whole.json"
status=$?
set -e
python3 - "$work/whole.json" "$status" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"inputs {s['inputs']}: stored {s['stored']}, failed {s['failed']}, exit code {sys.argv[2]}"
      f" (1 = some papers failed), workers started {s['worker_starts']}")
for f in s["failures"]:
    print(f"  {f['code']:<16} {f['reason']}")
PY

echo "== 4. resume: the same batch killed with SIGKILL half-way, then run again"
"$glean" ingest --quiet --jobs 2 --config "$work/limits.yaml" --store "$work/killed.sqlite" \
  "$batch" > /dev/null 2>&1 &
pid=$!
python3 - "$work/killed.sqlite" <<'PY'
import sqlite3, sys, time, os
for _ in range(6000):
    time.sleep(0.05)
    if not os.path.exists(sys.argv[1]):
        continue
    try:
        n = sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM papers").fetchone()[0]
    except sqlite3.Error:
        continue
    if n >= 50:
        break
PY
{ kill -9 "$pid" && wait "$pid"; } 2>/dev/null || true
sleep 0.5
left=$(ps -eo args | grep -c "^$glean worker" || true)
stored=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM papers').fetchone()[0])" "$work/killed.sqlite")
echo "killed the parent with $stored papers stored; worker processes left running: $left"
set +e
"$glean" ingest --quiet --json --jobs 2 --config "$work/limits.yaml" --store "$work/killed.sqlite" \
  "$batch" > "$work/resumed.json"
set -e
python3 - "$work/resumed.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"second run: skipped {s['skipped']}, stored {s['stored']}, failed {s['failed']}")
PY
unset GLEAN_FAULT
"$glean" export --store "$work/whole.sqlite" --format jsonl --output "$work/whole.jsonl"
"$glean" export --store "$work/killed.sqlite" --format jsonl --output "$work/killed.jsonl"
python3 - "$work/whole.sqlite" "$work/killed.sqlite" <<'PY'
import sqlite3, sys
def content(path):
    db = sqlite3.connect(path)
    papers = db.execute("SELECT id, analysis_key, path, key, title, pages, language, text_layer,"
                        " garbled_pages, warnings, entity_count, finding_count FROM papers"
                        " ORDER BY id").fetchall()
    findings = db.execute("SELECT p.id, f.seq, f.finding_id, f.json FROM findings f"
                          " JOIN papers p ON p.pk = f.paper_pk ORDER BY p.id, f.seq").fetchall()
    entities = db.execute("SELECT p.id, e.seq, e.json FROM entities e"
                          " JOIN papers p ON p.pk = e.paper_pk ORDER BY p.id, e.seq").fetchall()
    return papers, findings, entities
a, b = content(sys.argv[1]), content(sys.argv[2])
print(f"uninterrupted: {len(a[0])} papers, {len(a[1])} findings, {len(a[2])} entities;"
      f" killed+resumed: {len(b[0])} papers, {len(b[1])} findings, {len(b[2])} entities")
print("stores equal (papers, findings, entities):", "yes" if a == b else "NO")
PY
if cmp -s "$work/whole.jsonl" "$work/killed.jsonl"; then
  echo "exports equal (jsonl): yes"
else
  echo "exports equal (jsonl): NO"
fi
