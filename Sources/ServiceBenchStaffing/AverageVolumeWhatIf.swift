import ServiceBenchCore

/// Agents needed at a period's average hourly volume, from the KPI table's `calls_offered` and `aht`.
///
/// This is a floor, not a schedule: calls bunch into peak hours, which need more agents than the
/// average hour; the per-hour plan from raw exports (`WeeklyStaffingPlanner`) shows them.
package enum AverageVolumeWhatIf {
    package static func plan(
        callsOffered: Double, period: Period, ahtSeconds: Double, policy: StaffingPolicy, openingHours: OpeningHours = OpeningHours()
    ) throws(StaffingError) -> AverageVolumeStaffing {
        let hours = openingHours.openHours(in: period.granularity)
        guard hours.isFinite, hours > 0, openingHours.daysPerWeek <= 7, openingHours.hoursPerDay <= 24 else {
            throw StaffingError(.invalidArgument, "opening hours of \(openingHours.daysPerWeek) days × \(openingHours.hoursPerDay) h × \(openingHours.weeksPerYear) weeks make no sense; use at most 7 days of at most 24 h and a positive number of weeks")
        }
        let callsPerHour = callsOffered / hours
        let staffing = try StaffingPlanner.plan(StaffingRequest(callsPerInterval: callsPerHour, intervalSeconds: 3600, ahtSeconds: ahtSeconds, policy: policy))
        return AverageVolumeStaffing(openHours: hours, callsPerHour: callsPerHour, openingHours: openingHours, staffing: staffing)
    }
}
