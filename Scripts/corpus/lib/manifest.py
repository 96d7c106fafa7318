"""What the corpus generator builds: one entry per typeset paper.

Each entry names its content file (Scripts/corpus/content/), the tool and layout that typeset it,
where its text came from with its licence, and what the paper is in the corpus to test.
"""

SEED_SOURCE = (
    "Seed review text of the project (MSC-derived exosomes and tumours), paragraphs and table rows "
    "rebuilt by hand; title is descriptive, author and affiliation lines are anonymised placeholders"
)
SEED_LICENCE = "project material (seed text)"


def chinaxiv(ident: str, title: str) -> str:
    return (
        f"{title}, ChinaXiv {ident}, via github.com/DreamBlooms/ChinaXiv-201601-to-202209 "
        f"(md/ChinaXiv-{ident}.md); text cleaned and typeset by hand"
    )


PAPERS = [
    dict(
        name="seed-msc-exo", content="seed-msc-exo.paper", tool="xelatex", layout="journal-2col",
        source=SEED_SOURCE, licence=SEED_LICENCE,
        layout_text="A4 two columns, 9 pt Noto Serif CJK SC (text), Noto Sans CJK SC (headings), "
                    "AR PL KaitiM GB (abstract) + TeX Gyre Termes; spanning title block, abstract "
                    "and keywords; numbered headings; three-line tables 1 and 2 spanning both "
                    "columns at the top of page 3; running header and page numbers",
        purpose="The seed: tables 1 and 2 are the model findings (exosome source, miRNA, target, "
                "promote/inhibit). Tests column reading order, spanning title block, paragraphs "
                "crossing a page break (page 1→2, and page 2→3 around the tables), wrapped table "
                "cells, superscript citations, running header removal",
        need_split=True,
    ),
    dict(
        name="seed-msc-exo-narrow", content="seed-msc-exo.paper", tool="xelatex", layout="onecol-b5",
        source=SEED_SOURCE, licence=SEED_LICENCE,
        layout_text="B5 one column, 10.5 pt AR PL SungtiL GB (text) and WenQuanYi Zen Hei "
                    "(headings), both TrueType, + TeX Gyre Pagella; grid tables floating to page "
                    "tops; page number in the footer",
        purpose="The same content as seed-msc-exo re-typeset with other line breaks, fonts and "
                "page breaks: findings and their ids must not change",
        need_split=True,
    ),
    dict(
        name="seed-msc-exo-pango", content="seed-msc-exo.paper", tool="pango", layout="pango-2col-a4",
        source=SEED_SOURCE, licence=SEED_LICENCE,
        layout_text="A4 two columns, 9.5 pt Noto Serif CJK SC, justified; tables 1 and 2 as grid "
                    "tables inside one column, in the text flow; running header",
        purpose="The same content as seed-msc-exo typeset by another tool (Pango/cairo), with the "
                "tables where they stand in the text and their cells wrapped in a narrow column: "
                "findings and their ids must not change",
    ),
    dict(
        name="cx-exosome-tumour-marker", content="cx-exosome-tumour-marker.paper", tool="xelatex",
        layout="journal-2col-16k",
        source=chinaxiv("201901.00122V1", "外泌体作为肿瘤标志物的研究进展"), licence="CC BY 4.0",
        layout_text="16K (185x260 mm) two columns, 10.5 pt Fandol Song/Hei + TeX Gyre Pagella; "
                    "Chinese and English title blocks, abstracts and keywords spanning both "
                    "columns; journal page numbers from 351; reference list",
        purpose="English title block and abstract; exosome and miRNA mentions per cancer type; "
                "reference list; CJK fonts embedded WITHOUT a ToUnicode map (CID-keyed Adobe-GB1 "
                "CFF), so text extraction relies on poppler-data's Adobe-GB1 tables, as in many "
                "real Chinese journal PDFs; printed page numbers that differ from page indexes",
    ),
    dict(
        name="cx-mir101-colorectal", content="cx-mir101-colorectal.paper", tool="reportlab",
        layout="rl-1col-letter",
        source=chinaxiv("201712.00909V1", "miR-101对结直肠癌细胞SW620生物学特性的影响"),
        licence="CC BY 4.0",
        layout_text="US Letter one column, 11 pt WenQuanYi Micro Hei throughout (Latin from the "
                    "CJK font), headings in WenQuanYi Zen Hei; two grid tables with bilingual "
                    "captions in the flow; page numbers in the footer",
        purpose="Research article with numeric tables (mean±SD, F, P) and an empty header cell; "
                "cell lines (SW620, HCT116), miR-101 targets (RAC1, EZH2, CXCL12); English title "
                "and keywords without an English abstract; a different typesetter (ReportLab)",
    ),
    dict(
        name="cx-mir223-ccrcc", content="cx-mir223-ccrcc.paper", tool="pango",
        layout="pango-2col-a4",
        source=chinaxiv("201712.01140V1", "miR-223在肾透明细胞癌中的表达与功能"), licence="CC BY 4.0",
        layout_text="A4 two columns, 9.5 pt Noto Serif CJK SC, headings Noto Sans CJK SC Bold, "
                    "justified; spanning title block; a grid table inside one column; running "
                    "header; references with hanging indent",
        purpose="Third typesetter (Pango/cairo: CFF CID fonts, text placed line by line); a "
                "clinical table with group rows and empty cells; miR-223 in ccRCC cell lines "
                "(786-O, Caki-1, ACHN); superscript citations",
    ),
    dict(
        name="cx-mir200a-colorectal", content="cx-mir200a-colorectal.paper", tool="pango",
        layout="pango-1col-a5",
        source=chinaxiv("201712.01117V1", "miR-200a在结直肠癌细胞系中的表达及其对高转移细胞系Lovo的影响"),
        licence="CC BY 4.0",
        layout_text="A5 one column, 9 pt WenQuanYi Zen Hei (TrueType), ragged right, headings "
                    "Noto Sans CJK SC Bold; running header; page number at the bottom",
        purpose="Small page with many page breaks inside paragraphs; six colorectal cell lines "
                "and miR-200 family names in running text; RNA sequences; no tables",
    ),
    dict(
        name="cx-mir362-lung", content="cx-mir362-lung.paper", tool="reportlab",
        layout="rl-2col-a4",
        source=chinaxiv("201711.02711V1", "应用CRISPR/Cas9技术构建miR-362敲除的95-D肺癌细胞株"),
        licence="CC BY 4.0",
        layout_text="A4 two columns, 9.5 pt AR PL SungtiL GB (Latin from the CJK font), headings "
                    "WenQuanYi Micro Hei; spanning Chinese title block; a primer table of 20 rows "
                    "in one column; English title block, abstract and keywords after the "
                    "references",
        purpose="English abstract at the END of the article (in the column flow); a long table "
                "with unbroken DNA sequences in narrow cells; run-in level-3 headings; miR-362 in "
                "lung cancer cells (95-D)",
    ),
    dict(
        name="cx-mir100-ovarian", content="cx-mir100-ovarian.paper", tool="xelatex",
        layout="manuscript-a4",
        source=chinaxiv("201712.00723V1", "miR-100在上皮性卵巢癌顺铂耐药细胞中的表达及其与耐药的关系"),
        licence="CC BY 4.0",
        layout_text="A4 one column, 12 pt, 1.35 line spacing, Noto Serif CJK SC + Latin Modern; "
                    "three-line table with superscript marks and a table footnote; page number "
                    "in the footer",
        purpose="Manuscript/preprint layout with large type; chemoresistance finding (miR-100, "
                "cisplatin, SKOV3/DDP, mTOR, PLK1); English title and keywords without abstract",
    ),
]
