// CYaml is Yams's own copy of libyaml. Yams does not list it as a product,
// but SwiftPM makes a dependency's modules visible to its dependents; if a
// later SwiftPM hides it, Debian's libyaml-dev as a system library serves.
internal import CYaml

/// Measures how deeply YAML nests collections, before Yams builds a tree.
///
/// Yams composes nodes recursively, one stack frame chain per nesting level,
/// so 4,000 levels — 8 KB of `[` — overflow the stack and crash the process.
/// The probe reads libyaml's event stream (the C library Yams is built on),
/// which is iterative, and stops at the first collection deeper than the
/// limit. It runs only when the text holds enough structural characters to
/// nest that deep at all, so ordinary front matter pays one byte scan.
enum YAMLNestingProbe {
    /// No real front matter or configuration nests anywhere near this deep.
    static let depthLimit = 64

    /// The 1-based line (relative to `yaml`) of the first collection that
    /// nests deeper than ``depthLimit``, or `nil` when none does or the text
    /// is not YAML (Yams then reports the syntax error itself).
    static func lineTooDeep(in yaml: Substring) -> Int? {
        guard couldNestTooDeep(yaml) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > depthLimit { return Int(event.start_mark.line) + 1 }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    break
                }
            }
            return nil
        }
    }

    /// Every nesting level needs at least one `[`, `{`, `-`, `:` or `?`.
    private static func couldNestTooDeep(_ yaml: Substring) -> Bool {
        var indicators = 0
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "?"):
                indicators += 1
                if indicators > depthLimit { return true }
            default:
                break
            }
        }
        return false
    }
}
