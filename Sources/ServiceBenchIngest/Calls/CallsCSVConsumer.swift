import ServiceBenchCore

/// Reads the records of a calls CSV (`call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s`,
/// or the columns of `--columns`) into `CallGroups`. For an answered call, wait = answer − entry,
/// talk = end − answer, wrap-up = `wrap_s`; for the others, wait = end − entry.
/// Without an `outcome` column, a call with an answer time is answered and one without is abandoned.
struct CallsCSVConsumer: CSVRecordConsumer {
    static let requiredFields = ["enter_ts", "end_ts"]
    static let optionalFields = ["call_id", "queue", "answer_ts", "outcome", "agent", "wrap_s"]

    var groups: CallGroups
    var quality: QualityCollector
    var parser: TimestampParser
    let columns: ResolvedColumns
    let columnCount: Int
    let enter: Int, end: Int
    let answer: Int?, outcome: Int?, queue: Int?, wrap: Int?

    init(columns: ResolvedColumns, groups: CallGroups, quality: QualityCollector, parser: TimestampParser) throws(IngestError) {
        self.columns = columns
        self.columnCount = columns.count
        self.enter = columns.index["enter_ts"] ?? 0
        self.end = columns.index["end_ts"] ?? 0
        self.answer = columns.index["answer_ts"]
        self.outcome = columns.index["outcome"]
        self.queue = columns.index["queue"]
        self.wrap = columns.index["wrap_s"]
        self.groups = groups
        self.quality = quality
        self.parser = parser
        if answer == nil && outcome == nil {
            throw IngestError(.missingColumn, "the calls file has neither an 'outcome' nor an 'answer_ts' column; map one with --columns outcome=HEADER or answer_ts=HEADER", at: .init(file: quality.file, line: 1, column: 1))
        }
        if groups.byQueue && queue == nil {
            throw IngestError(.missingColumn, "--by queue needs a 'queue' column; map it with --columns queue=HEADER", at: .init(file: quality.file, line: 1, column: 1))
        }
    }

    private mutating func time(_ record: CSVRecordView, _ index: Int) throws(IngestError) -> ParsedTime? {
        if let parsed = parser.parse(record.field(index)) { return parsed }
        try quality.reject(
            "bad-timestamp",
            "malformed timestamp '\(record.excerpt(index))' in column \(columns.name(index)); write ISO 8601 (2026-01-05T08:00:12Z or +01:00), or pass --time-format dmy (dd/MM/yyyy HH:mm:ss) or epoch",
            line: record.line(of: index), column: record.column(index))
        return nil
    }

