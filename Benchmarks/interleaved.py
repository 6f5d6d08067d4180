#!/usr/bin/env python3
"""Times two `cairn` binaries on the same command, alternating run by run.

    Benchmarks/interleaved.py BASE NEW DIRECTORY RUNS [--prepare SHELL] -- ARGUMENTS...

On a shared machine whose speed drifts by tens of percent over minutes,
hyperfine's back-to-back batches compare moments as much as builds;
alternating single runs exposes both builds to the same drift. Prints the
median and the fastest run of each, in milliseconds. With --prepare, the
shell command runs in DIRECTORY before every timed run (untimed), as
hyperfine's --prepare does. Each binary runs once untimed first, so caches
it writes are warm.
"""

import statistics
import subprocess
import sys
import time


def timed(command, directory, prepare):
    if prepare:
        subprocess.run(prepare, shell=True, cwd=directory, check=True)
    start = time.perf_counter()
    subprocess.run(command, cwd=directory, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main(argv):
    if "--" not in argv or argv.index("--") < 5:
        sys.exit(__doc__)
    split = argv.index("--")
    base, new, directory, runs = argv[1], argv[2], argv[3], int(argv[4])
    options, arguments = argv[5:split], argv[split + 1 :]
    prepare = options[1] if options[:1] == ["--prepare"] and len(options) == 2 else None
    times = {base: [], new: []}
    for binary in times:
        timed([binary] + arguments, directory, prepare)
    for _ in range(runs):
        for binary in times:
            times[binary].append(timed([binary] + arguments, directory, prepare))
    for label, binary in (("base", base), ("new", new)):
        print(f"{label}\tmedian {statistics.median(times[binary]):.0f} ms\tfastest {min(times[binary]):.0f} ms")


if __name__ == "__main__":
    main(sys.argv)
