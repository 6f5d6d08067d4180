import Foundation

/// What ``MergeConflictScanner`` found in a file with conflict markers.
struct MergeConflictScan: Sendable {
    /// Every region, in file order.
    var conflicts: [MergeConflict]
    /// The file with every line of every region (markers and both sides)
    /// blanked, so that line numbers stay: what both sides agree on.
    var textOutsideConflicts: String
}

/// Finds the conflict markers git leaves in a file when a merge, rebase or
/// cherry-pick cannot combine both sides' changes.
///
/// A marker is seven `<`, `|`, `=` or `>` at the start of a line (git's
/// default `conflict-marker-size`), alone or followed by a space and a label.
/// A region starts at `<<<<<<<`; a `=======` or `>>>>>>>` outside one is
/// ordinary Markdown (a heading underline, a deep quote) and is left alone.
enum MergeConflictScanner {
    /// The conflicts in `text`, or `nil` when it has none; a file without a
    /// `<<<<<<<` line costs one scan of its bytes.
    static func scan(_ text: String) -> MergeConflictScan? {
        guard hasOpeningMarker(text) else { return nil }
        // "\r\n" is one Character, so both line endings are separators.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        var roles = Array(repeating: LineRole.outside, count: lines.count)
        var regions: [Region] = []
        for (index, line) in lines.enumerated() {
            guard var region = regions.last, region.endIndex == nil else {
                if let label = label(of: line, marker: "<") {
                    regions.append(Region(startIndex: index, oursLabel: label))
                    roles[index] = .marker
                }
                continue
            }
            switch region.phase {
            case .ours where label(of: line, marker: "|") != nil:
                region.phase = .base
                roles[index] = .marker
            case .ours, .base:
                if isSeparator(line) {
                    region.phase = .theirs
                    roles[index] = .marker
                } else {
                    roles[index] = region.phase == .ours ? .ours : .base
                }
            case .theirs:
                if let label = label(of: line, marker: ">") {
                    region.endIndex = index
                    region.theirsLabel = label
                    roles[index] = .marker
                } else {
                    roles[index] = .theirs
                }
            }
            regions[regions.count - 1] = region
        }
        guard !regions.isEmpty else { return nil }
        let frontMatterEnd = frontMatterEnd(lines, roles: roles)
        let conflicts = regions.map { region in
            let inFrontMatter = frontMatterEnd.map { region.startIndex < $0 } ?? false
            func side(_ role: LineRole, label: String) -> MergeConflictSide {
                let range = region.startIndex...(region.endIndex ?? lines.count - 1)
                let sideLines = range.filter { roles[$0] == role }.map { lines[$0] }
                return MergeConflictSide(label: label, fields: inFrontMatter ? fields(in: sideLines) : [])
            }
            return MergeConflict(
                startLine: region.startIndex + 1, endLine: region.endIndex.map { $0 + 1 },
                inFrontMatter: inFrontMatter, ours: side(.ours, label: region.oursLabel),
                theirs: side(.theirs, label: region.theirsLabel))
        }
        let outside = zip(lines, roles).map { line, role in role == .outside ? line : "" }
        return MergeConflictScan(conflicts: conflicts, textOutsideConflicts: outside.joined(separator: "\n"))
    }

    private enum LineRole { case outside, marker, ours, base, theirs }

    private enum Phase { case ours, base, theirs }

    private struct Region {
        var startIndex: Int
        var oursLabel: String
        var theirsLabel = ""
        var endIndex: Int?
        var phase = Phase.ours
    }

    /// Whether some line starts with `<<<<<<<`. Jumps from `<` to `<`, so
    /// text with few of them is crossed at memory speed.
    private static func hasOpeningMarker(_ text: String) -> Bool {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset < bytes.count,
                let found = memchr(base + offset, Int32(UInt8(ascii: "<")), bytes.count - offset)
            {
                let position = UnsafeRawPointer(base).distance(to: found)
                let atLineStart = position == 0 || bytes[position - 1] == UInt8(ascii: "\n")
                if atLineStart, position + 7 <= bytes.count,
                    bytes[position..<position + 7].allSatisfy({ $0 == UInt8(ascii: "<") })
                {
                    return true
                }
                offset = position + 1
            }
            return false
        }
    }

    /// The label after a seven-character `marker` line, or `nil` when the
    /// line is not one.
    private static func label(of line: Substring, marker: Character) -> String? {
        let run = line.prefix { $0 == marker }
        guard run.count == 7 else { return nil }
        let rest = line.dropFirst(7)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return String(rest.trimmingBlanks)
    }

    private static func isSeparator(_ line: Substring) -> Bool {
        line.prefix(7) == "=======" && line.dropFirst(7).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The index of the line that closes the front matter, reading the file
    /// as the first side of every conflict has it; `lines.count` when the
    /// front matter is never closed, `nil` when there is none.
    private static func frontMatterEnd(_ lines: [Substring], roles: [LineRole]) -> Int? {
        var opened = false
        for (index, line) in lines.enumerated() where roles[index] == .outside || roles[index] == .ours {
            let fence = line.trimmingBlanks
            if !opened {
                guard fence == "---" else { return nil }
                opened = true
            } else if fence == "---" || fence == "..." {
                return index
            }
        }
        return opened ? lines.count : nil
    }

    /// The top-level `key: value` lines among `lines`, with indented or
    /// list continuation lines joined to the value before them.
    private static func fields(in lines: [Substring]) -> [MergeConflictField] {
        var fields: [MergeConflictField] = []
        for raw in lines {
            let line = raw.trimmingBlanks
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let continues = raw.first == " " || raw.first == "\t" || line.hasPrefix("- ") || line == "-"
            if continues, !fields.isEmpty {
                let last = fields.count - 1
                fields[last].value = fields[last].value.isEmpty ? String(line) : fields[last].value + " " + line
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingBlanks
                fields.append(
                    MergeConflictField(
                        name: String(name), value: String(line[line.index(after: colon)...].trimmingBlanks)))
            }
        }
        return fields
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and carriage returns.
    fileprivate var trimmingBlanks: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !blank($0) }), let end = lastIndex(where: { !blank($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}
