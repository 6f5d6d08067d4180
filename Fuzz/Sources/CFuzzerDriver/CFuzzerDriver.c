// The declaration in include/CFuzzerDriver.h is the whole module; libFuzzer
// itself comes from the toolchain when linking with -sanitize=fuzzer.
#include "CFuzzerDriver.h"
