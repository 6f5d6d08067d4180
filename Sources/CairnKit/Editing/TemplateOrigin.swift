/// Where the text of an item template came from.
public enum TemplateOrigin: Hashable, Sendable, CustomStringConvertible {
    /// A file in the repository, relative to its root (`Templates/story.md`).
    case repository(path: String)
    /// The template Cairn ships for a kind (its `Templates/<kind>.md`).
    case builtIn(kind: String)

    /// The file name, or words that say it is Cairn's own template.
    public var description: String {
        switch self {
        case .repository(let path): return path
        case .builtIn(let kind): return "the built-in template Templates/\(kind).md"
        }
    }
}

/// A template that cannot be read, parsed or turned into an item; the
/// message names the template and, where known, the line and column in it.
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    public var origin: TemplateOrigin
    /// Where in the template the problem is, when the template parser says.
    public var location: SourcePosition?
    public var message: String

    public init(origin: TemplateOrigin, location: SourcePosition? = nil, message: String) {
        self.origin = origin
        self.location = location
        self.message = message
    }

    public var description: String {
        guard let location else { return "\(origin): \(message)" }
        return "\(origin):\(location.line):\(location.column): \(message)"
    }
}
