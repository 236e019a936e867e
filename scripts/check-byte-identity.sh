#!/bin/sh
# Compares what two builds of pillars write, for a change that must not change any file: the
# example, a small and a large generated workspace, their exports and their check reports must
# be byte-identical. (Loading and saving them again is covered by ByteIdentityTests.)
#
# Usage: scripts/check-byte-identity.sh BEFORE-PILLARS AFTER-PILLARS
set -eu
if [ $# -ne 2 ]; then
  echo "usage: $0 BEFORE-PILLARS AFTER-PILLARS" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for side in before after; do
  if [ "$side" = before ]; then pillars=$1; else pillars=$2; fi
  folder="$work/$side"
  mkdir -p "$folder"
  "$pillars" init "$folder/example" --example >/dev/null
  "$pillars" generate "$folder/small" --size small >/dev/null
  "$pillars" generate "$folder/large" --size large >/dev/null
  for workspace in example small large; do
    "$pillars" export -w "$folder/$workspace" --out "$folder/export-$workspace" >/dev/null
    "$pillars" check -w "$folder/$workspace" >"$folder/check-$workspace.txt" 2>&1 || true
  done
done
diff -r "$work/before" "$work/after"
echo "byte-identical: the example, a small and a large workspace, their exports and checks"
