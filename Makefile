# kopipe - Korean text to LLM fine-tuning data, as small C filters.
include config.mk

TOOLS  := $(patsubst tools/%.c,%,$(wildcard tools/ko-*.c))
LIBSRC := $(wildcard common/*.c)
LIBOBJ := $(LIBSRC:common/%.c=build/%.o)
# ko-import's layouts, one file per family, linked into bin/ko-import only.
IMPSRC := $(wildcard tools/import/*.c)
IMPOBJ := $(IMPSRC:tools/import/%.c=build/import-%.o)
BINS   := $(TOOLS:%=bin/%)
MANS   := $(wildcard man/*.1 man/*.7)

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))

# Keep objects make would otherwise treat as intermediate.
.SECONDARY:

.PHONY: all deps build check check-cluster demo eval bench lint install uninstall clean tables split-score model fuzz fuzz-build

# Every entry point first makes sure the Debian packages are there, then
# builds in a second make so pkg-config is asked only once they are.
all: deps
	@$(MAKE) --no-print-directory build

deps:
	@sh scripts/deps.sh build

build: $(BINS) build/ko-unit build/ko-check-tasks build/ko-dedup-flush64 build/ko-filter-ethics-features

build/%.o: common/%.c
	@mkdir -p build
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

build/tool-%.o: tools/%.c
	@mkdir -p build
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

build/import-%.o: tools/import/%.c
	@mkdir -p build
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

build/libko.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

# ko-filter-ethics compiles its default model in (scripts/model-header.sh).
ETHICS_MODEL = tools/ko-filter-ethics.model
build/ethics-model.h: $(wildcard $(ETHICS_MODEL)) scripts/model-header.sh
	@mkdir -p build
	sh scripts/model-header.sh $(ETHICS_MODEL) $@
build/tool-ko-filter-ethics.o: build/ethics-model.h
build/tool-ko-filter-ethics.o: CPPFLAGS += -Ibuild
bin/ko-filter-ethics: PKG_LIBS += -lm

bin/%: build/tool-%.o build/libko.a
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ $< build/libko.a $(PKG_LIBS)

bin/ko-import: build/tool-ko-import.o $(IMPOBJ) build/libko.a
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ build/tool-ko-import.o $(IMPOBJ) build/libko.a $(PKG_LIBS)

build/ko-unit: tests/unit.c build/libko.a
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ tests/unit.c build/libko.a $(PKG_LIBS)

# ko-dedup using up key text every 64 characters, not every million: the
# golden case flush64 checks that the keys come out the same.
build/ko-dedup-flush64: tools/ko-dedup.c build/libko.a
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -DFLUSH_AT=64 $(LDFLAGS) -o $@ tools/ko-dedup.c build/libko.a $(PKG_LIBS)

# ko-filter-ethics checking, on every segment it scores, the features it
# sums as it builds the forms against those that training stores: the
# golden case features-check runs it.
build/ko-filter-ethics-features: tools/ko-filter-ethics.c tools/ko-filter-ethics-lexicon.h tools/ko-filter-ethics-claims.h build/ethics-model.h build/libko.a
	$(CC) $(CPPFLAGS) -Ibuild $(PKG_CFLAGS) $(CFLAGS) -DFEATURE_CHECK $(LDFLAGS) -o $@ tools/ko-filter-ethics.c build/libko.a $(PKG_LIBS) -lm

build/ko-check-tasks: tests/check-tasks.c build/libko.a
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ tests/check-tasks.c build/libko.a $(PKG_LIBS)

check: all
	@sh scripts/deps.sh check
	@sh tests/run.sh $(if $(UPDATE),--update)

# The cluster tests' engines (sshd, GNU parallel, Slurm and munge) are
# installed only when asked: check-cluster installs them, then runs check.
check-cluster: all
	@sh scripts/deps.sh cluster
	@$(MAKE) --no-print-directory check

demo:
	@$(MAKE) -s all
	@sh examples/demo.sh

eval: all
	@sh scripts/eval.sh

bench: all
	@sh scripts/deps.sh bench
	@sh scripts/bench.sh
	@sh scripts/bench-import.sh
	@sh scripts/bench-memory.sh

lint: all
	@sh scripts/deps.sh lint
	@sh scripts/lint.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	for t in $(TOOLS); do cp -f bin/$$t $(DESTDIR)$(BINDIR)/$$t; chmod 755 $(DESTDIR)$(BINDIR)/$$t; done
	cp -f examples/kocommercial.sh $(DESTDIR)$(BINDIR)/kopipe-kocommercial
	chmod 755 $(DESTDIR)$(BINDIR)/kopipe-kocommercial
	cp -f examples/kocommercial-train.sh $(DESTDIR)$(BINDIR)/kopipe-kocommercial-train
	chmod 755 $(DESTDIR)$(BINDIR)/kopipe-kocommercial-train
	for m in $(wildcard man/*.1); do cp -f $$m $(DESTDIR)$(MANDIR)/man1/; done
	for m in $(wildcard man/*.7); do cp -f $$m $(DESTDIR)$(MANDIR)/man7/; done

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t; done
	rm -f $(DESTDIR)$(BINDIR)/kopipe-kocommercial $(DESTDIR)$(BINDIR)/kopipe-kocommercial-train
	for m in $(notdir $(wildcard man/*.1)); do rm -f $(DESTDIR)$(MANDIR)/man1/$$m; done
	for m in $(notdir $(wildcard man/*.7)); do rm -f $(DESTDIR)$(MANDIR)/man7/$$m; done

# Tables derived from data: the splitter's from its word lists, ko-mask's
# frequent words from the open text in ../shared/data, the splitter's
# boundary scorer from the punctuated text there (the sources and their
# licences are named in the scripts and in the headers they write).
KOPIPE_SHARED ?= ../shared
tables: split-score
	python3 scripts/split-tables.py common/split_tables.h
	python3 scripts/mask-words.py $(KOPIPE_SHARED)/data tools/ko-mask-words.h

# Inputs: prose/kowiki_wikiextractor_sample.txt.gz,
# instruct/songys_ChatbotData.csv, hate/kocohub_unlabeled_comments_5.txt.gz,
# hate/kocohub_beep_train.tsv, hate/kmhas_valid.txt,
# hate/curse_detection_dataset.txt of $(KOPIPE_SHARED)/data.
split-score:
	python3 scripts/split-score.py $(KOPIPE_SHARED)/data common/split_score.h

# The default model of ko-filter-ethics, trained on the CC BY-SA and MIT
# labelled sets and clean prose of ../shared/data (scripts/train-ethics.sh
# names them; tools/ko-filter-ethics.model.txt is its licence).
model: all
	sh scripts/train-ethics.sh $(KOPIPE_SHARED)/data $(ETHICS_MODEL)
	@$(MAKE) --no-print-directory build

# make fuzz FUZZ_SECONDS=N: the libFuzzer targets of tests/fuzz/, built
# with clang into build/fuzz/ (libko and the tools again, with coverage and
# ASan + UBSan), each run N seconds by scripts/fuzz.sh; FUZZ_TARGETS="json
# ko-norm" runs only those (names in tests/fuzz/targets). A tool's target
# is the tool itself with main renamed (tests/fuzz/fuzz_tool.c says why).
FUZZ_CC = clang
FUZZ_SECONDS = 60
FUZZ_TARGETS =
FUZZ_CFLAGS = -std=c11 -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Wno-unused-parameter \
	-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
FUZZ_LDFLAGS = -fsanitize=fuzzer,address,undefined
FUZZ_LIBOBJ = $(LIBSRC:common/%.c=build/fuzz/lib-%.o)
FUZZ_IMPOBJ = $(IMPSRC:tools/import/%.c=build/fuzz/import-%.o)
FUZZ_BINS = $(patsubst tests/fuzz/fuzz_%.c,build/fuzz/fuzz-%,$(filter-out tests/fuzz/fuzz_tool.c,$(wildcard tests/fuzz/fuzz_*.c))) \
	$(TOOLS:%=build/fuzz/%)

fuzz: all
	@sh scripts/deps.sh fuzz
	@$(MAKE) --no-print-directory fuzz-build
	@sh scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-build: $(FUZZ_BINS)

build/fuzz/lib-%.o: common/%.c
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(CPPFLAGS) $(PKG_CFLAGS) $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

build/fuzz/libko.a: $(FUZZ_LIBOBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_LIBOBJ)

build/fuzz/tool-%.o: tools/%.c
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(CPPFLAGS) -Dmain=tool_main $(PKG_CFLAGS) $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

build/fuzz/import-%.o: tools/import/%.c
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(CPPFLAGS) $(PKG_CFLAGS) $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

build/fuzz/harness-%.o: tests/fuzz/fuzz_%.c
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(CPPFLAGS) $(PKG_CFLAGS) $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

build/fuzz/tool-ko-filter-ethics.o: build/ethics-model.h
build/fuzz/tool-ko-filter-ethics.o: CPPFLAGS += -Ibuild
build/fuzz/ko-filter-ethics: PKG_LIBS += -lm

build/fuzz/fuzz-%: build/fuzz/harness-%.o build/fuzz/libko.a
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ $< build/fuzz/libko.a $(PKG_LIBS)

build/fuzz/ko-%: build/fuzz/tool-ko-%.o build/fuzz/harness-tool.o build/fuzz/libko.a
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ $< build/fuzz/harness-tool.o build/fuzz/libko.a $(PKG_LIBS)

build/fuzz/ko-import: build/fuzz/tool-ko-import.o $(FUZZ_IMPOBJ) build/fuzz/harness-tool.o build/fuzz/libko.a
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ build/fuzz/tool-ko-import.o $(FUZZ_IMPOBJ) build/fuzz/harness-tool.o build/fuzz/libko.a $(PKG_LIBS)

clean:
	rm -rf build bin

-include $(wildcard build/*.d build/fuzz/*.d)
