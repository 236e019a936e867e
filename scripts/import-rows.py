#!/usr/bin/env python3
"""Writes a CSV file for `pillars import`: ROWS weekly values for the metrics of a workspace.

Usage: scripts/import-rows.py WORKSPACE ROWS OUT.csv

The rows go week by week through every metric of WORKSPACE/scorecard.json, from 1980-W01 on,
so a large workspace's weeks since 2021 are replaced and the older ones are new. One row in 50
has a note, some quoted with a comma or a line break inside; % metrics get a % sign on every
other row; values stay within a metric's scale. The same workspace and ROWS give the same bytes.
"""
import csv
import datetime
import json
import random
import sys


def main():
    workspace, rows, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(f"{workspace}/scorecard.json", encoding="utf-8") as f:
        metrics = [(m["id"], m.get("unit", ""), m.get("scale")) for m in json.load(f)["metrics"]]
    rng = random.Random(13)
    monday = datetime.date(1979, 12, 31)  # the Monday of 1980-W01
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["metric", "week", "value", "note"])
        written = 0
        while written < rows:
            year, week, _ = monday.isocalendar()
            label = f"{year:04d}-W{week:02d}"
            for metric, unit, scale in metrics:
                if written == rows:
                    break
                # Within the metric's scale where it has one, as import refuses values outside it.
                low, high = (scale["lowest"], scale["highest"]) if scale else (0, 100)
                value = f"{rng.uniform(low, high):.1f}"
                if unit == "%" and written % 2:
                    value += "%"
                note = ""
                if written % 50 == 0:
                    note = rng.choice(["after the queue fix", "holiday week, fewer calls", "new pricing\nlive on Monday"])
                writer.writerow([metric, label, value, note])
                written += 1
            monday += datetime.timedelta(days=7)


if __name__ == "__main__":
    main()
