import ServiceBenchCore

/// What a company's report shows of its raw exports beyond the KPIs, for one period: the calls by
/// queue (with the abandoned calls by hour and the longest waits), the tickets and survey answers by
/// channel, and each agent's calls, tickets and answers side by side.
package struct CompanyBreakdowns: Sendable {
    /// One agent across the exports that name agents; nil where an export does not name them (or
    /// the agent has nothing in it).
    package struct AgentRow: Sendable {
        /// The name as the exports write it, or the pseudonym's number as text (`pseudonym`).
        package var agent: String
        /// With `--pseudonymize-agents`: the agent's number (`IngestDetail.pseudonymizingAgents`).
        package var pseudonym: Int?
        package var calls: CallBreakdown.AgentRow?
        package var tickets: TicketBreakdown.Row?
        package var surveys: SurveyBreakdown.Row?
    }

    package var calls: CallBreakdown?
    package var tickets: TicketBreakdown?
    package var surveys: SurveyBreakdown?
    /// By name (by number for pseudonyms); empty when no export names agents.
    package var agents: [AgentRow]
    /// Whether an export named agents (a table by agent is shown, even if empty for the period).
    package var namesAgents: Bool

    /// The channels of the tickets (most tickets first), then those only the surveys have.
    package var channelNames: [String] {
        var names = (tickets?.channels ?? []).map(\.name)
        for row in surveys?.channels ?? [] where !names.contains(row.name) { names.append(row.name) }
        return names
    }

    /// The breakdowns of `period` in a company's `detail` (its groups, `IngestDetail.byCompany`);
    /// nil when none of its exports has a group of that period.
    package init?(detail: IngestDetail, period: Period) {
        calls = detail.calls.first { $0.queue == nil && $0.period == period && $0.breakdown != nil }?.breakdown
        tickets = detail.tickets.first { $0.period == period && $0.breakdown != nil }?.breakdown
        surveys = detail.surveys.first { $0.period == period && $0.breakdown != nil }?.breakdown
        guard calls != nil || tickets != nil || surveys != nil else { return nil }
        namesAgents = calls?.agents != nil || tickets?.agents != nil || surveys?.agents != nil
        var rows: [String: AgentRow] = [:]
        func row(_ name: String) -> AgentRow {
            rows[name] ?? AgentRow(agent: name, pseudonym: detail.agentsPseudonymized ? Int(name) : nil)
        }
        for item in calls?.agents ?? [] { rows[item.agent] = row(item.agent); rows[item.agent]?.calls = item }
        for item in tickets?.agents ?? [] { rows[item.name] = row(item.name); rows[item.name]?.tickets = item }
        for item in surveys?.agents ?? [] { rows[item.name] = row(item.name); rows[item.name]?.surveys = item }
        agents = rows.values.sorted { a, b in
            if let x = a.pseudonym, let y = b.pseudonym { return x < y }
            return a.agent < b.agent
        }
    }
}
