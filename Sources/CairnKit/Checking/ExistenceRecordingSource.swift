import Foundation

/// A source that passes every call on to another and remembers what
/// ``exists(_:)`` answered: rules ask whether files outside the backlog
/// exist (the targets of relative Markdown links), and a stored check
/// result holds only while those answers do.
final class ExistenceRecordingSource: BacklogSource, @unchecked Sendable {
    // @unchecked: `answers` is only touched while holding `lock`.
    let base: any BacklogSource
    private let lock = NSLock()
    private var answers: [String: Bool] = [:]

    init(_ base: any BacklogSource) {
        self.base = base
    }

    /// Every path asked about, with the answer given.
    var recordedAnswers: [String: Bool] {
        lock.withLock { answers }
    }

    func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        try base.markdownFiles(under: directory, ignoring: ignore)
    }

    func contents(of path: String) throws -> [UInt8]? {
        try base.contents(of: path)
    }

    func exists(_ path: String) -> Bool {
        let answer = base.exists(path)
        lock.withLock { answers[path] = answer }
        return answer
    }
}

extension BacklogSource {
    /// Whether every path in `answers` still exists, or still does not, as
    /// it did when the answers were recorded.
    func stillAnswers(_ answers: [String: Bool]) -> Bool {
        answers.allSatisfy { path, existed in exists(path) == existed }
    }
}
