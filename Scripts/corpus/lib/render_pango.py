"""Typeset a .paper with Pango and cairo (Debian's python3-gi-cairo), one or two columns.

Pango shapes each block into lines; this module places the lines one by one into columns and
pages, so a paragraph runs on across a column or page end. Tables are drawn in the flow as grids
of wrapped cells, so the true text is the source order. Run with Debian's /usr/bin/python3.

usage: render_pango.py PAPER LAYOUT OUT.pdf OUT.truth.txt
"""

from __future__ import annotations

import re
import sys
from xml.sax.saxutils import escape

import gi

gi.require_version("Pango", "1.0")
gi.require_version("PangoCairo", "1.0")
import cairo  # noqa: E402
from gi.repository import Pango, PangoCairo  # noqa: E402

from paper import INLINE, Front, Heading, Para, Ref, RefsHeading, Table, parse, plain, truth_text  # noqa: E402

MM = 72 / 25.4
SCALE = Pango.SCALE

LAYOUTS = {
    # A4 two columns, Noto Serif CJK SC 9.5 pt, headings Noto Sans CJK SC Bold, grid tables in a
    # column, running header on pages after the first, page number at the bottom right.
    "pango-2col-a4": dict(page=(210 * MM, 297 * MM), columns=2, margin=(22, 17, 20, 17), gap=6.5,
                          body="Noto Serif CJK SC", head="Noto Sans CJK SC Bold", size=9.5,
                          spacing=1.45, abstract="Noto Sans CJK SC", justify=True),
    # A5 one column, WenQuanYi Zen Hei 9 pt throughout, headings in Noto Sans CJK SC Bold,
    # page number centred at the bottom; ragged right (not justified).
    "pango-1col-a5": dict(page=(148 * MM, 210 * MM), columns=1, margin=(18, 14, 18, 14), gap=0,
                          body="WenQuanYi Zen Hei", head="Noto Sans CJK SC Bold", size=9,
                          spacing=1.5, abstract="WenQuanYi Zen Hei", justify=False),
}


def markup(text: str) -> str:
    out, last = [], 0
    for m in INLINE.finditer(text):
        out.append(escape(text[last:m.start()]))
        tag = {"^": "sup", "_": "sub", "*": "i"}[m.group(1)]
        out.append(f"<{tag}>{escape(m.group(2))}</{tag}>")
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


