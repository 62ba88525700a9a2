import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Each share and mean computed from a raw export carries its sample: n, and for a mean the standard
/// deviation s = √(Σ (x − x̄)² / (n − 1)) in the KPI's unit, for NPS the shares of promoters and
/// detractors. Hand-counted on small exports.
@Suite struct SampleTests {
    static func sample(_ result: IngestResult, _ kpi: String) -> MeasurementSample? {
        result.table.measurements.first { $0.kpi == kpi }?.sample
    }

    /// Three answered calls waiting 10, 20 and 30 s (s = 10 s), talking 60, 120, 180 s with 0, 30, 60 s
    /// of wrap-up (handle 60, 150, 240 s: s = 90 s), one abandoned after 40 s: n = 4 offered, 3 answered.
    static let calls = """
        call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s
        1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:01:10Z,answered,A,0
        2,q,2026-01-05T09:10:00Z,2026-01-05T09:10:20Z,2026-01-05T09:12:20Z,answered,A,30
        3,q,2026-01-05T09:20:00Z,2026-01-05T09:20:30Z,2026-01-05T09:23:30Z,answered,A,60
        4,q,2026-01-05T09:30:00Z,,2026-01-05T09:30:40Z,abandoned,,

        """

    @Test func callsCarryTheirSamples() throws {
        let result = try Fixture().ingest("calls.csv", Self.calls, kind: .calls)
        #expect(Self.sample(result, "answer_rate") == MeasurementSample(size: 4))
        #expect(Self.sample(result, "abandon_rate") == MeasurementSample(size: 4))
        #expect(Self.sample(result, "service_level_20s") == MeasurementSample(size: 4))
        #expect(Self.sample(result, "asa") == MeasurementSample(size: 3, spread: .standardDeviation(10)))
        #expect(Self.sample(result, "aht") == MeasurementSample(size: 3, spread: .standardDeviation(90)))
        #expect(Self.sample(result, "calls_offered") == nil)
        #expect(Self.sample(result, "wait_p90") == nil)
    }

    /// The service level's n is its formula's denominator: answered calls for `answered`, offered minus
    /// those abandoned within T for `exclude-abandons-within` (the abandon at 40 s is beyond 20 s).
    @Test(arguments: [(ServiceLevelFormula.answered, 3), (.excludeAbandonsWithin, 4), (.offered, 4)])
    func serviceLevelSampleIsItsDenominator(formula: ServiceLevelFormula, size: Int) throws {
        var options = IngestOptions()
        options.serviceLevelFormula = formula
        let result = try Fixture().ingest("calls.csv", Self.calls, kind: .calls, options: options)
        #expect(Self.sample(result, "service_level_20s")?.size == size)
    }

    /// CSAT 5, 4, 2 (n = 3); NPS 10, 9, 8, 3 (n = 4, p+ = ½, p− = ¼); CES 7, 5 and a ces5 of 1 (→ 7):
    /// mean 19/3, s = √(((7 − 19/3)² × 2 + (5 − 19/3)²) / 2) = √(4/3).
    @Test func surveysCarryTheirSamples() throws {
        let text = """
            response_id,type,score,channel,submitted_ts
            1,csat,5,email,2026-01-05T10:00:00Z
            2,csat,4,email,2026-01-05T10:00:00Z
            3,csat,2,email,2026-01-05T10:00:00Z
            4,nps,10,email,2026-01-05T10:00:00Z
            5,nps,9,email,2026-01-05T10:00:00Z
            6,nps,8,email,2026-01-05T10:00:00Z
            7,nps,3,email,2026-01-05T10:00:00Z
            8,ces,7,email,2026-01-05T10:00:00Z
            9,ces,5,email,2026-01-05T10:00:00Z
            10,ces5,1,email,2026-01-05T10:00:00Z

            """
        let result = try Fixture().ingest("surveys.csv", text, kind: .surveys)
        #expect(Self.sample(result, "csat") == MeasurementSample(size: 3))
        #expect(Self.sample(result, "nps") == MeasurementSample(size: 4, spread: .netScore(promoters: 0.5, detractors: 0.25)))
        let ces = try #require(Self.sample(result, "ces"))
        #expect(ces.size == 3)
        guard case .standardDeviation(let s) = ces.spread else {
            Issue.record("no standard deviation: \(ces.spread)")
            return
        }
        #expect(close(s, (4.0 / 3).squareRoot()))
    }

    /// Two email tickets answered in 1 h and 3 h (s = √2 h), both resolved at first contact in 2 h and
    /// 6 h (s = √8 h); a phone ticket unresolved: FCR of 2, digital share of 3.
    @Test func ticketsCarryTheirSamples() throws {
        let text = """
            ticket_id,channel,created_ts,first_response_ts,resolved_ts,reopen_count,agent_replies,contact_reason
            1,email,2026-01-05T08:00:00Z,2026-01-05T09:00:00Z,2026-01-05T10:00:00Z,0,1,a
            2,email,2026-01-05T08:00:00Z,2026-01-05T11:00:00Z,2026-01-05T14:00:00Z,0,1,a
            3,phone,2026-01-05T08:00:00Z,,,0,0,a

            """
        let result = try Fixture().ingest("tickets.csv", text, kind: .tickets)
        let response = try #require(Self.sample(result, "email_response_time"))
        #expect(response.size == 2)
        if case .standardDeviation(let s) = response.spread { #expect(close(s, 2.0.squareRoot())) } else { Issue.record("no s") }
        let resolution = try #require(Self.sample(result, "resolution_time"))
        #expect(resolution.size == 2)
        if case .standardDeviation(let s) = resolution.spread { #expect(close(s, 8.0.squareRoot())) } else { Issue.record("no s") }
        #expect(Self.sample(result, "fcr") == MeasurementSample(size: 2))
        #expect(Self.sample(result, "email_answered_24h") == MeasurementSample(size: 2))
        #expect(Self.sample(result, "digital_share") == MeasurementSample(size: 3))
        #expect(Self.sample(result, "backlog_open") == nil)
    }
}
