"""Profiles for missed goals: valgrind --tool=callgrind on a small input (one corpus PDF), the
top functions by exclusive and inclusive instruction count from callgrind_annotate, with Swift
names demangled. Returned as Markdown for RESULTS.md."""

import os
import re
import shutil
import subprocess

import inputs

TOP = 15

# Frames every inclusive profile starts with (loader, libc, main, thread entry): left out.
FRAMES = re.compile(
    r"\(below main\)|__libc_start|libc_start_call_main|_start_thread|start_thread|"
    r"NSThreadStart|Thread\.main\(\)|GleanCLI_main|ParsableCommand\.run\(\) in conformance|"
    r"\?\?\?:0x[0-9a-f]+ \[\S*ld-linux|IngestRunner\.spawn|_dl_start|_dl_sysdep_start|dl_main|"
    r"protocol witness for |thunk for |partial apply for |DispatchQueue|_dispatch_client_callout|"
    r"WorkerCommand\.run\(\)|WorkerLoop\.run\(")


def _demangle(text):
    tool = shutil.which("swift-demangle")
    if not tool:
        return text
    done = subprocess.run([tool, "--simplified"], input=text, capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else text


def _shorten(line, width=160):
    return line if len(line) <= width else line[: width - 1] + "…"


def _annotate(out_file, inclusive):
    """(PROGRAM TOTALS line, top function lines) of a callgrind output file."""
    cmd = ["callgrind_annotate", "--threshold=100", out_file]
    if inclusive:
        cmd.insert(1, "--inclusive=yes")
    lines = subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()
    total = next((line.strip() for line in lines if "PROGRAM TOTALS" in line), "")
    body, started = [], False
    for line in lines:
        if "file:function" in line:
            started = True
        elif started and re.match(r"^\s*[\d,]+ \(", line):
            body.append(line.rstrip())
            if len(body) >= TOP * 4:
                break
    body = _demangle("\n".join(body)).splitlines()
    body = [re.sub(r"\[[^\]]*/glean-profiled\]", "[glean]", line) for line in body]
    if inclusive:
        kept, counts = [], set()
        for line in body:
            count = line.split("(")[0].strip()
            if FRAMES.search(line) or count in counts:
                continue
            counts.add(count)
            kept.append(line)
        body = kept
    return total, [_shorten(line) for line in body[:TOP]]


def _ir(total_line):
    match = re.search(r"([\d,]+)", total_line)
    return int(match.group(1).replace(",", "")) if match else 0


def _shown(cmd):
    """The command as RESULTS.md shows it: file names without their temporary folders."""
    parts = []
    for part in cmd:
        prefix = "@" if part.startswith("@") else ""
        path = part[len(prefix):]
        parts.append(prefix + (os.path.basename(path) if os.path.isabs(path) else path))
    return " ".join(parts).replace("glean-profiled", "glean")


def callgrind(name, cmd, work, stdin_text=None, timeout=900, collect=None):
    """Runs `cmd` under callgrind; returns (Markdown with the top functions, instructions).
    `collect`: a symbol pattern; only instructions inside matching functions are counted."""
    out_file = os.path.join(work, f"callgrind.{name}.out")
    full = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}"]
    if collect:
        full.append(f"--toggle-collect={collect}")
    full += cmd
    shown = _shown(cmd)
    try:
        subprocess.run(full, input=stdin_text, capture_output=True, text=True, timeout=timeout,
                       check=False)
    except subprocess.TimeoutExpired:
        return f"callgrind on `{shown}` took over {timeout} s; no profile.\n", 0
    if not os.path.exists(out_file) or os.path.getsize(out_file) == 0:
        return f"callgrind on `{shown}` wrote no profile.\n", 0
    total, exclusive = _annotate(out_file, inclusive=False)
    _, inclusive = _annotate(out_file, inclusive=True)
    text = [f"`{shown}`: {_ir(total):,} instructions.", "",
            "Top functions by instructions executed in the function itself (exclusive):", "",
            "```", *exclusive, "```", "",
            "Top functions by instructions including their callees (inclusive):", "", "```",
            *inclusive, "```", ""]
    return "\n".join(text), _ir(total)


