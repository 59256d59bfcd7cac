#!/usr/bin/env bash
# The mouse and the shell's job control, through a real terminal: a click on a list row
# chooses that row (the demo's role picker at 80x24, where each person takes two rows:
# role and team under the name, nothing cut); the wheel scrolls; Ctrl-Z gives the
# terminal back to the shell and `fg` brings the screen back whole.
source "$(dirname "$0")/lib.bash"

# mouse BUTTON X Y: a mouse event at column X, row Y (1-based) as the terminal in the
# pane reports it: tmux's panes are TERM=tmux-256color, whose kmous is xterm's X10 form
# (ESC [ M, then the button, column and row each as a byte 32 above its value).
byte() { printf "\\$(printf '%03o' $((32 + $1)))"; }
mouse() { tm send-keys -t "$SESSION" -l $'\e'"[M$(byte "$1")$(byte "$2")$(byte "$3")"; }
# A press, then its release a moment later (a terminal sends the two apart).
click() { mouse 0 "$1" "$2"; sleep 0.2; mouse 3 "$1" "$2"; }
wheel_up() { mouse 64 "$1" "$2"; }
wheel_down() { mouse 65 "$1" "$2"; }

start 80 24 "$BIN" demo
wait_for "choose who to be"
# At 80 columns the longest role and team is read in full on its own row.
wait_for "Project Support Officer · project-support-office"
screen | grep -q '…' && fail "a line of the role picker is cut at 80x24"
# The wheel scrolls the list: the first suggestion goes out of view, and back.
wheel_down 20 10
wait_gone "Staff member"
wheel_up 20 10
wait_for "Staff member"
# Row 8 is the second row of the second person (the suggested team lead): a click on it
# chooses them, whichever of their two rows it lands on.
screen | sed -n '7p' | grep -q "Team lead" || fail "the team lead is not on row 7"
click 30 8
wait_for "Validate ratings"
screen | grep -q "Helen Marsh" || fail "the click chose someone else than the team lead"
# A click on the home menu opens the item under it.
row=$(screen | grep -n "My gap report" | head -1 | cut -d: -f1)
[ -n "$row" ] || fail "no gap report item"
click 10 "$row"
wait_for "Gap report"
keys q q
wait_exit >/dev/null
assert_terminal_restored

# Ctrl-Z and fg, from a shell with job control.
tm kill-server 2>/dev/null || true
sleep 0.3
tm new-session -d -s "$SESSION" -x 80 -y 24 "env PS1='shell> ' bash --norc --noprofile -i"
wait_for 'shell>'
keys "$BIN --as apatel" Enter
wait_for "My gap report"
keys C-z
wait_for 'shell>'
wait_gone "My gap report"
screen | grep -qi "stopped" || fail "the shell does not show the TUI as stopped"
keys "fg" Enter
wait_for "My gap report"
# Redrawn whole: no trace of the shell's lines, the title and status bars in place.
wait_gone 'shell>'
screen | head -1 | grep -q "skills-tui" || fail "the title bar was not redrawn"
screen | tail -1 | grep -q "quit" || fail "the status bar was not redrawn"
keys Down
sleep 0.3
screen | grep -q "▸" || fail "the keys do not work after fg"
keys q
wait_for 'shell>'
echo "ok: a click chooses the row under it (two-row items at 80x24), the wheel scrolls, Ctrl-Z and fg redraw the screen"
