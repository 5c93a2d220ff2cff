# httpstatus: GNU make.  The status table is generated from src/codes.txt;
# everything built goes to $(B) (build/ by default) and ./httpstatus.

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR = $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR = $(PREFIX)/share/fish/vendor_completions.d

CC ?= cc
BUILD_CC ?= $(CC)
# -Os: a lookup's time is the process's start, and a smaller binary starts
# with fewer pages to map (make bench: -O2 gave a 412 KB binary, -Os 388 KB,
# for 5-15% more time in batch mode, still twice wc -l at most).
CFLAGS ?= -Os -g -fno-asynchronous-unwind-tables

# The project's own flags, kept apart so that the user's CFLAGS, CPPFLAGS
# and LDFLAGS add to them.  The hardening costs nothing at run time.
STD_FLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L
WARN_FLAGS = -Wall -Wextra -Wpedantic -Wshadow -Wconversion $(WERROR)
HARDEN_CFLAGS = -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE \
                -fno-common
HARDEN_LDFLAGS = -pie -Wl,-z,relro,-z,now
# A position-independent binary carries a relocation for every pointer in
# its tables; packed (DT_RELR: binutils 2.38 and glibc 2.36 on) they took
# 16 KB off the stripped binary.  Used only where a program so linked runs.
RELR_LDFLAGS := $(shell d=$$(mktemp -d) && printf 'int main(void){return 0;}' >$$d/t.c && \
	$(CC) -pie -Wl,-z,pack-relative-relocs -o $$d/t $$d/t.c 2>/dev/null && $$d/t && \
	echo -Wl,-z,pack-relative-relocs; rm -rf $$d)
