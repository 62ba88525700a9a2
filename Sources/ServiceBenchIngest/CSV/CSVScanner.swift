import ServiceBenchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming RFC 4180 reader working on bytes: quoted fields with embedded separators, doubled
/// quotes and newlines, LF, CRLF or CR line ends: the rules of `CSVRules`, which the KPI-table reader
/// follows too. The file is read with `pread` into one buffer of a few
/// megabytes that each scan owns and reuses, so memory does not grow with the input and two scans
/// of one file on two threads share nothing; doubled quotes are undone in place, in that buffer,
/// once a record is complete. With `quoting` off (queue_log) a quote is an ordinary byte.
///
/// No memory mapping: a mapped file that shrinks while it is read (logrotate's `copytruncate` on a
/// live queue_log) faults with SIGBUS on the first page past its new end; `pread` returns what is
/// there, and the scan reports the truncation as an error naming the file.
///
/// A record is at most `maxRecordBytes` long (a longer one is an error naming its line), so that
/// the buffer stays bounded whatever the input (a quoted field never closed, a file that is not CSV).
///
/// A scan covers the records that *start* in `[from, softEnd)`; the last one is read to its end even
/// past `softEnd`, and `Outcome.endOffset` says where it ended, so that a second scan starting at
/// `softEnd` can check it started on a record boundary.
struct CSVScanner {
    var separator: UInt8
    var quoting: Bool
    /// Bytes read by one `pread` (the buffer's size while records fit in it).
    var chunkSize: Int = 4 << 20
    /// The longest record read (bytes, quotes and line end included); the buffer grows to at most this.
    var maxRecordBytes: Int = 16 << 20
    /// The most fields in a record: the per-field offsets (25 bytes a field) stay under 2 MB where
    /// a 16 MiB line of separators would need 400 MB.
    var maxFields: Int = 1 << 16

    struct Outcome {
        /// File offset just past the last record read.
        var endOffset: Int64
        /// Physical lines consumed (newlines, including those inside quoted fields).
        var lines: Int
        var records: Int
    }

    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")
    private static let quote = UInt8(ascii: "\"")

    /// Reads the records starting in `[from, softEnd)` of the open file `fd` (of size `fileEnd`).
    /// `progress` receives the bytes read so far, once per buffer, after each refill (tests use it
    /// as a hook between two reads). A file that ends before `fileEnd` (truncated while it is read)
    /// is an error once the records before its new end are consumed.
    func scan<Consumer: CSVRecordConsumer>(
        fd: Int32, from: Int64, softEnd: Int64, fileEnd: Int64, file: String,
        consumer: inout Consumer, progress: ((Int64) -> Void)? = nil
    ) throws(IngestError) -> Outcome {
        try scan(
            from: from, softEnd: softEnd, fileEnd: fileEnd, sizeIsExact: true, file: file, consumer: &consumer, progress: progress,
            read: { buffer, count, offset in
                while true {
                    let got = pread(fd, buffer, count, off_t(offset))
                    if got < 0 && errno == EINTR { continue }
                    return got
                }
            })
    }

    /// Reads the records of `input` (a file, or standard input as a stream) as `scan(fd:…)` does.
    func scan<Consumer: CSVRecordConsumer>(
        input: InputSource, from: Int64, softEnd: Int64, consumer: inout Consumer, progress: ((Int64) -> Void)? = nil
    ) throws(IngestError) -> Outcome {
        try scan(
            from: from, softEnd: softEnd, fileEnd: input.size, sizeIsExact: !input.isStream, file: input.displayName, consumer: &consumer,
            progress: progress, read: { buffer, count, offset in input.read(into: buffer, count: count, at: offset) })
    }

