#!/usr/bin/env python3
"""Times two `cairn` binaries on the same command, alternating run by run.

    Benchmarks/interleaved.py BASE NEW DIRECTORY RUNS [--prepare SHELL] [--new-directory DIRECTORY]
        -- ARGUMENTS...

On a shared machine whose speed drifts by tens of percent over minutes,
hyperfine's back-to-back batches compare moments as much as builds;
alternating single runs exposes both builds to the same drift. Prints the
median and the fastest run of each, in milliseconds. With --prepare, the
shell command runs in DIRECTORY before every timed run (untimed), as
hyperfine's --prepare does. With --new-directory, NEW runs in a copy of
the repository of its own: builds whose cache files have different formats
would otherwise overwrite each other's files on every run. Each binary runs
once untimed first, so caches it writes are warm.
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
    if len(options) % 2 or any(name not in ("--prepare", "--new-directory") for name in options[::2]):
        sys.exit(__doc__)
    named = dict(zip(options[::2], options[1::2]))
    prepare = named.get("--prepare")
    directories = {base: directory, new: named.get("--new-directory", directory)}
    times = {base: [], new: []}
    for binary in times:
        timed([binary] + arguments, directories[binary], prepare)
    for _ in range(runs):
        for binary in times:
            times[binary].append(timed([binary] + arguments, directories[binary], prepare))
    for label, binary in (("base", base), ("new", new)):
        print(f"{label}\tmedian {statistics.median(times[binary]):.0f} ms\tfastest {min(times[binary]):.0f} ms")


if __name__ == "__main__":
    main(sys.argv)
