import ServiceBenchCore

/// Tickets of one period.
package struct TicketGroupDetail: Sendable {
    package var company: String
    package var period: Period
    package var created: Int
    package var resolved: Int
    /// Tickets by channel, most first (ties by name).
    package var byChannel: [(channel: String, count: Int)]
    /// The tickets by contact reason, with their resolution times and the previous period's counts;
    /// nil when the export has no `contact_reason` column.
    package var reasons: ContactReasonGroup?
    /// Hours. Median first response time over all channels.
    package var medianFirstResponseHours: Double?
    /// Tickets open at the end of the period and their mean age in days.
    package var openAtEnd: Int
    package var meanOpenAgeDays: Double?

    /// Contact reasons given, most frequent first (ties by name); blank ones are `reasons.unspecified`.
    package var contactReasons: [(reason: String, count: Int)] {
        (reasons?.reasons ?? []).map { (reason: $0.reason, count: $0.count) }
    }
    /// By channel and by agent (`TicketBreakdown`).
    package var breakdown: TicketBreakdown? = nil
}
