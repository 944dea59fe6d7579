#!/usr/bin/env bash
# Runs every test a newcomer needs, on a fresh machine too:
#   1. installs MariaDB, Redis and Chromium from Debian where they are missing (apt, as root or via sudo),
#   2. starts a throwaway MariaDB on a private Unix socket in a temporary folder, and a throwaway
#      redis-server on 127.0.0.1 (a free port, a random password, nothing saved to disk),
#   3. runs the whole suite (SQLite everywhere, plus every [ProviderFact]/[ProviderTheory] case
#      named "(…provider: MariaDb)" on MariaDB, and the SignalR backplane tests on Redis),
#   4. names the MariaDB and Redis tests that ran, and stops what it started.
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Access]
set -euo pipefail
cd "$(dirname "$0")"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null && sudo_cmd=(sudo) || true
fi

missing=()
[ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null || missing+=(mariadb-server)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/marketplace-test.XXXXXX)
mariadb_pid=""
redis_pid=""
cleanup() {
  for pid in "$mariadb_pid" "$redis_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" && wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

PATH="$PATH:/usr/sbin"
me=$(id -un)
socket="$work/mariadb.sock"
mariadb-install-db --no-defaults --datadir="$work/data" --user="$me" --auth-root-authentication-method=socket \
  --skip-test-db >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
mariadbd --no-defaults --datadir="$work/data" --socket="$socket" --skip-networking --user="$me" \
  --pid-file="$work/mariadb.pid" --log-error="$work/mariadb.err" --innodb-buffer-pool-size=128M \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_swedish_ci &
mariadb_pid=$!
for _ in $(seq 1 60); do
  mariadb-admin --no-defaults --socket="$socket" -u"$me" ping >/dev/null 2>&1 && break
  kill -0 "$mariadb_pid" 2>/dev/null || { cat "$work/mariadb.err"; exit 1; }
  sleep 0.5
done
mariadb --no-defaults --socket="$socket" -u"$me" -e \
  "CREATE USER 'marketplace'@'localhost' IDENTIFIED BY 'marketplace-test'; GRANT ALL PRIVILEGES ON *.* TO 'marketplace'@'localhost';"
export MARKETPLACE_TEST_MARIADB="Server=$socket;Protocol=Unix;User ID=marketplace;Password=marketplace-test"
echo "test.sh: MariaDB $(mariadbd --version | awk '{print $3}') running on $socket"

# StackExchange.Redis here speaks TCP only, so: loopback, a port nobody else holds, a password.
redis_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
for _ in $(seq 1 20); do
  redis_port=$((20000 + RANDOM % 40000))
  redis-server --bind 127.0.0.1 --port "$redis_port" --requirepass "$redis_password" --save "" --appendonly no \
    --dir "$work" --logfile "$work/redis.log" &
  redis_pid=$!
  for _ in $(seq 1 40); do
    redis-cli -p "$redis_port" --no-auth-warning -a "$redis_password" ping 2>/dev/null | grep -q PONG && break 2
    kill -0 "$redis_pid" 2>/dev/null || break
    sleep 0.25
  done
  kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; redis_pid=""
done
[ -n "$redis_pid" ] || { echo "test.sh: redis-server did not start"; cat "$work/redis.log"; exit 1; }
export MARKETPLACE_TEST_REDIS="127.0.0.1:$redis_port,password=$redis_password"
echo "test.sh: Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) running on 127.0.0.1:$redis_port"

# pipefail makes the pipeline's status dotnet test's (tee does not fail); read it directly, since
# PIPESTATUS after "|| status=$?" would describe the assignment, not the tests.
status=0
dotnet test Marketplace.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$work/test.log" || status=$?

echo
# A provider test's MariaDB case ends in "provider: MariaDb)" (see ProviderFactAttribute.cs).
mariadb='provider: MariaDb\)'
echo "MariaDB tests that ran:"
grep -E "^\s+Passed .*$mariadb" "$work/test.log" | sed 's/^ */  /' || echo "  none passed"
echo "  ($(grep -cE "^\s+Passed .*$mariadb" "$work/test.log" || true) in all)"
if grep -qE "^\s+Skipped .*$mariadb" "$work/test.log"; then
  echo "MariaDB tests skipped (unexpected here):"; grep -E "^\s+Skipped .*$mariadb" "$work/test.log"
  status=1
fi
echo "Redis tests that ran:"
grep -E '^\s+Passed .*Redis' "$work/test.log" | sed 's/^ */  /' || echo "  none passed"
if grep -qE '^\s+Skipped .*Redis' "$work/test.log"; then
  echo "Redis tests skipped (unexpected here):"; grep -E '^\s+Skipped .*Redis' "$work/test.log"
  status=1
fi
exit "$status"
