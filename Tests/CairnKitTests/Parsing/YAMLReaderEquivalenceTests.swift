import CairnKit
import CairnSynthetic
import Foundation
import Testing

/// `YAMLReader` composes libyaml's events itself; it must give exactly what
/// Yams gave (`YamsReferenceReader`): every value, style, location, message
/// and refusal, on real front matter, on every fuzz seed and on thousands
/// of mutations of them that are mostly broken YAML.
@Suite("YAMLReader equals the Yams reader")
struct YAMLReaderEquivalenceTests {
    /// YAML whose failures and refusals take distinct paths.
    static let edgeCases = [
        "", "# only a comment\n", "---\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "a: *nope\n",
        "a: &x [1, 2]\nb: *x\nc: &x 3\nd: *x\n", "a: &m {k: v}\nb: *m\n", "a: &s [*s]\n",
        "a: \"x\\0y\"\n", "a: 'it''s'\nb: |\n  block\n  text\nc: >-\n  folded\n", "\ttab: 1\n", "a:\n\t- b\n",
        "a: [1, 2\nb: 3\n", "a: \"open\nb: 2\n", "a: {b: 1\n", "? [complex, key]\n: value\n",
        "a: b: c\n", "- 1\n- 2\n", "plain scalar\n", "a: 1\r\nb: 2\r\n", "é: 日本\n🙂: {é: 1}\n", "a: @at\n",
        "a: `tick`\n", "%YAML 1.1\n---\na: 1\n", "!!map {a: 1}\n", "a: !!str 5\nb: !custom {c: d}\n",
        "a: 1\n---\n" + String(repeating: "[", count: 70) + "\n", "a: *x\n" + String(repeating: "[", count: 70) + "\n",
        String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n",
        String(repeating: "[", count: 65) + String(repeating: "]", count: 65) + "\n",
        (0..<70).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined(),
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "e: bad: [\n",
    ]

    /// Every fuzz seed of the YAML-reading targets, and the front matter of
    /// a synthetic backlog's files.
    static func seeds() throws -> [String] {
        let corpus = OwnBacklogTests.packageRoot.appendingPathComponent("Fuzz/Corpus")
        var seeds = edgeCases
        for target in ["front-matter", "configuration"] {
            let folder = corpus.appendingPathComponent(target)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
                seeds.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        let files = SyntheticBacklog(itemCount: 200, seed: 11, errorRate: 0.05).files()
        for file in files {
            if case .success(let split) = FrontMatterSplitter.split(file.content) { seeds.append(String(split.yaml)) }
        }
        return seeds
    }

    @Test("the seeds read the same")
    func seedsReadTheSame() throws {
        for seed in try Self.seeds() {
            expectSame(seed)
        }
    }

    @Test("mutated seeds read the same, broken or not")
    func mutationsReadTheSame() throws {
        var random = SplitMix64(seed: 2026)
        let seeds = try Self.seeds()
        var failures = 0
        for round in 0..<12_000 {
            let mutated = Self.mutate(seeds[round % seeds.count], using: &random)
            if case .failure = YAMLReader.read(Substring(mutated), firstLine: 3, in: SourceText(mutated)) {
                failures += 1
            }
            expectSame(mutated, firstLine: 3)
        }
        // The mutations reach the failure paths, not only the happy one.
        #expect(failures > 1_000)
    }

    private func expectSame(_ yaml: String, firstLine: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) {
        // The YAML sits inside a file, as front matter does.
        let prefix = String(repeating: "x\n", count: firstLine - 1)
        let source = SourceText(prefix + yaml)
        let new = Self.describe(YAMLReader.read(Substring(yaml), firstLine: firstLine, in: source))
        let old = Self.describe(YamsReferenceReader.read(Substring(yaml), firstLine: firstLine, in: source))
        #expect(new == old, "for \(yaml.debugDescription)", sourceLocation: sourceLocation)
    }

    /// One to three edits of YAML's structural characters, lines and bytes.
    private static func mutate(_ text: String, using random: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        let pieces: [String] = [
            "[", "]", "{", "}", ":", ": ", "-", "- ", ",", "&a ", "*a", "*b", "&b ", "!", "|", ">", "'", "\"", "#",
            "\t", "\n", "  ", "?", "%", "@", "`", "\\", "---\n", "...\n", "é", "\r\n", "\\0",
        ]
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let position = scalars.isEmpty ? 0 : Int.random(in: 0...scalars.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where position < scalars.count:
                let end = min(scalars.count, position + Int.random(in: 1...4, using: &random))
                scalars.removeSubrange(position..<end)
            case 1 where !scalars.isEmpty:
                let start = Int.random(in: 0..<scalars.count, using: &random)
                let end = min(scalars.count, start + Int.random(in: 1...40, using: &random))
                scalars.insert(contentsOf: scalars[start..<end], at: position)
            default:
                let piece = pieces[Int.random(in: 0..<pieces.count, using: &random)]
                scalars.insert(contentsOf: piece.unicodeScalars, at: position)
            }
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    private static func describe(_ result: Result<YAMLNode?, YAMLReadFailure>) -> String {
        switch result {
        case .failure(let failure): return "failure \(failure)"
        case .success(nil): return "empty"
        case .success(let node?): return describe(node)
        }
    }

    private static func describe(_ node: YAMLNode) -> String {
        let at = "@\(node.location.line):\(node.location.column)"
        switch node.value {
        case .scalar(let text, let isPlain): return "\(isPlain ? "plain" : "styled")\(text.debugDescription)\(at)"
        case .sequence(let elements): return "[\(elements.map(describe).joined(separator: ", "))]\(at)"
        case .mapping(let pairs):
            return "{\(pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", "))}\(at)"
        }
    }
}
