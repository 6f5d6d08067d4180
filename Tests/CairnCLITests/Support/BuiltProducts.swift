import Foundation

/// Finds executables SwiftPM built next to the running tests.
enum BuiltProducts {
    /// The products directory: the one holding the test executable (Linux,
    /// where the `.xctest` is itself an executable file) or the `.xctest`
    /// bundle (macOS).
    static var directory: URL? {
        #if os(Linux)
            let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            return executable.deletingLastPathComponent()
        #else
            return Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
        #endif
    }

    /// The built executable `name`, if it exists.
    static func executable(_ name: String) -> URL? {
        guard let url = directory?.appendingPathComponent(name),
            FileManager.default.isExecutableFile(atPath: url.path)
        else { return nil }
        return url
    }
}
