# Source this file (". scripts/pg-throwaway.sh") to start a throwaway
# PostgreSQL cluster for kronik's tests and export its URL as
# KRONIK_TEST_POSTGRES; the cluster is stopped and removed when the shell
# that sourced it exits. It installs Debian's postgresql when it is missing
# and the shell runs as root. The cluster trusts local connections, listens
# on a private Unix socket only (no TCP port) and runs with fsync off: it
# holds test data and nothing else.
pg_throwaway_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) ||
      echo "could not install postgresql" >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
    return 1
  fi
  PG_THROWAWAY_BIN=$bin
  PG_THROWAWAY_DIR=$(mktemp -d /tmp/kronik-pg.XXXXXX)
  # initdb refuses to run as root: as root the cluster belongs to postgres.
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_THROWAWAY_DIR"
    PG_THROWAWAY_AS="su postgres -s /bin/sh -c"
  else
    PG_THROWAWAY_AS="sh -c"
  fi
  local port=$((20000 + RANDOM % 20000))
  $PG_THROWAWAY_AS "'$bin/initdb' -A trust --no-sync -U postgres -D '$PG_THROWAWAY_DIR/data'" >/dev/null || return 1
  $PG_THROWAWAY_AS "'$bin/pg_ctl' -D '$PG_THROWAWAY_DIR/data' -l '$PG_THROWAWAY_DIR/log' -w -o \
    \"-k $PG_THROWAWAY_DIR -c listen_addresses= -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start" >/dev/null ||
    { cat "$PG_THROWAWAY_DIR/log" >&2; return 1; }
  trap pg_throwaway_stop EXIT
  "$bin/createdb" -h "$PG_THROWAWAY_DIR" -p "$port" -U postgres kronik_test || return 1
  export KRONIK_TEST_POSTGRES="postgres://postgres@/kronik_test?host=$PG_THROWAWAY_DIR&port=$port"
  echo "throwaway PostgreSQL ($("$bin/postgres" --version)) at $KRONIK_TEST_POSTGRES"
}

pg_throwaway_stop() {
  [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
  $PG_THROWAWAY_AS "'$PG_THROWAWAY_BIN/pg_ctl' -D '$PG_THROWAWAY_DIR/data' -m immediate stop" >/dev/null 2>&1
  rm -rf "$PG_THROWAWAY_DIR"
  PG_THROWAWAY_DIR=
}

pg_throwaway_start
