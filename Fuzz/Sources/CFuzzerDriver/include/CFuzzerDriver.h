// libFuzzer's driver, as declared in compiler-rt's FuzzerInterface.h. It is
// linked in by `-sanitize=fuzzer`; calling it from an ordinary `main` lets
// SwiftPM link the fuzz targets like any other executable.
#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

typedef int (*LLVMFuzzerTestOneInputCallback)(const uint8_t *data, size_t size);

/// Runs libFuzzer with the command line `argc`/`argv`, calling `callback` once per input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, LLVMFuzzerTestOneInputCallback callback);

#endif
