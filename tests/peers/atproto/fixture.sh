#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The AT Protocol reference network as a test peer.
#   fixture.sh start RUN_DIR CACHE_DIR  installs the pinned npm packages once per lock file
#       (into CACHE_DIR), starts a throw-away PostgreSQL cluster and the network on free
#       loopback ports, waits until it is seeded and indexed, and prints its state as one JSON
#       line (also in RUN_DIR/state.json).
#   fixture.sh stop RUN_DIR             stops the network and deletes the cluster.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
command=${1:?usage: fixture.sh start RUN_DIR CACHE_DIR | stop RUN_DIR}
RUN=${2:?run directory missing}
mkdir -p "$RUN"
RUN=$(cd "$RUN" && pwd)

seconds_since() { echo "$(( $(date +%s%N) / 1000000 - $1 ))" | awk '{ printf "%.1f", $1 / 1000 }'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Prints the folder whose node_modules holds the pinned packages, installing them first if
# this lock file and Node version have not been installed yet.
install_modules() {
    local cache=$1
    local key
    key=$(cat "$HERE/package-lock.json" <(node --version) | sha256sum | cut -c1-16)
    local dir=$cache/$key
    mkdir -p "$cache"
    exec 9>"$cache/.install.lock"
    flock 9
    if [ ! -f "$dir/.complete" ]; then
        local t0
        t0=$(now_ms)
        rm -rf "$dir"
        mkdir -p "$dir/tmp"
        cp "$HERE/package.json" "$HERE/package-lock.json" "$dir/"
        # better-sqlite3 builds from source: node-gyp needs the Node headers, which Debian
        # and NodeSource install under /usr/include/node.
        [ -f /usr/include/node/node.h ] && export npm_config_nodedir=/usr
        (cd "$dir" && TMPDIR=$dir/tmp npm ci --no-audit --no-fund --loglevel=error >"$dir/npm.log" 2>&1) || {
            cat "$dir/npm.log" >&2
            echo "npm ci failed for the AT Protocol network (log above)" >&2
            exit 1
        }
        rm -rf "$dir/tmp"
        touch "$dir/.complete"
        echo "installed @atproto/dev-env in $(seconds_since "$t0") s" >&2
    fi
    flock -u 9
    echo "$dir"
}

free_port() {
    node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -x "$bin/initdb" ] || { echo "PostgreSQL is missing: apt-get install postgresql" >&2; exit 1; }
    echo "$bin"
}

start_postgres() {
    local bin=$1 port=$2
    rm -rf "$RUN/pg"
    mkdir -p "$RUN/pg"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$RUN/pg"
    as_postgres "$bin/initdb" -D "$RUN/pg/data" --auth=trust -U postgres >/dev/null
    as_postgres "$bin/pg_ctl" -D "$RUN/pg/data" -l "$RUN/pg/pg.log" -w start -o \
        "-p $port -k $RUN/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
}

stop_all() {
    if [ -f "$RUN/network.pid" ]; then
        local pid
        pid=$(cat "$RUN/network.pid")
        if kill -TERM "$pid" 2>/dev/null; then
            for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -KILL "$pid" 2>/dev/null || true
        fi
        rm -f "$RUN/network.pid"
    fi
    if [ -f "$RUN/pg/data/postmaster.pid" ]; then
        as_postgres "$(pg_bin)/pg_ctl" -D "$RUN/pg/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$RUN/pg" "$RUN/tmp" "$RUN/state.json"
}

# Starts the network once; returns non-zero (after cleaning up) when it did not come up.
start_network() {
    local modules=$1
    stop_all
    local pgport
    pgport=$(free_port)
    start_postgres "$(pg_bin)" "$pgport"
    DB_POSTGRES_URL=postgresql://postgres@127.0.0.1:$pgport/postgres \
        ATP_STATE_FILE=$RUN/state.json ATP_TMP_DIR=$RUN/tmp ATP_MODULES_DIR=$modules \
        setsid node "$HERE/start-network.js" >"$RUN/network.log" 2>&1 </dev/null &
    echo $! >"$RUN/network.pid"
    for _ in $(seq 1 1800); do
        [ -f "$RUN/state.json" ] && return 0
        if ! kill -0 "$(cat "$RUN/network.pid")" 2>/dev/null; then
            cat "$RUN/network.log" >&2
            stop_all
            return 1
        fi
        sleep 0.1
    done
    cat "$RUN/network.log" >&2
    stop_all
    echo "the AT Protocol network was not ready after 180 s" >&2
    return 1
}

case "$command" in
start)
    cache=${3:?cache directory missing}
    stop_all
    modules=$(install_modules "$cache")
    t0=$(now_ms)
    # Should the AppView still miss a seeded notification (seed.js says which), start afresh.
    for attempt in 1 2 3; do
        start_network "$modules" && break
        [ "$attempt" = 3 ] && { echo "the AT Protocol network did not start (log above)" >&2; exit 1; }
        echo "the AT Protocol network did not start; trying again" >&2
    done
    echo "network ready in $(seconds_since "$t0") s (PostgreSQL included)" >&2
    cat "$RUN/state.json"
    echo
    ;;
stop)
    stop_all
    ;;
*)
    echo "usage: fixture.sh start RUN_DIR CACHE_DIR | stop RUN_DIR" >&2
    exit 2
    ;;
esac
