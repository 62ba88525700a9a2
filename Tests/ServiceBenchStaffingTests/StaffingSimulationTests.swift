import Foundation
import Testing

@testable import ServiceBenchStaffing
import ServiceBenchCore

/// Erlang A against the seeded simulation: 200,000 callers after 5,000 of warm-up. Tolerance: 1
/// percentage point on the service level, the abandonment and the wait probability, 10 % on ASA.
/// With these seeds the observed gaps are at most 0.22 point (service level), 0.15 point
/// (abandonment), 0.32 point (wait probability) and 4 % (ASA).
@Suite struct StaffingSimulationTests {
    struct Case: Sendable, CustomStringConvertible {
        var callsPerHour: Double
        var aht: Double
        var patience: Double
        var agents: Int
        var target: Double
        var seed: UInt64
        var description: String { "\(callsPerHour)/h AHT \(aht) θ \(patience) N \(agents)" }
    }

    static let cases: [Case] = [
        // 100 calls per 30 min, AHT 180 s, patience 90 s, the Erlang C answer of 14 agents.
        Case(callsPerHour: 200, aht: 180, patience: 90, agents: 14, target: 20, seed: 1),
        // Understaffed: 12 agents for 10 erlangs, patient callers.
        Case(callsPerHour: 200, aht: 180, patience: 300, agents: 12, target: 20, seed: 2),
        // Overloaded beyond Erlang C: 20 erlangs on 16 agents, abandonment carries the excess.
        Case(callsPerHour: 600, aht: 120, patience: 60, agents: 16, target: 30, seed: 3),
    ]

    @Test(arguments: cases)
    func formulasMatchTheSimulation(_ c: Case) throws {
        let simulator = StaffingSimulator(
            arrivalsPerSecond: c.callsPerHour / 3600, ahtSeconds: c.aht, patienceSeconds: c.patience, agents: c.agents,
            targetSeconds: c.target)
        let simulated = simulator.run(calls: 200_000, warmUp: 5_000, seed: c.seed)
        let row = ErlangA.row(
            agents: c.agents, load: c.callsPerHour / 3600 * c.aht, ahtSeconds: c.aht, patienceSeconds: c.patience,
            targetSeconds: c.target)
        #expect(simulated.calls == 200_000)
        #expect(abs(row.serviceLevel - simulated.serviceLevel) < 0.01)
        #expect(abs(try #require(row.abandonRate) - simulated.abandonRate) < 0.01)
        #expect(abs(row.waitProbability - simulated.waitProbability) < 0.01)
        let asa = try #require(row.asaSeconds)
        #expect(abs(asa - simulated.asa) < 0.1 * asa)
    }

    /// Same seed, same figures: the simulation itself is deterministic.
    @Test func simulationIsReproducible() {
        let simulator = StaffingSimulator(arrivalsPerSecond: 200.0 / 3600, ahtSeconds: 180, patienceSeconds: 90, agents: 14, targetSeconds: 20)
        let first = simulator.run(calls: 10_000, warmUp: 100, seed: 42)
        let second = simulator.run(calls: 10_000, warmUp: 100, seed: 42)
        #expect(first.answeredWithinTarget == second.answeredWithinTarget)
        #expect(first.abandoned == second.abandoned)
    }
}
