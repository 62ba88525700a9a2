import Testing

@testable import ServiceBenchStaffing
import ServiceBenchCore

@Suite struct StaffingProfileTests {
    static let policy = StaffingPolicy(targetShare: 0.8, targetSeconds: 20)

    @Test func plansEveryHourOfTheWeek() throws {
        // Monday 09:00, two weeks: 400 offered (200 an hour), 380 answered at 180 s → 10 erlangs → 14 agents.
        let hours = [
            HourOfWeekVolume(hourOfWeek: 9, callsOffered: 400, callsAnswered: 380, handleSeconds: 380 * 180, observedServiceLevel: 0.62),
            // Monday 10:00: calls but none answered: the week's AHT (180 s) stands in.
            HourOfWeekVolume(hourOfWeek: 10, callsOffered: 20, callsAnswered: 0, handleSeconds: 0),
            // Sunday 23:00, 300 s handle time: 20 calls an hour → 1.67 erlangs.
            HourOfWeekVolume(hourOfWeek: 167, callsOffered: 40, callsAnswered: 40, handleSeconds: 40 * 300),
        ]
        let rows = try WeeklyStaffingPlanner.plan(hours: hours, weeks: 2, policy: Self.policy)
        #expect(rows.count == 168)
        #expect(rows.map(\.hourOfWeek) == Array(0..<168))

        let nine = rows[9]
        #expect(nine.callsPerHour == 200)
        #expect(nine.ahtSeconds == 180)
        #expect(!nine.ahtIsWeekAverage)
        #expect(nine.observedServiceLevel == 0.62)
        #expect(nine.staffing?.agents == 14)

        let ten = rows[10]
        #expect(ten.callsPerHour == 10)
        let weekAHT = (380.0 * 180 + 40 * 300) / 420
        #expect(abs(try #require(ten.ahtSeconds) - weekAHT) < 1e-9)
        #expect(ten.ahtIsWeekAverage)

        // Erlang C for A = 20 × 300 / 3600 = 5/3 (mpmath): 4 agents give SL 0.912 ≥ 0.8, 3 give 0.726.
        #expect(rows[167].staffing?.agents == 4)
        #expect(rows[0].callsPerHour == 0)
        #expect(rows[0].staffing?.agents == 0)
    }

    @Test func noAnsweredCallsMeansNoAHT() throws {
        let rows = try WeeklyStaffingPlanner.plan(
            hours: [HourOfWeekVolume(hourOfWeek: 3, callsOffered: 5, callsAnswered: 0, handleSeconds: 0)], weeks: 1, policy: Self.policy)
        #expect(rows[3].ahtSeconds == nil)
        #expect(rows[3].staffing == nil)
    }

    @Test(arguments: [
        ([HourOfWeekVolume(hourOfWeek: 168, callsOffered: 1, callsAnswered: 1, handleSeconds: 60)], 1.0, "outside 0–167"),
        ([HourOfWeekVolume(hourOfWeek: 1, callsOffered: 1, callsAnswered: 1, handleSeconds: 60),
          HourOfWeekVolume(hourOfWeek: 1, callsOffered: 2, callsAnswered: 2, handleSeconds: 60)], 1.0, "twice"),
        ([HourOfWeekVolume(hourOfWeek: 1, callsOffered: -1, callsAnswered: 0, handleSeconds: 0)], 1.0, "negative"),
        ([], 0.0, "weeks"),
    ])
    func rejectsBadProfiles(hours: [HourOfWeekVolume], weeks: Double, mentions: String) {
        #expect {
            try WeeklyStaffingPlanner.plan(hours: hours, weeks: weeks, policy: Self.policy)
        } throws: { error in
            (error as? StaffingError)?.message.contains(mentions) == true
        }
    }

    /// 130,000 calls in a quarter of 13 weeks × 5 days × 10 h = 650 h → 200 an hour; at 180 s that is
    /// the textbook 10 erlangs → 14 agents.
    @Test func averageVolumeWhatIfForAQuarter() throws {
        let whatIf = try AverageVolumeWhatIf.plan(callsOffered: 130_000, period: Period(year: 2026, quarter: 1), ahtSeconds: 180, policy: Self.policy)
        #expect(whatIf.openHours == 650)
        #expect(whatIf.callsPerHour == 200)
        #expect(whatIf.staffing.agents == 14)
    }

    @Test(arguments: [
        (Period.Granularity.year, OpeningHours(), 2_600.0),
        (.quarter, OpeningHours(), 650),
        (.month, OpeningHours(), 2_600.0 / 12),
        (.quarter, OpeningHours(daysPerWeek: 6, hoursPerDay: 12), 936),
        (.year, OpeningHours(daysPerWeek: 7, hoursPerDay: 24), 8_736),
    ])
    func openHours(granularity: Period.Granularity, hours: OpeningHours, expected: Double) {
        #expect(abs(hours.openHours(in: granularity) - expected) < 1e-9)
    }

    @Test func rejectsImpossibleOpeningHours() {
        #expect(throws: StaffingError.self) {
            try AverageVolumeWhatIf.plan(
                callsOffered: 1_000, period: Period(year: 2026), ahtSeconds: 180, policy: Self.policy,
                openingHours: OpeningHours(daysPerWeek: 8))
        }
    }

    /// Each hour is divided by the days its weekday was observed: Monday 09:00 with 130 calls over 13
    /// Mondays is 10 an hour; Thursday 09:00 with 140 calls over 14 Thursdays is 10 too.
    @Test(arguments: [(9, 130.0, 10.0), (3 * 24 + 9, 140.0, 10.0), (6 * 24 + 9, 0.0, 0.0)])
    func dividesEachHourByItsWeekdaysDays(hourOfWeek: Int, calls: Double, perHour: Double) throws {
        let hours = [HourOfWeekVolume(hourOfWeek: hourOfWeek, callsOffered: calls, callsAnswered: calls, handleSeconds: calls * 180)]
        let rows = try WeeklyStaffingPlanner.plan(hours: hours, daysByWeekday: [13, 13, 13, 14, 13, 13, 0], policy: Self.policy)
        #expect(rows[hourOfWeek].callsPerHour == perHour)
    }

    @Test func callsOnAWeekdayNeverObservedAreRefused() throws {
        let hours = [HourOfWeekVolume(hourOfWeek: 6 * 24 + 9, callsOffered: 5, callsAnswered: 5, handleSeconds: 900)]
        #expect(throws: StaffingError.self) {
            try WeeklyStaffingPlanner.plan(hours: hours, daysByWeekday: [13, 13, 13, 14, 13, 13, 0], policy: Self.policy)
        }
    }
}
