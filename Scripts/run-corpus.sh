#!/usr/bin/env bash
# The main job on the bundled corpus: every PDF under corpus/ through `glean text`, a summary at the end.
# Bad inputs under corpus/bad are expected to fail with a reason; the rest must succeed.
set -uo pipefail
glean=${1:-.build/release/glean}
out=out/text
mkdir -p "$out"
ok=0; failed=0
while IFS= read -r pdf; do
  name=$(basename "$pdf" .pdf)
  if "$glean" text "$pdf" > "$out/$name.txt" 2> "$out/$name.err"; then
    ok=$((ok + 1))
    printf 'ok      %-60s %6d chars\n' "$pdf" "$(wc -m < "$out/$name.txt")"
  else
    failed=$((failed + 1))
    printf 'failed  %-60s %s\n' "$pdf" "$(head -n 1 "$out/$name.err")"
  fi
done < <(find corpus -name '*.pdf' | sort)
echo "papers: $((ok + failed)), ok: $ok, failed: $failed (texts in $out/)"
