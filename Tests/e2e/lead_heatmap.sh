#!/usr/bin/env bash
# A team lead opens the heatmap, moves the cursor both ways, toggles the lens, and sees
# the detail panel follow; in colour and with NO_COLOR=1, at 80x24 and 160x50.
source "$(dirname "$0")/lib.bash"

for size in "80 24" "160 50"; do
  for colour in "" "NO_COLOR=1" "TERM=dumb"; do
    start $size env $colour "$BIN" --as hmarsh
    wait_for "Team heatmap"
    keys Down Down Enter
    wait_for "Coverage (meet/need)"
    wait_for "DI.FND.1 Devices and basics"
    wait_for "Anita Patel (apatel) · target"
    if [ -z "$colour" ]; then
      has_colour || fail "no colour in the heatmap with colour allowed"
    else
      ! has_colour || fail "colour drawn despite $colour"
    fi
    keys Down Right Right
    wait_for "DI.FND.3 Transacting online"
    wait_for "Callum Campbell (ccampbell) · target"
    keys G
    wait_for "Tom Ashworth (tashworth) · target"
    keys t
    wait_for "self ratings"
    keys t
    wait_for "lead ratings"
    keys f f
    wait_for "Project Management"
    # The single point of failure is marked in the coverage row.
    screen | grep -q "1/7\*" || [ "${size%% *}" = "80" ] || fail "no single point of failure marked"
    keys Escape
    wait_for "Validate ratings"
    keys q
    status=$(wait_exit)
    [ "$status" = "0" ] || fail "exit status $status at $size $colour"
    assert_terminal_restored
  done
done
echo "ok: lead heatmap at 80x24 and 160x50, in colour, NO_COLOR=1 and TERM=dumb"
