/// The files one command means to write or delete, relative to the
/// repository root with `/` separators.
///
/// A change set is planned in full before anything touches the disk, so it
/// can be validated first (see ``ChangeValidator``) and committed as exactly
/// the paths it names.
public struct ChangeSet: Sendable, Equatable {
    /// New contents by path; a path here is created or replaced.
    public private(set) var writes: [String: [UInt8]] = [:]
    /// Paths to remove.
    public private(set) var deletions: Set<String> = []

    public init() {}

    /// Plans to write `bytes` to `path`, replacing any earlier plan for it.
    public mutating func write(_ bytes: [UInt8], to path: String) {
        deletions.remove(path)
        writes[path] = bytes
    }

    /// Plans to write `text` as UTF-8 to `path`.
    public mutating func write(_ text: String, to path: String) {
        write(Array(text.utf8), to: path)
    }

    /// Plans to remove `path`, replacing any earlier plan for it.
    public mutating func delete(_ path: String) {
        writes[path] = nil
        deletions.insert(path)
    }

    /// Every path written or deleted, sorted.
    public var touchedPaths: [String] {
        (Array(writes.keys) + deletions).sorted()
    }

    /// Whether nothing is planned.
    public var isEmpty: Bool { writes.isEmpty && deletions.isEmpty }
}
