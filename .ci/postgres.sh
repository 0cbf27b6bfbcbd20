#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the shared-server tests and print its URL.
# Usage: eval "$(.ci/postgres.sh start)"   ...   .ci/postgres.sh stop
# The server runs from a private data folder on port 54329, so it never touches a system cluster.
set -euo pipefail
PORT=${RUTAN_DESK_PG_PORT:-54329}
DATA=${RUTAN_DESK_PG_DATA:-/tmp/rutan-desk-ci-pg}

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

case "${1:-start}" in
start)
    BIN=$(find_bin)
    if [ -z "$BIN" ] || [ ! -x "$BIN/postgres" ]; then
        apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
        BIN=$(find_bin)
    fi
    RUN_AS=()
    if [ "$(id -u)" = 0 ]; then RUN_AS=(su postgres -s /bin/sh -c); fi
    run() { if [ ${#RUN_AS[@]} -gt 0 ]; then "${RUN_AS[@]}" "$*"; else sh -c "$*"; fi; }
    if [ -d "$DATA" ]; then run "$BIN/pg_ctl -D $DATA -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$DATA"; fi
    mkdir -p "$DATA"
    if [ "$(id -u)" = 0 ]; then chown postgres "$DATA"; fi
    run "$BIN/initdb -D $DATA -A trust -U postgres --no-sync" >/dev/null
    run "$BIN/pg_ctl -D $DATA -l $DATA/server.log -w -o '-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null
    echo "export RUTAN_DESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
    ;;
stop)
    BIN=$(find_bin)
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$BIN/pg_ctl -D $DATA -m fast stop" >/dev/null 2>&1 || true
    else "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$DATA"
    ;;
esac
