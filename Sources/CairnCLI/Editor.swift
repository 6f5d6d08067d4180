import Foundation

/// The user's text editor, chosen and started as git does: `$VISUAL`, else
/// `$EDITOR`, else `vi`, run through `/bin/sh` so that a value with
/// arguments (`code --wait`) works, with the file as its last argument.
struct Editor {
    /// The editor command as configured, such as `vim` or `code --wait`.
    let command: String

    /// The editor `environment` names.
    init(environment: [String: String]) {
        let configured = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
        command = configured ?? "vi"
    }

    /// Opens `file` and waits for the editor to exit; a usage failure when
    /// it cannot start or exits with a failure status.
    func edit(_ file: URL, environment: [String: String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$@\"", command, file.path]
        process.environment = environment
        do {
            try process.run()
        } catch {
            throw CommandFailure.io("cannot start the editor \(command): \(error)")
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw CommandFailure.io(
                "the editor \(command) failed (status \(process.terminationStatus)); the file is kept at \(file.path)")
        }
    }
}
