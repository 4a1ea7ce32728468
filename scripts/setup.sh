#!/usr/bin/env bash
# Installs the Debian packages pcsim needs to build, test and benchmark, when they are missing, and the
# npm packages of the interop tests (tests/interop).
# Safe to run repeatedly: it does nothing when everything is already installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libpistache-dev nlohmann-json3-dev libyaml-cpp-dev
  librapidcheck-dev libgtest-dev libgmock-dev
  libcurl4-openssl-dev libcli11-dev libssl-dev libhttp-parser-dev
  curl
  ninja-build ccache clang-format
  # Interop tests (tests/interop): MSAL for Python and PyJWT for /usr/bin/python3.
  python3-msal python3-jwt python3-requests
)
# Benchmarks only: a load generator and a reference server. Installed by `scripts/setup.sh --bench`.
bench_packages=(wrk nginx-light)
# Fuzzing only: clang and its runtime libraries (libFuzzer, the sanitizers' clang runtimes).
# Installed by `scripts/setup.sh --fuzz` (scripts/fuzz.sh); the g++ sanitizer runs need nothing more.
fuzz_packages=(clang libclang-rt-14-dev)

# Interop tests: Node.js with npm (the machine's own when it has one, else Debian's).
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

for option in "$@"; do
  case "$option" in
    --bench) packages+=("${bench_packages[@]}") ;;
    --fuzz) packages+=("${fuzz_packages[@]}") ;;
    *) echo "setup.sh: unknown option $option (--bench, --fuzz)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Installing missing packages: ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# The interop tests' npm packages, exactly as tests/interop/package-lock.json pins them; again only
# when the lock file changed since the last install (a copy of it is kept in node_modules).
interop="$(dirname "$0")/../tests/interop"
if ! cmp -s "$interop/package-lock.json" "$interop/node_modules/.installed-package-lock.json"; then
  echo "Installing the interop tests' npm packages (npm ci in tests/interop)" >&2
  (cd "$interop" && npm ci --no-audit --no-fund >&2)
  cp "$interop/package-lock.json" "$interop/node_modules/.installed-package-lock.json"
fi
