/// The three states a status can mean, whatever a backlog calls it; graphs
/// colour items by it.
public enum StatusCategory: String, Hashable, Sendable, CaseIterable {
    case open
    case done
    case dropped

    /// The fill and outline colours graphs give items in this category
    /// (GitHub's own palette, readable in light and dark themes).
    var colours: (fill: String, stroke: String) {
        switch self {
        case .open: return ("#ffffff", "#0969da")
        case .done: return ("#dafbe1", "#1a7f37")
        case .dropped: return ("#eaeef2", "#6e7781")
        }
    }
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
