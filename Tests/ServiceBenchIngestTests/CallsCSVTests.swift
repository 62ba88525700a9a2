import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Six calls in January 2026 (hand-computed):
/// answered: waits 10, 30, 70 s; talk 300, 200, 100 s; wrap 20, (empty), 10 s → handles 320, 200, 110;
/// abandoned after 3 s and 40 s; one timeout after 300 s. Queues: support (1, 3, 4, 6), sales (2, 5).
let sixCalls = """
    call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s
    c1,support,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:05:10Z,answered,a1,20
    c2,sales,2026-01-05T09:10:00Z,2026-01-05T09:10:30Z,2026-01-05T09:13:50Z,answered,a2,
    c3,support,2026-01-06T10:00:00+01:00,2026-01-06T10:01:10+01:00,2026-01-06T10:02:50+01:00,Answered,a1,10
    c4,support,2026-01-06T11:00:00Z,,2026-01-06T11:00:03Z,abandoned,,
    c5,sales,2026-01-07T11:00:00Z,,2026-01-07T11:00:40Z,abandoned,,
    c6,support,2026-01-07T12:00:00Z,,2026-01-07T12:05:00Z,timeout,,

    """

@Suite struct CallsCSVTests {
    @Test func countsEachOutcome() throws {
        let result = try Fixture().ingest("calls.csv", sixCalls, kind: .calls, options: IngestOptions(serviceLevelThresholds: [20, 60]))
        #expect(result.value("calls_offered") == 6)
        #expect(close(result.value("answer_rate"), 50))
        #expect(close(result.value("abandon_rate"), 100.0 * 2 / 6))
        #expect(close(result.value("asa"), 110.0 / 3))
        #expect(close(result.value("wait_p90"), 62))  // h = 1.8 → 30 + 0.8 × (70 − 30)
        #expect(close(result.value("aht"), 210))
        #expect(result.value("transfer_rate") == nil)  // a calls CSV does not record transfers
        let detail = try #require(result.callDetail())
        #expect(detail.timedOut == 1)
        #expect(detail.medianWait == 30)
        #expect(close(detail.averageAbandonWait, 21.5))
        #expect(close(detail.averageWrapTime, 10))
        // 2026-01-05 is a Monday: c1 and c2 fall in hour 9 of the week.
        #expect(detail.hoursOfWeek[9].offered == 2)
        #expect(detail.hoursOfWeek[9].answered == 2)
        #expect(detail.hoursOfWeek[9].handleSeconds == 520)
        #expect(detail.hoursOfWeek[9].answeredWithin == [1, 2])
        // c3 is written at 10:00+01:00: local time is the written one.
        #expect(detail.hoursOfWeek[24 + 10].answered == 1)
        #expect(detail.weeksCovered == 1)
        #expect(detail.offeredByWeekday == [2, 2, 2, 0, 0, 0, 0])
        // One Monday, one Tuesday and one Wednesday with calls: the open days of the staffing what-if.
        #expect(detail.openDaysByWeekday == [1, 1, 1, 0, 0, 0, 0])
    }

    /// A_T = 1 and 2, Ab_T = 1 and 2, short abandons (< 5 s) = 1, offered 6, answered 3.
    static let variants: [(ServiceLevelFormula, Double, Double)] = [
        (.offered, 100.0 / 6, 200.0 / 6),
        (.answered, 100.0 / 3, 200.0 / 3),
        (.abandonsWithinMet, 200.0 / 6, 400.0 / 6),
        (.excludeAbandonsWithin, 20.0, 50.0),
        (.excludeShortAbandons, 20.0, 40.0),
    ]

    @Test(arguments: variants)
    func serviceLevelVariants(formula: ServiceLevelFormula, at20: Double, at60: Double) throws {
        let options = IngestOptions(serviceLevelThresholds: [20, 60], serviceLevelFormula: formula, shortAbandonSeconds: 5)
        let result = try Fixture().ingest("calls.csv", sixCalls, kind: .calls, options: options)
        #expect(close(result.value("service_level_20s"), at20))
        #expect(close(result.value("service_level_60s"), at60))
        #expect(result.table.quality[0].notes.contains { $0.contains(formula.rawValue) })
    }

