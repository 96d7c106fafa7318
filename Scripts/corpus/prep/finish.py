"""Helpers for the hand-finishing step after prep_chinaxiv.py (used from small per-paper edits).

split_refs: a reference list the OCR ran together ("[1] A... [2] B...") → one @ref per entry.
runin: "2.1肺癌肺癌是..." → a run-in heading line "### 2.1 肺癌" and the paragraph "肺癌是...".
superscript_citations: "等[12]研究" → "等^{[12]}研究" (citation marks typeset raised).
"""

from __future__ import annotations

import re

CITE = re.compile(r"(?<!\^\{)(?<!^)\[(\d+(?:\s*[-–,，~]\s*\d+)*)\]")


def split_refs(text: str) -> list[str]:
    """Split a run-together reference list into entries numbered 1, 2, 3, ... in order."""
    flat = re.sub(r"\s+", " ", text.replace("@ref ", " ")).strip()
    entries, number = [], 1
    starts = []
    for m in re.finditer(r"\[(\d+)\]", flat):
        if int(m.group(1)) == number:
            starts.append(m.start())
            number += 1
    starts.append(len(flat))
    for a, b in zip(starts, starts[1:]):
        entry = flat[a:b].strip()
        entry = re.sub(r"^\[(\d+)\]\s*", r"[\1] ", entry)
        entries.append(entry)
    return entries


def runin(paragraph: str, number: str, title: str) -> list[str]:
    m = re.match(re.escape(number) + r"\s*" + re.escape(title) + r"\s*", paragraph)
    if not m:
        raise ValueError(f"paragraph does not start with {number} {title}: {paragraph[:40]!r}")
    return [f"### {number} {title}", paragraph[m.end():]]


def superscript_citations(line: str) -> str:
    return CITE.sub(lambda m: "^{[" + m.group(1) + "]}", line)


def finish(draft: str, start: str, heads: dict[str, str], fixes: list[tuple[str, str]],
           front: str, out: str, raise_citations: bool = True, end: str = "# 参考文献",
           refs_heading: str = "参考文献", drop: tuple[str, ...] = (),
           ref_fixes: list[tuple[str, str]] = (), back: str = "") -> None:
    """Assemble a content file: hand-written front matter, the body from the paragraph starting
    with `start` up to the block starting with `end` (mended by `fixes`, run-in headings split by
    `heads`, blocks starting with any of `drop` removed), then the reference list."""
    blocks = open(draft, encoding="utf-8").read().split("\n\n")
    first = next(i for i, b in enumerate(blocks) if b.startswith(start))
    last = next((i for i, b in enumerate(blocks) if b.startswith(end)), len(blocks))
    body = "\n\n".join(b for b in blocks[first:last] if not b.startswith(drop))
    for old, new in fixes:
        if old not in body:
            raise ValueError(f"fix not applicable: {old!r}")
        body = body.replace(old, new)
    lines = []
    for block in body.split("\n\n"):
        m = re.match(r"^(\d+(?:\.\d+)+)", block)
        if m and m.group(1) in heads and not block.startswith("#"):
            head, para = runin(block, m.group(1), heads[m.group(1)])
            block = head + "\n" + (superscript_citations(para) if raise_citations else para)
        elif not block.startswith(("#", "@", "caption ")) and raise_citations:
            block = superscript_citations(block)
        lines.append(block)
    text = front.rstrip("\n") + "\n\n" + "\n\n".join(lines) + "\n"
    if last < len(blocks):
        tail = [b for b in blocks[last + 1:] if not b.startswith(("（编辑", "(编辑", *drop))]
        joined = " ".join(tail)
        for old, new in ref_fixes:
            if old not in joined:
                raise ValueError(f"reference fix not applicable: {old!r}")
            joined = joined.replace(old, new)
        refs = split_refs(joined)
        text += "\n@refs " + refs_heading + "\n" + "\n".join("@ref " + r for r in refs) + "\n"
    if back:
        text += "\n" + back.strip("\n") + "\n"
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(text)
