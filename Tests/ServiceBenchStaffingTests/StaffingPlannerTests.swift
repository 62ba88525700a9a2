import Foundation
import Testing

@testable import ServiceBenchStaffing
import ServiceBenchCore

@Suite struct StaffingPlannerTests {
    static func request(
        calls: Double = 100, interval: Double = 1800, aht: Double = 180, share: Double = 0.8, seconds: Double = 20,
        shrinkage: Double? = nil, maxOccupancy: Double? = nil, patience: Double? = nil
    ) -> StaffingRequest {
        StaffingRequest(
            callsPerInterval: calls, intervalSeconds: interval, ahtSeconds: aht, targetShare: share, targetSeconds: seconds,
            shrinkage: shrinkage, maxOccupancy: maxOccupancy, patienceSeconds: patience)
    }

    /// The textbook case: 100 calls in 30 minutes, AHT 180 s, 80/20 → 14 agents, SL 88.8 %, ASA 7.8 s
    /// (mpmath: SL 0.888350019179, ASA 7.835937011777 s, 13 agents give SL 0.795594788418).
    @Test func textbookCase() throws {
        let result = try StaffingPlanner.plan(Self.request())
        #expect(result.model == .erlangC)
        #expect(result.loadErlangs == 10)
        #expect(result.agents == 14)
        #expect(result.outcome == .serviceLevel)
        let row = try #require(result.recommended)
        #expect(abs(row.serviceLevel - 0.888350019179) < 1e-10)
        #expect(abs(try #require(row.asaSeconds) - 7.835937011777) < 1e-9)
        #expect(result.table.map(\.agents) == [12, 13, 14, 15, 16])
        #expect(result.table[2] == row)
    }

    /// mitan.co.uk: 360 calls per 30 min, AHT 4 min, T = 15 s. 55 agents give SL 84.6 % (mpmath
    /// 0.845883092171), 54 give 79.3 %: an 80/15 target needs 55 agents.
    @Test func mitanWorkedExample() throws {
        let result = try StaffingPlanner.plan(Self.request(calls: 360, aht: 240, seconds: 15))
        #expect(result.loadErlangs == 48)
        #expect(result.agents == 55)
        #expect(abs(try #require(result.recommended).serviceLevel - 0.845883092171) < 1e-10)
        // With occupancy capped at 85 %, 48/0.85 = 56.5 → 57 agents, set by occupancy.
        let capped = try StaffingPlanner.plan(Self.request(calls: 360, aht: 240, seconds: 15, maxOccupancy: 0.85))
        #expect(capped.agents == 57)
        #expect(capped.outcome == .maxOccupancy)
    }

    @Test(arguments: [(0.3, 20), (0.0, 14), (0.25, 19), (0.5, 28)])
    func shrinkageRoundsScheduledAgentsUp(shrinkage: Double, scheduled: Int) throws {
        let result = try StaffingPlanner.plan(Self.request(shrinkage: shrinkage))
        #expect(result.agents == 14)
        #expect(result.scheduledAgents == scheduled)
    }

    @Test(arguments: [nil, 60.0] as [Double?])
    func zeroVolumeNeedsNoAgents(patience: Double?) throws {
        let result = try StaffingPlanner.plan(Self.request(calls: 0, shrinkage: 0.3, patience: patience))
        #expect(result.agents == 0)
        #expect(result.scheduledAgents == 0)
        #expect(result.outcome == .noVolume)
        #expect(result.table.map(\.agents) == [0, 1, 2])
        for row in result.table {
            #expect(row.serviceLevel == 1 && row.waitProbability == 0 && row.occupancy == 0)
        }
    }

    /// A load just under one agent: one agent suffices for a lax target; the table starts at 1.
    @Test func oneAgent() throws {
        let result = try StaffingPlanner.plan(Self.request(calls: 1, aht: 60, share: 0.5, seconds: 0))
        #expect(result.agents == 1)
        #expect(result.table.map(\.agents) == [1, 2, 3])
    }

    /// Erlang C tables keep the unstable rows below the load, marked as such.
    @Test func tableMarksUnstableRows() throws {
        // A = 10.5 erlangs, lax target: 11 agents; table 9 … 13, rows 9 and 10 unstable.
        let result = try StaffingPlanner.plan(Self.request(calls: 105, aht: 180, share: 0.05, seconds: 0))
        #expect(result.agents == 11)
        #expect(result.table.map(\.isStable) == [false, false, true, true, true])
        #expect(result.table[0].asaSeconds == nil && result.table[0].serviceLevel == 0)
    }

    @Test(arguments: [nil, 120.0] as [Double?])
    func hundredPercentIsUnreachable(patience: Double?) throws {
        let result = try StaffingPlanner.plan(Self.request(share: 1, patience: patience))
        #expect(!result.reachable)
        #expect(result.outcome == .unreachable)
        #expect(result.agents == nil && result.recommended == nil && result.table.isEmpty)
        #expect(try #require(result.unreachableReason).contains("below 100 %"))
    }

