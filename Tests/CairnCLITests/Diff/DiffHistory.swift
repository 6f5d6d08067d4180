import Foundation
import Testing

/// A real repository for `cairn diff`: branches, commits and merges made with
/// the git command line, and the built `cairn` run against them, both with a
/// home folder of their own.
final class DiffHistory {
    let directory: TemporaryDirectory
    let home: TemporaryDirectory

    /// A repository on branch `main` holding `files`, committed.
    init(_ files: [String: String]) throws {
        directory = try TemporaryDirectory()
        home = try TemporaryDirectory()
        try git("init", "--quiet", "--initial-branch=main")
        try commit(files, "base backlog")
    }

    var url: URL { directory.url }

    /// Runs git; throws when it fails; returns standard output.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try GitCommand.run(arguments, in: url, home: home.url).stdout
    }

    /// The full id of the commit `revision` names.
    func commitID(_ revision: String) throws -> String {
        try git("rev-parse", revision).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes `files` (an empty text deletes the file), stages everything and commits.
    func commit(_ files: [String: String], _ message: String) throws {
        for (path, content) in files {
            if content.isEmpty {
                try FileManager.default.removeItem(at: url.appendingPathComponent(path))
            } else {
                try directory.write(path, content)
            }
        }
        try git("add", "-A")
        try git("commit", "--quiet", "--allow-empty", "-m", message)
    }

    /// Runs the built `cairn` here.
    func cairn(_ arguments: String...) throws -> Subprocess.Result {
        let executable = try #require(BuiltProducts.executable("cairn"), "cairn is built next to the tests")
        return try Subprocess.run(
            executable, arguments, in: url, environment: GitCommand.environment(home: home.url, ["NO_COLOR": "1"]))
    }

    /// `cairn diff arguments… --format json`, parsed; records a failure when
    /// the exit status is not `status`.
    func diffJSON(_ arguments: [String], status: Int32 = 0) throws -> NSDictionary {
        let executable = try #require(BuiltProducts.executable("cairn"), "cairn is built next to the tests")
        let result = try Subprocess.run(
            executable, ["diff"] + arguments + ["--format", "json"], in: url,
            environment: GitCommand.environment(home: home.url))
        #expect(result.status == status, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? NSDictionary)
    }
}

/// Compares a JSON document with the expected one written as JSON text:
/// equal values, key order and layout aside.
func expectJSON(_ actual: NSDictionary, equals expected: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
{
    let object = try JSONSerialization.jsonObject(with: Data(expected.utf8))
    let wanted = try #require(object as? NSDictionary)
    let pretty = { (value: NSDictionary) -> String in
        (try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
    }
    #expect(actual == wanted, "got:\n\(pretty(actual))", sourceLocation: sourceLocation)
}
