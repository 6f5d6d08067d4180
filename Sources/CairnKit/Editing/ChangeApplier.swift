import Foundation

/// Writes a change set into a working tree, each file atomically.
///
/// Writes come before deletions, so a renamed item exists under its new name
/// before the old file goes: a failure midway never loses an item.
public struct ChangeApplier: Sendable {
    /// The repository root the change set's paths are relative to.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Applies `changes`; on failure, throws ``ChangeApplicationError`` naming
    /// what was already written. `reached` is passed to each
    /// ``AtomicFileWriter/write(_:to:reached:)``.
    public func apply(_ changes: ChangeSet, reached: (AtomicWriteStep) -> Void = { _ in }) throws {
        var done: [String] = []
        do {
            for path in changes.writes.keys.sorted() {
                try AtomicFileWriter.write(
                    changes.writes[path] ?? [], to: root.appendingPathComponent(path), reached: reached)
                done.append(path)
            }
            for path in changes.deletions.sorted() {
                try AtomicFileWriter.remove(root.appendingPathComponent(path))
                done.append(path)
            }
        } catch let error as EditError {
            throw ChangeApplicationError(cause: error, completed: done)
        }
    }
}

/// A change set that was applied only in part: which paths are done, and why
/// the next one failed.
public struct ChangeApplicationError: Error, CustomStringConvertible, Sendable {
    public var cause: EditError
    /// The paths already written or removed, in the order they were.
    public var completed: [String]

    public var description: String {
        guard !completed.isEmpty else { return "\(cause); nothing was changed" }
        return "\(cause); already written: \(completed.joined(separator: ", "))"
    }
}
