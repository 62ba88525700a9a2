import ServiceBenchCore

/// Reads an Asterisk queue_log (`timestamp|callid|queue|agent|event|data…`) into `CallGroups`.
///
/// A call is counted when it leaves the queue: COMPLETECALLER/COMPLETEAGENT or a transfer (answered;
/// wait = CONNECT holdtime, else the event's holdtime; talk = calltime), ABANDON, EXITWITHTIMEOUT,
/// EXITWITHKEY (wait in the 4th field), EXITEMPTY, WITHDRAW (wait = waittime). Its period and hour
/// are those of its ENTERQUEUE line, or, without one, of the event time less wait and talk. A field
/// missing from a short line is taken from the timestamps when the call's earlier lines allow it.
/// Calls with no final line are in progress: reported, not counted. RINGNOANSWER and RINGCANCELED
/// lines are counted in the group of their own time.
///
/// Calls that span two parts of the file (two threads, or two rotated files) are completed when the
/// parts are merged: a part keeps the calls it closed without having seen their ENTERQUEUE as
/// pending, and the earlier part's open calls are matched to them.
struct QueueLogConsumer: CSVRecordConsumer {
    struct OpenCall {
        /// Epoch seconds of ENTERQUEUE, or nil when not seen.
        var entered: Int64?
        /// CONNECT time and holdtime (seconds).
        var connectedAt: Int64?
        var connectWait: Int64?
        var line: Int
        /// True when `connectWait` came from the CONNECT and ENTERQUEUE times (no holdtime field).
        var waitFromTimestamps = false
    }

    /// A call closed by a final line whose ENTERQUEUE this part has not seen.
    struct PendingClose {
        var key: QueueLogCallKey
        var outcome: CallOutcome
        var transferred: Bool
        var state: OpenCall?
        var eventTime: Int64
        /// Seconds, from the final line's fields when present.
        var waitField: Int64?
        var talkField: Int64?
        var line: Int
        var column: Int
        /// The agent who answered (`CallBreakdownCollector.agent`), −1 when none is named.
        var agent: Int32 = -1
    }

    var groups: CallGroups
    var quality: QualityCollector
    var parser: TimestampParser
    private(set) var open = OpenCallTable()
    private(set) var pending: [PendingClose] = []
    var skippedEvents: [String: Int] = [:]
    var unknownEvents: [String: Int] = [:]
    var durationsFromTimestamps = 0
    var duplicateEntries = 0

    let limits: IngestLimits

    init(groups: CallGroups, quality: QualityCollector, parser: TimestampParser, limits: IngestLimits = IngestLimits()) {
        self.groups = groups
        self.quality = quality
        self.parser = parser
        self.limits = limits
    }

    /// The error of a bound of `IngestLimits` reached at `line` (nil: when two parts were merged).
    private func limitExceeded(_ message: String, line: Int?, column: Int?) -> IngestError {
        IngestError(.limitExceeded, message, at: SourceLocation(file: quality.file, line: line, column: column))
    }

    private func tooManyOpenCalls(line: Int?) -> IngestError {
        limitExceeded(
            "more than \(limits.maximumOpenCalls) calls are open at once (entered, no final line yet); ServiceBench holds open calls in memory and stops rather than grow with the file: check that the log has its final lines (COMPLETECALLER, COMPLETEAGENT, ABANDON, EXITWITHTIMEOUT…) and that its callids repeat across a call's lines, or split the log by day",
            line: line, column: line == nil ? nil : 1)
    }

    private func tooManyPendingCloses(line: Int?) -> IngestError {
        limitExceeded(
            "more than \(limits.maximumPendingCloses) final lines (COMPLETECALLER, ABANDON…) without their call's ENTERQUEUE; a queue_log needs its ENTERQUEUE lines (was it filtered?), and rotated files go oldest first",
            line: line, column: line == nil ? nil : 1)
    }

    /// A data field in seconds (or the raw integer for milliseconds fields); nil when absent or empty.
    private mutating func number(_ record: CSVRecordView, _ index: Int, name: String) throws(IngestError) -> Int64?? {
        guard index < record.count, !record.isEmpty(index) else { return .some(nil) }
        guard let milliseconds = CallsCSVConsumer.milliseconds(record.field(index)) else {
            try quality.reject("bad-number", "\(name) '\(record.excerpt(index))' is not a number", line: record.line(of: index), column: record.column(index))
            return nil
        }
        return .some(milliseconds / 1000)
    }

