import CairnSynthetic
import Foundation
import Testing

@testable import CairnKit

/// Every rule keeps to the scope it declares (see ``RuleScope``), on its own
/// examples and on a generated backlog with errors: a rule of the file
/// scope finds in each file, checked alone, exactly what it finds in the
/// whole backlog; a rule of the backlog scope finds the same when every
/// file is reduced to its item's structure (no body, status, title or other
/// values, no problems), and after an edit of an item's links that
/// ``RelinkedItems`` lets through finds what it found before; a rule of
/// the links scope finds the same when
/// every file is reduced to its item's outline, reports only in items'
/// files, and finds in each item's file the same when the backlog holds
/// only that item and the items its paths pass through. Checks after an
/// edit rely on all three.
@Suite("Rule scope")
struct RuleScopeTests {
    static let rules: [String] = RuleRegistry.all.map(\.description.id)

    @Test("each rule keeps to its scope on its examples", arguments: rules)
    func examples(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(withID: ruleID))
        let examples = rule.description.triggeringExamples + rule.description.nonTriggeringExamples
        for (index, example) in examples.enumerated() {
            let backlog = try RuleTestBacklog(
                Dictionary(example.files.map { ($0.path, MarkedText($0.content).text) }) { first, _ in first },
                configuration: example.configuration.map { MarkedText($0).text },
                symlinks: Dictionary(example.symlinks.map { (MarkedText($0.path).text, $0.target) }) { first, _ in
                    first
                })
            try expectScope(of: rule, on: try backlog.load(), "example \(index + 1) of \(ruleID)")
        }
    }

    @Test("every rule keeps to its scope on a generated backlog with errors")
    func generatedBacklog() throws {
        let directory = try TemporaryDirectory()
        for file in SyntheticBacklog(itemCount: 400, seed: 11, errorRate: 0.08).files() {
            try directory.write("backlog/" + file.path, file.content)
        }
        try directory.write("docs/design.md", "# Design\n")
        try directory.write(
            "backlog/stories/US-9001-linked.md",
            "---\nid: US-9001\ntitle: Linked\nstatus: ready\n---\n[Design](../../docs/design.md), [gone](gone.md)\n")
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        for rule in RuleRegistry.all {
            try expectScope(of: rule, on: backlog, rule.description.id)
        }
        let structureRules = RuleRegistry.all.filter { $0.description.scope == .backlog }
        let checker = BacklogChecker(rules: structureRules, today: RuleExamplesTests.today)
        #expect(expectRelinkedItemsContract(of: checker, on: backlog, finding: checker.check(backlog)) > 0)
    }

    private func expectScope(of rule: any Rule, on backlog: Backlog, _ name: String) throws {
        let checker = BacklogChecker(rules: [rule], today: RuleExamplesTests.today)
        let whole = checker.check(backlog)
        switch rule.description.scope {
        case .file:
            let oneByOne = backlog.files.flatMap { file in
                let found = checker.check(backlog.replacingFiles(with: [file]))
                #expect(found.allSatisfy { $0.file == file.path }, "\(name): reported outside \(file.path)")
                return found
            }
            #expect(oneByOne.sorted(by: Diagnostic.presentationOrder) == whole, "\(name)")
        case .backlog:
            let structures = backlog.files.map { ParsedFile(path: $0.path, item: $0.item?.structure) }
            #expect(checker.check(backlog.replacingFiles(with: structures)) == whole, "\(name)")
        case .links(let paths):
            let outlines = backlog.files.map { ParsedFile(path: $0.path, item: $0.item?.outline) }
            #expect(checker.check(backlog.replacingFiles(with: outlines)) == whole, "\(name)")
            let graph = backlog.graph
            #expect(Set(whole.map(\.file)).isSubset(of: graph.items.map(\.path)), "\(name): reported outside items")
            for node in graph.items.indices {
                var read: Set<Int> = [node]
                for path in paths { read.formUnion(graph.along(path, from: node)) }
                let path = graph.items[node].path
                let alone = checker.check(
                    backlog.replacingFiles(
                        with: read.sorted().map {
                            ParsedFile(path: graph.items[$0].path, item: graph.items[$0].outline)
                        }))
                #expect(
                    alone.filter { $0.file == path } == whole.filter { $0.file == path },
                    "\(name): \(path) with only the items its paths lead to")
            }
        }
    }
}

