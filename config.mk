# kopipe build configuration; override on the command line (make CC=clang).
VERSION = 0.1.0
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man

CC = cc
CFLAGS = -std=c11 -O3 -g -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Icommon
LDFLAGS =

# Libraries with a pkg-config file; jsmn is a single header without one.
PKGS = libutf8proc libdeflate

# make WERROR=1: warnings are errors (CI). make SANITIZE=1: ASan + UBSan.
ifeq ($(WERROR),1)
CFLAGS += -Werror
endif
ifeq ($(SANITIZE),1)
CFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif
