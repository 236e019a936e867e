#!/bin/sh
# The import budget (docs/performance.md): `pillars import` of a generated file, timed as a whole
# process, against Python's csv module reading and grouping the same file by metric and week
# (scripts/import-baseline.py). Prints a Markdown table.
#
# Usage: scripts/import-benchmark.sh PILLARS LARGE-WORKSPACE WORK-FOLDER [ROWS ...]
#   PILLARS          a release build of pillars
#   LARGE-WORKSPACE  made by `pillars generate DIR --size large`; it is copied, never changed
#   ROWS             row counts to try (default: 10000 80000 1000000)
# RUNS (default 5) sets how many times each command runs; the medians are printed.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
pillars=$1 large=$2 work=$3
shift 3
[ $# -gt 0 ] || set -- 10000 80000 1000000
runs=${RUNS:-5}
# The interpreter itself, not a version manager's wrapper script, so start-up is Python's own.
python=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$work"

# Prints the wall-clock seconds, the peak resident KiB and the CPU seconds (user and system) of one
# run of the command, or fails.
timed() {
  /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2
    return 1
  }
  cat "$work/time.txt"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "| Rows | File | \`pillars import\` | Python csv, grouped | Ratio | Budget | CPU, pillars / Python | Peak memory | Refused at the last row |"
echo "|---:|---:|---:|---:|---:|---|---:|---:|---:|"
for rows in "$@"; do
  file="$work/rows-$rows.csv"
  "$python" "$root/scripts/import-rows.py" "$large" "$rows" "$file"
  # The same rows and one for an unknown metric: the import reads, loads and checks everything,
  # then refuses, so this is the time before merging and writing.
  cp "$file" "$work/refused.csv"
  echo "no-such-metric,2026-W47,1," >>"$work/refused.csv"
  : >"$work/pillars.txt"
  : >"$work/python.txt"
  : >"$work/refused.txt"
  run=0
  while [ "$run" -lt "$runs" ]; do
    # Each import starts from the large workspace as generated; the copy is not timed.
    rm -rf "$work/workspace"
    cp -R "$large" "$work/workspace"
    /usr/bin/time -f '%e' -o "$work/time.txt" "$pillars" import "$work/refused.csv" -w "$work/workspace" >/dev/null 2>&1 || true
    tail -n 1 "$work/time.txt" >>"$work/refused.txt"
    timed "$pillars" import "$file" -w "$work/workspace" >>"$work/pillars.txt"
    timed "$python" "$root/scripts/import-baseline.py" "$file" >>"$work/python.txt"
    run=$((run + 1))
  done
  ours=$(cut -d' ' -f1 "$work/pillars.txt" | median)
  theirs=$(cut -d' ' -f1 "$work/python.txt" | median)
  memory=$(cut -d' ' -f2 "$work/pillars.txt" | sort -n | tail -1)
  ours_cpu=$(awk '{ print $3 + $4 }' "$work/pillars.txt" | median)
  theirs_cpu=$(awk '{ print $3 + $4 }' "$work/python.txt" | median)
  refused=$(median <"$work/refused.txt")
  awk -v rows="$rows" -v size="$(wc -c <"$file")" -v a="$ours" -v b="$theirs" -v kib="$memory" \
    -v ac="$ours_cpu" -v bc="$theirs_cpu" -v r="$refused" 'BEGIN {
    ratio = a / b
    printf "| %d | %.1f MiB | %.2f s | %.2f s | %.2f | %s | %.2f s / %.2f s | %d MiB | %.2f s |\n", rows, size / 1048576,
      a, b, ratio, (ratio <= 2 ? "met (≤ 2 × Python)" : "missed (≤ 2 × Python)"), ac, bc, kib / 1024, r
  }'
done
echo
echo "Medians of $runs runs each, taken in turn; peak memory is the largest of the runs of \`pillars import\`."
echo "The last column imports the same file with one more row, for an unknown metric: reading,"
echo "loading and checking everything, then refusing; the rest of an import is merging and writing."
