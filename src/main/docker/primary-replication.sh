#!/bin/sh
# Runs once, when the primary's data directory is created: lets the replica stream from it with the portal's
# password (docker-compose.yml).
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
