"""Typeset a .paper as XeLaTeX (ctexart) source in one of several journal-like layouts.

Every flow block writes the page it starts and ends on into the .aux file (\\blkpage,
\\blkendpage) and every table writes the page it lands on (\\fltpage), so that the true text can
put each floating table where it is read (see truth_anchors) and the build can check that a
paragraph crosses a page break.

usage: render_tex.py PAPER LAYOUT OUT.tex
"""

from __future__ import annotations

import re
import sys

from paper import INLINE, Front, Heading, Para, Ref, RefsHeading, Table, parse

# Fandol (CID-keyed OpenType CFF, Adobe-GB1): XeTeX writes no ToUnicode map for it, so text
# extraction depends on the reader knowing the Adobe-GB1 character collection (poppler-data).
FANDOL = r"""
\setCJKmainfont{FandolSong}[Extension=.otf,UprightFont=*-Regular,BoldFont=*-Bold]
\setCJKsansfont{FandolHei}[Extension=.otf,UprightFont=*-Regular,BoldFont=*-Bold]
\setCJKfamilyfont{zhsong}{FandolSong}[Extension=.otf,UprightFont=*-Regular,BoldFont=*-Bold]
\setCJKfamilyfont{zhhei}{FandolHei}[Extension=.otf,UprightFont=*-Regular,BoldFont=*-Bold]
\setCJKfamilyfont{zhkai}{FandolKai-Regular.otf}
\setCJKfamilyfont{zhfs}{FandolFang-Regular.otf}
"""

# Noto CJK SC (OpenType CFF, Adobe-Identity: XeTeX writes a ToUnicode map) with AR PL Kaiti.
NOTO = r"""
\setCJKmainfont{Noto Serif CJK SC}[BoldFont=Noto Serif CJK SC Bold]
\setCJKsansfont{Noto Sans CJK SC}[BoldFont=Noto Sans CJK SC Bold]
\setCJKfamilyfont{zhsong}{Noto Serif CJK SC}[BoldFont=Noto Serif CJK SC Bold]
\setCJKfamilyfont{zhhei}{Noto Sans CJK SC}[BoldFont=Noto Sans CJK SC Bold]
\setCJKfamilyfont{zhkai}{AR PL KaitiM GB}
\setCJKfamilyfont{zhfs}{AR PL KaitiM GB}
"""

# TrueType CJK fonts: AR PL SungtiL GB (text), WenQuanYi Zen Hei (headings), AR PL KaitiM GB.
ARPL = r"""
\setCJKmainfont{AR PL SungtiL GB}[AutoFakeBold=2]
\setCJKsansfont{WenQuanYi Zen Hei}
\setCJKfamilyfont{zhsong}{AR PL SungtiL GB}[AutoFakeBold=2]
\setCJKfamilyfont{zhhei}{WenQuanYi Zen Hei}
\setCJKfamilyfont{zhkai}{AR PL KaitiM GB}
\setCJKfamilyfont{zhfs}{AR PL KaitiM GB}
"""

TERMES = r"""
\setmainfont{texgyretermes}[Extension=.otf,Ligatures=TeXOff,UprightFont=*-regular,BoldFont=*-bold,
  ItalicFont=*-italic,BoldItalicFont=*-bolditalic]
\setsansfont{texgyreheros}[Extension=.otf,Ligatures=TeXOff,UprightFont=*-regular,BoldFont=*-bold,
  ItalicFont=*-italic,BoldItalicFont=*-bolditalic]
"""

PAGELLA = r"""
\setmainfont{texgyrepagella}[Extension=.otf,Ligatures=TeXOff,UprightFont=*-regular,BoldFont=*-bold,
  ItalicFont=*-italic,BoldItalicFont=*-bolditalic]
\setsansfont{texgyreheros}[Extension=.otf,Ligatures=TeXOff,UprightFont=*-regular,BoldFont=*-bold,
  ItalicFont=*-italic,BoldItalicFont=*-bolditalic]
"""

# Latin Modern (XeTeX's default Latin font) with Noto CJK, for the manuscript-like layout.
LMODERN = r"""
\setmainfont{lmroman10}[Extension=.otf,Ligatures=TeXOff,UprightFont=*-regular,BoldFont=*-bold,
  ItalicFont=*-italic,BoldItalicFont=*-bolditalic]
\setsansfont{lmsans10}[Extension=.otf,Ligatures=TeXOff,UprightFont=*-regular,BoldFont=*-bold,
  ItalicFont=*-oblique,BoldItalicFont=*-boldoblique]
"""

