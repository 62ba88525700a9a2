/// Writes a ZIP archive (PKWARE APPNOTE 6.3) in one pass, entry after entry, to a sink that only
/// appends (an `OutputFile`, standard output): each entry deflated as it is given, its CRC-32 and
/// sizes in a data descriptor after its data (general-purpose flag bit 3), so nothing is held whole
/// and nothing is sought back to; the central directory at the end.
///
/// Deterministic: every entry is dated 1980-01-01 00:00 (the first DOS date), with no extra field,
/// no comment and no file attributes, so the same entries give the same bytes on any machine, in any
/// time zone. No ZIP64: an entry, or the archive, past 4 GiB is an error (`workbookTooLarge`).
///
/// Not ZIPFoundation's `Archive` (0.9.20): its `addEntry` needs an entry's uncompressed size before
/// the entry, so a panel's sheet would be held whole (773 MB of XML for 10,000 companies), and it
/// turns a modification date into DOS fields through the machine's time zone.
final class ZIPStreamWriter {
    private let sink: ([UInt8]) throws -> Void
    private let level: Int32
    /// Output not yet handed to `sink`; handed on from `flushThreshold` bytes.
    private var buffer: [UInt8] = []
    private var written: UInt64 = 0
    private var directory: [UInt8] = []
    private var entries = 0
    private var current: (name: [UInt8], offset: UInt64, deflater: Deflater)?

    private static let flushThreshold = 1 << 20
    /// The DOS date of 1980-01-01 (day 1, month 1, year 1980 + 0) and time 00:00:00.
    private static let dosDate: UInt16 = (1 << 5) | 1
    private static let dosTime: UInt16 = 0
    /// Bit 3: CRC-32 and sizes follow the data, in a data descriptor.
    private static let flags: UInt16 = 1 << 3
    private static let deflated: UInt16 = 8
    /// 2.0: deflate.
    private static let version: UInt16 = 20

    /// `level`: zlib's compression level (1 fastest … 9 smallest).
    init(level: Int32, sink: @escaping ([UInt8]) throws -> Void) {
        self.level = level
        self.sink = sink
        buffer.reserveCapacity(Self.flushThreshold + (1 << 16))
    }

    /// Starts the entry `path` (ASCII, `/`-separated), ending the one before if any.
    func begin(_ path: String) throws {
        if current != nil { try end() }
        let name = Array(path.utf8)
        let offset = written + UInt64(buffer.count)
        append32(0x0403_4B50)
        append16(Self.version)
        append16(Self.flags)
        append16(Self.deflated)
        append16(Self.dosTime)
        append16(Self.dosDate)
        append32(0)  // CRC-32, in the data descriptor
        append32(0)  // compressed size, idem
        append32(0)  // uncompressed size, idem
        append16(UInt16(name.count))
        append16(0)  // no extra field
        buffer += name
        current = (name, offset, try Deflater(level: level))
    }

    /// Adds `bytes` to the current entry.
    func write(_ bytes: [UInt8]) throws {
        guard let deflater = current?.deflater else { preconditionFailure("ZIPStreamWriter.write outside an entry") }
        try bytes.withUnsafeBufferPointer { pointer in
            try deflater.compress(pointer, finish: false) { try self.emit($0) }
        }
    }

    /// Ends the current entry: the rest of its compressed data, its data descriptor, its directory record.
    func end() throws {
        guard let (name, offset, deflater) = current else { return }
        current = nil
        try deflater.compress(UnsafeBufferPointer(start: nil, count: 0), finish: true) { try self.emit($0) }
        guard deflater.inputCount <= 0xFFFF_FFFF, deflater.outputCount <= 0xFFFF_FFFF, offset <= 0xFFFF_FFFF else {
            throw ReportError(
                .workbookTooLarge,
                "the workbook's part \(String(decoding: name, as: UTF8.self)) would be over 4 GiB, more than an .xlsx file holds; write the figures with --format csv, or for fewer companies")
        }
        append32(0x0807_4B50)
        append32(deflater.crc)
        append32(UInt32(deflater.outputCount))
        append32(UInt32(deflater.inputCount))

        func record(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { directory += $0 } }
        func record(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { directory += $0 } }
        record(UInt32(0x0201_4B50))
        record(Self.version)  // made by: MS-DOS (0), 2.0; no file attributes
        record(Self.version)
        record(Self.flags)
        record(Self.deflated)
        record(Self.dosTime)
        record(Self.dosDate)
        record(deflater.crc)
        record(UInt32(deflater.outputCount))
        record(UInt32(deflater.inputCount))
        record(UInt16(name.count))
        record(UInt16(0))  // extra field
        record(UInt16(0))  // comment
        record(UInt16(0))  // disk
        record(UInt16(0))  // internal attributes
        record(UInt32(0))  // external attributes
        record(UInt32(offset))
        directory += name
        entries += 1
        try flushIfFull()
    }

    /// Ends the last entry and writes the central directory: the archive is complete.
    func finish() throws {
        try end()
        let offset = written + UInt64(buffer.count)
        guard offset <= 0xFFFF_FFFF, entries < 0xFFFF else {
            throw ReportError(.workbookTooLarge, "the workbook would be over 4 GiB, more than an .xlsx file holds; write the figures with --format csv, or for fewer companies")
        }
        buffer += directory
        append32(0x0605_4B50)
        append16(0)  // this disk
        append16(0)  // the directory's disk
        append16(UInt16(entries))
        append16(UInt16(entries))
        append32(UInt32(directory.count))
        append32(UInt32(offset))
        append16(0)  // no comment
        try sink(buffer)
        written += UInt64(buffer.count)
        buffer = []
    }

    private func emit(_ bytes: ArraySlice<UInt8>) throws {
        buffer += bytes
        try flushIfFull()
    }

    private func flushIfFull() throws {
        guard buffer.count >= Self.flushThreshold else { return }
        try sink(buffer)
        written += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    private func append16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { buffer += $0 } }
    private func append32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { buffer += $0 } }
}
