"""Paper content files (.paper): parsing, inline markup and true-text output.

A .paper file is UTF-8 text, one block per line:

  %% ...                      comment
  @header TEXT                running header (never part of the true text)
  @header-first TEXT          running header of page 1 (optional)
  @title / @title-en TEXT     title line(s)
  @authors / @authors-en TEXT author line
  @affil / @affil-en TEXT     one affiliation line
  @abstract / @abstract-en LABEL | TEXT
  @keywords / @keywords-en LABEL | TEXT
  # TEXT                      level-1 heading        ## TEXT  level-2 heading
  ### TEXT                    run-in heading: printed at the start of the next paragraph
  @refs TEXT                  heading of the reference list
  @ref TEXT                   one reference entry
  @table ID ... @end          a table: caption (one or more lines: e.g. Chinese and English),
                              widths, head, row and note lines; cells split by TAB
  any other non-empty line    one paragraph

Inline markup: ^{..} superscript, _{..} subscript, *{..} italic. Braces inside are not nested.
The true text drops the markup and keeps the characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

FRONT_KINDS = {
    "title", "authors", "affil", "abstract", "keywords",
    "title-en", "authors-en", "affil-en", "abstract-en", "keywords-en",
}

INLINE = re.compile(r"(\^|_|\*)\{([^{}]*)\}")


@dataclass
class Front:
    kind: str
    text: str
    label: str = ""

    def truth(self) -> str:
        body = plain(self.text)
        return f"{plain(self.label)} {body}" if self.label else body


@dataclass
class Heading:
    level: int
    text: str

    def truth(self) -> str:
        return plain(self.text)


@dataclass
class Para:
    text: str
    runin: str = ""

    def truth(self) -> str:
        body = plain(self.text)
        return f"{plain(self.runin)} {body}" if self.runin else body


@dataclass
class RefsHeading:
    text: str

    def truth(self) -> str:
        return plain(self.text)


@dataclass
class Ref:
    text: str

    def truth(self) -> str:
        return plain(self.text)


@dataclass
class Table:
    ident: str
    captions: list[str] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    head: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def truth(self) -> str:
        lines = [plain(c) for c in self.captions]
        for row in [self.head, *self.rows]:
            lines.append("\t".join(plain(c) for c in row))
        lines.extend(plain(n) for n in self.notes)
        return "\n".join(lines)


@dataclass
class Paper:
    name: str
    header: str = ""
    header_first: str = ""
    front: list[Front] = field(default_factory=list)
    body: list = field(default_factory=list)  # Heading | Para | Table | RefsHeading | Ref | Front

    def tables(self) -> list[Table]:
        return [b for b in self.body if isinstance(b, Table)]

    def flow(self) -> list:
        """Body blocks other than tables, in source order (the blocks page anchors refer to)."""
        return [b for b in self.body if not isinstance(b, Table)]


def plain(text: str) -> str:
    """Inline markup removed, Unicode NFC, surrounding whitespace trimmed."""
    return unicodedata.normalize("NFC", INLINE.sub(lambda m: m.group(2), text)).strip()


def parse(path: str, name: str) -> Paper:
    paper = Paper(name=name)
    table: Table | None = None
    runin = ""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip()
        where = f"{path}:{number}"
        if table is not None:
            if line == "@end":
                if not table.head or not table.rows:
                    raise ValueError(f"{where}: table {table.ident} has no head or rows")
                for row in table.rows:
                    if len(row) != len(table.head):
                        raise ValueError(f"{where}: table {table.ident} row has {len(row)} cells")
                paper.body.append(table)
                table = None
                continue
            # Trailing TABs are empty cells: only spaces are trimmed here.
            key, _, value = raw.rstrip(" \r\n").partition(" ")
            if key == "caption":
                table.captions.append(value)
            elif key == "widths":
                table.widths = [float(v) for v in value.split()]
            elif key == "head":
                table.head = value.split("\t")
            elif key == "row":
                table.rows.append(value.split("\t"))
            elif key == "note":
                table.notes.append(value)
            elif line:
                raise ValueError(f"{where}: unknown table line {line!r}")
            continue
        if not line or line.startswith("%%"):
            continue
        if runin and (line.startswith("@") or line.startswith("#")):
            raise ValueError(f"{where}: run-in heading not followed by a paragraph")
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            value = value.strip()
            if key == "header":
                paper.header = value
            elif key == "header-first":
                paper.header_first = value
            elif key in FRONT_KINDS:
                label = ""
                if key.startswith(("abstract", "keywords")):
                    label, sep, value = value.partition(" | ")
                    if not sep:
                        raise ValueError(f"{where}: {key} needs 'LABEL | TEXT'")
                front = Front(key, value.strip(), label.strip())
                # Front matter after the first body block (an English abstract at the end of the
                # article) stays in the flow at its place.
                (paper.body if paper.body else paper.front).append(front)
            elif key == "refs":
                paper.body.append(RefsHeading(value))
            elif key == "ref":
                paper.body.append(Ref(value))
            elif key == "table":
                table = Table(value)
            else:
                raise ValueError(f"{where}: unknown directive @{key}")
        elif line.startswith("### "):
            runin = line[4:].strip()
        elif line.startswith("## "):
            paper.body.append(Heading(2, line[3:].strip()))
        elif line.startswith("# "):
            paper.body.append(Heading(1, line[2:].strip()))
        else:
            paper.body.append(Para(line.strip(), runin))
            runin = ""
    if table is not None:
        raise ValueError(f"{path}: table {table.ident} not closed with @end")
    return paper


def truth_text(paper: Paper, anchors: dict[str, int] | None = None) -> str:
    """The true text: blocks in reading order, one blank line between blocks.

    `anchors` maps a table id to the index (into `paper.flow()`) of the flow block after which the
    table is read; -1 puts it before the first flow block. Without an entry, a table is read where
    it stands in the source.
    """
    blocks = [f.truth() for f in paper.front]
    anchors = anchors or {}
    pending: dict[int, list[Table]] = {}
    for table in paper.tables():
        if table.ident in anchors:
            pending.setdefault(anchors[table.ident], []).append(table)
    blocks.extend(t.truth() for t in pending.get(-1, []))
    index = -1
    for block in paper.body:
        if isinstance(block, Table):
            if block.ident not in anchors:
                blocks.append(block.truth())
            continue
        index += 1
        blocks.append(block.truth())
        blocks.extend(t.truth() for t in pending.get(index, []))
    return "\n\n".join(blocks) + "\n"
