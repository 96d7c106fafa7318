#!/usr/bin/env bash
# Rebuild corpus/ (run by `make corpus`): typeset the papers, copy the real PDFs, derive the bad
# inputs, check everything with poppler and rewrite corpus/README.md. Installs what it lacks.
# usage: Scripts/corpus/build.sh [--no-install]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=$root/corpus
work=$here/.work
shared=${GLEAN_SHARED_PDFS:-$root/../shared/pdfs}

export SOURCE_DATE_EPOCH=1704067200 FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0

# 1. Tools and fonts -------------------------------------------------------------------------
apt_packages=(texlive-xetex texlive-lang-chinese texlive-latex-extra lmodern fonts-texgyre
  fonts-noto-cjk fonts-wqy-microhei fonts-wqy-zenhei fonts-arphic-gbsn00lp fonts-arphic-gkai00mp
  qpdf poppler-utils python3-gi-cairo gir1.2-pango-1.0 python3-venv)
if [ "${1:-}" != "--no-install" ]; then
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "corpus: installing ${missing[*]}"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  if [ ! -x "$here/.venv/bin/python" ]; then
    /usr/bin/python3 -m venv "$here/.venv"
  fi
  "$here/.venv/bin/pip" install -q -r "$here/requirements.txt"
fi

# 2. Papers ----------------------------------------------------------------------------------
rm -rf "$work"
mkdir -p "$work" "$corpus/papers" "$corpus/real" "$corpus/bad"
rm -f "$corpus"/papers/*.pdf "$corpus"/papers/*.truth.txt
cd "$here/lib"
/usr/bin/python3 build_papers.py xelatex "$work" "$corpus/papers"
"$here/.venv/bin/python" build_papers.py reportlab "$work" "$corpus/papers"
/usr/bin/python3 build_papers.py pango "$work" "$corpus/papers"

# 3. Real PDFs, bad inputs -------------------------------------------------------------------
/usr/bin/python3 copy_real.py "$here/real.tsv" "$shared" "$corpus/real"
/usr/bin/python3 make_bad.py "$corpus" "$work/bad"

# 4. Checks and README -----------------------------------------------------------------------
names=$(/usr/bin/python3 -c 'from manifest import PAPERS; print(" ".join(p["name"] for p in PAPERS))')
# shellcheck disable=SC2086
/usr/bin/python3 verify.py "$corpus/papers" $names
/usr/bin/python3 readme.py "$corpus" "$here/real.tsv"
rm -rf "$work" "$here"/lib/__pycache__
size_kb=$(du -sk "$corpus" | cut -f1)
echo "corpus: $(du -sh "$corpus" | cut -f1) in $corpus"
if [ "$size_kb" -ge 20480 ]; then
  echo "corpus: larger than 20 MB" >&2
  exit 1
fi