    mutating func consume(_ record: CSVRecordView) throws(IngestError) {
        quality.recordsRead += 1
        guard record.count >= 5 else {
            try quality.reject("ragged-row", "\(record.count) fields where a queue_log line has at least 5 (timestamp|callid|queue|agent|event)", line: record.line(of: record.count), column: record.column(record.count))
            return
        }
        let event = QueueLogEvent.classify(record.field(4))
        switch event {
        case .skipped:
            skippedEvents[record.string(4), default: 0] += 1
            return
        case .unknown:
            // Keyed by an excerpt: 100 names of a 16 MiB line each would hold 1.6 GB.
            let name = record.excerpt(4)
            if unknownEvents.count < 100 || unknownEvents[name] != nil { unknownEvents[name, default: 0] += 1 }
            return
        default:
            break
        }
        guard let time = Self.epochSeconds(record.field(0)) ?? parser.parse(record.field(0)) else {
            try quality.reject("bad-timestamp", "malformed timestamp '\(record.excerpt(0))'; queue_log lines start with Unix epoch seconds", line: record.line, column: 1)
            return
        }
        let seconds = time.epochMilliseconds / 1000
        guard let queue = groups.queue(record.field(2)) else {
            throw limitExceeded(
                "more than \(limits.maximumQueues) distinct queue names (third field); a queue_log has one name per queue: check that this is a queue_log with its fields in order (timestamp|callid|queue|agent|event|data…)",
                line: record.line(of: 2), column: record.column(2))
        }
        let key = QueueLogCallKey(id: record.field(1), queue: queue)
        switch event {
        case .enterQueue:
            if open.insert(key, OpenCall(entered: seconds, connectedAt: nil, connectWait: nil, line: record.line)) { duplicateEntries += 1 }
            if open.count > limits.maximumOpenCalls { throw tooManyOpenCalls(line: record.line) }
        case .connect:
            guard let hold = try number(record, 5, name: "holdtime") else { return }
            if let hold, hold < 0 {
                try quality.reject("negative-duration", "negative holdtime \(hold)", line: record.line(of: 5), column: record.column(5))
                return
            }
            if let hold, hold > DurationLimit.maximumSeconds {
                try quality.reject("duration-too-long", DurationLimit.message("holdtime", milliseconds: hold * 1000, fix: Self.tooLongFix), line: record.line(of: 5), column: record.column(5))
                return
            }
            var state = open[key] ?? OpenCall(entered: nil, connectedAt: nil, connectWait: nil, line: record.line)
            state.connectedAt = seconds
            state.connectWait = hold ?? state.entered.map { seconds - $0 }
            state.waitFromTimestamps = hold == nil && state.connectWait != nil
            open[key] = state
            if open.count > limits.maximumOpenCalls { throw tooManyOpenCalls(line: record.line) }
        case .complete, .transfer:
            let holdIndex = event == .complete ? 5 : 7
            guard let hold = try number(record, holdIndex, name: "holdtime"), let talk = try number(record, holdIndex + 1, name: "calltime") else { return }
            try close(key, outcome: .answered, transferred: event == .transfer, eventTime: seconds, waitField: hold, talkField: talk, record: record, field: min(holdIndex, record.count))
        case .left(let outcome):
            guard let wait = try number(record, 7, name: "waittime") else { return }
            try close(key, outcome: outcome, transferred: false, eventTime: seconds, waitField: wait, talkField: nil, record: record, field: min(7, record.count))
        case .exitWithKey:
            guard let wait = try number(record, 8, name: "waittime") else { return }
            try close(key, outcome: .exitedWithKey, transferred: false, eventTime: seconds, waitField: wait, talkField: nil, record: record, field: min(8, record.count))
        case .ringNoAnswer, .ringCanceled:
            var milliseconds: Int64?
            if record.count > 5, !record.isEmpty(5) {
                guard let value = CallsCSVConsumer.milliseconds(record.field(5)) else {
                    try quality.reject("bad-number", "ring time '\(record.excerpt(5))' is not a number of milliseconds", line: record.line(of: 5), column: record.column(5))
                    return
                }
                guard value >= 0, value / 1000 <= DurationLimit.maximumMilliseconds else {
                    let reason = value < 0 ? "negative-duration" : "duration-too-long"
                    let message = value < 0 ? "negative ring time '\(record.string(5))'" : DurationLimit.message("ring time", milliseconds: value / 1000, fix: "the field is in milliseconds")
                    try quality.reject(reason, message, line: record.line(of: 5), column: record.column(5))
                    return
                }
                milliseconds = value / 1000
            }
            groups.addRing(at: time, queue: queue, milliseconds: milliseconds, canceled: event == .ringCanceled)
        case .skipped, .unknown:
            break
        }
    }

