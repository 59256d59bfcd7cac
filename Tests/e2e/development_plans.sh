#!/usr/bin/env bash
# A team lead adds an item to a team member's development plan in the TUI, and HR costs
# the organisation's training plan within a budget: what each sees is what the command
# line says, and the lead's item is stored in the lead's name.
source "$(dirname "$0")/lib.bash"

# --- The lead (hmarsh), at 80x24: their teams' plans, Anita Patel's, a catalogue item.
start 80 24 "$BIN" --as hmarsh
wait_for "Development plans of my teams"
keys Down Down Down Down Down
wait_for "▸   Development plans of my teams"
keys Enter
wait_for "Development plans: everyone you may see"
wait_for "▸   2 Anita Patel (apatel)"
keys Enter
wait_for "Development plan: Anita Patel (apatel)"
keys a
wait_for "Add a plan item, 1 of 3: the competency"
keys Down
wait_for "▸ PM.RISK.1 Risk analysis"
keys Enter
wait_for "What builds PM.RISK.1?"
keys Down Down
wait_for "▸ Risk workshop on a live project"
keys Enter
wait_for "Done by (YYYY-MM-DD):"
keys C-u
keys -l "2099-03-31"
keys Enter
wait_for "Added plan item 13: PM.RISK.1 Risk workshop on a live project, by 2099-03-31."
screen | grep -q "▸  13 PM.RISK.1  Risk workshop on a live project   planned   2099-03-31" || fail "the new item is not in the plan"
keys Escape
# Back on the overview, the new item is there too (it reloaded).
wait_for "13 Anita Patel (apatel)"
keys q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "the lead's session ended with $status"
assert_terminal_restored
"$BIN" --as pnair report plans --person apatel --format csv | grep -q "^13,project-support-office,apatel,.*,PM.RISK.1,pm-risk-1-risk-workshop,,planned,2099-03-31,false,0,hmarsh," \
  || fail "the plan item is not stored as the lead added it: $("$BIN" --as pnair report plans --person apatel --format csv)"

# --- HR (pnair), at 120x40: the organisation's training needs, the costed plan, a budget.
open_organisation_needs
keys p
wait_for "Training plan, whole organisation"
keys b
wait_for "Budget in GBP (empty: none):"
keys -l "5000"
keys Enter
wait_for "Budget £5,000: buy"
# The same selection as the command line's: "buy N of M places for £X".
expected=$("$BIN" --as pnair report training-plan --budget 5000 | sed -n 's/.*(the best selection): \(buy [0-9]* of [0-9]* places\) for \([^,]*\),.*/\1, \2/p')
[ -n "$expected" ] || fail "the command line's plan has no budget line"
screen | grep -qF "Budget £5,000: ${expected%%,*}, ${expected#*, }" || fail "the TUI's budget line differs from the command line's ($expected): $(screen | sed -n 4p)"
keys v
wait_for "Megan Lloyd (mlloyd)"
keys q q q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "hr's session ended with $status"
assert_terminal_restored
echo "ok: a lead added a plan item in the TUI (stored in their name), and hr's budgeted plan matches the command line's"
