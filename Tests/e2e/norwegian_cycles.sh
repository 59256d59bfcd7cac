#!/usr/bin/env bash
# HR's review-cycle screens in Norwegian Bokmål (LANG=nb_NO.UTF-8), at 80x24 then
# 100x30: completion with the command line's numbers, calibration with decimal commas,
# the trend, then closing the open cycle and opening the next with its due day typed as
# Norwegians write it (1.2.2027); the command line records 2027-02-01.
source "$(dirname "$0")/lib.bash"
# (bash warns when the locale is not installed; the tool reads the name, not the locale.)
exec 3>&2 2>/dev/null
export LANG=nb_NO.UTF-8
unset LC_ALL LC_MESSAGES
exec 2>&3 3>&-

english='Review cycle|Completion|Calibration|Trend|People|overdue|Leniency|Readiness|Changed|oldest first| move | help'

start 80 24 "$BIN" --as pnair
wait_for "Egenvurdering"
keys Down Down Down Down Down Down Down Down
wait_for "▸   Gjennomføring av kartleggingsrunden per team"
keys Enter
wait_for "Team               Personer Ferdig Totalt     %            Fullført Forsinket"
team_line=$("$BIN" --as pnair --lang en cycle show | grep "^customer-services")
people=$(echo "$team_line" | awk '{ print $2 }')
done_items=$(echo "$team_line" | awk '{ print $3 }')
screen | grep -qE "customer-services +$people +$done_items " || fail "the team's line differs from cycle show's ($team_line)"
wait_for "punkter ferdig"
screen | grep -qE "$english" && fail "English on the completion screen"
keys o
wait_for "Alle som er forsinket"
wait_for "Sist vurdert"
keys Escape Escape

keys Down
wait_for "▸   Kalibrering: egen- mot ledervurderinger"
keys Enter
wait_for "Kalibrering: egen- mot ledervurderinger, hele organisasjonen"
wait_for "Organisasjonen: "
screen | grep -qE "egen - leder [+-]?[0-9],[0-9]{2}" || fail "no decimal comma in calibration"
keys Down
wait_for "i snitt"
screen | grep -qE "$english" && fail "English on the calibration screen"
keys Escape

keys Down
wait_for "▸   Utvikling over kartleggingsrunder per team"
keys Enter
wait_for "Utvikling over kartleggingsrunder: måloppnåelse, gjennomføring og gap"
wait_for "Måloppnåelse      Gjennomføring"
screen | grep -qE "$english" && fail "English on the trend screen"
keys Enter
wait_for "Utvikling for organisasjonen"
wait_for "nå ("
keys Escape Escape

keys Down
wait_for "▸   Kartleggingsrunder: åpne og lukke"
keys Enter
wait_for "2 runder, eldste først"
wait_for "x lukk 2026 winter review"
keys x
wait_for "Lukke 2026 winter review nå? Alles tall blir registrert for godt. y/n"
keys y
wait_for "Lukket kartleggingsrunden 2026 winter review og registrerte tallene"
wait_for "n åpne en ny runde"
keys n
wait_for "Navn på den nye runden"
keys -l "Vår 2027"
keys Enter
wait_for "Frist (DD.MM.ÅÅÅÅ)"
keys C-u
keys -l "1.2.2027"
keys Enter
# The whole organisation and every framework, as they come: Enter twice, then y.
wait_for "Hvem gjelder den nye runden for?"
keys Enter
wait_for "Hvilke rammeverk omfatter den nye runden?"
keys Enter
wait_for "Åpne Vår 2027 for hele organisasjonen"
keys y
wait_for "Åpnet kartleggingsrunden Vår 2027: hele organisasjonen"
wait_for "3 runder, eldste først"

# Longer Norwegian words at 100x30 too: the columns line up, the dates are whole.
resize 100 30
wait_for "Vår 2027: åpen, frist 01.02.2027; x lukker den."
screen | grep -qE "Vår 2027 +åpen +[0-9]{2}\.[0-9]{2}\.[0-9]{4} 01\.02\.2027 " || fail "the new cycle's row is not whole at 100 columns"
screen | grep -qE "$english" && fail "English on the cycles screen"
keys q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "exit status $status"
assert_terminal_restored

"$BIN" --as pnair --lang en cycle list | grep -qE "^Vår 2027 +open +[0-9-]{10} +2027-02-01 " || fail "the command line does not list Vår 2027 due 2027-02-01: $("$BIN" --as pnair --lang en cycle list)"
echo "ok: completion, calibration, trend and opening and closing a cycle in Norwegian, at 80x24 and 100x30"
