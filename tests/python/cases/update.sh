#!/usr/bin/env bash
# Regenerate expected outputs for the Python conformance cases using CPython.
# For each CASE.py: CASE.out gets stdout; if the exit status is non-zero,
# CASE.err gets the status on line 1 followed by the whole stderr, with this
# directory's absolute path (CPython prints it in tracebacks) as CASES_DIR.
# Usage: ./update.sh [CASE.py ...]   (default: all cases)
set -u
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ $# -gt 0 ]; then cases=("$@"); else cases=([0-9]*.py); fi
for f in "${cases[@]}"; do
  f=$(basename "$f")
  base=${f%.py}
  errtmp=$(mktemp)
  PYTHONHASHSEED=0 "$PY" -X utf8 "$f" </dev/null >"$base.out" 2>"$errtmp"
  status=$?
  if [ $status -ne 0 ]; then
    { echo "$status"; sed "s|$PWD/|CASES_DIR/|g" "$errtmp"; } >"$base.err"
  else
    rm -f "$base.err"
    if [ -s "$errtmp" ]; then echo "warning: $f wrote to stderr but exited 0" >&2; fi
  fi
  rm -f "$errtmp"
done
