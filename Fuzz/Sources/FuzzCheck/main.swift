import CairnFuzzInputs
import FuzzHarness

// Each input is a whole backlog (see BacklogFuzzing), loaded, checked and rendered.
LibFuzzer.run { data, size in
    _ = BacklogFuzzing.check(LibFuzzer.bytes(data, size))
    return 0
}
