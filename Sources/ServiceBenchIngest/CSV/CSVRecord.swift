import ServiceBenchCore

/// One record of a delimited file, as byte ranges into the scanner's buffer: a view of a
/// `CSVRecord` (ServiceBenchCore's, the one record type) that copies nothing into Swift strings.
/// Valid only during the `CSVRecordConsumer.consume` call that receives it.
struct CSVRecordView {
    var base: UnsafeMutablePointer<UInt8>
    var contentStarts: UnsafeMutablePointer<Int>
    var contentEnds: UnsafeMutablePointer<Int>
    /// Where each field begins in the line, quote included (for the column of messages).
    var rawStarts: UnsafeMutablePointer<Int>
    var count: Int
    var recordStart: Int
    /// Just past the last field (quote included), before the line end: where a missing field would be.
    var recordEnd: Int
    /// 1-based physical line of the record's start, counted from the start of the scanned range.
    var line: Int
    /// A quoted field that is not closed, or text between a closing quote and the next separator.
    var badQuoting: Bool
    /// The first badly quoted field, when `badQuoting`.
    var badField: Int = 0
    /// Which quoting error `badField` has, when `badQuoting`.
    var quotingProblem: CSVRules.QuotingProblem = .textAfterClosingQuote
    /// Each field's line offset from `line` and column, worked out before doubled quotes were undone
    /// in the buffer (which moves the bytes that `CSVRules.location` counts); nil when no field had any.
    var precomputedLines: UnsafeMutablePointer<Int>? = nil
    var precomputedColumns: UnsafeMutablePointer<Int>? = nil

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

    /// Where field `index` starts, by `CSVRules`: its physical line and its column in Unicode
    /// scalars from the start of that line. A field past the last (a row with too few fields) is
    /// where it would start: just past the record's last field.
    func location(_ index: Int) -> (line: Int, column: Int) {
        let field = min(index, count)
        if let precomputedLines, let precomputedColumns {
            return (line + precomputedLines[field], precomputedColumns[field])
        }
        return CSVRules.location(of: field < count ? rawStarts[field] : recordEnd, in: base, from: recordStart, line: line)
    }

    /// The 1-based physical line where field `index` starts (see `location`).
    func line(of index: Int) -> Int { location(index).line }

    /// The 1-based column, in Unicode scalars, where field `index` starts in its line (see `location`).
    func column(_ index: Int) -> Int { location(index).column }

    /// The record as ServiceBenchCore's `CSVRecord`: each field's text, line and column.
    var materialized: CSVRecord {
        CSVRecord(
            fields: (0..<count).map { index in
                let (line, column) = location(index)
                return CSVField(text: string(index), line: line, column: column)
            },
            line: line)
    }
}

/// Receives the records of a scan, one at a time, in file order.
protocol CSVRecordConsumer {
    mutating func consume(_ record: CSVRecordView) throws(IngestError)
}
