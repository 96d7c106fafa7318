"""Check each generated PDF against its true text with poppler's pdftotext.

Reading order is the extractor's job, so this compares bags of characters (whitespace removed):
recall = share of the true text's characters that pdftotext finds, precision = share of the
extracted characters that are in the true text (running headers and page numbers lower it a
little). A missing glyph, a font without a usable Unicode map or text left out of the PDF shows
up as low recall.

usage: verify.py PAPERS_DIR NAME...
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter


def chars(text: str) -> Counter:
    return Counter(re.sub(r"\s+", "", text))


def pdftotext(path: str) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                          stdout=subprocess.PIPE).stdout.decode("utf-8")


def main() -> None:
    folder, *names = sys.argv[1:]
    failed = False
    for name in names:
        pdf = os.path.join(folder, f"{name}.pdf")
        with open(os.path.join(folder, f"{name}.truth.txt"), encoding="utf-8") as handle:
            truth = chars(handle.read())
        got = chars(pdftotext(pdf))
        common = sum((truth & got).values())
        recall = common / max(1, sum(truth.values()))
        precision = common / max(1, sum(got.values()))
        pages = subprocess.run(["pdfinfo", pdf], check=True, stdout=subprocess.PIPE).stdout.decode()
        count = re.search(r"Pages:\s+(\d+)", pages).group(1)
        missing = "".join(ch for ch, _ in (truth - got).most_common(12))
        status = "ok" if recall >= 0.995 and precision >= 0.95 else "LOW"
        failed |= status != "ok"
        print(f"{status:3} {name:28} pages={count:>2} recall={recall:.4f} precision={precision:.4f}"
              f"  most missing: {missing!r}")
    if failed:
        raise SystemExit("some PDFs do not carry their true text")


if __name__ == "__main__":
    main()
