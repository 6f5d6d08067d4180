/// Which of the built-in kinds planning treats as work to do, shared by the
/// roadmap, the board and the ranking commands so that they agree.
public enum WorkKinds {
    /// Kinds that work is planned toward, into or from — goals, measures,
    /// dates, evidence and documents — rather than work itself.
    public static let surrounding: Set<String> = ["objective", "key-result", "release", "feedback", "mrd", "prd"]

    /// Kinds whose work is done through their children: an epic is finished
    /// by its stories, never started as one piece.
    public static let containers: Set<String> = ["epic"]

    /// Whether items of `kind` are work: every kind but the surrounding
    /// ones, so stories, bugs, epics and any kind a backlog adds.
    public static func isWork(_ kind: String) -> Bool {
        !surrounding.contains(kind)
    }
}
