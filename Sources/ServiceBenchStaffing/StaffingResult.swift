import ServiceBenchCore

/// The staffing that meets a request's target, with the figures around it.
package struct StaffingResult: Sendable, Hashable {
    /// What limited the search.
    package enum Outcome: String, Sendable, Hashable {
        /// The service-level target fixed the number of agents.
        case serviceLevel = "service_level"
        /// The maximum occupancy asked for more agents than the service level did.
        case maxOccupancy = "max_occupancy"
        /// No calls: no agents needed.
        case noVolume = "no_volume"
        /// No number of agents up to `StaffingPlanner.maximumAgents` meets the target.
        case unreachable
    }

    package var request: StaffingRequest
    package var model: StaffingModel
    /// Offered load A = λ·h in erlangs.
    package var loadErlangs: Double
    /// False when no staffing up to the agent bound meets the target; `agents` is then nil.
    package var reachable: Bool { agents != nil }
    package var outcome: Outcome
    /// Why the target cannot be reached and what to change (nil when reachable).
    package var unreachableReason: String?
    /// The smallest number of agents on the phones that meets the target (and the maximum occupancy).
    package var agents: Int?
    /// Agents to schedule: agents / (1 − shrinkage), rounded up (equal to `agents` without shrinkage).
    package var scheduledAgents: Int?
    /// The figures at `agents`.
    package var recommended: StaffingRow?
    /// Rows from two fewer to two more agents than `agents` (never below 1 while calls arrive; rows
    /// where Erlang C is unstable are kept, marked `isStable == false`). Empty when unreachable.
    package var table: [StaffingRow]

    package init(
        request: StaffingRequest, model: StaffingModel, loadErlangs: Double, outcome: Outcome, unreachableReason: String?,
        agents: Int?, scheduledAgents: Int?, recommended: StaffingRow?, table: [StaffingRow]
    ) {
        self.request = request
        self.model = model
        self.loadErlangs = loadErlangs
        self.outcome = outcome
        self.unreachableReason = unreachableReason
        self.agents = agents
        self.scheduledAgents = scheduledAgents
        self.recommended = recommended
        self.table = table
    }
}

extension StaffingResult {
    /// Service level at `agents`, 0–1 (nil when unreachable).
    package var serviceLevel: Double? { recommended?.serviceLevel }
    /// ASA at `agents`, in seconds (nil when unreachable).
    package var asaSeconds: Double? { recommended?.asaSeconds }
    /// Probability of waiting at `agents`, 0–1 (nil when unreachable).
    package var waitProbability: Double? { recommended?.waitProbability }
    /// Occupancy at `agents`, 0–1 (nil when unreachable).
    package var occupancy: Double? { recommended?.occupancy }
    /// Abandonment at `agents`, 0–1 (Erlang A only).
    package var abandonRate: Double? { recommended?.abandonRate }
}
