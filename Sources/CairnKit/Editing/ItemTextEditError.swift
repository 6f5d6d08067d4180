/// Why ``ItemTextEditor`` refused an edit. Locations are file lines and
/// UTF-8 byte columns, counted without a byte order mark, as in diagnostics.
public enum ItemTextEditError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file has no front matter to edit.
    case missingFrontMatter(FrontMatterSplitFailure)
    /// A merge left conflict markers in the front matter, from `line` on.
    case mergeConflict(line: Int)
    /// The front matter is not YAML Cairn can read: the parser's message.
    case unreadableFrontMatter(message: String, location: SourcePosition)
    /// The front matter is YAML but not a mapping of keys written one per
    /// line; `reason` says what it is instead.
    case unsupportedFrontMatter(reason: String, location: SourcePosition)
    /// The key to edit is written more than once.
    case duplicateKey(key: String, first: SourcePosition, duplicate: SourcePosition)
    /// The value to edit has an anchor (`&name`) or is or holds an alias
    /// (`*name`): changing it would change other keys too, or nothing.
    case anchorOrAlias(key: String, location: SourcePosition)
    /// A list operation on a key whose value is a mapping.
    case notAList(key: String, location: SourcePosition)
    /// A key path leads through a value that is not a mapping.
    case notAMapping(key: String, location: SourcePosition)
    /// The value or key cannot be written as asked, such as `.plain("a: b")`.
    case invalidValue(reason: String)
    /// A `[[ID]]` mention to rename is written with escapes or entities, so
    /// its text is not where the mention is.
    case unrewritableMention(target: String, location: SourcePosition)
    /// The safety net: the edited text did not read back as intended.
    /// Nothing was returned; the file must stay as it is.
    case verificationFailed(reason: String)

    /// A sentence for the person editing, with the line where it applies.
    public var description: String {
        switch self {
        case .missingFrontMatter(.emptyFile):
            return "the file is empty; there is no front matter to edit"
        case .missingFrontMatter(.noOpeningFence):
            return "line 1: the file has no front matter; it must start with a line of ---"
        case .missingFrontMatter(.unclosed):
            return "line 1: the front matter opened by --- is never closed by a line of --- or ..."
        case .mergeConflict(let line):
            return "line \(line): a merge left conflict markers in the front matter; resolve the conflict first"
        case .unreadableFrontMatter(let message, let location):
            return "line \(location.line), column \(location.column): the front matter is not valid YAML: \(message)"
        case .unsupportedFrontMatter(let reason, let location):
            return "line \(location.line): \(reason)"
        case .duplicateKey(let key, let first, let duplicate):
            return
                "line \(duplicate.line): \(key) is written twice (first on line \(first.line)); remove one before editing it"
        case .anchorOrAlias(let key, let location):
            return
                "line \(location.line): the value of \(key) uses a YAML anchor or alias; edit it by hand, as a change would reach other keys"
        case .notAList(let key, let location):
            return "line \(location.line): \(key) holds a mapping, not a list"
        case .notAMapping(let key, let location):
            return "line \(location.line): \(key) holds no mapping of keys"
        case .invalidValue(let reason):
            return reason
        case .unrewritableMention(let target, let location):
            return
                "line \(location.line), column \(location.column): the mention [[\(target)]] is written with escapes or entities; rewrite it by hand"
        case .verificationFailed(let reason):
            return "the edit was not made, because the edited text would not read back as intended: \(reason)"
        }
    }
}
