import Testing

@testable import CairnKit

/// Readiness looks each item's status up once in ``StatusMeanings``; what
/// it finds must be what ``StatusScheme`` says of the status.
@Suite("Status meanings")
struct StatusMeaningsTests {
    /// Whether `meanings` agrees with `scheme` on every status of its order,
    /// on statuses it lacks, and on no status at all.
    private func expectAgreement(_ scheme: StatusScheme, extra: [String] = ["unknown", "", "READY"]) {
        let meanings = StatusMeanings(scheme)
        for status in scheme.order + extra + Array(scheme.done) + Array(scheme.dropped) {
            let meaning = meanings.meaning(of: status)
            #expect(meaning.isDone == scheme.isDone(status), "\(status)")
            #expect(meaning.isDropped == scheme.isDropped(status), "\(status)")
            #expect(meaning.isOpen == scheme.isOpen(status), "\(status)")
            #expect(meaning.hasReachedReady == scheme.hasReachedReady(status), "\(status)")
        }
        let none = meanings.meaning(of: nil)
        #expect(!none.isDone && !none.isDropped && none.isOpen && !none.hasReachedReady)
    }

    @Test("The default scheme")
    func defaultScheme() {
        expectAgreement(Configuration.default.statuses)
    }

    @Test("A long scheme: statuses past the first ones compared are found by hash")
    func longScheme() {
        let order = (0..<100).map { "status-\($0)" }
        let scheme = StatusScheme(
            order: order, ready: ["status-40", "status-90"], done: ["status-99", "status-5"],
            dropped: ["status-98", "status-50", "not-in-order"])
        expectAgreement(scheme, extra: ["status-100", "not-in-order"])
    }

    @Test("A status written twice in the order counts at its first place")
    func repeatedStatus() {
        let order = ["draft", "ready", "draft", "done"] + (0..<20).map { "late-\($0)" } + ["ready", "late-3"]
        let scheme = StatusScheme(order: order, ready: ["late-2"], done: ["done"], dropped: [])
        expectAgreement(scheme)
    }

    @Test("A scheme without a ready status: nothing has reached one")
    func noReadyStatus() {
        let scheme = StatusScheme(order: ["todo", "doing", "done"], ready: [], done: ["done"], dropped: ["doing"])
        expectAgreement(scheme)
    }

    @Test("A ready status that is dropped has not reached ready")
    func droppedReadyStatus() {
        let scheme = StatusScheme(
            order: ["todo", "ready", "cut", "done"], ready: ["ready"], done: ["done"], dropped: ["cut", "ready"])
        expectAgreement(scheme)
    }
}
