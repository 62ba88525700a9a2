import Foundation
import Testing

@testable import ServiceBenchStaffing
import ServiceBenchCore

/// A load beyond the search (10,000 agents) is "unreachable", never a trap: `calls_offered` 1e40 made
/// `StaffingPlanner.plan` convert 2.5 × 10³⁹ erlangs to `Int`.
@Suite struct StaffingLoadBoundTests {
    @Test(arguments: [
        (1e40, nil), (1e40, 90.0), (Double(Int.max) * 4, nil), (Double(Int.max) * 4, 60.0), (2e8, nil), (1e300, 30.0),
    ] as [(Double, Double?)])
    func hugeLoadIsUnreachable(calls: Double, patience: Double?) throws {
        let request = StaffingRequest(
            callsPerInterval: calls, intervalSeconds: 3600, ahtSeconds: 180, targetShare: 0.8, targetSeconds: 20, patienceSeconds: patience)
        let result = try StaffingPlanner.plan(request)
        #expect(result.outcome == .unreachable)
        #expect(result.agents == nil)
        #expect(result.unreachableReason?.contains("10000 agents") == true)
        #expect(result.jsonText().contains("\"reachable\": false"))
        #expect(result.terminalText().contains("Target not reachable"))
    }

    /// Just below the bound, the search still answers (Erlang C needs more agents than erlangs).
    @Test func loadJustBelowTheBoundIsPlanned() throws {
        let request = StaffingRequest(callsPerInterval: 9_000 * 20, intervalSeconds: 3600, ahtSeconds: 180, targetShare: 0.8, targetSeconds: 20)
        let result = try StaffingPlanner.plan(request)
        #expect(result.loadErlangs == 9_000)
        #expect((result.agents ?? 0) > 9_000)
    }

    /// The report's what-if from a KPI table: `calls_offered` 1e40 in a quarter.
    @Test func averageVolumeWhatIfWithHugeVolumeIsUnreachable() throws {
        let whatIf = try AverageVolumeWhatIf.plan(
            callsOffered: 1e40, period: Period(year: 2026, quarter: 1), ahtSeconds: 180,
            policy: StaffingPolicy(targetShare: 0.8, targetSeconds: 20))
        #expect(whatIf.staffing.outcome == .unreachable)
    }
}
