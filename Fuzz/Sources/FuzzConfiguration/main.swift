import CairnFuzzInputs
import FuzzHarness

// Each input is a cairn.yml, read and then used to parse a story.
LibFuzzer.run { data, size in
    _ = ConfigurationFuzzing.load(LibFuzzer.bytes(data, size))
    return 0
}
