import CairnKit
import Foundation
import Testing

/// Random backlogs of stories linked by `depends_on` and `parent`, written
/// as files and checked by the real rules: the cycles Cairn reports must be
/// exactly those a brute-force search finds (every pair of items tested for
/// reachability both ways), grouped into the same knots, each with a path
/// that really is a cycle.
@Suite("Cycle rules on random backlogs")
struct CyclePropertyTests {
    /// One random backlog: stories `US-1` … `US-count`, with their links by
    /// 1-based number. Links to `US-99` (missing) and to the item itself are
    /// mixed in; neither forms a cycle.
    private struct RandomBacklog: CustomStringConvertible {
        var count: Int
        var dependencies: [[Int]]
        var parents: [Int?]

        init(_ random: inout SeededGenerator) {
            count = Int.random(in: 2...10, using: &random)
            let density = Double.random(in: 0.05...0.35, using: &random)
            let count = count
            dependencies = (1...count).map { _ in
                (1...count).filter { _ in Double.random(in: 0..<1, using: &random) < density }
                    + (Double.random(in: 0..<1, using: &random) < 0.1 ? [99] : [])
            }
            parents = (1...count).map { _ in
                Double.random(in: 0..<1, using: &random) < 0.85 ? Int.random(in: 1...count, using: &random) : nil
            }
        }

        /// The file of story `number`: one link per line, so that a
        /// diagnostic's line names the link it points at.
        func file(_ number: Int) -> String {
            var extra: [String] = []
            if let parent = parents[number - 1] { extra.append("parent: US-\(parent)") }
            if !dependencies[number - 1].isEmpty {
                extra.append("depends_on:\n" + dependencies[number - 1].map { "  - US-\($0)" }.joined(separator: "\n"))
            }
            return item("US-\(number)", extra.joined(separator: "\n"))
        }

        var files: [String: String] {
            Dictionary(uniqueKeysWithValues: (1...count).map { ("stories/\(Self.name($0))", file($0)) })
        }

        /// Zero-padded, so that file order is number order.
        static func name(_ number: Int) -> String {
            number < 10 ? "US-0\(number).md" : "US-\(number).md"
        }

        /// The links of `type` between existing items, self-links excluded.
        func successors(_ type: LinkType) -> [[Int]] {
            (1...count).map { number in
                let targets = type == .parent ? parents[number - 1].map { [$0] } ?? [] : dependencies[number - 1]
                return targets.filter { $0 != number && $0 <= count }
            }
        }

        var description: String { "depends_on \(dependencies), parents \(parents)" }
    }

    @Test("dependency-cycle and hierarchy-cycle report exactly the brute-force knots", arguments: 0..<4)
    func knotsMatchBruteForce(seed: UInt64) throws {
        var random = SeededGenerator(seed: 1_000 + seed)
        var knots: [LinkType: Int] = [:]
        for _ in 0..<20 {
            let backlog = RandomBacklog(&random)
            let diagnostics = try RuleTestBacklog(backlog.files).check([DependencyCycleRule(), HierarchyCycleRule()])
            for (rule, type) in [("dependency-cycle", LinkType.dependsOn), ("hierarchy-cycle", .parent)] {
                knots[type, default: 0] += check(diagnostics.filter { $0.rule == rule }, type, backlog)
            }
        }
        #expect(knots[.dependsOn, default: 0] > 0 && knots[.parent, default: 0] > 0, "the backlogs have cycles")
    }

    /// Checks one rule's diagnostics against brute force; returns the number of knots.
    private func check(_ diagnostics: [Diagnostic], _ type: LinkType, _ backlog: RandomBacklog) -> Int {
        let context = "\(type) in \(backlog)"
        let successors = backlog.successors(type)
        let expected = Self.bruteForceKnots(successors)

        var reported: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            guard let number = Self.number(ofFile: diagnostic.file) else {
                Issue.record("unexpected file \(diagnostic.file): \(context)")
                continue
            }
            reported[diagnostic.message, default: []].insert(number)
        }
        #expect(diagnostics.count == expected.reduce(0) { $0 + $1.count }, "one diagnostic per member: \(context)")
        #expect(Set(reported.values) == Set(expected), "knots: \(context)")