def _massif_peak(out_file, binary):
    """(peak heap bytes, [(bytes, percent, function)]) from a massif file: the peak snapshot's
    bytes, summed by the first function of Glean's own executable on each allocation path
    (the Glean code closest to the allocation)."""
    text = _demangle(subprocess.run(["ms_print", "--threshold=1", out_file],
                                    capture_output=True, text=True).stdout)
    lines = text.splitlines()
    peak = next((m.group(1) for line in lines
                 for m in [re.search(r"Detailed snapshots: \[.*?(\d+) \(peak\)", line)] if m),
                None)
    snapshot = re.compile(r"^\s*(\d+)\s+[\d,]+\s+([\d,]+)\s+[\d,]+\s+[\d,]+\s+[\d,]+$")
    start = next((i for i, line in enumerate(lines)
                  if (m := snapshot.match(line)) and m.group(1) == peak), None)
    if start is None:
        return 0, []
    total = int(snapshot.match(lines[start]).group(2).replace(",", ""))
    node = re.compile(r"^([ |]*)->(\d+\.\d+)% \(([\d,]+)B\) (?:0x[0-9A-F]+: )?(.*?)"
                      r"(?: \(in ([^)]*)\))?$")
    sums, stack = {}, []  # stack: (depth, inside Glean)
    for line in lines[start + 1:]:
        if snapshot.match(line) or line.startswith("-----"):
            break
        match = node.match(line)
        if not match:
            continue
        depth = len(match.group(1))
        while stack and stack[-1][0] >= depth:
            stack.pop()
        mine = match.group(5) == binary
        if mine and not any(inside for _, inside in stack):
            name = match.group(4)
            sums[name] = sums.get(name, 0) + int(match.group(3).replace(",", ""))
        stack.append((depth, mine or any(inside for _, inside in stack)))
    rows = sorted(((size, 100 * size / total, _shorten(name, 130))
                   for name, size in sums.items()), reverse=True)
    return total, rows[:TOP]


