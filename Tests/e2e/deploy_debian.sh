#!/usr/bin/env bash
# Follows README.md's "Deploying for a department" word for word: builds the Debian
# package, installs it for real (creating the skills account), runs each command on the
# "host" as root and on "wli's laptop" through a real ssh client to an sshd of our own on
# 127.0.0.1 (StrictModes on, the account's real ~/.ssh/authorized_keys), and checks every
# output line the README shows. Removes the package, the account and its data afterwards.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/ssh.bash"

marker=/var/lib/skills-tui/.installed-by-skills-tui-e2e
if dpkg -s skills-tui >/dev/null 2>&1 && [ ! -e "$marker" ]; then
  echo "skip: skills-tui is installed on this machine for real; not touching it"
  exit 0
fi
uninstall() {
  dpkg --purge skills-tui >/dev/null 2>&1 || true
  if getent passwd skills >/dev/null; then deluser --quiet skills >/dev/null 2>&1 || userdel skills 2>/dev/null || true; fi
  getent group skills >/dev/null && { delgroup --quiet skills >/dev/null 2>&1 || groupdel skills 2>/dev/null || true; }
  rm -rf /var/lib/skills-tui /etc/skills-tui
}
trap 'stop_sshd; uninstall; cleanup' EXIT
uninstall

# The README's section, as (prompt, command, shown output) steps.
python3 - "$ROOT/README.md" > "$WORK/steps.json" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
section = text.split("## Deploying for a department\n", 1)[1].split("\n## ", 1)[0]
prompts = {"you@build:~/skills-tui$ ": "build", "root@skills-host:~# ": "host", "wli@laptop:~$ ": "laptop"}
steps = []
for block in re.findall(r"```console\n(.*?)```", section, re.S):
    for line in block.splitlines():
        prompt = next((p for p in prompts if line.startswith(p)), None)
        if prompt:
            steps.append({"where": prompts[prompt], "command": line[len(prompt):], "shown": []})
        elif steps:
            steps[-1]["shown"].append(line)
print(json.dumps(steps))
PY
count=$(python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))))" "$WORK/steps.json")
[ "$count" -ge 5 ] && [ "$count" -le 8 ] || fail "the README's deployment has $count commands, not 5 to 8"

# The host's files (HR's staff list, wli's public key) and wli's laptop: an ssh that
# reaches "skills-host" (our sshd on 127.0.0.1) with wli's key.
mkdir -p "$WORK/host" "$WORK/laptop/bin"
cp "$ROOT/seeds/demo/people.csv" "$WORK/host/staff.csv"
new_key wli
cp "$WORK/keys/wli.pub" "$WORK/host/wli.pub"
start_sshd .ssh/authorized_keys yes
cat > "$WORK/laptop/bin/ssh" <<WRAPPER
#!/bin/sh
exec /usr/bin/ssh -F "$WORK/ssh_config" -i "$WORK/keys/wli" "\$@"
WRAPPER
chmod +x "$WORK/laptop/bin/ssh"

normalise() { sed -E 's/SHA256:[A-Za-z0-9+\/]{43}/SHA256:(fingerprint)/g; s/[[:space:]]+$//'; }
for index in $(seq 0 $((count - 1))); do
  python3 -c "import json, sys; s = json.load(open(sys.argv[1]))[int(sys.argv[2])]; print(s['where']); print(s['command'])" \
    "$WORK/steps.json" "$index" > "$WORK/step"
  where=$(sed -n 1p "$WORK/step")
  command=$(sed -n 2p "$WORK/step")
  echo "== [$where] $command"
  status=0
  case "$where" in
    build) (cd "$ROOT" && bash -c "$command") > "$WORK/out" 2>&1 || status=$? ;;
    host)
      if [ -z "$(ls "$WORK/host"/*.deb 2>/dev/null)" ]; then cp "$ROOT"/dist/*.deb "$WORK/host/"; fi
      # A root login's environment, not this script's (SKILLS_DB, XDG_DATA_HOME...).
      (cd "$WORK/host" && env -i HOME=/root LANG=C.UTF-8 TERM=xterm PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        bash -c "$command") > "$WORK/out" 2>&1 || status=$?
      [ -d /var/lib/skills-tui ] && touch "$marker"
      ;;
    laptop)
      (cd "$WORK/laptop" && env -i HOME="$WORK/laptop" LANG=C.UTF-8 TERM=xterm PATH="$WORK/laptop/bin:/usr/bin:/bin" \
        bash -c "$command") > "$WORK/out" 2>&1 || status=$?
      ;;
  esac
  [ "$status" = 0 ] || { cat "$WORK/out" >&2; fail "[$where] $command: exit status $status"; }
  python3 -c "import json, sys; print('\n'.join(json.load(open(sys.argv[1]))[int(sys.argv[2])]['shown']))" "$WORK/steps.json" "$index" \
    | normalise > "$WORK/shown"
  normalise < "$WORK/out" > "$WORK/got"
  while IFS= read -r line; do
    [ -z "$line" ] || [ "$line" = "..." ] && continue
    grep -qxF -- "$line" "$WORK/got" || { cat "$WORK/out" >&2; fail "[$where] $command: the README shows \"$line\""; }
  done < "$WORK/shown"
done

# What the README promises besides: the database is the account's alone, and wli rated.
[ "$(stat -c '%U %a' /var/lib/skills-tui/skills.sqlite)" = "skills 600" ] || fail "the database is not skills' alone (0600)"
[ "$(stat -c '%U %a' /var/lib/skills-tui/.ssh/authorized_keys)" = "skills 600" ] || fail "authorized_keys is not skills' 0600"
# The account is the database's admin, not hr: its export has the rating without wli's
# note, which is his, his leads' and hr's alone.
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin runuser -u skills -- skills-tui export ratings --format csv | tr -d '\r' \
  | grep -Eq ",wli,PM.STK.1,[0-9.]+,self,2,wli,$" || fail "wli's rating over SSH is not in the database (or its note is not private)"
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin runuser -u skills -- skills-tui access rights | grep -Eq '^pnair +hr +' \
  || fail "pnair does not hold hr after access grant"
# hr (pnair, granted above) reads the note: it arrived over SSH whole.
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin runuser -u skills -- skills-tui --as pnair export ratings --format csv \
  | grep -Eq ",wli,PM.STK.1,[0-9.]+,self,2,wli,first rating over SSH" || fail "wli's note did not reach hr's export"
grep -q '^restrict,pty,command="/usr/bin/skills-tui gateway wli" ssh-ed25519 ' /var/lib/skills-tui/.ssh/authorized_keys \
  || fail "the key line is not restricted to the gateway"
zcat /usr/share/man/man1/skills-tui.1.gz | grep -q "gateway LOGIN" || fail "the man page does not cover the gateway"
echo "ok: README's deployment followed word for word: $count commands, package installed, wli rated over SSH"
