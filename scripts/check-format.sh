#!/usr/bin/env bash
# Fails when a C++ file tracked by git is not as .clang-format writes it; --fix rewrites them.
# Run by scripts/test.sh (so by CI), before the build.
set -euo pipefail
cd "$(dirname "$0")/.."
format=$(command -v clang-format || command -v clang-format-14 || true)
if [[ -z "$format" ]]; then
  echo "check-format: clang-format is not installed (scripts/setup.sh installs it)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h' '*.cc')
if [[ "${1:-}" == "--fix" ]]; then
  printf '%s\0' "${files[@]}" | xargs -0 -P"$(nproc)" -n 32 "$format" -i
  exit 0
fi
if ! printf '%s\0' "${files[@]}" | xargs -0 -P"$(nproc)" -n 32 "$format" --dry-run --Werror 2>/tmp/check-format.$$; then
  grep -E '^[^ ].*: (error|warning):' /tmp/check-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
  rm -f /tmp/check-format.$$
  echo "check-format: run scripts/check-format.sh --fix" >&2
  exit 1
fi
rm -f /tmp/check-format.$$
