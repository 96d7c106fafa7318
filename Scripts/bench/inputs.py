"""Bench inputs, all made under a temporary folder: the corpus PDFs, batches of N distinct papers
(corpus copies that differ by a trailing comment, so ingestion's content hash sees N papers), one
PDF of several thousand pages, and the Chinese text for segmentation."""

import glob
import hashlib
import os
import subprocess


def corpus_pdfs(root):
    """The corpus papers that every tool reads: corpus/papers and corpus/real (not corpus/bad)."""
    files = sorted(glob.glob(os.path.join(root, "corpus/papers/*.pdf")))
    files += sorted(glob.glob(os.path.join(root, "corpus/real/*.pdf")))
    return files


def page_count(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise ValueError(f"{path}: pdfinfo gave no page count")


def make_batch(sources, count, folder):
    """`count` distinct PDFs in `folder`, cycling through `sources`; returns (paths, pages).

    Each copy is the source's bytes plus a PDF comment after `%%EOF` naming the copy: the
    content is the same for a PDF reader, the SHA-256 (the paper id) is not."""
    os.makedirs(folder, exist_ok=True)
    pages = {path: page_count(path) for path in sources}
    data = {}
    paths, total = [], 0
    for index in range(count):
        source = sources[index % len(sources)]
        if source not in data:
            with open(source, "rb") as handle:
                data[source] = handle.read()
        name = f"{index:04d}-{os.path.basename(source)}"
        path = os.path.join(folder, name)
        with open(path, "wb") as handle:
            handle.write(data[source])
            handle.write(f"\n%glean-bench copy {index}\n".encode())
        paths.append(path)
        total += pages[source]
    return paths, total


def make_big_pdf(sources, min_pages, path):
    """One PDF of at least `min_pages` pages: the corpus pages repeated, joined by qpdf."""
    per_pass = sum(page_count(source) for source in sources)
    passes = -(-min_pages // per_pass)
    subprocess.run(
        ["qpdf", "--empty", "--pages", *(sources * passes), "--", path],
        check=True, capture_output=True)
    return page_count(path)


def chinese_texts(root, folder):
    """The distinct truth texts of corpus/papers (one per paper), written into one file with a
    form feed between papers; returns (path, UTF-8 bytes, number of papers)."""
    seen, texts = set(), []
    for path in sorted(glob.glob(os.path.join(root, "corpus/papers/*.truth.txt"))):
        with open(path, "rb") as handle:
            text = handle.read()
        digest = hashlib.sha256(text).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        texts.append(text.replace(b"\f", b" "))
    os.makedirs(folder, exist_ok=True)
    out = os.path.join(folder, "zh.txt")
    with open(out, "wb") as handle:
        handle.write(b"\f".join(texts))
    return out, sum(len(text) for text in texts), len(texts)
