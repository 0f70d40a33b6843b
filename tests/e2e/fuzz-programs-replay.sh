# Every input the program fuzzer (make fuzz-programs) once failed on,
# kept in tests/fuzz/corpus/programs-text and programs-csv, run through
# every program as the fuzzer runs them: exit 0 or 1, no signal, no hang,
# every message one line that starts with the program's name, no
# half-written output. Prints the failures only.
bin=$(dirname "$(command -v tabel-find)")
python3 tests/fuzz/programs.py "$bin" replay "$T" text csv >"$T/replay.out"
status=$?
grep -v ' inputs replayed, 0 failures$' "$T/replay.out"
echo "exit $status"
