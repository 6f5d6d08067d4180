#!/usr/bin/env bash
# Measures the release `cairn` binary against every speed target of issue 6
# and prints a Markdown table for docs/performance.md.
#
#   Benchmarks/measure-targets.sh                 # 10,000 and 100,000 items
#   SKIP_100K=1 Benchmarks/measure-targets.sh     # 10,000 items only
#
# Generates clean backlogs with cairn-synthetic (seed 42, no planted
# problems) into git repositories under $WORK (/tmp/cairn-targets),
# committed and packed, then
# times each command with hyperfine (mean ± σ of RUNS runs after one
# warm-up run, so the file cache is warm) and peak memory with
# /usr/bin/time. When `cairn check` has a `--no-cache` flag, "without the
# cache" runs pass it and "with the cache" runs rely on the warm-up run to
# fill the cache; without the flag there is no cache and those rows say so.
#
# A check of files and a configuration checked before reports the stored
# result (.git/cairn/check-results). Rows marked "changed" edit one story
# before every run (and stage it, for --staged), so that each run misses the
# stored results. Each is checked from the baseline of the last full check
# (.git/cairn/check-baseline): an edit of its body or title parses that one
# file; an edit of its status also checks again the items linked to it; an
# edit of its links (a dependency added, or removed again) also checks the
# items it names.
#
# Needs: swift, hyperfine, git, python3, /usr/bin/time.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${WORK:-/tmp/cairn-targets}
runs=${RUNS:-10}

# --static-swift-stdlib, as the README's install command builds: a binary
# that links the Swift runtime statically starts ~8 ms sooner.
(cd "$root" && swift build -c release --static-swift-stdlib --product cairn >&2 &&
    swift build -c release --static-swift-stdlib --product cairn-synthetic >&2)
cairn="$root/.build/release/cairn"
synthetic="$root/.build/release/cairn-synthetic"
# No automatic gc: after a commit of 10,000 files git starts one in the
# background, whose pack-objects took most of a core while the first rows
# were timed (a check without the cache 400 ms instead of 240 ms).
git=(git -c user.name=Targets -c user.email=targets@cairn.invalid -c gc.auto=0)
export GIT_CONFIG_GLOBAL=/dev/null
rows="$work/rows.tsv"

# repository SIZE [commit]: a clean generated backlog in $work/SIZE.
repository() {
    local directory="$work/$1"
    rm -rf "$directory"
    "${git[@]}" init --quiet "$directory"
    "$synthetic" "$1" "$directory" 42 0
    if [ "${2:-}" = commit ]; then
        "${git[@]}" -C "$directory" add --all
        "${git[@]}" -C "$directory" commit --quiet --message "$1 generated items"
        # Packed, as a repository that has lived a while is, and done before any timing.
        "${git[@]}" -C "$directory" gc --quiet
    fi
}

