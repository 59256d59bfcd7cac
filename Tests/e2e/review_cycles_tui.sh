#!/usr/bin/env bash
# The demo's open review cycle in the TUI: a member of staff sees it on Home and
# re-confirms a rating from before it ("still level N", c); their lead then sees the
# completion change, with the numbers the command line prints; HR's calibration screen
# shows the command line's organisation figure; HR then closes the cycle on the Review
# cycles screen and opens the next for two chosen teams and one framework, which
# `cycle show` reports as that.
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
# --- Priya Nair (hr), at 80x24: closes the cycle on the Review cycles screen and opens the
# next for two chosen teams and one framework; Esc steps back without losing the choice;
# the command line shows exactly that scope.
start 80 24 "$BIN" --as pnair
wait_for "Self-assessment"
keys G
wait_for "▸   Quit"
keys Up
screen | grep -q "▸   Review cycles: open and close" || keys Up
wait_for "▸   Review cycles: open and close"
keys Enter
wait_for "x closes it."
keys x
wait_for "y/n"
keys y
wait_for "No cycle is open: n opens the next."
keys n
wait_for "Name of the new cycle"
keys -l "2027 spring review"
keys Enter
wait_for "Due by (YYYY-MM-DD)"
keys C-u
keys -l "2027-03-31"
keys Enter
wait_for "Who is the new cycle for?"
keys Down Down Space Down Down Space
wait_for "2 teams chosen, each with the teams below it"
screen | grep -q "\[x\] Customer Services (customer-services)" || fail "Customer Services is not chosen"
keys Enter
wait_for "Which frameworks does the new cycle cover?"
# Esc back to the teams: still chosen; on again, drop every framework but PM.
keys Escape
wait_for "2 teams chosen, each with the teams below it"
keys Enter
wait_for "Which frameworks does the new cycle cover?"
for id in DI PM SL; do
  [ "$id" = PM ] || { screen | grep -q "▸ \[x\] $id " || fail "$id is not the row in view"; keys Space; }
  keys Down
  sleep 0.2
done
wait_for "1 of 3 frameworks chosen"
keys Enter
wait_for "frameworks PM, due 2027-03-31? y/n"
keys y
wait_for "2027 spring review: open, due 2027-03-31; x closes it."
keys q
wait_for "▸   Review cycles: open and close"
keys q
status=$(wait_exit)
[ "$status" = "0" ] || fail "hr's session ended with $status"
assert_terminal_restored
"$BIN" --as pnair cycle show | head -1 | grep -qF "Review cycle 2027 spring review · open, due 2027-03-31 · frameworks PM · teams customer-services, project-support-office and the teams below them" \
  || fail "cycle show says: $("$BIN" --as pnair cycle show | head -1)"
echo "ok: staff re-confirmed a rating in the TUI, the lead's completion counts it as the command line does, hr's calibration matches, hr opened a cycle for two teams and one framework in the TUI"
