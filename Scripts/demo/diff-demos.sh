#!/usr/bin/env bash
# What `glean diff` and `glean review` show, on the bundled corpus:
#   1. a trigger word switched off in the finding rules: the diff lists exactly the findings that
#      were read through that word, and nothing else;
#   2. a dictionary entry changed: the affected mentions are re-normalised (not removed + added),
#      and the findings naming them changed;
#   3. the seed review re-typeset with another line width: no finding change, only moved evidence;
#   4. a `glean review` session that accepts one change and rejects another, and the expected file
#      it leaves.
# Usage: Scripts/demo/diff-demos.sh [GLEAN]   (default .build/debug/glean; run from anywhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
GLEAN=${1:-.build/debug/glean}
GLEAN=$(cd "$(dirname "$GLEAN")" && pwd)/$(basename "$GLEAN")
[ -x "$GLEAN" ] || { echo "diff-demos: $GLEAN is not built (swift build --product glean)" >&2; exit 2; }
TRIGGER=${TRIGGER:-下调}
CANCER_LINE=${CANCER_LINE:-colorectal cancer	DOID:9256	}
CANCER_NEW=${CANCER_NEW:-colon cancer	DOID:219	}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of glean and its resource bundles, so that a rebuild during the demo changes nothing.
mkdir -p "$work/bin"
cp "$GLEAN" "$work/bin/glean"
cp -R "$(dirname "$GLEAN")"/*.resources "$work/bin/" 2>/dev/null || true
GLEAN=$work/bin/glean

# extract CONFIG OUT: every corpus paper, one `glean extract` document each.
extract() {
  mkdir -p "$2"
  for pdf in corpus/papers/*.pdf; do
    "$GLEAN" extract --config "$1" "$pdf" > "$2/$(basename "$pdf" .pdf).json" 2>/dev/null || true
  done
}

# diff OLD NEW: glean diff, plain, and its exit code.
diff_() {
  local status=0
  "$GLEAN" diff --color never "$@" || status=$?
  echo "(exit $status)"
}

section() { printf '\n==================== %s ====================\n\n' "$1"; }

mkdir -p "$work/base"
printf 'version: 1\n' > "$work/base/pipeline.yaml"
extract "$work/base/pipeline.yaml" "$work/base/out"

section "1. trigger word '$TRIGGER' switched off"
mkdir -p "$work/trigger"
cp -R Sources/GleanFindings/Resources "$work/trigger/rules"
grep -v "^${TRIGGER}	" Sources/GleanFindings/Resources/relation_triggers.tsv \
  > "$work/trigger/rules/relation_triggers.tsv"
printf 'version: 1\nstages:\n  findings:\n    rules: rules\n' > "$work/trigger/pipeline.yaml"
echo "pipeline.yaml: stages.findings.rules = a copy of the rules without the line '${TRIGGER}	…'"
echo
extract "$work/trigger/pipeline.yaml" "$work/trigger/out"
diff_ "$work/base/out" "$work/trigger/out"
"$GLEAN" diff --json "$work/base/out" "$work/trigger/out" > "$work/trigger.json" || true
python3 - "$work/base/out" "$work/trigger.json" "$TRIGGER" <<'PY'
import glob, json, sys
base, report, trigger = sys.argv[1], json.load(open(sys.argv[2])), sys.argv[3]
read_through = set()   # baseline findings whose relation was read through the trigger
for path in glob.glob(base + "/*.json"):
    doc = json.load(open(path))
    for f in doc["findings"]:
        if any(r.split(":", 1)[-1] == trigger for r in f["rules"]):
            read_through.add((doc["paper"]["file"], f["id"]))
listed, with_word = set(), 0
for paper in report["details"]:
    for c in paper["findings"]:
        if c["kind"] == "moved":
            continue
        finding = c["old"] or c["new"]
        listed.add((paper["file"], finding["id"]))
        with_word += any(trigger in e["text"] for e in finding["evidence"])
c = report["counts"]
entity_changes = sum(c[k] for k in ("entities_added", "entities_removed", "entities_renormalised", "entities_changed"))
print(f"check: the diff lists {len(listed)} findings; {with_word} of them have '{trigger}' in their evidence.")
print(f"check: {len(read_through)} baseline findings were read through '{trigger}' (rule relation:{trigger}); "
      f"listed: {len(read_through & listed)}; entity changes: {entity_changes}; moves: {c['findings_moved'] + c['entities_moved']}")
PY

section "2. dictionary entry changed: '${CANCER_LINE%%	*}' -> '${CANCER_NEW%%	*}'"
mkdir -p "$work/dict"
cp -R Sources/GleanLexicon/Resources "$work/dict/dictionaries"
python3 - "$work/dict/dictionaries/cancers.tsv" "$CANCER_LINE" "$CANCER_NEW" <<'PY'
import sys
path, old, new = sys.argv[1:]
text = open(path, encoding="utf-8").read()
assert text.count("\n" + old) == 1, "entry not found once"
open(path, "w", encoding="utf-8").write(text.replace("\n" + old, "\n" + new))
PY
grep -n "^${CANCER_NEW%%	*}	" "$work/dict/dictionaries/cancers.tsv" | sed 's/^/cancers.tsv:/'
printf 'version: 1\nstages:\n  recognise:\n    dictionaries: dictionaries\n' > "$work/dict/pipeline.yaml"
echo
extract "$work/dict/pipeline.yaml" "$work/dict/out"
diff_ "$work/base/out" "$work/dict/out"

section "3. the seed review re-typeset with another line width"
echo "old: corpus/papers/seed-msc-exo.pdf ($(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["paper"]["pages"])' "$work/base/out/seed-msc-exo.json") pages)," \
  "new: corpus/papers/seed-msc-exo-narrow.pdf ($(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["paper"]["pages"])' "$work/base/out/seed-msc-exo-narrow.json") pages)"
echo
diff_ "$work/base/out/seed-msc-exo.json" "$work/base/out/seed-msc-exo-narrow.json"
echo
echo "the same, with --show-moved (first 30 lines of details):"
"$GLEAN" diff --color never --show-moved "$work/base/out/seed-msc-exo.json" \
  "$work/base/out/seed-msc-exo-narrow.json" | sed -n '/^==/,$p' | head -30 || true

section "4. glean review: accept one change, reject another (trigger switched off)"
mkdir -p "$work/review"
(
  cd "$work/review"
  # The expected files as glean writes them: recorded from the baseline extraction.
  "$GLEAN" review --accept-all --expected expected ../base/out > /dev/null
  cp -R expected before
  printf 'a\nr\nq\n' > answers
  echo "\$ printf 'a\\nr\\nq\\n' | glean review --expected expected NEW   # NEW: trigger switched off"
  status=0
  "$GLEAN" review --color never --expected expected ../trigger/out < answers || status=$?
  echo "(exit $status)"
  echo
  echo "\$ git diff --no-index before expected   # the expected files before and after the review"
  git --no-pager diff --no-index --stat before expected || true
  git --no-pager diff --no-index before expected || true
  echo
  echo "\$ glean diff expected NEW | head -12   # the accepted change is gone from the diff"
  "$GLEAN" diff --color never expected ../trigger/out | head -12 || true
)
