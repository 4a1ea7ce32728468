#!/usr/bin/env bash
# Prints pcsim's benchmark figures, each next to a reference measured in the same run:
#   1. catalog GET throughput and p99 latency (wrk, 32 connections, no Connection header) against
#      nginx serving the very same response bytes, the two in alternation for ROUNDS rounds (medians);
#   2. create-cart + checkout flows per second (bench_flows) against plain health-check round trips,
#      and the server's CPU time (utime + stime of the pcsim process) per flow against the same per
#      health request;
#   3. startup time to "listening" and RSS on the default scenario, against `pcsim --help`;
#   4. load time of the 100,000-SKU generated catalog (pcsim validate), against the default scenario;
#   5. sandboxes (bench_sandboxes, in process): RSS of 200 live sandboxes of the default scenario, the
#      cost of a sandbox per test case against the same request on an existing sandbox, and a
#      1,000,000-request journal soak (size and RSS after, against the same before the soak);
#   6. pcsim run of 1,000 cases of an 8-step suite with 2 jobs (bench_suites), against the same
#      requests sent by a plain loop;
#   7. the reservation engine, 10,000 VMs x 1,000 reservations x 720 hours in process (bench_engine),
#      against the same workload at a tenth of the VMs and reservations;
#   8. health checks pipelined 8 deep on each connection (wrk with a Lua script), against the same
#      one at a time;
#   9. token issuance (client credentials, RS256-signed) against health checks, both with wrk;
#  10. the transport over TLS, the proxy's tunnel, uploads, long heads and announced bodies
#      (bench/transport.sh).
# A benchmark that fails (a failed request, a journal over its bound) fails the script.
# Usage: bench/run.sh [SECONDS per wrk run, default 10] [ROUNDS of the catalog GET pair, default 5]
#        PCSIM_BENCH_BUILD=DIR bench/run.sh   measures an existing build tree instead of building Release
#        PCSIM_BENCH_SERVE_ARGS="--threads 2" bench/run.sh   passes options to the measured `pcsim serve`
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
rounds=${2:-5}
scripts/setup.sh --bench
build=${PCSIM_BENCH_BUILD:-build-release}
if [[ -z "${PCSIM_BENCH_BUILD:-}" ]]; then
  # The same configuration as scripts/serve.sh, so the two share one build directory.
  scripts/configure.sh "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DPCSIM_BUILD_TESTS=OFF
fi
cmake --build "$build" --target pcsim bench_flows bench_sandboxes bench_suites bench_engine -j"$(nproc)" > /dev/null
pcsim=$build/mockserver/pcsim
work=$(mktemp -d)
chmod 755 "$work"  # nginx's workers read the served file as another user
cleanup() { kill "${pcsim_pid:-}" "${nginx_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# shellcheck source=bench/common.sh
source bench/common.sh

# --- the simulator on the default scenario --------------------------------------------------------
start_ns=$(date +%s%N)
# shellcheck disable=SC2086
"$pcsim" serve --port 0 ${PCSIM_BENCH_SERVE_ARGS:-} > "$work/pcsim.out" 2>&1 &
pcsim_pid=$!
until grep -q "listening on" "$work/pcsim.out"; do sleep 0.001; done
ready_ns=$(date +%s%N)
base=$(sed -n 's/pcsim listening on //p' "$work/pcsim.out")
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pcsim_pid/status)
help_start=$(date +%s%N); "$pcsim" --help > /dev/null; help_end=$(date +%s%N)

