#!/usr/bin/env bash
# Two CI jobs run every sample suite at the same time against one `pcsim serve`. Each must pass as it
# does alone; it cannot if either sees the other's carts, orders, clock, faults or journal (the suites
# count orders, verify journal counts and move the clock). Afterwards no case's sandbox is left behind.
#   two_runs_one_server.sh PCSIM SUITE.yaml...
set -uo pipefail
pcsim=$(realpath "$1"); shift
suites=(); for suite in "$@"; do suites+=("$(realpath "$suite")"); done
set -- "${suites[@]}"
work=$(mktemp -d)
server=
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; wait; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; for f in "$work"/*.out; do echo "--- $f" >&2; tail -20 "$f" >&2; done; exit 1; }

"$pcsim" serve --port 0 > "$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 1000); do grep -q "listening on" "$work/serve.out" && break; sleep 0.01; done
url=$(sed -n 's/^pcsim listening on //p' "$work/serve.out")
[[ -n $url ]] || fail "pcsim serve did not start"
sandbox_count() { curl -s "$url/_pcsim/sandboxes" | sed -n 's/^{"totalCount":\([0-9]*\).*/\1/p'; }
before=$(sandbox_count)

# Each run in its own directory, where a failing case writes its bundle.
mkdir "$work/first" "$work/second"
(cd "$work/first" && exec "$pcsim" run --server "$url" --jobs 2 "$@") > "$work/first.out" 2>&1 &
first=$!
(cd "$work/second" && exec "$pcsim" run --server "$url" --jobs 2 "$@") > "$work/second.out" 2>&1 &
second=$!
wait "$first"; first_status=$?
wait "$second"; second_status=$?

[[ $first_status == 0 && $second_status == 0 ]] || fail "exit codes $first_status and $second_status"
summary_first=$(grep -E '^[0-9]+ passed, 0 failed' "$work/first.out") || fail "no passing summary in the first run"
summary_second=$(grep -E '^[0-9]+ passed, 0 failed' "$work/second.out") || fail "no passing summary in the second run"
[[ ${summary_first%% *} == "${summary_second%% *}" && ${summary_first%% *} -gt 0 ]] \
  || fail "the runs passed different numbers of cases: '$summary_first' vs '$summary_second'"
after=$(sandbox_count)
[[ -n $before && $before == "$after" ]] || fail "sandboxes before: '$before', after: '$after'"
echo "two concurrent runs against $url: $summary_first / $summary_second; sandboxes $before before and after"
