/// The three states a status can mean, whatever a backlog calls it; graphs
/// colour items by it.
public enum StatusCategory: String, Hashable, Sendable, CaseIterable {
    case open
    case done
    case dropped
}

extension StatusScheme {
    /// Whether `status` means done, dropped or still open (an item without a
    /// status is open).
    public func category(of status: String?) -> StatusCategory {
        if isDone(status) { return .done }
        if isDropped(status) { return .dropped }
        return .open
    }
}
