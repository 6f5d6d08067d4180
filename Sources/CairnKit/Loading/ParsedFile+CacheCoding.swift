import CairnMarkdown

// How a parsed file is written to and read from the parse cache. Every
// field is written, in declaration order; enums as a tag byte and their
// payload. The source text is not: it is read again, lazily, only for files
// that diagnostics point into (see `Backlog.sourceText(of:)`).

extension CacheBinaryWriter {
    /// `file` without its path, which the cache stores as the entry's key.
    mutating func parsedFile(_ file: ParsedFile) {
        array(file.problems) { $0.fileProblem($1) }
        array(file.fieldProblems) { $0.fieldProblem($1) }
        bool(file.item != nil)
        if let item = file.item { self.item(item) }
    }

    private mutating func item(_ item: Item) {
        itemWithoutBody(item)
        markdown(item.body)
    }

    /// Every part of `item` but its body.
    mutating func itemWithoutBody(_ item: Item) {
        itemID(item.id)
        string(item.kind)
        array(item.keys) { writer, key in
            writer.string(key.name)
            writer.position(key.position.key)
            writer.position(key.position.value)
        }
        array(item.fields.sorted { $0.key < $1.key }) { writer, field in
            writer.string(field.key)
            writer.fieldValue(field.value)
        }
        array(item.references) { writer, reference in
            writer.string(reference.type.name)
            writer.itemID(reference.target)
            writer.position(reference.location)
        }
    }

    private mutating func markdown(_ document: MarkdownDocument) {
        array(document.headings) { writer, heading in
            writer.int(heading.level)
            writer.string(heading.text)
            writer.markdownPosition(heading.position)
            writer.bool(heading.hasContent)
        }
        array(document.taskItems) { writer, task in
            writer.string(task.text)
            writer.bool(task.isChecked)
            writer.markdownPosition(task.position)
            writer.int(task.sectionIndex ?? -1)
        }
        array(document.links) { writer, link in
            writer.string(link.destination)
            writer.bool(link.isImage)
            writer.markdownPosition(link.position)
        }
        array(document.mentions) { writer, mention in
            writer.string(mention.target)
            writer.markdownPosition(mention.position)
        }
    }

    private mutating func fieldValue(_ value: FieldValue) {
        switch value {
        case .string(let text):
            raw([0])
            string(text)
        case .integer(let number):
            raw([1])
            int(number)
        case .number(let number):
            raw([2])
            double(number)
        case .date(let date):
            raw([3])
            string(date.description)
        case .id(let id):
            raw([4])
            itemID(id)
        case .ids(let ids):
            raw([5])
            array(ids) { $0.itemID($1) }
        case .strings(let texts):
            raw([6])
            array(texts) { $0.string($1) }
        case .record(let values):
            raw([7])
            array(values.sorted { $0.key < $1.key }) { writer, entry in
                writer.string(entry.key)
                writer.double(entry.value)
            }
        }
    }

    private mutating func fileProblem(_ problem: FileProblem) {
        switch problem {
        case .unreadable(let reason):
            raw([0])
            string(reason)
        case .tooLarge(let size, let limit):
            raw([1])
            int(size)
            int(limit)
        case .undecodable(.binary(let location)):
            raw([2])
            position(location)
        case .undecodable(.invalidUTF8(let location)):
            raw([3])
            position(location)
        case .missingFrontMatter(.emptyFile):
            raw([4])
        case .missingFrontMatter(.noOpeningFence):
            raw([5])
        case .frontMatterSyntax(let message, let location):
            raw([6])
            string(message)
            position(location)
        case .symlinkOutsideRepository(let target):
            raw([7])
            string(target)
        case .mergeConflict(let conflict):
            raw([8])
            int(conflict.startLine)
            bool(conflict.endLine != nil)
            int(conflict.endLine ?? 0)
            bool(conflict.inFrontMatter)
            mergeConflictSide(conflict.ours)
            mergeConflictSide(conflict.theirs)
        }
    }

    private mutating func mergeConflictSide(_ side: MergeConflictSide) {
        string(side.label)
        array(side.fields) { writer, field in
            writer.string(field.name)
            writer.string(field.value)
        }
    }

    private mutating func fieldProblem(_ problem: FieldProblem) {
        switch problem {
        case .missing(let field, let kind):
            raw([0])
            string(field)
            string(kind)
        case .invalid(let field, let reason, let location, let suggestion):
            raw([1])
            string(field)
            string(reason)
            position(location)
            optionalString(suggestion)
        case .unknown(let field, let location, let suggestion, let usedBy):
            raw([2])
            string(field)
            position(location)
            optionalString(suggestion)
            array(usedBy) { $0.string($1) }
        case .duplicateKey(let field, let location, let first):
            raw([3])
            string(field)
            position(location)
            position(first)
        }
    }

    private mutating func itemID(_ id: ItemID) {
        string(id.prefix)
        int(id.number)
    }

    /// Writes a position in a source file.
    mutating func position(_ position: SourcePosition) {
        int(position.line)
        int(position.column)
    }

    private mutating func markdownPosition(_ position: MarkdownPosition) {
        int(position.line)
        int(position.column)
    }
}

