import ServiceBenchCore
import ServiceBenchIngest

/// A company's `breakdowns` in the JSON (`CompanyBreakdowns` of the compared period), or null when
/// its report does not come from raw exports:
/// `{by_queue, by_channel, by_agent, abandoned_by_hour, longest_waits}`, each null when no export
/// gives it. Figures are numbers in the KPIs' units (percent 0–100, seconds, hours); a figure not
/// computed is null, never 0. Each row's `status` gives, for each figure with a company target, its
/// status against it (`met`, `near`, `missed`). Agents are their pseudonyms (`Agent 3`) with
/// `--pseudonymize-agents`.
enum BreakdownsJSON {
    static func value(_ comparison: CompanyComparison, detail: IngestDetail?) -> JSONValue {
        guard let detail, let breakdowns = CompanyBreakdowns(detail: detail, period: comparison.period) else { return .null }
        let targets = BreakdownTargets(comparison)
        let calls = breakdowns.calls
        return .object([
            ("by_queue", calls?.queues.map { queues in .array(queues.map { queue($0, thresholds: calls?.serviceLevelThresholds ?? [], targets: targets) }) } ?? .null),
            ("by_channel", channels(breakdowns, targets: targets)),
            ("by_agent", breakdowns.namesAgents ? .array(breakdowns.agents.map { agent($0, targets: targets) }) : .null),
            ("abandoned_by_hour", calls?.queues.map { queues in
                .array(queues.map { row in
                    .object([
                        ("queue", .optional(row.queue)), ("by_hour", .array(row.abandonedByHour.map { .number(Double($0)) })),
                        ("total", .number(Double(row.abandoned))),
                    ])
                })
            } ?? .null),
            ("longest_waits", calls.map { calls in
                .object([("answered", .array(calls.longestAnswered.map(wait))), ("abandoned", .array(calls.longestAbandoned.map(wait)))])
            } ?? .null),
            ("notes", .array((calls?.notes ?? []).map(JSONValue.string))),
        ])
    }

    /// `{kpi: status}` for the figures of a row that have a company target.
    private static func status(_ figures: [(String, Double?)], targets: BreakdownTargets) -> JSONValue {
        .object(figures.compactMap { kpi, value in targets.status(kpi, value).map { (kpi, .string($0.rawValue)) } })
    }

    private static func count(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }

    private static func queue(_ row: CallBreakdown.QueueRow, thresholds: [Int], targets: BreakdownTargets) -> JSONValue {
        let levels = zip(thresholds, row.serviceLevels).map { ("service_level_\($0)s", $1) }
        let figures: [(String, Double?)] = [("answer_rate", row.answerRate), ("abandon_rate", row.abandonRate)] + levels
            + [("asa", row.averageSpeedOfAnswer), ("aht", row.averageHandleTime)]
        return .object(
            [("queue", .optional(row.queue)), ("offered", count(row.offered)), ("answered", count(row.answered)), ("abandoned", count(row.abandoned))]
                + figures.map { ($0.0, .optional($0.1)) } + [("status", status(figures, targets: targets))])
    }

    private static func tickets(_ row: TicketBreakdown.Row?, targets: BreakdownTargets) -> JSONValue {
        guard let row else { return .null }
        let figures: [(String, Double?)] = [("resolution_time", row.averageResolutionHours), ("fcr", row.fcr)]
        return .object([
            ("created", count(row.created)), ("resolved", count(row.resolved)), ("resolution_rate", .optional(row.resolutionRate)),
            ("median_first_response_hours", .optional(row.medianFirstResponseHours)), ("resolution_time", .optional(row.averageResolutionHours)),
            ("fcr", .optional(row.fcr)), ("fcr_n", row.fcrEligible > 0 ? count(row.fcrEligible) : .null), ("status", status(figures, targets: targets)),
        ])
    }

    private static func surveys(_ row: SurveyBreakdown.Row?, targets: BreakdownTargets) -> JSONValue {
        guard let row else { return .null }
        let figures: [(String, Double?)] = [("csat", row.csat), ("nps", row.nps), ("ces", row.ces)]
        return .object([
            ("csat_answers", count(row.csatAnswers)), ("csat", .optional(row.csat)), ("nps_answers", count(row.npsAnswers)), ("nps", .optional(row.nps)),
            ("ces_answers", count(row.cesAnswers)), ("ces", .optional(row.ces)), ("status", status(figures, targets: targets)),
        ])
    }

    /// The channels of the tickets (most tickets first), then those only the surveys have.
    private static func channels(_ breakdowns: CompanyBreakdowns, targets: BreakdownTargets) -> JSONValue {
        guard breakdowns.tickets != nil || breakdowns.surveys != nil else { return .null }
        return .array(breakdowns.channelNames.map { name in
            .object([
                ("channel", .string(name)),
                ("tickets", tickets(breakdowns.tickets?.channels.first { $0.name == name }, targets: targets)),
                ("surveys", surveys(breakdowns.surveys?.channels.first { $0.name == name }, targets: targets)),
            ])
        })
    }

    private static func agent(_ row: CompanyBreakdowns.AgentRow, targets: BreakdownTargets) -> JSONValue {
        let calls: JSONValue = row.calls.map { calls in
            .object([
                ("answered", count(calls.answered)), ("talk_time", .optional(calls.averageTalkTime)), ("aht", .optional(calls.averageHandleTime)),
                ("status", status([("aht", calls.averageHandleTime)], targets: targets)),
            ])
        } ?? .null
        return .object([
            ("agent", .string(row.pseudonym.map { "Agent \($0)" } ?? row.agent)), ("pseudonym", .bool(row.pseudonym != nil)),
            ("calls", calls), ("tickets", tickets(row.tickets, targets: targets)), ("surveys", surveys(row.surveys, targets: targets)),
        ])
    }

    private static func wait(_ wait: CallBreakdown.Wait) -> JSONValue {
        .object([
            ("call_id", .optional(wait.callID)), ("queue", .optional(wait.queue)), ("entered", .string(wait.entered)),
            ("wait_seconds", .number(wait.waitSeconds)),
        ])
    }
}
