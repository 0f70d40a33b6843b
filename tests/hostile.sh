# tests/hostile.sh: sourced by tests/e2e/bad-*.sh. Makes the hostile
# inputs of docs/limits.md in $T at test time (nothing big is committed)
# and runs a program on them so that the expected files pin, per case, its
# messages, its exit status and a summary of its output.
#
#	. tests/hostile.sh
#	matrix_csv tabel-norm		# or matrix_text PROG [ARGS]
#
# or case by case: hostile_text (or hostile_csv), then
#	case_run "CRLF line ends" tabel-x "$T/crlf.txt"
#
# Every command runs under `timeout 60` (or $HOSTILE_TIMEOUT seconds; a
# hang shows as exit 124), with $T shown as "$T" in messages so the
# expected files do not depend on it.

# A file with every byte value 0..255, four times: binary junk with NULs.
hostile_binary() {
	i=0
	while [ $i -lt 256 ]; do
		printf "\\$(printf %o $i)"
		i=$((i + 1))
	done >"$T/bytes.tmp"
	cat "$T/bytes.tmp" "$T/bytes.tmp" "$T/bytes.tmp" "$T/bytes.tmp" >"$1"
	rm -f "$T/bytes.tmp"
}

# A line of N MiB of amounts, "1,5 2,5 ... ", on standard output.
hostile_long_line() {
	yes '1,5 2,5' | head -n $(($1 * 131072)) | tr '\n' ' '
	echo
}

# What every program is given: the cases that do not depend on the format.
hostile_common() {
	: >"$T/empty"
	hostile_binary "$T/binary.bin"
	mkdir -p "$T/dir"
	printf 'secret\n' >"$T/unreadable"
	chmod 000 "$T/unreadable"
	mkdir -p "$T/out"
}

# From $T/table.gz: $T/corrupt.gz (its CRC and length overwritten, so
# zlib finds the fault after the last line) and $T/junk.gz (a line of
# text after the gzip data).
hostile_gzip_more() {
	size=$(wc -c <"$T/table.gz")
	{ head -c $((size - 8)) "$T/table.gz"; printf 'XXXXXXXX'; } \
	    >"$T/corrupt.gz"
	{ cat "$T/table.gz"; printf 'junk\n'; } >"$T/junk.gz"
}

# Text inputs: a table of the measured layout in every bad shape.
hostile_text() {
	hostile_common
	cat >"$T/table.txt" <<'EOF'
De Vlaamse regering trok in 2021 in totaal 20,7 miljoen euro uit voor 
steun aan bedrijven; in 2020 was dat nog 1.250.000 euro. 

Tabel 1 Steun per jaar (in miljoen euro) 
Maatregel 2019 2020 2021 
Innovatiesteun 1,50 2,25 3,00 
Groeisteun 10,00 11,50 12,75 
Totaal 11,50 13,75 15,75 

EOF
	sed 's/$/\r/' "$T/table.txt" >"$T/crlf.txt"
	{
		printf 'Het caf\351 kreeg in 2020 \200 5.000 steun. \n'
		printf '\n'
		printf 'Tabel 2 Caf\351s en \200 (in euro) \n'
		printf 'Maatregel 2019 2020 \n'
		printf 'Caf\351 1,5 2,5 \n'
		printf '\223Steun\224 3,0 4,0 \n'
	} >"$T/latin1.txt"
	{
		printf 'Ongeldig \303( kreeg in 2021 25.000 euro \355\240\200. \n'
		printf '\n'
		printf 'Tabel 3 Ongeldig \303( en \355\240\200 \n'
		printf 'Maatregel 2019 2020 \n'
		printf 'Rij\377 1,5 2,5 \n'
	} >"$T/badutf8.txt"
	{
		printf 'Nul\000byte kreeg in 2021 25.000 euro. \n'
		printf '\n'
		printf 'Tabel 4 Nul \n'
		printf 'Maatregel 2019 2020 \n'
		printf 'Rij\000een 1,5 2,5 \n'
	} >"$T/nul.txt"
	sed 's/\x00/\xef\xbf\xbf/g' "$T/nul.txt" >"$T/nonchar.txt"
	{ cat "$T/table.txt"; hostile_long_line 10
	    cat "$T/table.txt"; } >"$T/long10.txt"
	{ cat "$T/table.txt"; hostile_long_line 17
	    cat "$T/table.txt"; } >"$T/long17.txt"
	i=0
	while [ $i -lt 300 ]; do
		cat "$T/table.txt"
		i=$((i + 1))
	done | gzip -n >"$T/table.gz"
	head -c $(($(wc -c <"$T/table.gz") / 2)) "$T/table.gz" >"$T/cut.gz"
	hostile_gzip_more
	i=0
	while [ $i -lt 3000 ]; do
		cat "$T/table.txt"
		i=$((i + 1))
	done >"$T/big.txt"
}

