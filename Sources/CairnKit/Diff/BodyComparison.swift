import CairnMarkdown

/// What changed in an item's body, in words: sections added, removed and
/// changed, and task items (acceptance criteria) added, removed, checked and
/// unchecked.
///
/// A section is a heading and the text up to the next heading of any level;
/// the text before the first heading is a section without a name. Sections
/// are matched by heading text (ignoring case) and, for repeated headings,
/// by their order. Task items are matched by their text, so an edited item
/// is one removed and one added; their lines do not count as a section's
/// text, so checking a box changes a criterion, not the section.
enum BodyComparison {
    static func changes(from base: (item: Item, text: ItemText), to head: (item: Item, text: ItemText)) -> [BodyChange]
    {
        sectionChanges(from: sections(of: base.item, in: base.text), to: sections(of: head.item, in: head.text))
            + criterionChanges(from: base.item.body, to: head.item.body)
    }

    private struct Section {
        /// The heading's text; `nil` for the text before the first heading.
        var name: String?
        /// The heading's text in lower case with its occurrence, to match by.
        var key: String
        var content: String
    }

    private static func sectionChanges(from base: [Section], to head: [Section]) -> [BodyChange] {
        let baseByKey = Dictionary(base.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let headKeys = Set(head.map(\.key))
        var changes: [BodyChange] = []
        for section in head {
            guard let old = baseByKey[section.key] else {
                changes.append(BodyChange(kind: .sectionAdded, section: section.name))
                continue
            }
            if old.content != section.content {
                changes.append(BodyChange(kind: .sectionChanged, section: section.name))
            }
        }
        for section in base where !headKeys.contains(section.key) {
            changes.append(BodyChange(kind: .sectionRemoved, section: section.name))
        }
        return changes
    }

    private static func sections(of item: Item, in text: ItemText) -> [Section] {
        guard let split = text.split else { return [] }
        let headings = item.body.headings.sorted { $0.position.line < $1.position.line }
        let taskLines = Set(item.body.taskItems.map(\.position.line))
        var lines: [Substring] = []
        var number = split.bodyFirstLine
        while let line = text.source.line(number) {
            lines.append(line)
            number += 1
        }
        func content(from first: Int, upTo end: Int) -> String {
            let kept = (max(first, split.bodyFirstLine)..<max(end, first)).compactMap { line -> Substring? in
                guard !taskLines.contains(line), line - split.bodyFirstLine < lines.count else { return nil }
                return lines[line - split.bodyFirstLine].trimmingTrailingWhitespace()
            }
            return kept.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
        }
        let end = split.bodyFirstLine + lines.count
        var sections: [Section] = []
        let preamble = content(from: split.bodyFirstLine, upTo: headings.first?.position.line ?? end)
        if !preamble.isEmpty { sections.append(Section(name: nil, key: "", content: preamble)) }
        var occurrences: [String: Int] = [:]
        for (index, heading) in headings.enumerated() {
            let name = heading.text
            let lowered = name.lowercased()
            let occurrence = occurrences[lowered, default: 0]
            occurrences[lowered] = occurrence + 1
            let next = index + 1 < headings.count ? headings[index + 1].position.line : end
            sections.append(
                Section(
                    name: name, key: "#\(lowered)#\(occurrence)",
                    content: content(from: heading.position.line + 1, upTo: next)))
        }
        return sections
    }

    private static func criterionChanges(from base: MarkdownDocument, to head: MarkdownDocument) -> [BodyChange] {
        // Head task items by text, in order, each list consumed from the front.
        var candidates: [String: (indices: [Int], next: Int)] = [:]
        for (index, task) in head.taskItems.enumerated() {
            candidates[task.text, default: ([], 0)].indices.append(index)
        }
        var matched = Set<Int>()
        var changes: [BodyChange] = []
        for task in base.taskItems {
            guard let found = candidates[task.text], found.next < found.indices.count else {
                changes.append(
                    BodyChange(kind: .criterionRemoved, section: sectionName(of: task, in: base), text: task.text))
                continue
            }
            let match = found.indices[found.next]
            candidates[task.text]?.next += 1
            matched.insert(match)
            let now = head.taskItems[match]
            if now.isChecked != task.isChecked {
                changes.append(
                    BodyChange(
                        kind: now.isChecked ? .criterionChecked : .criterionUnchecked,
                        section: sectionName(of: now, in: head), text: now.text))
            }
        }
        for (index, task) in head.taskItems.enumerated() where !matched.contains(index) {
            changes.append(BodyChange(kind: .criterionAdded, section: sectionName(of: task, in: head), text: task.text))
        }
        return changes
    }

    private static func sectionName(of task: MarkdownTaskItem, in document: MarkdownDocument) -> String? {
        task.sectionIndex.flatMap { document.headings.indices.contains($0) ? document.headings[$0].text : nil }
    }
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var trimmed = self
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed
    }
}
