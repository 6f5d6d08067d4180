/// The diagnostics one side has and the other has not.
///
/// A diagnostic is its rule, severity, file and message; lines do not
/// count, so text moving within a file neither introduces nor resolves
/// anything. Files the head side moved are compared under their new path.
/// Counted as multisets: a third dangling reference to the same id in one
/// file is one introduced.
struct DiagnosticDelta {
    var introduced: [Diagnostic]
    var resolved: [Diagnostic]

    init(base: [Diagnostic], head: [Diagnostic], movedPaths: [String: String]) {
        func key(_ diagnostic: Diagnostic, file: String) -> String {
            "\(diagnostic.rule)\u{0}\(diagnostic.severity.rawValue)\u{0}\(file)\u{0}\(diagnostic.message)"
        }
        var baseCounts: [String: Int] = [:]
        for diagnostic in base {
            baseCounts[key(diagnostic, file: movedPaths[diagnostic.file] ?? diagnostic.file), default: 0] += 1
        }
        var headCounts: [String: Int] = [:]
        for diagnostic in head { headCounts[key(diagnostic, file: diagnostic.file), default: 0] += 1 }

        var remainingBase = baseCounts
        introduced = head.sorted(by: Diagnostic.presentationOrder).filter { diagnostic in
            let key = key(diagnostic, file: diagnostic.file)
            guard let left = remainingBase[key], left > 0 else { return true }
            remainingBase[key] = left - 1
            return false
        }
        var remainingHead = headCounts
        resolved = base.sorted(by: Diagnostic.presentationOrder).filter { diagnostic in
            let key = key(diagnostic, file: movedPaths[diagnostic.file] ?? diagnostic.file)
            guard let left = remainingHead[key], left > 0 else { return true }
            remainingHead[key] = left - 1
            return false
        }
    }
}
