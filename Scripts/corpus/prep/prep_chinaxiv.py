"""Draft a .paper content file from a ChinaXiv markdown text (OCR output with LaTeX math).

This is the first, mechanical step of preparing a content file; the draft is then edited by
hand (front matter, run-in headings, table cells, OCR slips) and the edited file is what is
committed under content/. The build never runs this script.

usage: prep_chinaxiv.py TEXT.md > draft.paper
"""

from __future__ import annotations

import html
import re
import sys

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ", "mu": "μ",
    "Delta": "Δ", "lambda": "λ", "sigma": "σ", "tau": "τ", "omega": "ω", "theta": "θ",
}
SYMBOLS = {
    "times": "×", "pm": "±", "geqslant": "≥", "leqslant": "≤", "geq": "≥", "leq": "≤",
    "textdegree": "°", "circ": "°", "%": "%", "sim": "~", "cdot": "·", "approx": "≈",
    "prime": "′", "rightarrow": "→", "to": "→", "ge": "≥", "le": "≤", "lt": "<", "gt": ">",
}


def math_to_text(expr: str) -> str:
    """Flatten OCR LaTeX math ('4 0 { - } 1 0 0 ~ \\mathrm { n m }') to text ('40-100 nm')."""
    s = expr.replace("\\%", "%")
    s = re.sub(r"\\(?:mathrm|mathbf|mathit|textrm|text|boldsymbol|operatorname|bf|rm)\s*", "", s)
    s = re.sub(r"\\(?:scriptstyle|scriptscriptstyle|displaystyle|left|right|mathbf)\s*", "", s)
    s = re.sub(r"\^\s*\{\s*\\circ\s*\}", "°", s)
    s = re.sub(r"\^\s*\\circ", "°", s)
    for name, ch in {**GREEK, **SYMBOLS}.items():
        s = re.sub(r"\\" + name + r"(?![A-Za-z])", ch, s)
    s = s.replace("~", "\x00").replace("\\ ", "\x00").replace("\\,", "\x00").replace("\\;", "\x00")
    s = re.sub(r"[_^]", "", s)
    s = s.replace("{", "").replace("}", "").replace("\\", "")
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"\x00+", " ", s)
    return s.strip()


def inline_text(line: str) -> str:
    line = re.sub(r"\$\$(.+?)\$\$", lambda m: math_to_text(m.group(1)), line)
    line = re.sub(r"\$(.+?)\$", lambda m: math_to_text(m.group(1)), line)
    line = re.sub(r"\\([~*_#\[\]])", r"\1", line)
    line = re.sub(r"\s+", " ", line)
    # Spaces the OCR left between CJK and Latin or digits carry no meaning in the source.
    cjk = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
    line = re.sub(rf"(?<={cjk}) (?=[A-Za-z0-9(\[])", "", line)
    line = re.sub(rf"(?<=[A-Za-z0-9)\].%]) (?={cjk})", "", line)
    return line.strip()


def table(raw: str) -> list[str]:
    rows = re.findall(r"<tr>(.*?)</tr>", raw, re.S)
    out = ["@table tX", "caption 表X"]
    for index, row in enumerate(rows):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                 for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]
        cells = [inline_text(c) for c in cells]
        out.append(("head " if index == 0 else "row ") + "\t".join(cells))
    out.append("@end")
    return out


def main() -> None:
    text = open(sys.argv[1], encoding="utf-8").read()
    out = []
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if not block:
            continue
        if block.startswith("![](") or block.startswith("!["):
            continue
        if "<table>" in block:
            out.append("\n".join(table(block)))
            continue
        line = inline_text(" ".join(block.splitlines()))
        if line.startswith("# "):
            head = line[2:].strip()
            m = re.match(r"^(\d+(?:\.\d+)*)\s*(.*)$", head)
            if m:
                level = m.group(1).count(".") + 1
                marks = "#" * min(level, 2) if level < 3 else "###"
                out.append(f"{marks} {m.group(1)} {m.group(2)}")
            else:
                out.append(f"# {head}")
        elif re.match(r"^\[\d+\]", line):
            out.append(f"@ref {line}")
        else:
            out.append(line)
    print("\n\n".join(out))


if __name__ == "__main__":
    main()
