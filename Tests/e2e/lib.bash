# Shared helpers for the tmux end-to-end scripts: each script sources this file.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN="$(cd "$ROOT" && swift build --show-bin-path)/skills-tui"
WORK=$(mktemp -d /tmp/skills-e2e.XXXXXX)
SESSION="skills-e2e"
# A tmux server of our own: it inherits this script's environment (SKILLS_DB...), which
# a server started earlier by someone else would not pass on.
SOCKET="skills-e2e-$$"
tm() { tmux -L "$SOCKET" "$@"; }
export SKILLS_DB="$WORK/skills.sqlite"
export XDG_DATA_HOME="$WORK/xdg"
export TERM=xterm-256color
unset NO_COLOR SKILLS_TUI_NOW
# English whatever the machine's locale (a script that wants Norwegian sets LANG itself).
unset LC_ALL LC_MESSAGES LANGUAGE
export LANG=C.UTF-8

PG_FOLDER=""
cleanup() {
  tm kill-server 2>/dev/null || true
  rm -rf "$WORK"
  if [ -n "$PG_FOLDER" ]; then bash "$ROOT/Tests/postgres.bash" stop "$PG_FOLDER"; fi
}
trap cleanup EXIT

# SKILLS_E2E_BACKEND=postgresql: the same script with the database on a throwaway
# PostgreSQL cluster of its own (Tests/postgres.bash, stopped by cleanup), named by its
# URL in SKILLS_DB.
if [ "${SKILLS_E2E_BACKEND:-sqlite}" = postgresql ]; then
  PG_FOLDER=$(mktemp -d /tmp/skills-e2e-pg.XXXXXX)
  pg_port=$(bash "$ROOT/Tests/postgres.bash" start "$PG_FOLDER") || { echo "FAIL: PostgreSQL did not start" >&2; exit 1; }
  psql -X -q -v ON_ERROR_STOP=1 -d "postgresql://skills_admin@127.0.0.1:$pg_port/postgres" -c "CREATE DATABASE skills" \
    || { echo "FAIL: createdb" >&2; exit 1; }
  export SKILLS_DB="postgresql://skills_admin@127.0.0.1:$pg_port/skills"
fi

# db_scalar SQL: the one value SQL gives on the test database, whichever backend it is on.
db_scalar() {
  if [ -n "$PG_FOLDER" ]; then
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$SKILLS_DB" -c "$1"
  else
    python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$SKILLS_DB" "$1"
  fi
}

fail() {
  echo "FAIL: $*" >&2
  echo "--- screen ---" >&2
  tm capture-pane -t "$SESSION" -p >&2 2>/dev/null || true
  exit 1
}

# start WIDTH HEIGHT COMMAND...: runs COMMAND in a new tmux session; its PID goes to
# $WORK/pid and, when it ends, its exit status to $WORK/status and the terminal's
# settings (stty -a) to $WORK/stty.
start() {
  local width=$1 height=$2
  shift 2
  rm -f "$WORK/pid" "$WORK/status" "$WORK/stty"
  # The server goes with its last session; a new session started while it is still on
  # its way out meets it there and fails ("server exited unexpectedly"). So end it, and
  # wait until its socket is gone (at most 5 s).
  tm kill-server 2>/dev/null || true
  local socket="${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET" waited=0
  while [ -S "$socket" ] && [ "$waited" -lt 50 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  tm new-session -d -s "$SESSION" -x "$width" -y "$height" \
    "sh -c 'echo \$\$ > $WORK/pid; exec $*'; echo \$? > $WORK/status; stty -a > $WORK/stty; sleep 600"
}

screen() { tm capture-pane -t "$SESSION" -p; }
# The screen with its escape sequences, to see colours and attributes.
screen_escapes() { tm capture-pane -t "$SESSION" -p -e; }
# Whether the screen uses any foreground or background colour (SGR 30-37, 40-47).
has_colour() { screen_escapes | grep -qE $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7])(;[0-9]+)*m'; }

# wait_for TEXT [SECONDS]: polls the screen until TEXT appears.
wait_for() {
  local text=$1 limit=${2:-30} waited=0
  while ! screen | grep -qF -- "$text"; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -ge $((limit * 10)) ] && fail "timed out waiting for: $text"
  done
  return 0
}

# wait_gone TEXT [SECONDS]: polls until TEXT is no longer on the screen.
wait_gone() {
  local text=$1 limit=${2:-30} waited=0
  while screen | grep -qF -- "$text"; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -ge $((limit * 10)) ] && fail "timed out waiting for \"$text\" to go"
  done
  return 0
}

# wait_exit [SECONDS]: waits until the program has ended; prints its exit status.
wait_exit() {
  local limit=${1:-30} waited=0
  while [ ! -s "$WORK/status" ]; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -ge $((limit * 10)) ] && fail "the program did not exit"
  done
  sleep 0.2
  cat "$WORK/status"
}

keys() { tm send-keys -t "$SESSION" "$@"; }
resize() { tm resize-window -t "$SESSION" -x "$1" -y "$2"; }

pid() {
  local waited=0
  while [ ! -s "$WORK/pid" ]; do sleep 0.1; waited=$((waited + 1)); [ "$waited" -ge 100 ] && fail "no pid"; done
  cat "$WORK/pid"
}

# The terminal is usable again: canonical mode and echo back on.
assert_terminal_restored() {
  grep -q -- ' icanon' "$WORK/stty" || fail "terminal left without icanon: $(cat "$WORK/stty")"
  grep -q -- ' echo ' "$WORK/stty" || fail "terminal left without echo"
}

"$BIN" init --demo >/dev/null || fail "init --demo failed"

# open_organisation_needs: as HR (pnair) in a 120x40 terminal, opens the whole
# organisation's training needs.
open_organisation_needs() {
  start 120 40 "$BIN" --as pnair
  wait_for "Training needs"
  keys Down Down Down Enter
  wait_for "Whole organisation"
  keys Enter
  wait_for "72 needs in 34 competencies"
}
