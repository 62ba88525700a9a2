import ServiceBenchCore

/// The tickets driver and its KPIs, per period of creation (local time):
/// - `email_response_time` (h): mean first response time of email tickets that have one.
/// - `email_answered_24h` (%): email tickets answered within 24 h / email tickets, leaving out those
///   still unanswered that were created less than 24 h before the latest time in the input (undecided).
/// - `chat_first_response_time` (s): mean first response time of chats.
/// - `resolution_time` (h): mean creation-to-resolution time of resolved tickets.
/// - `fcr` (%): resolved tickets with exactly one agent reply and never reopened / resolved tickets
///   (needs the `agent_replies` and `reopen_count` columns).
/// - `backlog_open` (count) and `backlog_age` (days): tickets created and not resolved at the end of
///   the period (or of the last day in the input, if earlier), and their mean age then.
/// - `digital_share` (%): tickets of every channel but phone / all tickets.
/// - `tickets_created` (count): the tickets created in the period, the base `backlog_open` is ranked
///   per 1,000 of among peers.
///
/// Each share and mean carries its sample (`MeasurementSample`): n = the tickets it is a share or a
/// mean of (email tickets answered or decided, chats, resolved tickets, tickets with FCR facts, all
/// tickets), and for a mean the durations' standard deviation in the KPI's unit.
enum TicketsIngest {
    static func run(files: [String], options: IngestOptions, calendar: PeriodCalendar, zone: ZoneOffsets?) throws(IngestError) -> IngestResult {
        var total: TicketsConsumer?
        var qualities: [DataQuality] = []
        // A KPI whose input column is absent from a file is not computed (never 0).
        var responseMeasured = true
        var resolutionMeasured = true
        // Contact reasons: shown when a file has the column; the tickets of a file without it are
        // counted as not given.
        var reasonsGiven = false
        // The by-agent breakdown needs an `agent` column in every file (else its counts are partial).
        var agentsNamed = true
        for file in files {
            let input = try InputSource(path: file)
            let scanner = CSVScanner(separator: input.guessSeparator(), quoting: true)
            let (columns, dataStart, headerLines) = try RawExportIngester.columns(
                of: input, scanner: scanner, required: TicketsConsumer.requiredFields, optional: TicketsConsumer.optionalFields, options: options)
            var consumer = TicketsConsumer(
                columns: columns, calendar: total?.calendar ?? calendar,
                quality: QualityCollector(file: input.displayName, skipInvalid: options.skipInvalid), parser: TimestampParser(format: options.timeFormat, zone: zone),
                options: options)
            if let previous = total {
                consumer.periods = previous.periods
                consumer.backlog = previous.backlog
                consumer.latest = previous.latest
                consumer.reasonNames = previous.reasonNames
                consumer.breakdowns = previous.breakdowns
            }
            do throws(IngestError) {
                _ = try scanner.scan(input: input, from: dataStart, softEnd: input.size, consumer: &consumer)
            } catch {
                throw error.shiftingLines(by: headerLines)
            }
            consumer.quality.shiftLines(by: headerLines)
            var notes = ["FCR: resolved with one agent reply and never reopened"]
            if columns.index["agent_replies"] == nil || columns.index["reopen_count"] == nil { notes = ["FCR not computed: it needs the agent_replies and reopen_count columns"] }
            let measuresResponse = columns.index["first_response_ts"] != nil || columns.index["first_response_min"] != nil
            let measuresResolution = columns.index["resolved_ts"] != nil
            if !measuresResponse { notes.append("first response times not computed: the export has no first_response_ts or first_response_min column") }
            if !measuresResolution { notes.append("resolution time, FCR and backlog not computed: the export has no resolved_ts column") }
            responseMeasured = responseMeasured && measuresResponse
            resolutionMeasured = resolutionMeasured && measuresResolution
            reasonsGiven = reasonsGiven || columns.index["contact_reason"] != nil
            qualities.append(consumer.quality.dataQuality(notes: notes + (input.encodingNote.map { [$0] } ?? [])))
            agentsNamed = agentsNamed && consumer.agent != nil
            total = consumer
        }
        guard let tickets = total else { throw IngestError(.badMapping, "no input file given") }
        return build(
            tickets, options: options, quality: qualities, responseMeasured: responseMeasured, resolutionMeasured: resolutionMeasured,
            reasonsGiven: reasonsGiven, agentsNamed: agentsNamed)
    }

