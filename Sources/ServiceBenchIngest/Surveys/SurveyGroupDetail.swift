import ServiceBenchCore

/// Survey responses of one period.
public struct SurveyGroupDetail: Sendable {
    public var company: String
    public var period: Period
    public var csatResponses: Int
    public var npsResponses: Int
    public var promoters: Int
    public var passives: Int
    public var detractors: Int
    /// CES responses on 1–7 and on the declared 1–5 effort scale (converted to 1–7).
    public var ces7Responses: Int
    public var ces5Responses: Int
    /// Responses by channel, most first.
    public var byChannel: [(channel: String, count: Int)]
}
