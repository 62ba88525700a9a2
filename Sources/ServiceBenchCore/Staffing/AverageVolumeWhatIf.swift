/// When a service is open, to turn a period's call volume into an hourly rate. Defaults: 5 days a
/// week, 10 hours a day, 52 weeks a year (so 13 weeks a quarter, 52/12 a month).
public struct OpeningHours: Sendable, Hashable {
    public var daysPerWeek: Double
    public var hoursPerDay: Double
    public var weeksPerYear: Double

    public init(daysPerWeek: Double = 5, hoursPerDay: Double = 10, weeksPerYear: Double = 52) {
        self.daysPerWeek = daysPerWeek
        self.hoursPerDay = hoursPerDay
        self.weeksPerYear = weeksPerYear
    }

    /// Open hours in a period: year 2,600 h, quarter 650 h, month 216.7 h with the defaults.
    public func openHours(in granularity: Period.Granularity) -> Double {
        let perYear = daysPerWeek * hoursPerDay * weeksPerYear
        switch granularity {
        case .year: return perYear
        case .quarter: return perYear / 4
        case .month: return perYear / 12
        }
    }
}

/// The staffing what-if of a report built from a KPI table alone (no raw calls).
public struct AverageVolumeStaffing: Sendable, Hashable {
    /// Open hours assumed in the period.
    public var openHours: Double
    /// Average calls offered per open hour: calls offered in the period ÷ open hours.
    public var callsPerHour: Double
    public var openingHours: OpeningHours
    /// The plan at that average (one-hour interval).
    public var staffing: StaffingResult
}

/// Agents needed at a period's average hourly volume, from the KPI table's `calls_offered` and `aht`.
///
/// This is a floor, not a schedule: calls bunch into peak hours, which need more agents than the
/// average hour; the per-hour plan from raw exports (`WeeklyStaffingPlanner`) shows them.
public enum AverageVolumeWhatIf {
    public static func plan(
        callsOffered: Double, period: Period, ahtSeconds: Double, policy: StaffingPolicy, openingHours: OpeningHours = OpeningHours()
    ) throws(CoreError) -> AverageVolumeStaffing {
        let hours = openingHours.openHours(in: period.granularity)
        guard hours.isFinite, hours > 0, openingHours.daysPerWeek <= 7, openingHours.hoursPerDay <= 24 else {
            throw CoreError(.invalidArgument, "opening hours of \(openingHours.daysPerWeek) days × \(openingHours.hoursPerDay) h × \(openingHours.weeksPerYear) weeks make no sense; use at most 7 days of at most 24 h and a positive number of weeks")
        }
        let callsPerHour = callsOffered / hours
        let staffing = try StaffingPlanner.plan(StaffingRequest(callsPerInterval: callsPerHour, intervalSeconds: 3600, ahtSeconds: ahtSeconds, policy: policy))
        return AverageVolumeStaffing(openHours: hours, callsPerHour: callsPerHour, openingHours: openingHours, staffing: staffing)
    }
}
