import ServiceBenchCore

/// Survey responses of one period.
package struct SurveyGroupDetail: Sendable {
    package var company: String
    package var period: Period
    package var csatResponses: Int
    package var npsResponses: Int
    package var promoters: Int
    package var passives: Int
    package var detractors: Int
    /// CES responses on 1–7 and on the declared 1–5 effort scale (converted to 1–7).
    package var ces7Responses: Int
    package var ces5Responses: Int
    /// Responses by channel, most first.
    package var byChannel: [(channel: String, count: Int)]
    /// By channel and by agent (`SurveyBreakdown`).
    package var breakdown: SurveyBreakdown? = nil
}
