#!/usr/bin/env bash
# Configures the unpacked wildfly-dist with the CLI scripts beside this file. It runs again only
# when a script changed, and then starts from the pristine configuration, so a build is idempotent
# and a second build costs nothing.
set -euo pipefail
home=$1
driver=$2
here=$(cd "$(dirname "$0")" && pwd)
config=$home/standalone/configuration
marker=$home/.spinecase-configuration
stamp=$(cat "$here"/*.cli "$here"/configure-server.sh "$driver" | sha256sum | cut -c1-32)

if [ -f "$marker" ] && [ "$(cat "$marker")" = "$stamp" ]; then
  echo "WildFly at $home is already configured"
  exit 0
fi
[ -f "$config/standalone.xml.pristine" ] || cp "$config/standalone.xml" "$config/standalone.xml.pristine"
cp "$config/standalone.xml.pristine" "$config/standalone.xml"
rm -rf "$home/modules/org/postgresql" "$config/standalone_xml_history"

mkdir -p "$home/modules/org/postgresql/main"
cp "$driver" "$home/modules/org/postgresql/main/postgresql.jar"
cp "$here/postgresql-module.xml" "$home/modules/org/postgresql/main/module.xml"

JAVA_OPTS="-Djava.awt.headless=true" "$home/bin/jboss-cli.sh" --file="$here/configure.cli" >"$home/configure.log" 2>&1 || {
  cat "$home/configure.log"
  echo "WildFly configuration failed" >&2
  exit 1
}
echo "$stamp" >"$marker"
echo "WildFly at $home configured"
