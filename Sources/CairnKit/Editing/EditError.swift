/// Why a planned change could not be made.
public enum EditError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A file could not be written or removed; nothing of it was changed.
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
