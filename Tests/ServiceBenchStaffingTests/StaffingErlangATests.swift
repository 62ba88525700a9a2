import Foundation
import Testing

@testable import ServiceBenchStaffing
import ServiceBenchCore

/// Erlang A against an independent oracle: the M/M/N+M birth–death chain summed in mpmath at 250
/// digits, with the service level computed per state (a caller with j callers ahead passes j + 1
/// exponential stages of rates N/h + (i+1)/θ and survives each with probability (N/h + i/θ)/(N/h + (i+1)/θ)),
/// not from the integral formula the code uses.
@Suite struct StaffingErlangATests {
    struct Case: Sendable, CustomStringConvertible {
        var load: Double
        var agents: Int
        var aht: Double
        var patience: Double
        var target: Double
        var wait: Double
        var abandon: Double
        var serviceLevel: Double
        var asa: Double
        var description: String { "A=\(load) N=\(agents) θ=\(patience)" }
    }

    static let cases: [Case] = [
        Case(load: 10, agents: 14, aht: 180, patience: 90, target: 20, wait: 0.12062291399790659, abandon: 0.025916497694393734, serviceLevel: 0.9376177322829099, asa: 1.9253420626626585),
        Case(load: 10, agents: 12, aht: 180, patience: 180, target: 20, wait: 0.3032238536968933, abandon: 0.053091625370742516, serviceLevel: 0.8023038672844355, asa: 8.528708828581136),
        Case(load: 48, agents: 50, aht: 240, patience: 60, target: 15, wait: 0.28256685693316275, abandon: 0.0561687010351511, serviceLevel: 0.8709408175789464, asa: 2.9647825606992186),
        Case(load: 20, agents: 15, aht: 120, patience: 80, target: 30, wait: 0.8416201242843308, abandon: 0.2689102168940309, serviceLevel: 0.49958941222077996, asa: 22.09249886853258),
        Case(load: 10, agents: 10, aht: 180, patience: 600, target: 20, wait: 0.6746058439869693, abandon: 0.08890026830687493, serviceLevel: 0.42195750757676675, asa: 52.207841037988636),
    ]

    @Test(arguments: cases)
    func matchesTheBirthDeathChain(_ c: Case) throws {
        let row = ErlangA.row(agents: c.agents, load: c.load, ahtSeconds: c.aht, patienceSeconds: c.patience, targetSeconds: c.target)
        #expect(abs(row.waitProbability - c.wait) < 1e-9)
        #expect(abs(try #require(row.abandonRate) - c.abandon) < 1e-9)
        #expect(abs(row.serviceLevel - c.serviceLevel) < 1e-9)
        #expect(abs(try #require(row.asaSeconds) - c.asa) < 1e-8)
        #expect(abs(row.occupancy - c.load * (1 - c.abandon) / Double(c.agents)) < 1e-9)
    }

    /// Large staffing: P(wait) and P(abandon) from the chain in mpmath (N up to 9,100, A = 9,000).
    @Test(arguments: [
        (9_000, 60.0, 0.3678070477442092, 0.005331920707353351),
        (8_500, 30.0, 0.9835574293295894, 0.05558646535807458),
        (9_100, 600.0, 0.1763543186137899, 0.0003883868756266958),
    ])
    func largeStaffingMatchesTheChain(agents: Int, patience: Double, wait: Double, abandon: Double) throws {
        let row = ErlangA.row(agents: agents, load: 9_000, ahtSeconds: 180, patienceSeconds: patience, targetSeconds: 20)
        #expect(abs(row.waitProbability - wait) < 1e-9)
        #expect(abs(try #require(row.abandonRate) - abandon) < 1e-9)
        #expect(row.serviceLevel > 0 && row.serviceLevel < 1)
        #expect(try #require(row.asaSeconds).isFinite)
    }

    /// Little's law for the queue: mean wait of all callers (answered or not) = P(abandon) · θ.
    /// Checked against the answered callers' ASA: the mean wait of all callers lies between the
    /// answered callers' share of it and ASA + θ (abandoners wait less than their patience).
    @Test func waitsAreConsistentWithLittlesLaw() throws {
        let row = ErlangA.row(agents: 12, load: 10, ahtSeconds: 180, patienceSeconds: 180, targetSeconds: 20)
        let abandon = try #require(row.abandonRate)
        let meanWaitAll = abandon * 180
        let asa = try #require(row.asaSeconds)
        #expect(meanWaitAll > (1 - abandon) * asa)
        #expect(meanWaitAll < asa + 180)
    }

    /// As patience grows, Erlang A tends to Erlang C (for a stable queue).
    @Test(arguments: [(10.0, 14, 180.0), (48.0, 55, 240.0), (9_000.0, 9_100, 180.0)])
    func tendsToErlangCAsPatienceGrows(load: Double, agents: Int, aht: Double) throws {
        let c = ErlangC.row(agents: agents, load: load, ahtSeconds: aht, targetSeconds: 20)
        var previousGap = Double.infinity
        for patience in [1e4, 1e6, 1e8, 1e10] {
            let a = ErlangA.row(agents: agents, load: load, ahtSeconds: aht, patienceSeconds: patience, targetSeconds: 20)
            let gap = abs(a.serviceLevel - c.serviceLevel) + abs(a.waitProbability - c.waitProbability)
            #expect(gap <= previousGap)
            previousGap = gap
        }
        let a = ErlangA.row(agents: agents, load: load, ahtSeconds: aht, patienceSeconds: 1e10, targetSeconds: 20)
        #expect(abs(a.serviceLevel - c.serviceLevel) < 1e-6)
        #expect(abs(a.waitProbability - c.waitProbability) < 1e-6)
        #expect(abs(try #require(a.asaSeconds) - (try #require(c.asaSeconds))) < 1e-4)
        #expect(try #require(a.abandonRate) < 1e-6)
    }

    /// Overloaded beyond any Erlang C staffing, Erlang A stays finite: abandonment absorbs the excess,
    /// and with very patient callers the carried load tends to the N agents (abandon → 1 − N/A).
    @Test func overloadIsAbsorbedByAbandonment() throws {
        let row = ErlangA.row(agents: 10, load: 20, ahtSeconds: 180, patienceSeconds: 1e7, targetSeconds: 20)
        #expect(abs(try #require(row.abandonRate) - 0.5) < 1e-4)
        #expect(abs(row.waitProbability - 1) < 1e-6)
        #expect(abs(row.occupancy - 1) < 1e-4)
        #expect(row.serviceLevel >= 0 && row.serviceLevel < 1e-3)
    }

    @Test func noAgentsMeansEveryCallerHangsUp() {
        let row = ErlangA.row(agents: 0, load: 3, ahtSeconds: 180, patienceSeconds: 60, targetSeconds: 20)
        #expect(row.abandonRate == 1)
        #expect(row.serviceLevel == 0)
        #expect(row.asaSeconds == nil)
    }
}
