#!/usr/bin/env bash
# Fails when a handler in mockserver/http or mockserver/admin writes an error code itself instead of
# naming it from the catalogues in mockserver/sim/errors/ (Partner Center, ARM, Entra ID). Run as a
# test (tests/CMakeLists.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
# A status followed by a number of four or more digits, an ARM code or an AAD error as a literal.
pattern='(error|routeError|armError|aadError|armBadRequest|armNotFound)\([^;]*\b[0-9]{3},[[:space:]]*([0-9]{4,}|"[A-Za-z_]+")|^[[:space:]]*[0-9]{3},[[:space:]]*[0-9]{4,},|AADSTS[0-9]+|\? *[0-9]{4,} *:'
if hits=$(git grep -nE "$pattern" -- 'mockserver/http/*.cpp' 'mockserver/admin/*.cpp' 'mockserver/http/*.hpp'); then
  echo "$hits" >&2
  echo "check-error-codes: name these codes from mockserver/sim/errors/*.hpp" >&2
  exit 1
fi