# time_row TARGET LIMIT-SECONDS DIRECTORY COMMAND [PREPARE]: one hyperfine row.
time_row() {
    local json="$work/row.json"
    local prepare=()
    [ -n "${5:-}" ] && prepare=(--prepare "$5")
    (cd "$3" && hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$json" "${prepare[@]}" "$4" >&2)
    python3 - "$json" "$1" "$2" "$4" >>"$rows" <<'PYTHON'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
target, limit, command = sys.argv[2], float(sys.argv[3]), sys.argv[4]
mean, stddev = result["mean"], result["stddev"] or 0
met = "yes" if mean <= limit else "no"
print(f"{target}\t≤ {limit * 1000:g} ms\t{mean * 1000:.0f} ms ± {stddev * 1000:.0f}\t{met}\t`{command}`")
PYTHON
}

# memory_row TARGET LIMIT-MB DIRECTORY COMMAND: peak resident memory of one run.
memory_row() {
    local kilobytes
    kilobytes=$(cd "$3" && /usr/bin/time -f %M $4 2>&1 >/dev/null | tail -1)
    local megabytes=$((kilobytes / 1024))
    local met=no
    [ "$megabytes" -le "$2" ] && met=yes
    printf '%s\t≤ %s MB\t%s MB\t%s\t`%s`\n' "$1" "$2" "$megabytes" "$met" "$4" >>"$rows"
}

# missing_row TARGET LIMIT: a target this build cannot be measured against.
missing_row() {
    printf '%s\t%s\tn/a\tn/a\tthis build has no parse cache (`cairn check --no-cache` is unknown)\n' "$1" "$2" >>"$rows"
}

mkdir -p "$work"
: >"$rows"
has_cache=no
"$cairn" check --help | grep -q -- --no-cache && has_cache=yes
uncached="$cairn check"
[ "$has_cache" = yes ] && uncached="$cairn check --no-cache"

sizes="10000"
[ -z "${SKIP_100K:-}" ] && sizes="10000 100000"
for size in $sizes; do repository "$size" commit; done

# edit_command DIRECTORY [stage|title|status|link]: a command that appends
# a unique line to one story's body (and stages it), gives it a unique
# title, or also moves its status to in-review (from in-review to done) or
# adds a dependency on US-3 to its dependency on US-1 (or removes it
# again), so the next check has not seen these files.
edit_command() {
    local story
    story=$(cd "$1/backlog/stories" && echo US-2-*.md)
    local edit="echo \"Edited \$(date +%s%N).\" >> backlog/stories/$story"
    local title="s/^title: .*/title: Edited \$(date +%s%N)/"
    local status="s/^status: in-review$/status: WAS-IN-REVIEW/; s/^status: [a-z-]*$/status: in-review/; s/^status: WAS-IN-REVIEW$/status: done/"
    [ "${2:-}" = title ] && edit="sed -i \"$title\" backlog/stories/$story"
    local link="s/^depends_on: \\[US-1\\]$/depends_on: [US-1, WAS-ADDED]/; s/^depends_on: \\[US-1, US-3\\]$/depends_on: [US-1]/; s/WAS-ADDED/US-3/"
    [ "${2:-}" = status ] && edit="sed -i \"$status; $title\" backlog/stories/$story"
    # The generated story depends on US-1; the check fails the run if it no longer does.
    [ "${2:-}" = link ] && edit="grep -qE '^depends_on: \\[US-1(, US-3)?\\]$' backlog/stories/$story && sed -i \"$link; $title\" backlog/stories/$story"
    [ "${2:-}" = stage ] && edit="$edit && git add backlog/stories/$story"
    echo "$edit"
}

for size in $sizes; do
    label="$((size / 1000))k"
    limit=$([ "$size" = 10000 ] && echo 0.3 || echo 3)
    time_row "check $label items, without the cache" "$limit" "$work/$size" "$uncached"
done
for size in $sizes; do
    label="$((size / 1000))k"
    limit=$([ "$size" = 10000 ] && echo 0.06 || echo 0.6)
    if [ "$has_cache" = yes ]; then
        time_row "check $label items, with the cache" "$limit" "$work/$size" "$cairn check"
        time_row "check $label items, with the cache, one file's body changed" "$limit" "$work/$size" \
            "$cairn check" "$(edit_command "$work/$size")"
        time_row "check $label items, with the cache, one file's title changed" "$limit" "$work/$size" \
            "$cairn check" "$(edit_command "$work/$size" title)"
        time_row "check $label items, with the cache, one file's status changed" "$limit" "$work/$size" \
            "$cairn check" "$(edit_command "$work/$size" status)"
        time_row "check $label items, with the cache, one file's links changed" "$limit" "$work/$size" \
            "$cairn check" "$(edit_command "$work/$size" link)"
    else
        missing_row "check $label items, with the cache" "≤ $(python3 -c "print(f'{$limit * 1000:g}')") ms"
    fi
done
if [ -z "${SKIP_100K:-}" ]; then
    (cd "$work/100000" && "$cairn" check >/dev/null 2>&1) || true
    memory_row "peak memory, check 100k items" 250 "$work/100000" "$cairn check"
    (cd "$work/100000" && eval "$(edit_command "$work/100000")")
    memory_row "peak memory, check 100k items, one file's body changed" 250 "$work/100000" "$cairn check"
    (cd "$work/100000" && eval "$(edit_command "$work/100000" title)")
    memory_row "peak memory, check 100k items, one file's title changed" 250 "$work/100000" "$cairn check"
    (cd "$work/100000" && eval "$(edit_command "$work/100000" status)")
    memory_row "peak memory, check 100k items, one file's status changed" 250 "$work/100000" "$cairn check"
    (cd "$work/100000" && eval "$(edit_command "$work/100000" link)")
    memory_row "peak memory, check 100k items, one file's links changed" 250 "$work/100000" "$cairn check"
    memory_row "peak memory, check 100k items, without the cache" 250 "$work/100000" "$uncached"
fi

time_row "check --staged 10k items, one staged change" 0.05 "$work/10000" "$cairn check --staged" \
    "$(edit_command "$work/10000" stage)"
time_row "check --staged 10k items, the same staged change again" 0.05 "$work/10000" "$cairn check --staged"

time_row "ready 10k items" 0.15 "$work/10000" "$cairn ready"

head=$("${git[@]}" -C "$work/10000" rev-parse HEAD)
for branch in $(seq 1 500); do
    content=$(printf -- '---\nid: US-%s\ntitle: Branch work %s\nstatus: draft\n---\n' $((100000 + branch)) "$branch")
    printf 'commit refs/heads/feature-%s\ncommitter Targets <targets@cairn.invalid> 1700000000 +0000\ndata 12\nbranch work\nfrom %s\nM 100644 inline backlog/stories/US-%s-branch-work.md\ndata %s\n%s\n\n' \
        "$branch" "$head" $((100000 + branch)) $((${#content} + 1)) "$content"
done | "${git[@]}" -C "$work/10000" fast-import --quiet
time_row "new in 10k items with 500 branches" 0.2 "$work/10000" \
    "$cairn new story 'Measured story' --parent EP-1" "git clean -fdq backlog/stories"

echo "Cairn $(git -C "$root" describe --always --dirty) (release), $(nproc) cores, $(date -u +%Y-%m-%d); hyperfine mean ± σ of $runs runs after one warm-up run:"
echo
echo "| Target (issue 6) | Limit | Measured | Met | Command |"
echo "| --- | ---: | ---: | :---: | --- |"
sed 's/\t/ | /g; s/^/| /; s/$/ |/' "$rows"
