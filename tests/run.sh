#!/bin/sh
# Run every unit test binary and every end-to-end script; the last line is
# "N passed, N failed". Usage: tests/run.sh BIN_DIR BUILD_DIR [UNIT ...]
# An e2e test tests/e2e/NAME.sh runs from the top directory with BIN_DIR
# first on PATH and $T a fresh temporary directory; its stdout, stderr and
# exit status must equal NAME.sh.out, NAME.sh.err and NAME.sh.exit.
# ACCEPT=1 rewrites those files instead. TABEL_E2E=GLOB runs only the
# e2e tests whose name matches (TABEL_E2E='extract-*'). The e2e suite runs a second time
# under LC_ALL=nl_BE.UTF-8, where that locale exists.
set -u
mkdir -p "${1:-bin}" && bin=$(cd "${1:-bin}" && pwd) || exit 2
build=${2:-build}
shift 2 2>/dev/null
units=""	# the unit tests the Makefile lists; stale binaries never run
for u in "$@"; do
	units="$units $build/tests/unit/$u"
done
[ -n "$units" ] || units=$(ls "$build"/tests/unit/test_* 2>/dev/null)
passed=0
failed=0
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT

for t in $units; do
	case $t in *.o|*.d) continue ;; esac
	[ -x "$t" ] || continue
	"$t" >"$work/unit.out" 2>&1
	status=$?
	sed '$d' "$work/unit.out"
	last=$(tail -n 1 "$work/unit.out")
	p=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -z "$p" ]; then
		echo "FAIL $t: no summary line (exit $status): $last"
		failed=$((failed + 1))
		continue
	fi
	[ "$status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	echo "unit $(basename "$t"): $p passed, $f failed"
	passed=$((passed + p))
	failed=$((failed + f))
done

run_e2e() {	# $1: label, $2: locale or empty
	for t in tests/e2e/${TABEL_E2E:-*}.sh; do
		[ -f "$t" ] || continue
		T="$work/t"
		rm -rf "$T" && mkdir -p "$T"
		if [ -n "$2" ]; then
			(export LC_ALL="$2" T PATH="$bin:$PATH"; sh "$t" \
			    >"$work/out" 2>"$work/err" </dev/null)
		else
			(export T PATH="$bin:$PATH"; sh "$t" \
			    >"$work/out" 2>"$work/err" </dev/null)
		fi
		echo $? >"$work/exit"
		if [ "${ACCEPT:-}" = 1 ] && [ -z "$2" ]; then
			cp "$work/out" "$t.out"
			cp "$work/err" "$t.err"
			cp "$work/exit" "$t.exit"
		fi
		ok=1
		for k in out err exit; do
			if ! cmp -s "$work/$k" "$t.$k" 2>/dev/null; then
				[ $ok = 1 ] && echo "FAIL $1 $t"
				ok=0
				diff -u "$t.$k" "$work/$k" 2>&1 | head -n 20
			fi
		done
		if [ $ok = 1 ]; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
		fi
	done
}

# Under set -x both sides of a pipeline write their trace line at once, in
# either order: a test that traces a pipeline fails one run in many.
traced_pipes() {
	for t in tests/e2e/*.sh; do
		awk -v f="$t" '/^set -x/ { x = 1 } /^set \+x/ { x = 0 }
		    x && !/^[ \t]*#/ && /[^|]\|[^|]/ && !/"[^"]*\|[^"]*"/ {
			print "FAIL e2e " f ":" NR ": a pipeline under set -x traces in either order"
		}' "$t"
	done
}
lint=$(traced_pipes)
if [ -n "$lint" ]; then
	echo "$lint"
	failed=$((failed + 1))
else
	passed=$((passed + 1))
fi

run_e2e e2e ""
if [ -n "${TABEL_E2E_ONCE:-}" ]; then
	:	# tests/valgrind.sh: once is slow enough
elif locale -a 2>/dev/null | grep -qi '^nl_BE.utf8$'; then
	run_e2e "e2e(nl_BE)" nl_BE.UTF-8
else
	echo "note: locale nl_BE.UTF-8 missing; Dutch-locale rerun skipped"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
