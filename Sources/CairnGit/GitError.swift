internal import CGit2

/// A libgit2 call that failed, with libgit2's own message.
public struct GitError: Error, CustomStringConvertible, Sendable {
    /// The libgit2 return code (`GIT_ENOTFOUND` is -3, and so on).
    public var code: Int32
    /// What libgit2 said, or the failing call's name when it said nothing.
    public var message: String

    public var description: String { message }

    /// Turns a libgit2 return code into a thrown ``GitError`` when negative.
    @discardableResult
    static func check(_ code: Int32, _ call: String) throws -> Int32 {
        guard code < 0 else { return code }
        throw GitError(code: code, message: lastMessage() ?? "\(call) failed (\(code))")
    }

    static func lastMessage() -> String? {
        guard let error = git_error_last(), let message = error.pointee.message else { return nil }
        return String(cString: message)
    }
}
