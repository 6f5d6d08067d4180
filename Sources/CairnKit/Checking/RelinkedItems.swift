/// What an edit of items' structures that keeps their ids and kinds — a
/// link added, removed or pointed elsewhere, a mention, a key added or
/// moved — can change for the rules of the backlog scope (see
/// ``RuleScope/backlog``), and the links between the files after it.
///
/// Such an edit changes no id, so no other item's references resolve
/// differently and no other item's id is duplicated or not, and no kind,
/// so no child's parent changes kind. What is left for those rules is what
/// they say of the edited items, and the knots (cycles) the edited items'
/// links close or open. So when the rules report nothing in an edited
/// item's file before the edit, report nothing there after it, and no
/// link type leads from an edited item back to it before or after, their
/// diagnostics are the baseline's. They can tell what they report in an
/// edited file from a backlog of the edited items and the items their
/// references name, when each named id is carried by exactly one file of
/// the baseline: then a reference resolves there as in the whole backlog,
/// and none dangles. Anything else is left to the full check.
struct RelinkedItems: Sendable {
    let baseline: CheckBaseline
    /// The rules of the backlog scope.
    let rules: [any Rule]
    let today: CalendarDate?

    /// The files the check of `relinked` needs besides them: those carrying
    /// the ids their items' references name (`items` holds each edited
    /// file's item after the edit); `nil` when the backlog rules report
    /// something in an edited file in the baseline, or a named id is
    /// carried by no file or by more than one.
    func namedFiles(by relinked: Set<Int>, items: [Int: Item]) -> Set<Int>? {
        let ruleIDs = Set(rules.map(\.description.id))
        let paths = Set(relinked.map { baseline.path(at: $0) })
        guard !baseline.diagnostics.contains(where: { ruleIDs.contains($0.rule) && paths.contains($0.file) })
        else { return nil }
        var named: Set<String> = []
        for file in relinked {
            guard let item = items[file], !baseline.namesDuplicatedID(item) else { return nil }
            named.formUnion(item.references.map(\.target.description))
        }
        let carriers = baseline.carriers(of: named)
        guard carriers.count == named.count else { return nil }
        return Set(carriers.values).subtracting(relinked)
    }

    /// The links between the files after the edit of `relinked`, given
    /// `links` before it and `backlog`, a backlog of the edited files and
    /// those they name (see ``namedFiles(by:items:)``) whose file `i` is
    /// file `files[i]` of the listing; `nil` when the backlog rules report
    /// something in an edited file, or an edited item is on a cycle of one
    /// link type before or after the edit.
    func links(after relinked: Set<Int>, before links: BaselineLinks, backlog: Backlog, files: [Int])
        -> BaselineLinks?
    {
        let paths = Set(relinked.map { baseline.path(at: $0) })
        let found = BacklogChecker(rules: rules, today: today).check(backlog)
        guard !found.contains(where: { paths.contains($0.file) }) else { return nil }
        let after = links.replacingLinks(of: relinked, with: BaselineLinks(of: backlog), amongFiles: files)
        guard !relinked.contains(where: { links.isOnCycle($0) || after.isOnCycle($0) }) else { return nil }
        return after
    }
}
