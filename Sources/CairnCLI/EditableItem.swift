import CairnKit

/// An item a writing command edits: where it is, and its text as it is on
/// disk now (byte order mark and line endings included, so that an edit
/// changes nothing else).
struct EditableItem {
    let item: Item
    let text: String

    /// The item with id `id`; a usage failure naming the nearest id when
    /// there is none.
    init(id: String, in backlog: Backlog) throws {
        let node = try ItemLookup.node(for: id, in: backlog)
        try self.init(backlog.graph.items[node], in: backlog)
    }

    /// `item`, with its text as it is now.
    init(_ item: Item, in backlog: Backlog) throws {
        self.item = item
        text = try Self.text(of: item.path, in: backlog)
    }

    /// The text of the file at `path` in the backlog's source.
    static func text(of path: String, in backlog: Backlog) throws -> String {
        let bytes: [UInt8]?
        do {
            bytes = try backlog.source.contents(of: path)
        } catch {
            throw CommandFailure.io("\(error)")
        }
        guard let bytes else { throw CommandFailure.io("\(path) disappeared while Cairn was reading it") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandFailure.io("\(path) is not UTF-8 text, so Cairn will not edit it")
        }
        return text
    }

    /// Runs one edit of the text of the file at `path`, turning the editor's
    /// refusal into a failure that names the file.
    static func edit(_ path: String, _ body: () throws(ItemTextEditError) -> String) throws -> String {
        do {
            return try body()
        } catch {
            throw CommandFailure.usage("cannot edit \(path): \(error)")
        }
    }
}
