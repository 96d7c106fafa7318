"""Typeset a .paper with ReportLab (TrueType CJK fonts), one or two columns, tables in the flow.

Tables stand where they are in the source, so the true text is the source order. The PDF is
deterministic (ReportLab's invariant mode: fixed dates and document id).

usage: render_rl.py PAPER LAYOUT OUT.pdf OUT.truth.txt
"""

from __future__ import annotations

import re
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak,
                                NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from paper import INLINE, Front, Heading, Para, Ref, RefsHeading, parse, truth_text
from paper import Table as PaperTable

FONTS = {
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}

LAYOUTS = {
    # A4 two columns, AR PL SungtiL body 9.5 pt, WenQuanYi Micro Hei headings, spanning title
    # block on page 1, page number centred in the footer, short title in the header.
    "rl-2col-a4": dict(page=A4, columns=2, margin=(20 * mm, 18 * mm, 18 * mm, 18 * mm), gap=6 * mm,
                       body="song", head="microhei", size=9.5, leading=15, abstract="kai"),
    # US Letter one column, WenQuanYi Micro Hei 11 pt throughout, grid tables, header rule.
    "rl-1col-letter": dict(page=LETTER, columns=1, margin=(24 * mm, 22 * mm, 25 * mm, 25 * mm), gap=0,
                           body="microhei", head="zenhei", size=11, leading=18, abstract="microhei"),
}


def register() -> None:
    for name, (path, index) in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))


# Characters the text fonts lack (AR PL SungtiL has no ®) are set in this font instead.
FALLBACK = "microhei"
TEXT_FONTS = ("song", "kai")


def covered(font: str, ch: str) -> bool:
    return ord(ch) in pdfmetrics.getFont(font).face.charToGlyph


def segment(text: str) -> str:
    """Escaped text, with characters missing from a text font wrapped in the fallback font."""
    out = []
    for ch in text:
        piece = escape(ch)
        if not ch.isspace() and not all(covered(f, ch) for f in TEXT_FONTS):
            piece = f'<font name="{FALLBACK}">{piece}</font>'
        out.append(piece)
    return "".join(out)


def markup(text: str) -> str:
    out, last = [], 0
    for m in INLINE.finditer(text):
        out.append(segment(text[last:m.start()]))
        tag = {"^": "super", "_": "sub", "*": "i"}[m.group(1)]
        inner = segment(m.group(2))
        out.append(inner if tag == "i" else f"<{tag}>{inner}</{tag}>")
        last = m.end()
    out.append(segment(text[last:]))
    return "".join(out)


def styles(lay: dict) -> dict[str, ParagraphStyle]:
    size, leading = lay["size"], lay["leading"]
    base = ParagraphStyle("body", fontName=lay["body"], fontSize=size, leading=leading,
                          alignment=TA_JUSTIFY, wordWrap="CJK", firstLineIndent=2 * size)
    return {
        "body": base,
        "runin": ParagraphStyle("runin", parent=base, firstLineIndent=0),
        "title": ParagraphStyle("title", fontName=lay["head"], fontSize=size * 1.9,
                                leading=size * 2.6, alignment=TA_CENTER, wordWrap="CJK",
                                spaceBefore=4, spaceAfter=6),
        "authors": ParagraphStyle("authors", fontName=lay["abstract"], fontSize=size * 1.1,
                                  leading=size * 1.7, alignment=TA_CENTER, wordWrap="CJK"),
        "affil": ParagraphStyle("affil", fontName=lay["body"], fontSize=size * 0.8,
                                leading=size * 1.25, alignment=TA_CENTER, wordWrap="CJK"),
        "abstract": ParagraphStyle("abstract", fontName=lay["abstract"], fontSize=size * 0.92,
                                   leading=size * 1.5, alignment=TA_JUSTIFY, wordWrap="CJK",
                                   spaceBefore=5, leftIndent=size, rightIndent=size),
        "h1": ParagraphStyle("h1", fontName=lay["head"], fontSize=size * 1.2, leading=size * 1.9,
                             spaceBefore=size * 0.7, spaceAfter=size * 0.25, keepWithNext=1,
                             wordWrap="CJK"),
        "h2": ParagraphStyle("h2", fontName=lay["head"], fontSize=size * 1.02, leading=size * 1.7,
                             spaceBefore=size * 0.35, spaceAfter=size * 0.1, keepWithNext=1,
                             wordWrap="CJK"),
        "ref": ParagraphStyle("ref", fontName=lay["body"], fontSize=size * 0.82,
                              leading=size * 1.3, leftIndent=size * 1.6, firstLineIndent=-size * 1.6,
                              wordWrap="CJK", alignment=TA_LEFT),
        "caption": ParagraphStyle("caption", fontName=lay["head"], fontSize=size * 0.92,
                                  leading=size * 1.4, alignment=TA_CENTER, wordWrap="CJK",
                                  spaceBefore=size * 0.6, spaceAfter=size * 0.3, keepWithNext=1),
        "cell": ParagraphStyle("cell", fontName=lay["body"], fontSize=size * 0.85,
                               leading=size * 1.25, wordWrap="CJK", alignment=TA_LEFT),
        "headcell": ParagraphStyle("headcell", fontName=lay["head"], fontSize=size * 0.85,
                                   leading=size * 1.25, wordWrap="CJK", alignment=TA_LEFT),
        "note": ParagraphStyle("note", fontName=lay["body"], fontSize=size * 0.75,
                               leading=size * 1.15, wordWrap="CJK", spaceAfter=size * 0.6),
    }


