import Foundation
import ServiceBenchCore

/// An open input file: its descriptor, size and where its data starts (after a UTF-8 byte-order
/// mark). Read with `pread`, never mapped (see `CSVScanner`).
///
/// Standard input (`-`) that is a regular file (`< calls.csv`) is read like a file. A pipe or a
/// device (`cat … |`, `< /dev/zero`) is a stream, read once, front to back, as it comes: memory holds
/// the first `streamHeadBytes` (which the header and separator checks read twice) and the scanner's
/// buffer, never the whole stream; it is read on one thread. Closed or a directory: an error (66).
/// `read(2)` (the method `InputSource.read` hides the global name).
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, buffer, count)
}

final class InputSource: @unchecked Sendable {
    let path: String
    let displayName: String
    private(set) var descriptor: Int32
    /// The size in bytes when opened; for a stream, `streamSize` (read until it ends).
    private(set) var size: Int64
    /// Set when the file was not UTF-8 and was read as Windows-1252: the data-quality note saying so.
    private(set) var encodingNote: String?
    private(set) var dataStart: Int64
    /// Standard input that is not a regular file: read sequentially, once.
    let isStream: Bool

    /// What a stream's size is taken to be: more than any stream holds, small enough to add.
    static let streamSize: Int64 = 1 << 50
    /// The first bytes of a stream, kept so that they can be read again (the header, the separator
    /// guess and the byte-order mark are read before the records).
    static let streamHeadBytes = 2 << 20

    /// Stream state: the bytes `[0, head.count)` kept, and how many were read from the descriptor.
    private var head: [UInt8] = []
    private var streamed: Int64 = 0

