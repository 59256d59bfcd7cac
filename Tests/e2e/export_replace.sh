#!/usr/bin/env bash
# HR exports over an existing file: the TUI asks first, n keeps it, y replaces it; typing
# the database's own path is refused and the database stays whole.
source "$(dirname "$0")/lib.bash"

echo "keep me" > "$WORK/needs.csv"
before=$(sha1sum < "$SKILLS_DB")
open_organisation_needs

# The database itself: refused with the engine's reason, nothing written.
keys e
wait_for "Export as: c CSV"
keys c
wait_for "Save CSV to:"
keys C-u
keys -l "$SKILLS_DB"
keys Enter
wait_for "is the database or one of its files"
keys Escape

# An existing file: asked, n keeps it.
keys e
wait_for "Export as: c CSV"
keys c
wait_for "Save CSV to:"
keys C-u
keys -l "$WORK/needs.csv"
keys Enter
wait_for "needs.csv exists. Replace it? y/n"
keys n
wait_gone "Replace it?"
[ "$(cat "$WORK/needs.csv")" = "keep me" ] || fail "n replaced the file"
# Back at the name; Enter asks again, and y replaces it.
wait_for "Save CSV to:"
keys Enter
wait_for "Replace it? y/n"
keys y
wait_for "Exported 72 training needs to $WORK/needs.csv"
keys q q q
status=$(wait_exit)
[ "$status" = "0" ] || fail "exit status $status"

head -1 "$WORK/needs.csv" | grep -q "^competency_id," || fail "the file was not replaced"
[ "$(sha1sum < "$SKILLS_DB")" = "$before" ] || fail "the database changed"
"$BIN" --as pnair report training-needs --format csv > /dev/null || fail "the database no longer opens"
echo "ok: the TUI asks before replacing an export, and never writes over the database"
