/// What `cairn roadmap` groups work by.
public enum RoadmapGrouping: String, Sendable, CaseIterable {
    /// The `release` field: releases in date order.
    case release
    /// The `horizon` field: now, next, later.
    case horizon
}

/// The work of a backlog grouped by release or by horizon, each group with
/// its done share.
///
/// An item belongs where its own file puts it: its `release` (or `horizon`)
/// field, never a parent's. Only work is listed: objectives, key results,
/// releases, feedback, MRDs and PRDs are not. Epics often span releases — the stories of an
/// epic due in 1.1 ship in 1.0, 1.1 and 2.0 — so a parent's release says when
/// the parent completes, not when each child ships; inheriting it would
/// quietly schedule work nobody scheduled. Work items without the field are
/// listed as unscheduled instead, which is what planning needs to see.
public struct Roadmap: Sendable {
    /// Horizons in order when `cairn.yml` does not redefine the field.
    public static let defaultHorizons = ["now", "next", "later"]

    public var grouping: RoadmapGrouping
    /// The day dates are judged against.
    public var today: CalendarDate
    /// Releases by date (releases without a date last, by id) or horizons in
    /// their declared order, each listed even when empty; then the
    /// unscheduled work, when there is any.
    public var groups: [RoadmapGroup]

    /// Groups the work of `backlog`; `today` decides which releases are past
    /// their date.
    public init(backlog: Backlog, grouping: RoadmapGrouping, today: CalendarDate) {
        self.grouping = grouping
        self.today = today
        let graph = backlog.graph
        let statuses = backlog.configuration.statuses
        var scheduled: Set<Int> = []
        var groups: [RoadmapGroup] = []
        switch grouping {
        case .release:
            for release in Self.releases(in: graph) {
                let members = graph.incoming(to: release, .release).map(\.from).filter { Self.isWork(graph.items[$0]) }
                scheduled.formUnion(members)
                groups.append(
                    RoadmapGroup(
                        release: graph.items[release], items: members.sorted().map { graph.items[$0] },
                        statuses: statuses, today: today))
            }
        case .horizon:
            let horizons = Self.horizons(in: backlog.configuration)
            for horizon in horizons {
                let members = graph.items.indices.filter {
                    Self.isWork(graph.items[$0]) && graph.items[$0].fields["horizon"]?.stringValue == horizon
                }
                scheduled.formUnion(members)
                groups.append(
                    RoadmapGroup(horizon: horizon, items: members.map { graph.items[$0] }, statuses: statuses))
            }
        }
        let unscheduled = graph.items.indices.filter { !scheduled.contains($0) && Self.isWork(graph.items[$0]) }
        if !unscheduled.isEmpty {
            groups.append(RoadmapGroup(unscheduled: unscheduled.map { graph.items[$0] }, statuses: statuses))
        }
        self.groups = groups
    }

    static func isWork(_ item: Item) -> Bool { WorkKinds.isWork(item.kind) }

    /// Release items by date, then id; releases without a date last.
    static func releases(in graph: BacklogGraph) -> [Int] {
        let releases = graph.items.indices.filter { graph.items[$0].kind == "release" }
        return releases.sorted { left, right in
            switch (graph.items[left].releaseDate, graph.items[right].releaseDate) {
            case (let leftDate?, let rightDate?) where leftDate != rightDate: return leftDate < rightDate
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left < right
            }
        }
    }

    /// The values of the `horizon` field, in declared order.
    static func horizons(in configuration: Configuration) -> [String] {
        if case .enumeration(let values) = configuration.fieldDefinitions["horizon"]?.type { return values }
        return defaultHorizons
    }
}

/// One release, one horizon, or the unscheduled work, with its items.
public struct RoadmapGroup: Sendable {
    /// The release, for a group of ``RoadmapGrouping/release``.
    public var release: Item?
    /// The horizon, for a group of ``RoadmapGrouping/horizon``.
    public var horizon: String?
    /// The items, by id.
    public var items: [Item]
    public var share: CompletionShare
    /// The open items of a release whose date is before today; empty for
    /// other groups.
    public var overdueItems: [Item]

    /// Work with no release (or no horizon).
    public var isUnscheduled: Bool { release == nil && horizon == nil }

    /// Whether the group is a release whose date has passed with work open.
    public var isPastDate: Bool { !overdueItems.isEmpty }

    /// The release's date, if it has one.
    public var date: CalendarDate? { release?.releaseDate }

    init(release: Item, items: [Item], statuses: StatusScheme, today: CalendarDate) {
        self.release = release
        self.items = items
        self.share = CompletionShare(of: items, statuses: statuses)
        let isPast = release.releaseDate.map { $0 < today } ?? false
        self.overdueItems = isPast ? items.filter { statuses.isOpen($0.status) } : []
    }

    init(horizon: String, items: [Item], statuses: StatusScheme) {
        self.horizon = horizon
        self.items = items
        self.share = CompletionShare(of: items, statuses: statuses)
        self.overdueItems = []
    }

    init(unscheduled items: [Item], statuses: StatusScheme) {
        self.items = items
        self.share = CompletionShare(of: items, statuses: statuses)
        self.overdueItems = []
    }
}

extension Item {
    /// A release's `date`, if it has a valid one.
    public var releaseDate: CalendarDate? {
        if case .date(let date) = fields["date"] { return date }
        return nil
    }
}
