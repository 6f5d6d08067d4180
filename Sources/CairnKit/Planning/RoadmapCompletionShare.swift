/// How much of some work is done, counted two ways: by items and by estimate.
///
/// Dropped items count toward neither: work that will not happen neither
/// finishes nor keeps a release from finishing. Items without an `estimate`
/// count as items but add no points.
public struct CompletionShare: Hashable, Sendable {
    /// Items that are not dropped.
    public var items: Int
    /// Of those, the done ones.
    public var doneItems: Int
    /// The sum of the estimates of the items that are not dropped.
    public var points: Double
    /// The sum of the estimates of the done items.
    public var donePoints: Double

    /// The share of `items` under `statuses`.
    public init(of items: some Sequence<Item>, statuses: StatusScheme) {
        var (count, done, points, donePoints) = (0, 0, 0.0, 0.0)
        for item in items where !statuses.isDropped(item.status) {
            let estimate = item.fields["estimate"]?.numberValue ?? 0
            count += 1
            points += estimate
            if statuses.isDone(item.status) {
                done += 1
                donePoints += estimate
            }
        }
        self.items = count
        self.doneItems = done
        self.points = points
        self.donePoints = donePoints
    }

    private init() {
        (items, doneItems, points, donePoints) = (0, 0, 0, 0)
    }

    /// No work at all.
    static let none = CompletionShare()

    /// Counts `other` in too; the two must hold different items.
    mutating func add(_ other: CompletionShare) {
        items += other.items
        doneItems += other.doneItems
        points += other.points
        donePoints += other.donePoints
    }

    /// `2/5 done, 8 of 21 points` (`1 point` when the total is one, `no
    /// estimates` when no item has one, `estimates too large to add up`
    /// when their sum is beyond what a number can hold).
    public var summary: String {
        let count = "\(doneItems)/\(items) done"
        guard points.isFinite else { return count + ", estimates too large to add up" }
        guard points > 0 else { return count + ", no estimates" }
        let unit = points == 1 ? "point" : "points"
        return count + ", \(FieldValue.format(donePoints)) of \(FieldValue.format(points)) \(unit)"
    }
}