    init(path: String) throws(IngestError) {
        self.path = path
        self.displayName = path == "-" ? "<stdin>" : path
        let fd: Int32
        var info = stat()
        if path == "-" {
            guard fstat(STDIN_FILENO, &info) == 0 else {
                throw IngestError(.unreadableFile, "standard input is closed; give a file name, or feed the export with < FILE or a pipe", at: .init(file: displayName))
            }
            guard (info.st_mode & S_IFMT) != S_IFDIR else {
                throw IngestError(.unreadableFile, "standard input is a directory, not a file; feed the export with < FILE or a pipe", at: .init(file: displayName))
            }
            fd = dup(STDIN_FILENO)
            guard fd >= 0 else {
                throw IngestError(.unreadableFile, "cannot read standard input: \(String(cString: strerror(errno)))", at: .init(file: displayName))
            }
            isStream = (info.st_mode & S_IFMT) != S_IFREG
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IngestError(.unreadableFile, "no such file; check the path", at: .init(file: displayName))
            }
            guard !isDirectory.boolValue else {
                throw IngestError(.unreadableFile, "this is a directory, not a file", at: .init(file: displayName))
            }
            fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw IngestError(.unreadableFile, "cannot open the file: \(String(cString: strerror(errno)))", at: .init(file: displayName))
            }
            guard fstat(fd, &info) == 0 else {
                close(fd)
                throw IngestError(.unreadableFile, "cannot read the file's size", at: .init(file: displayName))
            }
            isStream = false
        }
        descriptor = fd
        size = isStream ? Self.streamSize : Int64(info.st_size)
        dataStart = 0
        let bom = bytes(at: 0, count: 3)
        if bom == [0xEF, 0xBB, 0xBF] { dataStart = 3 }
        if WorkbookReader.isWorkbook(bytes(at: 0, count: 8), name: "") {
            throw IngestError(
                .badRecord,
                "this is an Excel workbook; raw exports are read as CSV: save the sheet as CSV (CSV UTF-8), "
                    + "or give a workbook of KPIs to 'report' as a KPI table (without --source)",
                at: .init(file: displayName))
        }
        if !isStream { try convertFromWindows1252IfNeeded() }
        #if os(Linux)
            if !isStream { _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_SEQUENTIAL)) }
        #endif
    }

    /// The bytes checked for UTF-8 at the start of a file.
    static let encodingCheckBytes = 1 << 20

    /// When the first `encodingCheckBytes` of the file are not UTF-8, reads the file as Windows-1252
    /// (as KPI tables are, `TextDecoding`): it is converted to UTF-8, chunk by chunk, into an unlinked
    /// temporary file that is read instead, and `encodingNote` says so. A file whose start is UTF-8
    /// is read as it is (a later stray byte reaches messages as U+FFFD).
    private func convertFromWindows1252IfNeeded() throws(IngestError) {
        let head = bytes(at: dataStart, count: Self.encodingCheckBytes)
        guard let invalid = TextDecoding.firstInvalidUTF8Byte(head) else { return }
        // A character cut by the end of the checked bytes is no evidence.
        if head.count == Self.encodingCheckBytes && invalid >= head.count - 3 { return }
        var template = Array((NSTemporaryDirectory() + "/servicebench-1252-XXXXXX").utf8CString)
        let target = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard target >= 0 else {
            throw IngestError(.unreadableFile, "the file is not UTF-8 and cannot be converted from Windows-1252: no temporary file (\(String(cString: strerror(errno)))); save it as 'CSV UTF-8'", at: .init(file: displayName))
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var offset = dataStart
        var written: Int64 = 0
        while offset < size {
            let chunk = bytes(at: offset, count: 1 << 20)
            if chunk.isEmpty { break }
            offset += Int64(chunk.count)
            let converted = TextDecoding.windows1252ToUTF8(chunk)
            var done = 0
            while done < converted.count {
                let count = converted.withUnsafeBytes { pwrite(target, $0.baseAddress! + done, converted.count - done, off_t(written)) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    close(target)
                    throw IngestError(.unreadableFile, "the file is not UTF-8 and its Windows-1252 conversion cannot be written (\(String(cString: strerror(errno)))); save it as 'CSV UTF-8'", at: .init(file: displayName))
                }
                done += count
                written += Int64(count)
            }
        }
        let (line, column) = head.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { CSVRules.location(of: invalid, in: $0, from: 0, line: 1) } ?? (1, 1)
        }
        encodingNote = "\(displayName) is not valid UTF-8 (byte 0x\(String(head[invalid], radix: 16, uppercase: true)) at line \(line), column \(column)); it was read as Windows-1252. Check its accented letters, or save it as 'CSV UTF-8'."
        close(descriptor)
        descriptor = target
        size = written
        dataStart = 0
    }

    deinit {
        close(descriptor)
    }

    /// Up to `count` bytes at `offset` into `buffer`: the number read, 0 at the end, -1 with `errno`
    /// on failure. A stream serves its kept head again, then reads on from where it stopped (an
    /// offset before that and past the head is ESPIPE: streams are not split, so it does not occur).
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int64) -> Int {
        guard isStream else {
            while true {
                let got = pread(descriptor, buffer, count, off_t(offset))
                if got < 0 && errno == EINTR { continue }
                return got
            }
        }
        if offset < Int64(head.count) {
            let available = min(count, head.count - Int(offset))
            head.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + Int(offset), count: available) }
            return available
        }
        guard offset == streamed else {
            errno = ESPIPE
            return -1
        }
        while true {
            let got = systemRead(descriptor, buffer, count)
            if got < 0 && errno == EINTR { continue }
            if got > 0 {
                if Int64(head.count) == streamed && head.count + got <= Self.streamHeadBytes {
                    head.append(contentsOf: UnsafeBufferPointer(start: buffer, count: got))
                }
                streamed += Int64(got)
            }
            return got
        }
    }

    /// Up to `count` bytes from `offset` (fewer at the end of the file).
    func bytes(at offset: Int64, count: Int) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        buffer.withUnsafeMutableBufferPointer { target in
            while filled < count {
                let got = read(into: target.baseAddress! + filled, count: count - filled, at: offset + Int64(filled))
                if got <= 0 { break }
                filled += got
            }
        }
        return Array(buffer.prefix(filled))
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

    /// The separator, by `CSVRules` (the KPI-table reader decides the same way): as an Excel `sep=;`
    /// first line declares it, else `;` when the first line holding `;` or `,` outside quotes has
    /// more semicolons than commas, else `,`.
    func guessSeparator() -> UInt8 {
        let head = bytes(at: dataStart, count: 1 << 16)
        return CSVRules.declaredSeparator(head) ?? CSVRules.detectSeparator(head)
    }

    /// The separator an Excel `sep=;` first line declares, or nil when there is none.
    func declaredSeparator() -> UInt8? {
        CSVRules.declaredSeparator(bytes(at: dataStart, count: 8))
    }
}
