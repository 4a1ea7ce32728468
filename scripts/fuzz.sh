#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/) with clang in build-fuzz and runs each for SECONDS
# (default 30) on its committed seeds, then prints a line per target: executions, coverage, crash.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: json_bodies scenario_yaml suite_yaml durations json_path http_requests
# New inputs the fuzzer finds go to build-fuzz/corpus/<target> (kept between runs, never committed);
# a crash leaves its input in build-fuzz/crashes/ and the script exits 1. To replay one:
#   build-fuzz/fuzz/fuzz_<target> build-fuzz/crashes/<target>-crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(json_bodies scenario_yaml suite_yaml durations json_path http_requests)

scripts/setup.sh --fuzz
# The product libraries at -O1 with line tables: fast enough to fuzz, and readable stack traces.
scripts/configure.sh build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPCSIM_FUZZ=ON -DPCSIM_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1"
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

mkdir -p build-fuzz/crashes build-fuzz/logs
summary=()
failed=0
for target in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$target"
  log=build-fuzz/logs/$target.log
  # The first directory collects what the fuzzer finds; the committed seeds are only read.
  # -timeout: an input that takes 10 s is a hang, which is a finding like a crash.
  status=0
  "build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="build-fuzz/crashes/$target-" "build-fuzz/corpus/$target" "fuzz/corpus/$target" \
    > "$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  # The last status line ("#N DONE cov: C ft: F ...", or the last "pulse"/"NEW" line before a crash).
  coverage=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\).*/cov \1 ft \2/p')
  if [[ $status -eq 0 ]]; then
    verdict="no crash"
  else
    verdict="CRASH (exit $status): $(grep -m1 -E '^==[0-9]+==ERROR|^SUMMARY|deadly signal|uncaught exception|runtime error' "$log" || echo "see $log")"
    failed=1
  fi
  summary+=("$(printf '%-14s %10s execs %8s/s  %-18s %s' "$target" "${execs:-?}" "${rate:-?}" "${coverage:-cov ?}" "$verdict")")
done
echo "fuzz: ${seconds}s per target (logs in build-fuzz/logs, crashes in build-fuzz/crashes)"
printf '  %s\n' "${summary[@]}"
exit $failed
