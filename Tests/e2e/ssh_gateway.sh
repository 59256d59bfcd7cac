#!/usr/bin/env bash
# The SSH gateway against a real OpenSSH sshd on 127.0.0.1: identities from keys, the
# TUI over ssh -tt (resize, a dropped connection mid-assessment), a report streamed to a
# local file, a framework import over standard input, every refusal the gateway owes,
# and 20 sessions rating at once. Tests/e2e/ssh_gateway_postgresql.sh runs it again with
# the database on PostgreSQL.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/ssh.bash"

# The gateway's configuration, as an administrator writes it: root-owned, mode 644.
cat > "$WORK/gateway.conf" <<CONFIG
database = $SKILLS_DB
authorized-keys = $WORK/authorized_keys
CONFIG
chmod 644 "$WORK/gateway.conf"
GATEWAY=(--config "$WORK/gateway.conf")

# An administrator's own key line outside skills-tui's block, which access must keep.
new_key control
echo "command=\"/usr/bin/env\" $(cat "$WORK/keys/control.pub")" > "$WORK/authorized_keys"
chmod 600 "$WORK/authorized_keys"

TWENTY=(mhollis abjornstad pnair bsaether hmarsh tashworth kodegard dmensah apatel ccampbell
  lroberts swhitfield mkhan ejones hlovas jthompson gbrown rkowalski rdunn wli)
for login in "${TWENTY[@]}" loconnor oprice mlloyd; do
  new_key "$login"
  "$BIN" access add "$login" "$WORK/keys/$login.pub" "${GATEWAY[@]}" >/dev/null || fail "access add $login"
done
# The administrator (root, who ran init) reaches it too, from standard input.
new_key admin
"$BIN" access add "$(id -un)" - "${GATEWAY[@]}" < "$WORK/keys/admin.pub" >/dev/null || fail "access add from standard input"
head -1 "$WORK/authorized_keys" | grep -q '^command="/usr/bin/env" ssh-ed25519' || fail "access changed the line outside its block"
[ "$(stat -c %a "$WORK/authorized_keys")" = "600" ] || fail "authorized_keys is not 600"
"$BIN" access list "${GATEWAY[@]}" | grep -q "^loconnor .*ssh-ed25519  SHA256:.*loconnor@laptop" || fail "access list: $("$BIN" access list "${GATEWAY[@]}")"

start_sshd
refusals=0
# refused WHAT EXPECTED-STATUS EXPECTED-TEXT COMMAND...: runs COMMAND (with a time limit, so a
# hang fails), and checks its status and that its standard error says EXPECTED-TEXT.
refused() {
  local what=$1 status=$2 text=$3
  shift 3
  local got=0
  timeout 20 bash -c '"$@"' _ "$@" > "$WORK/refused.out" 2> "$WORK/refused.err" < /dev/null || got=$?
  [ "$got" = "$status" ] || fail "$what: status $got, expected $status: $(cat "$WORK/refused.err")"
  cp "$WORK/refused.err" "$WORK/refused-$refusals.err"
  grep -qF -- "$text" "$WORK/refused.err" || fail "$what: no \"$text\" in: $(cat "$WORK/refused.err")"
  [ ! -s "$WORK/refused.out" ] || [ "$status" = 255 ] || fail "$what: printed on standard output: $(head -3 "$WORK/refused.out")"
  refusals=$((refusals + 1))
}

# --- A command's result streams to a local file, the same as it is run locally.
ssh_as pnair skills-test report training-needs --format csv > "$WORK/remote.csv" || fail "remote report failed"
"$BIN" --as pnair report training-needs --format csv > "$WORK/local.csv"
cmp -s "$WORK/remote.csv" "$WORK/local.csv" || fail "the report over SSH differs from the local one"
[ "$(wc -l < "$WORK/remote.csv")" -gt 70 ] || fail "the report over SSH is short"
ssh_as wli skills-test report gaps --format json > "$WORK/remote.json"
"$BIN" --as wli report gaps --format json | cmp -s - "$WORK/remote.json" || fail "wli's gap report over SSH differs"
ssh_as wli skills-test "rate PM.STK.1 2 --note 'kiosk gateway; \"quoted\" words'" > "$WORK/rate.out" || fail "rate over SSH"
grep -q "Recorded PM.STK.1 = 2 (Working) for wli on the self track." "$WORK/rate.out" || fail "rate said: $(cat "$WORK/rate.out")"
"$BIN" --as pnair export ratings --format csv | grep -Eq "wli,PM.STK.1,[0-9.]+,self,2,wli,\"kiosk gateway; \"\"quoted\"\" words\"" \
  || fail "the quoted note did not arrive as one word"

