# Shell helpers the benchmark scripts share (sourced by bench/run.sh and bench/transport.sh).

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# wrk_run URL [HEADER...] -> "req/s p99" with wrk -t2 -c32 for $seconds. A run with failed or non-2xx
# answers prints "failed failed" (an exit here would end only the caller's subshell); the caller
# checks with check_runs.
wrk_run() {
  local url=$1; shift
  local args=()
  for header in "$@"; do args+=(-H "$header"); done
  local out
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "${args[@]}" "$url")
  if echo "$out" | grep -q "Non-2xx\|Socket errors: connect [1-9]"; then
    echo "benchmark: errors from $url: $out" >&2
    echo "failed failed"
    return
  fi
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}')"
}

# check_runs FIGURE... : exits when a wrk_run figure says "failed".
check_runs() { if printf '%s\n' "$@" | grep -q failed; then exit 1; fi; }
