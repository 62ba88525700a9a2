import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

@Suite struct SurveysTests {
    static let responses = """
        response_id,type,score,channel,submitted_ts
        r1,csat,5,email,2026-01-10T10:00:00Z
        r2,csat,4,phone,2026-01-10T10:00:00Z
        r3,csat,3,phone,2026-01-10T10:00:00Z
        r4,csat,1,phone,2026-01-10T10:00:00Z
        r5,nps,10,phone,2026-01-10T10:00:00Z
        r6,nps,9,phone,2026-01-10T10:00:00Z
        r7,nps,8,chat,2026-01-10T10:00:00Z
        r8,nps,6,chat,2026-01-10T10:00:00Z
        r9,nps,0,chat,2026-01-10T10:00:00Z
        r10,NPS,9,chat,2026-01-10T10:00:00Z
        r11,ces,7,email,2026-01-10T10:00:00Z
        r12,ces,4,email,2026-01-10T10:00:00Z
        r13,ces5,1,email,2026-01-10T10:00:00Z
        r14,ces5,5,email,2026-01-10T10:00:00Z
        r15,ces5,2,email,2026-01-10T10:00:00Z

        """

    @Test func computesCSATNPSAndCES() throws {
        let result = try Fixture().ingest("surveys.csv", Self.responses, kind: .surveys)
        #expect(close(result.value("csat"), 50))  // 4s and 5s: 2 of 4
        #expect(close(result.value("nps"), 100.0 / 6))  // 3 promoters − 2 detractors of 6
        #expect(close(result.value("ces"), 4.9))  // (7 + 4 + 7 + 1 + 5.5) / 5
        #expect(result.value("survey_response_rate") == nil)
        let detail = try #require(result.detail.surveys.first)
        #expect(detail.promoters == 3)
        #expect(detail.passives == 1)
        #expect(detail.detractors == 2)
        #expect(detail.ces5Responses == 3)
    }

    /// CES 1.0 effort (1 = very low effort, best) onto CES 2.0 agreement (7 = best): 7 − 1.5 (s − 1).
    @Test(arguments: [(1, 7.0), (2, 5.5), (3, 4.0), (4, 2.5), (5, 1.0)])
    func convertsTheEffortScale(score: Int, expected: Double) throws {
        let text = "type,score\nces5,\(score)\n"
        let result = try Fixture().ingest("surveys.csv", text, kind: .surveys, options: { var o = IngestOptions(); o.fixedPeriod = Period(year: 2026, quarter: 1); return o }())
        #expect(close(result.value("ces"), expected))
    }

    @Test(arguments: [("csat,6", "score-out-of-range"), ("nps,11", "score-out-of-range"), ("ces,0", "score-out-of-range"), ("ces5,6", "score-out-of-range"), ("stars,3", "unknown-type"), ("csat,4.5", "bad-number")])
    func rejectsScoresOffTheirScale(row: String, reason: String) throws {
        var options = IngestOptions()
        options.fixedPeriod = Period(year: 2026, quarter: 1)
        let error = try #require(try Fixture().error("surveys.csv", "type,score\n" + row + "\n", kind: .surveys, options: options))
        #expect(error.reason == reason)
        #expect(error.location?.line == 2)
    }

    @Test func needsADateOrAPeriod() throws {
        let error = try #require(try Fixture().error("surveys.csv", "type,score\ncsat,5\n", kind: .surveys))
        #expect(error.code == .missingColumn)
        #expect(error.message.contains("--period 2026-Q1"))
    }
}
