import CairnKit

/// Whether two parses of a file agree in every field: path, problems, field
/// problems and the whole item (keys with positions, typed fields,
/// references, headings, task items, links and mentions). With
/// `comparingText`, the kept source text must agree too.
func isSameParse(_ first: ParsedFile, _ second: ParsedFile, comparingText: Bool = true) -> Bool {
    guard first.path == second.path, first.problems == second.problems,
        first.fieldProblems == second.fieldProblems,
        !comparingText || first.source?.text == second.source?.text
    else { return false }
    switch (first.item, second.item) {
    case (nil, nil):
        return true
    case (let one?, let other?):
        return one.id == other.id && one.kind == other.kind && one.path == other.path
            && one.keys.map(\.name) == other.keys.map(\.name)
            && one.keys.map(\.position) == other.keys.map(\.position) && one.fields == other.fields
            && one.references == other.references && one.body == other.body
    default:
        return false
    }
}
