import ServiceBenchCore

/// Tickets of one period.
public struct TicketGroupDetail: Sendable {
    public var company: String
    public var period: Period
    public var created: Int
    public var resolved: Int
    /// Tickets by channel, most first (ties by name).
    public var byChannel: [(channel: String, count: Int)]
    /// Contact reasons, most frequent first (ties by name).
    public var contactReasons: [(reason: String, count: Int)]
    /// Hours. Median first response time over all channels.
    public var medianFirstResponseHours: Double?
    /// Tickets open at the end of the period and their mean age in days.
    public var openAtEnd: Int
    public var meanOpenAgeDays: Double?
}
