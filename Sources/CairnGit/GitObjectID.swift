internal import CGit2

/// A libgit2 object id held as a Swift value.
struct GitObjectID: Equatable {
    var raw: git_oid

    /// The id `pointer` points to, copied.
    init(_ pointer: UnsafePointer<git_oid>) {
        raw = pointer.pointee
    }

    /// The id in full hexadecimal.
    var hex: String {
        var id = raw
        var text = [CChar](repeating: 0, count: 40)
        git_oid_fmt(&text, &id)
        return String(decoding: text.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func == (lhs: GitObjectID, rhs: GitObjectID) -> Bool {
        var left = lhs.raw
        var right = rhs.raw
        return git_oid_equal(&left, &right) != 0
    }
}
