#!/bin/sh
# Measures the performance budgets (docs/performance.md) on the example and on a generated large
# workspace, with release builds, and prints the report as Markdown.
#
# Usage: scripts/benchmark.sh [OUTPUT-FOLDER]   (default: a temporary folder, removed afterwards)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-}
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
export PILLARS_TODAY=2026-11-18

swift build -c release --package-path "$root" --product pillars >&2
# SwiftPM keeps the source list of a path dependency from an earlier build; forget it, so files
# added to Sources since are compiled too.
rm -f "$root/Benchmarks/.build/release/description.json" "$root/Benchmarks/.build/release.yaml"
swift build -c release --package-path "$root/Benchmarks" >&2
pillars=$(swift build -c release --package-path "$root" --show-bin-path)/pillars
bench=$(swift build -c release --package-path "$root/Benchmarks" --show-bin-path)/pillars-benchmarks

rm -rf "$work/example" "$work/large"
"$pillars" init --example "$work/example" >&2
"$pillars" generate "$work/large" --size large >&2

echo "# Benchmark run on $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m)"
echo
"$bench" "$work/example" "$work/large"
echo "## Peak memory (load, check, first frame, export; one process per workspace)"
echo
echo "| Workspace | Size on disk | Peak memory | Budget (4 x size + 30 MiB) | |"
echo "|---|---:|---:|---:|---|"
"$bench" --memory "$work/example"
"$bench" --memory "$work/large"
echo
echo "## Whole commands (wall clock, one run each)"
echo
for command in "check" "export --out $work/export-out"; do
  start=$(date +%s%N)
  "$pillars" $command -w "$work/large" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "- \`pillars $command\` on the large workspace: $(( (end - start) / 1000000 )) ms"
done
echo
echo "## Import (whole process, against Python's csv module)"
echo
"$root/scripts/import-benchmark.sh" "$pillars" "$work/large" "$work/import"
