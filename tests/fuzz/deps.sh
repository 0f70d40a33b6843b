#!/bin/sh
# make fuzz-deps: clang and its libFuzzer runtime, for `make fuzz` only
# (`make test` never needs them). As root: apt-get install what is missing.
set -u
missing=""
for p in clang libclang-rt-14-dev; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
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
