import Foundation

/// Reads input files whole, or standard input for `-`, with a `CoreError` naming the file on failure.
package enum InputFile {
    /// The most read from standard input (bytes): a KPI table is read whole, and a stream that does
    /// not end (`< /dev/zero`) must stop with an error rather than fill the memory.
    package static let standardInputLimit = 256 << 20

    /// The bytes of `path`, or of standard input when `path` is `-`.
    package static func read(_ path: String) throws(CoreError) -> [UInt8] {
        if path == "-" {
            return try readStandardInput(limit: standardInputLimit)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CoreError(.unreadableFile, "no such file; check the path", at: SourceLocation(file: path))
        }
        guard !isDirectory.boolValue else {
            throw CoreError(.unreadableFile, "this is a directory, not a file", at: SourceLocation(file: path))
        }
        return try readFile(path)
    }

    /// The bytes of the file at `path`, read with `open`/`read(2)` until its end (Foundation's
    /// `FileManager.contents(atPath:)` leaks its buffer on an empty file, as the fuzzer found).
    static func readFile(_ path: String) throws(CoreError) -> [UInt8] {
        let location = SourceLocation(file: path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CoreError(.unreadableFile, "the file cannot be read (\(String(cString: strerror(errno)))); check its permissions", at: location)
        }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 0
        var tooLarge = false
        guard let bytes = readToEnd(descriptor, expected: expected, limit: nil, tooLarge: &tooLarge) else {
            throw CoreError(.unreadableFile, "the file cannot be read (\(String(cString: strerror(errno)))); check its permissions", at: location)
        }
        return bytes
    }

    /// Standard input up to `limit` bytes, read with `read(2)`: closed, a directory or unreadable is
    /// `unreadableFile` (exit 66), more than `limit` bytes is `badTable` (exit 65).
    static func readStandardInput(limit: Int, descriptor: Int32 = STDIN_FILENO) throws(CoreError) -> [UInt8] {
        let location = SourceLocation(file: "<stdin>")
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw CoreError(.unreadableFile, "standard input is closed; give a file name, or feed the table with < FILE or a pipe", at: location)
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else {
            throw CoreError(.unreadableFile, "standard input is a directory, not a file; feed the table with < FILE or a pipe", at: location)
        }
        var tooLarge = false
        guard let bytes = readToEnd(descriptor, expected: 0, limit: limit, tooLarge: &tooLarge) else {
            if tooLarge {
                throw CoreError(
                    .badTable,
                    "standard input holds more than \(limit >> 20) MiB, more than a KPI table read from it may hold (or it does not end, as /dev/zero); write the table to a file and give its path",
                    at: location)
            }
            throw CoreError(.unreadableFile, "cannot read standard input: \(String(cString: strerror(errno)))", at: location)
        }
        return bytes
    }

    /// Reads `descriptor` to its end in 1 MiB `read(2)` calls (retried on EINTR). Nil on a read
    /// error (`errno` says which) or, with `tooLarge` set, when more than `limit` bytes arrive.
    private static func readToEnd(_ descriptor: Int32, expected: Int, limit: Int?, tooLarge: inout Bool) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let got = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, chunk) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { return bytes }
            if let limit, bytes.count + got > limit {
                tooLarge = true
                return nil
            }
            bytes.append(contentsOf: buffer[0..<got])
        }
    }

    /// The name used in messages for `path` (`<stdin>` for `-`).
    package static func displayName(_ path: String) -> String {
        path == "-" ? "<stdin>" : path
    }
}
