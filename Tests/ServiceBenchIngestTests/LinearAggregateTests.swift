import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Inputs that made the tickets and surveys readers quadratic: each record copied its period's
/// running totals, dictionaries included (80k distinct contact reasons took 45.8 s in release,
/// 160k unanswered e-mails with distinct creation times 11.9 s). The totals are now updated in
/// place, so these sizes read in a fraction of a second even in a debug build.
@Suite struct LinearAggregateTests {
    static let ticketHeader = "ticket_id,channel,created_ts,first_response_ts,resolved_ts,reopen_count,agent_replies,contact_reason\n"

    /// A timestamp `n` seconds after 2026-01-05T00:00:00Z (n < 10 days), ISO 8601.
    static func time(_ n: Int) -> String {
        let day = 5 + n / 86_400, hour = n % 86_400 / 3600, minute = n % 3600 / 60, second = n % 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "2026-01-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z"
    }

    @Test func eightyThousandDistinctContactReasons() throws {
        let count = 80_000
        var text = Self.ticketHeader
        text.reserveCapacity(count * 80)
        for n in 0..<count { text += "t\(n),web,\(Self.time(n)),,,0,0,reason \(n)\n" }
        let result = try Fixture().ingest("tickets.csv", text, kind: .tickets)
        let detail = try #require(result.detail.tickets.first)
        #expect(detail.created == count)
        #expect(detail.contactReasons.count == count)
        #expect(detail.contactReasons.allSatisfy { $0.count == 1 })
    }

    @Test func eightyThousandUnansweredEmailsWithDistinctTimes() throws {
        let count = 80_000
        var text = Self.ticketHeader
        text.reserveCapacity(count * 80)
        for n in 0..<count { text += "t\(n),email,\(Self.time(n * 3)),,,0,0,\n" }
        let result = try Fixture().ingest("tickets.csv", text, kind: .tickets)
        // Created over 2.8 days, all unanswered: those older than 24 h before the latest time are
        // decided (not answered within 24 h), the last 24 h undecided.
        let undecided = (0..<count).filter { n in n * 3 > (count - 1) * 3 - 86_400 }.count
        #expect(result.value("email_answered_24h") == 0)
        #expect(result.detail.tickets.first?.created == count)
        #expect(undecided > 0 && undecided < count)
    }

    @Test func eightyThousandDistinctSurveyChannels() throws {
        let count = 80_000
        var text = "response_id,type,score,channel,submitted_ts\n"
        text.reserveCapacity(count * 60)
        for n in 0..<count { text += "r\(n),csat,5,channel \(n),\(Self.time(n))\n" }
        let result = try Fixture().ingest("surveys.csv", text, kind: .surveys)
        #expect(result.value("csat") == 100)
        #expect(result.detail.surveys.first?.byChannel.count == count)
    }
}
