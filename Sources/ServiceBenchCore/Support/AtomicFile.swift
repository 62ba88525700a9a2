import Foundation

/// Writes files so that nothing is ever half-written: the bytes go to a temporary file in the same
/// directory, which is then renamed over the destination (rename is atomic on one file system).
///
/// A destination that is a character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is
/// written in place, never replaced: renaming over it would put a regular file where the device was
/// (as root, in place of the system's `/dev/null`), and so is a symbolic link to one (`/dev/stdout`).
/// A socket or block device is refused. Any other symbolic link is replaced by the new file, as any
/// other name is (the link's target is left alone).
package enum AtomicFile {
    /// What is at an output path now (`lstat`, links not followed).
    package enum Destination: Sendable, Equatable {
        /// Nothing, a regular file or a symbolic link (not to a device): written through a temporary
        /// file and a rename.
        case replaceable
        /// A character device or FIFO, or a link to one: written in place, never renamed over.
        case device
        /// A directory: a file cannot replace it.
        case directory
        /// A socket, block device or other node: refused.
        case unsupported(String)
    }

    /// What is at `path`.
    package static func destination(_ path: String) -> Destination {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .replaceable }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
            // A link to a device or FIFO (`/dev/stdout`, `/dev/fd/1`) is written through; any other
            // link is replaced, as a regular file is.
            var target = stat()
            guard stat(path, &target) == 0 else { return .replaceable }
            let kind = target.st_mode & S_IFMT
            return kind == S_IFCHR || kind == S_IFIFO ? .device : .replaceable
        case S_IFREG: return .replaceable
        case S_IFCHR, S_IFIFO: return .device
        case S_IFDIR: return .directory
        case S_IFSOCK: return .unsupported("a socket")
        case S_IFBLK: return .unsupported("a block device")
        default: return .unsupported("not a regular file")
        }
    }

    /// Throws unless a staged file can be renamed over `path` (nothing there, a regular file or a link):
    /// checked for every file of a set before the first rename, so that a set is written whole or not at all.
    package static func checkReplaceable(_ path: String) throws(OutputError) {
        switch destination(path) {
        case .replaceable: return
        case .directory:
            throw OutputError(path: path, message: "is a directory, which a report file cannot replace; remove it or write elsewhere")
        case .device:
            throw OutputError(path: path, message: "is a device or FIFO, which ServiceBench does not replace; remove it or write elsewhere")
        case .unsupported(let kind):
            throw OutputError(path: path, message: "is \(kind), which ServiceBench does not write to; remove it or write elsewhere")
        }
    }

    /// Writes `bytes` to `path` atomically, creating the parent directory when needed; a character
    /// device or FIFO is written in place (see `OutputFile`).
    package static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let file = try OutputFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    package static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to a temporary file beside `path` (creating the directory when needed), to be
    /// renamed over `path` by `commit()` or removed by `discard()`. Staging every file of a set first
    /// and committing them only when all are ready (and `checkReplaceable`) writes all of them or none.
    ///
    /// The file is written with plain `open`/`write`/`close` (mode 0666 less the umask, no `fsync`):
    /// a reader sees the old file or the whole new one, never a part. Without `fsync` the rename does
    /// not wait for the disk, so a power loss right after a run may lose the new files.
    package static func stage(_ bytes: [UInt8], for path: String) throws(OutputError) -> StagedFile {
        let (temporary, descriptor) = try openTemporary(for: path)
        let written = writeAll(bytes, to: descriptor)
        let closed = close(descriptor) == 0 ? 0 : errno
        guard written == 0, closed == 0 else {
            unlink(temporary)
            throw OutputError(path: path, message: "cannot write the file: \(String(cString: strerror(written != 0 ? written : closed))) (check the free space)")
        }
        return StagedFile(temporaryPath: temporary, path: URL(fileURLWithPath: path).path)
    }

    /// Creates and opens the temporary file beside `path`: `.NAME.PID.tmp`.
    static func openTemporary(for path: String) throws(OutputError) -> (path: String, descriptor: Int32) {
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
        return (temporary, descriptor)
    }

    /// Writes `bytes` whole to `descriptor`; returns 0, or the `errno` of the failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer -> Int32 in
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
    }
}

/// A file written under a temporary name, waiting to be renamed over its destination.
package struct StagedFile: Sendable {
    package let temporaryPath: String
    package let path: String

    /// Renames the temporary file over the destination (atomic on one file system).
    package func commit() throws(OutputError) {
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(path: path, message: "cannot replace the file: \(reason)")
        }
    }

    /// Removes the temporary file; the destination is left as it was.
    package func discard() {
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
