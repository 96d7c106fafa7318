"""jieba's word segmentation speed on a text file, in-process: papers separated by form feeds,
each segmented with `jieba.lcut` (default mode, HMM on) after a warm-up pass that loads the
dictionary. Prints JSON: bytes per pass, seconds per pass (mean of the timed passes), passes."""

import json
import logging
import sys
import time

import jieba


def main():
    path = sys.argv[1]
    min_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    with open(path, "rb") as handle:
        data = handle.read()
    papers = [part.decode("utf-8") for part in data.split(b"\f")]
    size = sum(len(part.encode("utf-8")) for part in papers)
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    tokens = 0
    for paper in papers:  # warm-up: dictionary loaded, HMM tables touched
        tokens += len(jieba.lcut(paper))
    passes, start = 0, time.perf_counter()
    while True:
        for paper in papers:
            jieba.lcut(paper)
        passes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            break
    print(json.dumps({"bytes": size, "seconds": elapsed / passes, "passes": passes,
                      "tokens": tokens}))


if __name__ == "__main__":
    main()
