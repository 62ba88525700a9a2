import Foundation

/// Writes files so that nothing is ever half-written: the bytes go to a temporary file in the same
/// directory, which is then renamed over the destination (rename is atomic on one file system).
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically, creating the parent directory when needed.
    /// Throws `CoreError` with `.cannotCreate` semantics (`unreadableFile` is for input).
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: directory.path, message: "cannot create the directory: \(error.localizedDescription)")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw OutputError(path: path, message: "cannot write the file (check that the directory is writable)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw OutputError(path: path, message: "cannot replace the file: \(reason)")
        }
    }

    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Array(text.utf8), to: path)
    }
}

/// An output file that cannot be written (exit code 73).
public struct OutputError: ServiceBenchDiagnostic {
    public var path: String
    public var message: String
    public var cause: (any Error & Sendable)? { nil }
    public var location: SourceLocation? { SourceLocation(file: path) }
    public var exitCode: ExitCode { .cannotCreate }

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