# Layouts. zihao: ctex size names (-5 = 9 pt, 5 = 10.5 pt, -4 = 12 pt).
LAYOUTS = {
    # A4 two-column Chinese journal (Noto Serif/Sans CJK SC): spanning title block, three-line tables, header with
    # page number at the outer edge.
    "journal-2col": dict(
        docopts="a4paper,twocolumn,twoside,zihao=5,fontset=none", body="-5",
        geometry="top=25mm,bottom=22mm,left=18mm,right=18mm,columnsep=7mm,headsep=5mm,headheight=14pt",
        cjk=NOTO, latin=TERMES, columns=2, tables="threeline", header="outer",
        stretch="1.0", firstpage=1,
    ),
    # Latin words are hyphenated at line ends only in this layout (elsewhere lines break only at
    # spaces, CJK characters and explicit hyphens such as miR-⏎143).
    # Same journal family, Fandol fonts, narrower page (16K 185x260 mm), 10.5 pt, wider column gap,
    # starting on a journal page number other than 1.
    "journal-2col-16k": dict(
        docopts="twocolumn,twoside,zihao=5,fontset=none", body="5",
        geometry="paperwidth=185mm,paperheight=260mm,top=22mm,bottom=20mm,left=15mm,right=15mm,"
                 "columnsep=8mm,headsep=4mm,headheight=14pt",
        cjk=FANDOL, latin=PAGELLA, columns=2, tables="threeline", header="outer",
        stretch="0.92", firstpage=351, hyphenate=True,
    ),
    # B5 one column, 10.5 pt AR PL SungtiL GB (TrueType), grid tables, page number centred in the footer.
    "onecol-b5": dict(
        docopts="b5paper,oneside,zihao=5,fontset=none", body="5",
        geometry="b5paper,top=22mm,bottom=22mm,left=20mm,right=20mm,headsep=5mm,headheight=14pt",
        cjk=ARPL, latin=PAGELLA, columns=1, tables="grid", header="footer",
        stretch="1.15", firstpage=1,
    ),
    # A4 one column, 12 pt, 1.5 line spacing, wide margins: an author manuscript or preprint.
    # Noto Serif CJK SC + Latin Modern; three-line tables; page number in the footer.
    "manuscript-a4": dict(
        docopts="a4paper,oneside,zihao=-4,fontset=none", body="-4",
        geometry="a4paper,top=28mm,bottom=28mm,left=30mm,right=30mm,headsep=6mm,headheight=14pt",
        cjk=NOTO, latin=LMODERN, columns=1, tables="threeline", header="footer",
        stretch="1.35", firstpage=1,
    ),
}

ESCAPES = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "%": r"\%", "_": r"\_", "^": r"\^{}", "~": r"\~{}",
}


def escape(text: str) -> str:
    return "".join(ESCAPES.get(ch, ch) for ch in text)


def inline(text: str) -> str:
    """Inline markup to LaTeX, everything else escaped."""
    out, last = [], 0
    for m in INLINE.finditer(text):
        out.append(escape(text[last:m.start()]))
        inner = escape(m.group(2))
        mark = m.group(1)
        if mark == "^":
            out.append(r"\textsuperscript{" + inner + "}")
        elif mark == "_":
            out.append(r"\textsubscript{" + inner + "}")
        else:
            out.append(r"\textit{" + inner + "}")
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


