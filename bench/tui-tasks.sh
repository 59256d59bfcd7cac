#!/usr/bin/env bash
# A team lead's and HR's task in the TUI, timed end to end under tmux from the keys sent to
# the screen that shows the task done (not a test: it prints figures). Lead: Helen Marsh
# opens the demo, validates three ratings in her queue and takes the last one back. HR:
# Priya Nair switches in, opens the whole organisation's training needs and exports them
# as CSV. Usage: BIN=.build/release/skills-tui bench/tui-tasks.sh

set -euo pipefail
BIN=${BIN:?}
export HOME=$(mktemp -d); OUT=$HOME/needs.csv
trap 'rm -rf "$HOME"' EXIT
S=task; T="tmux -L task"
now() { date +%s.%N; }
wait_for() { local pat=$1; for _ in $(seq 1 500); do $T capture-pane -t $S -p | grep -q -- "$pat" && return; sleep 0.02; done; echo "TIMEOUT waiting for $pat" >&2; $T capture-pane -t $S -p >&2; exit 1; }
keys=0; send() { $T send-keys -t $S "$@"; keys=$((keys + $#)); }
$T kill-server 2>/dev/null || true
start=$(now)
$T new-session -d -s $S -x 100 -y 30 "$BIN demo --reset"
wait_for "choose who to be"
# Lead: Helen Marsh validates three ratings and undoes the last.
send j Enter; wait_for "Validate ratings"
send j j j Enter; wait_for "To validate in team"
send a; wait_for "39 waiting"; send a; wait_for "38 waiting"; send a; wait_for "37 waiting"
send u; wait_for "Took back"
lead=$(awk "BEGIN { printf \"%.2f\", $(now) - $start }"); lead_keys=$keys
# HR: switch to Priya Nair, open training needs for the organisation, export CSV.
keys=0; t1=$(now)
send Escape; wait_for "skills-tui · Home"; send u; wait_for "choose who to be"
send j j Enter; wait_for "Training needs and the costed plan"
send j j j Enter; wait_for "Choose a team"
send Enter; wait_for "Training needs, whole organisation"
send e; wait_for "Excel"; send c; wait_for "\.csv"; send C-u "$OUT" Enter; wait_for "Exported"
hr=$(awk "BEGIN { printf \"%.2f\", $(now) - $t1 }"); hr_keys=$keys
$T kill-server
echo "lead task (validate 3, undo 1): ${lead}s, $lead_keys keys; hr task (org training needs to CSV): ${hr}s, $hr_keys keys; csv rows: $(($(wc -l < $OUT) - 1))"
