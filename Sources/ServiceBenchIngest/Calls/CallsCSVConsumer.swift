import ServiceBenchCore

/// Reads the records of a calls CSV (`call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s`,
/// or the columns of `--columns` and `--preset`) into `CallGroups`.
///
/// - Entry: `enter_ts`, or a date and a time in two columns (`enter_date`, `enter_time`).
/// - Outcome: the `outcome` column's words (`OutcomeWords`); without one, a call with an answer
///   time (`answer_ts`, else a wait to answer `wait_s`) is answered and one without is abandoned.
/// - Wait (s) of an answered call = answer − entry, else `wait_s`, else `ring_s`; of another call
///   = `abandon_s`, else end − entry, else `wait_s`, else `ring_s`.
/// - Talk (s) = `talk_s`, else end − answer (answer = entry + wait when only durations are given).
/// - Wrap-up (s) = `wrap_s`. Durations are numbers in the preset's unit, or `h:mm:ss`.
/// - With a `direction` column, calls that are not inbound (`IngestOptions.inbound`) are left out
///   and counted in the data quality (not as rejected records).
struct CallsCSVConsumer: CSVRecordConsumer {
    static let requiredFields: [String] = []
    static let optionalFields = [
        "call_id", "queue", "enter_ts", "enter_date", "enter_time", "answer_ts", "end_ts", "outcome", "agent", "wrap_s",
        "wait_s", "ring_s", "talk_s", "abandon_s", "direction", "contact_reason",
    ]

    var groups: CallGroups
    /// By contact reason, when the export has a `contact_reason` column (`reason`).
    var reasons = CallReasons()
    var quality: QualityCollector
    var parser: TimestampParser
    let columns: ResolvedColumns
    let columnCount: Int
    let enter: Int
    let enterTime: Int?
    let end: Int?
    let answer: Int?, outcome: Int?, queue: Int?, wrap: Int?
    let wait: Int?, ring: Int?, talk: Int?, abandonWait: Int?, direction: Int?
    let reason: Int?
    /// For the breakdowns: who answered, and the call's id in the list of longest waits.
    let agent: Int?, callID: Int?
    let words: OutcomeWords
    let inbound: WordList
    /// Milliseconds in one unit of a bare-number duration (seconds unless the preset says otherwise).
    let secondsUnit: Int64

