#!/usr/bin/env bash
# Installs what is missing, builds pcsim (Release) and serves the default scenario on port 8080.
# Extra arguments go to `pcsim serve` (e.g. --port 0, --scenario FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# -O2 rather than CMake's -O3: what the benchmarks measure (bench/run.sh), and a faster build.
scripts/configure.sh build-release -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DPCSIM_BUILD_TESTS=OFF
cmake --build build-release --target pcsim -j"$(nproc)"
exec build-release/mockserver/pcsim serve "$@"
