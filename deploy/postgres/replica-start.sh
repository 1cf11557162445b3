#!/bin/sh
# A streaming replica: on first start, a base backup of the primary with the standby settings (-R); then PostgreSQL.
set -e
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h primary -U "$POSTGRES_USER" -q; do sleep 1; done
  pg_basebackup -h primary -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream -c fast
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on -c hot_standby_feedback=on
