#!/usr/bin/env bash
# The demo's open review cycle in the TUI: a member of staff sees it on Home and
# re-confirms a rating from before it ("still level N", c); their lead then sees the
# completion change, with the numbers the command line prints; HR's calibration screen
# shows the command line's organisation figure.
source "$(dirname "$0")/lib.bash"

done_of() { "$BIN" --as pnair report completion --format csv | awk -F, -v login="$1" '$2 == login { print $7 "/" $8 }'; }
before=$(done_of apatel)
[ -n "$before" ] || fail "apatel is not in the demo's open cycle"

# --- Anita Patel (staff), at 80x24: the cycle on Home, c on the first step.
start 80 24 "$BIN" --as apatel
wait_for "Review cycle 2026 winter review"
wait_for "  ${before%/*} of ${before#*/} done"
keys Enter
wait_for "Rated before the review cycle opened"
screen | grep -q "c still level [0-4]" || fail "the status bar does not offer c: $(screen | tail -1)"
keys c
wait_for "counted for the cycle"
keys Escape
after="$(( ${before%/*} + 1 ))/${before#*/}"
wait_for "  ${after%/*} of ${after#*/} done"
keys q
status=$(wait_exit)
[ "$status" = "0" ] || fail "the staff session ended with $status"
assert_terminal_restored
[ "$(done_of apatel)" = "$after" ] || fail "the command line counts $(done_of apatel) for apatel, not $after"

# --- Helen Marsh (their lead), at 80x24: completion of her teams, then the team's people.
start 80 24 "$BIN" --as hmarsh
wait_for "Self-assessment"
keys Down Down Down Down Down Down Down Down Down
wait_for "▸   Review cycle completion of my teams"
keys Enter
wait_for "Team                    People"
team_line=$("$BIN" --as hmarsh cycle show | grep "^project-support-office")
people=$(echo "$team_line" | awk '{ print $2 }')
done_items=$(echo "$team_line" | awk '{ print $3 }')
screen | grep -qE "project-support-office +$people +$done_items " || fail "the team's line differs from cycle show's ($team_line)"
keys Enter
wait_for "Completion: project-support-office"
screen | grep -qE "Anita Patel \(apatel\) +$after " || fail "the lead does not see apatel at $after"
keys q q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "the lead's session ended with $status"
assert_terminal_restored

# --- Priya Nair (hr), at 120x40: calibration, the organisation's figure as the command line's.
start 120 40 "$BIN" --as pnair
wait_for "Self-assessment"
keys Down Down Down Down Down Down Down Down Down
wait_for "▸   Calibration: self against lead ratings"
keys Enter
wait_for "Calibration: self against lead ratings, the whole organisation"
organisation=$("$BIN" --as pnair report calibration | grep "^Organisation: ")
wait_for "$organisation"
keys Tab
wait_for "▸ Competency"
keys q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "hr's session ended with $status"
assert_terminal_restored
echo "ok: staff re-confirmed a rating in the TUI, the lead's completion counts it as the command line does, hr's calibration matches"