    @inline(__always) private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        for index in 0..<bytes.count where bytes[index] | 0x20 != pointer[index] { return false }
        return true
    }

    private static func outcome(of bytes: UnsafeBufferPointer<UInt8>) -> CallOutcome? {
        if matches(bytes, "answered") || matches(bytes, "connected") || matches(bytes, "completed") { return .answered }
        if matches(bytes, "abandoned") || matches(bytes, "abandon") { return .abandoned }
        if matches(bytes, "timeout") || matches(bytes, "timedout") || matches(bytes, "timed_out") { return .timedOut }
        return nil
    }

    mutating func consume(_ record: CSVRecordView) throws(IngestError) {
        quality.recordsRead += 1
        if try quality.rejectRaggedRow(record, columns: columnCount) { return }
        guard let entered = try time(record, enter) else { return }
        guard let ended = try time(record, end) else { return }
        let kind: CallOutcome
        if let outcome {
            guard let found = Self.outcome(of: record.field(outcome)) else {
                try quality.reject("unknown-outcome", "unknown outcome '\(record.excerpt(outcome))' in column \(columns.name(outcome)); use answered, abandoned or timeout", line: record.line(of: outcome), column: record.column(outcome))
                return
            }
            kind = found
        } else {
            kind = record.isEmpty(answer!) ? .abandoned : .answered
        }
        var call = FinishedCall(outcome: kind, waitMilliseconds: 0, talkMilliseconds: 0, wrapMilliseconds: 0, transferred: false)
        if kind == .answered {
            guard let answer, !record.isEmpty(answer) else {
                try quality.reject("missing-value", "answered call without an answer time (column \(answer.map(columns.name) ?? "answer_ts")); fill it in or mark the call abandoned", line: record.line(of: answer ?? enter), column: record.column(answer ?? enter))
                return
            }
            guard let answered = try time(record, answer) else { return }
            call.waitMilliseconds = answered.epochMilliseconds - entered.epochMilliseconds
            call.talkMilliseconds = ended.epochMilliseconds - answered.epochMilliseconds
            if call.waitMilliseconds < 0 {
                try quality.reject("answer-before-entry", "answered at \(record.excerpt(answer)), before entering the queue at \(record.excerpt(enter)); check the columns and their time zone", line: record.line(of: answer), column: record.column(answer))
                return
            }
            if call.talkMilliseconds < 0 {
                try quality.reject("negative-duration", "ended at \(record.excerpt(end)), before being answered at \(record.excerpt(answer))", line: record.line(of: end), column: record.column(end))
                return
            }
            if !DurationLimit.allows(milliseconds: call.waitMilliseconds) {
                try tooLong("wait (\(columns.name(enter)) to \(columns.name(answer)))", call.waitMilliseconds, record, column: answer)
                return
            }
            if !DurationLimit.allows(milliseconds: call.talkMilliseconds) {
                try tooLong("talk time (\(columns.name(answer)) to \(columns.name(end)))", call.talkMilliseconds, record, column: end)
                return
            }
            if let wrap, !record.isEmpty(wrap) {
                guard let milliseconds = Self.milliseconds(record.field(wrap)) else {
                    try quality.reject("bad-number", "wrap-up '\(record.excerpt(wrap))' in column \(columns.name(wrap)) is not a number of seconds", line: record.line(of: wrap), column: record.column(wrap))
                    return
                }
                if milliseconds < 0 {
                    try quality.reject("negative-duration", "negative wrap-up '\(record.excerpt(wrap))' in column \(columns.name(wrap))", line: record.line(of: wrap), column: record.column(wrap))
                    return
                }
                if !DurationLimit.allows(milliseconds: milliseconds) {
                    try tooLong("wrap-up '\(record.string(wrap))' in column \(columns.name(wrap))", milliseconds, record, column: wrap)
                    return
                }
                call.wrapMilliseconds = milliseconds
            }
        } else {
            call.waitMilliseconds = ended.epochMilliseconds - entered.epochMilliseconds
            if call.waitMilliseconds < 0 {
                try quality.reject("negative-duration", "left the queue at \(record.excerpt(end)), before entering it at \(record.excerpt(enter))", line: record.line(of: end), column: record.column(end))
                return
            }
            if !DurationLimit.allows(milliseconds: call.waitMilliseconds) {
                try tooLong("wait (\(columns.name(enter)) to \(columns.name(end)))", call.waitMilliseconds, record, column: end)
                return
            }
        }
        var queueNumber = 0
        if groups.byQueue, let queue {
            guard let number = groups.queue(record.field(queue)) else {
                throw IngestError(
                    .limitExceeded, "more than \(groups.maximumQueues) distinct queue names in column \(columns.name(queue)); --by queue needs the column that names the queue, not one that differs for every call",
                    at: SourceLocation(file: quality.file, line: record.line(of: queue), column: record.column(queue)))
            }
            queueNumber = number
        }
        groups.add(call, entered: entered, queue: queueNumber)
    }

    /// Rejects a record whose duration exceeds `DurationLimit`, at the column that gives it.
    private mutating func tooLong(_ what: String, _ milliseconds: Int64, _ record: CSVRecordView, column: Int) throws(IngestError) {
        try quality.reject(
            "duration-too-long", DurationLimit.message(what, milliseconds: milliseconds, fix: "check the column's unit (seconds) and the record's timestamps"),
            line: record.line(of: column), column: record.column(column))
    }

    /// A decimal number of seconds (`30`, `30.5`, `-2`, `12,5`) in milliseconds, truncated; nil if malformed.
    static func milliseconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var negative = false
        while index < bytes.count && bytes[index] == 32 { index += 1 }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var whole: Int64 = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57, digits < 15 {
            whole = whole * 10 + Int64(bytes[index] - 48)
            index += 1
            digits += 1
        }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if index < bytes.count && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",")) {
            index += 1
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                if fractionDigits < 3 { fraction = fraction * 10 + Int64(bytes[index] - 48) }
                fractionDigits += 1
                index += 1
            }
        }
        while index < bytes.count && bytes[index] == 32 { index += 1 }
        guard digits + fractionDigits > 0, index == bytes.count else { return nil }
        for _ in min(fractionDigits, 3)..<3 { fraction *= 10 }
        let value = whole * 1000 + fraction
        return negative ? -value : value
    }
}

extension CallsCSVConsumer: SplittableConsumer {
    mutating func shiftLines(by offset: Int) {
        quality.shiftLines(by: offset)
    }

    mutating func absorb(later: CallsCSVConsumer) throws(IngestError) {
        groups.absorb(later.groups)
        quality.absorb(later.quality)
    }
}
