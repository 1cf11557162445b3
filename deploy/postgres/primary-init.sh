#!/bin/sh
# The primary lets the replica stream from it (the image's own pg_hba.conf allows no replication connections).
set -e
echo "host replication all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
