import ServiceBenchCore

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
