#!/bin/sh
# Run a program with its address space bounded, so an e2e test shows that
# its memory follows tabel's limits (docs/limits.md), not its input.
# Usage: sh tests/bounded.sh PROGRAM [ARG ...]; BOUNDED_KB (default
# 300000) is the bound. A sanitized build (ASan reserves terabytes of
# address space: make check-asan) or a valgrind wrapper (a script:
# tests/valgrind.sh) runs unbounded, with the same output.
set -u
prog=$(command -v "$1") || exit 2
if [ -z "${ASAN_OPTIONS:-}" ] && [ "$(head -c 2 "$prog")" != "#!" ] &&
    ! grep -q __asan_init "$prog"; then
	ulimit -v "${BOUNDED_KB:-300000}" || exit 2
fi
exec "$@"