    /// The scan itself. `read(buffer, count, offset)` gives up to `count` bytes at file offset
    /// `offset` (0 at the end, -1 with `errno` on failure). `sizeIsExact`: `fileEnd` is the file's
    /// size when opened, so an end before it is a truncation (false for a stream of unknown length).
    private func scan<Consumer: CSVRecordConsumer>(
        from: Int64, softEnd: Int64, fileEnd: Int64, sizeIsExact: Bool, file: String,
        consumer: inout Consumer, progress: ((Int64) -> Void)?, read: (UnsafeMutablePointer<UInt8>, Int, Int64) -> Int
    ) throws(IngestError) -> Outcome {
        var capacity = max(1, min(chunkSize, maxRecordBytes))
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        var fieldCapacity = 64
        var contentStarts = UnsafeMutablePointer<Int>.allocate(capacity: fieldCapacity)
        var contentEnds = UnsafeMutablePointer<Int>.allocate(capacity: fieldCapacity)
        var rawStarts = UnsafeMutablePointer<Int>.allocate(capacity: fieldCapacity)
        var escaped = UnsafeMutablePointer<Bool>.allocate(capacity: fieldCapacity)
        defer {
            buffer.deallocate()
            contentStarts.deallocate()
            contentEnds.deallocate()
            rawStarts.deallocate()
            escaped.deallocate()
        }
        let separator = self.separator
        let quoting = self.quoting
        let lf = Self.lf, cr = Self.cr, quote = Self.quote
        let separatorPattern = UInt64(separator) &* 0x0101_0101_0101_0101
        let lfPattern = UInt64(lf) &* 0x0101_0101_0101_0101
        let quotePattern = UInt64(quote) &* 0x0101_0101_0101_0101
        let crPattern = UInt64(cr) &* 0x0101_0101_0101_0101  // for the general path
        // Each field's line offset and column (and the record end's, last), worked out only for the
        // records with doubled quotes, before undoing them moves bytes (see `CSVRecordView.location`).
        var locationCapacity = 0
        var precomputedLines = UnsafeMutablePointer<Int>.allocate(capacity: 0)
        var precomputedColumns = UnsafeMutablePointer<Int>.allocate(capacity: 0)
        defer {
            precomputedLines.deallocate()
            precomputedColumns.deallocate()
        }

        var bufferOffset = from  // file offset of buffer[0]
        var filled = 0
        var position = 0
        var atEOF = false
        var line = 1
        var records = 0
        var truncatedAt: Int64? = nil

        scanning: while true {
            // Refill: keep the unread tail, read as much as fits.
            if !atEOF {
                if position > 0 {
                    if filled > position { (buffer).update(from: buffer + position, count: filled - position) }
                    bufferOffset += Int64(position)
                    filled -= position
                    position = 0
                }
                if filled == capacity {
                    // One record fills the buffer: grow it, up to the record bound.
                    guard capacity < maxRecordBytes else {
                        throw IngestError(
                            .badRecord,
                            "a record longer than \(Self.describe(bytes: maxRecordBytes)) starts here: a quoted field that is never closed, or a file that is not \(quoting ? "CSV" : "a queue_log")? Check the file and its quotes",
                            at: .init(file: file, line: line, column: 1), reason: "record-too-long")
                    }
                    let newCapacity = min(capacity * 2, maxRecordBytes)
                    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
                    bigger.update(from: buffer, count: filled)
                    buffer.deallocate()
                    buffer = bigger
                    capacity = newCapacity
                }
                while filled < capacity {
                    let remaining = fileEnd - (bufferOffset + Int64(filled))
                    if remaining <= 0 { atEOF = true; break }
                    let wanted = min(capacity - filled, Int(min(remaining, Int64(Int.max))))
                    let got = read(buffer + filled, wanted, bufferOffset + Int64(filled))
                    if got < 0 {
                        throw IngestError(.unreadableFile, "read error: \(String(cString: strerror(errno)))", at: .init(file: file))
                    }
                    if got == 0 {
                        // Fewer bytes than when the file was opened: parse what was read, then fail.
                        if sizeIsExact { truncatedAt = bufferOffset + Int64(filled) }
                        atEOF = true
                        break
                    }
                    filled += got
                }
                progress?(bufferOffset + Int64(filled) - from)
            }

            // Parse every complete record in the buffer.
            records: while position < filled {
                if bufferOffset + Int64(position) >= softEnd { break scanning }
                // Fast path for records without quoted fields: every separator and LF (and quote,
                // when quoting) of each 8-byte word, exactly. A quote opening a field sends the
                // record to the general path below; a quote inside a field is an ordinary byte.
                // Offsets and field counts use wrapping arithmetic (&+, &-): they are at most the
                // buffer's capacity (`maxRecordBytes`, 16 MiB) and `maxFields`, so they cannot
                // overflow, and the overflow checks cost 20 % of the scan on the queue_log.
                fast: do {
                    let recordStart = position
                    var p = position
                    var fields = 0
                    var complete = false
                    contentStarts[0] = p
                    words: while p &+ 8 <= filled {
                        let word = UnsafeRawPointer(buffer + p).loadUnaligned(as: UInt64.self)
                        // LF and CR are found together with every byte below 0x0E, as cheaply as LF
                        // alone; the other control bytes (a TAB in a field) are stepped over.
                        var found = Self.exactZeroBytes(word ^ separatorPattern) | Self.exactControlBytes(word)
                        if quoting { found |= Self.exactZeroBytes(word ^ quotePattern) }
                        while found != 0 {
                            let q = p &+ (found.trailingZeroBitCount &>> 3)
                            let c = buffer[q]
                            if c == separator {
                                contentEnds[fields] = q
                                fields &+= 1
                                if fields == fieldCapacity {
                                    guard fieldCapacity < maxFields else { throw tooManyFields(file: file, line: line) }
                                    let newCapacity = fieldCapacity * 2
                                    contentStarts = Self.grow(contentStarts, from: fieldCapacity, to: newCapacity)
                                    contentEnds = Self.grow(contentEnds, from: fieldCapacity, to: newCapacity)
                                    rawStarts = Self.grow(rawStarts, from: fieldCapacity, to: newCapacity)
                                    escaped = Self.grow(escaped, from: fieldCapacity, to: newCapacity)
                                    fieldCapacity = newCapacity
                                }
                                contentStarts[fields] = q &+ 1
                                found &= found &- 1
                                continue
                            }
                            if c == lf {
                                contentEnds[fields] = q > contentStarts[fields] && buffer[q &- 1] == cr ? q &- 1 : q
                                fields &+= 1
                                position = q &+ 1
                                complete = true
                                break words
                            }
                            if c == cr {
                                // CRLF: the LF ends the record. A lone CR ends it here (CSVRules).
                                if q &+ 1 < filled {
                                    if buffer[q &+ 1] == lf {
                                        found &= found &- 1
                                        continue
                                    }
                                } else if !atEOF {
                                    break records
                                }
                                contentEnds[fields] = q
                                fields &+= 1
                                position = q &+ 1
                                complete = true
                                break words
                            }
                            if c == quote && q == contentStarts[fields] { break fast }
                            // A quote inside a field, or another control byte: an ordinary byte.
                            found &= found &- 1
                        }
                        p &+= 8
                    }
                    if !complete {
                        while p < filled {
                            let c = buffer[p]
                            if quoting && c == quote && p == contentStarts[fields] { break fast }
                            if c == cr && (p &+ 1 >= filled || buffer[p &+ 1] != lf) {
                                if p &+ 1 >= filled && !atEOF { break records }
                                contentEnds[fields] = p
                                fields &+= 1
                                position = p &+ 1
                                complete = true
                                break
                            }
                            if c == lf {
                                contentEnds[fields] = p > contentStarts[fields] && buffer[p &- 1] == cr ? p &- 1 : p
                                fields &+= 1
                                position = p &+ 1
                                complete = true
                                break
                            }
                            if c == separator {
                                contentEnds[fields] = p
                                fields &+= 1
                                if fields == fieldCapacity {
                                    guard fieldCapacity < maxFields else { throw tooManyFields(file: file, line: line) }
                                    let newCapacity = fieldCapacity * 2
                                    contentStarts = Self.grow(contentStarts, from: fieldCapacity, to: newCapacity)
                                    contentEnds = Self.grow(contentEnds, from: fieldCapacity, to: newCapacity)
                                    rawStarts = Self.grow(rawStarts, from: fieldCapacity, to: newCapacity)
                                    escaped = Self.grow(escaped, from: fieldCapacity, to: newCapacity)
                                    fieldCapacity = newCapacity
                                }
                                contentStarts[fields] = p &+ 1
                            }
                            p &+= 1
                        }
                        if !complete {
                            if !atEOF { break records }
                            if quoting && contentStarts[fields] < filled && buffer[contentStarts[fields]] == quote { break fast }
                            contentEnds[fields] = filled > contentStarts[fields] && buffer[filled - 1] == cr ? filled - 1 : filled
                            fields += 1
                            position = filled
                        }
                    }
                    if fields == 1 && contentStarts[0] == contentEnds[0] {
                        line += 1
                        continue records
                    }
                    records += 1
                    try consumer.consume(
                        CSVRecordView(
                            base: buffer, contentStarts: contentStarts, contentEnds: contentEnds, rawStarts: contentStarts,
                            count: fields, recordStart: recordStart, recordEnd: contentEnds[fields &- 1], line: line, badQuoting: false))
                    line += 1
                    continue records
                }
                let recordStart = position
                var p = position
                var fields = 0
                var newlinesInside = 0
                var bad = false
                var badField = 0
                var hasEscapes = false
                var recordEnd = position
                var problem = CSVRules.QuotingProblem.textAfterClosingQuote
                fieldLoop: while true {
                    if fields == fieldCapacity {
                        guard fieldCapacity < maxFields else { throw tooManyFields(file: file, line: line) }
                        let newCapacity = fieldCapacity * 2
                        contentStarts = Self.grow(contentStarts, from: fieldCapacity, to: newCapacity)
                        contentEnds = Self.grow(contentEnds, from: fieldCapacity, to: newCapacity)
                        rawStarts = Self.grow(rawStarts, from: fieldCapacity, to: newCapacity)
                        escaped = Self.grow(escaped, from: fieldCapacity, to: newCapacity)
                        fieldCapacity = newCapacity
                    }
                    if quoting {
                        rawStarts[fields] = p
                        escaped[fields] = false
                    }
                    if quoting && p < filled && buffer[p] == quote {
                        var q = p + 1
                        var closed = false
                        while q < filled {
                            let c = buffer[q]
                            if c == quote {
                                if q + 1 >= filled {
                                    if !atEOF { break records }
                                    closed = true
                                    break
                                }
                                if buffer[q + 1] == quote {
                                    escaped[fields] = true
                                    hasEscapes = true
                                    q += 2
                                    continue
                                }
                                closed = true
                                break
                            }
                            if c == lf || (c == cr && (q &+ 1 >= filled || buffer[q &+ 1] != lf)) { newlinesInside &+= 1 }
                            q &+= 1
                        }
                        if !closed {
                            if !atEOF { break records }
                            if !bad {
                                badField = fields
                                problem = .unclosedQuote
                            }
                            bad = true
                            contentStarts[fields] = p + 1
                            contentEnds[fields] = filled
                            fields += 1
                            p = filled
                            recordEnd = filled
                            break fieldLoop
                        }
                        contentStarts[fields] = p + 1
                        contentEnds[fields] = q
                        p = q + 1
                        if p < filled {
                            let c = buffer[p]
                            if c != separator && c != lf && c != cr {
                                // Text after the closing quote: keep scanning to the field's end.
                                if !bad {
                                    badField = fields
                                    problem = .textAfterClosingQuote
                                }
                                bad = true
                                while p < filled && buffer[p] != separator && buffer[p] != lf && buffer[p] != cr { p += 1 }
                                if p >= filled && !atEOF { break records }
                            }
                        }
                    } else {
                        var q = p
                        // Eight bytes at a time: the lowest byte equal to the separator, LF or CR.
                        while q &+ 8 <= filled {
                            let word = UnsafeRawPointer(buffer + q).loadUnaligned(as: UInt64.self)
                            let found = Self.zeroBytes(word ^ separatorPattern) | Self.zeroBytes(word ^ lfPattern) | Self.zeroBytes(word ^ crPattern)
                            if found != 0 {
                                q &+= found.trailingZeroBitCount &>> 3
                                break
                            }
                            q &+= 8
                        }
                        while q < filled {
                            let c = buffer[q]
                            if c == separator || c == lf || c == cr { break }
                            q &+= 1
                        }
                        if q >= filled && !atEOF { break records }
                        contentStarts[fields] = p
                        contentEnds[fields] = q
                        p = q
                    }
                    fields += 1
                    recordEnd = p
                    if p >= filled { break fieldLoop }
                    if buffer[p] == separator {
                        p += 1
                        continue fieldLoop
                    }
                    // The line end: LF, CRLF or a lone CR (CSVRules).
                    if buffer[p] == cr {
                        if p + 1 >= filled && !atEOF { break records }
                        p += 1
                        if p < filled && buffer[p] == lf { p += 1 }
                    } else {
                        p += 1
                    }
                    newlinesInside += 1
                    break fieldLoop
                }
                position = p
                // Blank lines are not records.
                if fields == 1 && contentStarts[0] == contentEnds[0] && (!quoting || rawStarts[0] == contentStarts[0]) {
                    line += newlinesInside
                    continue records
                }
                var record = CSVRecordView(
                    base: buffer, contentStarts: contentStarts, contentEnds: contentEnds, rawStarts: quoting ? rawStarts : contentStarts,
                    count: fields, recordStart: recordStart, recordEnd: recordEnd, line: line, badQuoting: bad, badField: badField,
                    quotingProblem: problem)
                if hasEscapes {
                    if locationCapacity < fields + 1 {
                        precomputedLines.deallocate()
                        precomputedColumns.deallocate()
                        locationCapacity = max(64, (fields + 1) * 2)
                        precomputedLines = .allocate(capacity: locationCapacity)
                        precomputedColumns = .allocate(capacity: locationCapacity)
                    }
                    var at = (line: line, column: 1)
                    var from = recordStart
                    for index in 0...fields {
                        let target = index < fields ? rawStarts[index] : recordEnd
                        at = CSVRules.location(of: target, in: buffer, from: from, line: at.line, column: at.column)
                        from = target
                        precomputedLines[index] = at.line - line
                        precomputedColumns[index] = at.column
                    }
                    record.precomputedLines = precomputedLines
                    record.precomputedColumns = precomputedColumns
                    for index in 0..<fields where escaped[index] {
                        var read = contentStarts[index]
                        var write = read
                        let end = contentEnds[index]
                        while read < end {
                            let c = buffer[read]
                            buffer[write] = c
                            write += 1
                            read += (c == quote && read + 1 < end && buffer[read + 1] == quote) ? 2 : 1
                        }
                        contentEnds[index] = write
                    }
                }
                records += 1
                try consumer.consume(record)
                line += newlinesInside
            }
            if atEOF { break scanning }
        }
        if let truncatedAt {
            throw IngestError(
                .unreadableFile,
                "the file shrank while it was read: \(fileEnd) bytes when opened, but it ended at byte \(truncatedAt) (truncated by another program, as logrotate's copytruncate does to a live queue_log); read a copy of the file, or rotate it without copytruncate",
                at: .init(file: file))
        }
        return Outcome(endOffset: bufferOffset + Int64(position), lines: line - 1, records: records)
    }