# --- Learning and development: hr's budgeted training plan streams as it does locally, and
# a lead adds a plan item for a member of their team, in their own name (from the key).
ssh_as pnair skills-test report training-plan --budget 25000 --format csv > "$WORK/plan-remote.csv" || fail "training plan over SSH"
"$BIN" --as pnair report training-plan --budget 25000 --format csv | cmp -s - "$WORK/plan-remote.csv" \
  || fail "the training plan over SSH differs from the local one"
grep -q "^plan,1," "$WORK/plan-remote.csv" || fail "the training plan over SSH has no first item: $(head -3 "$WORK/plan-remote.csv")"
ssh_as hmarsh skills-test plan add PM.RISK.1 --person apatel --item pm-risk-1-risk-workshop --target 2099-03-31 > "$WORK/plan.out" \
  || fail "plan add over SSH"
grep -q "^Added plan item [0-9]* for apatel: PM.RISK.1 " "$WORK/plan.out" || fail "plan add said: $(cat "$WORK/plan.out")"
"$BIN" --as pnair report plans --person apatel --format csv | grep -q ",apatel,.*,pm-risk-1-risk-workshop,.*,2099-03-31,.*,hmarsh," \
  || fail "the plan item added over SSH is not hmarsh's: $("$BIN" --as pnair report plans --person apatel --format csv)"

# --- A framework import over standard input (the admin), and a bad file reported by line.
"$BIN" frameworks export PM --format moodle-csv > "$WORK/pm.csv"
ssh_as admin skills-test frameworks import - --format moodle-csv < "$WORK/pm.csv" > "$WORK/import.out" || fail "import over SSH"
grep -q "PM 2.0.0" "$WORK/import.out" || fail "import said: $(cat "$WORK/import.out")"
status=0
printf 'not,a,framework\n1,2\n' | ssh_as admin skills-test frameworks import - --format moodle-csv > /dev/null 2> "$WORK/import.err" || status=$?
[ "$status" = 65 ] || fail "a bad import over SSH: status $status"
grep -q "standard input:" "$WORK/import.err" || fail "a bad import does not name standard input: $(cat "$WORK/import.err")"

# --- Without a terminal and without a command: what this person may run.
ssh_as wli -T skills-test < /dev/null > "$WORK/help.out" || fail "help without a terminal"
grep -q "you are Wei Li (李伟) (wli) · staff" "$WORK/help.out" || fail "help: $(cat "$WORK/help.out")"
grep -q "report gaps" "$WORK/help.out" || fail "help lists no report gaps"
! grep -q "staff import\|export ratings\|backup\|init" "$WORK/help.out" || fail "help offers wli admin commands"
grep -q "plan add" "$WORK/help.out" && grep -q "report people" "$WORK/help.out" || fail "help lists no plan add or report people for wli"
! grep -q "report training-plan\|report training-needs" "$WORK/help.out" || fail "help offers wli the organisation's training plan"

