/// Figures beyond the catalogue KPIs, per group (company or company / queue, and period).
public struct IngestDetail: Sendable {
    public var calls: [CallGroupDetail] = []
    public var tickets: [TicketGroupDetail] = []
    public var surveys: [SurveyGroupDetail] = []

    public init() {}
}
