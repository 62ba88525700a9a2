/// The calls of one hour of the week (say Tuesday 10:00–10:59) summed over the weeks covered.
public struct HourOfWeekCalls: Sendable, Hashable {
    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int
    public var hour: Int
    public var offered: Int
    public var answered: Int
    /// Seconds of talk plus wrap-up of the answered calls.
    public var handleSeconds: Double
    /// Answered within each service-level threshold, in the order of `serviceLevelThresholds`.
    public var answeredWithin: [Int]
}