# --- The person's language: their saved preference, or --lang in the forced command.
"$BIN" --as wli profile language nb > /dev/null || fail "profile language nb"
ssh_as wli -T skills-test < /dev/null > "$WORK/help-nb.out" 2> "$WORK/help-nb.err" || fail "help in Bokmål"
grep -q "du er Wei Li (李伟) (wli) · " "$WORK/help-nb.out" || fail "help in Bokmål: $(cat "$WORK/help-nb.out")"
grep -q "Filer går over forbindelsen" "$WORK/help-nb.out" || fail "help's footer in Bokmål: $(cat "$WORK/help-nb.out")"
! grep -q "Reminder" "$WORK/help-nb.err" || fail "an English reminder for a Bokmål reader: $(cat "$WORK/help-nb.err")"
ssh_as wli skills-test report gaps 2> "$WORK/gaps-nb.err" | grep -q "^Kompetansegap: Wei Li" || fail "report gaps in wli's saved language"
ssh_as wli skills-test report gaps --lang en 2> "$WORK/gaps-en.err" | grep -q "^Gap report: Wei Li" || fail "--lang en in the sent command"
! grep -q "Påminnelse" "$WORK/gaps-en.err" || fail "a Bokmål reminder for --lang en: $(cat "$WORK/gaps-en.err")"
refused "--as in Bokmål" 77 "--as kan ikke brukes over SSH: du er wli" ssh_as wli skills-test report gaps --as=pnair
refused "a shell character in Bokmål" 64 "kommandoen inneholder ; uten anførselstegn" ssh_as wli skills-test "report gaps; id"
"$BIN" --as wli profile language auto > /dev/null || fail "profile language auto"
# --lang in the forced command holds over the saved preference (rdunn saves English).
new_key rdunn-nb
echo "restrict,pty,command=\"$(readlink -f "$BIN") gateway rdunn --config $WORK/gateway.conf --lang nb\" $(cat "$WORK/keys/rdunn-nb.pub")" >> "$WORK/authorized_keys"
"$BIN" --as rdunn profile language en > /dev/null || fail "profile language en"
ssh_as rdunn-nb -T skills-test < /dev/null > "$WORK/help-forced.out" 2>&1 || fail "help with a forced --lang nb: $(cat "$WORK/help-forced.out")"
grep -q "du er .*(rdunn)" "$WORK/help-forced.out" || fail "the forced command's --lang nb: $(cat "$WORK/help-forced.out")"
"$BIN" --as rdunn profile language auto > /dev/null || fail "profile language auto"

# --- Every refusal: one line on standard error, the right status, nothing changed.
events_before=$("$BIN" export ratings --format csv | wc -l)
refused "--as" 77 "--as cannot be used over SSH: you are wli" ssh_as wli skills-test -- --as pnair report training-needs
refused "--as=" 77 "--as cannot be used over SSH" ssh_as wli skills-test report gaps --as=pnair
refused "rate --as" 77 "--as cannot be used over SSH" ssh_as wli skills-test rate PM.STK.1 4 --person rdunn --as rdunn
refused "a second gateway word" 77 "\`gateway\` cannot be run over SSH" ssh_as wli skills-test gateway pnair
refused "; a second command" 64 "unquoted ;" ssh_as wli skills-test "report gaps; cat /etc/passwd"
refused "| a pipe" 64 "unquoted |" ssh_as wli skills-test "report gaps | tee /tmp/x"
refused "& in the background" 64 "unquoted &" ssh_as wli skills-test "report gaps & id"
refused '$(...)' 64 'unquoted $' ssh_as wli skills-test 'report gaps --person $(id -un)'
refused '${...} in double quotes' 64 '$ inside "..."' ssh_as wli skills-test 'rate PM.STK.1 3 --note "${HOME}"'
refused "backticks" 64 'unquoted `' ssh_as wli skills-test 'report gaps --person `id -un`'
refused "< redirection" 64 "unquoted <" ssh_as wli skills-test "frameworks import - < /etc/passwd"
refused "> redirection" 64 "unquoted >" ssh_as wli skills-test "report gaps > /tmp/owned"
refused "a line break" 64 "a line break" ssh_as wli skills-test $'report gaps\nbackup /tmp/copy.sqlite'
refused "100 KB of text" 64 "limited to 16384 bytes" ssh_as wli skills-test "report gaps --note $(head -c 102400 /dev/zero | tr '\0' x)"
refused "an unclosed quote" 64 "never closed" ssh_as wli skills-test "rate PM.STK.1 3 --note 'unfinished"
refused "--db /etc/shadow" 77 "--db cannot be used over SSH" ssh_as wli skills-test -- --db /etc/shadow report gaps
refused "--output" 77 "--output cannot be used over SSH" ssh_as wli skills-test -- --output /tmp/owned.csv report gaps --format csv
refused "init" 77 "\`init\` cannot be run over SSH" ssh_as admin skills-test init --demo
refused "generate" 77 "\`generate\` cannot be run over SSH" ssh_as admin skills-test generate --staff 100
refused "demo" 77 "\`demo\` cannot be run over SSH" ssh_as admin skills-test demo
refused "backup" 77 "\`backup\` cannot be run over SSH" ssh_as admin skills-test backup /tmp/copy.sqlite
refused "access add" 77 "\`access add\` cannot be run over SSH" ssh_as admin skills-test access add wli -
refused "a file on the server" 77 "/etc/passwd would be a file on the server" ssh_as admin skills-test staff import /etc/passwd
refused "validate a server file" 77 "would be a file on the server" ssh_as wli skills-test frameworks validate /etc/shadow
refused "another's ratings" 77 "wli may not see pnair's ratings" ssh_as wli skills-test report gaps --person pnair
refused "another's plan" 77 "wli may not add to pnair's development plan" \
  ssh_as wli skills-test "plan add PM.STK.1 --person pnair --text 'a course' --target 2099-01-01"
