# make install into a DESTDIR: the seven programs and eight manual pages,
# nothing else; the installed programs run from there with only the
# system's directories on PATH (tabel finds the six beside itself); make
# uninstall leaves no file behind.
bin=$(dirname "$(command -v tabel-extract)")
unset MAKEFLAGS MAKELEVEL MFLAGS
root=$T/root
# -o all: install what is built in $bin, never rebuild it here.
make -s --no-print-directory -o all install DESTDIR="$root" \
    PREFIX=/opt/tabel BIN="$bin"
echo "install: exit $?"
(cd "$root" && find . | LC_ALL=C sort)
inst=$root/opt/tabel/bin
for p in tabel tabel-find tabel-extract tabel-norm tabel-check tabel-amounts \
    tabel-xlsx; do
	env PATH=/usr/bin:/bin "$inst/$p" --version
done
env PATH=/usr/bin:/bin "$inst/tabel" -d "$T/out" fixtures/seeds/002_*.txt \
    >"$T/summary"
echo "tabel: exit $?"
sed "s|$T|\$T|g" "$T/summary"
env PATH=/usr/bin:/bin MANPATH="$root/opt/tabel/share/man" MANWIDTH=80 \
    man tabel 2>&1 | sed -n 1,4p
env PATH=/usr/bin:/bin MANPATH="$root/opt/tabel/share/man" MANWIDTH=80 \
    man 7 tabel 2>&1 | sed -n 1,4p
make -s --no-print-directory -o all uninstall DESTDIR="$root" \
    PREFIX=/opt/tabel BIN="$bin"
echo "uninstall: exit $?"
echo "files left: $(find "$root" -type f | wc -l)"
