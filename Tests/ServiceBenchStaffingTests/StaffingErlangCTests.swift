import Foundation
import Testing

@testable import ServiceBenchStaffing
import ServiceBenchCore

/// Erlang C against values computed independently with mpmath at 50 digits from the textbook formula
/// E_C = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)) (script in the staffing report).
@Suite struct StaffingErlangCTests {
    struct Case: Sendable, CustomStringConvertible {
        var load: Double
        var agents: Int
        var aht: Double
        var target: Double
        var wait: Double
        var serviceLevel: Double
        var asa: Double
        var description: String { "A=\(load) N=\(agents)" }
    }

    static let cases: [Case] = [
        // 100 calls in 30 min, AHT 180 s (A = 10), target 20 s.
        Case(load: 10, agents: 12, aht: 180, target: 20, wait: 0.449388224298, serviceLevel: 0.640158040374, asa: 40.444940186844),
        Case(load: 10, agents: 13, aht: 180, target: 20, wait: 0.285270453036, serviceLevel: 0.795594788418, asa: 17.116227182190),
        Case(load: 10, agents: 14, aht: 180, target: 20, wait: 0.174131933595, serviceLevel: 0.888350019179, asa: 7.835937011777),
        Case(load: 10, agents: 16, aht: 180, target: 20, wait: 0.057340330903, serviceLevel: 0.970560492503, asa: 1.720209927101),
        // mitan.co.uk: 360 calls per 30 min, AHT 4 min (A = 48), 55 agents, T = 15 s.
        Case(load: 48, agents: 55, aht: 240, target: 15, wait: 0.238700936378, serviceLevel: 0.845883092171, asa: 8.184032104389),
        Case(load: 48, agents: 54, aht: 240, target: 15, wait: 0.301307899376, serviceLevel: 0.792914311144, asa: 12.052315975051),
        // Small and very large.
        Case(load: 1, agents: 2, aht: 180, target: 20, wait: 1.0 / 3, serviceLevel: 0.7017202277285434, asa: 60),
        Case(load: 0.5, agents: 1, aht: 180, target: 20, wait: 0.5, serviceLevel: 0.5270202655466173, asa: 180),
        Case(load: 9000, agents: 9100, aht: 180, target: 20, wait: 0.20417233059882947, serviceLevel: 0.9999969485754018, asa: 0.36751019507789306),
        Case(load: 9999.5, agents: 10000, aht: 180, target: 20, wait: 0.9937640954652363, serviceLevel: 0.05993944403509291, asa: 357.75507436748507),
    ]

    @Test(arguments: cases)
    func matchesIndependentComputation(_ c: Case) throws {
        let row = ErlangC.row(agents: c.agents, load: c.load, ahtSeconds: c.aht, targetSeconds: c.target)
        #expect(row.isStable)
        #expect(abs(row.waitProbability - c.wait) <= 1e-10 * max(1, c.wait))
        #expect(abs(row.serviceLevel - c.serviceLevel) <= 1e-10)
        let asa = try #require(row.asaSeconds)
        #expect(abs(asa - c.asa) <= 1e-9 * max(1, c.asa))
        #expect(abs(row.occupancy - c.load / Double(c.agents)) <= 1e-15)
    }

    @Test func tinyWaitProbabilityStaysRelativelyExact() {
        // 10,000 agents at 9,000 erlangs: E_C = 2.09161979441929e-25 (mpmath).
        let row = ErlangC.row(agents: 10_000, load: 9_000, ahtSeconds: 180, targetSeconds: 20)
        #expect(abs(row.waitProbability / 2.09161979441929e-25 - 1) < 1e-9)
        #expect(row.serviceLevel == 1)
        #expect(row.occupancy == 0.9)
    }

    @Test(arguments: [(10.0, 10), (10.0, 9), (10.0, 1), (9_000.0, 8_999), (0.5, 0)])
    func unstableQueueHasNoFiniteWait(load: Double, agents: Int) {
        let row = ErlangC.row(agents: agents, load: load, ahtSeconds: 180, targetSeconds: 20)
        #expect(!row.isStable)
        #expect(row.serviceLevel == 0)
        #expect(row.waitProbability == 1)
        #expect(row.asaSeconds == nil)
        #expect(row.occupancy == (agents > 0 ? 1 : 0))
    }

    @Test(arguments: [0, 1, 5])
    func zeroLoadNeverWaits(agents: Int) {
        let row = ErlangC.row(agents: agents, load: 0, ahtSeconds: 180, targetSeconds: 20)
        #expect(row.serviceLevel == 1)
        #expect(row.waitProbability == 0)
        #expect(row.asaSeconds == 0)
        #expect(row.occupancy == 0)
    }

    @Test func erlangBRecurrenceMatchesTheClosedForm() {
        // B(3, 2) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19.
        #expect(abs(ErlangB.blocking(servers: 3, load: 2) - 4.0 / 19) < 1e-15)
        #expect(ErlangB.blocking(servers: 0, load: 7) == 1)
        // Far beyond the load, B underflows quietly instead of producing NaN.
        let tiny = ErlangB.blocking(servers: 10_000, load: 1)
        #expect(tiny == 0)
        #expect(!tiny.isNaN)
    }
}