refused "the organisation's training plan" 77 "wli may not" ssh_as wli skills-test report training-plan --budget 1000
[ ! -e /tmp/owned ] && [ ! -e /tmp/owned.csv ] && [ ! -e /tmp/copy.sqlite ] || fail "a refused command wrote a file"
[ "$("$BIN" export ratings --format csv | wc -l)" = "$events_before" ] || fail "a refused command changed the ratings"

# SendEnv / SetEnv: sshd passes SKILLS_*, XDG_* and HOME on (the control key shows it),
# and the gateway ignores them: the same report, from the configured database.
"$BIN" --db "$WORK/other.sqlite" init >/dev/null
ssh_as control -o SetEnv="SKILLS_DB=$WORK/other.sqlite" skills-test > "$WORK/control.env" < /dev/null
grep -q "^SKILLS_DB=$WORK/other.sqlite" "$WORK/control.env" || fail "the test sshd did not pass SKILLS_DB on"
ssh_as wli skills-test report gaps > "$WORK/plain.txt"
ssh_as wli -o SetEnv="SKILLS_DB=$WORK/other.sqlite SKILLS_TUI_NOW=2000-01-01T00:00:00Z XDG_DATA_HOME=/tmp HOME=/tmp SKILLS_TUI_DATA=/nonexistent" \
  skills-test report gaps > "$WORK/setenv.txt" || fail "report gaps with SetEnv failed"
cmp -s "$WORK/plain.txt" "$WORK/setenv.txt" || fail "SetEnv changed the report"
SKILLS_DB="$WORK/other.sqlite" SKILLS_TUI_NOW=2000-01-01T00:00:00Z ssh_as wli -o SendEnv="SKILLS_DB SKILLS_TUI_NOW" skills-test report gaps > "$WORK/sendenv.txt" \
  || fail "report gaps with SendEnv failed"
cmp -s "$WORK/plain.txt" "$WORK/sendenv.txt" || fail "SendEnv changed the report"
ssh_as wli -o SetEnv="SKILLS_TUI_DATA=/nonexistent" skills-test frameworks validate > /dev/null || fail "SKILLS_TUI_DATA was not ignored"
refusals=$((refusals + 3))

# Port forwarding: restrict turns it off; the client's channel is refused, not served.
lport=$(free_port)
ssh_as wli -N -L "$lport:127.0.0.1:$SSH_PORT" -o ExitOnForwardFailure=yes -o LogLevel=INFO skills-test 2> "$WORK/forward.err" &
forward_pid=$!
CLIENT_PIDS+=("$forward_pid")
waited=0
until python3 -c "import socket; socket.create_connection(('127.0.0.1', $lport), 1).close()" 2>/dev/null; do
  sleep 0.1; waited=$((waited + 1)); [ "$waited" -ge 100 ] && fail "ssh -L did not listen"
