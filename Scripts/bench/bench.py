"""`make bench`: Glean's speed and memory as ratios against pdftotext, PyMuPDF and jieba, each
comparison measured side by side in one run (A B A B ..., median of the rounds), printed as one
table and written with the machine's description to Scripts/bench/RESULTS.md.

Run through Scripts/bench/run.sh, which prepares the tools and the virtual environment."""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import inputs
import machine
import measure
import profiles
import report
from measure import Unavailable

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PYTHON = sys.executable

# Goals of the issue, checked against the figures.
TEXT_GOAL = 1.5  # glean text time / pdftotext time
PIPELINE_GOAL = 2.0  # glean ingest (1 worker) time / pdftotext time
WORKERS_GOAL = 1.7  # pages/s with 2 workers / pages/s with 1
FLAT_GOAL = 1.25  # peak memory at 1,000 papers / at 10 papers
QUIET_SHARE = 0.15  # most of the machine other processes may use in a round that judges 2 workers


class Bench:
    def __init__(self, glean, rounds, work, sizes, big_pages):
        self.glean = glean
        self.rounds = rounds
        self.work = work
        self.sizes = sizes
        self.big_pages = big_pages
        self.rows = []
        self.missed = []  # (goal name, profile kind) for profiling
        self.notes = []
        self.commands = {}
        self.deadline = time.time() + 8.5 * 60  # repeats of the largest batch stop here
        self.load = []  # (step, share of the CPU other processes used)

    # ---- helpers -------------------------------------------------------------------------

    def has(self, subcommand):
        """Whether `glean SUBCOMMAND` exists in this build (hidden ones included)."""
        if subcommand not in self.commands:
            done = subprocess.run(
                [self.glean, subcommand, "--help"], capture_output=True, text=True)
            self.commands[subcommand] = done.returncode == 0
        return self.commands[subcommand]

    def row(self, section, what, glean="", peer="", ratio="", goal="", result=""):
        self.rows.append([section, what, glean, peer, ratio, goal, result])

    def unavailable(self, section, what, reason, goal=""):
        self.row(section, what, "not available yet", "", "", goal, reason)

    def failed(self, section, what, reason, goal=""):
        self.row(section, what, "failed", "", "", goal, reason)

    def verdict(self, met, name, profile):
        if not met:
            self.missed.append((name, profile))
        return "met" if met else "**missed**"

    def ingest(self, papers, store, jobs, config=None, sampled=False, timeout=1800):
        """One `glean ingest` into a fresh store; returns (seconds or TreeMemory, summary)."""
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(store + suffix):
                os.remove(store + suffix)
        listing = store + ".list"
        with open(listing, "w", encoding="utf-8") as handle:
            handle.write("\n".join(papers) + "\n")
        cmd = [self.glean, "ingest", "@" + listing, "--store", store, "--jobs", str(jobs),
               "--json", "--quiet"]
        if config:
            cmd += ["--config", config]
        out = os.path.join(self.work, "ingest-summary.json")
        with open(out, "wb") as sink:
            if sampled:
                figure = measure.run_sampled(cmd, timeout=timeout, stdout=sink)
            else:
                figure = measure.run(cmd, stdout=sink, timeout=timeout)
        with open(out, encoding="utf-8") as handle:
            summary = json.load(handle)
        if summary.get("failed", 0) or summary.get("stored", 0) != len(papers):
            raise Unavailable(
                f"glean ingest stored {summary.get('stored')} of {len(papers)} papers, "
                f"{summary.get('failed')} failed")
        return figure, summary

    # ---- text layer ----------------------------------------------------------------------

    def text_layer(self):
        section = "Text layer"
        what = "`glean text` vs `pdftotext`"
        if not self.has("text"):
            self.unavailable(section, what, "`glean text` is not in this build",
                             f"≤ {TEXT_GOAL}×")
            self.unavailable(section, "`glean text` vs PyMuPDF `get_text()`", "")
            return
        files, skipped = [], []
        for path in inputs.corpus_pdfs(ROOT):
            try:
                measure.run([self.glean, "text", path], timeout=120)
                measure.run(["pdftotext", path, "-"], timeout=120)
                files.append(path)
            except Unavailable as error:
                skipped.append(f"{os.path.relpath(path, ROOT)} ({error})")
        if skipped:
            self.notes.append("Text layer: left out (a tool failed on them): " + "; ".join(skipped))
        if not files:
            self.failed(section, what, "no corpus PDF could be read")
            return
        pages = sum(inputs.page_count(path) for path in files)
        # Repeat the file list so that one round of the fastest tool lasts about a second.
        once = measure.run_many([["pdftotext", path, "-"] for path in files])
        repeat = max(1, min(20, round(1.0 / max(once, 1e-3))))
        batch = files * repeat
        label = f"{len(files)} PDFs × {repeat}, {pages * repeat} pages"

        def glean_text():
            return measure.run_many([[self.glean, "text", path] for path in batch])

        def pdftotext():
            return measure.run_many([["pdftotext", path, "-"] for path in batch])

        def pymupdf():
            return measure.run([VENV_PYTHON, os.path.join(HERE, "pymupdf_text.py"), *batch])

        cpu = {}
        figures = measure.alternate(
            {"glean": glean_text, "pdftotext": pdftotext, "pymupdf": pymupdf}, self.rounds, cpu)
        starts = measure.alternate(
            {"glean": lambda: measure.run_many([[self.glean, "--version"]] * 20) / 20,
             "pdftotext": lambda: measure.run_many([["pdftotext", "-v"]] * 20) / 20},
            self.rounds)
        g, p, m = (figures[name] for name in ("glean", "pdftotext", "pymupdf"))
        ratio = measure.median([a / b for a, b in zip(g, p)])
        self.row(section, f"{what} ({label}; one process a file)",
                 report.seconds(g), report.seconds(p),
                 f"{ratio:.2f}× the time{report.cpu_ratio(cpu['glean'], cpu['pdftotext'])}",
                 f"≤ {TEXT_GOAL}×", self.verdict(ratio <= TEXT_GOAL, "text layer", "text"))
        ratio_m = measure.median([a / b for a, b in zip(g, m)])
        self.row(section, "`glean text` vs PyMuPDF 1.28 `page.get_text()` (one Python process)",
                 report.seconds(g), report.seconds(m),
                 f"{ratio_m:.2f}× the time{report.cpu_ratio(cpu['glean'], cpu['pymupdf'])}",
                 "", "")
        gs, ps = starts["glean"], starts["pdftotext"]
        self.row(section, "process start-up: `glean --version` vs `pdftotext -v` (mean of 20)",
                 f"{measure.median(gs) * 1e3:.1f} ms", f"{measure.median(ps) * 1e3:.1f} ms",
                 f"{measure.median([a / b for a, b in zip(gs, ps)]):.1f}× the time", "", "")

    # ---- segmentation and recognition ----------------------------------------------------

    def segmentation(self):
        section = "Chinese segmentation"
        text, size, papers = inputs.chinese_texts(ROOT, self.work)
        label = f"{size / 1e3:.0f} kB, {papers} papers"
        what = (f"words: `WordSegmenter` (ICU `zh` word break, identifiers and domain words "
                f"kept whole) vs `jieba.lcut` ({label})")
        if not self.has("bench-segment"):
            self.unavailable(section, what, "`glean bench-segment` is not in this build",
                             "faster than jieba")
            self.unavailable(section, "sentences", "")
            self.unavailable("Recognition", "segmentation + recognition", "")
            return

        def glean(mode):
            out = subprocess.run(
                [self.glean, "bench-segment", text, "--mode", mode, "--min-seconds", "1"],
                capture_output=True, text=True)
            if out.returncode != 0:
                raise Unavailable(out.stderr.strip().splitlines()[-1] if out.stderr else "failed")
            answer = json.loads(out.stdout)
            return answer["bytes"] / answer["seconds"] / 1e6

        def jieba():
            out = subprocess.run(
                [VENV_PYTHON, os.path.join(HERE, "jieba_segment.py"), text, "1"],
                capture_output=True, text=True, check=True)
            answer = json.loads(out.stdout)
            return answer["bytes"] / answer["seconds"] / 1e6

        try:
            figures = measure.alternate(
                {"glean": lambda: glean("words"), "icu": lambda: glean("icu-words"),
                 "jieba": jieba}, self.rounds)
        except Unavailable as error:
            self.failed(section, what, str(error), "faster than jieba")
        else:
            g, i, j = figures["glean"], figures["icu"], figures["jieba"]
            ratio = measure.median([a / b for a, b in zip(g, j)])
            self.row(section, what, report.rate(g), report.rate(j), f"{ratio:.1f}× as fast",
                     "faster than jieba",
                     self.verdict(ratio > 1.0, "segmentation", "segment"))
            ratio = measure.median([a / b for a, b in zip(i, j)])
            self.row(section, f"words: ICU `zh` word break alone vs `jieba.lcut` ({label})",
                     report.rate(i), report.rate(j), f"{ratio:.1f}× as fast", "", "")
        for mode, name in (("sentences", "sentences: normalise, ICU sentence break, rules"),):
            try:
                figures = measure.alternate({mode: lambda: glean(mode)}, self.rounds)
                self.row(section, f"{name} ({label})", report.rate(figures[mode]), "", "", "", "")
            except Unavailable as error:
                self.failed(section, name, str(error))

        section = "Recognition"
        what = f"segmentation + recognition, `EntityRecognizer.recognize` ({label})"
        try:
            figures = measure.alternate({"r": lambda: glean("recognize")}, self.rounds)
            self.row(section, what, report.rate(figures["r"]), "", "", "", "")
        except Unavailable as error:
            self.failed(section, what, str(error))

    # ---- whole pipeline ------------------------------------------------------------------

    def pipeline(self):
        section = "Whole pipeline"
        count = self.sizes["pipeline"]
        papers, pages = inputs.make_batch(
            inputs.corpus_pdfs(ROOT), count, os.path.join(self.work, f"batch-{count}"))
        label = f"{count} papers, {pages} pages"
        what = f"`glean ingest --jobs 1` vs `pdftotext` ({label})"
        if not self.has("ingest"):
            self.unavailable(section, what, "`glean ingest` is not in this build",
                             f"≤ {PIPELINE_GOAL}×")
            self.unavailable(section, "`glean ingest --jobs 2` vs `--jobs 1`", "",
                             f"≥ {WORKERS_GOAL}×")
            return
        store = os.path.join(self.work, "pipeline.sqlite")

        def one():
            return self.ingest(papers, store, 1)[0]

        def two():
            return self.ingest(papers, store, 2)[0]

        def pdftotext():
            return measure.run_many([["pdftotext", path, "-"] for path in papers])

        # Two workers need both cores: a round in which other processes took more than
        # QUIET_SHARE of the machine says little about the speed-up, so such rounds are
        # repeated (within a time limit) and the speed-up is judged on the quiet ones.
        contenders = {"one": one, "two": two, "pdftotext": pdftotext}
        figures = {name: [] for name in contenders}
        cpu = {name: [] for name in contenders}
        shares, started = [], time.time()
        try:
            while True:
                load = measure.MachineLoad()
                round_cpu = {}
                for name, values in measure.alternate(contenders, 1, round_cpu).items():
                    figures[name] += values
                    cpu[name] += round_cpu[name]
                shares.append(load.others_share())
                quiet = sum(share <= QUIET_SHARE for share in shares)
                if len(shares) >= self.rounds and (
                        quiet >= self.rounds or len(shares) >= self.rounds + 5
                        or time.time() - started > 150):
                    break
        except Unavailable as error:
            self.failed(section, what, str(error), f"≤ {PIPELINE_GOAL}×")
            return
        t1, t2, tp = figures["one"], figures["two"], figures["pdftotext"]
        ratio = measure.median([a / b for a, b in zip(t1, tp)])
        self.row(section, what,
                 f"{report.seconds(t1)}, {pages / measure.median(t1):.1f} pages/s",
                 report.seconds(tp),
                 f"{ratio:.2f}× the time{report.cpu_ratio(cpu['one'], cpu['pdftotext'])}",
                 f"≤ {PIPELINE_GOAL}×",
                 self.verdict(ratio <= PIPELINE_GOAL, "whole pipeline", "pipeline"))
        quiet = [index for index, share in enumerate(shares) if share <= QUIET_SHARE]
        enough = min(3, self.rounds)
        judged = quiet if len(quiet) >= enough else list(range(len(shares)))
        q1, q2 = [t1[i] for i in judged], [t2[i] for i in judged]
        speedup = measure.median([a / b for a, b in zip(q1, q2)])
        if len(quiet) == len(shares):
            rounds_note = ""
        elif len(quiet) >= enough:
            rounds_note = f"; the {len(quiet)} quiet rounds of {len(shares)}"
        else:
            rounds_note = f"; {len(shares)} rounds, none or few quiet"
        if len(quiet) >= enough:
            result = self.verdict(speedup >= WORKERS_GOAL, "2 workers", "pipeline")
        else:
            busiest = measure.median(shares)
            result = (f"not judged: other processes took {busiest:.0%} of the CPU in the "
                      f"median round (needs ≤ {QUIET_SHARE:.0%})")
        self.row(section, f"`glean ingest --jobs 2` vs `--jobs 1` ({label}{rounds_note})",
                 f"{report.seconds(q2)}, {pages / measure.median(q2):.1f} pages/s",
                 f"{report.seconds(q1)}, {pages / measure.median(q1):.1f} pages/s",
                 f"{speedup:.2f}× the pages/s", f"≥ {WORKERS_GOAL}×", result)
        shutil.rmtree(os.path.join(self.work, f"batch-{count}"), ignore_errors=True)
        self.larger_batch(section)

    def larger_batch(self, section):
        """Two workers against one on a larger batch, once each: start-up (dictionary loading
        in each worker) weighs less, so the speed-up shows how much of the gap it explains."""
        count = self.sizes["pipeline_large"]
        folder = os.path.join(self.work, f"batch-{count}")
        papers, pages = inputs.make_batch(inputs.corpus_pdfs(ROOT), count, folder)
        store = os.path.join(self.work, "pipeline-large.sqlite")
        what = (f"`glean ingest --jobs 2` vs `--jobs 1` ({count} papers, {pages:,} pages; "
                "1 run each)")
        try:
            load = measure.MachineLoad()
            one = self.ingest(papers, store, 1)[0]
            two = self.ingest(papers, store, 2)[0]
            share = load.others_share()
        except Unavailable as error:
            self.failed(section, what, str(error))
            return
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        note = f" (other processes took {share:.0%} of the CPU)" if share > QUIET_SHARE else ""
        self.row(section, what, f"{two:.2f} s, {pages / two:.1f} pages/s",
                 f"{one:.2f} s, {pages / one:.1f} pages/s",
                 f"{one / two:.2f}× the pages/s{note}", "", "")

    # ---- scaling -------------------------------------------------------------------------

    def scaling(self):
        section = "Scaling"
        if not self.has("ingest"):
            for count in self.sizes["scaling"]:
                self.unavailable(section, f"{count:,} papers",
                                 "`glean ingest` is not in this build")
            self.unavailable(section, f"one PDF of {self.big_pages:,}+ pages", "")
            return
        # The big PDF runs before the largest batch, whose repeats are cut to the time left.
        *smaller, largest = self.sizes["scaling"]
        rows = [self.batch(count) for count in smaller]
        big = self.big_pdf()
        rows.append(self.batch(largest))
        first = rows[0]
        for row in rows + [big]:
            if row is None:
                continue
            if (row is not first and row.get("count") and first and first.get("parent")
                    and first.get("worker") and row.get("worker")):
                count = row["count"]
                growth = max(row["parent"] / first["parent"], row["worker"] / first["worker"])
                row["ratio"] = (f"parent {row['parent'] / first['parent']:.2f}×, worker "
                                f"{row['worker'] / first['worker']:.2f}× of {first['count']:,} "
                                "papers")
                if count == largest:
                    middle = rows[-2] if len(rows) > 2 and rows[-2].get("parent") else None
                    if middle:
                        row["ratio"] += (f"; {row['parent'] / middle['parent']:.2f}×, "
                                         f"{row['worker'] / middle['worker']:.2f}× of "
                                         f"{middle['count']:,}")
                    row["goal"] = f"memory flat: ≤ {FLAT_GOAL}× of {first['count']:,}"
                    row["result"] = self.verdict(growth <= FLAT_GOAL, "flat memory", "memory")
            self.row(section, row["what"], row["glean"], row.get("peer", ""),
                     row.get("ratio", ""), row.get("goal", ""), row.get("result", ""))

    def batch(self, count):
        """One scaling row: `glean ingest --jobs 2` over `count` distinct papers, sampled."""
        runs = self.sizes["scaling_runs"].get(count, 1)
        folder = os.path.join(self.work, f"batch-{count}")
        papers, pages = inputs.make_batch(inputs.corpus_pdfs(ROOT), count, folder)
        store = os.path.join(self.work, f"scale-{count}.sqlite")
        what = f"{count:,} papers, {pages:,} pages, `--jobs 2`"
        samples = []
        try:
            while len(samples) < runs:
                samples.append(self.ingest(papers, store, 2, sampled=True)[0])
                # Keep within the time budget: another run only if it fits.
                if time.time() + samples[-1].seconds > self.deadline:
                    break
        except Unavailable as error:
            return {"what": what, "glean": "failed", "result": str(error)}
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # the copies are large
        seconds = [sample.seconds for sample in samples]
        parent = measure.median([sample.parent_kb for sample in samples])
        worker = measure.median([sample.child_kb for sample in samples])
        total = measure.median([sample.total_kb for sample in samples])
        figure = (f"{report.seconds(seconds)}, {pages / measure.median(seconds):.1f} pages/s; "
                  f"peak RSS parent {report.mb(parent)}, worker {report.mb(worker)}, "
                  f"all {report.mb(total)} ")
        figure += f"(median of {len(samples)})" if len(samples) > 1 else "(1 run)"
        return {"what": what, "glean": figure, "count": count, "parent": parent,
                "worker": worker}

    def big_pdf(self):
        """The several-thousand-page row: one PDF of the generated papers' pages repeated."""
        path = os.path.join(self.work, "big.pdf")
        # The generated papers carry no link annotations, which qpdf would leave dangling.
        sources = [p for p in inputs.corpus_pdfs(ROOT) if "/corpus/papers/" in p]
        try:
            pages = inputs.make_big_pdf(sources, self.big_pages, path)
        except subprocess.CalledProcessError as error:
            return {"what": "one big PDF", "glean": "failed",
                    "result": f"qpdf: {error.stderr.decode()[:200]}"}
        what = f"one PDF of {pages:,} pages (corpus pages repeated), `--jobs 1` vs `pdftotext`"
        config = os.path.join(self.work, "big.yaml")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write("version: 1\nlimits:\n  seconds_per_paper: 1200\n")
        store = os.path.join(self.work, "big.sqlite")
        try:
            glean = self.ingest([path], store, 1, config=config, sampled=True, timeout=1500)[0]
            peer = measure.run_sampled(["pdftotext", path, "/dev/null"], timeout=600)
        except Unavailable as error:
            return {"what": what, "glean": "failed", "result": str(error)}
        finally:
            os.remove(path)
        return {"what": what,
                "glean": f"{glean.seconds:.1f} s, {pages / glean.seconds:.1f} pages/s; peak RSS "
                         f"parent {report.mb(glean.parent_kb)}, worker "
                         f"{report.mb(glean.child_kb)} (1 run)",
                "peer": f"{peer.seconds:.1f} s; peak RSS {report.mb(peer.parent_kb)}",
                "ratio": f"{glean.seconds / peer.seconds:.2f}× the time"}


