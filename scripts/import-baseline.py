#!/usr/bin/env python3
"""The yardstick for `pillars import`: Python's csv module reads FILE.csv and groups its values by
metric and week, refusing a repeated pair, as the import does before it writes anything.

Usage: scripts/import-baseline.py FILE.csv
"""
import csv
import sys


def main():
    values = {}
    with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = [name.strip().lower() for name in next(reader)]
        metric, week, value = header.index("metric"), header.index("week"), header.index("value")
        for row in reader:
            key = (row[metric].strip(), row[week].strip())
            if key in values:
                sys.exit(f"line {reader.line_num}: {key} again")
            values[key] = row[value].strip()
    print(f"{len(values)} values for {len({m for m, _ in values})} metrics")


if __name__ == "__main__":
    main()