# CSV inputs, wide-table form as tabel-extract writes it; the total of
# 2021 is off by 0,05, so tabel-check has something to say.
hostile_csv() {
	hostile_common
	cat >"$T/table.csv" <<'EOF'
Maatregel,2019,2020,2021
Innovatiesteun,"1,50","2,25","3,00"
Groeisteun,"10,00","11,50","12,75"
Totaal,"11,50","13,75","15,70"
EOF
	sed 's/$/\r/' "$T/table.csv" >"$T/crlf.csv"
	printf 'Maatregel,2019,2020\nCaf\351,"1,5","2,5"\n\200 steun,"3,0","4,0"\n' \
	    >"$T/latin1.csv"
	printf 'Maatregel,2019,2020\nRij\377,"1,5","2,5"\n\355\240\200,1,2\n' \
	    >"$T/badutf8.csv"
	printf 'Maatregel,2019,2020\nRij\000een,"1,5","2,5"\n' >"$T/nul.csv"
	printf 'Maatregel,2019,2020\nRij\357\277\277,"1,5","2,5"\n' \
	    >"$T/nonchar.csv"
	printf 'Maatregel,2019,2020,2021\nKort,"1,5"\nLang,1,2,3,4,5\n,,,\n' \
	    >"$T/ragged.csv"
	printf 'Maatregel,2019\nA,"1,5"\nB,"2,5\nC,3\n' >"$T/unclosed.csv"
	{ printf 'Maatregel,2019\nLang,"'; hostile_long_line 10 |
	    tr -d '\n'; printf '"\nKort,"1,5"\n'; } >"$T/cell10.csv"
	{ printf 'Maatregel,2019\nLang,'; hostile_long_line 17
	    printf 'Kort,"1,5"\n'; } >"$T/long17.csv"
	{ printf 'Maatregel'; i=0; while [ $i -lt 1700 ]; do
		printf ',1,2,3,4,5,6,7,8,9,0'; i=$((i + 1)); done; echo
	} >"$T/wide.csv"
	i=0
	while [ $i -lt 300 ]; do
		tail -n +2 "$T/table.csv"
		i=$((i + 1))
	done | { head -n 1 "$T/table.csv"; cat; } | gzip -n >"$T/table.gz"
	head -c $(($(wc -c <"$T/table.gz") / 2)) "$T/table.gz" >"$T/cut.gz"
	hostile_gzip_more
	i=0
	while [ $i -lt 10000 ]; do
		tail -n +2 "$T/table.csv"
		i=$((i + 1))
	done | { head -n 1 "$T/table.csv"; cat; } >"$T/big.csv"
}

# case_run LABEL CMD...: run CMD (under timeout), then print the label,
# its stderr, its output (the first 8 lines, then line count and
# checksum, $T shown as "$T"), its exit status, and the files left in
# $T/out (an -o target, or a temporary file that should not be there).
case_run() {
	label=$1
	shift
	timeout "${HOSTILE_TIMEOUT:-60}" "$@" >"$T/case.out" 2>"$T/case.err"
	status=$?
	case_report "$label" "$status"
}

