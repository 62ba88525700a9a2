/// Captures the first record (the header) of a CSV file as strings.
struct HeaderConsumer: CSVRecordConsumer {
    /// The longest header line read (bytes): a longer first line is an error naming line 1, and
    /// the scan's buffer never holds more than this for the header.
    static let maxHeaderBytes = 1 << 20

    var cells: [String] = []
    mutating func consume(_ record: CSVRecordView) throws(IngestError) {
        if cells.isEmpty { cells = (0..<record.count).map { record.string($0).trimmingWhitespace() } }
    }
}
