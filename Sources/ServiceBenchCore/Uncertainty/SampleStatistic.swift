/// What kind of statistic of counted events a KPI's value is, which decides its margin of error
/// (`ValueInterval`) and the test of its change (`ChangeTest`). KPIs that are no such statistic
/// (volumes, backlog, occupancy, costs, practices) have none, and an `n` given for them is an error.
package enum SampleStatistic: String, Sendable, Hashable {
    /// A share of the events, in percent 0–100: Wilson's interval, the two-proportion z-test.
    case share
    /// NPS: % promoters − % detractors of the answers, points −100…100: the multinomial variance.
    case netScore = "net-score"
    /// A mean over the events, in the KPI's unit: Student's t interval, Welch's test.
    case mean

    /// The statistic `kpi` is, nil when it is no share or mean of counted events.
    package static func of(_ kpi: String) -> SampleStatistic? {
        if kpi.hasPrefix("service_level_") { return .share }
        return byKPI[kpi]
    }

    /// The KPIs that are shares or means of counted events, and which (n in `MeasurementSample`).
    static let byKPI: [String: SampleStatistic] = [
        "csat": .share, "survey_response_rate": .share, "answer_rate": .share, "abandon_rate": .share,
        "email_answered_24h": .share, "fcr": .share, "transfer_rate": .share, "digital_share": .share,
        "nps": .netScore,
        "ces": .mean, "qa_score_calls": .mean, "qa_score_written": .mean, "asa": .mean, "aht": .mean,
        "email_response_time": .mean, "chat_first_response_time": .mean, "resolution_time": .mean,
    ]
}