    /// `responseMeasured` / `resolutionMeasured`: every file has a first-response / resolution column;
    /// else the KPIs built on it are left out. `reasonsGiven`: a file has a `contact_reason` column.
    /// `agentsNamed`: every file has an `agent` column.
    private static func build(
        _ tickets: TicketsConsumer, options: IngestOptions, quality: [DataQuality], responseMeasured: Bool, resolutionMeasured: Bool,
        reasonsGiven: Bool, agentsNamed: Bool
    ) -> IngestResult {
        let calendar = tickets.calendar
        var measurements: [Measurement] = []
        var details: [TicketGroupDetail] = []
        let order = calendar.periods.indices.sorted { calendar.periods[$0] < calendar.periods[$1] }
        let lastDayEnd = calendar.lastSeenDay == Int.min ? 0 : calendar.lastSeenDay + 1
        for index in order {
            guard let a = tickets.periods[index] else { continue }
            let key = calendar.periods[index]
            let period = calendar.period(key)
            var values: [(String, Double?, MeasurementSample?)] = [("tickets_created", Double(a.created), nil)]
            // The sample of a mean of `count` durations in ms; s in the KPI's unit (ms / `unit`).
            let durations = { (count: Int, sum: Int128, squares: Int128, unit: Double) -> MeasurementSample in
                let deviation = MeasurementSample.standardDeviation(count: count, sum: sum, sumOfSquares: squares).map { $0 / unit }
                return MeasurementSample(size: count, spread: deviation.map { .standardDeviation($0) } ?? .none)
            }
            if a.emails > 0 {
                values.append((
                    "email_response_time", a.emailResponded > 0 ? Double(a.emailResponseMilliseconds) / 3_600_000 / Double(a.emailResponded) : nil,
                    durations(a.emailResponded, a.emailResponseMilliseconds, a.emailResponseSquares, 3_600_000)))
                let undecided = a.emailUnansweredCreated.reduce(0) { $0 + ($1.key > tickets.latest - 86_400 ? $1.value : 0) }
                let decided = a.emails - undecided
                values.append(("email_answered_24h", decided > 0 ? 100 * Double(a.emailWithin24h) / Double(decided) : nil, MeasurementSample(size: decided)))
            }
            if a.chats > 0 {
                values.append((
                    "chat_first_response_time", a.chatResponded > 0 ? Double(a.chatResponseMilliseconds) / 1000 / Double(a.chatResponded) : nil,
                    durations(a.chatResponded, a.chatResponseMilliseconds, a.chatResponseSquares, 1000)))
            }
            values.append((
                "resolution_time", a.resolved > 0 ? Double(a.resolutionMilliseconds) / 3_600_000 / Double(a.resolved) : nil,
                durations(a.resolved, a.resolutionMilliseconds, a.resolutionSquares, 3_600_000)))
            values.append(("fcr", a.fcrEligible > 0 ? 100 * Double(a.fcrResolved) / Double(a.fcrEligible) : nil, MeasurementSample(size: a.fcrEligible)))
            let end = min(calendar.endDay(key), lastDayEnd)
            let open = tickets.backlog.open(atStartOf: end)
            values.append(("backlog_open", Double(open.count), nil))
            let age = open.count > 0 ? (Double(end) * 86_400 - Double(open.createdSeconds) / Double(open.count)) / 86_400 : nil
            values.append(("backlog_age", age, nil))
            values.append(("digital_share", a.created > 0 ? 100 * Double(a.created - a.phone) / Double(a.created) : nil, MeasurementSample(size: a.created)))
            let needsResponse: Set<String> = ["email_response_time", "email_answered_24h", "chat_first_response_time"]
            let needsResolution: Set<String> = ["resolution_time", "fcr", "backlog_open", "backlog_age"]
            values.removeAll { (!responseMeasured && needsResponse.contains($0.0)) || (!resolutionMeasured && needsResolution.contains($0.0)) }
            // FCR from tickets (one agent reply, never reopened) is the internal variant.
            measurements += values.compactMap { kpi, value, sample in
                value.map {
                    Measurement(company: options.company, period: period, kpi: kpi, value: $0, variant: kpi == "fcr" ? "internal" : nil, sample: sample)
                }
            }
            details.append(
                TicketGroupDetail(
                    company: options.company, period: period, created: a.created, resolved: a.resolved,
                    byChannel: ranked(a.byChannel).map { (channel: $0.0, count: $0.1) },
                    reasons: !reasonsGiven
                        ? nil : ContactReasonGroup.tickets(company: options.company, period: period, tallies: a.reasons, names: tickets.reasonNames.names),
                    medianFirstResponseHours: a.responseMinutes.quantile(0.5).map { $0 / 60 },
                    openAtEnd: open.count, meanOpenAgeDays: age,
                    breakdown: tickets.breakdowns[index]?.breakdown(
                        namesAgents: agentsNamed, measuresResponse: responseMeasured, measuresResolution: resolutionMeasured)))
        }
        let reasons = ContactReasonGroup.linkingPrevious(details.compactMap(\.reasons))
        var next = reasons.makeIterator()
        for index in details.indices where details[index].reasons != nil { details[index].reasons = next.next() }
        var detail = IngestDetail()
        detail.tickets = details
        return IngestResult(table: RawExportIngester.table(measurements, company: options.company, quality: quality), detail: detail)
    }

    /// Counts, most first, ties by name.
    static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
        counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }
}
