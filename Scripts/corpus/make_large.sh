#!/usr/bin/env bash
# Write a very large PDF for tests and benchmarks (not committed): the corpus papers repeated
# until the document has at least PAGES pages. Deterministic for the same corpus and PAGES.
# usage: Scripts/corpus/make_large.sh OUT.pdf [PAGES]   (default 3000 pages; needs qpdf)
set -euo pipefail
out=${1:?usage: make_large.sh OUT.pdf [PAGES]}
want=${2:-3000}
papers=$(cd "$(dirname "$0")/../../corpus/papers" && pwd)
command -v qpdf >/dev/null || { echo "make_large.sh: qpdf is needed (apt-get install qpdf)" >&2; exit 1; }
args=()
pages=0
while [ "$pages" -lt "$want" ]; do
  for pdf in "$papers"/*.pdf; do
    n=$(qpdf --show-npages "$pdf")
    args+=("$pdf" "1-$n")
    pages=$((pages + n))
    [ "$pages" -ge "$want" ] && break
  done
done
qpdf --deterministic-id --empty --pages "${args[@]}" -- "$out"
echo "$out: $(qpdf --show-npages "$out") pages"
