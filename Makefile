# tabel: GNU make. `make` builds bin/; `make test` runs the whole suite.
CC ?= cc
CFLAGS ?= -std=c11 -O2 -g -Wall -Wextra -Wpedantic
WERROR ?= -Werror
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I.
PKG_CFLAGS = $(shell pkg-config --cflags xlsxwriter zlib 2>/dev/null)
ZLIB = $(shell pkg-config --libs zlib 2>/dev/null || echo -lz)
XLSXWRITER = $(shell pkg-config --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter)
LDLIBS = -lcsv $(ZLIB) -lm
BUILD ?= build
BIN ?= bin
Q = $(if $(V),,@)

# One line per program and module, so parallel work merges cleanly.
TOOLS =
TOOLS += tabel-norm
TOOLS += tabel-amounts
TOOLS += tabel-check
TOOLS += tabel-xlsx
TOOLS += tabel-find
TOOLS += tabel-extract
# common/: one folder and one static library per job (docs/ARCHITECTURE.md).
# Includes point one way only, and the libraries link in that order:
# sys <- text <- num <- table <- cells <- flow, columns, delim <- scan <-
# tools; prose and xlsx stand on table beside cells.
SYS =
SYS += err
SYS += xalloc
SYS += input
SYS += lines
SYS += csvio
SYS += outfile
SYS += outfile_dir
SYS += cli
SYS += rowbuf
SYS += rowcopy
TEXT =
TEXT += utf8
TEXT += textfix
TEXT += hyphen
TEXT += wordset
NUM =
NUM += num
NUM += num_dec
NUM += num_fix
NUM += num_words
NUM += num_lex
NUM += date
NUM += date_lex
NUM += colspec
NUM += unit
NUM += year
NUM += normcol
NUM += formula
TABLE =
TABLE += tally
TABLE += tally_table
TABLE += tally_early
TABLE += tally_run
TABLE += longform
TABLE += tabindex
TABLE += rowlabel
TABLE += tableid
TABLE += sheetcsv
TABLE += table
TABLE += tablecsv
TABLE += caption
TABLE += longcell
TABLE += totalrow
TABLE += tableread
TABLE += tablehold
TABLE += rowlines
CELLS =
CELLS += layout
CELLS += split
CELLS += layout_fit
CELLS += chunks
CELLS += pagelines
CELLS += spacing
CELLS += rawline
FLOW =
FLOW += block
FLOW += build
FLOW += texttable
FLOW += numeric
FLOW += detect
FLOW += judge
FLOW += header
FLOW += detect_kind
FLOW += doubt
COLUMNS =
COLUMNS += aligned
COLUMNS += blocks
COLUMNS += colhead
COLUMNS += colbuild
COLUMNS += carry
COLUMNS += colside
RAW =
RAW += rawcols
RAW += rawhead
RAW += rawregion_stack
RAW += rawregion
RAW += rawside
RAW += rawsub
RAW += rawbuild_rows
RAW += rawbuild
DELIM =
DELIM += delimcell
DELIM += delimline
DELIM += delimregion
DELIM += delimbuild
DELIM += delimpage
DELIM += stackfind
DELIM += stackfind_line
DELIM += stacked
SCAN =
SCAN += tabregion
SCAN += scan
PROSE =
PROSE += prose
PROSE += money
PROSE += money_lex
PROSE += sentence
PROSE += money_year
XLSX =
XLSX += sheetname
XLSX += xlcell
XLSX += xlchart
XLSX += xlbook
XLSX += xlbook_out
XLSX += xlbook_quote
XLSX += xlstyles
XLSX += xlzip
XLSX += xlzip_copy
XLSX += xllabel
XLSX += xlindex
XLSX += xlindex_sheet
XLSX += xlcheck
XLSX += xltable
XLSX += xltable_rows
XLSX += xltable_body
LAYERS = xlsx prose scan delim raw columns flow cells table num text sys
# What each program links: only the folders it uses.
USES_tabel-find = scan delim raw columns flow cells table num text sys
USES_tabel-extract = scan delim raw columns flow cells table num text sys
USES_tabel-norm = table num text sys
USES_tabel-check = table num text sys
USES_tabel-amounts = prose scan delim raw columns flow cells table num text sys
USES_tabel-xlsx = xlsx table num text sys
UNIT =
UNIT += test_lines
UNIT += test_csvio
UNIT += test_err
UNIT += test_num
UNIT += test_num_fix
UNIT += test_date
UNIT += test_fuzz_lines
UNIT += test_fuzz_csvio
UNIT += test_utf8
UNIT += test_fuzz_utf8
UNIT += test_prose
UNIT += test_money
UNIT += test_tally
UNIT += test_peers
UNIT += test_layout
UNIT += test_judge
UNIT += test_sheetname
UNIT += test_rowlabel
UNIT += test_tableid
UNIT += test_xlchart
UNIT += test_tabindex
UNIT += test_fuzz_num
UNIT += test_fuzz_date
UNIT += test_fuzz_detect
UNIT += test_unit
UNIT += test_split
UNIT += test_table
UNIT += test_detect
UNIT += test_colspec
UNIT += test_rowbuf
UNIT += test_longform
UNIT += test_xlcell
UNIT += test_sheetcsv
UNIT += test_caption
UNIT += test_block
UNIT += test_rawline
UNIT += test_rawcols
UNIT += test_rawhead
UNIT += test_rawside
UNIT += test_rawstack
UNIT += test_rawsub
UNIT += test_build
UNIT += test_header
UNIT += test_longcell
UNIT += test_rowcopy
UNIT += test_normcol
UNIT += test_textfix
UNIT += test_totalrow
UNIT += test_sentence
UNIT += test_hyphen
UNIT += test_detect_kind
UNIT += test_doubt
UNIT += test_wordset
UNIT += test_units_agree
UNIT += test_tableread
UNIT += test_tablehold
UNIT += test_tabregion
UNIT += test_chunks
UNIT += test_aligned
UNIT += test_colbuild
UNIT += test_spacing
UNIT += test_fuzz_columns
UNIT += test_delim
UNIT += test_xlzip
UNIT += test_xlstyles
UNIT += test_rowlines
FUZZ =
FUZZ += fuzz_num
FUZZ += fuzz_date
FUZZ += fuzz_detect
FUZZ += fuzz_lines
FUZZ += fuzz_csvio
FUZZ += fuzz_utf8
FUZZ += fuzz_columns

