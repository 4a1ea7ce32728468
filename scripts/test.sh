#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs every test (unit,
# end-to-end, properties). In CI (the CI variable set, as CI systems do) or with --all, then the
# sanitizer runs (scripts/sanitize.sh) and a 30-second fuzz smoke run per target (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
all=
[[ -n "${CI:-}" ]] && all=1
for option in "$@"; do
  case "$option" in
    --all) all=1 ;;
    *) echo "test.sh: unknown option $option (--all)" >&2; exit 2 ;;
  esac
done
scripts/setup.sh
# Unformatted code fails before anything is built (scripts/check-format.sh --fix mends it).
scripts/check-format.sh
# Line tables (-g1) are enough for backtraces and sanitizer reports, at a third less compile time
# than full debug information.
scripts/configure.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DPCSIM_WERROR=ON
cmake --build build -j"$(nproc)"
(cd build && ctest --output-on-failure -j"$(nproc)" --timeout 600)
[[ -z "$all" ]] && exit 0
# The CI stages: each builds in its own directory (build-asan, build-tsan, build-fuzz).
scripts/sanitize.sh
scripts/fuzz.sh 30
