#!/usr/bin/env bash
# `make bench`: Glean's speed and memory as ratios against pdftotext, PyMuPDF and jieba, measured
# side by side in one run. Prints one table and writes it, with the machine, to
# Scripts/bench/RESULTS.md.
#
#   Scripts/bench/run.sh [GLEAN] [--rounds N] [--quick] [--no-profile]
#
# GLEAN is the release executable (default .build/release/glean). Installs what it needs when
# missing: poppler-utils, qpdf and valgrind from Debian; PyMuPDF and jieba from PyPI into
# Scripts/bench/.venv (git-ignored).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
glean=.build/release/glean
if [[ $# -gt 0 && $1 != --* ]]; then
  glean=$1
  shift
fi
cd "$root"

# The peers, pinned so that runs compare like with like. PyMuPDF 1.28 is the plain binding
# (2.x pulls in an ONNX layout model that costs half a second at import).
pymupdf_version=1.28.2
jieba_version=0.42.1

sudo=""
[[ $(id -u) -eq 0 ]] || sudo=sudo

apt_install() {
  echo "bench: installing $*" >&2
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

missing=()
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v valgrind >/dev/null || missing+=(valgrind)
command -v pkg-config >/dev/null || missing+=(pkg-config)
[[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"

python=/usr/bin/python3
[[ -x $python ]] || python=$(command -v python3 || true)
if [[ -z $python ]]; then
  apt_install python3 python3-venv
  python=/usr/bin/python3
fi

venv=$here/.venv
peers_ready() {
  [[ -x $venv/bin/python ]] && "$venv/bin/python" - "$pymupdf_version" "$jieba_version" <<'EOF'
import importlib.metadata as m, sys
ok = m.version("pymupdf") == sys.argv[1] and m.version("jieba") == sys.argv[2]
sys.exit(0 if ok else 1)
EOF
}
if ! peers_ready 2>/dev/null; then
  echo "bench: preparing $venv (PyMuPDF $pymupdf_version, jieba $jieba_version)" >&2
  rm -rf "$venv"
  if ! "$python" -m venv "$venv" 2>/dev/null; then
    apt_install python3-venv
    "$python" -m venv "$venv"
  fi
  "$venv/bin/pip" install -q --disable-pip-version-check \
    "pymupdf==$pymupdf_version" "jieba==$jieba_version" 2>&1 | grep -v DEPRECATION >&2 || true
  peers_ready || { echo "bench: could not install PyMuPDF and jieba into $venv" >&2; exit 2; }
fi

exec "$venv/bin/python" "$here/bench.py" "$glean" "$@"
