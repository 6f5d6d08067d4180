/// The links between a baseline's files as the backlog's graph resolved
/// them: for each file, by its index in the listing, the files its item's
/// links lead to and their types. A check after an edit follows them (see
/// ``LinkedItemsRecheck``), with the links of the items whose links the
/// edit changed replaced (see ``RelinkedItems``).
struct BaselineLinks: Sendable, Equatable {
    /// The names of the link types, by index.
    private(set) var typeNames: [String]
    /// `targets[outgoingStart[file]..<outgoingStart[file + 1]]` are the
    /// files the links of `file` lead to, and `types` the links' types.
    private(set) var outgoingStart: [Int]
    private(set) var targets: [Int]
    private(set) var types: [Int]

    init(typeNames: [String], outgoingStart: [Int], targets: [Int], types: [Int]) {
        self.typeNames = typeNames
        self.outgoingStart = outgoingStart
        self.targets = targets
        self.types = types
    }

    /// The links of `backlog`'s graph, between its files.
    init(of backlog: Backlog) {
        let graph = backlog.graph
        let fileIndices = graph.items.map { backlog.fileIndex(at: $0.path) }
        var typeIndex: [LinkType: Int] = [:]
        var linksByFile = [[(type: Int, target: Int)]](repeating: [], count: backlog.files.count)
        for node in graph.items.indices {
            guard let from = fileIndices[node] else { continue }
            for edge in graph.outgoingEdges(from: node) {
                guard let to = fileIndices[edge.to] else { continue }
                let type = typeIndex[edge.type] ?? typeIndex.count
                typeIndex[edge.type] = type
                linksByFile[from].append((type, to))
            }
        }
        var names = [String](repeating: "", count: typeIndex.count)
        for (type, index) in typeIndex { names[index] = type.name }
        typeNames = names
        outgoingStart = [0]
        outgoingStart.reserveCapacity(linksByFile.count + 1)
        targets = []
        types = []
        for links in linksByFile {
            targets.append(contentsOf: links.map(\.target))
            types.append(contentsOf: links.map(\.type))
            outgoingStart.append(targets.count)
        }
    }

    /// How many files the links are between.
    var fileCount: Int { outgoingStart.count - 1 }

    /// These links, with those of each file of `replaced` taken from
    /// `other`: the links between `files` alone, whose file `i` is file
    /// `files[i]` here. A file of `replaced` not among `files` keeps none.
    func replacingLinks(of replaced: Set<Int>, with other: BaselineLinks, amongFiles files: [Int]) -> BaselineLinks {
        var names = typeNames
        let typeMap = other.typeNames.map { name in
            if let type = names.firstIndex(of: name) { return type }
            names.append(name)
            return names.count - 1
        }
        var positions = [Int?](repeating: nil, count: fileCount)
        for (position, file) in files.enumerated() { positions[file] = position }
        var start = [0]
        start.reserveCapacity(outgoingStart.count)
        var newTargets: [Int] = []
        newTargets.reserveCapacity(targets.count)
        var newTypes: [Int] = []
        newTypes.reserveCapacity(types.count)
        for file in 0..<fileCount {
            if replaced.contains(file) {
                if let position = positions[file] {
                    let links = other.outgoingStart[position]..<other.outgoingStart[position + 1]
                    newTargets.append(contentsOf: links.map { files[other.targets[$0]] })
                    newTypes.append(contentsOf: links.map { typeMap[other.types[$0]] })
                }
            } else {
                let links = outgoingStart[file]..<outgoingStart[file + 1]
                newTargets.append(contentsOf: targets[links])
                newTypes.append(contentsOf: types[links])
            }
            start.append(newTargets.count)
        }
        return BaselineLinks(typeNames: names, outgoingStart: start, targets: newTargets, types: newTypes)
    }

    /// Whether links of one type lead from `file` back to it, through
    /// itself or others.
    func isOnCycle(_ file: Int) -> Bool {
        // Which type each file was last reached by, so that one array serves every type.
        var reachedBy = [Int](repeating: -1, count: fileCount)
        for type in typeNames.indices {
            var pending = [file]
            while let next = pending.popLast() {
                for link in outgoingStart[next]..<outgoingStart[next + 1] where types[link] == type {
                    let target = targets[link]
                    if target == file { return true }
                    if reachedBy[target] != type {
                        reachedBy[target] = type
                        pending.append(target)
                    }
                }
            }
        }
        return false
    }

    /// The files one `step` leads to from any of `files`.
    func step(_ step: LinkPath.Step, from files: Set<Int>) -> Set<Int> {
        guard let type = typeNames.firstIndex(of: step.type.name) else { return [] }
        var reached: Set<Int> = []
        switch step.direction {
        case .outgoing:
            for file in files {
                for link in outgoingStart[file]..<outgoingStart[file + 1] where types[link] == type {
                    reached.insert(targets[link])
                }
            }
        case .incoming:
            // A pass over every link: a flag per file answers faster than the set.
            var isTarget = [Bool](repeating: false, count: fileCount)
            for file in files { isTarget[file] = true }
            for file in 0..<fileCount {
                for link in outgoingStart[file]..<outgoingStart[file + 1]
                where types[link] == type && isTarget[targets[link]] {
                    reached.insert(file)
                }
            }
        }
        return reached
    }

    /// The files `path` passes through or ends at from any of `files`.
    func along(_ path: LinkPath, from files: Set<Int>) -> Set<Int> {
        var reached = files
        var passed: Set<Int> = []
        for next in path.steps {
            reached = step(next, from: reached)
            passed.formUnion(reached)
        }
        return passed
    }

    /// The files from which `path` passes through or ends at any of `files`.
    func reaching(_ files: Set<Int>, along path: LinkPath) -> Set<Int> {
        var reaching: Set<Int> = []
        for length in path.steps.indices {
            reaching.formUnion(
                path.steps[...length].reversed().reduce(files) { reached, next in step(next.reversed, from: reached) })
        }
        return reaching
    }
}

extension CacheBinaryWriter {
    /// Writes the type names, then per file its links' count and each
    /// link's type index and target file.
    mutating func baselineLinks(_ links: BaselineLinks) {
        array(links.typeNames) { $0.string($1) }
        unsigned(UInt64(links.fileCount))
        for file in 0..<links.fileCount {
            let range = links.outgoingStart[file]..<links.outgoingStart[file + 1]
            unsigned(UInt64(range.count))
            for link in range {
                unsigned(UInt64(links.types[link]))
                unsigned(UInt64(links.targets[link]))
            }
        }
    }
}

extension CacheBinaryReader {
    /// Reads what ``CacheBinaryWriter/baselineLinks(_:)`` wrote; throws on
    /// a type or file index out of range.
    mutating func baselineLinks() throws -> BaselineLinks {
        let typeNames = try array { try $0.string() }
        let fileCount = try count()
        var outgoingStart = [0]
        outgoingStart.reserveCapacity(fileCount + 1)
        var targets: [Int] = []
        var types: [Int] = []
        for _ in 0..<fileCount {
            for _ in 0..<(try count()) {
                let type = Int(clamping: try unsigned())
                let target = Int(clamping: try unsigned())
                guard type < typeNames.count, target < fileCount else { throw CacheFormatError.malformed }
                types.append(type)
                targets.append(target)
            }
            outgoingStart.append(targets.count)
        }
        return BaselineLinks(typeNames: typeNames, outgoingStart: outgoingStart, targets: targets, types: types)
    }
}