    init(columns: ResolvedColumns, groups: CallGroups, quality: QualityCollector, parser: TimestampParser, options: IngestOptions = IngestOptions()) throws(IngestError) {
        self.columns = columns
        self.columnCount = columns.count
        let file = quality.file
        func missing(_ message: String) -> IngestError {
            IngestError(.missingColumn, message, at: .init(file: file, line: 1, column: 1))
        }
        if let date = columns.index["enter_date"] {
            guard let time = columns.index["enter_time"] else { throw missing("a split entry time needs both enter_date and enter_time; map them with --columns enter_date=HEADER,enter_time=HEADER") }
            self.enter = date
            self.enterTime = time
        } else if let enter = columns.index["enter_ts"] {
            self.enter = enter
            self.enterTime = nil
        } else {
            throw missing(
                "no column '\(Excerpt.of(options.columns.header(for: "enter_ts")))' for the field 'enter_ts' in the header (\(Excerpt.of(columns.header.joined(separator: ", ")))); map it with --columns enter_ts=HEADER (or enter_date=HEADER,enter_time=HEADER)")
        }
        self.end = columns.index["end_ts"]
        self.answer = columns.index["answer_ts"]
        self.outcome = columns.index["outcome"]
        self.queue = columns.index["queue"]
        self.wrap = columns.index["wrap_s"]
        self.wait = columns.index["wait_s"]
        self.ring = columns.index["ring_s"]
        self.talk = columns.index["talk_s"]
        self.abandonWait = columns.index["abandon_s"]
        self.direction = columns.index["direction"]
        self.reason = columns.index["contact_reason"]
        self.agent = columns.index["agent"]
        self.callID = columns.index["call_id"]
        self.words = options.outcomes
        self.inbound = options.inbound
        self.secondsUnit = options.durationUnit.milliseconds(natural: 1000)
        self.groups = groups
        self.quality = quality
        self.parser = parser
        if answer == nil && outcome == nil && wait == nil {
            throw missing("the calls file has neither an 'outcome' nor an 'answer_ts' (or 'wait_s') column; map one with --columns outcome=HEADER or answer_ts=HEADER")
        }
        if end == nil && talk == nil {
            throw missing("the calls file has neither an 'end_ts' nor a 'talk_s' column: the talk time is unknown; map one with --columns end_ts=HEADER or talk_s=HEADER")
        }
        if end == nil && abandonWait == nil && wait == nil && ring == nil {
            throw missing("the calls file has no 'end_ts', 'abandon_s', 'wait_s' or 'ring_s' column: the wait of an unanswered call is unknown; map one with --columns")
        }
        if answer == nil && wait == nil && ring == nil {
            throw missing("the calls file has no 'answer_ts', 'wait_s' or 'ring_s' column: the wait of an answered call is unknown; map one with --columns")
        }
        if groups.byQueue && queue == nil {
            throw missing("--by queue needs a 'queue' column; map it with --columns queue=HEADER")
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

    /// The entry time: `enter_ts`, or `enter_date` and `enter_time` joined by a space.
    private mutating func entry(_ record: CSVRecordView) throws(IngestError) -> ParsedTime? {
        guard let enterTime else { return try time(record, enter) }
        let date = record.field(enter)
        let clock = record.field(enterTime)
        let length = date.count + 1 + clock.count
        guard length <= 64 else { return try time(record, enter) }
        let parsed = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer -> ParsedTime? in
            var index = 0
            for byte in date { buffer[index] = byte; index += 1 }
            buffer[index] = 32
            index += 1
            for byte in clock { buffer[index] = byte; index += 1 }
            return parser.parse(UnsafeBufferPointer(rebasing: buffer[0..<length]))
        }
        if let parsed { return parsed }
        try quality.reject(
            "bad-timestamp",
            "malformed date and time '\(record.excerpt(enter)) \(record.excerpt(enterTime))' in columns \(columns.name(enter)) and \(columns.name(enterTime)); write 2026-01-05 and 08:00:12, or pass --time-format dmy (05/01/2026 and 08:00)",
            line: record.line(of: enter), column: record.column(enter))
        return nil
    }

    /// A duration column in milliseconds; nil (after a rejection) when malformed or negative,
    /// `.some(nil)` when the cell is empty.
    private mutating func duration(_ record: CSVRecordView, _ index: Int) throws(IngestError) -> Int64?? {
        if record.isEmpty(index) { return .some(nil) }
        guard let milliseconds = DurationUnit.parse(record.field(index), unitMilliseconds: secondsUnit) else {
            try quality.reject("bad-number", "\(what(index)) '\(record.excerpt(index))' in column \(columns.name(index)) is not a number of seconds (nor h:mm:ss)", line: record.line(of: index), column: record.column(index))
            return nil
        }
        if milliseconds < 0 {
            try quality.reject("negative-duration", "negative \(what(index)) '\(record.excerpt(index))' in column \(columns.name(index))", line: record.line(of: index), column: record.column(index))
            return nil
        }
        if !DurationLimit.allows(milliseconds: milliseconds) {
            try tooLong("\(what(index)) '\(record.string(index))' in column \(columns.name(index))", milliseconds, record, column: index)
            return nil
        }
        return .some(milliseconds)
    }

    /// What the duration column `index` gives, for messages.
    private func what(_ index: Int) -> String {
        switch index {
        case wrap: return "wrap-up"
        case talk: return "talk time"
        default: return "wait"
        }
    }

    /// The first non-empty duration of `first` and `second` (two arguments, not a variadic list: no
    /// array is allocated per record); `.some(nil)` when both are empty or absent.
    private mutating func firstDuration(_ record: CSVRecordView, _ first: Int?, _ second: Int?) throws(IngestError) -> (Int64, Int)?? {
        if let first, !record.isEmpty(first) {
            guard let value = try duration(record, first) else { return nil }
            if let value { return .some((value, first)) }
        }
        if let second, !record.isEmpty(second) {
            guard let value = try duration(record, second) else { return nil }
            if let value { return .some((value, second)) }
        }
        return .some(nil)
    }

    mutating func consume(_ record: CSVRecordView) throws(IngestError) {
        quality.recordsRead += 1
        if try quality.rejectRaggedRow(record, columns: columnCount) { return }
        if let direction, !inbound.contains(record.field(direction)) {
            quality.notInbound += 1
            return
        }
        guard let entered = try entry(record) else { return }
        var ended: ParsedTime?
        if let end, !(record.isEmpty(end) && talk != nil) {
            guard let parsed = try time(record, end) else { return }
            ended = parsed
        }
        let kind: CallOutcome
        if let outcome {
            guard let found = words.outcome(of: record.field(outcome)) else {
                try quality.reject("unknown-outcome", "unknown outcome '\(record.excerpt(outcome))' in column \(columns.name(outcome)); the words read are \(words.listed)", line: record.line(of: outcome), column: record.column(outcome))
                return
            }
            kind = found
        } else if let answer {
            kind = record.isEmpty(answer) ? .abandoned : .answered
        } else {
            kind = record.isEmpty(wait!) ? .abandoned : .answered
        }
        var call = FinishedCall(outcome: kind, waitMilliseconds: 0, talkMilliseconds: 0, wrapMilliseconds: 0, transferred: false)
        if kind == .answered {
            var answeredAt: Int64
            if let answer, !record.isEmpty(answer) {
                guard let answered = try time(record, answer) else { return }
                answeredAt = answered.epochMilliseconds
                call.waitMilliseconds = answeredAt - entered.epochMilliseconds
                if call.waitMilliseconds < 0 {
                    try quality.reject("answer-before-entry", "answered at \(record.excerpt(answer)), before entering the queue at \(record.excerpt(enter)); check the columns and their time zone", line: record.line(of: answer), column: record.column(answer))
                    return
                }
                if !DurationLimit.allows(milliseconds: call.waitMilliseconds) {
                    try tooLong("wait (\(columns.name(enter)) to \(columns.name(answer)))", call.waitMilliseconds, record, column: answer)
                    return
                }
            } else {
                guard let waited = try firstDuration(record, wait, ring) else { return }
                guard let waited else {
                    let at = answer ?? wait ?? ring ?? enter
                    try quality.reject("missing-value", "answered call without an answer time or a wait (column \(columns.name(at))); fill it in or mark the call abandoned", line: record.line(of: at), column: record.column(at))
                    return
                }
                call.waitMilliseconds = waited.0
                answeredAt = entered.epochMilliseconds + waited.0
            }
            if let talk, !record.isEmpty(talk) {
                guard let talked = try duration(record, talk), let talked else { return }
                call.talkMilliseconds = talked
            } else if let ended, let end {
                call.talkMilliseconds = ended.epochMilliseconds - answeredAt
                if call.talkMilliseconds < 0 {
                    try quality.reject("negative-duration", "ended at \(record.excerpt(end)), before being answered (\(columns.name(answer ?? wait ?? enter)))", line: record.line(of: end), column: record.column(end))
                    return
                }
                if !DurationLimit.allows(milliseconds: call.talkMilliseconds) {
                    try tooLong("talk time (\(answer.map(columns.name) ?? "entry + wait") to \(columns.name(end)))", call.talkMilliseconds, record, column: end)
                    return
                }
            } else {
                let at = talk ?? enter
                try quality.reject("missing-value", "answered call without a talk time or an end time (column \(columns.name(at))); fill it in", line: record.line(of: at), column: record.column(at))
                return
            }
            if let wrap, !record.isEmpty(wrap) {
                guard let wrapped = try duration(record, wrap), let wrapped else { return }
                call.wrapMilliseconds = wrapped
            }
        } else {
            if let abandonWait, !record.isEmpty(abandonWait) {
                guard let waited = try duration(record, abandonWait), let waited else { return }
                call.waitMilliseconds = waited
            } else if let ended, let end {
                call.waitMilliseconds = ended.epochMilliseconds - entered.epochMilliseconds
                if call.waitMilliseconds < 0 {
                    try quality.reject("negative-duration", "left the queue at \(record.excerpt(end)), before entering it at \(record.excerpt(enter))", line: record.line(of: end), column: record.column(end))
                    return
                }
                if !DurationLimit.allows(milliseconds: call.waitMilliseconds) {
                    try tooLong("wait (\(columns.name(enter)) to \(columns.name(end)))", call.waitMilliseconds, record, column: end)
                    return
                }
            } else {
                guard let waited = try firstDuration(record, wait, ring) else { return }
                guard let waited else {
                    let at = abandonWait ?? end ?? wait ?? ring ?? enter
                    try quality.reject("missing-value", "unanswered call without a wait or an end time (column \(columns.name(at))); fill it in", line: record.line(of: at), column: record.column(at))
                    return
                }
                call.waitMilliseconds = waited.0
            }
        }
        // The queue is numbered for the breakdowns even without --by queue; past the bound of
        // distinct names it is an error only with --by queue (else the calls go unqueued).
        var queueNumber = -1
        if let queue, groups.byQueue || groups.collectsBreakdowns {
            if let number = groups.queue(record.field(queue)) {
                queueNumber = number
            } else if groups.byQueue {
                throw IngestError(
                    .limitExceeded, "more than \(groups.maximumQueues) distinct queue names in column \(columns.name(queue)); --by queue needs the column that names the queue, not one that differs for every call",
                    at: SourceLocation(file: quality.file, line: record.line(of: queue), column: record.column(queue)))
            } else {
                groups.breakdown.tooManyQueues = true
            }
        }
        let agentNumber = kind == .answered && groups.collectsBreakdowns ? agent.map { groups.breakdown.agent(record.field($0)) } ?? -1 : -1
        let group = groups.add(
            call, entered: entered, queue: queueNumber, agent: agentNumber, callID: callID.map { record.field($0) } ?? UnsafeBufferPointer(start: nil, count: 0))
        if let reason { reasons.add(call, group: group, reason: reasons.names.number(of: record.field(reason))) }
    }

    /// Rejects a record whose duration exceeds `DurationLimit`, at the column that gives it.
    private mutating func tooLong(_ what: String, _ milliseconds: Int64, _ record: CSVRecordView, column: Int) throws(IngestError) {
        try quality.reject(
            "duration-too-long", DurationLimit.message(what, milliseconds: milliseconds, fix: "check the column's unit (seconds, or the preset's duration-unit) and the record's timestamps"),
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
        let groupMap = groups.absorb(later.groups)
        reasons.absorb(later.reasons, groupMap: groupMap)
        quality.absorb(later.quality)
    }
}