def massif(name, cmd, work, binary, timeout=900):
    """Runs `cmd` under massif; returns Markdown naming where the peak heap was allocated."""
    out_file = os.path.join(work, f"massif.{name}.out")
    shown = _shown(cmd)
    try:
        subprocess.run(["valgrind", "--tool=massif", f"--massif-out-file={out_file}", *cmd],
                       capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return f"massif on `{shown}` took over {timeout} s; no profile.\n"
    total, rows = _massif_peak(out_file, binary)
    if not total:
        return f"massif on `{shown}` gave no peak snapshot.\n"
    text = [f"`{shown}` under `valgrind --tool=massif` (the parent only; its workers run "
            f"natively): peak heap {total / 2**20:.1f} MiB. Heap at the peak by the Glean code "
            "closest to the allocation:", "", "```"]
    text += [f"{size / 2**20:7.2f} MiB {percent:5.1f}%  {where}" for size, percent, where in rows]
    text += ["```", ""]
    return "\n".join(text)


def _readable_copy(glean, work):
    """A copy of the executable without its DWARF 5 debug sections, which valgrind 3.19 cannot
    read ("unhandled dwarf2 abbrev form"); the symbol table stays, so functions keep names."""
    copy = os.path.join(work, "glean-profiled")
    done = subprocess.run(["objcopy", "--strip-debug", glean, copy], capture_output=True)
    return copy if done.returncode == 0 else glean


def profile_missed(glean, bench, work, root):
    """Markdown profiles for the kinds of missed goals (text, segment, pipeline, workers)."""
    if not shutil.which("valgrind"):
        return "valgrind is not installed; no profiles.\n"
    glean = _readable_copy(glean, work)
    kinds = list(dict.fromkeys(kind for _, kind in bench.missed))
    papers = inputs.corpus_pdfs(root)
    # The generated paper with the most pages: a typical two-column Chinese review.
    generated = [p for p in papers if "/corpus/papers/" in p] or papers
    sample = max(generated, key=inputs.page_count)
    pages = inputs.page_count(sample)
    rel = os.path.relpath(sample, root)
    parts = []
    if "text" in kinds:
        profile, glean_ir = callgrind("text", [glean, "text", sample], work)
        _, start_ir = callgrind("start", [glean, "--version"], work)
        _, peer_ir = callgrind("pdftotext", ["pdftotext", sample, "/dev/null"], work)
        parts.append(f"### Text layer: `glean text {rel}` ({pages} pages)\n")
        if glean_ir and peer_ir:
            parts.append(
                f"Instructions: `glean text` {glean_ir:,}, of which {start_ir:,} are start-up "
                f"(`glean --version`); `pdftotext` {peer_ir:,}. Ratio {glean_ir / peer_ir:.2f}×, "
                f"{(glean_ir - start_ir) / peer_ir:.2f}× leaving out Glean's start-up.\n")
        parts.append(profile)
    if "segment" in kinds:
        text, _, _ = inputs.chinese_texts(root, work)
        parts.append("### Chinese segmentation: `glean bench-segment --mode words`\n")
        parts.append(callgrind("segment", [glean, "bench-segment", text, "--mode", "words",
                                           "--min-seconds", "0"], work)[0])
    if "pipeline" in kinds:
        request = f'{{"path":"{sample}"}}\n'
        parts.append(f"### Whole pipeline: one `glean worker` on {rel} ({pages} pages)\n")
        parts.append("The worker does all but storing: start-up and loading the dictionaries "
                     "(once per worker), then for each paper extraction, layout, segmentation, "
                     "recognition, findings, and its JSON answer to the parent.\n")
        worker_text, worker_ir = callgrind("worker", [glean, "worker"], work, stdin_text=request)
        parts.append(worker_text)
        three = generated[:3]
        request = "".join(f'{{"path":"{path}"}}\n' for path in three)
        names = ", ".join(os.path.basename(path) for path in three)
        parts.append(f"### Whole pipeline: per paper, inside `PaperStages.analyse` ({names})\n")
        parts.append("The same worker on three papers, counting only instructions inside "
                     "`PaperStages.analyse(path:)` (the per-paper stages; start-up, dictionary "
                     "loading and the JSON answer left out).\n")
        analyse_text, analyse_ir = callgrind(
            "analyse", [glean, "worker"], work, stdin_text=request,
            collect="$s13GleanPipeline11PaperStagesV7analyse4path*")
        three_pages = sum(inputs.page_count(path) for path in three)
        peer_ir = sum(callgrind(f"pdftotext-{index}", ["pdftotext", path, "/dev/null"], work)[1]
                      for index, path in enumerate(three))
        if analyse_ir and peer_ir:
            parts.append(f"Instructions a page: {analyse_ir / three_pages:,.0f} inside "
                         f"`analyse`, {peer_ir / three_pages:,.0f} for `pdftotext` (start-up "
                         f"included) on the same {three_pages} pages "
                         f"({analyse_ir / peer_ir:.1f}×). The one-paper worker above ran "
                         f"{worker_ir:,} instructions in all, most of them at start-up "
                         "(`PaperStages.init`), once per worker.\n")
        parts.append(analyse_text)
        parts.append(f"### Whole pipeline: the parent, `glean ingest {rel} --jobs 1`\n")
        parts.append("Profiled alone (the worker it starts is not traced): reading and hashing, "
                     "decoding the worker's answer, SQLite writes.\n")
        store = os.path.join(work, "profile.sqlite")
        parts.append(callgrind("parent", [glean, "ingest", sample, "--store", store, "--jobs",
                                          "1", "--quiet"], work)[0])
    if "memory" in kinds:
        batch, _ = inputs.make_batch(papers, 100, os.path.join(work, "massif-batch"))
        store = os.path.join(work, "massif.sqlite")
        listing = os.path.join(work, "massif.list")
        with open(listing, "w", encoding="utf-8") as handle:
            handle.write("\n".join(batch) + "\n")
        parts.append("### Memory: where the parent's peak heap is, `glean ingest` of 100 papers\n")
        parts.append(massif("parent", [glean, "ingest", "@" + listing, "--store", store,
                                       "--jobs", "2", "--quiet"], work, glean))
    return "\n".join(parts)
