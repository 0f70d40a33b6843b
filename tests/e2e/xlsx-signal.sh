# Killed while writing (SIGTERM), tabel-xlsx leaves no workbook and no
# temporary file. The input is a FIFO: once this script has opened it,
# tabel-xlsx has opened its output and waits for rows.
cd "$T" || exit 2
mkfifo in || exit 2
tabel-xlsx -o out.xlsx in &
pid=$!
exec 3>in
printf 'Label,Waarde\na,1\n' >&3
ls -A | grep -c '^\.out\.xlsx\.'
exec 4>&2 2>/dev/null	# the shell's "Terminated" comes when it likes
kill -TERM "$pid"
wait "$pid"
echo "exit $?"
exec 2>&4 4>&-
exec 3>&-
ls -A
