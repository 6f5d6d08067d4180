import CairnFuzzInputs
import FuzzHarness

// Each input is the Markdown body of a story.
LibFuzzer.run { data, size in
    _ = ItemFileFuzzing.parseBody(LibFuzzer.bytes(data, size))
    return 0
}
