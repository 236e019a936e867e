#!/bin/sh
# The signals import trial (docs/performance.md): `pillars signals import` of a generated
# Zendesk-style export against Python's csv module counting the same file with a Counter
# (scripts/signals-baseline.py), each timed as a whole process with its peak memory.
#
# Usage: scripts/signals-benchmark.sh PILLARS WORK-FOLDER [TICKETS ...]
#   PILLARS  a release build of pillars;  TICKETS default: 200000 1000000
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
pillars=$1 work=$2
shift 2
[ $# -gt 0 ] || set -- 200000 1000000
python=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$work"
timed() {
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  cat "$work/time.txt"
}
echo "| Tickets | File | \`pillars signals import\` | Peak memory | Python csv + Counter | Python's peak | Ratio |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for tickets in "$@"; do
  file="$work/tickets-$tickets.csv"
  "$python" "$root/scripts/signals-export.py" "$tickets" "$file"
  rm -rf "$work/ws"
  "$pillars" init "$work/ws" --name Trial >/dev/null
  # 200 themes whose ids are the export's tags, so every tag counts without a mapping.
  "$python" - "$work/ws" <<'PY'
import json, os, sys
os.makedirs(os.path.join(sys.argv[1], "signals"), exist_ok=True)
for n in range(1, 201):
    with open(os.path.join(sys.argv[1], "signals", f"theme-{n}.json"), "w") as out:
        json.dump({"schemaVersion": 2, "id": f"theme-{n}", "name": f"Theme {n}", "weeks": []}, out)
PY
  set -- $(timed "$pillars" signals import "$file" -w "$work/ws")
  ours=$1 ourkb=$2
  set -- $(timed "$python" "$root/scripts/signals-baseline.py" "$file")
  theirs=$1 theirkb=$2
  size=$(du -m "$file" | cut -f1)
  ratio=$(awk "BEGIN { printf \"%.2f\", $ours / $theirs }")
  echo "| $tickets | $size MB | $ours s | $((ourkb / 1024)) MB | $theirs s | $((theirkb / 1024)) MB | $ratio |"
done