/// Edits of one item's links at a time, for every fourth item: its last
/// reference dropped, a dependency on the next item or a mention of it
/// added, or its parent moved to the first epic. When the rules report nothing in the item's file before, nor in
/// a backlog of the item and the items it names after, every id it names
/// is carried by one file, and no link type leads from the item back to
/// it, before or after, the rules report in the whole backlog what they
/// reported before the edit (see ``RelinkedItems``). Returns how many
/// edits met those conditions.
private func expectRelinkedItemsContract(
    of checker: BacklogChecker, on backlog: Backlog, finding whole: [Diagnostic]
) -> Int {
    let carriers = Dictionary(grouping: backlog.files.indices) { backlog.files[$0].item?.id }
    let epics = backlog.files.lazy.compactMap(\.item).filter { $0.kind == "epic" }
    let linksBefore = BaselineLinks(of: backlog)
    var heldToContract = 0
    for (index, file) in backlog.files.enumerated() where index.isMultiple(of: 4) {
        guard let item = file.item, !whole.contains(where: { $0.file == file.path }) else { continue }
        var dropped = item
        dropped.references.removeLast(min(1, dropped.references.count))
        let next = backlog.files[(index + 1)...].lazy.compactMap(\.item).first
        let added = [LinkType.dependsOn, .mention].map { type in
            var added = item
            added.references += next.map { [Reference(type: type, target: $0.id, location: .startOfFile)] } ?? []
            return added
        }
        var reparented = item
        if let epic = epics.first(where: { $0.id != item.id }) {
            reparented.references.removeAll { $0.type == .parent }
            reparented.references.append(Reference(type: .parent, target: epic.id, location: .startOfFile))
            reparented.fields["parent"] = .id(epic.id)
        }
        for edited in [dropped, reparented] + added {
            let named = Set(edited.references.map(\.target))
            guard named.allSatisfy({ carriers[$0]?.count == 1 }) else { continue }
            let involved = ([index] + named.compactMap { carriers[$0]?.first }.filter { $0 != index }).sorted()
            var files = backlog.files
            files[index] = ParsedFile(path: file.path, item: edited)
            let alone = checker.check(backlog.replacingFiles(with: involved.map { files[$0] }))
            let after = backlog.replacingFiles(with: files)
            guard !alone.contains(where: { $0.file == file.path }), !linksBefore.isOnCycle(index),
                !BaselineLinks(of: after).isOnCycle(index)
            else { continue }
            heldToContract += 1
            #expect(checker.check(after) == whole, "\(file.path)'s links edited")
        }
    }
    return heldToContract
}

extension BacklogGraph {
    /// The nodes `path` passes through or ends at from `node`.
    fileprivate func along(_ path: LinkPath, from node: Int) -> Set<Int> {
        var reached: Set<Int> = [node]
        var passed: Set<Int> = []
        for step in path.steps {
            reached = Set(
                reached.flatMap { node in
                    step.direction == .outgoing
                        ? outgoing(from: node, step.type).map(\.to) : incoming(to: node, step.type).map(\.from)
                })
            passed.formUnion(reached)
        }
        return passed
    }
}

extension Backlog {
    /// The same backlog with other files.
    fileprivate func replacingFiles(with files: [ParsedFile]) -> Backlog {
        Backlog(
            source: source, root: root, configuration: configuration, configurationFile: configurationFile,
            configurationProblems: configurationProblems, files: files)
    }
}
