# Builds and installs servicebench.
#
#   make                          # swift build -c release
#   make install PREFIX=DIR       # DIR/bin/servicebench, DIR/share/servicebench/{benchmarks-data,templates,examples},
#                                 # and the bash, zsh and fish completion scripts under DIR/share
#   make uninstall PREFIX=DIR
#
# The installed binary finds its reference data, templates and examples in ../share/servicebench
# beside its bin folder, so it works from any directory without SERVICEBENCH_HOME.
# `install-files` installs an already built BINARY without building (the tests use it with the
# debug build): make install-files PREFIX=DIR BINARY=.build/debug/servicebench

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# Release build in its own scratch folder (a `swift build -c release` in .build is left alone). On
# Linux the Swift runtime and Foundation are linked in (--static-swift-stdlib), so the installed binary
# needs only libxml2 and the C libraries, not a Swift toolchain; macOS has the runtime in the system.
ifeq ($(shell uname -s),Linux)
SWIFT_BUILD_FLAGS ?= -c release --static-swift-stdlib --scratch-path .build-install
else
SWIFT_BUILD_FLAGS ?= -c release --scratch-path .build-install
endif
# The binary that install-files copies: by default the one `swift build $(SWIFT_BUILD_FLAGS)` makes.
BINARY ?= $(shell $(SWIFT) build $(SWIFT_BUILD_FLAGS) --show-bin-path)/servicebench

BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share/servicebench
BASH_COMPLETIONS = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_COMPLETIONS = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
RESOURCES = benchmarks-data templates examples

.PHONY: all build install install-files uninstall

all: build

build:
	$(SWIFT) build $(SWIFT_BUILD_FLAGS) --product servicebench

install: build
	$(MAKE) install-files PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" SWIFT="$(SWIFT)" SWIFT_BUILD_FLAGS="$(SWIFT_BUILD_FLAGS)"

# The share folder is replaced whole, so files removed from the checkout do not linger.
install-files:
	@test -x "$(BINARY)" || { echo "error: no executable at $(BINARY); run 'make build' first or pass BINARY=PATH" >&2; exit 1; }
	install -d "$(BINDIR)" "$(SHAREDIR)"
	install -m 755 "$(BINARY)" "$(BINDIR)/servicebench"
	for dir in $(RESOURCES); do rm -rf "$(SHAREDIR)/$$dir" && cp -R "$$dir" "$(SHAREDIR)/$$dir" || exit 1; done
	install -d "$(BASH_COMPLETIONS)" "$(ZSH_COMPLETIONS)" "$(FISH_COMPLETIONS)"
	"$(BINDIR)/servicebench" --generate-completion-script bash > "$(BASH_COMPLETIONS)/servicebench"
	"$(BINDIR)/servicebench" --generate-completion-script zsh > "$(ZSH_COMPLETIONS)/_servicebench"
	"$(BINDIR)/servicebench" --generate-completion-script fish > "$(FISH_COMPLETIONS)/servicebench.fish"
	@echo "installed $(BINDIR)/servicebench and $(SHAREDIR)/"

uninstall:
	rm -f "$(BINDIR)/servicebench" "$(BASH_COMPLETIONS)/servicebench" "$(ZSH_COMPLETIONS)/_servicebench" "$(FISH_COMPLETIONS)/servicebench.fish"
	rm -rf "$(SHAREDIR)"
