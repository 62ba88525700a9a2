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
    ///
    /// The file is written with plain `open`/`write`/`close` (mode 0666 less the umask, no `fsync`):
    /// a reader sees the old file or the whole new one, never a part. Without `fsync` the rename does
    /// not wait for the disk, so a power loss right after a run may lose the new files.
    public static func stage(_ bytes: [UInt8], for path: String) throws(OutputError) -> StagedFile {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        // O_EXCL | O_NOFOLLOW: never write through a file or link already there under that name; a
        // leftover of an interrupted run (same name, same pid) is removed once and the open retried.
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = open(temporary, flags, 0o666)
        if descriptor < 0, errno == EEXIST {
            unlink(temporary)
            descriptor = open(temporary, flags, 0o666)
        }
        if descriptor < 0, errno == ENOENT {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path: directory.path, message: "cannot create the directory: \(error.localizedDescription)")
            }
            descriptor = open(temporary, flags, 0o666)
        }
        guard descriptor >= 0 else {
            throw OutputError(path: path, message: "cannot write the file: \(String(cString: strerror(errno))) (check that the directory is writable)")
        }
        let written = bytes.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return 0
        }
        let closed = close(descriptor) == 0 ? 0 : errno
        guard written == 0, closed == 0 else {
            unlink(temporary)
            throw OutputError(path: path, message: "cannot write the file: \(String(cString: strerror(written != 0 ? written : closed))) (check the free space)")
        }
        return StagedFile(temporaryPath: temporary, path: url.path)
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
