#!/bin/sh
# First start: a cluster with the POSTGRES_USER/POSTGRES_DB/POSTGRES_PASSWORD of the env file and
# the vector extension, as the public pgvector image does; then PostgreSQL in the foreground.
set -e
PGDATA=/var/lib/postgresql/data/pgdata
BIN=/usr/lib/postgresql/15/bin
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  printf '%s\n' "$POSTGRES_PASSWORD" > /tmp/pw
  $BIN/initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile=/tmp/pw --auth-host=scram-sha-256 >/dev/null
  rm /tmp/pw
  echo "host all all 0.0.0.0/0 scram-sha-256" >> "$PGDATA/pg_hba.conf"
  $BIN/pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -c unix_socket_directories=/tmp" -w start >/dev/null
  $BIN/psql -h /tmp -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -c "CREATE DATABASE $POSTGRES_DB" >/dev/null
  if [ -f /usr/share/postgresql/15/extension/vector.control ]; then
    $BIN/psql -h /tmp -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -c "CREATE EXTENSION vector" >/dev/null
  else
    echo "pgvector is not in this image: the knowledge base must stay on Lucene" >&2
  fi
  $BIN/pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
fi
exec $BIN/postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/tmp
