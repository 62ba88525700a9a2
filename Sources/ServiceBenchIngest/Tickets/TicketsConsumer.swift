import ServiceBenchCore

/// Reads a tickets CSV (`ticket_id,channel,created_ts,first_response_ts,resolved_ts,reopen_count,
/// agent_replies,contact_reason`, or `--columns` and `--preset`) into per-period `TicketAggregate`s.
/// The first response is `first_response_ts`, or a duration after creation `first_response_min`
/// (minutes unless the preset's unit says otherwise, or `h:mm:ss`).
struct TicketsConsumer: CSVRecordConsumer {
    static let requiredFields = ["created_ts", "channel"]
    static let optionalFields = ["ticket_id", "first_response_ts", "first_response_min", "resolved_ts", "reopen_count", "agent_replies", "contact_reason", "agent"]

    var calendar: PeriodCalendar
    var quality: QualityCollector
    var parser: TimestampParser
    var periods: [Int: TicketAggregate] = [:]
    /// By channel and agent, per period index (`TicketBreakdownTally`); `agent` names the agent.
    var breakdowns: [Int: TicketBreakdownTally] = [:]
    let agent: Int?
    var backlog = BacklogDays()
    /// The contact reasons' names, numbered once for all periods.
    var reasonNames = NameInterner()
    /// Latest instant in the input (epoch seconds), for "answered within 24 h" and the backlog.
    var latest = Int64.min
    let columns: ResolvedColumns
    let columnCount: Int
    let created: Int, channel: Int
    let firstResponse: Int?, resolved: Int?, reopens: Int?, replies: Int?, reason: Int?
    let firstResponseDuration: Int?
    let channels: ChannelWords
    /// Milliseconds in one unit of `first_response_min` written as a bare number.
    let minutesUnit: Int64

    init(columns: ResolvedColumns, calendar: PeriodCalendar, quality: QualityCollector, parser: TimestampParser, options: IngestOptions = IngestOptions()) {
        self.columns = columns
        columnCount = columns.count
        created = columns.index["created_ts"] ?? 0
        channel = columns.index["channel"] ?? 0
        firstResponse = columns.index["first_response_ts"]
        resolved = columns.index["resolved_ts"]
        reopens = columns.index["reopen_count"]
        replies = columns.index["agent_replies"]
        reason = columns.index["contact_reason"]
        agent = columns.index["agent"]
        firstResponseDuration = columns.index["first_response_min"]
        channels = options.channels
        minutesUnit = options.durationUnit.milliseconds(natural: 60_000)
        self.calendar = calendar
        self.quality = quality
        self.parser = parser
    }

    private mutating func optionalTime(_ record: CSVRecordView, _ index: Int?) throws(IngestError) -> ParsedTime?? {
        guard let index, !record.isEmpty(index) else { return .some(nil) }
        if let time = parser.parse(record.field(index)) {
            latest = max(latest, time.epochMilliseconds / 1000)
            return .some(time)
        }
        try quality.reject("bad-timestamp", "malformed timestamp '\(record.excerpt(index))' in column \(columns.name(index)); write ISO 8601 (2026-01-05T08:00:12Z), or pass --time-format dmy or epoch", line: record.line(of: index), column: record.column(index))
        return nil
    }

    private mutating func count(_ record: CSVRecordView, _ index: Int?) throws(IngestError) -> Int?? {
        guard let index, !record.isEmpty(index) else { return .some(nil) }
        guard let value = Int(record.string(index).trimmingWhitespace()) else {
            try quality.reject("bad-number", "'\(record.excerpt(index))' in column \(columns.name(index)) is not a whole number", line: record.line(of: index), column: record.column(index))
            return nil
        }
        guard value >= 0 else {
            try quality.reject("negative-duration", "negative count '\(record.excerpt(index))' in column \(columns.name(index))", line: record.line(of: index), column: record.column(index))
            return nil
        }
        return .some(value)
    }

