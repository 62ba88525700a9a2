import ServiceBenchCore

/// Collects the rejected records of one input (or of one part of it, on one thread): with
/// `skipInvalid` off the first bad record is thrown as an `IngestError` naming file, line and column;
/// with it on, records are counted by reason with the first examples (`DataQuality.examplesPerReason`).
struct QualityCollector {
    var file: String
    var skipInvalid: Bool
    var recordsRead = 0
    /// Calls left out because their `direction` is not inbound (not rejections: they are read as they should be).
    var notInbound = 0
    /// Rejections by reason, each with its count and first examples (lines relative until `shiftLines`).
    private(set) var rejections: [String: (count: Int, examples: [RejectedRecord])] = [:]

    init(file: String, skipInvalid: Bool) {
        self.file = file
        self.skipInvalid = skipInvalid
    }

    mutating func reject(_ reason: String, _ message: String, line: Int, column: Int?) throws(IngestError) {
        let location = SourceLocation(file: file, line: line, column: column)
        guard skipInvalid else {
            throw IngestError(.badRecord, message + " (or pass --skip-invalid to skip such records)", at: location, reason: reason)
        }
        var entry = rejections[reason] ?? (0, [])
        entry.count += 1
        if entry.examples.count < DataQuality.examplesPerReason {
            entry.examples.append(RejectedRecord(reason: reason, message: message, location: location))
        }
        rejections[reason] = entry
    }

    /// Rejects `record` as a `ragged-row` when its number of fields differs from the header's
    /// (`columns`) or a field is badly quoted; returns whether it did.
    mutating func rejectRaggedRow(_ record: CSVRecordView, columns: Int) throws(IngestError) -> Bool {
        guard record.count != columns || record.badQuoting else { return false }
        if record.badQuoting {
            let at = record.location(record.badField)
            try reject("ragged-row", "badly quoted field: " + record.quotingProblem.message, line: at.line, column: at.column)
            return true
        }
        let at = record.location(min(record.count, columns))
        try reject(
            "ragged-row", "\(record.count) fields where the header has \(columns); every row needs the header's columns, quoted with \" when a value holds the separator",
            line: at.line, column: at.column)
        return true
    }

    /// Adds `offset` to every example's line (a part read on a second thread).
    mutating func shiftLines(by offset: Int) {
        for key in rejections.keys {
            guard var entry = rejections[key] else { continue }
            entry.examples = entry.examples.map { example in
                var shifted = example
                shifted.location.line = (example.location.line ?? 0) + offset
                return shifted
            }
            rejections[key] = entry
        }
    }

    /// Appends the rejections of a later part of the same file.
    mutating func absorb(_ later: QualityCollector) {
        recordsRead += later.recordsRead
        notInbound += later.notInbound
        for key in later.rejections.keys.sorted() {
            guard let theirs = later.rejections[key] else { continue }
            var entry = rejections[key] ?? (0, [])
            entry.count += theirs.count
            entry.examples += theirs.examples.prefix(max(0, DataQuality.examplesPerReason - entry.examples.count))
            rejections[key] = entry
        }
    }

    func dataQuality(notes: [String]) -> DataQuality {
        var notes = notes
        if notInbound > 0 { notes.append("\(notInbound) calls not inbound (direction column) left out of the KPIs") }
        var quality = DataQuality(source: file, recordsRead: recordsRead, notes: notes)
        for key in rejections.keys.sorted() {
            guard let entry = rejections[key] else { continue }
            quality.rejections[key] = entry
        }
        return quality
    }
}

extension IngestError {
    /// The same error with its line moved by `offset` (an error found on a second thread).
    func shiftingLines(by offset: Int) -> IngestError {
        var shifted = self
        if let line = location?.line { shifted.location?.line = line + offset }
        return shifted
    }
}
