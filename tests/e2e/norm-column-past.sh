# a column past the table's last one (-c 9 on a narrower table) is
# reported and the exit status is 1, like an unknown column name; a range
# that starts inside the table ("2-9") takes the columns it has
set -x
tabel-norm -c 9 fixtures/norm/forms.csv >/dev/null
echo "exit $?"
tabel-norm -c 2-9 fixtures/norm/forms.csv >/dev/null
echo "exit $?"
