# The include graph of common/ and tools/ (tests/includes.sh): includes
# point one way only, along the folders and between the modules of a
# folder; an include cycle or an include against the folder direction is
# printed and fails this test.
set -x
sh tests/includes.sh