def preamble(paper, layout: dict) -> str:
    hyphens = "" if layout.get("hyphenate") else r"\hyphenpenalty=10000"
    # Latin Modern has no Greek: take Greek letters from the CJK font there.
    greek = ', "0391 -> "03A9, "03B1 -> "03C9' if layout["latin"] is LMODERN else ""
    columns = layout["columns"]
    header = inline(paper.header)
    first = inline(paper.header_first or paper.header)
    if layout["header"] == "outer":
        heads = rf"""
\fancyhead[LE]{{\zihao{{-5}}\thepage\quad\textperiodcentered\quad {header}}}
\fancyhead[RO]{{\zihao{{-5}}{header}\quad\textperiodcentered\quad\thepage}}
\fancypagestyle{{firstpage}}{{\fancyhf{{}}\fancyhead[L]{{\zihao{{-5}}\heiti {first}}}
  \fancyhead[R]{{\zihao{{-5}}\thepage}}\renewcommand{{\headrulewidth}}{{0.8pt}}}}
"""
    else:
        heads = rf"""
\fancyhead[C]{{\zihao{{6}}{header}}}
\fancyfoot[C]{{\zihao{{-5}}\thepage}}
\fancypagestyle{{firstpage}}{{\fancyhf{{}}\fancyfoot[C]{{\zihao{{-5}}\thepage}}
  \renewcommand{{\headrulewidth}}{{0pt}}}}
"""
    return rf"""\documentclass[{layout["docopts"]}]{{ctexart}}
\usepackage[{layout["geometry"]}]{{geometry}}
{layout["latin"]}
{layout["cjk"]}
\newcommand\songti{{\CJKfamily{{zhsong}}}}
\newcommand\heiti{{\CJKfamily{{zhhei}}}}
\newcommand\kaishu{{\CJKfamily{{zhkai}}}}
\newcommand\fangsong{{\CJKfamily{{zhfs}}}}
\xeCJKDeclareCharClass{{CJK}}{{"2160 -> "217F{greek}}}
\linespread{{{layout["stretch"]}}}
\renewcommand\normalsize{{\zihao{{{layout["body"]}}}}}
\usepackage{{array,booktabs,fancyhdr}}
\setlength{{\parindent}}{{2em}}
\setlength{{\emergencystretch}}{{2em}}
{hyphens}
\renewcommand{{\topfraction}}{{0.85}}
\renewcommand{{\dbltopfraction}}{{0.85}}
\renewcommand{{\textfraction}}{{0.1}}
\renewcommand{{\floatpagefraction}}{{0.8}}
\renewcommand{{\dblfloatpagefraction}}{{0.8}}
\setcounter{{topnumber}}{{3}}
\setcounter{{dbltopnumber}}{{3}}
\ctexset{{
  section={{format=\heiti\zihao{{{'5' if columns == 2 else '-4'}}}\raggedright,
    beforeskip=1.0ex plus .3ex,afterskip=.6ex plus .2ex,indent=0pt}},
  subsection={{format=\heiti\zihao{{{'-5' if columns == 2 else '5'}}}\raggedright,
    beforeskip=.6ex plus .2ex,afterskip=.4ex plus .1ex,indent=0pt}},
}}
\pagestyle{{fancy}}
\fancyhf{{}}
\renewcommand{{\headrulewidth}}{{0.4pt}}
{heads}
\makeatletter
\newcommand\blk[1]{{\write\@auxout{{\string\blkpage{{#1}}{{\thepage}}}}}}
\newcommand\blkend[1]{{\write\@auxout{{\string\blkendpage{{#1}}{{\thepage}}}}}}
\newcommand\flt[1]{{\write\@auxout{{\string\fltpage{{#1}}{{\thepage}}}}}}
\makeatother
\newcommand\blkpage[2]{{}}
\newcommand\blkendpage[2]{{}}
\newcommand\fltpage[2]{{}}
"""


def title_block(paper, layout: dict) -> str:
    """The front matter: centred title lines, then labelled abstract and keyword paragraphs."""
    parts = []
    for front in paper.front:
        text = inline(front.text)
        english = front.kind.endswith("-en")
        if front.kind.startswith("title"):
            size = "3" if not english else "4"
            font = r"\heiti\bfseries" if english else r"\heiti"
            space = "4mm" if not english else "2mm"
            parts.append(rf"\vspace{{{space}}}{{\centering{font}\zihao{{{size}}} {text}\par}}\vspace{{2.5mm}}")
        elif front.kind.startswith("authors"):
            parts.append(rf"{{\centering\fangsong\zihao{{5}} {text}\par}}\vspace{{1mm}}")
        elif front.kind.startswith("affil"):
            parts.append(rf"{{\centering\zihao{{-6}} {text}\par}}")
        else:
            label = inline(front.label)
            font = r"\kaishu" if not english else ""
            parts.append(
                rf"\vspace{{2mm}}{{\zihao{{-5}}{font}\noindent{{\heiti\bfseries {label}}}\enspace {text}\par}}"
            )
    parts.append(r"\vspace{2.5mm}\noindent\rule{\textwidth}{0.5pt}\vspace{3mm}")
    body = "\n".join(parts)
    if layout["columns"] == 2:
        return "\\twocolumn[{%\n" + body + "\n}]\n\\thispagestyle{firstpage}\n"
    return body + "\n\\thispagestyle{firstpage}\n"


