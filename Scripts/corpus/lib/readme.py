"""Write corpus/README.md and corpus/papers/ATTRIBUTION.md from the manifest and the built files.

usage: readme.py CORPUS_DIR REAL_TSV
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys

from make_bad import PASSWORD
from manifest import PAPERS

TOOLS = {
    "xelatex": "XeLaTeX + ctex (TeX Live 2022, xdvipdfmx)",
    "reportlab": "ReportLab 4.2.5",
    "pango": "Pango 1.50 + cairo 1.16 (PangoCairo)",
}

BAD = [
    ("empty.pdf", "0 bytes", "An empty file: must be rejected as empty, naming the file."),
    ("html.pdf", "HTML page (UTF-8) named .pdf",
     "What a failed download often saves: a publisher's \"access restricted\" page. Not a PDF: "
     "must be rejected without a parser crash."),
    ("truncated.pdf", "first half (bytes) of papers/seed-msc-exo.pdf",
     "A damaged PDF (no cross-reference table, no trailer): must fail or be repaired with a "
     "clear reason, never hang."),
    ("encrypted.pdf", f"papers/seed-msc-exo.pdf encrypted by qpdf, AES-128, user password "
     f"`{PASSWORD}`", "Password-protected: must be reported as such (poppler refuses it "
     "without the password)."),
    ("image-only.pdf", "page 1 of papers/seed-msc-exo.pdf rendered at 110 dpi greyscale JPEG, "
     "placed on an A4 page by cairo", "A scanned-like page with no text layer: extraction gives no text; "
     "must be reported as having no text (OCR is out of scope)."),
    ("garbled.pdf", "page 1 of papers/cx-mir101-colorectal.pdf with every /ToUnicode map "
     "removed (qpdf)", "A font without a Unicode map: Latin text still decodes but every "
     "Chinese character comes out as Latin-1 glyph soup (€‚ƒ„…†‡); must be flagged as garbled, "
     "not turned into findings."),
]


def pages(path: str) -> str:
    out = subprocess.run(["pdfinfo", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    match = re.search(rb"Pages:\s+(\d+)", out.stdout)
    return match.group(1).decode() if match else "-"


def size(path: str) -> str:
    n = os.path.getsize(path)
    return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} B"


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main() -> None:
    corpus, table = sys.argv[1:3]
    with open(table, encoding="utf-8", newline="") as handle:
        real = list(csv.DictReader(handle, delimiter="\t"))

    paper_rows = ["| file | pages | layout | tool (layout name) | source; licence | what it tests |",
                  "|---|---|---|---|---|---|"]
    for p in PAPERS:
        pdf = os.path.join(corpus, "papers", f"{p['name']}.pdf")
        paper_rows.append(
            f"| `papers/{p['name']}.pdf` + `.truth.txt` | {pages(pdf)} | {cell(p['layout_text'])} | "
            f"{TOOLS[p['tool']]} (`{p['layout']}`) | {cell(p['source'])}; {p['licence']} | "
            f"{cell(p['purpose'])} |"
        )
    real_rows = ["| file | pages | made by, layout | article; licence | what it tests |",
                 "|---|---|---|---|---|"] + [
        f"| `real/{r['file']}` | {pages(os.path.join(corpus, 'real', r['file']))} | {cell(r['made by'])} | "
        f"{cell(r['what'])}; {r['licence']} | {cell(r['purpose'])} |"
        for r in real
    ]
    bad_rows = ["| file | size | what it is | what it tests |", "|---|---|---|---|"] + [
        f"| `bad/{name}` | {size(os.path.join(corpus, 'bad', name))} | {cell(what)} | {cell(why)} |"
        for name, what, why in BAD
    ]

    template = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "README.in.md")
    with open(template, encoding="utf-8") as handle:
        text = handle.read()
    text = text.replace("{{PAPERS}}", "\n".join(paper_rows))
    text = text.replace("{{REAL}}", "\n".join(real_rows))
    text = text.replace("{{BAD}}", "\n".join(bad_rows))
    with open(os.path.join(corpus, "README.md"), "w", encoding="utf-8") as handle:
        handle.write(text)

    lines = ["# Sources and licences of the typeset papers", "",
             "Each PDF here was typeset by `make corpus` (Scripts/corpus/) from the content file named",
             "below; its `.truth.txt` is the text it was typeset from. The content files under",
             "Scripts/corpus/content/ carry the same attribution in their first lines.", ""]
    for p in PAPERS:
        lines += [f"## {p['name']}.pdf, {p['name']}.truth.txt", "",
                  f"- Text: {p['source']}", f"- Licence: {p['licence']}",
                  f"- Content file: Scripts/corpus/content/{p['content']}",
                  f"- Typeset with: {TOOLS[p['tool']]}, layout `{p['layout']}`", ""]
    lines += ["The ChinaXiv texts are licensed CC BY 4.0 by their authors; the changes made are",
              "listed in each content file's header (typesetting, OCR repairs, parts left out).", ""]
    with open(os.path.join(corpus, "papers", "ATTRIBUTION.md"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))


if __name__ == "__main__":
    main()
