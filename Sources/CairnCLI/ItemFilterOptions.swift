import ArgumentParser
import CairnKit

/// The filters `cairn list`, `board` and `stats` share: by kind, status,
/// priority, owner and label.
struct ItemFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only items of this kind.", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only items with this status.", valueName: "status"))
    var status: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only items with this priority.", valueName: "priority"))
    var priority: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only items owned by this person.", valueName: "owner"))
    var owner: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only items with this label.", valueName: "label"))
    var label: [String] = []

    /// The filter these options describe, checked against `configuration`:
    /// a kind, status or priority it does not define is a usage error with
    /// a suggestion, since it could never match.
    func filter(for configuration: Configuration) throws -> ItemFilter {
        let filter = ItemFilter(kinds: kind, statuses: status, priorities: priority, owners: owner, labels: label)
        if let problem = filter.unknownValues(in: configuration).first {
            throw CommandFailure.usage(problem)
        }
        return filter
    }
}
