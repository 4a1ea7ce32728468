#!/usr/bin/env bash
# Configures a build directory the way serve.sh and test.sh want it: Ninja when it is installed
# (and the directory is not already a Makefile build), then the given CMake arguments.
#   scripts/configure.sh BUILD_DIR [cmake arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
shift
generator=()
if command -v ninja > /dev/null && ! grep -qs '^CMAKE_GENERATOR:INTERNAL=Unix Makefiles' "$dir/CMakeCache.txt"; then
  generator=(-G Ninja)
fi
cmake -S . -B "$dir" "${generator[@]}" "$@" > /dev/null
