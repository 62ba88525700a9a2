import Foundation

/// An open input file: its descriptor, size and where its data starts (after a UTF-8 byte-order
/// mark). Standard input (`-`) is first copied to a temporary file, so that it can be split.
final class InputSource: @unchecked Sendable {
    let path: String
    let displayName: String
    let descriptor: Int32
    let size: Int64
    let dataStart: Int64
    private var temporary: String?

    init(path: String) throws(IngestError) {
        self.path = path
        self.displayName = path == "-" ? "<stdin>" : path
        var openPath = path
        if path == "-" {
            let temporaryPath = NSTemporaryDirectory() + "servicebench-stdin-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard FileManager.default.createFile(atPath: temporaryPath, contents: data) else {
                throw IngestError(.unreadableFile, "cannot copy standard input to a temporary file", at: .init(file: "<stdin>"))
            }
            temporary = temporaryPath
            openPath = temporaryPath
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: openPath, isDirectory: &isDirectory) else {
            throw IngestError(.unreadableFile, "no such file; check the path", at: .init(file: displayName))
        }
        guard !isDirectory.boolValue else {
            throw IngestError(.unreadableFile, "this is a directory, not a file", at: .init(file: displayName))
        }
        let fd = open(openPath, O_RDONLY)
        guard fd >= 0 else {
            throw IngestError(.unreadableFile, "cannot open the file: \(String(cString: strerror(errno)))", at: .init(file: displayName))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw IngestError(.unreadableFile, "cannot read the file's size", at: .init(file: displayName))
        }
        descriptor = fd
        size = Int64(info.st_size)
        var bom = [UInt8](repeating: 0, count: 3)
        let got = pread(fd, &bom, 3, 0)
        dataStart = (got == 3 && bom == [0xEF, 0xBB, 0xBF]) ? 3 : 0
        #if os(Linux)
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        #endif
    }

    deinit {
        close(descriptor)
        if let temporary { unlink(temporary) }
    }

    /// Up to `count` bytes from `offset`.
    func bytes(at offset: Int64, count: Int) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return got > 0 ? Array(buffer.prefix(got)) : []
    }

    /// The offset just past the first LF at or after `offset` (the file's end when there is none).
    func lineStart(after offset: Int64) -> Int64 {
        var position = offset
        while position < size {
            let window = bytes(at: position, count: 1 << 16)
            if window.isEmpty { break }
            if let index = window.firstIndex(of: UInt8(ascii: "\n")) { return position + Int64(index) + 1 }
            position += Int64(window.count)
        }
        return size
    }

    /// The header's separator: `;` when the first line has more semicolons than commas, else `,`.
    func guessSeparator() -> UInt8 {
        let head = bytes(at: dataStart, count: 1 << 16)
        let line = head.prefix { $0 != UInt8(ascii: "\n") }
        let semicolons = line.lazy.filter { $0 == UInt8(ascii: ";") }.count
        let commas = line.lazy.filter { $0 == UInt8(ascii: ",") }.count
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