lib = $(1:%=$(BUILD)/libtabel-%.a)
libs_of = $(call lib,$(USES_$(1))) $(if $(filter xlsx,$(USES_$(1))),$(XLSXWRITER))
ALL_LIBS = $(call lib,$(LAYERS)) $(XLSXWRITER)
TOOL_BIN = $(TOOLS:%=$(BIN)/%)
UNIT_BIN = $(UNIT:%=$(BUILD)/tests/unit/%)

all: $(TOOL_BIN)
all: $(BIN)/tabel

# tabel, the whole chain in one command, is POSIX sh (tools/tabel).
$(BIN)/tabel: tools/tabel
	@mkdir -p $(@D)
	$(Q)cp tools/tabel $@ && chmod 755 $@

$(BUILD)/%.o: %.c $(wildcard common/*/*.h)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) $(WERROR) -c -o $@ $<

define layer_lib
$$(BUILD)/libtabel-$(1).a: $$($(2):%=$$(BUILD)/common/$(1)/%.o)
	$$(Q)rm -f $$@ && $$(AR) rcs $$@ $$^
endef
$(foreach d,$(LAYERS),$(eval $(call layer_lib,$(d),$(shell echo $(d) | tr a-z A-Z))))

.SECONDEXPANSION:
$(BIN)/%: $(BUILD)/tools/%.o $$(call lib,$$(USES_$$*))
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(call libs_of,$*) $(LDLIBS)

$(BUILD)/tests/unit/%: $(BUILD)/tests/unit/%.o $(call lib,$(LAYERS))
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(ALL_LIBS) $(LDLIBS)

deps:
	$(Q)sh tests/deps.sh

test: deps all $(UNIT_BIN)
	$(Q)sh tests/run.sh $(BIN) $(BUILD) $(UNIT)

ASAN = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
check-asan: deps
	$(Q)$(MAKE) --no-print-directory -s BUILD=build-asan BIN=bin-asan \
	    CFLAGS="-std=c11 -O1 -g $(ASAN)" LDFLAGS="$(ASAN)" \
	    all $(UNIT:%=build-asan/tests/unit/%)
	$(Q)ASAN_OPTIONS=detect_leaks=1 sh tests/run.sh bin-asan build-asan $(UNIT)

# make fuzz [FUZZ_SECONDS=N] [FUZZ_ONLY="fuzz_x ..."]: clang + libFuzzer,
# each target for N seconds (tests/fuzz/run.sh); limits made small so the
# fuzzer reaches the too-long and too-wide paths.
FUZZ_SECONDS ?= 60
FUZZ_SAN = -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_LIMITS = -DLINES_CHUNK=16 -DLINES_MAX=2048 -DCSVIO_MAX_RECORD=8192 \
	-DCSVIO_MAX_FIELDS=64
fuzz-deps:
	$(Q)sh tests/fuzz/deps.sh
fuzz: fuzz-deps
	$(Q)$(MAKE) --no-print-directory CC=clang BUILD=build-fuzz \
	    CFLAGS="-std=c11 -O1 -g $(FUZZ_SAN) $(FUZZ_LIMITS)" \
	    $(FUZZ:%=build-fuzz/tests/fuzz/%)
	$(Q)sh tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS) \
	    $(or $(FUZZ_ONLY),$(FUZZ))

# make fuzz-programs [FUZZ_SECONDS=N]: the programs themselves on mutated
# inputs, N seconds for text and N for CSV, in the sanitizer build
# (tests/fuzz/programs.py); findings in build-asan/fuzz-programs.
fuzz-programs: deps
	$(Q)$(MAKE) --no-print-directory -s BUILD=build-asan BIN=bin-asan \
	    CFLAGS="-std=c11 -O1 -g $(ASAN)" LDFLAGS="$(ASAN)" all
	$(Q)python3 tests/fuzz/programs.py bin-asan $(FUZZ_SECONDS) \
	    build-asan/fuzz-programs text csv

# make valgrind: unit tests and the e2e suite under valgrind's memcheck.
valgrind: deps
	$(Q)$(MAKE) --no-print-directory all $(UNIT_BIN)
	$(Q)sh tests/valgrind.sh $(BIN) $(BUILD)

$(BUILD)/tests/fuzz/%: $(BUILD)/tests/fuzz/%.o $(call lib,$(LAYERS))
	$(Q)$(CC) $(CFLAGS) -fsanitize=fuzzer $(LDFLAGS) -o $@ $< $(ALL_LIBS) \
	    $(LDLIBS)

# make install [PREFIX=/usr/local] [DESTDIR=]: the GNU conventions; nothing
# is written outside DESTDIR$(PREFIX). make uninstall removes what it wrote.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
INSTALL ?= install
MAN1 = $(TOOLS:%=%.1) tabel.1
MAN7 = tabel.7
install: all
	$(Q)mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man7
	$(Q)$(INSTALL) -m 755 $(TOOL_BIN) $(BIN)/tabel $(DESTDIR)$(BINDIR)/
	$(Q)$(INSTALL) -m 644 $(MAN1:%=docs/man/%) $(DESTDIR)$(MANDIR)/man1/
	$(Q)$(INSTALL) -m 644 $(MAN7:%=docs/man/%) $(DESTDIR)$(MANDIR)/man7/

uninstall:
	$(Q)rm -f $(TOOLS:%=$(DESTDIR)$(BINDIR)/%) $(DESTDIR)$(BINDIR)/tabel \
	    $(MAN1:%=$(DESTDIR)$(MANDIR)/man1/%) \
	    $(MAN7:%=$(DESTDIR)$(MANDIR)/man7/%)

demo: deps all
	$(Q)sh tests/demo.sh $(BIN) out $(JOBS)

# The README's pictures of the demo workbook (LibreOffice, pdftoppm).
screenshots: deps all
	$(Q)sh tests/screenshots.sh $(BIN) docs/img

bench: all
	$(Q)sh tests/bench.sh $(BIN)

clean:
	rm -rf build build-asan bin bin-asan out
	rm -rf build-fuzz

.PHONY: all deps test check-asan demo screenshots bench clean install uninstall
.PHONY: fuzz fuzz-deps fuzz-programs valgrind
.SECONDARY:
