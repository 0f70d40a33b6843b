# A caption glued to the form feed that starts its page ('\fTabel 2')
# names its table: the form feed is the page break, no text.
tabel-find fixtures/layout/formfeed-caption.txt
tabel-extract -t 2 fixtures/layout/formfeed-caption.txt
