#!/bin/sh
# make fuzz-deps: what `make deps` installs, and clang with its libFuzzer
# runtime for `make fuzz` (`make test` never needs them). As root:
# apt-get install what is missing.
exec sh "$(dirname "$0")/../deps.sh" clang libclang-rt-14-dev