    @Test func groupsByQueue() throws {
        let result = try Fixture().ingest("calls.csv", sixCalls, kind: .calls, options: IngestOptions(company: "ACME", byQueue: true))
        #expect(result.value("calls_offered", company: "ACME") == 6)
        #expect(result.value("calls_offered", company: "ACME / support") == 4)
        #expect(result.value("calls_offered", company: "ACME / sales") == 2)
        #expect(close(result.value("asa", company: "ACME / support"), 40))
        #expect(close(result.value("asa", company: "ACME / sales"), 30))
        #expect(result.callDetail(company: "ACME / sales")?.queue == "sales")
        // The company first, then its queues by name.
        #expect(result.table.companyNames == ["ACME", "ACME / sales", "ACME / support"])
    }

    static let aroundQuarterEnd = """
        call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s
        a,q,2026-03-31T23:30:00Z,2026-03-31T23:30:10Z,2026-03-31T23:31:00Z,answered,x,0
        b,q,2026-04-01T00:30:00+02:00,2026-04-01T00:30:20+02:00,2026-04-01T00:31:00+02:00,answered,x,0
        c,q,2026-02-10T08:00:00Z,,2026-02-10T08:00:30Z,abandoned,,

        """

    @Test func groupsByPeriodInLocalTime() throws {
        let fixture = try Fixture()
        // Without --timezone: a is 23:30 UTC (Q1), b is 00:30 local as written (Q2).
        let written = try fixture.ingest("calls.csv", Self.aroundQuarterEnd, kind: .calls)
        #expect(written.value("calls_offered", period: "2026-Q1") == 2)
        #expect(written.value("calls_offered", period: "2026-Q2") == 1)
        // Europe/Paris (UTC+2 from 29 March): a is 01:30 on 1 April, b is 00:30 on 1 April.
        let paris = try fixture.ingest("calls.csv", Self.aroundQuarterEnd, kind: .calls, options: IngestOptions(timeZone: "Europe/Paris"))
        #expect(paris.value("calls_offered", period: "2026-Q1") == 1)
        #expect(paris.value("calls_offered", period: "2026-Q2") == 2)
        // UTC: b is 22:30 on 31 March.
        let utc = try fixture.ingest("calls.csv", Self.aroundQuarterEnd, kind: .calls, options: IngestOptions(timeZone: "UTC"))
        #expect(utc.value("calls_offered", period: "2026-Q1") == 3)
        let months = try fixture.ingest("calls.csv", Self.aroundQuarterEnd, kind: .calls, options: IngestOptions(period: .month, timeZone: "UTC"))
        #expect(months.value("calls_offered", period: "2026-02") == 1)
        #expect(months.value("calls_offered", period: "2026-03") == 2)
        #expect(months.table.measurements.first?.period.description == "2026-02")
        let whole = try fixture.ingest("calls.csv", Self.aroundQuarterEnd, kind: .calls, options: IngestOptions(period: .none))
        #expect(whole.value("calls_offered", period: "2026") == 3)
    }

    @Test func readsAnotherVendorsColumns() throws {
        let text = """
            Appel;File;Début;Décroché;Fin;Post-appel
            1;support;05/01/2026 10:00:00;05/01/2026 10:00:12;05/01/2026 10:02:12;30
            2;support;05/01/2026 10:05:00;;05/01/2026 10:05:20;

            """
        let mapping = ColumnMapping(["call_id": "Appel", "queue": "File", "enter_ts": "Début", "answer_ts": "Décroché", "end_ts": "Fin", "wrap_s": "Post-appel"])
        let options = IngestOptions(columns: mapping, timeFormat: .dayMonthYear, timeZone: "Europe/Paris")
        let result = try Fixture().ingest("export.csv", text, kind: .calls, options: options)
        // No outcome column: with an answer time the call is answered, without one it is abandoned.
        #expect(result.value("calls_offered") == 2)
        #expect(close(result.value("answer_rate"), 50))
        #expect(close(result.value("asa"), 12))
        #expect(close(result.value("aht"), 150))
        // 10:00 in Paris is hour 10 of Monday.
        #expect(result.callDetail()?.hoursOfWeek[10].offered == 2)
    }

    @Test func readsEpochSeconds() throws {
        let text = "enter_ts,answer_ts,end_ts,outcome\n1767603600,1767603615.5,1767603700,answered\n"
        let result = try Fixture().ingest("epoch.csv", text, kind: .calls, options: IngestOptions(timeFormat: .epoch))
        #expect(close(result.value("asa"), 15.5))
        #expect(close(result.value("aht"), 84.5))
        #expect(result.callDetail()?.medianWait == 15)  // whole seconds, truncated, for percentiles
    }
}
