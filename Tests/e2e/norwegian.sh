#!/usr/bin/env bash
# The self-assessment and the gap report in Norwegian Bokmål, chosen by the session's
# locale (LANG=nb_NO.UTF-8, installed or not), at 80x24 and 120x40: Norwegian words, the
# frameworks' own Norwegian competency names and scale labels; then a text report on the
# command line; then the saved preference (`profile language`) beating the locale, and
# --lang beating both.
source "$(dirname "$0")/lib.bash"
# (bash warns when the locale is not installed; the tool reads the name, not the locale.)
exec 3>&2 2>/dev/null
export LANG=nb_NO.UTF-8
unset LC_ALL LC_MESSAGES
exec 2>&3 3>&-

start 80 24 "$BIN" --as loconnor
wait_for "Start egenvurderingen (10 kompetanser)"
wait_for "Måloppnåelse"
wait_for "? hjelp"
screen | grep -qE "Readiness|Top gaps|My gap report" && fail "English on the Norwegian home screen"
keys Enter
wait_for "1 av 10"
# The framework's Norwegian competency name and scale labels, not the English ones.
wait_for "DI.FND.1 Utstyr og grunnleggende bruk"
wait_for "Selvstendig"
screen | grep -q "Devices and basics" && fail "the English competency name in Norwegian"
screen | grep -qE " more |pick a level|skip" && fail "English on the self-assessment"
keys 2
wait_for "2 av 10"
wait_for "Lagret DI.FND.1 = 2"
keys n
wait_for "Dokumentasjon for DI.FND.2"
keys -l "hjalp en innbygger ved bibliotekets kiosk"
keys Enter
wait_for "Notatet er tatt vare på"
keys 3
wait_for "2 besvart"
wait_for "med notatet ditt"
# ? lists the keys in Norwegian.
keys '?'
wait_for "Taster: Egenvurdering"
keys x

# Norwegian is longer: at 120x40 too, nothing that matters is cut.
resize 120 40
wait_for "Egenvurdering: kompetansene i rollen din"
wait_for "3 av 10 · 2 besvart"
wait_for "● svaret ditt"
keys Escape
wait_for "Mitt kompetansegap"
keys Down
keys Enter
wait_for "Kompetansegap"
wait_for "Måloppnåelse"
wait_for "ikke vurdert"
wait_for "Merknader"
screen | grep -qE "unrated|Readiness" && fail "English in the Norwegian gap report"
keys Escape
wait_for "Mitt kompetansegap"
keys q
status=$(wait_exit)
[ "$status" = "0" ] || fail "exit status $status"
assert_terminal_restored

# A text report on the command line, in Bokmål, with the answers just given.
report=$("$BIN" --as loconnor report gaps)
echo "$report" | grep -q "^Kompetansegap: Liam O'Connor (loconnor)" || fail "report in Norwegian: $report"
echo "$report" | grep -q "Måloppnåelse: " || fail "no Måloppnåelse: $report"
echo "$report" | grep -q "^Rolle: Ansatt i førstelinjen · Team: " || fail "the role's Norwegian name is not in the report: $report"
echo "$report" | grep -qE "DI.FND.1 Utstyr og grunnleggende bruk +2 +2" || fail "the answer is not in the report: $report"

# The saved preference beats the locale: English saved, Norwegian locale, English TUI.
"$BIN" --as loconnor profile language en >/dev/null || fail "profile language en"
start 80 24 "$BIN" --as loconnor
wait_for "My gap report"
keys q
wait_exit >/dev/null
# --lang beats the preference.
start 80 24 "$BIN" --as loconnor --lang nb
wait_for "Mitt kompetansegap"
keys q
wait_exit >/dev/null
"$BIN" --as loconnor profile language auto >/dev/null || fail "profile language auto"
echo "ok: self-assessment, gap report and a text report in Norwegian; the preference and --lang choose the TUI's language"