done
banner=$(python3 -c "
import socket
s = socket.create_connection(('127.0.0.1', $lport), 5)
s.settimeout(5)
print(s.recv(100).decode(errors='replace'))")
kill "$forward_pid" 2>/dev/null || true
wait "$forward_pid" 2>/dev/null || true
[ -z "$banner" ] || fail "port forwarding reached: $banner"
grep -qi "prohibited\|open failed" "$WORK/forward.err" || fail "no refusal for -L: $(cat "$WORK/forward.err")"
status=0
timeout 20 ssh -F "$WORK/ssh_config" -i "$WORK/keys/wli" -N -R "127.0.0.1:$(free_port):127.0.0.1:$SSH_PORT" -o ExitOnForwardFailure=yes skills-test 2> "$WORK/forward.err" || status=$?
[ "$status" = 255 ] || fail "ssh -R was not refused (status $status)"
refusals=$((refusals + 2))

# scp and sftp: refused with a message, not left hanging.
echo secret > "$WORK/upload.txt"
refused "scp" 1 "Permission denied" scp -F "$WORK/ssh_config" -i "$WORK/keys/wli" "$WORK/upload.txt" skills-test:/tmp/scp-upload.txt
refused "scp -O" 1 "scp, sftp and rsync are not available here" scp -O -F "$WORK/ssh_config" -i "$WORK/keys/wli" "$WORK/upload.txt" skills-test:/tmp/scp-upload.txt
refused "sftp" 255 "scp, sftp and rsync are not available here" sftp -F "$WORK/ssh_config" -i "$WORK/keys/wli" -b /dev/null skills-test
[ ! -e /tmp/scp-upload.txt ] || fail "scp wrote a file on the server"

# A revoked key, an inactive person's key, a key mapped to a login nobody has.
"$BIN" access revoke oprice "${GATEWAY[@]}" | grep -q "Revoked oprice's key ssh-ed25519 SHA256:" || fail "access revoke"
refused "a revoked key" 255 "Permission denied" ssh_as oprice skills-test report gaps
grep -v '^mlloyd,' "$ROOT/seeds/demo/people.csv" > "$WORK/staff.csv"
"$BIN" staff import "$WORK/staff.csv" --deactivate-missing >/dev/null || fail "deactivating mlloyd"
refused "an inactive person" 77 "mlloyd is marked inactive in this database, so has no access" ssh_as mlloyd skills-test report gaps
status=0
ssh_as mlloyd -tt skills-test > "$WORK/inactive-tui.out" 2>&1 < /dev/null || status=$?
[ "$status" = 77 ] && grep -q "mlloyd is marked inactive" "$WORK/inactive-tui.out" || fail "an inactive person's TUI: $status $(cat "$WORK/inactive-tui.out")"
refusals=$((refusals + 1))
new_key ghost
echo "restrict,pty,command=\"$BIN gateway ghost --config $WORK/gateway.conf\" $(cat "$WORK/keys/ghost.pub")" >> "$WORK/authorized_keys"
refused "an unknown login" 77 "ghost is not a member of staff in this database, so has no access" ssh_as ghost skills-test report gaps
"$BIN" export ratings --format csv | grep -q ",mlloyd,\|,ghost," && [ "$("$BIN" export ratings --format csv | wc -l)" != "$events_before" ] \
  && fail "a refused person changed something"
audit_rows=$(db_scalar "SELECT count(*) FROM audit WHERE action IN ('add ssh key', 'revoke ssh key')")
[ "$audit_rows" = 25 ] || fail "$audit_rows audit rows for 24 keys added and 1 revoked"
echo "ok: $refusals refusals, each with its message and status"

# --- The TUI over ssh -tt: it follows a resize, and a dropped connection keeps answers.
start 100 30 ssh -tt -F "$WORK/ssh_config" -i "$WORK/keys/loconnor" skills-test
wait_for "Start self-assessment (10 competencies)"
screen | grep -q "Liam O'Connor (loconnor)" || fail "the TUI is not loconnor's"
resize 60 20
wait_for "Terminal too small: 60x20"
resize 100 30
wait_for "Start self-assessment (10 competencies)"
wait_gone "Terminal too small"
keys Enter
wait_for "1 of 10"
keys 2
wait_for "2 of 10"
keys 1
wait_for "3 of 10"
keys 3
wait_for "4 of 10"
server_pid=$(pgrep -f "gateway loconnor --config $WORK/gateway.conf" | head -1)
[ -n "$server_pid" ] || fail "no gateway process for loconnor on the server"
# The connection drops: the client dies without a word; sshd hangs up the terminal.
dropped=$(date +%s%N)
kill -KILL "$(pid)"
waited=0
while kill -0 "$server_pid" 2>/dev/null; do
  sleep 0.05; waited=$((waited + 1)); [ "$waited" -ge 200 ] && fail "the gateway outlived its connection by 10 s"
done
ended_ms=$(( ($(date +%s%N) - dropped) / 1000000 ))
"$BIN" --as loconnor report gaps --format json | python3 -c "
import json, sys
levels = {r['competency_id']: r['self'] for r in json.load(sys.stdin)[0]['requirements']}
expected = {'DI.FND.1': 2, 'DI.FND.2': 1, 'DI.FND.3': 3}
assert all(levels.get(k) == v for k, v in expected.items()), levels
" || fail "answers given before the connection dropped were lost"
start 100 30 ssh -tt -F "$WORK/ssh_config" -i "$WORK/keys/loconnor" skills-test
wait_for "Continue self-assessment at 4 of 10"
keys q
status=$(wait_exit)
[ "$status" = 0 ] || fail "the TUI over SSH ended with status $status"
echo "ok: TUI over ssh -tt, resize, dropped connection: gateway gone after ${ended_ms} ms, 3 answers kept, resumes at 4 of 10"

# --- The TUI's export over SSH writes nothing on the server and shows the command instead.
start 100 30 ssh -tt -F "$WORK/ssh_config" -i "$WORK/keys/rdunn" skills-test
wait_for "Training needs"
keys Down Down Down Down Enter
wait_for "Training needs, team education-leisure-it"
keys e
wait_for "Export as: c CSV"
keys x
wait_for "Save CSV for Excel to:"
keys C-u
keys -l "tna team.csv"
keys Enter
wait_for "Nothing was written on the server"
# The command as the panel shows it: its lines between the box's sides, joined.
shown=$(screen | python3 -c "
import sys
lines = [line.strip().strip('│').strip() for line in sys.stdin]
start = lines.index('own computer, run this there:') + 2
print(' '.join(lines[start:lines.index('', start)]))")
expected="ssh -p $SSH_PORT $(id -un)@127.0.0.1 report training-needs --team education-leisure-it --format csv --excel > 'tna team.csv'"
[ "$shown" = "$expected" ] || fail "the command shown is: $shown"
keys Escape
wait_gone "Nothing was written on the server"
keys q q q
status=$(wait_exit)
[ "$status" = 0 ] || fail "rdunn's TUI over SSH ended with status $status"
[ ! -e "$HOME/tna team.csv" ] && [ ! -e "/tna team.csv" ] || fail "the export wrote a file on the server"
( cd "$WORK" && bash -c "${expected/ssh /ssh -F $WORK/ssh_config -i $WORK/keys/rdunn }" ) || fail "the command shown failed"
"$BIN" --as rdunn report training-needs --team education-leisure-it --format csv --excel | cmp -s - "$WORK/tna team.csv" \
  || fail "the file from the command shown differs from the export"
head -c 3 "$WORK/tna team.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "no byte-order mark for Excel"
echo "ok: TUI export over SSH shows the command, which writes the same file locally"

# --- 20 people rating at once, each in their own SSH sessions: nothing lost, no errors.
before=$("$BIN" export ratings --format csv | wc -l)
started=$(date +%s%N)
sessions=()
for login in "${TWENTY[@]}"; do
  (
    for number in 1 2 3 4 5; do
      ssh_as "$login" skills-test rate "DI.FND.$number" $((number % 5)) --note "'concurrent $login $number'" > /dev/null \
        || echo "$login $number" >> "$WORK/concurrent.errors"
    done
  ) &
  sessions+=($!)
done
wait "${sessions[@]}"
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
[ ! -s "$WORK/concurrent.errors" ] || fail "failed sessions: $(cat "$WORK/concurrent.errors")"
after=$("$BIN" export ratings --format csv | wc -l)
[ $((after - before)) = 100 ] || fail "$((after - before)) new rating events, expected 100"
for login in "${TWENTY[@]}"; do
  [ "$("$BIN" --as pnair export ratings --format csv | grep -c ",$login,DI.FND.[1-5],[0-9.]*,self,[0-4],$login,concurrent $login [1-5]")" = 5 ] \
    || fail "$login's five ratings are not all there"
done
echo "ok: 20 concurrent sessions, 100 ratings in ${elapsed_ms} ms, 0 lost, 0 errors"
