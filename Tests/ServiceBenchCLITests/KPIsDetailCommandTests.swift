import Foundation
import Testing

/// `kpis --format json` carries the tickets' and surveys' detail per period: the volumes by channel
/// and contact reason behind the ticket KPIs, the responses behind the survey ones.
@Suite struct KPIsDetailCommandTests {
    static func json(_ file: String, _ source: String) throws -> [String: Any] {
        let run = try CommandRunner.run(["kpis", "examples/raw/\(file)", "--source", source, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
    }

    @Test func ticketsByChannelAndReasonAddUpToTheTicketsCreated() throws {
        let report = try Self.json("tickets.csv", "tickets")
        let group = try #require((report["tickets"] as? [[String: Any]])?.first)
        let created = try #require(group["created"] as? Int)
        let channels = try #require(group["by_channel"] as? [[String: Any]])
        let reasons = try #require(group["contact_reasons"] as? [[String: Any]])
        #expect(channels.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == created)
        #expect(reasons.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } <= created)
        #expect(!reasons.isEmpty)
        // Most frequent first.
        let counts = reasons.compactMap { $0["count"] as? Int }
        #expect(counts == counts.sorted(by: >))
        #expect((report["surveys"] as? [Any])?.isEmpty == true)
    }

    @Test func surveyResponsesSplitIntoPromotersPassivesAndDetractors() throws {
        let report = try Self.json("surveys.csv", "surveys")
        let group = try #require((report["surveys"] as? [[String: Any]])?.first)
        let nps = try #require(group["nps_responses"] as? Int)
        let parts = ["promoters", "passives", "detractors"].compactMap { group[$0] as? Int }
        #expect(parts.count == 3)
        #expect(parts.reduce(0, +) == nps)
    }
}
