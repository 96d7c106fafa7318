"""Build the papers of the manifest made by one tool: PDF and true text for each.

usage: build_papers.py TOOL WORKDIR OUTDIR [NAME ...]
  TOOL xelatex    .tex → XeLaTeX (needs SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE=1, which
                  build.sh sets); tables float, so the true text places them from the page
                  marks XeLaTeX writes into the .aux file
  TOOL reportlab  ReportLab (run with the venv's python)
  TOOL pango      Pango/cairo (run with Debian's /usr/bin/python3 and python3-gi-cairo)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from manifest import PAPERS
from paper import parse, truth_text

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "..", "content")


def run_xelatex(workdir: str, name: str) -> None:
    """Run XeLaTeX until the page marks in the .aux file stop changing (at most four runs)."""
    aux = os.path.join(workdir, f"{name}.aux")
    previous = None
    for _ in range(4):
        result = subprocess.run(
            ["xelatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"],
            cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        if result.returncode != 0:
            log = result.stdout.decode("utf-8", "replace")[-3000:]
            raise SystemExit(f"xelatex failed on {name}.tex:\n{log}")
        with open(aux, encoding="utf-8") as handle:
            current = handle.read()
        if current == previous:
            return
        previous = current
    raise SystemExit(f"{name}: page marks did not settle after four XeLaTeX runs")


def build_tex(entry: dict, workdir: str, outdir: str) -> None:
    from render_tex import document, truth_anchors

    name = entry["name"]
    paper = parse(os.path.join(CONTENT, entry["content"]), name)
    work = os.path.join(workdir, name)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    with open(os.path.join(work, f"{name}.tex"), "w", encoding="utf-8") as handle:
        handle.write(document(paper, entry["layout"]))
    run_xelatex(work, name)
    with open(os.path.join(work, f"{name}.log"), encoding="utf-8", errors="replace") as handle:
        missing = [line for line in handle if line.startswith("Missing character")]
    if missing:
        raise SystemExit(f"{name}: glyphs missing from the fonts:\n" + "".join(missing[:5]))
    anchors, split = truth_anchors(paper, os.path.join(work, f"{name}.aux"))
    if entry.get("need_split") and not split:
        raise SystemExit(f"{name}: no paragraph crosses a page break")
    shutil.copyfile(os.path.join(work, f"{name}.pdf"), os.path.join(outdir, f"{name}.pdf"))
    with open(os.path.join(outdir, f"{name}.truth.txt"), "w", encoding="utf-8") as handle:
        handle.write(truth_text(paper, anchors))
    print(f"{name}: tables read after flow blocks {anchors}; blocks crossing a page: {split}")


def build_flow(entry: dict, outdir: str) -> None:
    """ReportLab and Pango keep tables in the flow: the true text is the source order."""
    if entry["tool"] == "reportlab":
        from render_rl import build
    else:
        from render_pango import build
    name = entry["name"]
    paper = parse(os.path.join(CONTENT, entry["content"]), name)
    build(paper, entry["layout"], os.path.join(outdir, f"{name}.pdf"))
    with open(os.path.join(outdir, f"{name}.truth.txt"), "w", encoding="utf-8") as handle:
        handle.write(truth_text(paper))
    print(f"{name}: {entry['tool']} {entry['layout']}")


def main() -> None:
    tool, workdir, outdir, *names = sys.argv[1:]
    os.makedirs(outdir, exist_ok=True)
    entries = [p for p in PAPERS if p["tool"] == tool and (not names or p["name"] in names)]
    if names and len(entries) != len(names):
        raise SystemExit(f"unknown {tool} paper among {names}")
    for entry in entries:
        if tool == "xelatex":
            build_tex(entry, workdir, outdir)
        else:
            build_flow(entry, outdir)


if __name__ == "__main__":
    main()
