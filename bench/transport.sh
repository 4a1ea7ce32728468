#!/usr/bin/env bash
# Transport figures, each beside a reference measured in the same run (called by bench/run.sh):
#   1. catalog GET over TLS with keep-alive: pcsim --tls against nginx serving the same bytes over
#      TLS with the same certificate and key (rounds in alternation, medians);
#   2. new TLS connections per second (one request per connection), against nginx;
#   3. a 4 MB chunked upload (1,000-byte chunks, control plane) against the same 4 MB with a
#      Content-Length: wall time and the server's CPU;
#   4. the server's CPU per request with a 64 KiB head, against a request with a small head;
#   5. RSS while 8 connections each announce a 70 MiB body, against RSS before;
#   6. catalog GETs one after another through the proxy (--proxy-port) on one kept-alive tunnel,
#      against the same over one kept-alive direct TLS connection (curl, which wrk cannot replace:
#      it has no proxy support; rounds in alternation, median ratio).
# Usage: bench/transport.sh PCSIM_BINARY SECONDS ROUNDS
set -euo pipefail
pcsim=$1
seconds=$2
rounds=$3
work=$(mktemp -d)
chmod 755 "$work"  # nginx's workers read the served file as another user
cleanup() { kill "${pcsim_pid:-}" "${nginx_pid:-}" 2>/dev/null || true; [[ -n "${PCSIM_BENCH_KEEP:-}" ]] || rm -rf "$work"; }
trap cleanup EXIT
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"

