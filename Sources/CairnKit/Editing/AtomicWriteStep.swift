/// The points ``AtomicFileWriter`` passes on its way to replacing a file, for
/// fault-injection tests that stop a writer between them (see the CLI's
/// `FaultTestPause`). Nothing else observes them.
public enum AtomicWriteStep: String, CaseIterable, Sendable {
    /// Every byte is in the temporary file; it is not yet flushed to disk.
    case temporaryWritten = "temp-written"
    /// The temporary file is flushed (`fsync`); the target is still the old file.
    case temporarySynced = "temp-synced"
    /// The temporary file has replaced the target.
    case renamed
}
