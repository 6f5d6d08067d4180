/// What an edit of outlines can change for the rules of the links scope
/// (see ``RuleScope/links(_:)``), found by following links between the
/// baseline's files: the baseline's own after an edit of status, priority
/// or date alone, which leaves them as they were; after an edit of links,
/// those before it and those after it (see ``RelinkedItems``).
///
/// A rule of that scope reports in an item's file what the outlines of the
/// item and of the items on its paths say. So its diagnostics can change
/// only in the edited files and in the files whose paths pass through one;
/// to check those again it needs their outlines and the outlines their
/// own paths pass through, and no others.
struct LinkedItemsRecheck: Sendable {
    let links: BaselineLinks
    /// Every path of every rule of the links scope.
    let paths: [LinkPath]

    init(links: BaselineLinks, rules: [any Rule]) {
        self.links = links
        paths = rules.flatMap { rule -> [LinkPath] in
            guard case .links(let paths) = rule.description.scope else { return [] }
            return paths
        }
    }

    /// The files whose diagnostics may change when the outlines of `edited` do.
    func affected(by edited: Set<Int>) -> Set<Int> {
        paths.reduce(edited) { affected, path in affected.union(links.reaching(edited, along: path)) }
    }

    /// The files whose outlines checking `files` reads.
    func read(checking files: Set<Int>) -> Set<Int> {
        paths.reduce(files) { read, path in read.union(links.along(path, from: files)) }
    }
}
