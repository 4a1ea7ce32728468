#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs every test (unit,
# end-to-end, properties).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Unformatted code fails before anything is built (scripts/check-format.sh --fix mends it).
scripts/check-format.sh
# Line tables (-g1) are enough for backtraces and sanitizer reports, at a third less compile time
# than full debug information.
scripts/configure.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DPCSIM_WERROR=ON
cmake --build build -j"$(nproc)"
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 600
