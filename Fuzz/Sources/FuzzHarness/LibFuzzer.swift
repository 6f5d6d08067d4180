import CFuzzerDriver

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bridge between a fuzz target's `main.swift` and libFuzzer.
public enum LibFuzzer {
    /// What libFuzzer calls once per input: its bytes and their count.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Hands the process's command line to libFuzzer's driver, which calls
    /// `test` once per input, and exits with the driver's status.
    public static func run(_ test: TestOneInput) -> Never {
        var count = CommandLine.argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&count, &arguments, test))
    }

    /// The `size` bytes at `data`, copied; empty when libFuzzer passes no buffer.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
