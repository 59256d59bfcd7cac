#!/usr/bin/env bash
# A rating made with one key says what it recorded and u takes it back; the export asks
# before replacing a file; the demo keeps its database between runs (--reset starts
# afresh); at 80x24 no line of a self-assessment is cut.
source "$(dirname "$0")/lib.bash"

events() { "$BIN" export ratings | wc -l; }
before=$(events)

# Undo in the validation queue.
start 100 30 "$BIN" --as hmarsh
wait_for "Validate ratings ("
keys Down Down Down Enter
wait_for "To validate in team project-support-office: 40 waiting"
keys a
wait_for "Saved your rating of"
wait_for "39 waiting"
[ "$(events)" = "$((before + 1))" ] || fail "accepting did not record one rating"
keys u
wait_for "Took back your lead rating of"
wait_for "40 waiting"
[ "$(events)" = "$before" ] || fail "undo left the rating in the export"
keys q q
wait_exit >/dev/null

# Export: asks before replacing an existing file.
out="$WORK/needs.csv"
echo "old" > "$out"
start 100 30 "$BIN" --as pnair
wait_for "Training needs"
keys Down Down Down Enter
wait_for "Training needs for which team?"
keys Enter
wait_for "Training needs, whole organisation"
keys e c C-u
keys -l "$out"
keys Enter
wait_for "needs.csv exists. Replace it? y/n"
keys n
wait_for "Save CSV to"
[ "$(cat "$out")" = "old" ] || fail "n replaced the file"
keys Enter
wait_for "exists. Replace it? y/n"
keys y
wait_for "Exported 72 training needs to $out"
head -1 "$out" | grep -q "^competency_id," || fail "the export did not replace the file"
keys q q q
wait_exit >/dev/null

# The self-assessment at 80x24: for every one of a project manager's competencies, at
# every level, no line ends cut (…); every indicator is read by moving the cursor.
start 80 24 "$BIN" --as dmensah
wait_for "Self-assessment"
keys Enter
wait_for "Your role needs level"
steps=$(screen | sed -n 's/.* [0-9]* of \([0-9]*\) · .*/\1/p' | head -1)
[ -n "$steps" ] || fail "no step count"
for step in $(seq 1 "$steps"); do
  for level in 0 1 2 3 4; do
    screen | sed -n '4,22p' | grep -q '…$' && fail "a line is cut at step $step, level $level"
    keys Down
    sleep 0.05
  done
  keys s
  sleep 0.1
done
keys q q
wait_exit >/dev/null

# The demo resumes; --reset starts afresh.
start 100 30 "$BIN" demo
wait_for "choose who to be"
keys Enter
wait_for "Self-assessment (11 of 12 answered)"
keys Enter
wait_for "Your role needs level"
keys 2
wait_for "Saved"
keys q q
wait_exit >/dev/null
start 100 30 "$BIN" demo
wait_for "choose who to be"
keys Enter
wait_for "Continue self-assessment at 2 of 12"
keys q
wait_exit >/dev/null
start 100 30 "$BIN" demo --reset
wait_for "choose who to be"
keys Enter
wait_for "Self-assessment (11 of 12 answered)"
keys q
wait_exit >/dev/null
echo "ok: undo, export replace prompt, 80x24 self-assessment uncut, demo resume and --reset"
