#!/usr/bin/env python3
"""Turns `swift package benchmark --format markdown` output into short tables.

usage: summary-table.py BENCHMARK-OUTPUT.md

Prints, for every benchmark whose name ends in "10k items" and that also ran
at "100k items", the median CPU time and wall clock at each size and how
many times longer the 100,000-item run took: about 10× means linear in items
plus links. Then the medians of every other benchmark. Per-file parsing
benchmarks report time per file.
"""
import re
import sys

UNITS = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}


def medians(path):
    """{benchmark name: {"cpu": ms, "wall": ms}} from the p50 column."""
    found, name = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            name = line[4:].strip()
            found[name] = {}
            continue
        match = re.match(r"\|\s*Time \((total CPU|wall clock)\) \((\w+)\)\s*\*?\s*\|([^|]*)\|([^|]*)\|([^|]*)\|", line)
        if name and match:
            kind = "cpu" if match.group(1) == "total CPU" else "wall"
            found[name][kind] = float(match.group(5)) * UNITS[match.group(2)]
    return found


def milliseconds(value):
    if value == 0:
        return "< 10 ms"  # CPU time is counted in 10 ms ticks
    if value < 1:
        return f"{value * 1000:.0f} μs"
    return f"{value:,.0f} ms" if value >= 10 else f"{value:.2f} ms"


def ratio(large, small):
    return f"{large / small:.1f}" if small else "—"


def main(path):
    results = medians(path)
    pairs = {
        name: name[: -len(" 10k items")] + " 100k items"
        for name in results
        if name.endswith(" 10k items") and name[: -len(" 10k items")] + " 100k items" in results
    }
    if pairs:
        print_pairs(results, pairs)
    others = sorted(set(results) - set(pairs) - set(pairs.values()))
    if others:
        if pairs:
            print()
        print("| Benchmark | CPU | wall |")
        print("| --- | ---: | ---: |")
        for name in others:
            cpu, wall = results[name].get("cpu", 0), results[name].get("wall", 0)
            print(f"| {name} | {milliseconds(cpu)} | {milliseconds(wall)} |")


def print_pairs(results, pairs):
    print("| Benchmark | CPU 10k | CPU 100k | × | wall 10k | wall 100k | × |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in sorted(pairs):
        base = name[: -len(" 10k items")]
        small, large = results[name], results[pairs[name]]
        print(
            f"| {base} | {milliseconds(small['cpu'])} | {milliseconds(large['cpu'])} "
            f"| {ratio(large['cpu'], small['cpu'])} | {milliseconds(small['wall'])} "
            f"| {milliseconds(large['wall'])} | {ratio(large['wall'], small['wall'])} |"
        )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[2])
    main(sys.argv[1])