    /// Whole epoch seconds, the usual queue_log timestamp (the general parser handles the rest).
    @inline(__always) static func epochSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedTime? {
        guard bytes.count >= 9, bytes.count <= 11 else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            let digit = Int64(byte) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        guard value <= TimestampParser.latestEpochSecond else { return nil }
        return ParsedTime(epochMilliseconds: value * 1000, writtenOffset: ParsedTime.noOffset)
    }

    /// Closes the call of `record`, whose field `field` is named in messages. Its location (a count
    /// of Unicode scalars, `CSVRules`) is worked out only when needed: for a message, or for a close
    /// kept pending, not on every line.
    private mutating func close(_ key: QueueLogCallKey, outcome: CallOutcome, transferred: Bool, eventTime: Int64, waitField: Int64?, talkField: Int64?, record: CSVRecordView, field: Int) throws(IngestError) {
        let state = open.removeValue(forKey: key)
        let agent = outcome == .answered && groups.collectsBreakdowns ? groups.breakdown.agent(record.field(3)) : -1
        if state?.entered != nil {
            let closing = PendingClose(
                key: key, outcome: outcome, transferred: transferred, state: state, eventTime: eventTime, waitField: waitField, talkField: talkField,
                line: record.line, column: 0, agent: agent)
            try finalize(closing, location: { record.location(field) })
        } else {
            let at = record.location(field)
            guard pending.count < limits.maximumPendingCloses else { throw tooManyPendingCloses(line: at.line) }
            pending.append(
                PendingClose(
                    key: key, outcome: outcome, transferred: transferred, state: state, eventTime: eventTime, waitField: waitField, talkField: talkField,
                    line: at.line, column: at.column, agent: agent))
        }
    }

    /// Counts a closed call, taking what the final line lacks from the timestamps of earlier lines.
    /// `location`: where the closing line's field is, when `call` does not hold it yet.
    /// (Not an optional closure: that would escape, and allocate on every line.)
    private mutating func finalize(_ call: PendingClose, location: () -> (line: Int, column: Int)) throws(IngestError) {
        var call = call
        func locate() {
            (call.line, call.column) = location()
        }
        let entered = call.state?.entered
        var wait: Int64?
        var talk: Int64?
        // Whether a duration of this call came from line timestamps (a field missing): counted per
        // call, once, and only for a call that is counted.
        var fromTimestamps = false
        if call.outcome == .answered {
            wait = call.state?.connectWait ?? call.waitField
            fromTimestamps = call.state?.connectWait != nil && call.state?.waitFromTimestamps == true
            talk = call.talkField ?? call.state?.connectedAt.map { call.eventTime - $0 }
            if wait == nil, let entered, let connected = call.state?.connectedAt {
                wait = connected - entered
                fromTimestamps = true
            }
            if call.talkField == nil { fromTimestamps = true }
        } else {
            wait = call.waitField ?? entered.map { call.eventTime - $0 }
            fromTimestamps = call.waitField == nil
        }
        guard let wait, call.outcome != .answered || talk != nil else {
            locate()
            try quality.reject("missing-field", "the line lacks the \(call.outcome == .answered ? "holdtime or calltime" : "waittime") field and the call's earlier lines are not in the input", line: call.line, column: call.column)
            return
        }
        let talkSeconds = talk ?? 0
        guard wait >= 0, talkSeconds >= 0 else {
            locate()
            try quality.reject("negative-duration", "negative \(wait < 0 ? "wait" : "talk time") (\(wait < 0 ? wait : talkSeconds) s)", line: call.line, column: call.column)
            return
        }
        guard wait <= DurationLimit.maximumSeconds, talkSeconds <= DurationLimit.maximumSeconds else {
            let what = wait > DurationLimit.maximumSeconds ? "wait" : "talk time"
            locate()
            try quality.reject("duration-too-long", DurationLimit.message(what, milliseconds: max(wait, talkSeconds) * 1000, fix: Self.tooLongFix), line: call.line, column: call.column)
            return
        }
        let start = entered ?? (call.eventTime - wait - talkSeconds)
        let finished = FinishedCall(outcome: call.outcome, waitMilliseconds: wait * 1000, talkMilliseconds: talkSeconds * 1000, wrapMilliseconds: 0, transferred: call.transferred)
        let entry = ParsedTime(epochMilliseconds: start * 1000, writtenOffset: ParsedTime.noOffset)
        call.key.withIDBytes { id in groups.add(finished, entered: entry, queue: Int(call.key.queue), agent: call.agent, callID: id) }
        if fromTimestamps { durationsFromTimestamps += 1 }
    }

