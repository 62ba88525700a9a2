import ServiceBenchCore

/// The staffing that meets a request's target, with the figures around it.
public struct StaffingResult: Sendable, Hashable {
    /// What limited the search.
    public enum Outcome: String, Sendable, Hashable {
        /// The service-level target fixed the number of agents.
        case serviceLevel = "service_level"
        /// The maximum occupancy asked for more agents than the service level did.
        case maxOccupancy = "max_occupancy"
        /// No calls: no agents needed.
        case noVolume = "no_volume"
        /// No number of agents up to `StaffingPlanner.maximumAgents` meets the target.
        case unreachable
    }

    public var request: StaffingRequest
    public var model: StaffingModel
    /// Offered load A = λ·h in erlangs.
    public var loadErlangs: Double
    /// False when no staffing up to the agent bound meets the target; `agents` is then nil.
    public var reachable: Bool { agents != nil }
    public var outcome: Outcome
    /// Why the target cannot be reached and what to change (nil when reachable).
    public var unreachableReason: String?
    /// The smallest number of agents on the phones that meets the target (and the maximum occupancy).
    public var agents: Int?
    /// Agents to schedule: agents / (1 − shrinkage), rounded up (equal to `agents` without shrinkage).
    public var scheduledAgents: Int?
    /// The figures at `agents`.
    public var recommended: StaffingRow?
    /// Rows from two fewer to two more agents than `agents` (never below 1 while calls arrive; rows
    /// where Erlang C is unstable are kept, marked `isStable == false`). Empty when unreachable.
    public var table: [StaffingRow]

    public init(
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
    public var serviceLevel: Double? { recommended?.serviceLevel }
    /// ASA at `agents`, in seconds (nil when unreachable).
    public var asaSeconds: Double? { recommended?.asaSeconds }
    /// Probability of waiting at `agents`, 0–1 (nil when unreachable).
    public var waitProbability: Double? { recommended?.waitProbability }
    /// Occupancy at `agents`, 0–1 (nil when unreachable).
    public var occupancy: Double? { recommended?.occupancy }
    /// Abandonment at `agents`, 0–1 (Erlang A only).
    public var abandonRate: Double? { recommended?.abandonRate }
}
