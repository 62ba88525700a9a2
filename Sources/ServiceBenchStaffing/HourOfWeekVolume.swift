import ServiceBenchCore

/// One hour of the week, summed over the weeks observed (from raw call exports).
public struct HourOfWeekVolume: Sendable, Hashable {
    /// 0 = Monday 00:00–01:00, … 167 = Sunday 23:00–24:00: (ISO weekday − 1) × 24 + hour.
    public var hourOfWeek: Int
    /// Calls offered in this hour, summed over all the weeks observed.
    public var callsOffered: Double
    /// Calls answered in this hour, summed over the weeks.
    public var callsAnswered: Double
    /// Total handle time of the answered calls, in seconds, summed over the weeks.
    public var handleSeconds: Double
    /// The service level observed in this hour, 0–1, if the data gives one.
    public var observedServiceLevel: Double?

    public init(hourOfWeek: Int, callsOffered: Double, callsAnswered: Double, handleSeconds: Double, observedServiceLevel: Double? = nil) {
        self.hourOfWeek = hourOfWeek
        self.callsOffered = callsOffered
        self.callsAnswered = callsAnswered
        self.handleSeconds = handleSeconds
        self.observedServiceLevel = observedServiceLevel
    }
}
