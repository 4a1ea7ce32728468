#!/usr/bin/env bash
# with-pcsim.sh PCSIM SCENARIO direct|proxy COMMAND [ARGS...]
#
# Starts PCSIM serve on port 0 with --tls and --proxy-port 0 and a CA in a fresh temporary
# --ca-dir, waits for its banners, runs COMMAND in tests/interop with only what the mode needs in
# its environment, then stops pcsim (SIGTERM) and answers COMMAND's exit status.
#   direct  PCSIM_DIRECT_URL=https://127.0.0.1:PORT, PCSIM_CA_FILE, NODE_EXTRA_CA_CERTS
#   proxy   HTTPS_PROXY=http://127.0.0.1:PROXYPORT, NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE
# Any proxy settings of the caller are dropped first. Certificate checks are never turned off.
set -euo pipefail
[[ $# -ge 4 ]] || { echo "usage: $0 PCSIM SCENARIO direct|proxy COMMAND [ARGS...]" >&2; exit 2; }
pcsim=$1 scenario=$2 mode=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)

if [[ "$(basename "$1")" == node ]] && [[ ! -d "$here/node_modules/@azure/identity" ]]; then
  echo "with-pcsim.sh: $here/node_modules is missing: run scripts/setup.sh (it runs npm ci in tests/interop)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pcsim-interop.XXXXXX")
pid=
cleanup() {
  if [[ -n "$pid" ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# (Created here: the background shell may open them after the first look below.)
: >"$work/out"
: >"$work/err"
"$pcsim" serve --scenario "$scenario" --port 0 --tls --proxy-port 0 --ca-dir "$work/ca" >"$work/out" 2>"$work/err" &
pid=$!

url= proxy=
for _ in $(seq 1 200); do
  url=$(sed -n 's|^pcsim listening on \(https://[^ ]*\)$|\1|p' "$work/out")
  proxy=$(sed -n 's|^pcsim proxy listening on \(http://[^ ]*\)$|\1|p' "$work/out")
  [[ -n "$url" && -n "$proxy" && -s "$work/ca/ca.pem" ]] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "with-pcsim.sh: pcsim exited before its banners:" >&2
    cat "$work/out" "$work/err" >&2
    pid=
    exit 1
  fi
  sleep 0.05
done
if [[ -z "$url" || -z "$proxy" || ! -s "$work/ca/ca.pem" ]]; then
  echo "with-pcsim.sh: no banners (or no CA) from pcsim within 10 s:" >&2
  cat "$work/out" "$work/err" >&2
  exit 1
fi
ca="$work/ca/ca.pem"
echo "with-pcsim.sh: pcsim at $url, proxy at $proxy, CA $ca ($mode)" >&2

unset HTTPS_PROXY https_proxy HTTP_PROXY http_proxy ALL_PROXY all_proxy NO_PROXY no_proxy
unset PCSIM_DIRECT_URL PCSIM_CA_FILE NODE_EXTRA_CA_CERTS REQUESTS_CA_BUNDLE SSL_CERT_FILE CURL_CA_BUNDLE
case "$mode" in
  direct) export PCSIM_DIRECT_URL="$url" PCSIM_CA_FILE="$ca" NODE_EXTRA_CA_CERTS="$ca" ;;
  proxy) export HTTPS_PROXY="$proxy" NODE_EXTRA_CA_CERTS="$ca" REQUESTS_CA_BUNDLE="$ca" ;;
  *) echo "with-pcsim.sh: mode must be direct or proxy, not $mode" >&2; exit 2 ;;
esac

status=0
(cd "$here" && "$@") || status=$?
if [[ $status -ne 0 ]]; then
  echo "with-pcsim.sh: '$*' failed ($status); pcsim's stderr:" >&2
  cat "$work/err" >&2
fi
exit $status
