import ServiceBenchCore

/// The staffing what-if of a report built from a KPI table alone (no raw calls).
package struct AverageVolumeStaffing: Sendable, Hashable {
    /// Open hours assumed in the period.
    package var openHours: Double
    /// Average calls offered per open hour: calls offered in the period ÷ open hours.
    package var callsPerHour: Double
    package var openingHours: OpeningHours
    /// The plan at that average (one-hour interval).
    package var staffing: StaffingResult
}