    /// Beyond the 10,000-agent bound: the search stops and says so, never loops.
    @Test(arguments: [nil, 30.0] as [Double?])
    func loadBeyondTheBoundIsUnreachable(patience: Double?) throws {
        let result = try StaffingPlanner.plan(Self.request(calls: 250_000, interval: 3600, aht: 180, share: 0.99, seconds: 0, patience: patience))
        #expect(!result.reachable)
        #expect(try #require(result.unreachableReason).contains("10000 agents"))
    }

    /// A short patience does not make a high target unreachable: hardly anyone waits once there are
    /// enough agents. 99 % within 20 s with 5 s patience at 10 erlangs needs 18 agents, 17 give 98.9 %.
    @Test func shortPatienceStillReachable() throws {
        let result = try StaffingPlanner.plan(Self.request(share: 0.99, patience: 5))
        let agents = try #require(result.agents)
        #expect(agents == 18)
        #expect(try #require(result.recommended).serviceLevel >= 0.99)
        #expect(result.table[1].serviceLevel < 0.99)
    }

    @Test func tenThousandAgentsAtNineThousandErlangsIsFinite() throws {
        for patience in [nil, 60.0] as [Double?] {
            let request = Self.request(calls: 180_000, interval: 3600, aht: 180, share: 0.8, seconds: 20, patience: patience)
            #expect(request.loadErlangs == 9_000)
            let row = StaffingPlanner.row(for: request, agents: 10_000)
            #expect(row.serviceLevel.isFinite && row.serviceLevel > 0.999_999)
            #expect(row.waitProbability.isFinite && row.waitProbability < 1e-20)
            #expect(abs(row.occupancy - 0.9) < 1e-12)
            #expect(try #require(row.asaSeconds).isFinite)
            let result = try StaffingPlanner.plan(request)
            let agents = try #require(result.agents)
            // Erlang C needs more agents than erlangs; with 60 s patience abandonment carries part of
            // the load, but the answered share is at most N/A, so at least 0.8 × 9,000.
            #expect(agents < 9_100)
            #expect(agents > (patience == nil ? 9_000 : 7_200))
        }
    }

    /// The doubling-and-bisecting search against a one-by-one scan, which also checks that the service
    /// level never falls and the occupancy never rises as agents are added.
    @Test(arguments: [
        (100.0, 180.0, 0.8, 20.0, nil, nil),
        (100.0, 180.0, 0.8, 20.0, 90.0, nil),
        (360.0, 240.0, 0.9, 15.0, 30.0, 0.8),
        (37.0, 300.0, 0.5, 0.0, 600.0, nil),
        (500.0, 120.0, 0.95, 60.0, 20.0, 0.9),
        (3.0, 400.0, 0.7, 30.0, nil, 0.5),
    ] as [(Double, Double, Double, Double, Double?, Double?)])
    func searchAgreesWithAScan(calls: Double, aht: Double, share: Double, seconds: Double, patience: Double?, maxOccupancy: Double?) throws {
        let request = Self.request(calls: calls, aht: aht, share: share, seconds: seconds, maxOccupancy: maxOccupancy, patience: patience)
        let result = try StaffingPlanner.plan(request)
        var previous: StaffingRow?
        var firstMeeting: Int?
        for agents in 1...(Int(request.loadErlangs * 2) + 20) {
            let row = StaffingPlanner.row(for: request, agents: agents)
            if let previous {
                #expect(row.serviceLevel >= previous.serviceLevel - 1e-12)
                #expect(row.occupancy <= previous.occupancy + 1e-12)
            }
            previous = row
            let meets = row.serviceLevel >= share && row.occupancy <= (maxOccupancy ?? 1)
            if meets, firstMeeting == nil { firstMeeting = agents }
        }
        #expect(result.agents == firstMeeting)
    }

    @Test(arguments: [
        (-1.0, 1800.0, 180.0, 0.8, 20.0, "call volume"),
        (.nan, 1800.0, 180.0, 0.8, 20.0, "call volume"),
        (100.0, 0.0, 180.0, 0.8, 20.0, "interval"),
        (100.0, 1800.0, 0.0, 0.8, 20.0, "handle time"),
        (100.0, 1800.0, 180.0, 0.0, 20.0, "target share"),
        (100.0, 1800.0, 180.0, 1.2, 20.0, "target share"),
        (100.0, 1800.0, 180.0, 0.8, -1.0, "target answer time"),
    ])
    func rejectsBadRequests(calls: Double, interval: Double, aht: Double, share: Double, seconds: Double, mentions: String) {
        let request = Self.request(calls: calls, interval: interval, aht: aht, share: share, seconds: seconds)
        #expect {
            try StaffingPlanner.plan(request)
        } throws: { error in
            guard let error = error as? StaffingError else { return false }
            return error.code == .invalidArgument && error.exitCode == .usage && error.message.contains(mentions)
        }
    }

    @Test(arguments: [(1.0, nil, nil), (nil, 0.0, nil), (nil, 1.5, nil), (nil, nil, 0.0)] as [(Double?, Double?, Double?)])
    func rejectsBadOptions(shrinkage: Double?, maxOccupancy: Double?, patience: Double?) {
        #expect(throws: StaffingError.self) {
            try StaffingPlanner.plan(Self.request(shrinkage: shrinkage, maxOccupancy: maxOccupancy, patience: patience))
        }
    }
}
