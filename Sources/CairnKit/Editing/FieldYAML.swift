/// Turns a value typed on the command line into YAML text for a field.
enum FieldYAML {
    /// `value` as YAML for a field of `type` (`nil` for a field no
    /// definition knows). Fields that hold lists or mappings take a flow
    /// collection as written (`[US-1, US-2]`, `{reach: 10, effort: 2}`)
    /// when it is valid YAML; everything else becomes one scalar that
    /// reads back as exactly what was typed.
    static func text(_ value: String, as type: FieldType?) -> String {
        switch type {
        case .ids?, .strings?, .record?, nil:
            if isFlowCollection(value) { return value }
        default:
            break
        }
        return YAMLScalar.text(value)
    }

    private static func isFlowCollection(_ value: String) -> Bool {
        guard value.hasPrefix("[") || value.hasPrefix("{"), !value.contains(where: \.isNewline) else { return false }
        let line = "key: " + value + "\n"
        guard case .success(let root?) = YAMLReader.read(Substring(line), firstLine: 1, in: SourceText(line)),
            case .mapping(let pairs) = root.value, pairs.count == 1
        else { return false }
        switch pairs[0].value.value {
        case .sequence, .mapping: return true
        case .scalar: return false
        }
    }
}
