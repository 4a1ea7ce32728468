#!/usr/bin/env bash
# The sanitizer runs CI adds after the normal tests (scripts/test.sh with CI set, or --all):
#   asan  build-asan: the end-to-end tests (ctest label e2e) and the properties (label properties)
#         under AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer included);
#   tsan  build-tsan: the tests that race threads on purpose (label concurrency) under ThreadSanitizer.
#   scripts/sanitize.sh [asan|tsan]...        (default: both)
# Each builds only the test executables it runs, at -O1 with line tables (-g1), and stops at the
# first report: -fno-sanitize-recover turns undefined behaviour into a failure, not a log line.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=("$@")
[[ ${#runs[@]} -eq 0 ]] && runs=(asan tsan)
scripts/setup.sh

jobs=$(nproc)
# Shared by both runs: sanitizer builds of the product at the test build's optimisation. Without
# -Werror: the normal build holds the warnings to zero, and under -fsanitize g++ 12 warns falsely
# (-Wmaybe-uninitialized inside libstdc++'s <regex>).
configure() {
  local dir=$1 flags=$2
  scripts/configure.sh "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 $flags" \
    -DCMAKE_EXE_LINKER_FLAGS="$flags" -DPCSIM_WERROR=OFF
}

run_asan() {
  local flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  configure build-asan "$flags"
  cmake --build build-asan -j"$jobs" --target test_e2e properties_rules properties_engine properties_text \
    properties_http
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest -L 'e2e|properties' --output-on-failure -j"$jobs" --timeout 900)
}

run_tsan() {
  configure build-tsan "-fsanitize=thread"
  cmake --build build-tsan -j"$jobs" --target test_sim test_http test_harness test_e2e test_client test_suite pcsim
  # halt_on_error: the first race fails the test. The suppressions are Pistache's own code only,
  # each with its reason (scripts/tsan.supp).
  (cd build-tsan && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$PWD/../scripts/tsan.supp" \
    ctest -L concurrency --output-on-failure -j"$jobs" --timeout 900)
}

for run in "${runs[@]}"; do
  case "$run" in
    asan) run_asan ;;
    tsan) run_tsan ;;
    *) echo "sanitize.sh: unknown run $run (asan, tsan)" >&2; exit 2 ;;
  esac
done
