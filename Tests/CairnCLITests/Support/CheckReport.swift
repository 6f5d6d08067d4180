import Foundation

/// The document `cairn check --format json` prints, decoded strictly: a key
/// that is missing or of the wrong type fails the test.
struct CheckReport: Decodable {
    struct Entry: Decodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var rule: String
        var message: String
        var hint: String?
        var notes: [Note]

        /// `file:line:column severity rule`, the form the tests compare.
        var place: String { "\(file):\(line):\(column) \(severity) \(rule)" }
    }

    struct Note: Decodable {
        var file: String
        var line: Int
        var column: Int
        var message: String
    }

    struct Summary: Decodable, Equatable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var files: Int
        var items: Int
    }

    var schemaVersion: Int
    var diagnostics: [Entry]
    var summary: Summary

    /// Decodes standard output of `cairn check --format json`.
    init(json: String) throws {
        self = try JSONDecoder().decode(CheckReport.self, from: Data(json.utf8))
    }

    /// Every diagnostic as `file:line:column severity rule`, in output order.
    var places: [String] { diagnostics.map(\.place) }

    /// The diagnostics of `rule` in `file`.
    func entries(_ rule: String, in file: String) -> [Entry] {
        diagnostics.filter { $0.rule == rule && $0.file == file }
    }
}