tenant=$(sed -n 's/^  tenantId: *//p' scenarios/default.yaml | head -1)
client_id=$(sed -n 's/^    - clientId: *//p' scenarios/default.yaml | head -1)
secret=$(sed -n 's/^      clientSecret: *\([^ ]*\).*/\1/p' scenarios/default.yaml | head -1)
token=$(curl -s "$base/$tenant/oauth2/token" -d grant_type=client_credentials -d "client_id=$client_id" \
        -d "client_secret=$secret" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
catalog_path="/v1/products?country=US&targetView=AzureReservationsVM"
curl -s -H "Authorization: Bearer $token" "$base$catalog_path" > "$work/products.json"

# --- the reference: nginx serving the same bytes ------------------------------------------------
nginx_port=$(free_port)
mkdir -p "$work/www/v1"
cp "$work/products.json" "$work/www/v1/products"
cat > "$work/nginx.conf" <<NGINX
daemon off; worker_processes 2; pid $work/nginx.pid; error_log $work/nginx.err;
events { worker_connections 1024; }
http { access_log off; default_type application/json;
  server { listen 127.0.0.1:$nginx_port; root $work/www; location / { try_files \$uri =404; } } }
NGINX
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
sleep 0.3

# On a small shared machine one wrk run swings by tens of percent (neighbours, scheduling), for
# nginx as much as for pcsim; so the pair runs in alternation, several rounds, and the medians count.
catalog_rounds=()
for ((round = 1; round <= rounds; round++)); do
  read -r ref_rps ref_p99 < <(wrk_run "http://127.0.0.1:$nginx_port$catalog_path")
  read -r sim_rps sim_p99 < <(wrk_run "$base$catalog_path" "Authorization: Bearer $token")
  catalog_rounds+=("$ref_rps $ref_p99 $sim_rps $sim_p99")
done
check_runs "${catalog_rounds[@]}"

# Pipelining: the same health check, 8 requests per write on each connection, and 1.
pipelined_rps() {  # DEPTH -> req/s
  cat > "$work/pipeline.lua" <<LUA
init = function(args)
  local requests = {}
  for i = 1, $1 do requests[i] = wrk.format("GET", "/_pcsim/health") end
  batch = table.concat(requests)
end
request = function() return batch end
LUA
  wrk -t2 -c32 -d"${seconds}s" -s "$work/pipeline.lua" "$base" | awk '/Requests\/sec/ {print $2}'
}
# Token issuance: every answer is a fresh RS256 signature (2048-bit RSA), the costly part.
cat > "$work/token.lua" <<LUA
wrk.method = "POST"
wrk.body = "grant_type=client_credentials&client_id=$client_id&client_secret=$secret&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
token_out=$(wrk -t2 -c32 -d"${seconds}s" -s "$work/token.lua" "$base/$tenant/oauth2/token")
if echo "$token_out" | grep -q "Non-2xx"; then echo "benchmark: token requests failed: $token_out" >&2; exit 1; fi
token_rps=$(echo "$token_out" | awk '/Requests\/sec/ {print $2}')
read -r health_rps _ < <(wrk_run "$base/_pcsim/health")
check_runs "$health_rps"
single_rps=$(pipelined_rps 1)
pipelined8_rps=$(pipelined_rps 8)

# A purchase that succeeds in the default scenario: the first (customer, subscription, availability)
# whose trial cart has no line error.
flow_args=$(python3 - "$base" "$token" <<'PY'
import json, sys, urllib.request
base, token = sys.argv[1], sys.argv[2]
def call(path, body=None):
    req = urllib.request.Request(base + path, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))
items = [(a["catalogItemId"], a["terms"][0]["duration"])
         for p in call("/v1/products?country=US&targetView=AzureReservationsVM")["items"]
         for sku in call(f"/v1/products/{p['id']}/skus?country=US")["items"]
         for a in call(f"/v1/products/{p['id']}/skus/{sku['id']}/availabilities?country=US")["items"]]
for c in call("/v1/customers")["items"]:
    for s in call(f"/v1/customers/{c['id']}/subscriptions")["items"]:
        for item, term in items:
            line = {"catalogItemId": item, "quantity": 1, "billingCycle": "one_time", "termDuration": term,
                    "provisioningContext": {"subscriptionId": s["id"], "scope": "shared"}}
            cart = call(f"/v1/customers/{c['id']}/carts", {"lineItems": [line]})
            if "error" not in cart["lineItems"][0]:
                print(c["id"], item, s["id"], term); sys.exit(0)
sys.exit("no purchasable item in the default scenario")
PY
)

echo
echo "pcsim benchmark ($(nproc) cores; pcsim serve ${PCSIM_BENCH_SERVE_ARGS:-with its default threads}; wrk -t2 -c32 -d${seconds}s, no Connection header)"
printf '%s\n' "${catalog_rounds[@]}" | python3 -c '
import statistics, sys
def ms(text):  # wrk prints 812.00us, 1.61ms or 1.02s
    for unit, scale in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit): return float(text[: -len(unit)]) * scale
rounds = [line.split() for line in sys.stdin if line.strip()]
for i, (ref, ref_p99, sim, sim_p99) in enumerate(rounds, 1):
    print(f"catalog GET   round {i}: nginx (same bytes) {float(ref):9.0f} req/s  p99 {ms(ref_p99):5.2f} ms"
          f"   pcsim {float(sim):9.0f} req/s  p99 {ms(sim_p99):5.2f} ms   ratio {float(sim) / float(ref):.2f}")
median = statistics.median
print(f"catalog GET   median of {len(rounds)}: nginx {median(float(r[0]) for r in rounds):.0f} req/s"
      f"  p99 {median(ms(r[1]) for r in rounds):.2f} ms   pcsim {median(float(r[2]) for r in rounds):.0f} req/s"
      f"  p99 {median(ms(r[3]) for r in rounds):.2f} ms   ratio {median(float(r[2]) / float(r[0]) for r in rounds):.2f}"
      "   (target: ratio >= 0.5, p99 <= 2 ms)")'
printf 'tokens        RS256 client credentials %9.0f tokens/s (health checks: %.0f req/s)   target >= 5,000\n' \
  "$token_rps" "$health_rps"
printf 'pipelining    health checks 8 per write %9.0f req/s   (one at a time: %.0f req/s)   ratio %.2f\n' \
       "$pipelined8_rps" "$single_rps" "$(echo "$pipelined8_rps / $single_rps" | bc -l)"
# shellcheck disable=SC2086
"$build"/bench/bench_flows "$base" "$tenant" "$client_id" "$secret" $flow_args 4 "$seconds" "$pcsim_pid"
printf 'startup       pcsim serve -> listening %6.1f ms  (pcsim --help: %.1f ms)   RSS %d MB  (target <= 50 ms, <= 30 MB)\n' \
       "$(echo "($ready_ns - $start_ns) / 1000000" | bc -l)" "$(echo "($help_end - $help_start) / 1000000" | bc -l)" \
       "$((rss_kb / 1024))"
big_start=$(date +%s%N); "$pcsim" validate scenarios/examples/large-catalog.yaml; big_end=$(date +%s%N)
small_start=$(date +%s%N); "$pcsim" validate scenarios/default.yaml > /dev/null; small_end=$(date +%s%N)
printf 'load          large catalog %.0f ms  (default scenario %.0f ms)   (target <= 1000 ms)\n' \
       "$(echo "($big_end - $big_start) / 1000000" | bc -l)" "$(echo "($small_end - $small_start) / 1000000" | bc -l)"
"$build"/bench/bench_sandboxes scenarios/default.yaml 200 1000000 1000 2> /dev/null | tail -n +2
"$build"/bench/bench_suites 1000 2
"$build"/bench/bench_engine
bench/transport.sh "$pcsim" "$seconds" "$rounds"
