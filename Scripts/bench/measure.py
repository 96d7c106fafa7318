"""Timing and memory measurement for the Glean bench: wall time of commands, medians of
alternating rounds, and peak resident memory of a process tree (parent and children)."""

import os
import resource
import statistics
import subprocess
import threading
import time


class Unavailable(Exception):
    """A measurement could not be made (command missing or failing); the row says why."""


def run(cmd, stdout=subprocess.DEVNULL, stdin=None, env=None, timeout=None):
    """Runs `cmd` once and returns its wall time in seconds; raises Unavailable on failure."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            cmd, stdout=stdout, stderr=subprocess.PIPE, stdin=stdin, env=env, timeout=timeout)
    except FileNotFoundError as error:
        raise Unavailable(f"{cmd[0]}: {error.strerror}") from error
    except subprocess.TimeoutExpired as error:
        raise Unavailable(f"{' '.join(cmd[:2])}: over {timeout:.0f} s") from error
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[-1] if message else f"exit status {done.returncode}"
        raise Unavailable(f"{' '.join(cmd[:2])}: {reason}")
    return seconds


def run_many(commands, timeout=None):
    """Runs the commands one after another; returns their total wall time in seconds."""
    start = time.perf_counter()
    for cmd in commands:
        run(cmd, timeout=timeout)
    return time.perf_counter() - start


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def alternate(contenders, rounds, cpu=None):
    """Runs each contender (name -> zero-argument function returning seconds or a figure) once
    per round, in the same order every round (A B A B ...), and returns name -> list of figures.

    When `cpu` is a dict, it receives name -> list of CPU seconds (user + system) that the
    contender's finished child processes used in each round: unlike wall time, it hardly
    changes when other work shares the machine."""
    figures = {name: [] for name in contenders}
    if cpu is not None:
        cpu.update({name: [] for name in contenders})
    for _ in range(rounds):
        for name, measure in contenders.items():
            before = _children_cpu()
            figures[name].append(measure())
            if cpu is not None:
                cpu[name].append(_children_cpu() - before)
    return figures


def median(values):
    return statistics.median(values)


def spread(values):
    """Relative half-range of the values around their median, for the table's +- column."""
    if len(values) < 2:
        return 0.0
    mid = statistics.median(values)
    return (max(values) - min(values)) / 2 / mid if mid else 0.0


def _status_kb(pid, key):
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError):
        return None
    return None


def _parents():
    """pid -> parent pid for every process (this kernel has no /proc/PID/task/TID/children)."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        # The command name is in parentheses and may hold spaces; the parent pid follows it.
        fields = stat[stat.rfind(b")") + 2:].split()
        table[int(entry)] = int(fields[1])
    return table


def _descendants(root):
    table = _parents()
    found, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in table.items():
            if parent == pid:
                found.append(child)
                frontier.append(child)
    return found


class TreeMemory:
    """Peak resident memory of a process and its descendants, sampled from /proc."""

    def __init__(self, seconds, parent_kb, child_kb, total_kb, children, maxrss_kb):
        self.seconds = seconds
        self.parent_kb = parent_kb  # VmHWM of the parent
        self.child_kb = child_kb  # largest VmHWM of any descendant (the workers)
        self.total_kb = total_kb  # largest sum of VmRSS over the tree at one sample
        self.children = children  # distinct descendants seen
        self.maxrss_kb = maxrss_kb  # wait4's ru_maxrss: max over parent and waited children


def run_sampled(cmd, interval=0.05, timeout=None, env=None, stdout=subprocess.DEVNULL):
    """Runs `cmd`, sampling the peak memory of its process tree every `interval` seconds."""
    start = time.perf_counter()
    try:
        process = subprocess.Popen(
            cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    except FileNotFoundError as error:
        raise Unavailable(f"{cmd[0]}: {error.strerror}") from error
    parent_kb, child_peaks, total_kb = 0, {}, 0
    stderr_chunks = []
    # Read standard error on a thread so a chatty child never blocks on a full pipe.
    reader = threading.Thread(
        target=lambda: stderr_chunks.append(process.stderr.read()), daemon=True)
    reader.start()
    status = None
    rusage = None
    children, polls = [], 0
    while True:
        pid_done, status, rusage = os.wait4(process.pid, os.WNOHANG)
        if pid_done == process.pid:
            break
        hwm = _status_kb(process.pid, b"VmHWM:")
        if hwm:
            parent_kb = max(parent_kb, hwm)
        total = _status_kb(process.pid, b"VmRSS:") or 0
        # Walking all of /proc costs more than reading a few files: do it every 10th poll,
        # at every poll until the first child is seen (a short run may end within ten), or
        # when a known child has gone (a worker restarted).
        if (not children or polls % 10 == 0
                or any(not os.path.exists(f"/proc/{pid}") for pid in children)):
            children = _descendants(process.pid)
        polls += 1
        for child in children:
            child_hwm = _status_kb(child, b"VmHWM:")
            if child_hwm:
                child_peaks[child] = max(child_peaks.get(child, 0), child_hwm)
            total += _status_kb(child, b"VmRSS:") or 0
        total_kb = max(total_kb, total)
        if timeout and time.perf_counter() - start > timeout:
            process.kill()
            os.wait4(process.pid, 0)
            raise Unavailable(f"{' '.join(cmd[:2])}: over {timeout:.0f} s")
        time.sleep(interval)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    reader.join()
    if process.returncode != 0:
        text = b"".join(stderr_chunks).decode("utf-8", "replace").strip().splitlines()
        reason = text[-1] if text else f"exit status {process.returncode}"
        raise Unavailable(f"{' '.join(cmd[:2])}: {reason}")
    maxrss = rusage.ru_maxrss if rusage else 0
    child_kb = max(child_peaks.values(), default=0)
    # A parent with no children measured: its wait4 peak is its own.
    if not child_peaks:
        parent_kb = max(parent_kb, maxrss)
    return TreeMemory(seconds, parent_kb, child_kb, total_kb, len(child_peaks), maxrss)


class MachineLoad:
    """How busy the machine was with other work while the bench ran: busy CPU time from
    /proc/stat minus the CPU time of the bench and its children."""

    def __init__(self):
        self.busy0 = self._busy()
        self.own0 = self._own()
        self.wall0 = time.perf_counter()
        with open("/proc/loadavg", encoding="utf-8") as handle:
            self.loadavg0 = handle.read().split()[0]

    @staticmethod
    def _busy():
        with open("/proc/stat", encoding="utf-8") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
        idle = fields[3] + fields[4]  # idle + iowait
        return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _own():
        times = os.times()
        return times.user + times.system + times.children_user + times.children_system

    def others_share(self):
        """Fraction of the machine's CPU capacity other processes used since the start."""
        wall = time.perf_counter() - self.wall0
        others = (self._busy() - self.busy0) - (self._own() - self.own0)
        return max(0.0, others) / (wall * (os.cpu_count() or 1)) if wall else 0.0
