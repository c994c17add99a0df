"""Times `mubiao.targets` over a corpus of N documents, rows included, against another
command over the same files, one run each, one after the other.

usage: python bench.py [--docs N] [--baseline SCRIPT] SOURCE...

SOURCE: UTF-8 .txt files or folders (searched recursively), copied round-robin into a
temporary folder until it holds N documents (default 1000). SCRIPT (for instance the
regex baseline of the project's shared tools) is run as `python SCRIPT FILE...` with its
output thrown away. Both are timed as whole processes (start-up, import and exit
included); for mubiao the call alone is timed too."""

import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time


def sources(args):
    for s in map(pathlib.Path, args):
        yield from sorted(s.rglob("*.txt")) if s.is_dir() else [s]


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--baseline")
    ap.add_argument("source", nargs="+")
    a = ap.parse_args()
    files = list(sources(a.source))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(a.docs):
            src = files[i % len(files)]
            paths.append(os.path.join(tmp, f"{i:05}_{src.name}"))
            shutil.copyfile(src, paths[-1])
        size = sum(os.path.getsize(p) for p in paths)
        print(f"{a.docs} documents, {size / 1e6:.1f} MB, from {len(files)} files")
        script = (
            "import sys, time, mubiao; t = time.perf_counter(); rows = mubiao.targets(sys.argv[1:]); "
            "print(len(rows), time.perf_counter() - t)"
        )
        subprocess.run([sys.executable, "-c", script, *paths], check=True, capture_output=True)  # warm the cache
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", script, *paths], check=True, capture_output=True, text=True)
        t = time.perf_counter() - start
        rows, call = out.stdout.split()
        print(f"mubiao.targets: {t:.3f} s as a process, {float(call):.3f} s in the call ({rows} rows)")
        if a.baseline:
            b = timed([sys.executable, a.baseline, *paths])
            print(f"{os.path.basename(a.baseline)}: {b:.3f} s; mubiao is {b / t:.2f}x as fast")


if __name__ == "__main__":
    main()
