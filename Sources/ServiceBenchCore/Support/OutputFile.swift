import Foundation

/// An output written piece by piece (a panel's JSON, one company at a time), never half-written:
/// the pieces go to a temporary file beside `path`, renamed over it by `commit()`; `discard()` (or
/// dropping the file without committing) removes the temporary file and leaves `path` as it was.
///
/// A character device or FIFO at `path` is written in place instead, as a shell's `>` would: nothing
/// is renamed over it (see `AtomicFile`). A FIFO's writer waits, as any writer does, for a reader.
package final class OutputFile {
    /// The destination.
    package let path: String
    private var descriptor: Int32
    /// The temporary file, nil when writing in place into a device or FIFO.
    private let temporaryPath: String?
    private var isOpen = true

    /// Opens the output for `path`: a new temporary file beside it, or the device or FIFO itself.
    package init(path: String) throws(OutputError) {
        self.path = path
        switch AtomicFile.destination(path) {
        case .device:
            // No O_CREAT: a node that vanished meanwhile is an error rather than a new regular file; and
            // what was opened is checked (fstat) to be a device or FIFO still, link followed or not.
            let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            var status = stat()
            guard descriptor >= 0 else {
                throw OutputError(path: path, message: "cannot open the device: \(String(cString: strerror(errno)))")
            }
            let kind = fstat(descriptor, &status) == 0 ? status.st_mode & S_IFMT : 0
            guard kind == S_IFCHR || kind == S_IFIFO else {
                close(descriptor)
                throw OutputError(path: path, message: "changed while it was opened; run again")
            }
            self.descriptor = descriptor
            self.temporaryPath = nil
        case .directory:
            throw OutputError(path: path, message: "is a directory; give a file name (or a directory where one is expected)")
        case .unsupported(let kind):
            throw OutputError(path: path, message: "is \(kind), which ServiceBench does not write to; remove it or write elsewhere")
        case .replaceable:
            let (temporary, descriptor) = try AtomicFile.openTemporary(for: path)
            self.descriptor = descriptor
            self.temporaryPath = temporary
        }
    }

    deinit { if isOpen { discard() } }

    /// Appends `bytes`. On failure the temporary file is removed (`path` keeps its old content).
    package func write(_ bytes: [UInt8]) throws(OutputError) {
        precondition(isOpen, "OutputFile.write after commit or discard")
        let failure = AtomicFile.writeAll(bytes, to: descriptor)
        guard failure == 0 else {
            discard()
            throw OutputError(path: path, message: "cannot write the file: \(String(cString: strerror(failure))) (check the free space)")
        }
    }

    /// Closes the file and renames it over `path` (for a device or FIFO, only closes it).
    package func commit() throws(OutputError) {
        precondition(isOpen, "OutputFile.commit after commit or discard")
        isOpen = false
        let closed = close(descriptor) == 0 ? 0 : errno
        guard let temporaryPath else {
            guard closed == 0 else { throw OutputError(path: path, message: "cannot write the device: \(String(cString: strerror(closed)))") }
            return
        }
        guard closed == 0 else {
            unlink(temporaryPath)
            throw OutputError(path: path, message: "cannot write the file: \(String(cString: strerror(closed))) (check the free space)")
        }
        try StagedFile(temporaryPath: temporaryPath, path: URL(fileURLWithPath: path).path).commit()
    }

    /// Closes and removes the temporary file; `path` is left as it was.
    package func discard() {
        guard isOpen else { return }
        isOpen = false
        close(descriptor)
        if let temporaryPath { unlink(temporaryPath) }
    }
}
