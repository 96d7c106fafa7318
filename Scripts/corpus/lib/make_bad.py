"""Build corpus/bad/: files a PDF pipeline must reject or flag with a clear reason.

usage: make_bad.py CORPUS_DIR WORKDIR
The inputs are corpus/papers PDFs built before this step; every output is deterministic.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "glean"  # user password of encrypted.pdf (owner password: glean-owner)


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, stdout=subprocess.PIPE, **kwargs)


def text_of(path: str) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE).stdout.decode("utf-8", "replace")


def garbled(source: str, target: str, work: str) -> None:
    """Page 1 of a ReportLab paper with every /ToUnicode map removed from its fonts.

    ReportLab subsets a TrueType CJK font into simple fonts whose codes 0-255 stand for glyphs
    in the order they were used; without ToUnicode a reader can only decode the codes through
    the declared encoding, which gives Latin glyph soup.
    """
    qdf = os.path.join(work, "garbled.qdf.pdf")
    run("qpdf", "--qdf", "--object-streams=disable", "--static-id", source, "--pages", source, "1",
        "--", qdf)
    with open(qdf, "rb") as handle:
        data = handle.read()
    data, count = re.subn(rb"/ToUnicode \d+ 0 R\n?", b"", data)
    if not count:
        raise SystemExit(f"{source}: no /ToUnicode entries to remove")
    fixed = os.path.join(work, "garbled.fixed.pdf")
    with open(fixed + ".in", "wb") as handle:
        handle.write(data)
    with open(fixed, "wb") as out:
        subprocess.run(["fix-qdf", fixed + ".in"], check=True, stdout=out)
    run("qpdf", "--static-id", "--compress-streams=y", "--object-streams=generate",
        "--remove-unreferenced-resources=yes", fixed, target)


def image_only(jpeg: str, target: str) -> None:
    """An A4 page holding one JPEG image (embedded as is, DCT) and nothing else, via cairo."""
    import cairo  # Debian's python3-gi-cairo brings pycairo

    with open(jpeg, "rb") as handle:
        data = handle.read()
    width, height = jpeg_size(data)
    page_w, page_h = 595.276, 841.89
    surface = cairo.PDFSurface(target, page_w, page_h)
    surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, "2024-01-01T00:00:00Z")
    surface.set_metadata(cairo.PDFMetadata.MOD_DATE, "2024-01-01T00:00:00Z")
    image = cairo.ImageSurface(cairo.FORMAT_RGB24, width, height)
    image.set_mime_data(cairo.MIME_TYPE_JPEG, data)
    ctx = cairo.Context(surface)
    ctx.scale(page_w / width, page_h / height)
    ctx.set_source_surface(image, 0, 0)
    ctx.paint()
    surface.finish()


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from the first SOFn marker of a baseline or progressive JPEG."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    raise SystemExit("no JPEG frame header found")


def main() -> None:
    corpus, work = sys.argv[1:3]
    papers, bad = os.path.join(corpus, "papers"), os.path.join(corpus, "bad")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    os.makedirs(bad, exist_ok=True)
    seed = os.path.join(papers, "seed-msc-exo.pdf")

    open(os.path.join(bad, "empty.pdf"), "wb").close()

    shutil.copyfile(os.path.join(HERE, "..", "bad", "html-page.html"), os.path.join(bad, "html.pdf"))

    with open(seed, "rb") as handle:
        data = handle.read()
    with open(os.path.join(bad, "truncated.pdf"), "wb") as handle:
        handle.write(data[: len(data) // 2])

    run("qpdf", "--static-id", "--static-aes-iv", "--encrypt", PASSWORD, "glean-owner", "128",
        "--use-aes=y", "--", seed, os.path.join(bad, "encrypted.pdf"))

    # A scanned-like page: page 1 of the seed as a greyscale JPEG placed on an A4 page, no text.
    stem = os.path.join(work, "scan")
    run("pdftoppm", "-f", "1", "-l", "1", "-r", "110", "-gray", "-jpeg", "-jpegopt", "quality=60",
        "-singlefile", seed, stem)
    image_only(stem + ".jpg", os.path.join(bad, "image-only.pdf"))

    garbled(os.path.join(papers, "cx-mir101-colorectal.pdf"), os.path.join(bad, "garbled.pdf"), work)

    # Checks: what each file is there to show must hold.
    checks = {
        "encrypted.pdf": subprocess.run(["pdfinfo", os.path.join(bad, "encrypted.pdf")],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE).returncode != 0,
        "image-only.pdf": text_of(os.path.join(bad, "image-only.pdf")).strip() == "",
        "truncated.pdf": subprocess.run(["pdftotext", os.path.join(bad, "truncated.pdf"), "-"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE).stderr != b"",
    }
    garble = text_of(os.path.join(bad, "garbled.pdf"))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", garble))
    checks["garbled.pdf"] = len(garble.strip()) > 200 and cjk == 0
    for name, ok in checks.items():
        print(f"{'ok ' if ok else 'BAD'} bad/{name}")
    if not all(checks.values()):
        raise SystemExit("a bad input does not show what it is there to show")


if __name__ == "__main__":
    main()
