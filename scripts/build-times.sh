#!/usr/bin/env bash
# Where the build time goes: clones the committed tree into a scratch folder, runs scripts/serve.sh
# (until `pcsim listening`) and scripts/test.sh there from nothing, with ccache off so the figures
# are a newcomer's, and prints the wall time of each and the ten slowest translation units of each.
#   scripts/build-times.sh [SCRATCH_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${1:-$(mktemp -d)}
rm -rf "$scratch/pcsim"
git clone -q . "$scratch/pcsim"
cd "$scratch/pcsim"
export CCACHE_DISABLE=1

slowest() {  # the ten slowest steps of a Ninja build directory's log
  [[ -f "$1/.ninja_log" ]] || return 0
  awk 'NR > 1 { printf "%8.1f s  %s\n", ($2 - $1) / 1000, $4 }' "$1/.ninja_log" | sort -rn | head -10
}

start=$(date +%s.%N)
log=$(mktemp)
scripts/serve.sh --port 0 > "$log" 2>&1 &
server=$!
until grep -q 'pcsim listening' "$log"; do
  kill -0 "$server" 2> /dev/null || { cat "$log"; echo "serve.sh ended before listening" >&2; exit 1; }
  sleep 0.2
done
serve_seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
kill "$server"
wait "$server" 2> /dev/null || true

start=$(date +%s.%N)
scripts/test.sh > "$log" 2>&1 || { tail -30 "$log"; echo "test.sh failed" >&2; exit 1; }
test_seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
tail -1 "$log"

printf 'scripts/serve.sh to "pcsim listening": %.0f s\n' "$serve_seconds"
slowest build-release
printf 'scripts/test.sh: %.0f s\n' "$test_seconds"
slowest build
