/// The survey answers of one company and period broken down inside its report: by channel, and by
/// agent where the export names one (`agent` column).
package struct SurveyBreakdown: Sendable {
    /// The answers of one channel or one agent, with the company's formulas (`SurveysIngest`):
    /// CSAT % = answers of 4–5 / CSAT answers × 100; NPS = % promoters − % detractors; CES = mean on
    /// the 1–7 scale. A score is nil without answers of its type, never 0.
    package struct Row: Sendable {
        package var name: String
        package var csatAnswers: Int
        package var csat: Double?
        package var npsAnswers: Int
        package var nps: Double?
        package var cesAnswers: Int
        package var ces: Double?

        init(name: String, _ a: SurveyAggregate) {
            self.name = name
            csatAnswers = a.csat
            csat = a.csat > 0 ? 100 * Double(a.csatSatisfied) / Double(a.csat) : nil
            npsAnswers = a.nps
            nps = a.nps > 0 ? 100 * Double(a.promoters - a.detractors) / Double(a.nps) : nil
            cesAnswers = a.ces7 + a.ces5
            ces = cesAnswers > 0 ? Double(a.cesHalfPoints) / 2 / Double(cesAnswers) : nil
        }
    }

    /// Channels, most answers first (ties by name).
    package var channels: [Row]
    /// Agents by name; nil when the export has no `agent` column.
    package var agents: [Row]?
}

/// The answers of one period by channel and by agent, each a `SurveyAggregate`.
struct SurveyBreakdownTally: Sendable {
    var channels: [String: SurveyAggregate] = [:]
    var agents: [String: SurveyAggregate] = [:]

    mutating func add(_ kind: SurveyType, score: Int, channel: String?, agent: String?) {
        if let channel { channels[channel, default: SurveyAggregate()].add(kind, score: score, channel: nil) }
        if let agent { agents[agent, default: SurveyAggregate()].add(kind, score: score, channel: nil) }
    }

    func breakdown(namesAgents: Bool) -> SurveyBreakdown {
        let rows = channels.map { SurveyBreakdown.Row(name: $0.key, $0.value) }
        let answers = { (row: SurveyBreakdown.Row) in row.csatAnswers + row.npsAnswers + row.cesAnswers }
        return SurveyBreakdown(
            channels: rows.sorted { answers($0) != answers($1) ? answers($0) > answers($1) : $0.name < $1.name },
            agents: namesAgents ? agents.map { SurveyBreakdown.Row(name: $0.key, $0.value) }.sorted { $0.name < $1.name } : nil)
    }
}