def table(tab: Table, layout: dict) -> str:
    """A float spanning the text width: caption above, ruled tabular, notes below."""
    star = "*" if layout["columns"] == 2 else ""
    widths = tab.widths or [1.0 / len(tab.head)] * len(tab.head)
    grid = layout["tables"] == "grid"
    sep = "|" if grid else ""
    trim = "-1.2pt" if grid else ""
    cols = sep + sep.join(
        rf">{{\raggedright\arraybackslash}}p{{\dimexpr {w:.3f}\textwidth-2\tabcolsep{trim}\relax}}"
        for w in widths
    ) + sep
    if not grid:
        cols = "@{}" + cols + "@{}"
    head = " & ".join(rf"{{\heiti {inline(c)}}}" for c in tab.head) + r" \\"
    body = [" & ".join(inline(c) for c in row) + r" \\" for row in tab.rows]
    if grid:
        rows = [r"\hline", head + r" \hline"] + [r + r" \hline" for r in body]
    else:
        rows = [r"\toprule", head, r"\midrule", *body, r"\bottomrule"]
    number, _, rest = tab.captions[0].partition(" ")
    more = "".join(rf"{{\centering\zihao{{-5}} {inline(c)}\par}}" for c in tab.captions[1:])
    lines = [
        rf"\begin{{table{star}}}[tp]",
        rf"\flt{{{tab.ident}}}",
        rf"{{\centering\heiti\zihao{{-5}} {inline(number)}\quad {inline(rest)}\par}}{more}\vspace{{1.5mm}}",
        r"{\zihao{-5}\renewcommand{\arraystretch}{1.25}\setlength{\tabcolsep}{4pt}\noindent",
        rf"\begin{{tabular}}{{{cols}}}",
        *rows,
        r"\end{tabular}\par}",
    ]
    if tab.notes:
        lines.append(r"\vspace{1mm}" + "".join(rf"{{\zihao{{-6}}\noindent {inline(n)}\par}}" for n in tab.notes))
    lines.append(rf"\end{{table{star}}}")
    return "\n".join(lines) + "\n"


def document(paper, layout_name: str) -> str:
    layout = LAYOUTS[layout_name]
    out = [preamble(paper, layout), r"\begin{document}", rf"\setcounter{{page}}{{{layout['firstpage']}}}"]
    out.append(title_block(paper, layout))
    index = -1
    for block in paper.body:
        if isinstance(block, Table):
            out.append(table(block, layout))
            continue
        index += 1
        mark, end = rf"\blk{{{index}}}", rf"\blkend{{{index}}}"
        if isinstance(block, Heading):
            command = "section" if block.level == 1 else "subsection"
            out.append(rf"\{command}*{{\protect\blk{{{index}}}{inline(block.text)}\protect\blkend{{{index}}}}}")
        elif isinstance(block, RefsHeading):
            out.append(rf"\section*{{\protect\blk{{{index}}}{inline(block.text)}\protect\blkend{{{index}}}}}")
            out.append(r"\begingroup\zihao{-6}\setlength{\parindent}{0pt}\setlength{\parskip}{0.2ex}")
        elif isinstance(block, Ref):
            out.append(rf"\noindent\hangindent=1.8em\hangafter=1 {mark}{inline(block.text)}{end}\par")
        elif isinstance(block, Para):
            if block.runin:
                out.append(rf"\noindent{mark}{{\heiti {inline(block.runin)}}}\enspace {inline(block.text)}{end}\par")
            else:
                out.append(rf"\indent{mark}{inline(block.text)}{end}\par")
    if any(isinstance(b, RefsHeading) for b in paper.body):
        out.append(r"\endgroup")
    out.append(r"\end{document}")
    return "\n\n".join(out) + "\n"


AUX = re.compile(r"\\(blkpage|blkendpage|fltpage)\{([^}]*)\}\{(\d+)\}")


def read_aux(path: str) -> tuple[dict[int, int], dict[int, int], dict[str, int]]:
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    floats: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for kind, key, page in AUX.findall(handle.read()):
            if kind == "blkpage":
                starts[int(key)] = int(page)
            elif kind == "blkendpage":
                ends[int(key)] = int(page)
            else:
                floats[key] = int(page)
    return starts, ends, floats


def truth_anchors(paper, aux_path: str) -> tuple[dict[str, int], list[int]]:
    """Where each table is read, and which flow blocks cross a page break.

    A table at the top of page P is read after the last flow block that starts before P:
    the text of earlier pages comes first, then the table, then the text of page P (a paragraph
    running from page P-1 into page P stays whole in the true text, before the table).
    """
    starts, ends, floats = read_aux(aux_path)
    flow = paper.flow()
    if len(starts) != len(flow) or len(ends) != len(flow):
        raise SystemExit(f"{aux_path}: {len(starts)} block marks for {len(flow)} blocks; rerun XeLaTeX")
    anchors = {}
    for tab in paper.tables():
        if tab.ident not in floats:
            raise SystemExit(f"{aux_path}: table {tab.ident} was not placed")
        page = floats[tab.ident]
        before = [i for i in range(len(flow)) if starts[i] < page]
        anchors[tab.ident] = max(before) if before else -1
    split = [i for i in range(len(flow)) if ends[i] != starts[i]]
    return anchors, split


def main() -> None:
    source, layout, target = sys.argv[1:4]
    name = target.rsplit("/", 1)[-1].removesuffix(".tex")
    paper = parse(source, name)
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(document(paper, layout))


if __name__ == "__main__":
    main()
