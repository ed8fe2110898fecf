#!/usr/bin/env bash
# Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d).
# The application gets its own login role that owns its database but is not a superuser, so a
# flaw in the application cannot reach other databases or the server itself. Flyway creates the
# schema as this owner (pg_trgm, the one extension it needs, is a trusted extension).
set -euo pipefail

: "${POSTGRESQL_DATABASE:?}" "${POSTGRESQL_USER:?}" "${POSTGRESQL_PASSWORD:?}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=app_db="$POSTGRESQL_DATABASE" \
    --set=app_user="$POSTGRESQL_USER" \
    --set=app_password="$POSTGRESQL_PASSWORD" <<'SQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
CREATE DATABASE :"app_db" OWNER :"app_user" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"app_db" FROM PUBLIC;
SQL
