# tabel: GNU make. `make` builds bin/; `make test` runs the whole suite.
CC ?= cc
CFLAGS ?= -std=c11 -O2 -g -Wall -Wextra -Wpedantic
WERROR ?= -Werror
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I.
PKGS = xlsxwriter zlib
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lxlsxwriter -lz)
LDLIBS = -lcsv $(PKG_LIBS) -lm
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
COMMON =
COMMON += common/err
COMMON += common/xalloc
COMMON += common/input
COMMON += common/lines
COMMON += common/csvio
COMMON += common/outfile
COMMON += common/cli
COMMON += common/num
COMMON += common/num_dec
COMMON += common/num_words
COMMON += common/num_lex
COMMON += common/date
COMMON += common/utf8
COMMON += common/prose
COMMON += common/money
COMMON += common/money_lex
COMMON += common/tally
COMMON += common/tally_table
COMMON += common/date_lex
COMMON += common/colspec
COMMON += common/rowbuf
COMMON += common/longform
COMMON += common/sheetname
COMMON += common/tabindex
COMMON += common/rowkind
COMMON += common/xlcell
COMMON += common/xlchart
COMMON += common/xlbook
COMMON += common/sheetcsv
COMMON += common/layout
COMMON += common/table
COMMON += common/tablecsv
COMMON += common/region
COMMON += common/numeric
COMMON += common/detect
COMMON += common/caption
COMMON += common/judge
COMMON += common/header
COMMON += common/split
COMMON += common/unit
COMMON += common/longcell
COMMON += common/rowcopy
COMMON += common/normcol
COMMON += common/textfix
COMMON += common/totalrow
COMMON += common/sentence
COMMON += common/hyphen
COMMON += common/detect_kind
COMMON += common/doubt
COMMON += common/layout_fit
COMMON += common/wordset
COMMON += common/money_year
UNIT =
UNIT += test_lines
UNIT += test_csvio
UNIT += test_err
UNIT += test_num
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
UNIT += test_rowkind
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
UNIT += test_region
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
FUZZ =
FUZZ += fuzz_num
FUZZ += fuzz_date
FUZZ += fuzz_detect
FUZZ += fuzz_lines
FUZZ += fuzz_csvio
FUZZ += fuzz_utf8

COMMON_OBJ = $(COMMON:%=$(BUILD)/%.o)
TOOL_BIN = $(TOOLS:%=$(BIN)/%)
UNIT_BIN = $(UNIT:%=$(BUILD)/tests/unit/%)

all: $(TOOL_BIN)

$(BUILD)/%.o: %.c $(wildcard common/*.h)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) $(WERROR) -c -o $@ $<

$(BIN)/%: $(BUILD)/tools/%.o $(COMMON_OBJ)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/unit/%: $(BUILD)/tests/unit/%.o $(COMMON_OBJ)
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

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

# make valgrind: unit tests and the e2e suite under valgrind's memcheck.
valgrind: deps
	$(Q)$(MAKE) --no-print-directory all $(UNIT_BIN)
	$(Q)sh tests/valgrind.sh $(BIN) $(BUILD)

$(BUILD)/tests/fuzz/%: $(BUILD)/tests/fuzz/%.o $(COMMON_OBJ)
	$(Q)$(CC) $(CFLAGS) -fsanitize=fuzzer $(LDFLAGS) -o $@ $^ $(LDLIBS)

demo: deps all
	$(Q)sh tests/demo.sh $(BIN) out $(JOBS)

bench: all
	$(Q)sh tests/bench.sh $(BIN)

clean:
	rm -rf build build-asan bin bin-asan out
	rm -rf build-fuzz

.PHONY: all deps test check-asan demo bench clean
.PHONY: fuzz fuzz-deps valgrind
.SECONDARY:
