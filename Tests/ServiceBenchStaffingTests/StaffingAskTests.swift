import Testing
@testable import ServiceBenchStaffing

/// The agents to add, and when: hours whose observed service level is under the target, the agents
/// Erlang C needs minus those it implies the observed level was reached with.
@Suite struct StaffingAskTests {
    /// 100 calls an hour of 180 s is 5 erlangs; at 80 % within 20 s Erlang C needs 8 agents. An
    /// observed 20 % within 20 s is what 6 agents give (SL(6) = 0.49 ≥ 0.2 > SL(5) = 0), so 2 more.
    static func row(_ hour: Int, observed: Double?) -> StaffingReportData.Row {
        StaffingReportData.Row(
            label: (hour < 10 ? "0" : "") + "\(hour):00", calls: 100, averageHandleSeconds: 180,
            agentsNeeded: StaffingReportData.agents(calls: 100, aht: 180), observedServiceLevel: observed)
    }

    @Test func theModelImpliesTheAgentsOfTheObservedLevel() throws {
        let needed = try #require(StaffingReportData.agents(calls: 100, aht: 180))
        #expect(needed == 8)
        #expect(ErlangC.row(agents: 5, load: 5, ahtSeconds: 180, targetSeconds: 20).serviceLevel < 0.2)
        #expect(ErlangC.row(agents: 6, load: 5, ahtSeconds: 180, targetSeconds: 20).serviceLevel >= 0.2)
        let data = StaffingReportData(
            rows: [Self.row(8, observed: 90), Self.row(9, observed: 20), Self.row(10, observed: 20), Self.row(11, observed: 20), Self.row(14, observed: 20)],
            targetShare: 80, targetSeconds: 20, basis: .weekdayHours(weeks: 13, days: 64))
        // 09:00–12:00 (3 hours × 2 agents) outweighs 14:00–15:00 (1 hour × 2).
        #expect(StaffingAsk.from(data) == StaffingAsk(from: "09:00", to: "12:00", agents: 2))
    }

    @Test func noAskWhenEveryHourMeetsTheTargetOrHasNoObservedLevel() {
        let met = StaffingReportData(
            rows: [Self.row(9, observed: 85), Self.row(10, observed: nil)], targetShare: 80, targetSeconds: 20,
            basis: .weekdayHours(weeks: 13, days: 64))
        #expect(StaffingAsk.from(met) == nil)
        // The average hour of a KPI table says nothing of when to add agents.
        let average = StaffingReportData(
            rows: [StaffingReportData.Row(label: "", calls: 100, averageHandleSeconds: 180, agentsNeeded: 8, observedServiceLevel: 20)],
            targetShare: 80, targetSeconds: 20, basis: .averageVolume(callsOffered: 1000, openHours: 10, daysPerWeek: 5, hoursPerDay: 10))
        #expect(StaffingAsk.from(average) == nil)
    }
}

extension StaffingReportData {
    /// Erlang C's agents for `calls` an hour of `aht` seconds at 80 % within 20 s.
    static func agents(calls: Double, aht: Double) -> Int? {
        let load = calls * aht / 3600
        return (1...100).first { ErlangC.row(agents: $0, load: load, ahtSeconds: aht, targetSeconds: 20).serviceLevel >= 0.8 }
    }
}
