/// Figures beyond the catalogue KPIs, per group (company or company / queue, and period).
package struct IngestDetail: Sendable {
    package var calls: [CallGroupDetail] = []
    package var tickets: [TicketGroupDetail] = []
    package var surveys: [SurveyGroupDetail] = []

    package init() {}
}
