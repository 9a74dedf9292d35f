#!/usr/bin/env bash
# What an admin does with a release, checked end to end: a fresh clone of this repository's HEAD
# → `npm ci` → `npm run build` → `npm prune --omit=dev` (production dependencies only) →
# `NODE_ENV=production npm start` → /healthz answers with package.json's version.
#
# Usage: scripts/release-check.sh NODE_BIN_DIR [NODE_BIN_DIR…]
# The first Node installs and builds; each further one runs the same build after
# `npm rebuild better-sqlite3` for its ABI (headers from the folder above its bin/, as the npm
# registry's node-<platform>-<arch> packages ship them). Uncommitted changes are not part of the
# clone.
set -euo pipefail
[ "$#" -ge 1 ] || { echo "usage: $0 NODE_BIN_DIR [NODE_BIN_DIR…]" >&2; exit 2; }
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d -t percolate-release-XXXXXX)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -- "-$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
base_path="$PATH"

git clone -q "$repo" "$work/percolate"
cd "$work/percolate"
expected="$(node -p "require('./package.json').version")"

# Starts the production server, waits for its listening line, checks /healthz, stops it.
check_start() {
  local log="$work/server-$1.log"
  NODE_ENV=production PORT=0 HOST=127.0.0.1 DATA_DIR="$work/data-$1" \
    setsid npm start >"$log" 2>&1 &
  server_pid=$!
  local port=""
  for _ in $(seq 1 60); do
    port="$(sed -n 's/^{"event":"listening","port":\([0-9]*\)}$/\1/p' "$log")"
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; echo "release-check: server exited" >&2; return 1; }
    sleep 1
  done
  [ -n "$port" ] || { cat "$log" >&2; echo "release-check: no listening line in 60 s" >&2; return 1; }
  local health
  health="$(curl -fsS "http://127.0.0.1:$port/healthz")"
  grep -q "Percolate $expected is running: open http://127.0.0.1:$port" "$log" \
    || { cat "$log" >&2; echo "release-check: no startup line for a person" >&2; return 1; }
  kill -- "-$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  [ "$health" = "{\"status\":\"ok\",\"version\":\"$expected\"}" ] \
    || { echo "release-check: /healthz said $health, expected version $expected" >&2; return 1; }
  echo "release-check: Node $1: fresh clone, production build, NODE_ENV=production npm start, /healthz $health"
}

first=1
for bin in "$@"; do
  export PATH="$bin:$base_path"
  version="$(node --version)"
  if [ "$first" = 1 ]; then
    npm ci --no-audit --no-fund
    npm run build
    npm prune --omit=dev --no-audit --no-fund
    for dev in vite typescript tsx vitest; do
      [ ! -e "node_modules/$dev" ] || { echo "release-check: $dev left after pruning" >&2; exit 1; }
    done
    first=0
  else
    npm_config_nodedir="$(dirname "$bin")" npm rebuild better-sqlite3
  fi
  check_start "$version"
done
