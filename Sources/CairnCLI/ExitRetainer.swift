import Foundation

/// Keeps values alive until the process exits, so that `cairn` does not
/// spend its last milliseconds freeing a loaded backlog — tens of thousands
/// of strings, arrays and dictionaries, one allocation at a time — when
/// the operating system takes the whole address space back at once.
///
/// Only a process has one (``CommandContext/process()``); commands run
/// in-process, as tests run them, free everything as usual.
final class ExitRetainer: @unchecked Sendable {
    // @unchecked: `values` is only touched while holding `lock`.
    private let lock = NSLock()
    private var values: [Any] = []

    /// The retainer of this process; a global, so never freed itself.
    static let process = ExitRetainer()

    /// Keeps `value` until the process exits.
    func keep(_ value: Any) {
        lock.lock()
        defer { lock.unlock() }
        values.append(value)
    }

    /// How many values are kept.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}
