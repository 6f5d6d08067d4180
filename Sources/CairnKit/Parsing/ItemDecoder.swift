import CairnMarkdown

/// Builds an ``Item`` from a front-matter mapping, reporting every field that
/// is missing, unknown, duplicated or of the wrong type on the way.
struct ItemDecoder {
    let schema: ItemSchema
    let path: String

    /// The result of decoding one front matter.
    struct Outcome {
        /// Present when the id and kind could be established.
        var item: Item?
        var problems: [FieldProblem]
    }

    func decode(_ pairs: [YAMLPair], body: MarkdownDocument) -> Outcome {
        var problems: [FieldProblem] = []
        var keys: [(name: String, position: FieldPosition)] = []
        keys.reserveCapacity(pairs.count)
        var nodes: [String: YAMLNode] = [:]
        nodes.reserveCapacity(pairs.count)
        for pair in pairs {
            let name = pair.key.scalarText ?? pair.key.shapeDescription
            if let first = nodes[name] {
                let firstKey = keys.first { $0.name == name }?.position.key ?? first.location
                problems.append(.duplicateKey(field: name, location: pair.key.location, first: firstKey))
                continue
            }
            keys.append((name, FieldPosition(key: pair.key.location, value: pair.value.location)))
            nodes[name] = pair.value
        }

        let id = decodeID(nodes["id"], problems: &problems)
        let kind = resolveKind(id: id, idNode: nodes["id"], kindNode: nodes["kind"], problems: &problems)

        var fields: [String: FieldValue] = [:]
        fields.reserveCapacity(keys.count)
        var references: [Reference] = []
        for (name, position) in keys {
            // A key no field of this kind knows is reported even when empty;
            // only a known field's empty value counts as absent.
            guard let definition = schema.fields[name], kind.map({ definition.applies(to: $0.name) }) ?? true else {
                problems.append(unknownField(name, at: position.key, kind: kind))
                continue
            }
            guard let node = nodes[name], !node.isNull else { continue }
            if name == "id" || name == "kind" { continue }
            let decoded = FieldDecoder.decode(node, as: definition)
            fields[name] = decoded.value
            references += decoded.references
            for failure in decoded.failures {
                problems.append(
                    .invalid(
                        field: name, reason: failure.reason, location: failure.location, suggestion: failure.suggestion)
                )
            }
        }

        if let kind {
            for required in kind.requiredFields where nodes[required].map({ $0.isNull }) ?? true {
                problems.append(.missing(field: required, kind: kind.name))
            }
        } else if nodes["id"].map({ $0.isNull }) ?? true {
            problems.append(.missing(field: "id", kind: "item"))
        }

        guard let id, let kind else { return Outcome(item: nil, problems: problems) }
        if let kindNode = nodes["kind"], !kindNode.isNull { fields["kind"] = .string(kind.name) }
        fields["id"] = .string(id.description)
        for mention in body.mentions {
            guard let target = ItemID(mention.target) else { continue }
            references.append(
                Reference(
                    type: .mention, target: target,
                    location: SourcePosition(line: mention.position.line, column: mention.position.column)))
        }
        let item = Item(
            id: id, kind: kind.name, path: path, keys: keys, fields: fields, references: references, body: body)
        return Outcome(item: item, problems: problems)
    }

    private func decodeID(_ node: YAMLNode?, problems: inout [FieldProblem]) -> ItemID? {
        guard let node, !node.isNull else { return nil }
        guard let text = node.scalarText, let id = ItemID(text) else {
            problems.append(
                .invalid(
                    field: "id", reason: "id must be a prefix and a number such as US-12, not \(node.shapeDescription)",
                    location: node.location, suggestion: nil))
            return nil
        }
        return id
    }

    /// The kind from the `kind` field, checked against the id's prefix, or
    /// from the prefix alone.
    private func resolveKind(
        id: ItemID?, idNode: YAMLNode?, kindNode: YAMLNode?, problems: inout [FieldProblem]
    ) -> KindDefinition? {
        let byPrefix = id.flatMap { schema.kind(withPrefix: $0.prefix) }
        guard let kindNode, !kindNode.isNull else {
            if let id, byPrefix == nil {
                let prefixes = schema.configuration.kinds.map(\.prefix)
                problems.append(
                    .invalid(
                        field: "id",
                        reason:
                            "no kind uses the prefix \(id.prefix); known prefixes are \(prefixes.joined(separator: ", "))",
                        location: idNode?.location ?? .startOfFile,
                        suggestion: Suggestion.closest(to: id.prefix, in: prefixes).map { "\($0)-\(id.number)" }))
            }
            return byPrefix
        }
        let names = schema.configuration.kinds.map(\.name)
        guard let name = kindNode.scalarText, let named = schema.kind(named: name) else {
            problems.append(
                .invalid(
                    field: "kind",
                    reason: "kind \(kindNode.shapeDescription) is not one of \(names.joined(separator: ", "))",
                    location: kindNode.location,
                    suggestion: kindNode.scalarText.flatMap { Suggestion.closest(to: $0, in: names) }))
            return byPrefix
        }
        if let id, let byPrefix, byPrefix.name != named.name {
            problems.append(
                .invalid(
                    field: "kind",
                    reason:
                        "kind \(named.name) does not match the id \(id), whose prefix \(id.prefix) is for \(byPrefix.name) items",
                    location: kindNode.location, suggestion: byPrefix.name))
        }
        if let id, byPrefix == nil {
            problems.append(
                .invalid(
                    field: "id",
                    reason: "no kind uses the prefix \(id.prefix); \(named.name) ids start with \(named.prefix)",
                    location: idNode?.location ?? .startOfFile, suggestion: "\(named.prefix)-\(id.number)"))
        }
        return named
    }

    private func unknownField(_ name: String, at location: SourcePosition, kind: KindDefinition?) -> FieldProblem {
        if let kinds = schema.fields[name]?.kinds {
            return .unknown(field: name, location: location, suggestion: nil, usedBy: kinds.sorted())
        }
        let applicable = schema.fieldNames.filter { field in
            guard let kind else { return true }
            return schema.fields[field]?.applies(to: kind.name) ?? false
        }
        return .unknown(
            field: name, location: location, suggestion: Suggestion.closest(to: name, in: applicable), usedBy: [])
    }
}
