#!/usr/bin/env bash
# Builds and runs the C runtime tests (gc-semispace, lists, maps, os, main).
# Usage: tests/runtime/run.sh   (CC=... to pick the compiler; VALGRIND=0 to skip valgrind)
# Also runs under qemu-aarch64 when aarch64-linux-gnu-gcc and qemu-aarch64 exist.
set -u
cd "$(dirname "$0")/../.."
RT=plugins/backend-c/runtime
SRC="$RT/main.c $RT/os.c $RT/lists.c $RT/maps.c $RT/strings.c $RT/numbers.c plugins/gc-semispace/semispace.c"
CC=${CC:-gcc}
CFLAGS="-O2 -Wall -Wextra -Werror -std=gnu11 -I $RT"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

# expect NAME STATUS STDOUT-FILE STDERR-FILE -- CMD...: runs CMD (stdin from
# $STDIN or /dev/null) and compares status and output bytes
expect() {
  local name=$1 status=$2 want_out=$3 want_err=$4
  shift 5
  "$@" <"${STDIN:-/dev/null}" >"$OUT/out" 2>"$OUT/err"
  local rc=$?
  if [ "$rc" = "$status" ] && cmp -s "$OUT/out" "$want_out" && cmp -s "$OUT/err" "$want_err"; then
    ok "$name"
  else
    bad "$name (status $rc, want $status)"
    head -c 600 "$OUT/out"; echo; head -c 600 "$OUT/err"; echo
  fi
}

# run NAME CMD...: a self-checking program, status 0 = success
run() {
  local name=$1
  shift
  if "$@" >"$OUT/log" 2>&1; then ok "$name"; else bad "$name"; cat "$OUT/log"; fi
}

build() { # build TARGET-CC OUTPUT TEST.c
  $1 $CFLAGS "tests/runtime/$3" $SRC -lm -o "$2" 2>"$OUT/cc.log" || { cat "$OUT/cc.log"; return 1; }
}

io_checks() { # io_checks PREFIX RUNNER...
  local p=$1
  shift
  printf 'h\303\251llo \360\237\230\200\n' >"$OUT/data.txt"
  local utf8='a\303\251\342\202\254\360\237\230\200\357\277\275b\357\277\275'
  local zs
  zs=$(head -c 100000 /dev/zero | tr '\0' z)
  { printf "1:$utf8\nprompt> [one\r]\n[two]\n[]\n[last]\neof\nfile:h\303\251llo \360\237\230\200\n"
    printf 'missing ok\ndir ok\nclocks ok\n%s\n' "$zs"; } >"$OUT/want_out"
  printf "$utf8\n" >"$OUT/want_err"
  printf 'one\r\ntwo\n\nlast' >"$OUT/in"
  STDIN="$OUT/in" expect "$p os io" 3 "$OUT/want_out" "$OUT/want_err" -- "$@" io "$OUT/data.txt"
  printf 'deep\n' >"$OUT/want_out"
  printf 'RangeError: Maximum call stack size exceeded\n' >"$OUT/want_err"
  expect "$p os uncaught stack overflow" 1 "$OUT/want_out" "$OUT/want_err" -- "$@" stack
  printf 'pushing\n' >"$OUT/want_out"
  printf 'fatal error: shadow stack overflow (recursion too deep)\n' >"$OUT/want_err"
  expect "$p os shadow stack overflow" 101 "$OUT/want_out" "$OUT/want_err" -- "$@" ss
}

if build "$CC" "$OUT/gc_test" gc_test.c && build "$CC" "$OUT/os_test" os_test.c; then
  ok "build ($CC, -Werror)"
  run "gc_test" "$OUT/gc_test"
  run "gc_test RTS_GC_TORTURE=1" env RTS_GC_TORTURE=1 "$OUT/gc_test"
  run "gc_test small heap RTS_GC_HEAP=64k" env RTS_GC_HEAP=64k RTS_TEST_SMALL=1 "$OUT/gc_test"
  if RTS_GC_STATS=1 RTS_TEST_SMALL=1 "$OUT/gc_test" 2>&1 >/dev/null | grep -q '^gc-semispace: [0-9]* collections'; then
    ok "RTS_GC_STATS=1 report"
  else
    bad "RTS_GC_STATS=1 report"
  fi
  io_checks native "$OUT/os_test"
  if [ "${VALGRIND:-1}" != 0 ] && command -v valgrind >/dev/null; then
    run "gc_test under valgrind" env RTS_TEST_SMALL=1 valgrind -q --error-exitcode=9 "$OUT/gc_test"
    run "gc_test torture under valgrind" env RTS_GC_TORTURE=1 valgrind -q --error-exitcode=9 "$OUT/gc_test"
  fi
else
  bad "build ($CC)"
fi

if command -v aarch64-linux-gnu-gcc >/dev/null && command -v qemu-aarch64 >/dev/null; then
  Q="qemu-aarch64 -L /usr/aarch64-linux-gnu"
  if build aarch64-linux-gnu-gcc "$OUT/gc_test_a64" gc_test.c && build aarch64-linux-gnu-gcc "$OUT/os_test_a64" os_test.c; then
    ok "build (aarch64-linux-gnu-gcc)"
    run "aarch64 gc_test" env RTS_TEST_SMALL=1 $Q "$OUT/gc_test_a64"
    run "aarch64 gc_test torture" env RTS_GC_TORTURE=1 $Q "$OUT/gc_test_a64"
    io_checks aarch64 $Q "$OUT/os_test_a64"
  else
    bad "build (aarch64-linux-gnu-gcc)"
  fi
fi

echo "runtime: $pass passed, $fail failed"
[ "$fail" = 0 ]
