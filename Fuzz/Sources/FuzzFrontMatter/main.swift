import CairnFuzzInputs
import FuzzHarness

// Each input is an item's front matter: the YAML between the fences.
LibFuzzer.run { data, size in
    _ = ItemFileFuzzing.parseFrontMatter(LibFuzzer.bytes(data, size))
    return 0
}
