internal import CGit2

/// Who made a commit and, when fixed in advance, when: the `Name <email> time`
/// that git records for an author or a committer.
public struct GitSignature: Sendable, Equatable {
    /// The person's name, as `user.name` or `GIT_AUTHOR_NAME` gave it.
    public var name: String
    /// The email address, without angle brackets.
    public var email: String
    /// The time to record, as `GIT_AUTHOR_DATE` or `GIT_COMMITTER_DATE` fixed
    /// it; `nil` records the moment the commit is made.
    public var timestamp: GitTimestamp?

    /// A signature from its parts.
    public init(name: String, email: String, timestamp: GitTimestamp? = nil) {
        self.name = name
        self.email = email
        self.timestamp = timestamp
    }
}

/// The roles a signature plays in a commit.
public enum GitIdentityRole: String, Sendable, Equatable {
    /// The person who wrote the change.
    case author
    /// The person who recorded it in the repository.
    case committer

    /// `Author` or `Committer`, as git's messages start.
    var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The prefix of the role's environment variables: `GIT_AUTHOR` or `GIT_COMMITTER`.
    var environmentPrefix: String { "GIT_\(rawValue.uppercased())" }
}

/// A libgit2 signature made from a ``GitSignature``; frees it when released.
final class LibgitSignature {
    let pointer: UnsafeMutablePointer<git_signature>

    /// Makes the signature, at `defaultTime` when `signature` fixes no time.
    /// libgit2 refuses names and addresses with angle brackets or nothing but
    /// whitespace; that is reported as ``GitCommitError/invalidIdentity(role:detail:)``.
    init(_ signature: GitSignature, role: GitIdentityRole, defaultTime: GitTimestamp) throws {
        let time = signature.timestamp ?? defaultTime
        var made: UnsafeMutablePointer<git_signature>?
        let code = git_signature_new(
            &made, signature.name, signature.email, git_time_t(time.secondsSince1970), Int32(time.offsetMinutes))
        guard code >= 0, let made else {
            throw GitCommitError.invalidIdentity(
                role: role, detail: GitError.lastMessage() ?? "git_signature_new failed (\(code))")
        }
        pointer = made
    }

    deinit {
        git_signature_free(pointer)
    }
}
