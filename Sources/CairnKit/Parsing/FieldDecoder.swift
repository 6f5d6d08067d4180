/// Checks one front-matter value against its field's type and turns it into a
/// ``FieldValue``. Scalars are read here, by field type, rather than by the
/// YAML library's tag resolution: `title: 2024` is a title, not a number.
enum FieldDecoder {
    /// A value that does not fit, with where and why.
    struct Failure: Error {
        var reason: String
        var location: SourcePosition
        var suggestion: String?
    }

    /// What one value decoded to. A list keeps its good elements (and their
    /// references) beside a failure for each bad one, so one typo in
    /// `depends_on` does not hide the other links from every rule.
    struct Decoded {
        /// The value, or `nil` when nothing of it could be used.
        var value: FieldValue?
        var references: [Reference] = []
        var failures: [Failure] = []
    }

    /// The decoded value, the references it makes and what did not fit.
    static func decode(_ node: YAMLNode, as definition: FieldDefinition) -> Decoded {
        switch decodeWhole(node, as: definition) {
        case .success(let decoded): return decoded
        case .failure(let failure): return Decoded(value: nil, failures: [failure])
        }
    }

    private static func decodeWhole(_ node: YAMLNode, as definition: FieldDefinition) -> Result<Decoded, Failure> {
        let link = LinkType(definition.name)
        do {
            switch definition.type {
            case .string:
                return .success(Decoded(value: .string(try text(node, definition))))
            case .integer:
                let raw = try plainText(node, definition)
                guard let value = Int(raw) else { throw mismatch(node, definition) }
                return .success(Decoded(value: .integer(value)))
            case .number(let minimum):
                let value = try number(node, definition)
                if let minimum, value < minimum { throw mismatch(node, definition) }
                return .success(Decoded(value: .number(value)))
            case .date:
                guard let date = CalendarDate(try text(node, definition)) else { throw mismatch(node, definition) }
                return .success(Decoded(value: .date(date)))
            case .enumeration(let allowed):
                let value = try text(node, definition)
                guard allowed.contains(value) else {
                    throw Failure(
                        reason: "\(definition.name) \"\(value)\" is not \(definition.type.phrase)",
                        location: node.location, suggestion: Suggestion.closest(to: value, in: allowed))
                }
                return .success(Decoded(value: .string(value)))
            case .id:
                let id = try itemID(node, definition)
                return .success(
                    Decoded(value: .id(id), references: [Reference(type: link, target: id, location: node.location)]))
            case .ids:
                var decoded = Decoded()
                var ids: [ItemID] = []
                for element in try elements(node) {
                    do {
                        let id = try itemID(element, definition)
                        ids.append(id)
                        decoded.references.append(Reference(type: link, target: id, location: element.location))
                    } catch let failure as Failure {
                        decoded.failures.append(failure)
                    }
                }
                decoded.value = .ids(ids)
                return .success(decoded)
            case .strings:
                var decoded = Decoded()
                var texts: [String] = []
                for element in try elements(node) {
                    do {
                        texts.append(try text(element, definition))
                    } catch let failure as Failure {
                        decoded.failures.append(failure)
                    }
                }
                decoded.value = .strings(texts)
                return .success(decoded)
            case .record(let names):
                return .success(Decoded(value: .record(try record(node, names: names, definition))))
            }
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(reason: "\(error)", location: node.location))
        }
    }

    private static func mismatch(_ node: YAMLNode, _ definition: FieldDefinition) -> Failure {
        Failure(
            reason: "\(definition.name) must be \(definition.type.phrase), not \(node.shapeDescription)",
            location: node.location)
    }

    private static func text(_ node: YAMLNode, _ definition: FieldDefinition) throws -> String {
        guard let text = node.scalarText else { throw mismatch(node, definition) }
        return text
    }

    /// Numbers must be written as plain scalars: `"5"` in quotes is a string.
    private static func plainText(_ node: YAMLNode, _ definition: FieldDefinition) throws -> String {
        guard case .scalar(let text, true) = node.value else { throw mismatch(node, definition) }
        return text
    }

    /// The definition is only made when the value does not fit, for its message.
    private static func number(_ node: YAMLNode, _ definition: @autoclosure () -> FieldDefinition) throws -> Double {
        guard case .scalar(let text, true) = node.value, let value = Double(text), value.isFinite else {
            throw mismatch(node, definition())
        }
        return value
    }

    private static func itemID(_ node: YAMLNode, _ definition: FieldDefinition) throws -> ItemID {
        guard let text = node.scalarText, let id = ItemID(text) else {
            throw Failure(
                reason: "\(definition.name) must be \(definition.type.phrase), not \(node.shapeDescription)",
                location: node.location)
        }
        return id
    }

    /// A list's elements; a single scalar counts as a list of one.
    private static func elements(_ node: YAMLNode) throws -> [YAMLNode] {
        switch node.value {
        case .sequence(let elements): return elements
        case .scalar: return [node]
        case .mapping: throw Failure(reason: "expected a list, not a mapping", location: node.location)
        }
    }

    private static func record(_ node: YAMLNode, names: [String], _ definition: FieldDefinition) throws -> [String:
        Double]
    {
        guard case .mapping(let pairs) = node.value else { throw mismatch(node, definition) }
        var values: [String: Double] = [:]
        for pair in pairs {
            let name = pair.key.scalarText ?? ""
            guard names.contains(name) else {
                throw Failure(
                    reason:
                        "\(definition.name) has no component \"\(name)\"; it takes \(names.joined(separator: ", "))",
                    location: pair.key.location, suggestion: Suggestion.closest(to: name, in: names))
            }
            if pair.value.isNull { continue }
            let component = FieldDefinition("\(definition.name).\(name)", .number(minimum: nil))
            values[name] = try number(pair.value, component)
        }
        return values
    }
}
