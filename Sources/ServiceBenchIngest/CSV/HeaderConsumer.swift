/// Captures the first record (the header) of a CSV file as strings.
struct HeaderConsumer: CSVRecordConsumer {
    var cells: [String] = []
    mutating func consume(_ record: CSVRecord) throws(IngestError) {
        if cells.isEmpty { cells = (0..<record.count).map { record.string($0).trimmingWhitespace() } }
    }
}