case_report() {
	echo "== $1"
	sed "s|$T|\$T|g" "$T/case.err" | cut -c 1-200 | cat -v
	sed "s|$T|\$T|g" "$T/case.out" >"$T/case.norm"
	if [ -n "${HOSTILE_XLSX:-}" ]; then
		xlsx_summary "$T/case.out" stdout
	else
		head -n 8 "$T/case.norm" | cut -c 1-120 | cat -v
		echo "-- $(wc -l <"$T/case.norm") lines," \
		    "cksum $(cksum <"$T/case.norm")"
	fi
	echo "-- exit $2"
	for f in "$T"/out/* "$T"/out/.[!.]*; do
		[ -e "$f" ] || continue
		if [ -n "${HOSTILE_XLSX:-}" ]; then
			xlsx_summary "$f" "left in out/: ${f##*/}"
		else
			echo "-- left in out/: ${f##*/}, $(wc -l <"$f") lines"
		fi
	done
	rm -f "$T"/out/* "$T"/out/.[!.]* "$T/case.norm"
}

# xlsx_summary FILE WHAT: for a program that writes XLSX (HOSTILE_XLSX
# set): whether FILE is empty, or the workbook openpyxl reads in it, sheet
# by sheet with its size and first column (a corrupt one says so).
xlsx_summary() {
	if [ ! -s "$1" ]; then
		echo "-- $2: empty"
		return
	fi
	/usr/bin/python3 - "$1" "$2" <<'EOF' 2>&1 | cut -c 1-120 | cat -v
import shutil, sys, tempfile, openpyxl
try:
    tmp = tempfile.NamedTemporaryFile(suffix=".xlsx")
    shutil.copyfile(sys.argv[1], tmp.name)
    wb = openpyxl.load_workbook(tmp.name)
except Exception as e:
    print("-- %s: not a workbook: %s" % (sys.argv[2], type(e).__name__))
    sys.exit(0)
for ws in wb.worksheets:
    col = [str(c.value) for c in ws["A"]][:6]
    print("-- %s: sheet %r %dx%d: %s" % (sys.argv[2], ws.title,
        ws.max_row, ws.max_column, " | ".join(col)))
EOF
}

# case_unreadable LABEL CMD... FILE: run CMD on the chmod-000 file as a
# user who cannot read it (root reads everything: drop to nobody).
case_unreadable() {
	label=$1
	shift
	if [ "$(id -u)" = 0 ]; then
		timeout "${HOSTILE_TIMEOUT:-60}" setpriv --reuid=65534 \
		    --regid=65534 --clear-groups "$@" \
		    >"$T/case.out" 2>"$T/case.err"
	else
		timeout "${HOSTILE_TIMEOUT:-60}" "$@" >"$T/case.out" 2>"$T/case.err"
	fi
	status=$?
	case_report "$label" "$status"
}

# case_pipe LABEL CMD...: CMD's output into `head -n 1`; the program must
# end quietly: killed by SIGPIPE, or exit 2 where SIGPIPE is ignored.
case_pipe() {
	label=$1
	shift
	{ timeout "${HOSTILE_TIMEOUT:-60}" "$@" 2>"$T/case.err"
	    echo $? >"$T/case.status"; } |
	    head -n 1 >"$T/case.out"
	status=$(cat "$T/case.status")
	case $status in
	141|2) status="141 (SIGPIPE) or 2" ;;
	esac
	case_report "$label" "$status"
}

# matrix_common PROG EXT [ARGS...]: the cases every program shares, on
# $T/table.EXT as the good input; ARGS go before the file names. Set
# MATRIX_ONE_INPUT for a program that takes one input file only.
matrix_common() {
	prog=$1
	ext=$2
	shift 2
	case_run "empty file" "$prog" "$@" "$T/empty"
	case_run "binary junk with NUL bytes" "$prog" "$@" "$T/binary.bin"
	case_run "invalid UTF-8" "$prog" "$@" "$T/badutf8.$ext"
	case_run "Windows-1252 text" "$prog" "$@" "$T/latin1.$ext"
	case_run "NUL byte in a row" "$prog" "$@" "$T/nul.$ext"
	case_run "U+FFFF (no character; XML cannot hold it)" "$prog" "$@" \
	    "$T/nonchar.$ext"
	case_run "CRLF line ends" "$prog" "$@" "$T/crlf.$ext"
	case_run "gzip" "$prog" "$@" "$T/table.gz"
	case_run "truncated gzip" "$prog" "$@" "$T/cut.gz"
	case_run "corrupt gzip" "$prog" "$@" "$T/corrupt.gz"
	case_run "junk after gzip" "$prog" "$@" "$T/junk.gz"
	case_run "-o with truncated gzip: kept" "$prog" -o "$T/out/x" "$@" \
	    "$T/cut.gz"
	if [ -n "${MATRIX_ONE_INPUT:-}" ]; then
		case_run "missing file" "$prog" "$@" "$T/missing.$ext"
	else
		case_run "missing file, then a good one" "$prog" "$@" \
		    "$T/missing.$ext" "$T/table.$ext"
	fi
	case_unreadable "unreadable file" "$prog" "$@" "$T/unreadable"
	case_run "a directory" "$prog" "$@" "$T/dir"
	case_run "stdout on /dev/full" sh -c '"$@" >/dev/full' sh \
	    "$prog" "$@" "$T/table.$ext"
	case_pipe "closed pipe" "$prog" "$@" "$T/big.$ext"
	case_run "-o in a missing directory" "$prog" -o "$T/nodir/x" "$@" \
	    "$T/table.$ext"
	case_run "-o with a missing input: output kept" "$prog" \
	    -o "$T/out/x" "$@" "$T/missing.$ext"
	case_run "-o /dev/full" "$prog" -o /dev/full "$@" "$T/table.$ext"
	case_run "-o written whole" "$prog" -o "$T/out/x" "$@" \
	    "$T/table.$ext"
}

# matrix_text PROG [ARGS...]: every case, for a program reading text.
matrix_text() {
	hostile_text
	case_run "good input (reference)" "$@" "$T/table.txt"
	case_run "a 10 MB line" "$@" "$T/long10.txt"
	case_run "a 17 MB line (over the limit)" "$@" "$T/long17.txt"
	prog=$1
	shift
	matrix_common "$prog" txt "$@"
}

# matrix_csv PROG [ARGS...]: every case, for a program reading CSV.
matrix_csv() {
	hostile_csv
	case_run "good input (reference)" "$@" "$T/table.csv"
	case_run "a 10 MB cell" "$@" "$T/cell10.csv"
	case_run "a 17 MB line (over the limit)" "$@" "$T/long17.csv"
	case_run "17001 columns (over the limit)" "$@" "$T/wide.csv"
	case_run "ragged rows" "$@" "$T/ragged.csv"
	case_run "unclosed quote" "$@" "$T/unclosed.csv"
	prog=$1
	shift
	matrix_common "$prog" csv "$@"
}
