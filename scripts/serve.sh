#!/usr/bin/env bash
# Installs what is missing, builds pcsim (Release) and serves the default scenario on port 8080.
# Extra arguments go to `pcsim serve` (e.g. --port 0, --scenario FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DPCSIM_BUILD_TESTS=OFF > /dev/null
cmake --build build-release --target pcsim -j"$(nproc)"
exec build-release/mockserver/pcsim serve "$@"
