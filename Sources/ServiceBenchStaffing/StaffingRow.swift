import ServiceBenchCore

/// The queue's figures for one number of agents: one row of the staffing table.
package struct StaffingRow: Sendable, Hashable {
    /// Agents on the phones (answering calls), not counting shrinkage.
    package var agents: Int
    /// Share of all offered calls answered within the target time, 0–1. Erlang A counts calls that
    /// abandon (at any time) as not answered within the target: the denominator is every arrival.
    package var serviceLevel: Double
    /// Average speed of answer in seconds: the mean wait of the calls that are answered (in Erlang C,
    /// all calls). Nil when the queue is unstable (Erlang C with agents ≤ load): the wait is unbounded.
    package var asaSeconds: Double?
    /// Probability that a call has to wait (finds every agent busy), 0–1.
    package var waitProbability: Double
    /// Agent occupancy, 0–1: carried load / agents (Erlang C: A/N; Erlang A: A·(1 − abandon rate)/N).
    /// 1 when the queue is unstable, 0 with no agents.
    package var occupancy: Double
    /// Share of offered calls that hang up before an answer, 0–1 (Erlang A only; nil for Erlang C).
    package var abandonRate: Double?
    /// False when the queue grows without bound (Erlang C with agents ≤ load). Erlang A is always stable.
    package var isStable: Bool

    package init(agents: Int, serviceLevel: Double, asaSeconds: Double?, waitProbability: Double, occupancy: Double, abandonRate: Double?, isStable: Bool) {
        self.agents = agents
        self.serviceLevel = serviceLevel
        self.asaSeconds = asaSeconds
        self.waitProbability = waitProbability
        self.occupancy = occupancy
        self.abandonRate = abandonRate
        self.isStable = isStable
    }
}
