#!/usr/bin/env bash
# Times `cairn check` against Doorstop's validation of the same items and
# prints a Markdown table for docs/performance.md.
#
#   Benchmarks/compare-doorstop.sh            # 1,000 and 10,000 items
#   SIZES="1000" RUNS=5 Benchmarks/compare-doorstop.sh
#
# For each size it generates a clean backlog with cairn-synthetic (seed 42,
# no planted problems, so that Doorstop validates every item instead of
# stopping at the first unknown link), converts it to a Doorstop tree with
# cairn-to-doorstop.py, checks that both tools accept their copy, then runs
# hyperfine on `cairn check` and `doorstop --no-reformat` (validation only,
# no files rewritten), each in a git repository of its own.
#
# Needs: swift, hyperfine, git, python3 (Doorstop is installed with pip into
# a virtual environment at $VENV, /tmp/doorstop-venv by default).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
sizes=${SIZES:-"1000 10000"}
work=${WORK:-/tmp/cairn-vs-doorstop}
venv=${VENV:-/tmp/doorstop-venv}

if [ ! -x "$venv/bin/doorstop" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet doorstop
fi
(cd "$root" && swift build -c release --product cairn >&2 && swift build -c release --product cairn-synthetic >&2)
cairn="$root/.build/release/cairn"
synthetic="$root/.build/release/cairn-synthetic"

git_init() { git init --quiet "$1"; }

mkdir -p "$work"
for size in $sizes; do
    rm -rf "${work:?}/$size"
    git_init "$work/$size/cairn"
    git_init "$work/$size/doorstop"
    "$synthetic" "$size" "$work/$size/cairn" 42 0
    "$venv/bin/python" "$here/cairn-to-doorstop.py" "$work/$size/cairn/backlog" "$work/$size/doorstop/reqs"
    (cd "$work/$size/cairn" && "$cairn" check >/dev/null) || { echo "cairn check rejects the $size-item backlog" >&2; exit 1; }
    (cd "$work/$size/doorstop" && "$venv/bin/doorstop" --no-reformat >/dev/null 2>&1) \
        || { echo "doorstop rejects the $size-item tree" >&2; exit 1; }
    runs=${RUNS:-$([ "$size" -ge 10000 ] && echo 3 || echo 10)}
    hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$work/$size.json" \
        --command-name "cairn check" "cd $work/$size/cairn && $cairn check" \
        --command-name "doorstop" "cd $work/$size/doorstop && $venv/bin/doorstop --no-reformat" >&2
done

"$venv/bin/python" - "$root" "$work" $sizes <<'PYTHON'
import json, subprocess, sys

root, work, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
def cell(result):
    return f"{result['mean']:.3f} s ± {result['stddev'] or 0:.3f}"
def cpu_of(result):
    return result["user"] + result["system"]
def cpu(result):
    return f"{cpu_of(result):.3f} s"
commit = subprocess.run(
    ["git", "describe", "--always", "--dirty"], cwd=root, capture_output=True, text=True).stdout.strip()
version = subprocess.run([sys.executable, "-m", "pip", "show", "doorstop"], capture_output=True, text=True).stdout
doorstop = next((line.split(": ")[1] for line in version.splitlines() if line.startswith("Version")), "?")
print(f"Cairn {commit} (release) against Doorstop {doorstop}, same generated items, hyperfine mean ± σ:\n")
print("| Items | `cairn check` wall | `cairn check` CPU | `doorstop` wall | `doorstop` CPU | Doorstop ÷ Cairn, wall | CPU |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    results = {r["command"]: r for r in json.load(open(f"{work}/{size}.json"))["results"]}
    cairn, door = results["cairn check"], results["doorstop"]
    print(f"| {int(size):,} | {cell(cairn)} | {cpu(cairn)} | {cell(door)} | {cpu(door)} | {door['mean'] / cairn['mean']:.1f}× | {cpu_of(door) / cpu_of(cairn):.1f}× |")
PYTHON
