import CairnGit
import CairnKit
import Foundation

/// A seam for fault-injection tests, and for nothing else: stops a writing
/// command at one named step so that a test can kill it there.
///
/// It is read from the command's environment only. With
/// `CAIRN_TEST_PAUSE_AT` set to a step name — `temp-written`, `temp-synced`,
/// `renamed` (``AtomicWriteStep``), `objects-written`, `references-locked`,
/// `index-written` (``GitCommitStep``; the last is also the moment before the
/// branch moves) — the process, on reaching that step, writes the step's name
/// to the file named by `CAIRN_TEST_PAUSE_MARKER` and waits for a signal
/// forever. Unset, as everywhere outside those tests, it does nothing.
struct FaultTestPause {
    /// The step to stop at, by name.
    let step: String?
    /// The file that says the process has stopped.
    let marker: String?

    init(environment: [String: String]) {
        step = environment["CAIRN_TEST_PAUSE_AT"].flatMap { $0.isEmpty ? nil : $0 }
        marker = environment["CAIRN_TEST_PAUSE_MARKER"]
    }

    /// Stops here for good when `name` is the step asked for.
    func reached(_ name: String) {
        guard name == step else { return }
        if let marker { _ = FileManager.default.createFile(atPath: marker, contents: Data(name.utf8)) }
        while true { pause() }
    }

    func reached(_ step: AtomicWriteStep) { reached(step.rawValue) }

    func reached(_ step: GitCommitStep) { reached(step.rawValue) }
}
