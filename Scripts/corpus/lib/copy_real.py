"""Fill corpus/real/ from the project's shared folder of third-party PDFs and write LICENSES.md.

usage: copy_real.py REAL_TSV SHARED_PDFS_DIR CORPUS_REAL_DIR
Each file is checked against the SHA-256 recorded in real.tsv. When the shared folder is not
there (a checkout elsewhere), the committed copies are checked instead.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import sys


def sha256(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def main() -> None:
    table, shared, real = sys.argv[1:4]
    os.makedirs(real, exist_ok=True)
    with open(table, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        source = os.path.join(shared, row["file"])
        target = os.path.join(real, row["file"])
        if os.path.exists(source):
            shutil.copyfile(source, target)
        if not os.path.exists(target):
            raise SystemExit(f"{row['file']}: neither in {shared} nor in {real}")
        if sha256(target) != row["sha256"]:
            raise SystemExit(f"{row['file']}: SHA-256 differs from real.tsv")
        print(f"ok  real/{row['file']}")
    lines = [
        "# Licences of the real PDFs in this folder",
        "",
        "Third-party journal articles, copied unchanged (SHA-256 below) under the licence each one",
        "states on its first page. The line is quoted exactly as printed in the PDF.",
        "",
    ]
    for row in rows:
        lines += [
            f"## {row['file']}",
            "",
            f"- Article: {row['what']}",
            f"- Licence: {row['licence']}",
            f"- Licence line: \"{row['licence line (as printed in the PDF)']}\"",
            f"- SHA-256: `{row['sha256']}`",
            "",
        ]
    lines += [
        "Source of the copies: the English PDFs are public test resources of the CERMINE project",
        "(CeON/CERMINE on GitHub); the Chinese PDFs come from a public collection of Chinese",
        "clinical papers (wxjttxs/pdf2md2qa on GitHub), published by Hans Publishers (hanspub.org).",
        "",
    ]
    with open(os.path.join(real, "LICENSES.md"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))


if __name__ == "__main__":
    main()
