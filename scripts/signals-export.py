#!/usr/bin/env python3
"""Writes a Zendesk-style ticket export of N tickets for the signals import trial.

Usage: scripts/signals-export.py TICKETS FILE [THEMES]

Tickets spread over 261 weeks ending last week, tagged with one to three of THEMES tags
(default 200, `theme-1` ... `theme-200`, which a workspace's themes of those ids count directly),
with a subject holding commas and a line break, and a requester's name and address, as real
exports have. Seeded, so every run writes the same file.
"""
import csv
import datetime
import random
import sys


def main() -> int:
    tickets, path = int(sys.argv[1]), sys.argv[2]
    themes = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    rng = random.Random(14)
    start = datetime.date.today() - datetime.timedelta(weeks=261)
    channels = ["Email", "Web Widget", "Chat", "Phone call", "API"]
    # A few themes drive most contacts, as they do in real helpdesks.
    weights = [1.0 / (rank + 1) for rank in range(themes)]
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Id", "Subject", "Tags", "Requester", "Requester email", "Created at", "Via", "Group"])
        for number in range(tickets):
            tags = {f"theme-{t + 1}" for t in rng.choices(range(themes), weights, k=rng.randint(1, 3))}
            day = start + datetime.timedelta(days=rng.randrange(261 * 7))
            writer.writerow([
                100000 + number, f"Order {number}, still waiting\nplease help", " ".join(sorted(tags)),
                f"Customer {number}", f"customer{number}@example.com", f"{day} 09:{number % 60:02d}:00",
                channels[number % len(channels)], "Support",
            ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