    private func tooManyFields(file: String, line: Int) -> IngestError {
        IngestError(
            .badRecord, "a record with more than \(maxFields) fields starts here; is the separator right (the header's line decides between , and ;)?",
            at: .init(file: file, line: line, column: 1), reason: "too-many-fields")
    }

    /// `16 MiB` for 16 << 20, `1024 bytes` for 1024.
    static func describe(bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }

    /// High bit set in each byte of `x` that is zero, exactly (no borrow between bytes).
    @inline(__always) private static func exactZeroBytes(_ x: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// High bit set in each byte of `x` below 0x0E (LF, CR and the other control bytes up to CR),
    /// exactly: the low seven bits plus 0x72 carry into the high bit from 0x0E up, never into the next
    /// byte; a byte of 0x80 or more has its own high bit, which clears the flag.
    @inline(__always) private static func exactControlBytes(_ x: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low7) &+ 0x7272_7272_7272_7272) | x) & 0x8080_8080_8080_8080
    }

    /// High bit set in each byte of `x` that is zero; exact for the lowest zero byte (bytes above
    /// it may be flagged falsely through the borrow, which the caller never looks at).
    @inline(__always) private static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    private static func grow<T>(_ pointer: UnsafeMutablePointer<T>, from old: Int, to new: Int) -> UnsafeMutablePointer<T> {
        let bigger = UnsafeMutablePointer<T>.allocate(capacity: new)
        bigger.moveInitialize(from: pointer, count: old)
        pointer.deallocate()
        return bigger
    }
}
