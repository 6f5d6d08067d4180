import Foundation
import Testing

@testable import CairnCLI

/// The `cairn` process keeps the backlogs it loads until it exits, rather
/// than freeing them; in-process runs keep nothing.
@Suite("Backlogs kept until exit")
struct ExitRetainerTests {
    @Test("a context with a retainer keeps each backlog its command loads")
    func keepsLoadedBacklogs() throws {
        let directory = try BacklogFixture.write()
        let retainer = ExitRetainer()
        var context = CommandContext(workingDirectory: directory.url, console: CapturingConsole())
        context.exitRetainer = retainer
        #expect(CairnCommand.run(["check"], context: context) == 0)
        #expect(retainer.count == 1)
        #expect(CairnCommand.run(["ready"], context: context) == 0)
        #expect(retainer.count == 2)
    }

    @Test("only the process context has a retainer")
    func onlyTheProcessKeeps() {
        #expect(CommandContext.process().exitRetainer === ExitRetainer.process)
        #expect(
            CommandContext(workingDirectory: URL(fileURLWithPath: "/"), console: CapturingConsole()).exitRetainer == nil
        )
    }
}
