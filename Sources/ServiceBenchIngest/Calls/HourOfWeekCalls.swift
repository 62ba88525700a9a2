/// The calls of one hour of the week (say Tuesday 10:00–10:59) summed over the weeks covered.
package struct HourOfWeekCalls: Sendable, Hashable {
    /// 0 = Monday … 6 = Sunday.
    package var weekday: Int
    package var hour: Int
    package var offered: Int
    package var answered: Int
    /// Seconds of talk plus wrap-up of the answered calls.
    package var handleSeconds: Double
    /// Answered within each service-level threshold, in the order of `serviceLevelThresholds`.
    package var answeredWithin: [Int]
}