        for (message, members) in reported {
            guard let cycle = Self.path(in: message) else {
                Issue.record("no path in \(message): \(context)")
                continue
            }
            #expect(Self.isCycle(cycle, successors), "\(message): \(context)")
            #expect(Set(cycle).isSubset(of: members), "\(message): \(context)")
            #expect(cycle.first == members.min(), "starts at the knot's first item: \(message)")
            #expect(cycle.count == Self.shortestCycleLength(through: cycle[0], successors), "\(message): \(context)")
            let extra = "; \(members.count) items in all are caught in this knot"
            #expect(message.hasSuffix(extra) == (members.count > cycle.count), "\(message): \(context)")
        }

        for diagnostic in diagnostics {
            guard let number = Self.number(ofFile: diagnostic.file),
                let members = reported[diagnostic.message], let cycle = Self.path(in: diagnostic.message)
            else { continue }
            let line = backlog.file(number).split(separator: "\n", omittingEmptySubsequences: false)[
                diagnostic.location.line - 1]
            let target = line.split(separator: "-").last.flatMap { Int($0) }
            if let position = cycle.firstIndex(of: number) {
                #expect(target == cycle[(position + 1) % cycle.count], "\(diagnostic.place) \(line): \(context)")
            } else {
                #expect(target.map(members.contains) == true, "\(diagnostic.place) \(line): \(context)")
            }
        }
        return expected.count
    }

    // MARK: Brute force

    /// For every item, the items it reaches by one or more links.
    private static func reachable(_ successors: [[Int]]) -> [Set<Int>] {
        successors.indices.map { start in
            var seen: Set<Int> = []
            var stack = successors[start]
            while let number = stack.popLast() {
                guard seen.insert(number).inserted else { continue }
                stack += successors[number - 1]
            }
            return seen
        }
    }

    /// Items that reach each other, grouped: every group of two or more.
    private static func bruteForceKnots(_ successors: [[Int]]) -> [Set<Int>] {
        let reach = reachable(successors)
        var knots: [Set<Int>] = []
        for a in 1...successors.count where !knots.contains(where: { $0.contains(a) }) {
            let knot = Set(
                (1...successors.count).filter { b in b == a || (reach[a - 1].contains(b) && reach[b - 1].contains(a)) })
            if knot.count > 1 { knots.append(knot) }
        }
        return knots
    }

    /// The length of the shortest cycle through `start`, by breadth-first search.
    private static func shortestCycleLength(through start: Int, _ successors: [[Int]]) -> Int? {
        var distance = [start: 0]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let number = queue[head]
            head += 1
            for next in successors[number - 1] {
                if next == start { return distance[number].map { $0 + 1 } }
                guard distance[next] == nil else { continue }
                distance[next] = (distance[number] ?? 0) + 1
                queue.append(next)
            }
        }
        return nil
    }

    private static func isCycle(_ cycle: [Int], _ successors: [[Int]]) -> Bool {
        guard cycle.count > 1, Set(cycle).count == cycle.count else { return false }
        return cycle.indices.allSatisfy { successors[cycle[$0] - 1].contains(cycle[($0 + 1) % cycle.count]) }
    }

    // MARK: Reading diagnostics

    /// `backlog/stories/US-07.md` → 7.
    private static func number(ofFile path: String) -> Int? {
        guard path.hasPrefix("backlog/stories/US-"), path.hasSuffix(".md") else { return nil }
        return Int(path.dropFirst("backlog/stories/US-".count).dropLast(3))
    }

    /// The cycle a message shows, `US-1 → US-2 → US-1` read as `[1, 2]`.
    private static func path(in message: String) -> [Int]? {
        guard let colon = message.firstIndex(of: ":") else { return nil }
        let text = message[message.index(after: colon)...].prefix { $0 != ";" }
        let numbers = text.split(separator: "→").map { $0.trimmingCharacters(in: .whitespaces) }.map {
            Int($0.dropFirst("US-".count))
        }
        guard numbers.count > 2, numbers.first == numbers.last, numbers.allSatisfy({ $0 != nil }) else { return nil }
        return numbers.dropLast().compactMap { $0 }
    }
}
