#!/bin/sh
# make valgrind: the whole suite under valgrind's memcheck. Each unit test
# runs under valgrind; each program in BIN_DIR is replaced on PATH by a
# wrapper that runs it under valgrind, and tests/run.sh runs the e2e suite
# through the wrappers, so any memcheck error (exit 99, and its report on
# stderr) makes the e2e test that caused it fail.
# Usage: tests/valgrind.sh BIN_DIR BUILD_DIR
set -u
bin=$(cd "${1:-bin}" && pwd) || exit 2
build=${2:-build}
sh tests/deps.sh valgrind || exit 2
wrap=$(mktemp -d) || exit 2
trap 'rm -rf "$wrap"' EXIT
chmod 755 "$wrap"	# the unreadable-file cases run as nobody
vg="valgrind -q --error-exitcode=99 --leak-check=full"
vg="$vg --errors-for-leak-kinds=definite"
vg="$vg --suppressions=$(pwd)/tests/valgrind.supp"	# each one says why
failed=0

for t in "$build"/tests/unit/test_*; do
	case $t in *.o|*.d) continue ;; esac
	[ -x "$t" ] || continue
	if $vg "$t" >"$wrap/unit.out" 2>&1; then
		echo "valgrind unit $(basename "$t"): clean"
	else
		echo "valgrind unit $(basename "$t"): FAILED"
		grep -v '^FAIL\|passed' "$wrap/unit.out" | head -n 30
		failed=$((failed + 1))
	fi
done

for p in "$bin"/*; do
	[ -x "$p" ] || continue
	# tabel is sh: a copy runs the wrapped programs beside it.
	[ "${p##*/}" = tabel ] && { cp "$p" "$wrap/tabel"; continue; }
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$vg" "$p" >"$wrap/${p##*/}"
	chmod 755 "$wrap/${p##*/}"
done
# The e2e suite once (not again under nl_BE), with room for valgrind's
# slowness in tests/hostile.sh's timeout.
TABEL_E2E_ONCE=1 HOSTILE_TIMEOUT=900 sh tests/run.sh "$wrap" "$wrap/no-unit" ||
	failed=$((failed + 1))
[ "$failed" -eq 0 ] && echo "valgrind: clean"
[ "$failed" -eq 0 ]
