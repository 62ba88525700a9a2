import ServiceBenchCore

/// Tickets of one period.
package struct TicketGroupDetail: Sendable {
    package var company: String
    package var period: Period
    package var created: Int
    package var resolved: Int
    /// Tickets by channel, most first (ties by name).
    package var byChannel: [(channel: String, count: Int)]
    /// Contact reasons, most frequent first (ties by name).
    package var contactReasons: [(reason: String, count: Int)]
    /// Hours. Median first response time over all channels.
    package var medianFirstResponseHours: Double?
    /// Tickets open at the end of the period and their mean age in days.
    package var openAtEnd: Int
    package var meanOpenAgeDays: Double?
    /// By channel and by agent (`TicketBreakdown`).
    package var breakdown: TicketBreakdown? = nil
}
