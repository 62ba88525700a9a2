/// The table of contents of a ZIP archive held in memory: for each entry, its compression method,
/// sizes, checksum and where its compressed bytes lie. Every offset and size read from the archive
/// is checked against the archive's length before use, so a crafted archive is an error, never an
/// out-of-range read.
///
/// ZIPFoundation's `Archive` is not used to read archives from outside: on Linux (0.9.20) its inflate
/// loop keeps asking for input at the end of the file when an entry's deflate stream does not end
/// (a hang), hands zlib a full buffer for a short last read, and its in-memory file traps on a seek
/// past the end. Only its zlib inflate and CRC-32 (`Data.decompress`, `Data.crc32`) are used, over
/// exactly the bytes located here (see `WorkbookArchive`).
///
/// ZIP64 archives, archives split over disks and encrypted entries are refused: an `.xlsx` KPI table
/// is none of these.
struct ZIPDirectory {
    struct Entry {
        var path: String
        /// 0 stored, 8 deflated.
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// The compressed bytes: `bytes[dataStart ..< dataStart + compressedSize]`.
        var dataStart: Int
        var encrypted: Bool
    }

    /// What is wrong with the archive, in words for an error message.
    struct Failure: Error {
        var reason: String
    }

    /// Entries by path, lower-cased (parts of an Office package are named without regard to case).
    private(set) var entries: [String: Entry] = [:]
    /// How many entries the archive lists.
    private(set) var count = 0

    /// Reads the directory of `bytes`, refusing more than `maximumEntries` entries.
    init(bytes: [UInt8], maximumEntries: Int) throws(Failure) {
        let end = try Self.endOfCentralDirectory(bytes)
        let diskNumber = Self.uint16(bytes, end + 4)
        let directoryDisk = Self.uint16(bytes, end + 6)
        let entriesOnDisk = Int(Self.uint16(bytes, end + 8))
        let totalEntries = Int(Self.uint16(bytes, end + 10))
        let directorySize = Int(Self.uint32(bytes, end + 12))
        let directoryOffset = Int(Self.uint32(bytes, end + 16))
        if totalEntries == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
            throw Failure(reason: "it is a ZIP64 archive (over 4 GiB or 65,535 entries), far more than a KPI workbook")
        }
        guard diskNumber == 0, directoryDisk == 0, entriesOnDisk == totalEntries else {
            throw Failure(reason: "it is split over several disks (a spanned ZIP archive)")
        }
        guard totalEntries <= maximumEntries else {
            throw Failure(reason: "it lists \(totalEntries) entries, more than the \(maximumEntries) a workbook may hold")
        }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else {
            throw Failure(reason: "its central directory lies outside the file (the file is truncated or damaged)")
        }
        var position = directoryOffset
        for _ in 0..<totalEntries {
            guard position <= end - 46, Self.uint32(bytes, position) == 0x0201_4B50 else {
                throw Failure(reason: "its central directory is damaged (entry \(count + 1) of \(totalEntries) cannot be read)")
            }
            let flags = Self.uint16(bytes, position + 8)
            let method = Self.uint16(bytes, position + 10)
            let crc = Self.uint32(bytes, position + 16)
            let compressed = Int(Self.uint32(bytes, position + 20))
            let uncompressed = Int(Self.uint32(bytes, position + 24))
            let nameLength = Int(Self.uint16(bytes, position + 28))
            let extraLength = Int(Self.uint16(bytes, position + 30))
            let commentLength = Int(Self.uint16(bytes, position + 32))
            let localOffset = Int(Self.uint32(bytes, position + 42))
            let nameStart = position + 46
            guard nameStart + nameLength + extraLength + commentLength <= end else {
                throw Failure(reason: "its central directory is damaged (entry \(count + 1) runs past its end)")
            }
            let path = String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self)
            position = nameStart + nameLength + extraLength + commentLength
            count += 1
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                throw Failure(reason: "its entry '\(path)' is stored in ZIP64 form (over 4 GiB), far more than a KPI workbook holds")
            }
            guard localOffset <= bytes.count - 30, Self.uint32(bytes, localOffset) == 0x0403_4B50 else {
                throw Failure(reason: "the entry '\(path)' has no local header where the directory says (the file is damaged)")
            }
            let dataStart = localOffset + 30 + Int(Self.uint16(bytes, localOffset + 26)) + Int(Self.uint16(bytes, localOffset + 28))
            guard dataStart <= bytes.count, compressed <= bytes.count - dataStart else {
                throw Failure(reason: "the entry '\(path)' runs past the end of the file (the file is truncated or damaged)")
            }
            let key = path.lowercased()
            guard entries[key] == nil else {
                throw Failure(reason: "it holds two entries named '\(path)'")
            }
            entries[key] = Entry(
                path: path, method: method, crc32: crc, compressedSize: compressed, uncompressedSize: uncompressed,
                dataStart: dataStart, encrypted: flags & 1 != 0)
        }
    }

    /// The offset of the end-of-central-directory record: its signature, searched from the end back
    /// over the longest archive comment (65,535 bytes).
    private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(Failure) -> Int {
        guard bytes.count >= 22 else { throw Failure(reason: "it is too short to be a ZIP archive (\(bytes.count) bytes)") }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var position = bytes.count - 22
        while position >= lowest {
            if uint32(bytes, position) == 0x0605_4B50 { return position }
            position -= 1
        }
        throw Failure(reason: "it has no ZIP directory at its end (the file is truncated, or not a ZIP archive)")
    }

    /// The little-endian 16-bit number at `offset` (the caller has checked the range).
    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// The little-endian 32-bit number at `offset` (the caller has checked the range).
    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