    /// The state of a call whose earlier lines (`earlier`, with its ENTERQUEUE) and later lines
    /// (`partial`, without) were seen apart: in two parts of the input, or out of order.
    static func combine(_ earlier: OpenCall, _ partial: OpenCall?) -> OpenCall {
        var state = earlier
        guard let partial else { return state }
        state.connectedAt = partial.connectedAt ?? state.connectedAt
        if let wait = partial.connectWait {
            state.connectWait = wait
            state.waitFromTimestamps = partial.waitFromTimestamps
        }
        if partial.connectWait == nil, let connected = partial.connectedAt, let entered = state.entered {
            state.connectWait = connected - entered
            state.waitFromTimestamps = true
        }
        return state
    }

    static let tooLongFix = "check the line's fields (seconds) and the timestamps of the call's earlier lines"

    /// Counts the calls closed without an ENTERQUEUE in the input (after every part is merged).
    /// A final line written before its call's ENTERQUEUE (out of order) is matched with it here, so the
    /// call is counted from its entry and not also reported as still waiting.
    mutating func finish() throws(IngestError) {
        let remaining = pending
        pending = []
        for var call in remaining {
            if let earlier = open[call.key], let entered = earlier.entered, entered <= call.eventTime {
                open.removeValue(forKey: call.key)
                call.state = Self.combine(earlier, call.state)
            }
            try finalize(call, location: { (call.line, call.column) })
        }
    }

    var notes: [String] {
        var notes: [String] = []
        let waiting = open.entries.filter { $0.value.connectedAt == nil }.count
        if !open.isEmpty {
            notes.append("\(open.count) calls still in progress at the end of the input (\(waiting) waiting, \(open.count - waiting) connected): not counted")
        }
        if !unknownEvents.isEmpty {
            let list = unknownEvents.keys.sorted().map { "\($0) \(unknownEvents[$0] ?? 0)" }.joined(separator: ", ")
            notes.append("\(unknownEvents.values.reduce(0, +)) lines with unknown events, not counted: \(list)")
        }
        if !skippedEvents.isEmpty {
            let list = skippedEvents.keys.sorted().map { "\(Excerpt.of($0)) \(skippedEvents[$0] ?? 0)" }.joined(separator: ", ")
            notes.append("member, system and vendor events skipped: \(list)")
        }
        if durationsFromTimestamps > 0 {
            notes.append("\(durationsFromTimestamps) calls had a line without its wait or talk field; taken from the line timestamps")
        }
        if duplicateEntries > 0 {
            notes.append("\(duplicateEntries) ENTERQUEUE lines for a call already waiting in the same queue; the later one was kept")
        }
        return notes
    }
}

extension QueueLogConsumer: SplittableConsumer {
    mutating func shiftLines(by offset: Int) {
        quality.shiftLines(by: offset)
        for index in pending.indices {
            pending[index].line += offset
            pending[index].state?.line += offset
        }
        for entry in open.entries { open[entry.key]?.line += offset }
    }

    /// Completes this part's open calls with the later part's pending closes, then keeps what is
    /// still open in either part.
    mutating func absorb(later: QueueLogConsumer) throws(IngestError) {
        let queueMap = groups.queueMap(from: later.groups)
        let agentMap = groups.breakdown.agents.map(from: later.groups.breakdown.agents)
        func remap(_ key: QueueLogCallKey) -> QueueLogCallKey {
            var mapped = key
            mapped.queue = Int32(queueMap[Int(key.queue)])
            return mapped
        }
        groups.absorb(later.groups)
        quality.absorb(later.quality)
        for (name, count) in later.skippedEvents { skippedEvents[name, default: 0] += count }
        for (name, count) in later.unknownEvents { unknownEvents[name, default: 0] += count }
        durationsFromTimestamps += later.durationsFromTimestamps
        duplicateEntries += later.duplicateEntries
        for var call in later.pending {
            call.key = remap(call.key)
            call.agent = call.agent >= 0 ? agentMap[Int(call.agent)] : -1
            if let earlier = open.removeValue(forKey: call.key) {
                call.state = Self.combine(earlier, call.state)
                try finalize(call, location: { (call.line, call.column) })
            } else {
                pending.append(call)
            }
        }
        for (key, state) in later.open.entries {
            let mapped = remap(key)
            if let earlier = open[mapped], state.entered == nil {
                open[mapped] = Self.combine(earlier, state)
            } else {
                // A later ENTERQUEUE for a call still waiting here replaces it, as on one thread,
                // and counts as the duplicate it is (the fuzzer found the two-thread note missing).
                if open[mapped] != nil { duplicateEntries += 1 }
                open[mapped] = state
            }
        }
        // Each part is bounded as it is read; the merged state is bounded too (no line to name).
        if open.count > limits.maximumOpenCalls { throw tooManyOpenCalls(line: nil) }
        if pending.count > limits.maximumPendingCloses { throw tooManyPendingCloses(line: nil) }
    }
}
