extension StatusCategory {
    /// The ANSI colour a terminal shows this category in, after the graph
    /// palette's outlines: blue for open, green for done, grey for dropped.
    var terminalColour: String {
        switch self {
        case .open: return "34"
        case .done: return "32"
        case .dropped: return "90"
        }
    }
}
