#!/usr/bin/env bash
# A timing report, not a timed test: how long from `ssh` to the first TUI frame over the
# loopback with a 10,000-person organisation, split into the SSH handshake (until the
# client is authenticated) and the rest (session, pty, the gateway starting, opening the
# database for the person and drawing the home screen). Prints medians; fails only if a
# frame never comes. For the README's figures run it on a release build:
#   swift build -c release && SKILLS_TUI_BIN=.build/release/skills-tui RUNS=21 Tests/e2e/ssh_first_frame.sh
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/ssh.bash"
BIN=${SKILLS_TUI_BIN:-$BIN}
RUNS=${RUNS:-7}
STAFF=${STAFF:-10000}

big="$WORK/big.sqlite"
"$BIN" generate --staff "$STAFF" --db "$big" > /dev/null || fail "generate failed"
cat > "$WORK/gateway.conf" <<CONFIG
database = $big
authorized-keys = $WORK/authorized_keys
CONFIG
chmod 644 "$WORK/gateway.conf"
# A member of staff who leads nobody, and a team lead (whose home also counts their queue).
"$BIN" --db "$big" staff list --format csv | tr -d '\r' > "$WORK/staff.csv"
staff_login=$(awk -F, 'NR > 1 && $6 == "" { print $1; exit }' "$WORK/staff.csv")
lead_login=$(awk -F, 'NR > 1 && $6 == "yes" { print $1; exit }' "$WORK/staff.csv")
for login in "$staff_login" "$lead_login"; do
  new_key "$login"
  "$BIN" access add "$login" "$WORK/keys/$login.pub" --config "$WORK/gateway.conf" --db "$big" > /dev/null || fail "access add $login"
done
start_sshd

measure() {
  python3 - "$WORK/ssh_config" "$WORK/keys/$1" "$RUNS" <<'PY'
import os, pty, select, statistics, subprocess, sys, time
config, key, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
handshakes, frames, totals = [], [], []
for _ in range(runs):
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    started = time.monotonic()
    client = subprocess.Popen(["ssh", "-tt", "-v", "-F", config, "-i", key, "skills-test"],
                              stdin=slave, stdout=slave, stderr=subprocess.PIPE, env=dict(os.environ, TERM="xterm-256color"))
    os.close(slave)
    authenticated = frame = None
    screen, errors = b"", b""
    deadline = started + 60
    while frame is None and time.monotonic() < deadline:
        ready, _, _ = select.select([master, client.stderr], [], [], 1)
        now = time.monotonic()
        if client.stderr in ready:
            errors += os.read(client.stderr.fileno(), 65536)
            if authenticated is None and b"Authenticated to" in errors:
                authenticated = now
        if master in ready:
            try:
                screen += os.read(master, 65536)
            except OSError:
                break
            # The status bar is the last row drawn: the frame is complete.
            if b" quit" in screen:
                frame = now
    if frame is None or authenticated is None:
        sys.exit("no first frame: " + screen[-300:].decode(errors="replace") + errors[-300:].decode(errors="replace"))
    os.write(master, b"q")
    client.wait(timeout=30)
    os.close(master)
    handshakes.append(authenticated - started)
    frames.append(frame - authenticated)
    totals.append(frame - started)
median = lambda values: statistics.median(values) * 1000
print(f"{median(handshakes):.0f} {median(frames):.0f} {median(totals):.0f} {min(frames) * 1000:.0f} {max(frames) * 1000:.0f}")
PY
}

echo "ssh to first TUI frame, $STAFF staff, loopback, $RUNS runs, medians (binary: $BIN)"
printf '%-34s %10s %24s %8s %18s\n' "who" "handshake" "first frame after it" "total" "after it: min-max"
for who in "staff:$staff_login" "lead:$lead_login"; do
  read -r handshake frame total low high <<< "$(measure "${who#*:}")" || fail "no first frame for ${who#*:}"
  printf '%-34s %8s ms %21s ms %5s ms %11s ms\n' "${who%%:*} (${who#*:})" "$handshake" "$frame" "$total" "$low-$high"
done
