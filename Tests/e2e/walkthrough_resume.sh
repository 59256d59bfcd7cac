#!/usr/bin/env bash
# Answer three competencies, SIGKILL the TUI, check the answers were saved, restart and
# resume at the fourth.
source "$(dirname "$0")/lib.bash"

start 100 30 "$BIN" --as loconnor
wait_for "Start self-assessment (10 competencies)"
keys Enter
wait_for "1 of 10"
keys 2
wait_for "2 of 10"
keys 1
wait_for "3 of 10"
keys n
keys -l "supported a resident at the library kiosk"
keys Enter
wait_for "Note kept"
keys 3
wait_for "3 of 10 answered"

kill -KILL "$(pid)"
wait_exit >/dev/null

json=$("$BIN" --as loconnor report gaps --format json)
events=$("$BIN" --as pnair export ratings --format json)
python3 - "$events" <<'PY' || fail "the note was not saved with DI.FND.3"
import json, sys
events = [e for e in json.loads(sys.argv[1]) if e["login"] == "loconnor" and e["competency_id"] == "DI.FND.3"]
assert events and events[-1]["note"] == "supported a resident at the library kiosk", events
assert events[-1]["level"] == 3, events
PY
python3 - "$json" <<'PY' || fail "answers not saved"
import json, sys
requirements = json.loads(sys.argv[1])[0]["requirements"]
levels = {r["competency_id"]: r["self"] for r in requirements}
expected = {"DI.FND.1": 2, "DI.FND.2": 1, "DI.FND.3": 3}
for competency, level in expected.items():
    assert levels.get(competency) == level, (competency, levels.get(competency))
rated = [r for r in requirements if r["self"] is not None]
assert len(rated) == 3, rated
PY
"$BIN" --as loconnor report gaps >/dev/null

start 100 30 "$BIN" --as loconnor
wait_for "Continue self-assessment at 4 of 10"
keys Enter
wait_for "Resumed where you stopped: 4 of 10"
wait_for "4 of 10 · 3 answered"
keys q
wait_for "Continue self-assessment at 4 of 10"
keys q
status=$(wait_exit)
[ "$status" = "0" ] || fail "exit status $status"
assert_terminal_restored
echo "ok: answers survive SIGKILL and the walk-through resumes at 4 of 10"