def ingest_script(glean):
    """The output of Scripts/bench/ingest.sh GLEAN (ingestion's own figures), when present."""
    script = os.path.join(HERE, "ingest.sh")
    if not os.access(script, os.X_OK):
        return ""
    try:
        done = subprocess.run([script, glean], capture_output=True, text=True, timeout=600,
                              cwd=ROOT)
    except subprocess.TimeoutExpired:
        return "Scripts/bench/ingest.sh took over 10 minutes; stopped."
    if done.returncode != 0:
        return f"Scripts/bench/ingest.sh failed: {done.stderr.strip()[-500:]}"
    return done.stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("glean", help="the glean executable (release build)")
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 5)))
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"))
    parser.add_argument("--quick", action="store_true",
                        help="small sizes, for trying the harness (results not written)")
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()

    glean = os.path.abspath(args.glean)
    if not os.access(glean, os.X_OK):
        sys.exit(f"bench: {args.glean}: no such executable; build with `make bench`")
    if args.quick:
        sizes = {"pipeline": 8, "pipeline_large": 16, "scaling": [10, 30],
                 "scaling_runs": {10: 1}}
        big_pages, rounds = 300, min(args.rounds, 2)
    else:
        sizes = {"pipeline": 100, "pipeline_large": 300, "scaling": [10, 100, 1000],
                 "scaling_runs": {10: 3, 100: 3, 1000: 3}}
        big_pages, rounds = 3000, args.rounds

    started = time.time()
    work = tempfile.mkdtemp(prefix="glean-bench-")
    try:
        bench = Bench(glean, rounds, work, sizes, big_pages)
        os.chdir(work)  # ingest finds no pipeline.yaml here: the defaults are measured
        for step in (bench.text_layer, bench.segmentation, bench.pipeline, bench.scaling):
            step_start = time.time()
            load = measure.MachineLoad()
            try:
                step()
            except Unavailable as error:
                bench.failed(step.__name__, "", str(error))
            share = load.others_share()
            bench.load.append((step.__name__.replace("_", " "), share))
            print(f"bench: {step.__name__} done in {time.time() - step_start:.0f} s "
                  f"(other processes used {share:.0%} of the CPU)", file=sys.stderr)
        step_start = time.time()
        ingest_text = "" if args.quick else ingest_script(glean)
        if ingest_text:
            print(f"bench: Scripts/bench/ingest.sh done in {time.time() - step_start:.0f} s",
                  file=sys.stderr)
        profile_text = ""
        if bench.missed and not args.no_profile:
            profile_text = profiles.profile_missed(glean, bench, work, ROOT)
        elapsed = time.time() - started
        table = report.table(bench.rows)
        print(table)
        for note in bench.notes:
            print("note: " + note)
        if not args.quick:
            report.write_results(
                args.results, table, bench, machine.describe(glean), profile_text, elapsed,
                rounds, os.path.join(HERE, "profile-notes.md"), ingest_text)
            print(f"\nwritten to {os.path.relpath(args.results, ROOT)} "
                  f"(bench took {elapsed / 60:.1f} min)")
    finally:
        os.chdir(ROOT)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
