#!/usr/bin/env bash
# Builds Wirescope with AddressSanitizer and UndefinedBehaviorSanitizer (-DWIRESCOPE_SANITIZE=ON,
# RelWithDebInfo, clang-14 when present, else the default compiler) and runs the whole ctest suite
# under them. Any memory error, leak or undefined behaviour fails the test it happens in, and the
# script exits non-zero. No leak is suppressed (Qt, fontconfig and the offscreen platform report
# none); if a system library ever does, add LSAN_OPTIONS=suppressions=FILE in the environment.
#
#   scripts/sanitize.sh [--build DIR] [--jobs N] [--no-build] [-- CTEST_ARGS...]
#
#   --build DIR   build tree (default build-asan in the checkout)
#   --jobs N      compile jobs and parallel tests (default 2)
#   --no-build    run the tests of an existing build
#   -- ARGS       passed on to ctest (e.g. -- -R TestFuzzRegressions)
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-asan"
jobs=2
do_build=1
ctest_args=()
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --no-build) do_build=0; shift ;;
    --) shift; ctest_args=("$@"); break ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "sanitize.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

start=$(date +%s)
mkdir -p "$build"
if [ "$do_build" = 1 ]; then
    compilers=()
    if command -v clang++-14 >/dev/null; then
        compilers=(-DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14)
    fi
    cmake -S "$root" -B "$build" "${compilers[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DWIRESCOPE_SANITIZE=ON -DWIRESCOPE_BUILD_BENCH=OFF >"$build/configure.log" 2>&1 \
        || { cat "$build/configure.log"; echo "sanitize.sh: configure failed" >&2; exit 2; }
    cmake --build "$build" -j"$jobs" >"$build/build.log" 2>&1 \
        || { grep -E 'error|Error' "$build/build.log" | head -40; echo "sanitize.sh: build failed (log: $build/build.log)" >&2; exit 2; }
    echo "sanitize.sh: built in $(($(date +%s) - start)) s"
fi

# Errors stop the process with a non-zero exit, so ctest counts the test as failed.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen

tests_start=$(date +%s)
ctest --test-dir "$build" --output-on-failure -j"$jobs" "${ctest_args[@]}"
rc=$?
echo "sanitize.sh: tests took $(($(date +%s) - tests_start)) s, $(($(date +%s) - start)) s in all; ctest exit $rc"
exit $rc
