# Helpers for the SSH gateway scripts: a real OpenSSH sshd of our own on 127.0.0.1, on a
# free port, with its own host key, configuration and authorized_keys in $WORK, and ssh
# clients that trust only that host key. Source after lib.bash. The sshd is stopped on
# every way out of the script (the EXIT trap), and only loopback addresses are used.

# Like tmux, OpenSSH is installed when missing (root, Debian's packages).
need_openssh() {
  local missing=()
  [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
  command -v ssh >/dev/null && command -v scp >/dev/null && command -v sftp >/dev/null || missing+=(openssh-client)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
need_openssh

SSHD_PID=""
# Clients a script leaves running in the background (ssh -N), stopped with sshd.
CLIENT_PIDS=()
stop_sshd() {
  for pid in "${CLIENT_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$SSHD_PID" ]; then
    # The connections' own sshd processes first (children of the listener), then it.
    pkill -P "$SSHD_PID" 2>/dev/null || true
    kill "$SSHD_PID" 2>/dev/null || true
    wait "$SSHD_PID" 2>/dev/null || true
    SSHD_PID=""
  fi
}
trap 'stop_sshd; cleanup' EXIT
trap 'exit 130' INT TERM HUP

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# start_sshd [AUTHORIZED_KEYS [STRICT_MODES]]: sshd in the foreground of a background job,
# logging to $WORK/sshd.log. AcceptEnv lets SKILLS_*, XDG_* and HOME through on purpose:
# the gateway must ignore them by itself, whatever a server's configuration passes on.
start_sshd() {
  local keys=${1:-$WORK/authorized_keys} strict=${2:-no}
  SSH_PORT=$(free_port)
  mkdir -p "$WORK/sshd" /run/sshd
  ssh-keygen -q -t ed25519 -N '' -C skills-e2e-host -f "$WORK/sshd/host_key"
  cat > "$WORK/sshd/sshd_config" <<CONFIG
ListenAddress 127.0.0.1
Port $SSH_PORT
HostKey $WORK/sshd/host_key
PidFile $WORK/sshd/sshd.pid
AuthorizedKeysFile $keys
# no when the keys file is under /tmp (world-writable): fine for a test, which is why
# the package test uses the service account's real ~/.ssh with StrictModes on.
StrictModes $strict
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
AcceptEnv LANG LC_* SKILLS_* XDG_* HOME
Subsystem sftp /usr/lib/openssh/sftp-server
MaxStartups 100:30:200
PrintMotd no
# The forced command runs through the account's shell. A service account's is /bin/sh,
# which reads nothing; root's here is bash, which sources ~/.bashrc when sshd starts it
# at SHLVL 0 (a second on a developer's machine): start it at level 1, as dash would be.
SetEnv SHLVL=1
LogLevel VERBOSE
CONFIG
  /usr/sbin/sshd -t -f "$WORK/sshd/sshd_config" || fail "sshd rejects its test configuration"
  # A session of its own: sshd signals its process group (kill(0, SIGTERM)) when it
  # ends a connection in some paths, which must not reach this script.
  setsid /usr/sbin/sshd -D -f "$WORK/sshd/sshd_config" -E "$WORK/sshd.log" &
  SSHD_PID=$!
  printf '[127.0.0.1]:%s %s\n' "$SSH_PORT" "$(cut -d' ' -f1,2 "$WORK/sshd/host_key.pub")" > "$WORK/known_hosts"
  cat > "$WORK/ssh_config" <<CONFIG
Host skills-test skills-host 127.0.0.1
  HostName 127.0.0.1
  Port $SSH_PORT
  User ${SSH_USER:-$(id -un)}
  IdentitiesOnly yes
  UserKnownHostsFile $WORK/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
  LogLevel ERROR
  ConnectTimeout 10
CONFIG
  local waited=0
  until python3 -c "import socket; socket.create_connection(('127.0.0.1', $SSH_PORT), 1).close()" 2>/dev/null; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -ge 100 ] && fail "sshd did not start: $(tail -5 "$WORK/sshd.log")"
  done
  return 0
}

# new_key NAME: an ed25519 key pair $WORK/keys/NAME(.pub), as a person would make one.
new_key() {
  mkdir -p "$WORK/keys"
  ssh-keygen -q -t ed25519 -N '' -C "$1@laptop" -f "$WORK/keys/$1"
}

# ssh_as NAME SSH-ARGUMENTS...: ssh to the test server with NAME's key (exported, so
# that `timeout` can run it through bash).
ssh_as() {
  local name=$1
  shift
  ssh -F "$WORK/ssh_config" -i "$WORK/keys/$name" "$@"
}
export -f ssh_as
export WORK
