import Foundation

/// Finds the smallest number of agents that meets a service-level target under Erlang C or Erlang A.
///
/// Search: N rises one agent at a time from a lower bound that no smaller N can beat, to
/// `maximumAgents`, stepping the Erlang B recurrence along (so the whole search costs O(N) and never
/// recomputes B from scratch):
/// - Erlang C: N starts at ⌊A⌋ + 1, the smallest stable staffing (N ≤ A gives SL = 0);
/// - Erlang A: N starts at ⌈s·A⌉ for a target share s, since at most N calls are in service at once,
///   so the answered share — and a fortiori SL(t) — is at most N/A.
/// The first N whose service level reaches the target and, when asked, whose occupancy is at most the
/// maximum, is the answer; no monotonicity is assumed. Both models leave a probability of waiting above
/// 0 for any finite N, so a 100 % target is unreachable; any lower share is reachable with enough
/// agents (also under Erlang A: the wait probability goes to 0 as N grows), but the search stops at
/// `maximumAgents` and then reports the target as unreachable with the reason.
public enum StaffingPlanner {
    /// The largest staffing the search considers.
    public static let maximumAgents = 10_000

    /// Float tolerance on the comparisons with the target share and the maximum occupancy.
    static let tolerance = 1e-12

    /// The agents needed for `request`, the figures at that number, and the table around it.
    public static func plan(_ request: StaffingRequest) throws(CoreError) -> StaffingResult {
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
            return unreachable(request, reason: "no finite staffing answers 100 % of calls within a time limit (some calls always arrive together); use a target share below 100 %")
        }
        let lower: Int
        switch model {
        case .erlangC: lower = max(1, Int(load.rounded(.down)) + 1)
        case .erlangA: lower = max(1, Int((request.targetShare * load - tolerance).rounded(.up)))
        }
        guard lower <= maximumAgents else {
            return unreachable(request, reason: beyondBound(request))
        }
        var erlangB = ErlangB(load: load)
        erlangB.advance(to: model == .erlangC ? lower : lower - 1)
        var firstMeetingServiceLevel: Int?
        for agents in lower...maximumAgents {
            let candidate = row(for: request, agents: agents, erlangB: erlangB.value)
            erlangB.addServer()
            guard candidate.serviceLevel >= request.targetShare - tolerance else { continue }
            if firstMeetingServiceLevel == nil { firstMeetingServiceLevel = agents }
            if let maxOccupancy = request.maxOccupancy, candidate.occupancy > maxOccupancy + tolerance { continue }
            let table = (max(1, agents - 2)...(agents + 2)).map { row(for: request, agents: $0) }
            return StaffingResult(
                request: request, model: model, loadErlangs: load,
                outcome: firstMeetingServiceLevel == agents ? .serviceLevel : .maxOccupancy, unreachableReason: nil,
                agents: agents, scheduledAgents: scheduled(agents, shrinkage: request.shrinkage),
                recommended: candidate, table: table)
        }
        return unreachable(request, reason: beyondBound(request))
    }

    /// The figures for `agents` agents under the request's model (computing B from scratch).
    public static func row(for request: StaffingRequest, agents: Int) -> StaffingRow {
        let load = request.loadErlangs
        let servers = request.model == .erlangC ? agents : max(0, agents - 1)
        return row(for: request, agents: agents, erlangB: ErlangB.blocking(servers: servers, load: load))
    }

    /// Agents to schedule so that `agents` are on the phones: ⌈agents / (1 − shrinkage)⌉.
    public static func scheduled(_ agents: Int, shrinkage: Double?) -> Int {
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
