# tabel-find on the five seeds: the twenty captioned tables of 002 and
# nothing else (quiet: the judgement calls are pinned in find-notes.sh).
tabel-find -q fixtures/seeds/*.txt
echo "exit $?"