    mutating func consume(_ record: CSVRecordView) throws(IngestError) {
        quality.recordsRead += 1
        if try quality.rejectRaggedRow(record, columns: columnCount) { return }
        guard let createdTime = try optionalTime(record, created) else { return }
        guard let createdTime else {
            try quality.reject("missing-value", "no creation time in column \(columns.name(created))", line: record.line(of: created), column: record.column(created))
            return
        }
        guard let responseTime = try optionalTime(record, firstResponse), let resolvedTime = try optionalTime(record, resolved),
            let reopenCount = try count(record, reopens), let replyCount = try count(record, replies)
        else { return }
        let createdMs = createdTime.epochMilliseconds
        var responseMs = responseTime.map { $0.epochMilliseconds - createdMs }
        if responseMs == nil, let firstResponseDuration, !record.isEmpty(firstResponseDuration) {
            guard let milliseconds = DurationUnit.parse(record.field(firstResponseDuration), unitMilliseconds: minutesUnit) else {
                try quality.reject("bad-number", "first response time '\(record.excerpt(firstResponseDuration))' in column \(columns.name(firstResponseDuration)) is neither a number of minutes nor h:mm:ss", line: record.line(of: firstResponseDuration), column: record.column(firstResponseDuration))
                return
            }
            guard milliseconds >= 0 else {
                try quality.reject("negative-duration", "negative first response time '\(record.excerpt(firstResponseDuration))' in column \(columns.name(firstResponseDuration))", line: record.line(of: firstResponseDuration), column: record.column(firstResponseDuration))
                return
            }
            responseMs = milliseconds
            latest = max(latest, (createdMs + milliseconds) / 1000)
        }
        if let responseTime, responseTime.epochMilliseconds < createdMs {
            try quality.reject("negative-duration", "first response at \(record.excerpt(firstResponse!)), before creation at \(record.excerpt(created))", line: record.line(of: firstResponse!), column: record.column(firstResponse!))
            return
        }
        if let resolvedTime, resolvedTime.epochMilliseconds < createdMs {
            try quality.reject("negative-duration", "resolved at \(record.excerpt(resolved!)), before creation at \(record.excerpt(created))", line: record.line(of: resolved!), column: record.column(resolved!))
            return
        }
        let channelName = record.string(channel).trimmingWhitespace().lowercased()
        let channelBytes = record.field(channel)
        let kind: TicketAggregate.ChannelKind =
            channels.phone.contains(channelBytes) ? .phone
            : channels.email.contains(channelBytes) ? .email : channels.chat.contains(channelBytes) ? .chat : .other
        let place = calendar.place(createdTime)
        let createdLocal = Int128(calendar.localSeconds(createdTime))
        var firstContact: Bool?
        if resolvedTime != nil, let reopenCount, let replyCount { firstContact = replyCount == 1 && reopenCount == 0 }
        // In place: a copy of the aggregate per ticket would copy its dictionaries (quadratic time).
        periods[place.periodIndex, default: TicketAggregate()].add(
            channel: channelName, kind: kind, reason: reason.map { reasonNames.number(of: record.field($0)) } ?? NameInterner.unspecified,
            createdSeconds: createdMs / 1000, responseMilliseconds: responseMs,
            resolutionMilliseconds: resolvedTime.map { $0.epochMilliseconds - createdMs }, firstContact: firstContact)
        let agentName = agent.map { record.string($0).trimmingWhitespace() }
        breakdowns[place.periodIndex, default: TicketBreakdownTally()].add(
            channel: channelName, agent: agentName?.isEmpty == false ? agentName : nil, responseMilliseconds: responseMs,
            resolutionMilliseconds: resolvedTime.map { $0.epochMilliseconds - createdMs }, firstContact: firstContact)
        backlog.created[place.day, default: (0, 0)].count += 1
        backlog.created[place.day, default: (0, 0)].createdSeconds += createdLocal
        if let resolvedTime {
            let resolvedDay = CivilCalendar.floorDiv(Int(calendar.localSeconds(resolvedTime)), 86400)
            backlog.resolved[resolvedDay, default: (0, 0)].count += 1
            backlog.resolved[resolvedDay, default: (0, 0)].createdSeconds += createdLocal
        }
    }
}
