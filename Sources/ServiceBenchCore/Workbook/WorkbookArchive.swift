import Foundation
import ZIPFoundation

/// The ZIP container of an `.xlsx` workbook, held in memory, whose parts are read within
/// `WorkbookLimits`: a part's declared size, its compression ratio, the bytes it actually inflates to
/// (counted while inflating, which stops at the bound) and the total read are all bounded, and each
/// part's CRC-32 is checked. The directory is read by `ZIPDirectory`; inflating is ZIPFoundation's
/// (zlib), fed exactly the part's compressed bytes.
struct WorkbookArchive {
    let name: String
    let limits: WorkbookLimits
    private let bytes: [UInt8]
    private let directory: ZIPDirectory
    /// Bytes inflated so far, by every part read.
    private var totalRead = 0

    /// A ZIP archive starts with a local file header (`PK\3\4`), or is an empty one (`PK\5\6`).
    static func isZIP(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6)
    }

    /// An OLE compound file: an old `.xls`, or an `.xlsx` saved with a password (Office encrypts the
    /// whole package into such a file).
    static func isCompoundFile(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    init(bytes: [UInt8], name: String, limits: WorkbookLimits) throws(CoreError) {
        self.name = name
        self.limits = limits
        self.bytes = bytes
        if Self.isCompoundFile(bytes) {
            throw CoreError(
                .badWorkbook,
                "this is an old Excel .xls workbook or a password-protected .xlsx (an OLE compound file), which cannot be read; "
                    + "open it in Excel or LibreOffice and save it as .xlsx without a password (or export the sheet as CSV)",
                at: SourceLocation(file: name))
        }
        guard Self.isZIP(bytes) else {
            throw CoreError(
                .badWorkbook,
                "this is not an Excel .xlsx workbook (an .xlsx is a ZIP archive, starting with 'PK'); "
                    + "give the .xlsx file itself, or save the table as CSV",
                at: SourceLocation(file: name))
        }
        do {
            directory = try ZIPDirectory(bytes: bytes, maximumEntries: limits.entries)
        } catch {
            throw CoreError(.badWorkbook, "the workbook's ZIP archive cannot be read: \(error.reason); save the workbook again from Excel or LibreOffice", at: SourceLocation(file: name))
        }
    }

    /// Whether the archive holds `path`.
    func contains(_ path: String) -> Bool { directory.entries[path.lowercased()] != nil }

    /// The bytes of the part at `path`, inflated; nil when the archive has no such part.
    mutating func read(_ path: String) throws(CoreError) -> [UInt8]? {
        guard let entry = directory.entries[path.lowercased()] else { return nil }
        let bound = min(limits.partBytes, limits.totalBytes - totalRead)
        let location = SourceLocation(file: name)
        guard !entry.encrypted else {
            throw CoreError(.badWorkbook, "the part '\(entry.path)' is encrypted; save the workbook without a password", at: location)
        }
        guard entry.uncompressedSize <= bound else {
            throw CoreError(
                .badWorkbook,
                "the part '\(entry.path)' declares \(entry.uncompressedSize) bytes once decompressed, more than the \(bound) bytes allowed "
                    + "(a zip bomb, or a sheet far larger than a KPI table); the workbook is refused",
                at: location)
        }
        if entry.uncompressedSize > limits.ratioFloor, entry.uncompressedSize / max(entry.compressedSize, 1) > limits.compressionRatio {
            throw CoreError(
                .badWorkbook,
                "the part '\(entry.path)' would decompress \(entry.uncompressedSize / max(entry.compressedSize, 1)) times "
                    + "(\(entry.compressedSize) bytes to \(entry.uncompressedSize)), more than the \(limits.compressionRatio) times "
                    + "a spreadsheet compresses (a zip bomb); the workbook is refused",
                at: location)
        }
        let compressed = bytes[entry.dataStart..<entry.dataStart + entry.compressedSize]
        let output: [UInt8]
        let checksum: UInt32
        switch entry.method {
        case 0:
            output = Array(compressed)
            checksum = Data(compressed).crc32(checksum: 0)
        case 8:
            (output, checksum) = try inflate(compressed, entry: entry, bound: bound)
        default:
            throw CoreError(
                .badWorkbook,
                "the part '\(entry.path)' is compressed with method \(entry.method), which only deflate (8) and stored (0) are read; save the workbook again from Excel or LibreOffice",
                at: location)
        }
        guard output.count == entry.uncompressedSize else {
            throw CoreError(
                .badWorkbook,
                "the part '\(entry.path)' decompresses to \(output.count) bytes, not the \(entry.uncompressedSize) its directory declares (the archive is damaged)",
                at: location)
        }
        guard checksum == entry.crc32 else {
            throw CoreError(.badWorkbook, "the part '\(entry.path)' fails its CRC-32 check (the archive is damaged)", at: location)
        }
        totalRead += output.count
        return output
    }

    /// What stops inflating: the bound passed, or the compressed bytes used up before the stream's end.
    private enum InflateStop: Error {
        case tooLarge
        case truncated
    }

    /// Inflates `compressed` with ZIPFoundation's zlib stream, stopping as soon as the output passes
    /// `bound` or the declared size; returns the bytes and their CRC-32. Its loop reads whole chunks
    /// of `chunkSize` bytes, so the last chunk is padded with zeros, and a request past the end is
    /// refused (the stream is truncated).
    private func inflate(_ compressed: ArraySlice<UInt8>, entry: ZIPDirectory.Entry, bound: Int) throws(CoreError) -> ([UInt8], UInt32) {
        let chunkSize = 1 << 16
        var output: [UInt8] = []
        output.reserveCapacity(entry.uncompressedSize)
        let limit = min(bound, entry.uncompressedSize)
        let start = compressed.startIndex
        let checksum: UInt32
        do {
            checksum = try Data.decompress(
                size: Int64(compressed.count), bufferSize: chunkSize, skipCRC32: false,
                provider: { position, size in
                    guard position >= 0, position < Int64(compressed.count) else { throw InflateStop.truncated }
                    let from = start + Int(position)
                    let to = min(from + size, compressed.endIndex)
                    var chunk = Data(compressed[from..<to])
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { data in
                    guard output.count + data.count <= limit else { throw InflateStop.tooLarge }
                    output.append(contentsOf: data)
                })
        } catch InflateStop.tooLarge {
            throw CoreError(
                .badWorkbook,
                entry.uncompressedSize < bound
                    ? "the part '\(entry.path)' decompresses to more than the \(entry.uncompressedSize) bytes its directory declares (a zip bomb, or a damaged archive); the workbook is refused"
                    : "the part '\(entry.path)' decompresses to more than the \(bound) bytes allowed (a zip bomb, or a sheet far larger than a KPI table); the workbook is refused",
                at: SourceLocation(file: name))
        } catch {
            throw CoreError(
                .badWorkbook,
                "the part '\(entry.path)' cannot be decompressed (its data is damaged or truncated); save the workbook again from Excel or LibreOffice",
                at: SourceLocation(file: name))
        }
        return (output, checksum)
    }
}
