import Foundation
import ServiceBenchCore

/// Finds the smallest number of agents that meets a service-level target under Erlang C or Erlang A.
///
/// Search: from a lower bound that no smaller N can beat —
/// - Erlang C: ⌊A⌋ + 1, the smallest stable staffing (N ≤ A gives SL = 0);
/// - Erlang A: ⌈s·A⌉ for a target share s, since at most N calls are in service at once, so the
///   answered share — and a fortiori SL(t) — is at most N/A —
/// the search doubles its step until the target is met, then bisects back to the first N that meets
/// it. This relies on the service level rising and the occupancy falling as agents are added, which
/// holds for both models (more agents never lengthen anyone's wait; the tests check it against a
/// one-by-one scan). It evaluates about 2·log₂(N) staffings, each with B(N, A) from one Erlang B
/// recurrence table built once, so a search up to 10,000 agents takes milliseconds.
///
/// Both models leave a probability of waiting above 0 for any finite N, so a 100 % target is
/// unreachable; any lower share is reachable with enough agents (under Erlang A too: the wait
/// probability goes to 0 as N grows, whatever the patience), but the search stops at `maximumAgents`
/// and then reports the target as unreachable, with the reason.
package enum StaffingPlanner {
    /// The largest staffing the search considers. A load of A erlangs needs more than A agents under
    /// Erlang C (and more than target share × A under Erlang A), so any load above this is unreachable
    /// before any computation.
    package static let maximumAgents = 10_000

    /// Float tolerance on the comparisons with the target share and the maximum occupancy.
    static let tolerance = 1e-12

    /// The agents needed for `request`, the figures at that number, and the table around it.
    package static func plan(_ request: StaffingRequest) throws(StaffingError) -> StaffingResult {
        try request.validate()
        let load = request.loadErlangs
        let model = request.model
        if load == 0 {
            let rows = (0...2).map { row(for: request, agents: $0) }
            return StaffingResult(
                request: request, model: model, loadErlangs: 0, outcome: .noVolume, unreachableReason: nil,
                agents: 0, scheduledAgents: 0, recommended: rows[0], table: rows)
        }
        if request.targetShare >= 1 {
            return unreachable(request, reason: "no finite staffing answers 100 % of calls within a time limit (with random arrivals there is always some chance that every agent is busy); use a target share below 100 %")
        }
        // The lower bound as a Double first: a load beyond the search (1e40 erlangs) would trap in
        // the conversion to Int, and needs more than `maximumAgents` anyway.
        let lowerBound: Double
        switch model {
        case .erlangC: lowerBound = load.rounded(.down) + 1
        case .erlangA: lowerBound = (request.targetShare * load - tolerance).rounded(.up)
        }
        guard lowerBound <= Double(maximumAgents) else {
            return unreachable(request, reason: beyondBound(request))
        }
        let lower = max(1, Int(lowerBound))
        // blocking[n] = B(n, A) for n = 0 … maximumAgents.
        var erlangB = ErlangB(load: load)
        var blocking = [erlangB.value]
        blocking.reserveCapacity(maximumAgents + 1)
        for _ in 0..<maximumAgents {
            erlangB.addServer()
            blocking.append(erlangB.value)
        }
        func figures(_ agents: Int) -> StaffingRow {
            row(for: request, agents: agents, erlangB: blocking[model == .erlangC ? agents : agents - 1])
        }
        func meetsServiceLevel(_ row: StaffingRow) -> Bool { row.serviceLevel >= request.targetShare - tolerance }
        func meets(_ row: StaffingRow) -> Bool {
            guard meetsServiceLevel(row) else { return false }
            guard let maxOccupancy = request.maxOccupancy else { return true }
            return row.occupancy <= maxOccupancy + tolerance
        }
        // Invariant: `below` fails (or is lower − 1), `above` meets the target.
        var below = lower - 1
        var above = lower
        var step = 1
        var aboveRow = figures(above)
        while !meets(aboveRow) {
            guard above < maximumAgents else { return unreachable(request, reason: beyondBound(request)) }
            below = above
            above = min(maximumAgents, above + step)
            step *= 2
            aboveRow = figures(above)
        }
        while above - below > 1 {
            let middle = (below + above) / 2
            let middleRow = figures(middle)
            if meets(middleRow) {
                above = middle
                aboveRow = middleRow
            } else {
                below = middle
            }
        }
        let agents = above
        let setByOccupancy = agents > lower && meetsServiceLevel(figures(agents - 1))
        let table = (max(1, agents - 2)...(agents + 2)).map { row(for: request, agents: $0) }
        return StaffingResult(
            request: request, model: model, loadErlangs: load, outcome: setByOccupancy ? .maxOccupancy : .serviceLevel,
            unreachableReason: nil, agents: agents, scheduledAgents: scheduled(agents, shrinkage: request.shrinkage),
            recommended: aboveRow, table: table)
    }

    /// The figures for `agents` agents under the request's model (computing B from scratch).
    package static func row(for request: StaffingRequest, agents: Int) -> StaffingRow {
        let load = request.loadErlangs
        let servers = request.model == .erlangC ? agents : max(0, agents - 1)
        return row(for: request, agents: agents, erlangB: ErlangB.blocking(servers: servers, load: load))
    }

    /// Agents to schedule so that `agents` are on the phones: ⌈agents / (1 − shrinkage)⌉.
    package static func scheduled(_ agents: Int, shrinkage: Double?) -> Int {
        guard let shrinkage, shrinkage > 0 else { return agents }
        return Int((Double(agents) / (1 - shrinkage) - 1e-9).rounded(.up))
    }

    /// `erlangB` is B(agents, A) for Erlang C and B(agents − 1, A) for Erlang A.
    private static func row(for request: StaffingRequest, agents: Int, erlangB: Double) -> StaffingRow {
        let load = request.loadErlangs
        if let patience = request.patienceSeconds {
            return ErlangA.row(
                agents: agents, load: load, erlangBBelow: erlangB, ahtSeconds: request.ahtSeconds,
                patienceSeconds: patience, targetSeconds: request.targetSeconds)
        }
        return ErlangC.row(agents: agents, load: load, erlangB: erlangB, ahtSeconds: request.ahtSeconds, targetSeconds: request.targetSeconds)
    }

    private static func beyondBound(_ request: StaffingRequest) -> String {
        var text = "no staffing up to \(maximumAgents) agents meets the target"
        if request.maxOccupancy != nil { text += " and the maximum occupancy" }
        text += " at this load; lower the target or split the flow into smaller queues"
        return text
    }

    private static func unreachable(_ request: StaffingRequest, reason: String) -> StaffingResult {
        StaffingResult(
            request: request, model: request.model, loadErlangs: request.loadErlangs, outcome: .unreachable,
            unreachableReason: reason, agents: nil, scheduledAgents: nil, recommended: nil, table: [])
    }
}
