#!/bin/sh
# Install what building and testing tabel needs, from Debian's packages,
# and the packages named as arguments (tests/fuzz/deps.sh adds clang's).
# tabel reads PDFs through poppler-utils' pdftotext; the tests lint the
# manual pages (mandoc), render them (man-db), give tabel a terminal
# (bsdutils' script) and make a PDF from text (libreoffice-writer-nogui).
# As root: apt-get install what is missing. Otherwise: say the command, fail.
# Usage: sh tests/deps.sh [PACKAGE ...] (make valgrind adds valgrind).
set -u
missing=""
need() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed' ||
	missing="$missing $1"; }
for p in gcc make pkg-config libcsv-dev libxlsxwriter-dev zlib1g-dev \
	python3 python3-openpyxl libreoffice-calc-nogui parallel locales gzip \
	time mandoc man-db bsdutils poppler-utils libreoffice-writer-nogui \
	"$@"; do
	need "$p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "tabel: missing packages:$missing" >&2
		echo "tabel: run: sudo apt-get install -y$missing" >&2
		exit 2
	fi
	echo "tabel: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null &&
	apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		{ echo "tabel: apt-get install$missing failed" >&2; exit 2; }
fi
# The suite reruns under a Dutch locale; generate it when it is missing.
if ! locale -a 2>/dev/null | grep -qi '^nl_BE.utf8$'; then
	if [ "$(id -u)" = 0 ]; then
		sed -i 's/^# *\(nl_BE.UTF-8\)/\1/' /etc/locale.gen 2>/dev/null
		grep -q '^nl_BE.UTF-8' /etc/locale.gen 2>/dev/null ||
			echo 'nl_BE.UTF-8 UTF-8' >>/etc/locale.gen
		locale-gen >/dev/null 2>&1 || echo "tabel: locale-gen failed" >&2
	else
		echo "tabel: locale nl_BE.UTF-8 missing (run: sudo locale-gen nl_BE.UTF-8)" >&2
	fi
fi
exit 0
