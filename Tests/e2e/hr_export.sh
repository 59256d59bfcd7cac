#!/usr/bin/env bash
# HR exports the organisation's training needs from the TUI and the file is right.
source "$(dirname "$0")/lib.bash"

open_organisation_needs
keys e
wait_for "Export as: c CSV"
keys x
wait_for "Save CSV for Excel to:"
keys C-u
keys -l "$WORK/needs.csv"
keys Enter
wait_for "Exported 72 training needs to $WORK/needs.csv"
keys q q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "exit status $status"

[ -f "$WORK/needs.csv" ] || fail "no export file"
mode=$(stat -c %a "$WORK/needs.csv")
[ "$mode" = "600" ] || fail "export mode is $mode, not 600"
header=$(head -1 "$WORK/needs.csv" | tr -d '\r')
expected=$'\xef\xbb\xbfcompetency_id,competency_name,framework,login,name,team,role,target,self,lead,effective,gap,weight,priority,stale,disputed,assessed,rated_against'
[ "$header" = "$expected" ] || fail "header is: $header"
rows=$(($(wc -l < "$WORK/needs.csv") - 1))
[ "$rows" = "72" ] || fail "$rows rows, expected 72"
cmp -s <(tail -n +2 "$WORK/needs.csv") <("$BIN" --as pnair report training-needs --format csv | tail -n +2) \
  || fail "the TUI's export differs from the command line's"
echo "ok: HR export from the TUI: 72 rows, mode 600, BOM, same rows as the CLI"