class Flow:
    """Places shaped lines into the columns of successive pages."""

    def __init__(self, surface: cairo.PDFSurface, paper, lay: dict):
        self.surface, self.paper, self.lay = surface, paper, lay
        self.ctx = cairo.Context(surface)
        # Points, not pixels: Pango's default for cairo is 96 units per inch.
        self.pango = PangoCairo.create_context(self.ctx)
        PangoCairo.context_set_resolution(self.pango, 72)
        self.page_w, self.page_h = lay["page"]
        top, right, bottom, left = (v * MM for v in lay["margin"])
        self.top, self.bottom, self.left = top, self.page_h - bottom, left
        self.width = self.page_w - left - right
        self.col_w = (self.width - lay["gap"] * MM * (lay["columns"] - 1)) / lay["columns"]
        self.page, self.col = 1, 0
        self.col_top = top
        self.y = top

    # Layout helpers ----------------------------------------------------------------------
    def layout(self, text: str, font: str, size: float, width: float, *, indent: float = 0,
               align=Pango.Alignment.LEFT, justify: bool = False, spacing: float | None = None):
        lay = Pango.Layout.new(self.pango)
        desc = Pango.FontDescription.from_string(f"{font} {size}")
        lay.set_font_description(desc)
        lay.set_width(int(width * SCALE))
        lay.set_wrap(Pango.WrapMode.WORD_CHAR)
        lay.set_alignment(align)
        lay.set_justify(justify)
        lay.set_indent(int(indent * SCALE))
        lay.set_line_spacing(spacing or self.lay["spacing"])
        # Pango would print a hyphen where it breaks inside a word; the other tools do not.
        lay.set_markup(f'<span insert_hyphens="false">{text}</span>', -1)
        return lay

    @staticmethod
    def lines(lay) -> list[tuple]:
        """(line, x offset, height, baseline offset) for each line of a layout."""
        out = []
        it = lay.get_iter()
        previous_bottom = None
        while True:
            _ink, logical = it.get_line_extents()
            top, bottom = it.get_line_yrange()
            if previous_bottom is not None:
                top = previous_bottom
            out.append((it.get_line_readonly(), logical.x / SCALE, (bottom - top) / SCALE,
                        (it.get_baseline() - top) / SCALE))
            previous_bottom = bottom
            if not it.next_line():
                break
        return out

    # Page and column handling ------------------------------------------------------------
    def x(self) -> float:
        return self.left + self.col * (self.col_w + self.lay["gap"] * MM)

    def next_column(self) -> None:
        if self.col + 1 < self.lay["columns"]:
            self.col += 1
            self.y = self.col_top
        else:
            self.decorate()
            self.ctx.show_page()
            self.page += 1
            self.col = 0
            self.col_top = self.top
            self.y = self.top

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        if self.room() < height and self.y > self.col_top + 1:
            self.next_column()

    def place(self, lay, x0: float | None = None) -> None:
        for line, dx, height, base in self.lines(lay):
            self.ensure(height)
            self.ctx.move_to((self.x() if x0 is None else x0) + dx, self.y + base)
            PangoCairo.show_layout_line(self.ctx, line)
            self.y += height

    def decorate(self) -> None:
        ctx, lay = self.ctx, self.lay
        small = lay["size"] * 0.8
        if self.page > 1 and self.paper.header:
            head = self.layout(escape(plain(self.paper.header)), lay["body"], small, self.width,
                               align=Pango.Alignment.CENTER)
            ctx.move_to(self.left, self.top - 9 * MM)
            PangoCairo.show_layout(ctx, head)
            ctx.set_line_width(0.5)
            ctx.move_to(self.left, self.top - 4 * MM)
            ctx.line_to(self.left + self.width, self.top - 4 * MM)
            ctx.stroke()
        align = Pango.Alignment.RIGHT if lay["columns"] == 2 else Pango.Alignment.CENTER
        number = self.layout(str(self.page), lay["body"], small, self.width, align=align)
        ctx.move_to(self.left, self.bottom + 6 * MM)
        PangoCairo.show_layout(ctx, number)

    # Blocks --------------------------------------------------------------------------------
    def spanning(self, fronts: list[Front]) -> None:
        """Title block across the full width of page 1; the columns start below it."""
        lay = self.lay
        for front in fronts:
            kind = front.kind.removesuffix("-en")
            if kind == "title":
                block = self.layout(markup(front.text), lay["head"], lay["size"] * 1.75, self.width,
                                    align=Pango.Alignment.CENTER, spacing=1.2)
                self.y += 2 * MM
            elif kind == "authors":
                block = self.layout(markup(front.text), lay["abstract"], lay["size"] * 1.05,
                                    self.width, align=Pango.Alignment.CENTER)
                self.y += 1.5 * MM
            elif kind == "affil":
                block = self.layout(markup(front.text), lay["body"], lay["size"] * 0.8, self.width,
                                    align=Pango.Alignment.CENTER, spacing=1.3)
            else:
                text = f'<span font_desc="{lay["head"]}">{markup(front.label)}</span> {markup(front.text)}'
                block = self.layout(text, lay["abstract"], lay["size"] * 0.9, self.width, justify=True)
                self.y += 2 * MM
            self.place(block, x0=self.left)
        self.y += 3 * MM
        self.ctx.set_line_width(0.6)
        self.ctx.move_to(self.left, self.y)
        self.ctx.line_to(self.left + self.width, self.y)
        self.ctx.stroke()
        self.y += 4 * MM
        self.col_top = self.y

    def heading(self, text: str, size: float) -> None:
        block = self.layout(markup(text), self.lay["head"], size, self.col_w, spacing=1.2)
        (_, _, height, _), = self.lines(block)[:1]
        self.y += size * 0.5
        self.ensure(height + 3 * self.lay["size"] * self.lay["spacing"])
        self.place(block)
        self.y += size * 0.2

    def paragraph(self, para: Para) -> None:
        size = self.lay["size"]
        text = markup(para.text)
        if para.runin:
            text = f'<span font_desc="{self.lay["head"]} {size}">{markup(para.runin)}</span> {text}'
            block = self.layout(text, self.lay["body"], size, self.col_w, justify=self.lay["justify"])
        else:
            block = self.layout(text, self.lay["body"], size, self.col_w, indent=2 * size,
                                justify=self.lay["justify"])
        self.place(block)

    def front(self, front: Front) -> None:
        """Front matter in the flow (an English abstract after the body)."""
        size = self.lay["size"]
        kind = front.kind.removesuffix("-en")
        if kind == "title":
            self.heading(front.text, size * 1.3)
            return
        if kind in ("authors", "affil"):
            block = self.layout(markup(front.text), self.lay["body"], size * 0.9, self.col_w)
        else:
            text = f'<span font_desc="{self.lay["head"]}">{markup(front.label)}</span> {markup(front.text)}'
            block = self.layout(text, self.lay["abstract"], size * 0.9, self.col_w, justify=True)
        self.y += size * 0.3
        self.place(block)

    def reference(self, text: str) -> None:
        size = self.lay["size"] * 0.8
        block = self.layout(markup(text), self.lay["body"], size, self.col_w, indent=-1.6 * size,
                            spacing=1.25)
        block.set_indent(int(-1.6 * size * SCALE))
        self.place(block, x0=None)

    def table(self, tab: Table) -> None:
        lay, ctx = self.lay, self.ctx
        size = lay["size"] * 0.82
        widths = tab.widths or [1.0 / len(tab.head)] * len(tab.head)
        pad = 2.2
        self.y += lay["size"] * 0.6
        number, _, rest = tab.captions[0].partition(" ")
        captions = [f"{markup(number)}  {markup(rest)}"] + [markup(c) for c in tab.captions[1:]]
        caption_layouts = [self.layout(c, lay["head"], lay["size"] * 0.9, self.col_w,
                                       align=Pango.Alignment.CENTER, spacing=1.2) for c in captions]
        rows = [(tab.head, lay["head"])] + [(r, lay["body"]) for r in tab.rows]
        shaped = []
        for cells, font in rows:
            cell_layouts = [self.layout(markup(c), font, size, w * self.col_w - 2 * pad, spacing=1.15)
                            for c, w in zip(cells, widths)]
            height = max(sum(h for _, _, h, _ in self.lines(c)) for c in cell_layouts) + 2 * pad
            shaped.append((cell_layouts, height))
        caption_h = sum(sum(h for _, _, h, _ in self.lines(c)) for c in caption_layouts)
        self.ensure(caption_h + shaped[0][1] + shaped[1][1] + 4)
        for c in caption_layouts:
            self.place(c)
        self.y += 1.5
        ctx.set_line_width(0.5)
        for index, (cell_layouts, height) in enumerate(shaped):
            if self.room() < height:
                self.next_column()
            x = self.x()
            ctx.rectangle(x, self.y, self.col_w, height)
            ctx.stroke()
            for cell, w in zip(cell_layouts, widths):
                y = self.y + pad
                for line, dx, h, base in self.lines(cell):
                    ctx.move_to(x + pad + dx, y + base)
                    PangoCairo.show_layout_line(ctx, line)
                    y += h
                x += w * self.col_w
                if x < self.x() + self.col_w - 1:
                    ctx.move_to(x, self.y)
                    ctx.line_to(x, self.y + height)
                    ctx.stroke()
            self.y += height
        for note in tab.notes:
            self.y += 1
            self.place(self.layout(markup(note), lay["body"], size * 0.95, self.col_w, spacing=1.2))
        self.y += lay["size"] * 0.8

    def finish(self) -> None:
        self.decorate()
        self.ctx.show_page()


