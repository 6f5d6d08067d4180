/// Parses a file that holds conflict markers, so that the conflict is its one
/// clear diagnostic and the item stays known where it can.
///
/// Markers in the body leave the front matter intact: the file is parsed as
/// it is. Markers in the front matter make it unreadable as YAML, so the
/// fields are read from the lines outside every conflict — what both sides
/// agree on, usually including the `id` — and the item keeps those fields.
/// Problems that reading finds (a `status` missing because it is in the
/// conflict, say) are not reported: they would only restate the conflict.
enum MergeConflictRecovery {
    static func parse(path: String, text: String, scan: MergeConflictScan, schema: ItemSchema) -> ParsedFile {
        var file: ParsedFile
        if scan.conflicts.contains(where: \.inFrontMatter) {
            let outside = ItemFileParser.parse(path: path, text: scan.textOutsideConflicts, schema: schema)
            file = ParsedFile(path: path, source: SourceText(text), item: outside.item)
        } else {
            file = ItemFileParser.parse(path: path, text: text, schema: schema)
        }
        file.problems.insert(contentsOf: scan.conflicts.map(FileProblem.mergeConflict), at: 0)
        return file
    }
}
