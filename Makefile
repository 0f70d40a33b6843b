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
TOOLS += tabel-find
TOOLS += tabel-extract
COMMON = common/err common/xalloc common/input common/lines common/csvio
COMMON += common/outfile common/cli
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
UNIT = test_lines test_csvio test_err
UNIT += test_layout
UNIT += test_judge
UNIT += test_unit
UNIT += test_split
UNIT += test_table
UNIT += test_detect
UNIT += test_caption
UNIT += test_region

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

test: deps
	$(Q)$(MAKE) --no-print-directory all $(UNIT_BIN)
	$(Q)sh tests/run.sh $(BIN) $(BUILD)

ASAN = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
check-asan: deps
	$(Q)$(MAKE) --no-print-directory BUILD=build-asan BIN=bin-asan \
	    CFLAGS="-std=c11 -O1 -g $(ASAN)" LDFLAGS="$(ASAN)" \
	    all build-asan/tests/unit/$(firstword $(UNIT)) \
	    $(UNIT:%=build-asan/tests/unit/%)
	$(Q)ASAN_OPTIONS=detect_leaks=1 sh tests/run.sh bin-asan build-asan

demo: deps all
	$(Q)sh tests/demo.sh $(BIN)

bench: all
	$(Q)sh tests/bench.sh $(BIN)

clean:
	rm -rf build build-asan bin bin-asan out

.PHONY: all deps test check-asan demo bench clean
.SECONDARY:
