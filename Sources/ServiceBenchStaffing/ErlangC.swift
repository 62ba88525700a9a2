import Foundation
import ServiceBenchCore

/// The Erlang C model (M/M/N): Poisson arrivals, exponential handle times, N agents, callers who wait
/// as long as it takes.
///
/// With offered load A = λ·h erlangs (λ calls per second, h the average handle time in seconds):
/// - probability of waiting P_w = E_C(N, A) = N·B / (N − A·(1 − B)), B = Erlang B(N, A);
/// - service level SL(t) = 1 − P_w · e^(−(N − A)·t / h);
/// - ASA = P_w · h / (N − A) seconds;
/// - occupancy = A / N.
/// When N ≤ A the queue is unstable: P_w = 1, SL = 0, ASA unbounded (nil), occupancy 1.
package enum ErlangC {
    /// The figures for `agents` agents at `load` erlangs, average handle time `ahtSeconds` (> 0) and
    /// target answer time `targetSeconds` (≥ 0).
    package static func row(agents: Int, load: Double, ahtSeconds: Double, targetSeconds: Double) -> StaffingRow {
        row(agents: agents, load: load, erlangB: ErlangB.blocking(servers: agents, load: load), ahtSeconds: ahtSeconds, targetSeconds: targetSeconds)
    }

    /// The same, given B(agents, load) already computed (the staffing search steps it along).
    static func row(agents: Int, load: Double, erlangB: Double, ahtSeconds: Double, targetSeconds: Double) -> StaffingRow {
        if load <= 0 {
            return StaffingRow(agents: agents, serviceLevel: 1, asaSeconds: 0, waitProbability: 0, occupancy: 0, abandonRate: nil, isStable: true)
        }
        let n = Double(agents)
        guard n > load else {
            return StaffingRow(agents: agents, serviceLevel: 0, asaSeconds: nil, waitProbability: 1, occupancy: agents > 0 ? 1 : 0, abandonRate: nil, isStable: false)
        }
        let wait = min(1, n * erlangB / (n - load * (1 - erlangB)))
        let serviceLevel = 1 - wait * exp(-(n - load) * targetSeconds / ahtSeconds)
        let asa = wait * ahtSeconds / (n - load)
        return StaffingRow(agents: agents, serviceLevel: serviceLevel, asaSeconds: asa, waitProbability: wait, occupancy: load / n, abandonRate: nil, isStable: true)
    }
}