"$pcsim" serve --port 0 --tls --proxy-port 0 --ca-dir "$work/ca" > "$work/pcsim.out" 2>&1 &
pcsim_pid=$!
until grep -q "proxy listening on" "$work/pcsim.out"; do sleep 0.01; done
base=$(sed -n 's/pcsim listening on //p' "$work/pcsim.out" | head -1)
proxy=$(sed -n 's/pcsim proxy listening on //p' "$work/pcsim.out" | head -1)
ca=$work/ca/ca.pem
tenant=$(sed -n 's/^  tenantId: *//p' scenarios/default.yaml | head -1)
client_id=$(sed -n 's/^    - clientId: *//p' scenarios/default.yaml | head -1)
secret=$(sed -n 's/^      clientSecret: *\([^ ]*\).*/\1/p' scenarios/default.yaml | head -1)
token=$(curl -s --cacert "$ca" "$base/$tenant/oauth2/token" -d grant_type=client_credentials -d "client_id=$client_id" \
        -d "client_secret=$secret" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
catalog_path="/v1/products?country=US&targetView=AzureReservationsVM"
mkdir -p "$work/www/v1"
curl -s --cacert "$ca" -H "Authorization: Bearer $token" "$base$catalog_path" > "$work/www/v1/products"
[[ -s "$work/www/v1/products" ]] || { echo "bench/transport.sh: no catalog over TLS" >&2; exit 1; }

nginx_port=$(free_port)
cat > "$work/nginx.conf" <<NGINX
daemon off; worker_processes 2; pid $work/nginx.pid; error_log $work/nginx.err;
events { worker_connections 1024; }
http { access_log off; default_type application/json;
  server { listen 127.0.0.1:$nginx_port ssl; ssl_certificate $work/ca/server.pem;
           ssl_certificate_key $work/ca/server-key.pem; root $work/www; location / { try_files \$uri =404; } } }
NGINX
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
sleep 0.3
nginx_base=https://127.0.0.1:$nginx_port


tls_rounds=()
for ((round = 1; round <= rounds; round++)); do
  read -r ref_rps ref_p99 < <(wrk_run "$nginx_base$catalog_path")
  read -r sim_rps sim_p99 < <(wrk_run "$base$catalog_path" "Authorization: Bearer $token")
  tls_rounds+=("$ref_rps $ref_p99 $sim_rps $sim_p99")
done
read -r ref_new _ < <(wrk_run "$nginx_base/v1/products" "Connection: close")
read -r sim_new _ < <(wrk_run "$base/_pcsim/health" "Connection: close")
check_runs "${tls_rounds[@]}" "$ref_new" "$sim_new"

# curl_loop URL [CURL ARGS...] -> wall seconds for $proxy_requests GETs of URL in one curl, which
# keeps its connection (the tunnel, through a proxy) for all of them. Every answer must be a 200 and
# curl must have connected once, or the script fails.
proxy_requests=2000
curl_loop() {
  local url=$1; shift
  for ((i = 0; i < proxy_requests; i++)); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url"; done > "$work/loop.curlrc"
  local start end
  start=$(date +%s%N)
  curl -s -K "$work/loop.curlrc" --cacert "$ca" -H "Authorization: Bearer $token" "$@" \
       -w '%{http_code} %{num_connects}\n' > "$work/loop.out"
  end=$(date +%s%N)
  local answered connects
  answered=$(grep -c '^200 ' "$work/loop.out" || true)
  connects=$(awk '{n += $2} END {print n}' "$work/loop.out")
  if [[ "$answered" != "$proxy_requests" || "$connects" != 1 ]]; then
    echo "bench/transport.sh: $url: $answered of $proxy_requests answered 200, $connects connections" >&2
    exit 1
  fi
  echo "($end - $start) / 1000000000" | bc -l
}
proxy_rounds=()
for ((round = 1; round <= rounds; round++)); do
  # Which goes first alternates, so that neither always runs on a warmer (or busier) machine.
  if ((round % 2)); then direct_s=$(curl_loop "$base$catalog_path"); fi
  tunnel_s=$(curl_loop "https://api.partnercenter.microsoft.com$catalog_path" --proxy "$proxy" --noproxy '')
  if ((round % 2 == 0)); then direct_s=$(curl_loop "$base$catalog_path"); fi
  proxy_rounds+=("$direct_s $tunnel_s")
done

python3 - "$base" "$ca" "$pcsim_pid" "$proxy_requests" "${#tls_rounds[@]}" "${tls_rounds[@]}" "${proxy_rounds[@]}" \
        "$ref_new" "$sim_new" <<'PY'
import os, socket, ssl, statistics, sys, time
base, ca, pid, proxy_requests, tls_count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rounds = [r.split() for r in sys.argv[6:6 + tls_count]]
proxy_rounds = [[float(x) for x in r.split()] for r in sys.argv[6 + tls_count:-2]]
ref_new, sim_new = float(sys.argv[-2]), float(sys.argv[-1])
def ms(text):
    for unit, scale in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if text.endswith(unit): return float(text[: -len(unit)]) * scale
median = statistics.median
for i, (ref, ref_p99, sim, sim_p99) in enumerate(rounds, 1):
    print(f"TLS catalog   round {i}: nginx-over-TLS {float(ref):9.0f} req/s  p99 {ms(ref_p99):5.2f} ms"
          f"   pcsim --tls {float(sim):9.0f} req/s  p99 {ms(sim_p99):5.2f} ms   ratio {float(sim) / float(ref):.2f}")
print(f"TLS catalog   median of {len(rounds)}: ratio {median(float(r[2]) / float(r[0]) for r in rounds):.2f}"
      f"  pcsim p99 {median(ms(r[3]) for r in rounds):.2f} ms   (target: ratio >= 0.6, p99 <= 2 ms)")
print(f"TLS handshakes new connections/s: pcsim {sim_new:.0f}  nginx {ref_new:.0f}  ratio {sim_new / ref_new:.2f}"
      "   (target >= 0.5)")
for i, (direct, tunnel) in enumerate(proxy_rounds, 1):
    print(f"proxy tunnel  round {i}: {proxy_requests} catalog GETs, kept-alive tunnel {tunnel * 1e6 / proxy_requests:6.1f} us each"
          f"   direct TLS {direct * 1e6 / proxy_requests:6.1f} us each   ratio {tunnel / direct:.2f}")
print(f"proxy tunnel  median of {len(proxy_rounds)}: ratio {median(t / d for d, t in proxy_rounds):.2f}"
      "   (curl, one connection each; target <= 1.5)")

tick = os.sysconf("SC_CLK_TCK")
def cpu():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick
def rss_mb():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"): return int(line.split()[1]) / 1024
host, port = base.split("//")[1].split(":")
context = ssl.create_default_context(cafile=ca)
def connect():
    return context.wrap_socket(socket.create_connection((host, int(port))), server_hostname=host)
def answer(s):
    data = b""
    while b"\r\n\r\n" not in data: data += s.recv(65536)
    head, rest = data.split(b"\r\n\r\n", 1)
    length = int([l.split(b":")[1] for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")][0])
    while len(rest) < length: rest += s.recv(65536)
    return head.split(b"\r\n")[0]
def upload(chunked):
    body = b"x" * (4 << 20)
    s = connect()
    if chunked:
        s.sendall(b"POST /_pcsim/clock HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        for i in range(0, len(body), 1000):
            piece = body[i:i + 1000]
            s.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
        s.sendall(b"0\r\n\r\n")
    else:
        s.sendall(b"POST /_pcsim/clock HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
    status = answer(s); s.close()
    assert b" 400 " in status, status  # read whole, then refused as not JSON
def timed(f, *args):
    c0, t0 = cpu(), time.perf_counter(); f(*args); return time.perf_counter() - t0, cpu() - c0
for _ in range(2): upload(True); upload(False)  # warm
chunked = [timed(upload, True) for _ in range(5)]
plain = [timed(upload, False) for _ in range(5)]
print(f"upload 4 MB   chunked (1,000-byte chunks) {median(w for w, _ in chunked) * 1000:6.1f} ms wall,"
      f" {median(c for _, c in chunked) * 1000:5.1f} ms CPU   (Content-Length: {median(w for w, _ in plain) * 1000:.1f} ms wall,"
      f" {median(c for _, c in plain) * 1000:.1f} ms CPU)")
def heads(size, count=300):
    s = connect()
    header = b"X-Big: " + b"a" * size + b"\r\n" if size else b""
    request = b"GET /_pcsim/health HTTP/1.1\r\nHost: x\r\n" + header + b"\r\n"
    c0 = cpu()
    for _ in range(count):
        s.sendall(request); answer(s)
    used = cpu() - c0; s.close(); return used / count * 1000
big, small = heads(64 * 1024 - 200), heads(0)
print(f"64 KiB head   server CPU per request {big:.3f} ms  (small head: {small:.3f} ms)   (target <= 1 ms)")
before = rss_mb()
held = []
for _ in range(8):
    s = connect()
    s.sendall(b"POST /_pcsim/clock HTTP/1.1\r\nHost: x\r\nContent-Length: 73400320\r\n\r\n" + b"x" * 65536)
    held.append(s)
time.sleep(0.5)
during = rss_mb()
for s in held: s.close()
print(f"RSS           8 connections announcing 70 MiB: {during:.1f} MB  (before: {before:.1f} MB)"
      "   (target <= 50 MB + 2 x body limit per connection)")
PY
