import Foundation

/// The texts of backlog files read after loading, each read at most once.
///
/// Loading keeps no file's text: most files have nothing to report, and at
/// 100,000 items their texts would double the memory a check needs. The
/// few files a diagnostic points into, or that `cairn show` prints, are read
/// again on demand.
final class SourceTextMemo: @unchecked Sendable {
    // @unchecked: `texts` is only touched while holding `lock`.
    private let lock = NSLock()
    private var texts: [String: SourceText?] = [:]

    /// The text of `path` in `source`, read and indexed on first use; `nil`
    /// when it cannot be read or is not UTF-8 text.
    func text(of path: String, in source: any BacklogSource) -> SourceText? {
        if let known = lock.withLock({ texts[path] }) { return known }
        let text = Self.read(path, from: source)
        lock.withLock { texts[path] = text }
        return text
    }

    private static func read(_ path: String, from source: any BacklogSource) -> SourceText? {
        guard let bytes = try? source.contents(of: path), case .success(let text) = TextDecoding.decode(bytes) else {
            return nil
        }
        return SourceText(text)
    }
}
