import CZlibDeflate

/// Raw deflate (RFC 1951, no zlib header: the body of a ZIP entry) over bytes handed in pieces, with
/// the CRC-32 and the count of the bytes that went in. zlib's stream lives at a fixed address (it
/// checks that it is not moved), allocated here and freed with the deflater.
final class Deflater {
    /// zlib's level, 1 (fastest) to 9 (smallest); see `ReportWorkbook.compressionLevel`.
    let level: Int32
    private let stream: UnsafeMutablePointer<z_stream>
    private var output: [UInt8]
    /// CRC-32 of every byte given so far.
    private(set) var crc: UInt32 = 0
    /// Bytes given so far.
    private(set) var inputCount: UInt64 = 0
    /// Bytes of compressed output so far.
    private(set) var outputCount: UInt64 = 0
    private var finished = false

    init(level: Int32) throws(ReportError) {
        self.level = level
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = [UInt8](repeating: 0, count: 1 << 16)
        guard sb_deflateInitRaw(stream, level) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ReportError(.compressionFailed, "zlib could not start compressing the workbook (out of memory?)")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `bytes` and hands the compressed bytes produced to `sink` (possibly none: zlib
    /// keeps input until it has a block's worth). `finish` ends the stream: no call may follow.
    func compress(_ bytes: UnsafeBufferPointer<UInt8>, finish: Bool, into sink: (ArraySlice<UInt8>) throws -> Void) throws {
        precondition(!finished, "Deflater.compress after the stream was finished")
        if let base = bytes.baseAddress, !bytes.isEmpty {
            crc = UInt32(truncatingIfNeeded: crc32(UInt(crc), base, UInt32(bytes.count)))
        }
        inputCount += UInt64(bytes.count)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress)
        stream.pointee.avail_in = UInt32(bytes.count)
        let flush = finish ? Z_FINISH : Z_NO_FLUSH
        while true {
            let capacity = output.count
            let (result, produced) = output.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = UInt32(capacity)
                let result = deflate(stream, flush)
                return (result, capacity - Int(stream.pointee.avail_out))
            }
            guard result == Z_OK || result == Z_STREAM_END || result == Z_BUF_ERROR else {
                throw ReportError(.compressionFailed, "zlib failed while compressing the workbook (error \(result))")
            }
            if produced > 0 {
                outputCount += UInt64(produced)
                try sink(output[0..<produced])
            }
            if finish {
                if result == Z_STREAM_END { break }
            } else if stream.pointee.avail_in == 0 && produced < capacity {
                break
            }
        }
        stream.pointee.next_in = nil
        if finish { finished = true }
    }
}
