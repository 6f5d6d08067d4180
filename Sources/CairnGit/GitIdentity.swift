import Foundation

/// The author and committer git would record for a commit made now.
public struct GitIdentity: Sendable, Equatable {
    /// Who wrote the change.
    public var author: GitSignature
    /// Who recorded it.
    public var committer: GitSignature

    /// An identity from its two signatures.
    public init(author: GitSignature, committer: GitSignature) {
        self.author = author
        self.committer = committer
    }

    /// The configuration keys the identity is read from.
    static let configurationKeys = [
        "user.name", "user.email", "author.name", "author.email", "committer.name", "committer.email",
    ]

    /// Resolves the signature for `role` as git does, from the values of
    /// ``configurationKeys`` and the environment. For the author, in falling
    /// precedence (the committer's read `COMMITTER` and `committer.` instead):
    /// - name: `GIT_AUTHOR_NAME`, `author.name`, `user.name`;
    /// - email: `GIT_AUTHOR_EMAIL`, `author.email`, `user.email`, `EMAIL`;
    /// - time: `GIT_AUTHOR_DATE` (see ``GitTimestamp/init(gitDate:localTimeZone:)``), else the moment of the commit.
    ///
    /// An empty value counts as unset. Unlike git, no name or address is
    /// guessed from the user account or the host name: with none set, this
    /// throws ``GitCommitError/identityUnknown(role:missingName:missingEmail:)``.
    static func signature(
        for role: GitIdentityRole, configuration: [String: String], environment: [String: String]
    ) throws -> GitSignature {
        func first(_ values: String?...) -> String? {
            values.lazy.compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let prefix = role.environmentPrefix
        let name = first(
            environment["\(prefix)_NAME"], configuration["\(role.rawValue).name"], configuration["user.name"])
        let email = first(
            environment["\(prefix)_EMAIL"], configuration["\(role.rawValue).email"], configuration["user.email"],
            environment["EMAIL"])
        guard let name, let email else {
            throw GitCommitError.identityUnknown(role: role, missingName: name == nil, missingEmail: email == nil)
        }
        var timestamp: GitTimestamp?
        if let date = environment["\(prefix)_DATE"], !date.isEmpty {
            let zone = GitTimestamp.localTimeZone(environment: environment)
            guard let parsed = GitTimestamp(gitDate: date, localTimeZone: zone) else {
                throw GitCommitError.invalidDate(variable: "\(prefix)_DATE", value: date)
            }
            timestamp = parsed
        }
        return GitSignature(name: name, email: email, timestamp: timestamp)
    }
}

extension GitRepository {
    /// The author and committer git would record for a commit in this
    /// repository, from its configuration files (system, global, repository;
    /// see ``GitIdentity``) and git's environment variables.
    ///
    /// - Parameter environment: the variables git would see: `HOME`,
    ///   `XDG_CONFIG_HOME`, `GIT_CONFIG_GLOBAL`, `GIT_CONFIG_SYSTEM`,
    ///   `GIT_CONFIG_NOSYSTEM`, `GIT_AUTHOR_*`, `GIT_COMMITTER_*`, `EMAIL`, `TZ`.
    /// - Throws: ``GitCommitError/identityUnknown(role:missingName:missingEmail:)``
    ///   when no name or email is set, with git's advice on setting one;
    ///   ``GitCommitError/invalidDate(variable:value:)`` for a date git's
    ///   common formats do not cover; ``GitError`` for an unreadable config file.
    public func commitIdentity(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> GitIdentity {
        let configuration = try configurationValues(GitIdentity.configurationKeys, environment: environment)
        return GitIdentity(
            author: try GitIdentity.signature(for: .author, configuration: configuration, environment: environment),
            committer: try GitIdentity.signature(
                for: .committer, configuration: configuration, environment: environment))
    }
}
