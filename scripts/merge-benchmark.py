#!/usr/bin/env python3
"""The merge and diff budgets (docs/performance.md), timed as whole processes.

Usage: scripts/merge-benchmark.py PILLARS WORK-FOLDER
  PILLARS      a release build of pillars
  WORK-FOLDER  scratch space; a large workspace is generated there

The merge driver on the largest journey of `pillars generate --size large` (budget 60 ms), beside
`git merge-file` on the same three files; `pillars diff` between two revisions of the large
workspace (budget 1 s). RUNS (default 15) sets how many times each runs; medians are printed.
"""
import json, os, shutil, statistics, subprocess, sys, time

pillars, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
runs = int(os.environ.get("RUNS", "15"))
env = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.com",
           GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.com", PILLARS_TODAY="2026-11-18")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
large = os.path.join(work, "large")
subprocess.run([pillars, "generate", large, "--size", "large"], check=True, env=env, capture_output=True)

def timed(command, cwd, before=None):
    times = []
    for _ in range(runs):
        if before: before()
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=env, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)

# Three versions of the largest journey: each side edits fields, adds, moves.
journeys = os.path.join(large, "journeys")
largest = max(os.listdir(journeys), key=lambda name: os.path.getsize(os.path.join(journeys, name)))
base = json.load(open(os.path.join(journeys, largest)))
ours, theirs = json.loads(json.dumps(base)), json.loads(json.dumps(base))
ours["stages"][0]["touchpoints"][0]["emotion"] = 2
ours["stages"][2]["touchpoints"].insert(1, {"id": "added-by-us", "name": "Added by us"})
theirs["stages"][5]["touchpoints"][3]["channel"] = "phone"
theirs["stages"][7]["touchpoints"].append(theirs["stages"][6]["touchpoints"].pop(0))
for name, value in [("base.json", base), ("ours.json", ours), ("theirs.json", theirs)]:
    with open(os.path.join(work, name), "w") as file:
        json.dump(value, file, indent=2, ensure_ascii=False)
reset = lambda: shutil.copy(os.path.join(work, "ours.json"), os.path.join(work, "merged.json"))
driver = timed([pillars, "merge-driver", os.path.join(work, "base.json"), os.path.join(work, "merged.json"),
                os.path.join(work, "theirs.json"), "journeys/" + largest], large, reset)
git = timed(["git", "merge-file", os.path.join(work, "merged.json"), os.path.join(work, "base.json"),
             os.path.join(work, "theirs.json")], work, reset)

# Two revisions of the large workspace: ten journeys and a hundred metrics' values changed.
repo = os.path.join(work, "repo")
shutil.copytree(large, os.path.join(repo, "strategy"))
run = lambda *command: subprocess.run(list(command), cwd=repo, env=env, check=True, capture_output=True)
run("git", "init", "-q", ".")
run("git", "add", "-A")
run("git", "commit", "-q", "-m", "base")
strategy = os.path.join(repo, "strategy")
for name in sorted(os.listdir(os.path.join(strategy, "journeys")))[:10]:
    path = os.path.join(strategy, "journeys", name)
    journey = json.load(open(path))
    journey["stages"][1]["touchpoints"][0]["emotion"] = -2
    journey["stages"][2]["touchpoints"].pop(0)
    json.dump(journey, open(path, "w"), indent=2)
for name in sorted(os.listdir(os.path.join(strategy, "history")))[:100]:
    path = os.path.join(strategy, "history", name)
    history = json.load(open(path))
    history["observations"][-1]["value"] += 1
    json.dump(history, open(path, "w"), indent=2)
run("git", "commit", "-q", "-am", "second")
diff = timed([pillars, "diff", "HEAD~1", "HEAD", "-w", "strategy"], repo)

size = os.path.getsize(os.path.join(journeys, largest)) // 1024
print("| Measure | Median | Budget | |")
print("|---|---:|---|---|")
print(f"| `pillars merge-driver` on {largest} ({size} KiB), whole process | {driver:.1f} ms | 60 ms | {'met' if driver <= 60 else 'MISSED'} |")
print(f"| `git merge-file` on the same three files (reference) | {git:.1f} ms | | |")
print(f"| `pillars diff` of two revisions (10 journeys, 100 histories changed) | {diff:.0f} ms | 1 s | {'met' if diff <= 1000 else 'MISSED'} |")
