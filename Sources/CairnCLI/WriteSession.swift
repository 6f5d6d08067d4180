import CairnGit
import CairnKit

/// Carries one planned change to disk as every writing command must: check
/// it first and refuse it when it adds errors (unless `--force`), make sure
/// a requested commit can be made, write each file atomically, commit
/// exactly those files, and report what was done.
struct WriteSession {
    let workspace: Workspace
    let options: WriteOptions
    let context: CommandContext

    /// Validates `changes` against `before` (the backlog as loaded from the
    /// working tree), writes them, and returns the exit status: 0 when
    /// written, 1 when refused. `summary` says what the change does, in one
    /// line; `moves` maps old to new paths of renamed files.
    func apply(_ planned: ChangeSet, to before: Backlog, summary: String, moves: [String: String] = [:]) throws
        -> Int32
    {
        let changes = planned.droppingUnchanged(in: before.source)
        guard !changes.isEmpty else {
            context.write("Nothing to change: \(summary)\n")
            return 0
        }
        do {
            try RepositoryConfinement.check(changes, root: workspace.repositoryRoot)
        } catch {
            throw CommandFailure.io("\(error); nothing was written")
        }
        let validation: ChangeValidation
        do {
            let checker = BacklogChecker(today: try context.currentDate())
            validation = try ChangeValidator(checker: checker).validate(changes, on: before, moves: moves)
        } catch let error as SourceError {
            throw CommandFailure.io(error.description)
        }
        let introduced = validation.introducedErrors
        if !introduced.isEmpty {
            report(introduced, in: validation.after)
            guard options.force else {
                context.writeError(
                    "Refused: the change would add \(count(introduced.count, "error")); nothing was written. "
                        + "Fix the cause, or write anyway with --force.\n")
                return 1
            }
            context.writeError("Writing anyway (--force) with \(count(introduced.count, "new error")).\n")
        }
        let repository = options.commit ? try repositoryReadyToCommit() : nil
        do {
            try ChangeApplier(root: workspace.repositoryRoot).apply(changes, reached: pause.reached)
        } catch let error as ChangeApplicationError {
            throw CommandFailure.io(error.description)
        }
        for path in changes.writes.keys.sorted() { context.write("Wrote \(path)\n") }
        for path in changes.deletions.sorted() { context.write("Removed \(path)\n") }
        if let repository { try commit(changes.touchedPaths, in: repository, summary: summary) }
        return 0
    }

    /// The repository to commit in, once it is known that a commit can be
    /// made there, so that nothing is written when it cannot.
    func repositoryReadyToCommit() throws -> GitRepository {
        let repository: GitRepository
        do {
            guard let found = try GitRepository.discover(containing: workspace.repositoryRoot) else {
                throw CommandFailure.usage(
                    "--commit needs a git repository; \(workspace.repositoryRoot.path) is not in one")
            }
            repository = found
            try repository.checkCanCommit(environment: context.environment)
        } catch let error as GitCommitError {
            throw CommandFailure.io("cannot commit, so nothing was written: \(error)")
        } catch let error as GitError {
            throw CommandFailure.io("cannot open the git repository: \(error)")
        }
        return repository
    }

    /// Commits `paths` as they are in the working tree, with `-m` or
    /// `summary` as the message, and says so.
    func commit(_ paths: [String], in repository: GitRepository, summary: String) throws {
        do {
            let commit = try repository.commit(
                paths: paths, message: options.message ?? summary, environment: context.environment,
                reached: pause.reached)
            let place = commit.branch.map { "on \($0)" } ?? "on a detached HEAD"
            context.write("Committed \(commit.id.prefix(7)) \(place): \(commit.subject)\n")
        } catch {
            throw CommandFailure.io("the change is written but not committed: \(error)")
        }
    }

    /// Where fault-injection tests stop the command; nowhere otherwise.
    private var pause: FaultTestPause { FaultTestPause(environment: context.environment) }

    private func report(_ diagnostics: [Diagnostic], in backlog: Backlog) {
        let renderer = TextDiagnosticRenderer(colour: context.usesColour)
        let sources = SourceLookup(backlog: backlog)
        for diagnostic in diagnostics {
            context.writeError(renderer.render(diagnostic, sources: sources))
        }
    }

    private func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