def build(paper, layout_name: str, out_pdf: str) -> None:
    lay = LAYOUTS[layout_name]
    surface = cairo.PDFSurface(out_pdf, *lay["page"])
    surface.set_metadata(cairo.PDFMetadata.TITLE, paper.name)
    surface.set_metadata(cairo.PDFMetadata.CREATOR, "Pango/cairo")
    surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, "2024-01-01T00:00:00Z")
    surface.set_metadata(cairo.PDFMetadata.MOD_DATE, "2024-01-01T00:00:00Z")
    flow = Flow(surface, paper, lay)
    flow.spanning(paper.front)
    size = lay["size"]
    for block in paper.body:
        if isinstance(block, Table):
            flow.table(block)
        elif isinstance(block, Heading):
            flow.heading(block.text, size * (1.2 if block.level == 1 else 1.05))
        elif isinstance(block, RefsHeading):
            flow.heading(block.text, size * 1.2)
        elif isinstance(block, Ref):
            flow.reference(block.text)
        elif isinstance(block, Front):
            flow.front(block)
        elif isinstance(block, Para):
            flow.paragraph(block)
    flow.finish()
    surface.finish()


def main() -> None:
    source, layout, out_pdf, out_truth = sys.argv[1:5]
    name = re.sub(r"\.pdf$", "", out_pdf.rsplit("/", 1)[-1])
    paper = parse(source, name)
    build(paper, layout, out_pdf)
    with open(out_truth, "w", encoding="utf-8") as handle:
        handle.write(truth_text(paper))


if __name__ == "__main__":
    main()