def front_flowables(front: Front, st: dict) -> list:
    text = markup(front.text)
    kind = front.kind.removesuffix("-en")
    if kind == "title":
        return [Paragraph(text, st["title"])]
    if kind == "authors":
        return [Paragraph(text, st["authors"])]
    if kind == "affil":
        return [Paragraph(text, st["affil"])]
    label = markup(front.label)
    return [Paragraph(f'<font name="{st["h2"].fontName}">{label}</font> {text}', st["abstract"])]


def table_flowables(tab: PaperTable, width: float, st: dict) -> list:
    widths = tab.widths or [1.0 / len(tab.head)] * len(tab.head)
    data = [[Paragraph(markup(c), st["headcell"]) for c in tab.head]]
    data += [[Paragraph(markup(c), st["cell"]) for c in row] for row in tab.rows]
    table = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    number, _, rest = tab.captions[0].partition(" ")
    out = [CondPageBreak(90), Paragraph(f"{markup(number)}&nbsp;&nbsp;{markup(rest)}", st["caption"])]
    out += [Paragraph(markup(c), st["caption"]) for c in tab.captions[1:]]
    out.append(table)
    out += [Paragraph(markup(n), st["note"]) for n in tab.notes]
    if not tab.notes:
        out.append(Spacer(1, 6))
    return out


def build(paper, layout_name: str, out_pdf: str) -> None:
    lay = LAYOUTS[layout_name]
    register()
    st = styles(lay)
    page_w, page_h = lay["page"]
    top, right, bottom, left = lay["margin"]
    width = page_w - left - right
    height = page_h - top - bottom
    columns = lay["columns"]
    col_w = (width - lay["gap"] * (columns - 1)) / columns

    title = []
    for front in paper.front:
        title += front_flowables(front, st)
    title.append(Spacer(1, 8))
    title_h = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in title) + 6

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(lay["body"], lay["size"] * 0.8)
        if doc.page > 1 and paper.header:
            canvas.drawCentredString(page_w / 2, page_h - top + 8 * mm, re.sub(INLINE, r"\2", paper.header))
            canvas.setLineWidth(0.5)
            canvas.line(left, page_h - top + 6 * mm, page_w - right, page_h - top + 6 * mm)
        elif doc.page == 1 and paper.header_first:
            canvas.drawString(left, page_h - top + 8 * mm, paper.header_first)
            canvas.setLineWidth(0.8)
            canvas.line(left, page_h - top + 6 * mm, page_w - right, page_h - top + 6 * mm)
        canvas.drawCentredString(page_w / 2, bottom - 10 * mm, f"— {doc.page} —")
        canvas.restoreState()

    def column_frames(y_top: float, prefix: str) -> list[Frame]:
        return [Frame(left + i * (col_w + lay["gap"]), bottom, col_w, y_top - bottom,
                      id=f"{prefix}{i}", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                for i in range(columns)]

    first = [Frame(left, page_h - top - title_h, width, title_h, id="title",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    first += column_frames(page_h - top - title_h, "first")
    doc = BaseDocTemplate(out_pdf, pagesize=lay["page"], invariant=1, title=paper.name,
                          author="", subject="", creator="", producer="ReportLab",
                          leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=first, onPage=decorate),
        PageTemplate(id="rest", frames=column_frames(page_h - top, "col"), onPage=decorate),
    ])

    story = list(title) + [FrameBreak(), NextPageTemplate("rest")]
    table_width = col_w
    for block in paper.body:
        if isinstance(block, PaperTable):
            story += table_flowables(block, table_width, st)
        elif isinstance(block, Heading):
            story.append(Paragraph(markup(block.text), st["h1" if block.level == 1 else "h2"]))
        elif isinstance(block, RefsHeading):
            story.append(Paragraph(markup(block.text), st["h1"]))
        elif isinstance(block, Ref):
            story.append(Paragraph(markup(block.text), st["ref"]))
        elif isinstance(block, Front):
            story += front_flowables(block, st)
        elif isinstance(block, Para):
            if block.runin:
                story.append(Paragraph(
                    f'<font name="{lay["head"]}">{markup(block.runin)}</font> {markup(block.text)}',
                    st["runin"]))
            else:
                story.append(Paragraph(markup(block.text), st["body"]))
    doc.build(story)


def main() -> None:
    source, layout, out_pdf, out_truth = sys.argv[1:5]
    name = out_pdf.rsplit("/", 1)[-1].removesuffix(".pdf")
    paper = parse(source, name)
    build(paper, layout, out_pdf)
    with open(out_truth, "w", encoding="utf-8") as handle:
        handle.write(truth_text(paper))


if __name__ == "__main__":
    main()
