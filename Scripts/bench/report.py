"""Formatting of the bench table and of Scripts/bench/RESULTS.md."""

import datetime
import os

import measure

HEADER = ["Area", "Measure", "Glean", "Peer", "Ratio", "Goal", "Result"]


def seconds(values):
    """Median of wall times, with the spread of the rounds when there are several."""
    mid = measure.median(values)
    text = f"{mid:.2f} s" if mid < 100 else f"{mid:.0f} s"
    if len(values) > 1:
        text += f" ±{measure.spread(values) * 100:.0f}%"
    return text


def rate(values):
    """Median of MB/s figures, with the spread of the rounds."""
    mid = measure.median(values)
    text = f"{mid:.2f} MB/s" if mid < 10 else f"{mid:.1f} MB/s"
    if len(values) > 1:
        text += f" ±{measure.spread(values) * 100:.0f}%"
    return text


def cpu_ratio(glean_cpu, peer_cpu):
    """The ratio of CPU seconds (median of per-round ratios), as a suffix: `; CPU 2.1×`."""
    pairs = [a / b for a, b in zip(glean_cpu, peer_cpu) if b > 0]
    return f" (CPU {measure.median(pairs):.2f}×)" if pairs else ""


def mb(kilobytes):
    return f"{kilobytes / 1024:.0f} MB"


def table(rows):
    """A Markdown table; repeated area names are left blank after their first row."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    previous = None
    for row in rows:
        cells = list(row)
        if cells[0] == previous:
            cells[0] = ""
        else:
            previous = cells[0]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def write_results(path, table_text, bench, machine, profile_text, elapsed, rounds, notes_path,
                  ingest_text=""):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = ["# Glean benchmarks", "",
           "Written by `make bench` (`Scripts/bench/run.sh`); do not edit by hand. Every "
           "comparison ran side by side in this one run: each round runs Glean and its peer one "
           "after the other (A B A B …), and a figure is the median of "
           f"{rounds} rounds (± is half the range around it) unless the row says otherwise. A "
           "ratio is the median of the per-round ratios. Times are wall-clock and include "
           "process start-up except where a row says in-process; *CPU* beside a ratio is the "
           "same ratio of CPU time (user + system of the processes run), which other work on "
           "a shared machine disturbs much less than wall-clock time.", "",
           f"Run on {now}; the bench took {elapsed / 60:.1f} minutes.", "",
           "## Machine", ""]
    out += [f"- **{label}**: {value}" for label, value in machine]
    if bench.load:
        shares = ", ".join(f"{step} {share:.0%}" for step, share in bench.load)
        busiest = max(share for _, share in bench.load)
        out.append(f"- **Other work on the machine** (share of all cores used by other "
                   f"processes while each part ran): {shares}."
                   + (" The machine was shared: ratios hold better than absolute figures, "
                      "and the 2-worker speed-up is understated when other processes took "
                      "a core." if busiest > 0.1 else ""))
    out += ["", "## Results", "", table_text, ""]
    if bench.notes:
        out += [f"- {note}" for note in bench.notes] + [""]
    out += ["## How each figure is measured", "", METHOD, ""]
    missed = [name for name, _ in bench.missed]
    if missed:
        out += ["## Missed goals: profiles", "",
                "Missed in this run: " + ", ".join(dict.fromkeys(missed)) + ". Profiles made "
                "by this run: `valgrind --tool=callgrind` on one corpus PDF for speed, read with "
                "`callgrind_annotate`, and `valgrind --tool=massif` on a batch for memory:", "",
                profile_text, ""]
    else:
        out += ["## Missed goals", "", "None in this run.", ""]
    if ingest_text:
        out += ["## Ingestion's own figures (`Scripts/bench/ingest.sh`)", "", "```",
                ingest_text, "```", ""]
    if os.path.exists(notes_path):
        with open(notes_path, encoding="utf-8") as handle:
            out += [handle.read().strip(), ""]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out))


METHOD = """\
- **Text layer**: every PDF of `corpus/papers` and `corpus/real`, the list repeated so that one
  round of `pdftotext` lasts about a second. `glean text FILE` and `pdftotext FILE -` run once a
  file (a process each, output discarded); PyMuPDF runs `Scripts/bench/pymupdf_text.py`, one
  Python process opening every file and calling `page.get_text()` on each page.
- **Chinese segmentation**: the distinct truth texts of `corpus/papers` (one paper each), the
  same bytes for both. Glean: the hidden `glean bench-segment FILE --mode words`, the
  recogniser's `WordSegmenter` over each paper (normalisation, identifiers such as `miR-143-3p`
  kept whole, ICU's `zh` word break between them, domain words kept whole), and `--mode
  icu-words`, ICU's `zh` word break iterator alone (String → UTF-16 → boundaries); both timed
  in-process after one warm-up pass, so process start-up, dictionary loading and ICU's own
  dictionary loading are excluded. jieba:
  `Scripts/bench/jieba_segment.py`, `jieba.lcut` (default mode, HMM on) over each paper after
  `jieba.initialize()` and one warm-up pass. MB/s counts UTF-8 bytes of input.
- **Sentences, recognition**: `glean bench-segment --mode sentences` (normalisation, ICU
  sentence break and the abbreviation and citation rules) and `--mode recognize`
  (`EntityRecognizer.recognize`: normalisation, sentence segmentation and recognition with the
  bundled dictionaries), in-process on the same text.
- **Whole pipeline**: `glean ingest @LIST --store S --jobs N --json` into a new store each
  time; the list holds distinct papers (corpus PDFs copied with a trailing PDF comment so that
  their SHA-256, the paper id, differs). A run counts only when every paper is stored. The peer
  is `pdftotext FILE -` once a file over the same list, one after another. Two workers need
  both cores, so a round in which other processes used more than 15% of the machine (from
  `/proc/stat`, less the bench's own CPU time) is repeated, up to 5 more rounds within 150 s;
  the 2-worker speed-up is judged on the quiet rounds, and not judged when fewer than 3 were
  quiet. One run each of 1 and 2 workers on 300 papers follows, to show the speed-up once each
  worker's start-up weighs less.
- **Scaling**: the same with `--jobs 2` for 10, 100 and 1,000 papers, while a sampler reads
  `VmHWM` (peak resident set) and `VmRSS` of the parent and of each worker from `/proc` every
  50 ms: *parent* is the `glean ingest` process, *worker* the largest worker, *all* the largest
  sum of resident sets at one instant. The big PDF is the pages of `corpus/papers` repeated by
  `qpdf` into one file of at least 3,000 pages, ingested with one worker and `seconds_per_paper`
  raised to 1,200 (the default, 120, is meant for papers), against `pdftotext` on the same file.
  The largest batch runs after the big PDF and is repeated only while the bench stays within
  its time budget (the row says how many runs).
"""
