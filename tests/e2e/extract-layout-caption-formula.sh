# A formula and a note under a caption ('Groei = ...', 'Bedragen in
# duizend euro.') are no part of its title: the caption stays 'Groei
# van de uitgaven', the note still gives the unit, and both lines are
# kept in the long form as lines of the table that fit no cell.
tabel-find fixtures/layout/caption-formula.txt
tabel-extract --long fixtures/layout/caption-formula.txt
