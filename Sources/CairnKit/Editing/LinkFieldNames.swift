extension Configuration {
    /// The fields whose values are links to other items (single ids and
    /// lists of ids): the fields ``ItemTextEditor/renamingReferences(from:to:linkFields:in:)``
    /// rewrites.
    public var linkFieldNames: Set<String> {
        Set(
            fieldDefinitions.values.filter { definition in
                definition.type == .id || definition.type == .ids
            }.map(\.name))
    }
}
