/// Why a command could not do its work; both kinds exit with status 2.
enum CommandFailure: Error, Equatable {
    /// The arguments make no sense here (a path that does not exist, an
    /// unknown id); the message says what to do instead.
    case usage(String)
    /// Something could not be read (a missing backlog directory, a broken
    /// repository).
    case io(String)
}
