#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, never a system service:
#   Tests/postgres.bash start FOLDER    initdb into FOLDER, start on a free port with the
#                                       socket in FOLDER; prints the port
#   Tests/postgres.bash restart FOLDER  a fast restart (the fault tests)
#   Tests/postgres.bash down FOLDER     stop it, keeping FOLDER (a server that is down)
#   Tests/postgres.bash up FOLDER       start it again after `down`, on the same port
#   Tests/postgres.bash stop FOLDER     stop it and remove FOLDER
# Superuser skills_admin (trust); user skills_pw must give its password over TCP.
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail
command=$1
folder=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.bash: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
start)
  mkdir -p "$folder"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$folder"; fi
  as_owner "$bin/initdb" -D "$folder/data" -U skills_admin --auth=trust -E UTF8 --no-locale >"$folder/initdb.log" 2>&1
  as_owner tee "$folder/data/pg_hba.conf" >/dev/null <<'HBA'
local all all trust
host all skills_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    options="-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=120"
    if as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "$options" start >/dev/null 2>>"$folder/pg_ctl.log" </dev/null; then
      echo "$options" | as_owner tee "$folder/options" >/dev/null
      echo "$port" | as_owner tee "$folder/port"
      exit 0
    fi
  done
  echo "postgres.bash: the server did not start; see $folder/server.log" >&2
  exit 1
  ;;
restart)
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -m fast -w -t 60 restart >/dev/null 2>>"$folder/pg_ctl.log" </dev/null
  ;;
down)
  as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w -t 60 stop >/dev/null 2>>"$folder/pg_ctl.log" </dev/null
  ;;
up)
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 -o "$(cat "$folder/options")" start \
    >/dev/null 2>>"$folder/pg_ctl.log" </dev/null
  ;;
stop)
  if [ -d "$folder/data" ]; then as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w -t 60 stop >/dev/null 2>&1 || true; fi
  rm -rf "$folder"
  ;;
*)
  echo "usage: Tests/postgres.bash start|restart|down|up|stop FOLDER" >&2
  exit 64
  ;;
esac
