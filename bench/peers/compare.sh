#!/usr/bin/env bash
# Times `skills-tui report training-needs --format csv` against the pandas script in one
# interleaved run (skills-tui, pandas, skills-tui, pandas, ...), each as a whole process
# writing its CSV to a file, with /usr/bin/time (Debian package `time`); prints every run,
# the medians of wall time and peak memory, and the ratio of the medians. Both judge
# staleness at the same pinned moment, and the two files are checked to be identical.
#
#   swift build -c release --product skills-tui
#   .build/release/skills-tui generate --staff 100000 --db /tmp/org-100k.sqlite
#   pip install -r bench/peers/requirements.txt
#   bench/peers/compare.sh /tmp/org-100k.sqlite 5
set -euo pipefail
database=${1:?usage: compare.sh DATABASE [ROUNDS]}
rounds=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
binary=${SKILLS_TUI:-$root/.build/release/skills-tui}
now=2026-11-24T09:30:00Z
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # NAME COMMAND...: one timed run, its CSV to $work/NAME.csv
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$name.csv"
  read -r seconds kilobytes < "$work/time"
  echo "$name $seconds $kilobytes" >> "$work/runs"
  printf '%-10s %8.2f s %8d MB\n' "$name" "$seconds" $((kilobytes / 1024))
}

for round in $(seq 0 "$rounds"); do
  [ "$round" = 0 ] && echo "warm-up (not counted)"
  SKILLS_TUI_NOW=$now run skills-tui "$binary" --db "$database" report training-needs --format csv
  run pandas python3 "$root/bench/peers/training_needs_pandas.py" "$database" --now "$now"
  [ "$round" = 0 ] && : > "$work/runs"
done
cmp -s "$work/skills-tui.csv" "$work/pandas.csv" || { echo "the two CSVs differ" >&2; exit 1; }
python3 - "$work/runs" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, seconds, kilobytes = line.split()
    runs.setdefault(name, []).append((float(seconds), int(kilobytes)))
medians = {name: (statistics.median(s for s, _ in values), statistics.median(k for _, k in values)) for name, values in runs.items()}
for name, (seconds, kilobytes) in medians.items():
    print(f"median {name:10} {seconds:6.2f} s {kilobytes / 1024:7.0f} MB  ({len(runs[name])} runs)")
print(f"pandas / skills-tui: {medians['pandas'][0] / medians['skills-tui'][0]:.1f}x the time, "
      f"{medians['pandas'][1] / medians['skills-tui'][1]:.1f}x the memory; the CSVs are identical")
PY
