import Foundation
import Testing
@testable import ServiceBenchCore
@testable import ServiceBenchIngest

/// The breakdowns by agent of tickets and surveys (the optional `agent` column), the pseudonyms,
/// and the calls breakdowns beside `--by queue`, on small files counted by hand.
@Suite struct BreakdownAgentTests {
    /// Ana: 2 tickets (one resolved in 2 h at first contact); Bob: 1 ticket resolved in 4 h after two
    /// replies; one ticket without an agent.
    static let tickets = """
        ticket_id,channel,created_ts,first_response_ts,resolved_ts,reopen_count,agent_replies,agent
        T1,email,2026-01-05T08:00:00Z,2026-01-05T09:00:00Z,2026-01-05T10:00:00Z,0,1,Ana
        T2,Email,2026-01-05T08:00:00Z,,,0,0,Ana
        T3,chat,2026-01-05T08:00:00Z,2026-01-05T08:01:00Z,2026-01-05T12:00:00Z,0,2,Bob
        T4,chat,2026-01-05T08:00:00Z,,,0,0,

        """

    @Test func ticketsByAgentAndChannel() throws {
        let result = try Fixture().ingest("tickets.csv", Self.tickets, kind: .tickets)
        let breakdown = try #require(result.detail.tickets.first?.breakdown)
        let agents = try #require(breakdown.agents)
        #expect(agents.map(\.name) == ["Ana", "Bob"])
        #expect(agents[0].created == 2)
        #expect(agents[0].resolved == 1)
        #expect(agents[0].resolutionRate == 50)
        #expect(agents[0].averageResolutionHours == 2)
        #expect(agents[0].fcr == 100)
        #expect(agents[1].fcr == 0)
        #expect(agents[1].averageResolutionHours == 4)
        // Channels in lower case, most tickets first, ties by name.
        #expect(breakdown.channels.map(\.name) == ["chat", "email"])
        #expect(breakdown.channels.map(\.created) == [2, 2])
        // email: one first response after 60 min; chat: one after 1 min.
        #expect(breakdown.channels[1].medianFirstResponseHours == 1)
        #expect(breakdown.channels[0].medianFirstResponseHours == 1.0 / 60)
    }

    @Test func ticketsWithoutAResolutionColumnLeaveItsFiguresNotComputed() throws {
        let text = "ticket_id,channel,created_ts\nT1,email,2026-01-05T08:00:00Z\n"
        let breakdown = try #require(try Fixture().ingest("tickets.csv", text, kind: .tickets).detail.tickets.first?.breakdown)
        #expect(breakdown.channels.first?.resolved == nil)
        #expect(breakdown.channels.first?.resolutionRate == nil)
        #expect(breakdown.channels.first?.fcr == nil)
        #expect(breakdown.channels.first?.medianFirstResponseHours == nil)
        #expect(breakdown.agents == nil)
    }

    @Test func surveysByAgent() throws {
        let text = """
            response_id,type,score,channel,submitted_ts,agent
            S1,csat,5,phone,2026-01-05T10:00:00Z,Ana
            S2,csat,2,phone,2026-01-05T10:00:00Z,Ana
            S3,nps,10,email,2026-01-05T10:00:00Z,Bob
            S4,csat,4,email,2026-01-05T10:00:00Z,Bob

            """
        let breakdown = try #require(try Fixture().ingest("surveys.csv", text, kind: .surveys).detail.surveys.first?.breakdown)
        let agents = try #require(breakdown.agents)
        #expect(agents.map(\.name) == ["Ana", "Bob"])
        #expect(agents[0].csatAnswers == 2)
        #expect(agents[0].csat == 50)
        #expect(agents[0].nps == nil)
        #expect(agents[1].nps == 100)
        #expect(agents[1].csat == 100)
        #expect(breakdown.channels.map(\.name) == ["email", "phone"])
    }

    static let calls = """
        call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s
        c1,sales,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:02:00Z,answered,Zoé,10
        c2,support,2026-01-05T10:00:00Z,2026-01-05T10:00:30Z,2026-01-05T10:01:30Z,answered,Ana,0
        c3,support,2026-01-05T10:30:00Z,,2026-01-05T10:31:40Z,abandoned,,
        c4,sales,2026-01-05T11:00:00Z,,2026-01-05T11:00:20Z,timeout,,

        """

    /// With `--by queue` each queue is still a company; the company's own group carries the
    /// breakdowns, the queues' groups none.
    @Test func byQueueKeepsItsCompaniesAndTheCompanyKeepsItsBreakdowns() throws {
        let options = IngestOptions(byQueue: true, serviceLevelThresholds: [20])
        let result = try Fixture().ingest("calls.csv", Self.calls, kind: .calls, options: options)
        #expect(result.table.companyNames.contains("Company / sales"))
        #expect(result.callDetail(company: "Company / sales")?.breakdown == nil)
        let breakdown = try #require(result.callDetail()?.breakdown)
        let queues = try #require(breakdown.queues)
        #expect(queues.map(\.queue) == ["sales", "support"])
        #expect(queues.map(\.offered) == [2, 2])
        #expect(queues[0].answerRate == 50)
        #expect(queues[0].serviceLevels == [50])
        #expect(queues[1].abandonedByHour[10] == 1)
        #expect(queues[0].averageHandleTime == 120)
        #expect(breakdown.agents?.map(\.agent) == ["Ana", "Zoé"])
        #expect(breakdown.longestAnswered.map(\.callID) == ["c2", "c1"])
        #expect(breakdown.longestAbandoned.map(\.waitSeconds) == [100])
        #expect(breakdown.longestAbandoned.first?.entered == "2026-01-05 10:30:00")
    }

    /// Without a queue column, the calls are one row without a queue; without agents, no agent table.
    @Test func callsWithoutQueueOrAgentColumns() throws {
        let text = "enter_ts,answer_ts,end_ts,outcome\n2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:02:00Z,answered\n"
        let breakdown = try #require(try Fixture().ingest("calls.csv", text, kind: .calls).callDetail()?.breakdown)
        #expect(breakdown.queues?.count == 1)
        #expect(breakdown.queues?.first?.queue == nil)
        #expect(breakdown.agents == nil)
        #expect(breakdown.longestAnswered.first?.callID == nil)
    }

    /// Pseudonyms number the names of every export in sorted order: an agent named in the calls and
    /// the surveys gets one number in both, and the same exports give the same numbers again.
    @Test func pseudonymsAreStableAndShared() throws {
        let fixture = try Fixture()
        var detail = try fixture.ingest("calls.csv", Self.calls, kind: .calls).detail
        detail.append(try fixture.ingest("tickets.csv", Self.tickets, kind: .tickets).detail)
        #expect(detail.agentNames == ["Ana", "Bob", "Zoé"])
        let once = detail.pseudonymizingAgents()
        let again = detail.pseudonymizingAgents()
        let period = try #require(Period(parsing: "2026-Q1"))
        let breakdowns = try #require(CompanyBreakdowns(detail: once.byCompany()["Company"] ?? IngestDetail(), period: period))
        #expect(breakdowns.agents.map(\.pseudonym) == [1, 2, 3])
        // Ana answered a call and handled two tickets: one row, number 1.
        #expect(breakdowns.agents[0].calls?.answered == 1)
        #expect(breakdowns.agents[0].tickets?.created == 2)
        #expect(breakdowns.agents[2].calls?.agent == "3")
        #expect(String(describing: once.calls.map(\.breakdown)) == String(describing: again.calls.map(\.breakdown)))
        #expect(!String(describing: once).contains("Zoé"))
    }
}
