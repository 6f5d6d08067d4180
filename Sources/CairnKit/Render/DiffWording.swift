/// The words every diff format shares: the summary line and how a field
/// or body change reads.
enum DiffWording {
    /// `2 added, 1 changed; 1 link added; 1 error introduced, 2 resolved; 1 id conflict`.
    static func summary(_ summary: DiffSummary) -> String {
        let items = [
            count(summary.added, "added"), count(summary.removed, "removed"),
            count(summary.broken, summary.broken == 1 ? "no longer parses" : "no longer parse"),
            count(summary.renamed, "renamed"), count(summary.changed, "changed"),
        ].compactMap { $0 }
        let links = [
            count(summary.linksAdded, "added", noun: ("link", "links")),
            count(summary.linksRemoved, "removed", noun: summary.linksAdded > 0 ? nil : ("link", "links")),
        ].compactMap { $0 }
        let warningsIntroduced = summary.introduced - summary.errorsIntroduced
        let diagnostics = [
            count(summary.errorsIntroduced, "introduced", noun: ("error", "errors")),
            count(warningsIntroduced, "introduced", noun: ("warning or note", "warnings or notes")),
            count(summary.resolved, "resolved", noun: ("diagnostic", "diagnostics")),
        ].compactMap { $0 }
        let conflicts = count(summary.conflicts, "", noun: ("id conflict", "id conflicts")).map { [$0] } ?? []
        let parts = [items, links, diagnostics, conflicts].filter { !$0.isEmpty }.map { $0.joined(separator: ", ") }
        return parts.isEmpty ? "no changes" : parts.joined(separator: "; ")
    }

    private static func count(_ number: Int, _ verb: String, noun: (String, String)? = nil) -> String? {
        guard number > 0 else { return nil }
        let word = noun.map { number == 1 ? $0.0 : $0.1 }
        return [String(number), word, verb.isEmpty ? nil : verb].compactMap { $0 }.joined(separator: " ")
    }

    /// `+ depends_on US-3`, `- relates_to US-9`.
    static func linkChange(_ link: LinkChange) -> String {
        "\(link.change == .added ? "+" : "-") \(link.type.name) \(link.target)"
    }

    /// `status: ready → done`, `owner: (none) → alice`.
    static func fieldChange(_ change: FieldChange) -> String {
        "\(change.field): \(change.from?.text ?? "(none)") → \(change.to?.text ?? "(none)")"
    }

    /// `section "Notes" added`, `criterion checked: The button shows (Acceptance criteria)`.
    static func bodyChange(_ change: BodyChange) -> String {
        let section = change.section.map { "section \"\($0)\"" } ?? "the text before the first heading"
        let place = change.section.map { " (\($0))" } ?? ""
        let text = change.text ?? ""
        switch change.kind {
        case .sectionAdded: return "\(section) added"
        case .sectionRemoved: return "\(section) removed"
        case .sectionChanged: return "\(section) changed"
        case .criterionAdded: return "criterion added: \(text)\(place)"
        case .criterionRemoved: return "criterion removed: \(text)\(place)"
        case .criterionChecked: return "criterion checked: \(text)\(place)"
        case .criterionUnchecked: return "criterion unchecked: \(text)\(place)"
        }
    }
}
