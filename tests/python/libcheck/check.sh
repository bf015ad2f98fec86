#!/bin/sh
# For each test_*.py here (or those named): its output under CPython with
# CPython's modules, under CPython with languages/python/lib's modules
# (run_mine.py), and under the RTS interpreter (which ships
# languages/python/lib's modules: lib/sources.ts is regenerated first with
# `npm run gen:pylib`); reports differences. Outputs go to $OUT
# (default /tmp/libcheck).
cd "$(dirname "$0")"
ROOT=$(cd ../../.. && pwd)
OUT=${OUT:-/tmp/libcheck}
mkdir -p "$OUT"
(cd "$ROOT" && npm run -s gen:pylib) || exit 1
tests="$*"
[ -z "$tests" ] && tests=$(ls test_*.py)
for t in $tests; do
  n=${t%.py}
  python3 "$t" > "$OUT/$n.cpython" 2>&1
  python3 run_mine.py "$t" > "$OUT/$n.mine" 2>&1
  (cd "$ROOT" && timeout 300 node bin/rts.js run languages/python/main.ts "tests/python/libcheck/$t") > "$OUT/$n.rts" 2>&1
  if cmp -s "$OUT/$n.cpython" "$OUT/$n.mine"; then m=same; else m=DIFF; fi
  if cmp -s "$OUT/$n.cpython" "$OUT/$n.rts"; then r=same; else r=DIFF; fi
  echo "$n: cpython-with-lib $m, rts $r ($(wc -l < "$OUT/$n.cpython") lines)"
done
