/// Figures beyond the catalogue KPIs, per group (company or company / queue, and period).
package struct IngestDetail: Sendable {
    package var calls: [CallGroupDetail] = []
    package var tickets: [TicketGroupDetail] = []
    package var surveys: [SurveyGroupDetail] = []
    /// Agent names are replaced by their pseudonyms' numbers (`pseudonymizingAgents`).
    package var agentsPseudonymized = false

    package init() {}

    /// Appends `other`'s groups after this one's (several exports of one report).
    package mutating func append(_ other: IngestDetail) {
        calls += other.calls
        tickets += other.tickets
        surveys += other.surveys
        agentsPseudonymized = agentsPseudonymized || other.agentsPseudonymized
    }

    /// The groups of each company name (`ACME`, or `ACME / support` for a queue read with
    /// `--by queue`), in their order here: what the report of that company shows.
    package func byCompany() -> [String: IngestDetail] {
        var details: [String: IngestDetail] = [:]
        var empty = IngestDetail()
        empty.agentsPseudonymized = agentsPseudonymized
        for group in calls { details[group.company, default: empty].calls.append(group) }
        for group in tickets { details[group.company, default: empty].tickets.append(group) }
        for group in surveys { details[group.company, default: empty].surveys.append(group) }
        return details
    }
}
