#!/bin/sh
# Starts a throwaway PostgreSQL 15 cluster on loopback for the history tests and prints the
# line that points the tests at it:
#
#   eval "$(modules/station-history/src/test/scripts/postgres-for-tests.sh)"   # exports STATION_TEST_POSTGRES_URL
#   modules/station-history/src/test/scripts/postgres-for-tests.sh stop         # stops it and deletes its files
#
# The tests create (and drop) a database of their own per test through that URL, so the role is
# the cluster's superuser. Running it again while the cluster is up only prints the line again.
# Settings: STATION_TEST_POSTGRES_DIR (default /tmp/station-test-postgres),
# STATION_TEST_POSTGRES_PORT (default 55432), POSTGRES_BIN (default /usr/lib/postgresql/15/bin).
set -eu

dir=${STATION_TEST_POSTGRES_DIR:-/tmp/station-test-postgres}
port=${STATION_TEST_POSTGRES_PORT:-55432}
bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
role=station

# PostgreSQL refuses to run as root: run its programs as the postgres user then.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

fail() {
    echo "postgres-for-tests: $*" >&2
    exit 1
}

[ -x "$bin/pg_ctl" ] || fail "no PostgreSQL programs in $bin (install postgresql-15 or set POSTGRES_BIN)"

if [ "${1:-start}" = stop ]; then
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit 0
fi
[ "${1:-start}" = start ] || fail "usage: $0 [start|stop]"

if [ ! -f "$dir/data/PG_VERSION" ]; then
    rm -rf "$dir"
    mkdir -p "$dir/data" "$dir/socket"
    umask 077
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
    if [ "$(id -u)" = 0 ]; then
        chown -R postgres "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U "$role" --pwfile="$dir/password" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
        > "$dir/initdb.log" 2>&1 || fail "initdb failed; see $dir/initdb.log"
fi

if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off" start >/dev/null \
        || fail "the server did not start; see $dir/server.log"
fi

password=$(cat "$dir/password")
echo "export STATION_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:$port/postgres?user=$role&password=$password'"
