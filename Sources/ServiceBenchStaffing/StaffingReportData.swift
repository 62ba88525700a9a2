import ServiceBenchCore

/// The staffing what-if of one company, as the report shows it: per hour of the day, the observed
/// volume and handle time and the agents Erlang C says are needed to reach the service-level target.
/// Filled by the command from the staffing code; the report leaves the section out when it is nil or
/// has no rows.
public struct StaffingReportData: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// The interval's label, `08:00`.
        public var label: String
        /// Calls offered in the interval: an average, so a fraction (12.4 calls in the average 10:00 hour);
        /// the report rounds it for display, the JSON keeps it.
        public var calls: Double
        /// Average handle time, seconds.
        public var averageHandleSeconds: Double
        /// Agents needed to reach the target (Erlang C); nil when no staffing up to
        /// `StaffingPlanner.maximumAgents` reaches it (shown as unreachable).
        public var agentsNeeded: Int?
        /// Observed service level, 0–100, where known.
        public var observedServiceLevel: Double?

        public init(label: String, calls: Double, averageHandleSeconds: Double, agentsNeeded: Int?, observedServiceLevel: Double? = nil) {
            self.label = label
            self.calls = calls
            self.averageHandleSeconds = averageHandleSeconds
            self.agentsNeeded = agentsNeeded
            self.observedServiceLevel = observedServiceLevel
        }
    }

    /// What the rows stand for, explained under the section's title.
    public enum Basis: Sendable, Hashable {
        /// One row per hour of the day: the average weekday (Monday–Friday), the calls of `days` weekday
        /// dates with calls (in `weeks` weeks of raw calls) divided by `days`.
        case weekdayHours(weeks: Int, days: Int)
        /// One row at the period's average hourly volume: `callsOffered` calls over `openHours` hours of
        /// opening (`daysPerWeek` days of `hoursPerDay` hours a week). A floor: peak hours need more.
        case averageVolume(callsOffered: Double, openHours: Double, daysPerWeek: Double, hoursPerDay: Double)
    }

    public var rows: [Row]
    public var basis: Basis?
    /// The target: `targetShare` (0–100) of calls answered within `targetSeconds`.
    public var targetShare: Double
    public var targetSeconds: Double
    /// The model used, in words (`Erlang C`, `Erlang A`).
    public var model: String

    public init(rows: [Row], targetShare: Double, targetSeconds: Double, model: String = "Erlang C", basis: Basis? = nil) {
        self.rows = rows
        self.basis = basis
        self.targetShare = targetShare
        self.targetSeconds = targetSeconds
        self.model = model
    }
}
