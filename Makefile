# httpstatus: GNU make; the status table is generated from src/codes.txt.

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR = $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR = $(PREFIX)/share/fish/vendor_completions.d

# Every installed file as source:destination:mode; install and uninstall
# both read this one list, so uninstall removes exactly what install put.
INSTALLED = httpstatus:$(BINDIR)/httpstatus:755 \
            man/httpstatus.1:$(MANDIR)/man1/httpstatus.1:644 \
            build/httpstatus-codes.7:$(MANDIR)/man7/httpstatus-codes.7:644 \
            completions/httpstatus.bash:$(BASHCOMPDIR)/httpstatus:644 \
            completions/_httpstatus:$(ZSHCOMPDIR)/_httpstatus:644 \
            completions/httpstatus.fish:$(FISHCOMPDIR)/httpstatus.fish:644
CC ?= cc
BUILD_CC ?= $(CC)
CFLAGS ?= -O2 -g

# The project's own flags; the user's CFLAGS, CPPFLAGS and LDFLAGS are added.
STD_FLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L
WARN_FLAGS = -Wall -Wextra -Wpedantic -Wshadow -Wconversion $(WERROR)
ALL_CFLAGS = $(STD_FLAGS) $(WARN_FLAGS) -Isrc -Ibuild $(CPPFLAGS) $(CFLAGS)

OBJS = build/main.o build/command.o build/batch.o build/query.o build/table.o \
       build/text.o build/list.o build/compare.o build/jsonout.o build/json.o \
       build/field.o build/example.o build/wrap.o build/style.o build/utf8.o build/table_data.o
HEADERS = src/table.h src/enums.def src/json.h src/render.h src/example.h \
          src/wrap.h src/query.h src/field.h src/command.h src/style.h src/utf8.h

# bats from PATH; failing that, bats-core from the npm registry, installed
# without root into a git-ignored folder.
BATS_DIR = tests/.bats
BATS_NPM = $(BATS_DIR)/node_modules/bats/bin/bats

# The date of httpstatus-codes(7); bump it with the data.
MANDATE = November 25, 2026

.PHONY: all test clean install uninstall fuzz
all: httpstatus build/httpstatus-codes.7

httpstatus: $(OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS)

build/gen: src/gen.c src/enums.def
	@mkdir -p build
	$(BUILD_CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ src/gen.c

build/table_data.c: src/codes.txt build/gen
	build/gen src/codes.txt $@

build/%.o: src/%.c $(HEADERS)
	@mkdir -p build
	$(CC) $(ALL_CFLAGS) -DVERSION='"$(VERSION)"' -c -o $@ $<

build/table_data.o: build/table_data.c src/table.h src/enums.def
	$(CC) $(ALL_CFLAGS) -c -o $@ build/table_data.c

# The manual of every code is written by a tool built on the same table.
MANPAGE_OBJS = build/manpage.o build/field.o build/example.o build/json.o \
               build/utf8.o build/table.o build/table_data.o
build/manpage: $(MANPAGE_OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(MANPAGE_OBJS)

build/httpstatus-codes.7: build/manpage
	build/manpage '$(MANDATE)' > $@.tmp && mv $@.tmp $@

$(BATS_NPM):
	npm install --silent --no-audit --no-fund --prefix $(BATS_DIR) bats@1

# A hung test fails after a minute instead of stalling CI.
test: httpstatus build/gen
	@export BATS_TEST_TIMEOUT=60; \
	if command -v bats >/dev/null; then bats tests; \
	else $(MAKE) -s $(BATS_NPM) && $(BATS_NPM) tests; fi

install: all
	@for f in $(INSTALLED); do \
		src=$${f%%:*}; rest=$${f#*:}; dest="$(DESTDIR)$${rest%:*}"; mode=$${rest##*:}; \
		echo "install -m $$mode $$src $$dest"; \
		mkdir -p "$$(dirname "$$dest")" && install -m "$$mode" "$$src" "$$dest" || exit 1; \
	done

uninstall:
	@for f in $(INSTALLED); do \
		rest=$${f#*:}; dest="$(DESTDIR)$${rest%:*}"; \
		echo "rm -f $$dest"; rm -f "$$dest" || exit 1; \
	done

# Fuzzing with libFuzzer (clang): one harness per parser of outside input.
# New inputs go to build/fuzz/corpus/; the seeds in tests/fuzz/corpus/ stay.
FUZZ_CC = clang
FUZZ_SECONDS = 60
FUZZ_TARGETS = code query batch field json gen
FUZZ_FLAGS = $(STD_FLAGS) -g -O1 -Isrc -Ibuild -Itests/fuzz \
             -fsanitize=address,undefined -fno-sanitize-recover=all
LIB_NAMES = command batch query table text list compare jsonout json field example \
            wrap style utf8 table_data
FUZZ_OBJS = $(LIB_NAMES:%=build/fuzz/%.o)

build/fuzz/%.o: src/%.c $(HEADERS)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/table_data.o: build/table_data.c
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -c -o $@ build/table_data.c

build/fuzz/gen.o: src/gen.c src/enums.def
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -Dmain=gen_main -c -o $@ src/gen.c

build/fuzz/fuzz_gen: tests/fuzz/fuzz_gen.c build/fuzz/gen.o
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ tests/fuzz/fuzz_gen.c build/fuzz/gen.o

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS)

fuzz: $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p build/fuzz/corpus/$$t; \
		echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
		build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=build/fuzz/$$t- -close_fd_mask=2 \
			build/fuzz/corpus/$$t tests/fuzz/corpus/$$t 2>build/fuzz/$$t.log || \
			{ tail -n 40 build/fuzz/$$t.log; exit 1; }; \
		grep -E '^stat::number_of_executed_units' build/fuzz/$$t.log; \
	done

clean:
	rm -rf build httpstatus $(BATS_DIR)
