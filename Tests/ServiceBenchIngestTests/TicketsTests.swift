import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Hand-computed: email first responses 2 h (t1) and 30 h (t2), t5 unanswered but created less than
/// 24 h before the latest time in the file (undecided); chat first response 90 s; resolutions 24 h,
/// 48 h, 0.5 h; FCR only t1 (t2 reopened, t3 two replies); open at the end of the last day
/// (2026-03-31 00:00): t4 (83.5 days old), t5 (0.5), t6 (58).
let sixTickets = """
    ticket_id,channel,created_ts,first_response_ts,resolved_ts,reopen_count,agent_replies,contact_reason
    t1,email,2026-01-05T09:00:00Z,2026-01-05T11:00:00Z,2026-01-06T09:00:00Z,0,1,Billing
    t2,Email,2026-01-05T10:00:00Z,2026-01-06T16:00:00Z,2026-01-07T10:00:00Z,1,1,Billing
    t3,chat,2026-01-06T09:00:00Z,2026-01-06T09:01:30Z,2026-01-06T09:30:00Z,0,2,Outage
    t4,phone,2026-01-06T12:00:00Z,,,0,0,"Move, new address"
    t5,email,2026-03-30T12:00:00Z,,,0,0,Billing
    t6,web form,2026-02-01T00:00:00Z,2026-02-01T06:00:00Z,,0,1,Outage

    """

@Suite struct TicketsTests {
    @Test func computesEveryTicketKPI() throws {
        let result = try Fixture().ingest("tickets.csv", sixTickets, kind: .tickets)
        #expect(close(result.value("email_response_time"), 16))
        #expect(close(result.value("email_answered_24h"), 50))
        #expect(close(result.value("chat_first_response_time"), 90))
        #expect(close(result.value("resolution_time"), 72.5 / 3))
        #expect(close(result.value("fcr"), 100.0 / 3))
        #expect(result.value("backlog_open") == 3)
        #expect(close(result.value("backlog_age"), 142.0 / 3))
        #expect(close(result.value("digital_share"), 500.0 / 6))
        let detail = try #require(result.detail.tickets.first)
        #expect(detail.byChannel.map(\.channel) == ["email", "chat", "phone", "web form"])
        #expect(detail.byChannel.map(\.count) == [3, 1, 1, 1])
        #expect(detail.contactReasons.map(\.reason) == ["Billing", "Outage", "Move, new address"])
        #expect(detail.created == 6)
        #expect(detail.resolved == 3)
    }

    @Test func backlogAtTheEndOfEachMonth() throws {
        let result = try Fixture().ingest("tickets.csv", sixTickets, kind: .tickets, options: IngestOptions(period: .month))
        // End of January: t4 open (created 6 Jan 12:00, 25.5 days old on 1 February).
        #expect(result.value("backlog_open", period: "2026-01") == 1)
        #expect(close(result.value("backlog_age", period: "2026-01"), 25.5))
        // End of February: t4 and t6.
        #expect(result.value("backlog_open", period: "2026-02") == 2)
    }

    @Test func rejectsAResponseBeforeCreation() throws {
        let text = "ticket_id,channel,created_ts,first_response_ts\nt1,email,2026-01-05T09:00:00Z,2026-01-05T08:00:00Z\n"
        let error = try #require(try Fixture().error("tickets.csv", text, kind: .tickets))
        #expect(error.reason == "negative-duration")
        #expect(error.location?.line == 2)
        #expect(error.location?.column == 31)
    }
}
