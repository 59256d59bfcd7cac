#!/usr/bin/env bash
# The terminal is restored on q, Ctrl-C, SIGTERM and after a Swift runtime trap; resize
# redraws, a small terminal gets a message, and without a terminal the TUI refuses.
source "$(dirname "$0")/lib.bash"

start 100 30 "$BIN" --as apatel
wait_for "My gap report"
keys C-c
status=$(wait_exit)
[ "$status" = "0" ] || fail "Ctrl-C exit status $status"
assert_terminal_restored

start 100 30 "$BIN" --as apatel
wait_for "My gap report"
kill -TERM "$(pid)"
status=$(wait_exit)
[ "$status" = "143" ] || fail "SIGTERM exit status $status, expected 143"
assert_terminal_restored

start 100 30 env SKILLS_TUI_TEST_TRAP=1 SWIFT_BACKTRACE=enable=no "$BIN" --as apatel
wait_for "My gap report"
keys '!'
status=$(wait_exit)
[ "$status" != "0" ] || fail "the trap did not crash"
assert_terminal_restored

start 100 30 "$BIN" --as apatel
wait_for "My gap report"
resize 60 20
wait_for "Terminal too small: 60x20"
resize 90 28
wait_for "My gap report"
wait_gone "Terminal too small"
keys q
wait_exit >/dev/null
assert_terminal_restored

set +e
message=$("$BIN" --as apatel 2>&1 </dev/null | cat)
status=${PIPESTATUS[0]}
set -e
echo "$message" | grep -q "needs a terminal" || fail "no-terminal message: $message"
"$BIN" --as apatel </dev/null >/dev/null 2>&1 && fail "no-terminal run succeeded"
[ "$("$BIN" --as apatel </dev/null >/dev/null 2>&1; echo $?)" = "64" ] || fail "no-terminal exit status is not 64"

start 100 30 "$BIN" --db "$WORK/missing.sqlite"
status=$(wait_exit)
[ "$status" = "66" ] || fail "missing database exit status $status"
screen | grep -q "no database at" || fail "no message for a missing database"
echo "ok: terminal restored after q, Ctrl-C, SIGTERM and a trap; resize; no terminal; missing database"
