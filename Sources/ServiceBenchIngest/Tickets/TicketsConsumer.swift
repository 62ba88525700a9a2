import ServiceBenchCore

/// Reads a tickets CSV (`ticket_id,channel,created_ts,first_response_ts,resolved_ts,reopen_count,
/// agent_replies,contact_reason`, or `--columns`) into per-period `TicketAggregate`s.
struct TicketsConsumer: CSVRecordConsumer {
    static let requiredFields = ["created_ts", "channel"]
    static let optionalFields = ["ticket_id", "first_response_ts", "resolved_ts", "reopen_count", "agent_replies", "contact_reason"]
    static let phoneChannels: Set<String> = ["phone", "voice", "call", "calls", "telephone", "téléphone", "telephone call"]
    static let emailChannels: Set<String> = ["email", "e-mail", "mail", "courriel"]
    static let chatChannels: Set<String> = ["chat", "live chat", "livechat", "webchat", "tchat"]

    var calendar: PeriodCalendar
    var quality: QualityCollector
    var parser: TimestampParser
    var periods: [Int: TicketAggregate] = [:]
    var backlog = BacklogDays()
    /// Latest instant in the input (epoch seconds), for "answered within 24 h" and the backlog.
    var latest = Int64.min
    let columns: ResolvedColumns
    let columnCount: Int
    let created: Int, channel: Int
    let firstResponse: Int?, resolved: Int?, reopens: Int?, replies: Int?, reason: Int?

    init(columns: ResolvedColumns, calendar: PeriodCalendar, quality: QualityCollector, parser: TimestampParser) {
        self.columns = columns
        columnCount = columns.count
        created = columns.index["created_ts"] ?? 0
        channel = columns.index["channel"] ?? 0
        firstResponse = columns.index["first_response_ts"]
        resolved = columns.index["resolved_ts"]
        reopens = columns.index["reopen_count"]
        replies = columns.index["agent_replies"]
        reason = columns.index["contact_reason"]
        self.calendar = calendar
        self.quality = quality
        self.parser = parser
    }

    private mutating func optionalTime(_ record: CSVRecord, _ index: Int?) throws(IngestError) -> ParsedTime?? {
        guard let index, !record.isEmpty(index) else { return .some(nil) }
        if let time = parser.parse(record.field(index)) {
            latest = max(latest, time.epochMilliseconds / 1000)
            return .some(time)
        }
        try quality.reject("bad-timestamp", "malformed timestamp '\(record.string(index))' in column \(columns.name(index)); write ISO 8601 (2026-01-05T08:00:12Z), or pass --time-format dmy or epoch", line: record.line, column: record.column(index))
        return nil
    }

    private mutating func count(_ record: CSVRecord, _ index: Int?) throws(IngestError) -> Int?? {
        guard let index, !record.isEmpty(index) else { return .some(nil) }
        guard let value = Int(record.string(index).trimmingWhitespace()) else {
            try quality.reject("bad-number", "'\(record.string(index))' in column \(columns.name(index)) is not a whole number", line: record.line, column: record.column(index))
            return nil
        }
        guard value >= 0 else {
            try quality.reject("negative-duration", "negative count '\(record.string(index))' in column \(columns.name(index))", line: record.line, column: record.column(index))
            return nil
        }
        return .some(value)
    }

    mutating func consume(_ record: CSVRecord) throws(IngestError) {
        quality.recordsRead += 1
        if try quality.rejectRaggedRow(record, columns: columnCount) { return }
        guard let createdTime = try optionalTime(record, created) else { return }
        guard let createdTime else {
            try quality.reject("missing-value", "no creation time in column \(columns.name(created))", line: record.line, column: record.column(created))
            return
        }
        guard let responseTime = try optionalTime(record, firstResponse), let resolvedTime = try optionalTime(record, resolved),
            let reopenCount = try count(record, reopens), let replyCount = try count(record, replies)
        else { return }
        let createdMs = createdTime.epochMilliseconds
        if let responseTime, responseTime.epochMilliseconds < createdMs {
            try quality.reject("negative-duration", "first response at \(record.string(firstResponse!)), before creation at \(record.string(created))", line: record.line, column: record.column(firstResponse!))
            return
        }
        if let resolvedTime, resolvedTime.epochMilliseconds < createdMs {
            try quality.reject("negative-duration", "resolved at \(record.string(resolved!)), before creation at \(record.string(created))", line: record.line, column: record.column(resolved!))
            return
        }
        let channelName = record.string(channel).trimmingWhitespace().lowercased()
        let place = calendar.place(createdTime)
        let createdLocal = calendar.localSeconds(createdTime)
        var aggregate = periods[place.periodIndex] ?? TicketAggregate()
        aggregate.created += 1
        aggregate.byChannel[channelName, default: 0] += 1
        if let reason { aggregate.byReason[record.string(reason).trimmingWhitespace(), default: 0] += 1 }
        if Self.phoneChannels.contains(channelName) { aggregate.phone += 1 }
        let responseMs = responseTime.map { $0.epochMilliseconds - createdMs }
        if let responseMs { aggregate.responseMinutes.add(Int(responseMs / 60_000)) }
        if Self.emailChannels.contains(channelName) {
            aggregate.emails += 1
            if let responseMs {
                aggregate.emailResponded += 1
                aggregate.emailResponseMilliseconds += Int128(responseMs)
                if responseMs <= 24 * 3_600_000 { aggregate.emailWithin24h += 1 }
            } else {
                aggregate.emailUnansweredCreated[createdMs / 1000, default: 0] += 1
            }
        } else if Self.chatChannels.contains(channelName), let responseMs {
            aggregate.chats += 1
            aggregate.chatResponded += 1
            aggregate.chatResponseMilliseconds += Int128(responseMs)
        }
        var createdEntry = backlog.created[place.day] ?? (0, 0)
        createdEntry.count += 1
        createdEntry.createdSeconds += Int128(createdLocal)
        backlog.created[place.day] = createdEntry
        if let resolvedTime {
            aggregate.resolved += 1
            aggregate.resolutionMilliseconds += Int128(resolvedTime.epochMilliseconds - createdMs)
            if let reopenCount, let replyCount {
                aggregate.fcrEligible += 1
                if replyCount == 1 && reopenCount == 0 { aggregate.fcrResolved += 1 }
            }
            let resolvedDay = CivilCalendar.floorDiv(Int(calendar.localSeconds(resolvedTime)), 86400)
            var entry = backlog.resolved[resolvedDay] ?? (0, 0)
            entry.count += 1
            entry.createdSeconds += Int128(createdLocal)
            backlog.resolved[resolvedDay] = entry
        }
        periods[place.periodIndex] = aggregate
    }
}
