#!/usr/bin/env bash
# A load on a large generated organisation runs off the input loop: "Loading…" shows, a
# key typed meanwhile does not act (it was meant for a screen not yet shown), Esc stops
# the load, Ctrl-C quits. SKILLS_TUI_TEST_LOAD_DELAY_MS (debug builds only) makes every
# load take at least that long, so the keys certainly arrive while it runs.
source "$(dirname "$0")/lib.bash"

BIG="$WORK/big.sqlite"
"$BIN" generate --staff 2000 --db "$BIG" >/dev/null || fail "generate failed"
lead=$(sqlite3 "$BIG" "select p.login from teams t join team_leads tl on tl.team_no = t.no join people p on p.no = tl.person_no where t.parent_no is null limit 1")
[ -n "$lead" ] || fail "no top lead"
events() { "$BIN" --db "$BIG" export ratings | wc -l; }
before=$(events)

start 100 30 env SKILLS_TUI_TEST_LOAD_DELAY_MS=1500 "$BIN" --db "$BIG" --as "$lead"
wait_for "Validate ratings ("
# Home's count comes after the first frame.
wait_for "waiting"
keys Down Down Down
keys Enter
wait_for "Loading the teams"
wait_for "Esc stops it"
wait_for "Validate ratings in which team?" 20
keys Enter
wait_for "Loading the validation queue"
# Typed during the load: a would accept a rating, 3 would give one. Neither may act.
keys a 3 Down
wait_for "To validate in your teams" 20
sleep 0.5
screen | grep -q "Saved your rating" && fail "a key typed during the load recorded a rating"
[ "$(events)" = "$before" ] || fail "a key typed during the load changed the ratings"
screen | grep -q "▸ " || fail "no selection shown"
# Esc stops a load and leaves the screen as it was.
keys Escape
wait_for "Validate ratings in which team?"
keys Enter
wait_for "Loading the validation queue"
keys Escape
wait_for "Stopped: nothing was changed."
screen | grep -q "Validate ratings in which team?" || fail "Esc did not leave the team picker in place"
# Ctrl-C quits during a load.
keys Enter
wait_for "Loading the validation queue"
keys C-c
status=$(wait_exit)
[ "$status" = "0" ] || fail "Ctrl-C during a load: exit status $status"
assert_terminal_restored
[ "$(events)" = "$before" ] || fail "the ratings changed"

# A slow screen opens in the frame after the key: its title and "Loading…" first, its
# data after (the order of the frames, not their timing: the delay holds the load).
start 100 30 env SKILLS_TUI_TEST_LOAD_DELAY_MS=1500 "$BIN" --db "$BIG"
wait_for "Training needs and the costed plan"
target=$(screen | grep -n "Training needs and the costed plan" | head -1 | cut -d: -f1)
cursor=$(screen | grep -n "▸" | head -1 | cut -d: -f1)
for _ in $(seq $((target - cursor))); do keys Down; done
keys Enter
wait_for "Training needs for which team?" 20
keys Enter
wait_for "Loading the organisation's training needs…"
screen | head -1 | grep -q "Training needs" || fail "the loading frame is not the training-needs screen"
screen | grep -q "Training needs for which team?" && fail "the team picker is still shown during the load"
screen | grep -q "Training needs, whole organisation" && fail "the data came before the loading frame"
wait_for "Training needs, whole organisation" 30
wait_gone "Loading the organisation's training needs…"
keys q
wait_for "Training needs for which team?"
# Esc during that load goes back to the picker.
keys Enter
wait_for "Loading the organisation's training needs…"
keys Escape
wait_for "Stopped: nothing was changed."
screen | grep -q "Training needs for which team?" || fail "Esc did not go back to the team picker"
keys C-c
wait_exit >/dev/null
assert_terminal_restored
echo "ok: keys typed during a load are dropped; Esc stops it; Ctrl-C quits; a slow screen shows Loading… before its data (2,000-person organisation)"
