import ServiceBenchCore

/// The staffing one hour of the week needs, beside what was observed.
package struct HourlyStaffing: Sendable, Hashable {
    /// 0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00.
    package var hourOfWeek: Int
    /// Average calls offered in this hour of the week: total ÷ weeks.
    package var callsPerHour: Double
    /// Average handle time in seconds used for this hour; nil when no call was answered all week.
    package var ahtSeconds: Double?
    /// True when this hour had no answered call and the week's overall AHT stands in for its own.
    package var ahtIsWeekAverage: Bool
    /// The observed service level, 0–1, passed through.
    package var observedServiceLevel: Double?
    /// The plan at this hour's average volume and AHT (one-hour interval); nil without an AHT.
    package var staffing: StaffingResult?
}