ALL_CFLAGS = $(STD_FLAGS) $(WARN_FLAGS) $(HARDEN_CFLAGS) -Isrc -I$(B) $(CPPFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(HARDEN_LDFLAGS) $(RELR_LDFLAGS) $(LDFLAGS)

B = build
BIN = httpstatus
NAMES = command complete batch lineio count breakdown codeset topk logkey logtime logline \
        check_response check_syntax check_rules jsonscan check query choose \
        search words table text list text_compare text_guide json_entry json field wrap style utf8 pager say
OBJS = $(B)/main.o $(NAMES:%=$(B)/%.o) $(B)/table_data.o
# Each object's headers come from the compiler (-MMD writes them beside
# the object, -MP lets a header be deleted), not from a list kept by hand.
DEP_FLAGS = -MMD -MP

# Every installed file as source:destination:mode; install and uninstall
# both read this one list, so uninstall removes exactly what install put.
INSTALLED = $(BIN):$(BINDIR)/httpstatus:755 \
            man/httpstatus.1:$(MANDIR)/man1/httpstatus.1:644 \
            $(B)/httpstatus-codes.7:$(MANDIR)/man7/httpstatus-codes.7:644 \
            completions/httpstatus.bash:$(BASHCOMPDIR)/httpstatus:644 \
            completions/_httpstatus:$(ZSHCOMPDIR)/_httpstatus:644 \
            completions/httpstatus.fish:$(FISHCOMPDIR)/httpstatus.fish:644

.PHONY: all test check memcheck bench lint fuzz fixtures install uninstall clean
all: $(BIN) $(B)/httpstatus-codes.7

$(BIN): $(OBJS)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(OBJS)

# Build-time programs live in src/gen: the generator, in a file per phase,
# and the writer of httpstatus-codes(7).  The generator shares words.c
# with the program, so that the word index it writes and the queries the
# program reads are split and stemmed alike, and utf8.c, so that both
# accept the same UTF-8.
# Its objects are built with BUILD_CC apart from the program's, which CC
# may build for another machine.
GEN_PHASES = main read check stanzas example index pack write dump
GEN_OBJS = $(GEN_PHASES:%=$(B)/genobj/%.o) $(B)/genobj/words.o $(B)/genobj/utf8.o \
           $(B)/genobj/wrap.o
$(B)/gen: $(GEN_OBJS)
	$(BUILD_CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(GEN_OBJS)

$(B)/genobj/%.o: src/gen/%.c
	@mkdir -p $(B)/genobj
	$(BUILD_CC) $(ALL_CFLAGS) $(DEP_FLAGS) -Isrc/gen -c -o $@ $<

$(B)/genobj/%.o: src/%.c
	@mkdir -p $(B)/genobj
	$(BUILD_CC) $(ALL_CFLAGS) $(DEP_FLAGS) -Isrc/gen -c -o $@ $<

$(B)/table_data.c: src/codes.txt $(B)/gen
	$(B)/gen src/codes.txt $@

$(B)/%.o: src/%.c
	@mkdir -p $(B)
	$(CC) $(ALL_CFLAGS) $(DEP_FLAGS) -DVERSION='"$(VERSION)"' -c -o $@ $<

$(B)/table_data.o: $(B)/table_data.c
	$(CC) $(ALL_CFLAGS) $(DEP_FLAGS) -c -o $@ $(B)/table_data.c

# The manual of every code is written by a tool built on the same table.
MANPAGE_OBJS = $(B)/manpage.o $(B)/field.o $(B)/table.o $(B)/table_data.o
$(B)/manpage.o: src/gen/manpage.c
	@mkdir -p $(B)
	$(CC) $(ALL_CFLAGS) $(DEP_FLAGS) -c -o $@ src/gen/manpage.c

$(B)/manpage: $(MANPAGE_OBJS)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(MANPAGE_OBJS)

$(B)/httpstatus-codes.7: $(B)/manpage
	$(B)/manpage > $@.tmp && mv $@.tmp $@

# tests/run.sh runs the bats files of the folders it is given (it says
# how, and installs bats-core from npm when it must); $(1) is the folder of
# tests, the binary $(BIN), built in $(B).  TEST_FILTER holds the bats
# options that pick the tests (make test leaves out the sweeps over the
# whole table and the tests that start real servers; make check runs
# them); TEST_JOBS=N runs N files at once.
TEST_JOBS = 1
TEST_FILTER = --filter-tags !grows,!servers
run_bats = HTTPSTATUS_BIN="$(abspath $(BIN))" HTTPSTATUS_BUILD="$(abspath $(B))" \
	TEST_JOBS="$(TEST_JOBS)" TEST_FILTER="$(TEST_FILTER)" tests/run.sh $(1)

# The behaviour of the tool: the binary as a user runs it, tests/*.bats,
# but for the tests tagged "grows": those sweep every record of the table,
# a few hundred runs each, and grow with it.  On a small VM they were ten
# of the suite's fifty seconds, and make test must stay within a minute,
# a fresh build included.  Nor those tagged "servers", which start nginx
# or python3 on 127.0.0.1 and wait for them, seconds in all.  make check
# runs both.
test: all $(B)/gen
	@$(call run_bats,tests)

# The whole suite again, against a build with AddressSanitizer (leaks
# included) and UndefinedBehaviorSanitizer that stops at the first error;
# then the rest of the build (tests/build: the generator's checks of the
# data file, the manuals, the completions in real shells, install) and
# the tests of the suite itself (tests/meta: that it needs no edit when
# the table grows, and that its loops fail on an empty list).  Those
# start shells, formatters and whole builds by the hundred, and make test
# must stay within a minute on a small machine, so they run here.
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
check: all $(B)/gen
	$(MAKE) B=build/san BIN=build/san/httpstatus CFLAGS="-O1 -g $(SAN_FLAGS)" \
		LDFLAGS="$(SAN_FLAGS)" TEST_FILTER= test
	@$(call run_bats,tests/build tests/meta)

# The golden files under tests/fixtures, written anew by this build: after
# changing the data of the codes they show (308, 404, 418, 499, 511, and
# 401/403 and 404/500 side by side), run it and read the diff.  An entry
# stops before the grid of the rest of its class, which every new code
# changes; the tests check that grid apart.
FIXTURE_CODES = 308 404 418 499 511
# what each kind of software does with the codes people ask about most
SOFTWARE_FIELDS = sender browsers crawlers caches clients grpc
SOFTWARE_CODES = 000 103 200 204 206 301 302 303 304 307 308 401 404 410 429 500 502 503 504
fixtures: all
	for c in $(FIXTURE_CODES); do \
		./$(BIN) $$c | sed '/^  Other [1-5]xx codes$$/,$$d' >tests/fixtures/lookup/$$c.txt; \
	done
	./$(BIN) --json 511 >tests/fixtures/lookup/511.json
	./$(BIN) compare 401 403 >tests/fixtures/compare/401-403.txt
	./$(BIN) compare 404 500 >tests/fixtures/compare/404-500.txt
	for f in $(SOFTWARE_FIELDS); do \
		./$(BIN) -f code,$$f $(SOFTWARE_CODES) >tests/fixtures/software/$$f.tsv; \
	done

# Not part of make test: timings belong in a report, not in assertions.
bench: all
	CC="$(CC)" BENCH_CFLAGS="$(ALL_CFLAGS)" BENCH_LDFLAGS="$(ALL_LDFLAGS)" \
		tests/bench/bench.sh ./$(BIN)

memcheck: all
	tests/memcheck.sh ./$(BIN)

# Static analysis; the clang-tidy checks are chosen in .clang-tidy.
LINT_SRCS = $(NAMES:%=src/%.c) src/main.c $(GEN_PHASES:%=src/gen/%.c) src/gen/manpage.c \
	tests/bench/interleave.c
lint: $(B)/table_data.c
	cppcheck --quiet --error-exitcode=1 --inline-suppr --std=c11 \
		--enable=warning,style,performance,portability --suppress=missingIncludeSystem \
		-Isrc -Isrc/gen -I$(B) $(LINT_SRCS)
	clang-tidy --quiet $(LINT_SRCS) -- $(STD_FLAGS) -Isrc -Isrc/gen -I$(B)

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
# New inputs go to $(B)/fuzz/corpus/; the seeds in tests/fuzz/corpus/ stay.
FUZZ_CC = clang
FUZZ_SECONDS = 60
FUZZ_TARGETS = code query batch field json gen log check
FZ = $(B)/fuzz
FUZZ_FLAGS = $(STD_FLAGS) -g -O1 -Isrc -I$(B) -Itests/fuzz \
             -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_OBJS = $(NAMES:%=$(FZ)/%.o) $(FZ)/table_data.o

$(FZ)/%.o: src/%.c
	@mkdir -p $(FZ)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(DEP_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FZ)/table_data.o: $(B)/table_data.c
	@mkdir -p $(FZ)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(DEP_FLAGS) -c -o $@ $(B)/table_data.c

$(FZ)/gen/%.o: src/gen/%.c
	@mkdir -p $(FZ)/gen
	$(FUZZ_CC) $(FUZZ_FLAGS) $(DEP_FLAGS) -Isrc/gen -fsanitize=fuzzer-no-link -c -o $@ $<

# every phase but main, which the harness stands in for
FUZZ_GEN_OBJS = $(filter-out %/main.o,$(GEN_PHASES:%=$(FZ)/gen/%.o)) $(FZ)/words.o $(FZ)/utf8.o \
                $(FZ)/wrap.o
$(FZ)/fuzz_gen: tests/fuzz/fuzz_gen.c $(FUZZ_GEN_OBJS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -Isrc/gen -fsanitize=fuzzer -o $@ tests/fuzz/fuzz_gen.c $(FUZZ_GEN_OBJS)

$(FZ)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJS)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS)

fuzz: $(FUZZ_TARGETS:%=$(FZ)/fuzz_%)
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FZ)/corpus/$$t; \
		echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
		$(FZ)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=$(FZ)/$$t- -close_fd_mask=2 \
			$(FZ)/corpus/$$t tests/fuzz/corpus/$$t 2>$(FZ)/$$t.log || \
			{ tail -n 40 $(FZ)/$$t.log; exit 1; }; \
		grep -E '^stat::number_of_executed_units' $(FZ)/$$t.log; \
	done

clean:
	rm -rf build httpstatus tests/.bats

# The headers each object was built from, once it has been built.
-include $(OBJS:.o=.d) $(GEN_OBJS:.o=.d) $(B)/manpage.d $(FUZZ_OBJS:.o=.d) $(FUZZ_GEN_OBJS:.o=.d)
