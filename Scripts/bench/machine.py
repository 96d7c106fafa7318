"""The machine and tool versions a bench ran with, for RESULTS.md."""

import os
import platform
import re
import subprocess
import sys


def _run(cmd):
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (FileNotFoundError, subprocess.TimeoutExpired):
        return ""
    return (done.stdout + done.stderr).strip()


def _cpuinfo(key):
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def _memory():
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _os():
    try:
        with open("/etc/os-release", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def _package(name):
    return _run(["dpkg-query", "-W", "-f=${Version}", name]) or "not installed"


def _python_package(module):
    code = f"import importlib.metadata as m; print(m.version({module!r}))"
    return _run([sys.executable, "-c", code]) or "not installed"


def describe(glean):
    """(label, value) pairs describing the machine and the tools."""
    swift = _run(["swift", "--version"]).splitlines()
    swift = next((line for line in swift if "Swift version" in line), "unknown")
    pdftotext = _run(["pdftotext", "-v"]).splitlines()
    icu = _run(["pkg-config", "--modversion", "icu-uc"]) or "unknown"
    poppler = _run(["pkg-config", "--modversion", "poppler-glib"]) or "unknown"
    commit = _run(["git", "-C", os.path.dirname(os.path.abspath(__file__)), "rev-parse",
                   "--short", "HEAD"])
    dirty = _run(["git", "-C", os.path.dirname(os.path.abspath(__file__)), "status",
                  "--porcelain", "--untracked-files=no"])
    version = _run([glean, "--version"]) or "unknown"
    needed = _run(["readelf", "-d", glean])
    linked = ("Swift runtime and Foundation linked dynamically" if "libswiftCore" in needed
              else "Swift runtime and Foundation linked statically (--static-swift-stdlib)")
    return [
        ("CPU", f"{_cpuinfo('model name')}, {os.cpu_count()} cores (nproc)"),
        ("Memory", _memory()),
        ("System", f"{_os()}, Linux {platform.release()}"),
        ("Swift", re.sub(r"\s+", " ", swift)),
        ("Glean", f"{version} at commit {commit or 'unknown'}"
                  + (" with uncommitted changes" if dirty else "") + f"; release build, {linked}"),
        ("poppler", f"poppler-glib {poppler} (Debian {_package('libpoppler-glib8')}); "
                    f"{pdftotext[0] if pdftotext else 'pdftotext missing'}"),
        ("ICU", f"{icu} (Debian libicu {_package('libicu-dev')})"),
        ("Python peers", f"Python {platform.python_version()}, PyMuPDF "
                         f"{_python_package('pymupdf')}, jieba {_python_package('jieba')}"),
        ("qpdf", _run(["qpdf", "--version"]).splitlines()[0] if _run(["qpdf", "--version"])
         else "missing"),
    ]
