/// Edits the text of one item file, changing only the bytes an edit means to
/// change: other keys, their order, comments, quoting, blank lines, line
/// endings, a byte order mark, the closing fence and the whole body stay
/// byte for byte the same, and unknown keys survive.
///
/// Text in, text out: no file is read or written here. Keys are top-level
/// front-matter keys unless a key path is given. Every edit is read back
/// with Cairn's own parser before it is returned: when the edited key does
/// not read as intended, or any other key or the body reads differently,
/// the edit throws ``ItemTextEditError/verificationFailed(reason:)`` rather
/// than return a wrong text.
public enum ItemTextEditor {
    /// Sets top-level `key` to `value`: replaces the value where it stands
    /// (keeping a comment after it on its line, and the quotes it was
    /// written in), or adds `key: value` after the last key when absent. A
    /// block scalar, a list or a mapping is replaced as a whole.
    public static func setting(_ key: String, to value: FrontMatterValue, in text: String)
        throws(ItemTextEditError) -> String
    {
        try setting(path: [key], to: value, in: text)
    }

    /// Sets the key at `path` to `value`: `["rice", "reach"]` sets `reach`
    /// inside the mapping `rice`, adding it to the mapping's end (and `rice`
    /// itself as `rice: {reach: …}`) when absent.
    public static func setting(path: [String], to value: FrontMatterValue, in text: String)
        throws(ItemTextEditError) -> String
    {
        try requireKeys(path)
        let document = try EditableItemText(text)
        let replacements = try EditPlanner(document: document).setting(path, to: value)
        let expected = EditVerifier.expectedPairs(document.pairs, changing: path[...], to: .written(value))
        return try EditVerifier.verified(replacements, on: document, expected: expected)
    }

    /// Removes top-level `key`, its value and the lines they occupy.
    /// Removing an absent key returns the text unchanged.
    public static func removingKey(_ key: String, in text: String) throws(ItemTextEditError) -> String {
        try removingKey(path: [key], in: text)
    }

    /// Removes the key at `path`; a nested mapping left without keys reads
    /// `{}`. Removing an absent key returns the text unchanged.
    public static func removingKey(path: [String], in text: String) throws(ItemTextEditError) -> String {
        try requireKeys(path)
        let document = try EditableItemText(text)
        let replacements = try EditPlanner(document: document).removing(path)
        guard !replacements.isEmpty else { return text }
        let expected = EditVerifier.expectedPairs(document.pairs, changing: path[...], to: nil)
        return try EditVerifier.verified(replacements, on: document, expected: expected)
    }

    /// Appends each of `values` that the list at top-level `key` does not
    /// hold yet, in the list's own style: inside `[…]` with its separator,
    /// as a `- ` line of a block list with its indentation, or turning a
    /// single value `key: US-3` into `[US-3, US-4]`. An absent or empty key
    /// gets a new list. Ids compare as ids (`US-012` is `US-12`).
    public static func adding(_ values: [String], toList key: String, in text: String) throws(ItemTextEditError)
        -> String
    {
        try requireKeys([key])
        var current = text
        for value in values {
            let document = try EditableItemText(current)
            guard let edit = try EditPlanner(document: document).appending(value, toList: key) else { continue }
            let expected = EditVerifier.expectedPairs(document.pairs, changing: [key], to: edit.expected)
            current = try EditVerifier.verified(edit.replacements, on: document, expected: expected)
        }
        return current
    }

    /// Removes every item of the list at top-level `key` that is one of
    /// `values`, with its separator or its line; ids compare as ids. A list
    /// left without items reads `key: []` rather than losing its key: the
    /// key keeps its place and the comment on its line, an item added again
    /// goes back there, and a template's empty list stays one (remove the
    /// key with ``removingKey(_:in:)`` when that is wanted). Values the list
    /// does not hold are ignored.
    public static func removing(_ values: [String], fromList key: String, in text: String)
        throws(ItemTextEditError) -> String
    {
        try requireKeys([key])
        var current = text
        for value in values {
            while true {
                let document = try EditableItemText(current)
                guard let edit = try EditPlanner(document: document).removingFirst(value, fromList: key) else { break }
                let expected = EditVerifier.expectedPairs(document.pairs, changing: [key], to: edit.expected)
                current = try EditVerifier.verified(edit.replacements, on: document, expected: expected)
            }
        }
        return current
    }

    /// Rewrites every reference to `old` as `new`: each value of the
    /// `linkFields` that is `old` (alone or in a list, in any style and
    /// quoting), `[[old]]` mentions in the body, and, when `rewritingID`, the
    /// value of `id` (true for the renamed item itself, false for the items
    /// that refer to it). The same characters elsewhere stay: titles, unknown
    /// keys, prose without brackets, mentions in code spans and code blocks,
    /// `US-123` for `US-12`. A text without such references comes back
    /// unchanged.
    public static func renamingReferences(
        from old: ItemID, to new: ItemID, linkFields: Set<String>, rewritingID: Bool = true, in text: String
    ) throws(ItemTextEditError) -> String {
        guard old != new else { return text }
        let document = try EditableItemText(text)
        let renamer = ReferenceRenamer(document: document, old: old, new: new, rewritesID: rewritingID)
        let replacements = try renamer.replacements(linkFields: linkFields)
        guard !replacements.isEmpty else { return text }
        return try EditVerifier.verified(
            replacements, on: document, expected: renamer.expectedPairs(linkFields: linkFields),
            body: .mentionsRenamed(old: old, new: new))
    }

    private static func requireKeys(_ path: [String]) throws(ItemTextEditError) {
        guard !path.isEmpty, !path.contains(where: \.isEmpty) else {
            throw .invalidValue(reason: "a key to edit must not be empty")
        }
    }
}