extension CacheBinaryReader {
    /// A file written by `CacheBinaryWriter.parsedFile(_:)`, at `path`.
    mutating func parsedFile(at path: String) throws -> ParsedFile {
        let problems = try array { try $0.fileProblem() }
        let fieldProblems = try array { try $0.fieldProblem() }
        let item = try bool() ? try self.item(at: path) : nil
        return ParsedFile(path: path, item: item, problems: problems, fieldProblems: fieldProblems)
    }

    private mutating func item(at path: String) throws -> Item {
        let id = try itemID()
        let kind = try string()
        let keys = try array { reader in
            (
                name: try reader.string(),
                position: FieldPosition(key: try reader.position(), value: try reader.position())
            )
        }
        let fields = try dictionary { try $0.fieldValue() }
        let references = try array { reader in
            Reference(type: LinkType(try reader.string()), target: try reader.itemID(), location: try reader.position())
        }
        return Item(
            id: id, kind: kind, path: path, keys: keys, fields: fields, references: references, body: try markdown())
    }

    private mutating func markdown() throws -> MarkdownDocument {
        var document = MarkdownDocument()
        document.headings = try array { reader in
            MarkdownHeading(
                level: try reader.int(), text: try reader.string(), position: try reader.markdownPosition(),
                hasContent: try reader.bool())
        }
        document.taskItems = try array { reader in
            let text = try reader.string()
            let isChecked = try reader.bool()
            let position = try reader.markdownPosition()
            let section = try reader.int()
            return MarkdownTaskItem(
                text: text, isChecked: isChecked, position: position, sectionIndex: section < 0 ? nil : section)
        }
        document.links = try array { reader in
            MarkdownLink(
                destination: try reader.string(), isImage: try reader.bool(), position: try reader.markdownPosition())
        }
        document.mentions = try array { reader in
            MarkdownMention(target: try reader.string(), position: try reader.markdownPosition())
        }
        return document
    }

    private mutating func fieldValue() throws -> FieldValue {
        switch try byte() {
        case 0: return .string(try string())
        case 1: return .integer(try int())
        case 2: return .number(try double())
        case 3:
            guard let date = CalendarDate(try string()) else { throw CacheFormatError.malformed }
            return .date(date)
        case 4: return .id(try itemID())
        case 5: return .ids(try array { try $0.itemID() })
        case 6: return .strings(try array { try $0.string() })
        case 7:
            return .record(try dictionary { try $0.double() })
        default: throw CacheFormatError.malformed
        }
    }

    private mutating func fileProblem() throws -> FileProblem {
        switch try byte() {
        case 0: return .unreadable(reason: try string())
        case 1: return .tooLarge(size: try int(), limit: try int())
        case 2: return .undecodable(.binary(try position()))
        case 3: return .undecodable(.invalidUTF8(try position()))
        case 4: return .missingFrontMatter(.emptyFile)
        case 5: return .missingFrontMatter(.noOpeningFence)
        case 6: return .frontMatterSyntax(message: try string(), location: try position())
        case 7: return .symlinkOutsideRepository(target: try string())
        case 8:
            let startLine = try int()
            let hasEnd = try bool()
            let endLine = try int()
            return .mergeConflict(
                MergeConflict(
                    startLine: startLine, endLine: hasEnd ? endLine : nil, inFrontMatter: try bool(),
                    ours: try mergeConflictSide(), theirs: try mergeConflictSide()))
        default: throw CacheFormatError.malformed
        }
    }

    /// A count, then each key and value, into a dictionary of that
    /// capacity; a key twice, which no writer produces, is damage.
    private mutating func dictionary<Value>(_ value: (inout CacheBinaryReader) throws -> Value) throws
        -> [String: Value]
    {
        let count = try count()
        var entries: [String: Value] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let key = try string()
            guard entries.updateValue(try value(&self), forKey: key) == nil else { throw CacheFormatError.malformed }
        }
        return entries
    }

    private mutating func mergeConflictSide() throws -> MergeConflictSide {
        MergeConflictSide(
            label: try string(),
            fields: try array { MergeConflictField(name: try $0.string(), value: try $0.string()) })
    }

    private mutating func fieldProblem() throws -> FieldProblem {
        switch try byte() {
        case 0: return .missing(field: try string(), kind: try string())
        case 1:
            return .invalid(
                field: try string(), reason: try string(), location: try position(), suggestion: try optionalString())
        case 2:
            return .unknown(
                field: try string(), location: try position(), suggestion: try optionalString(),
                usedBy: try array { try $0.string() })
        case 3: return .duplicateKey(field: try string(), location: try position(), first: try position())
        default: throw CacheFormatError.malformed
        }
    }

    private mutating func itemID() throws -> ItemID {
        ItemID(prefix: try string(), number: try int())
    }

    /// Reads a position written by ``CacheBinaryWriter/position(_:)``.
    mutating func position() throws -> SourcePosition {
        SourcePosition(line: try int(), column: try int())
    }

    private mutating func markdownPosition() throws -> MarkdownPosition {
        MarkdownPosition(line: try int(), column: try int())
    }
}
