#!/usr/bin/env bash
# scripts/demo builds only the three programs it runs, not every test and bench target: runs the
# real script against a stub cmake (which records its arguments and stops the demo at the build)
# and a stub scripts/deps.
set -euo pipefail
source_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tree/scripts" "$work/bin"
cp "$source_dir/scripts/demo" "$work/tree/scripts/demo"
printf '#!/bin/sh\nexit 0\n' >"$work/tree/scripts/deps"
cat >"$work/bin/cmake" <<STUB
#!/bin/sh
echo "\$*" >>"$work/cmake.log"
case "\$1" in --build) exit 42 ;; esac
exit 0
STUB
chmod +x "$work/tree/scripts/demo" "$work/tree/scripts/deps" "$work/bin/cmake"

status=0
PATH="$work/bin:$PATH" "$work/tree/scripts/demo" >"$work/out" 2>&1 || status=$?
fail() { echo "FAIL: $*"; echo "--- cmake calls:"; cat "$work/cmake.log"; echo "--- demo output:"; cat "$work/out"; exit 1; }
[ "$status" -eq 42 ] || fail "the demo did not stop at the stub build (exit $status)"
builds=$(grep -c -- '^--build' "$work/cmake.log" || true)
[ "$builds" -eq 1 ] || fail "expected one build, got $builds"
build=$(grep -- '^--build' "$work/cmake.log")
targets=$(echo "$build" | sed -n 's/.*--target //p' | tr ' ' '\n' | sort | tr '\n' ' ')
[ "$targets" = "jobdesk jobdesk-cli jobdesk-sandbox " ] || fail "built targets: '${targets:-everything}'"
echo "PASS: $build"
