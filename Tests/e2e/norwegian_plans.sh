#!/usr/bin/env bash
# The training and development screens in Bokmål (--lang nb), at 80x24: a lead adds an
# item to a team member's development plan, typing the day as Norwegians write it; HR
# costs the organisation's training plan within a budget typed "5 000". Norwegian words,
# amounts grouped with a space, nothing English in the headings or the key help, and
# nothing stored differently from English.
source "$(dirname "$0")/lib.bash"
# Bokmål groups thousands with a no-break space: £5 000 is one line-unbreakable amount.
NBSP=$'\u00a0'

# --- The lead (hmarsh): their teams' plans, Anita Patel's, a catalogue item.
start 80 24 "$BIN" --as hmarsh --lang nb
wait_for "Utviklingsplanene i teamene mine"
keys Down Down Down Down Down
wait_for "▸   Utviklingsplanene i teamene mine"
keys Enter
wait_for "Utviklingsplaner: alle du har tilgang til"
wait_for "Oppslutning 5 av 7 personer (71 %)"
wait_for "▸   2 Anita Patel (apatel)"
screen | grep -qE "Uptake|overdue|planned|move|help" && fail "English on the plans overview: $(screen)"
keys Enter
wait_for "Utviklingsplan: Anita Patel (apatel)"
keys a
wait_for "Nytt planpunkt, 1 av 3: kompetansen"
keys Down
wait_for "▸ PM.RISK.1 Risikoanalyse"
keys Enter
wait_for "Hva bygger PM.RISK.1?"
wait_for "Per plass"
keys Down Down
wait_for "▸ Risikoverksted på et pågående prosjekt"
keys Enter
wait_for "Fullført innen (DD.MM.ÅÅÅÅ):"
keys C-u
keys -l "31.03.2099"
keys Enter
wait_for "La til planpunkt 13: PM.RISK.1 Risikoverksted på et pågående prosjekt, innen"
screen | grep -q "▸  13 PM.RISK.1  Risikoverksted på et pågående pr… planlagt  31.03.2099" || fail "the new item is not in the plan: $(screen)"
keys Escape
wait_for "13 Anita Patel (apatel)"
keys q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "the lead's session ended with $status"
assert_terminal_restored
# Stored as in English: the day is a day, the state a machine word.
"$BIN" --as pnair report plans --person apatel --format csv | grep -q "^13,project-support-office,apatel,.*,PM.RISK.1,pm-risk-1-risk-workshop,,planned,2099-03-31,false,0,hmarsh," \
  || fail "the plan item is not stored as the lead added it: $("$BIN" --as pnair report plans --person apatel --format csv)"

# --- HR (pnair): the organisation's training needs, the costed plan, a budget.
start 80 24 "$BIN" --as pnair --lang nb
wait_for "Opplæringsbehov og kostnadsberegnet plan"
keys Down Down Down Enter
wait_for "Hele organisasjonen"
keys Enter
wait_for "72 behov i 34 kompetanser"
wait_for "Pri(oritet) = vekt x gap"
keys p
wait_for "Opplæringsplan, hele organisasjonen"
wait_for "b setter et budsjett"
keys b
wait_for "Budsjett i GBP (tomt: ingen):"
keys -l "5 000"
keys Enter
wait_for "Budsjett £5${NBSP}000: kjøp"
# The same selection as the command line's: "buy N of M places for £X".
expected=$("$BIN" --as pnair report training-plan --budget 5000 | sed -n 's/.*(the best selection): buy \([0-9]*\) of \([0-9]*\) places for .*/\1 av \2/p')
[ -n "$expected" ] || fail "the command line's plan has no budget line"
screen | grep -qF "Budsjett £5${NBSP}000: kjøp $expected plasser" || fail "the TUI's budget line differs from the command line's ($expected): $(screen | sed -n 4p)"
wait_for "Innenfor et budsjett på £5${NBSP}000 (det beste utvalget)"
keys v
wait_for "Megan Lloyd (mlloyd)"
wait_for "vent"
screen | grep -qE "Budget|Priority|later| buy |move|help" && fail "English on the costed plan: $(screen)"
keys q q q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "hr's session ended with $status"
assert_terminal_restored
echo "ok: in Bokmål a lead added a plan item typed 31.03.2099 (stored as 2099-03-31), and hr's budget of 5 000 bought what the command line buys"
