import ServiceBenchCore

/// One record of a delimited file, as byte ranges into the scanner's buffer. Valid only during the
/// `CSVRecordConsumer.consume` call that receives it: nothing is copied into Swift strings.
struct CSVRecord {
    var base: UnsafeMutablePointer<UInt8>
    var contentStarts: UnsafeMutablePointer<Int>
    var contentEnds: UnsafeMutablePointer<Int>
    /// Where each field begins in the line, quote included (for the column of messages).
    var rawStarts: UnsafeMutablePointer<Int>
    var count: Int
    var recordStart: Int
    /// 1-based physical line of the record's start, counted from the start of the scanned range.
    var line: Int
    /// A quoted field that is not closed, or text between a closing quote and the next separator.
    var badQuoting: Bool
    /// The first badly quoted field, when `badQuoting`.
    var badField: Int = 0

    /// The field's bytes, quotes removed and doubled quotes undoubled.
    @inline(__always) func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + contentStarts[index], count: contentEnds[index] - contentStarts[index])
    }

    @inline(__always) func isEmpty(_ index: Int) -> Bool {
        contentEnds[index] == contentStarts[index]
    }

    /// The field as text (for messages and rarely-used fields such as the queue name).
    func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// The field as error messages quote it: at most `Excerpt.limit` characters, then `…`.
    func excerpt(_ index: Int) -> String {
        Excerpt.of(utf8: field(index))
    }

    /// 1-based byte column of the field's start in its line.
    func column(_ index: Int) -> Int {
        guard index < count else { return count > 0 ? contentEnds[count - 1] - recordStart + 1 : 1 }
        return rawStarts[index] - recordStart + 1
    }
}

/// Receives the records of a scan, one at a time, in file order.
protocol CSVRecordConsumer {
    mutating func consume(_ record: CSVRecord) throws(IngestError)
}
