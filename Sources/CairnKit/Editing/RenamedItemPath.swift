/// Where an item's file goes when its id changes.
public enum RenamedItemPath {
    /// `backlog/stories/US-12-pay.md` → `backlog/stories/US-42-pay.md`: the
    /// id that starts the file name is replaced; a name that does not start
    /// with `old` keeps its name.
    public static func path(_ path: String, renamingFrom old: ItemID, to new: ItemID) -> String {
        let name = FileNameID.fileName(of: path)
        guard let leading = FileNameID.leadingID(of: name), leading.id == old else { return path }
        return String(path[..<leading.text.startIndex]) + new.description + name[leading.text.endIndex...]
    }
}
