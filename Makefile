# Glean: `make run` ingests the bundled corpus, `make test` runs the tests.
# Both install the Debian packages they need when missing (root or sudo).

SWIFT        ?= swift
CONFIG       ?= release
BUILD_FLAGS  ?= -c $(CONFIG) $(if $(filter release,$(CONFIG)),--static-swift-stdlib)
GLEAN         = .build/$(CONFIG)/glean
DEBIAN_DEPS   = libpoppler-glib-dev poppler-data libicu-dev pkg-config poppler-utils
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED       ?= ../shared

.PHONY: all deps build run test lint bench eval corpus dictionaries clean

all: build

## deps: install the Debian packages Glean builds against, when missing.
deps:
	@missing=""; for p in $(DEBIAN_DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product glean

## run: the main job on the bundled corpus.
run: build
	@Scripts/run-corpus.sh $(GLEAN)

## test: format lint, every test (swift-testing), then the whole-output regression test: the
## corpus extracted now against its reviewed expectations (`glean review` accepts changes).
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --disable-xctest --skip-build
	.build/debug/glean diff --expected corpus/expected --color never

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

## bench: ratios against pdftotext and peers, measured in one run.
bench: CONFIG = release
bench: build
	@Scripts/bench/run.sh $(GLEAN)

## eval: recogniser figures on the hand-annotated corpus in $(SHARED) (not shipped).
eval: build
	@if [ -f $(SHARED)/eval/scai-mirna/miRNA-Train-Corpus.xml ]; then \
	  $(GLEAN) eval scai $(SHARED)/eval/scai-mirna/miRNA-Train-Corpus.xml; \
	else echo "make eval: $(SHARED)/eval/scai-mirna not present; nothing to evaluate"; fi

## corpus: re-typeset the corpus PDFs (installs TeX and fonts; CI never runs it).
corpus:
	Scripts/corpus/build.sh

## dictionaries: rebuild the dictionaries from HGNC, miRBase and FamPlex registry packages.
dictionaries:
	Scripts/dictionaries/build.sh

clean:
	rm -rf .build out
