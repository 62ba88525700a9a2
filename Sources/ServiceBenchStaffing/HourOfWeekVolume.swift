import ServiceBenchCore

/// One hour of the week, summed over the weeks observed (from raw call exports).
package struct HourOfWeekVolume: Sendable, Hashable {
    /// 0 = Monday 00:00–01:00, … 167 = Sunday 23:00–24:00: (ISO weekday − 1) × 24 + hour.
    package var hourOfWeek: Int
    /// Calls offered in this hour, summed over all the weeks observed.
    package var callsOffered: Double
    /// Calls answered in this hour, summed over the weeks.
    package var callsAnswered: Double
    /// Total handle time of the answered calls, in seconds, summed over the weeks.
    package var handleSeconds: Double
    /// The service level observed in this hour, 0–1, if the data gives one.
    package var observedServiceLevel: Double?

    package init(hourOfWeek: Int, callsOffered: Double, callsAnswered: Double, handleSeconds: Double, observedServiceLevel: Double? = nil) {
        self.hourOfWeek = hourOfWeek
        self.callsOffered = callsOffered
        self.callsAnswered = callsAnswered
        self.handleSeconds = handleSeconds
        self.observedServiceLevel = observedServiceLevel
    }
}
