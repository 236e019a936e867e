#!/usr/bin/env python3
"""The import trial's yardstick: reads a Zendesk-style export with the csv module and counts
tickets per theme and ISO week with collections.Counter, once per theme per ticket.

Usage: scripts/signals-baseline.py FILE
"""
import collections
import csv
import datetime
import sys


def main() -> int:
    counts = collections.Counter()
    with open(sys.argv[1], newline="", encoding="utf-8-sig") as source:
        rows = csv.reader(source)
        header = next(rows)
        tags, created = header.index("Tags"), header.index("Created at")
        for row in rows:
            year, week, _ = datetime.date.fromisoformat(row[created][:10]).isocalendar()
            for tag in set(row[tags].split()):
                counts[(tag, year, week)] += 1
    print(len(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
