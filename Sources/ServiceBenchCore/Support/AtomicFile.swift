import Foundation

/// Writes files so that nothing is ever half-written: the bytes go to a temporary file in the same
/// directory, which is then renamed over the destination (rename is atomic on one file system).
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically, creating the parent directory when needed.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try stage(bytes, for: path).commit()
    }

    /// Writes `bytes` to a temporary file beside `path` (creating the directory when needed), to be
    /// renamed over `path` by `commit()` or removed by `discard()`. Staging every file of a set first
    /// and committing them only when all are ready writes all of them or none.
    public static func stage(_ bytes: [UInt8], for path: String) throws(OutputError) -> StagedFile {
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
        return StagedFile(temporaryPath: temporary.path, path: url.path)
    }

    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Array(text.utf8), to: path)
    }
}

/// A file written under a temporary name, waiting to be renamed over its destination.
public struct StagedFile: Sendable {
    public let temporaryPath: String
    public let path: String

    /// Renames the temporary file over the destination (atomic on one file system).
    public func commit() throws(OutputError) {
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(path: path, message: "cannot replace the file: \(reason)")
        }
    }

    /// Removes the temporary file; the destination is left as it was.
    public func discard() {
        unlink(temporaryPath)
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
