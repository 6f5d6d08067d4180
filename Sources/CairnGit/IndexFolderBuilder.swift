/// Gathers the files of an index into folders: each file into its parent
/// folder, and each folder into its own parent the first time a path goes
/// through it. Fed in index order (sorted by path), every folder receives
/// its children in order: a file at its place, a folder where its first
/// path sorts, which is where its name followed by `/` sorts.
struct IndexFolderBuilder {
    /// Each folder's children as added; `""` (the root) is the first.
    private var children: [[StoredChild]] = [[]]
    /// Each folder's position in `children`, by path.
    private var positions: [String: Int] = ["": 0]
    /// The folder the last file went into, and its position.
    private var currentPath = ""
    private var current = 0

    /// Adds `file` (a path from the repository root) to its folder.
    mutating func add(_ file: StoredChild) {
        let nameOffset = file.path.lastPathComponentOffset
        let parent = file.path[..<file.path.utf8.index(file.path.utf8.startIndex, offsetBy: max(nameOffset - 1, 0))]
        if parent != currentPath[...] {
            currentPath = String(parent)
            current = position(ofFolder: currentPath)
        }
        children[current].append(file)
    }

    /// The folders gathered, by path (see ``StoredFolder/init(reading:isASCII:)``).
    func folders(isASCII: Bool) -> [String: StoredFolder] {
        var folders: [String: StoredFolder] = [:]
        folders.reserveCapacity(positions.count)
        for (path, position) in positions {
            folders[path] = StoredFolder(reading: children[position], isASCII: isASCII)
        }
        return folders
    }

    /// The position of the folder at `path`, adding it (and the folders
    /// leading to it) to its parent when it is new.
    private mutating func position(ofFolder path: String) -> Int {
        if let known = positions[path] { return known }
        let nameOffset = path.lastPathComponentOffset
        let parent = position(
            ofFolder: String(path[..<path.utf8.index(path.utf8.startIndex, offsetBy: max(nameOffset - 1, 0))]))
        children[parent].append(StoredChild(path: path, node: StoredNode(mode: nil, id: nil)))
        let position = children.count
        children.append([])
        positions[path] = position
        return position
    }
}
