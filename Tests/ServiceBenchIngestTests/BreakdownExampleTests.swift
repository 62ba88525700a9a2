import Foundation
import Testing
@testable import ServiceBenchCore
@testable import ServiceBenchIngest

/// The breakdowns of the raw examples (`examples/raw`) against an independent recount: each CSV is
/// read with the KPI tables' reader (`CSVTextReader`), its timestamps with Foundation's
/// `ISO8601DateFormatter`, and the figures tallied by a plain loop (no code of the ingester).
@Suite struct BreakdownExampleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The example's records as dictionaries by header.
    static func rows(_ file: String) throws -> [[String: String]] {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: "\(repository)/examples/raw/\(file)")))
        let records = CSVTextReader(utf8: bytes, separator: UInt8(ascii: ",")).records().records
        let header = try #require(records.first).fields.map(\.text)
        return records.dropFirst().map { record in
            Dictionary(uniqueKeysWithValues: zip(header, record.fields.map(\.text)))
        }
    }

    static func seconds(_ text: String?) -> Double? {
        guard let text, !text.isEmpty else { return nil }
        return ISO8601DateFormatter().date(from: text)?.timeIntervalSince1970
    }

    static func ingest(_ file: String, kind: RawExportKind, threads: Int = 1) throws -> IngestResult {
        var options = IngestOptions(serviceLevelThresholds: [20, 60], threads: threads)
        if threads > 1 { options.parallelThresholdBytes = 0 }
        return try RawExportIngester.ingest(files: ["\(repository)/examples/raw/\(file)"], kind: kind, options: options)
    }

    @Test func callsByQueueMatchARecount() throws {
        struct Tally { var offered = 0, answered = 0, abandoned = 0, within20 = 0, wait = 0.0, handle = 0.0, byHour = [Int](repeating: 0, count: 24) }
        var queues: [String: Tally] = [:]
        for row in try Self.rows("calls.csv") {
            let queue = try #require(row["queue"])
            let entered = try #require(Self.seconds(row["enter_ts"]))
            queues[queue, default: Tally()].offered += 1
            if row["outcome"] == "answered" {
                let answered = try #require(Self.seconds(row["answer_ts"]))
                let ended = try #require(Self.seconds(row["end_ts"]))
                queues[queue]?.answered += 1
                queues[queue]?.wait += answered - entered
                queues[queue]?.handle += ended - answered + (Double(row["wrap_s"] ?? "") ?? 0)
                if answered - entered <= 20 { queues[queue]?.within20 += 1 }
            } else if row["outcome"] == "abandoned" {
                queues[queue]?.abandoned += 1
                // The example is written in local time (+01:00): the hour is the text's.
                let text = try #require(row["enter_ts"])
                let hour = try #require(Int(String(text.dropFirst(11).prefix(2))))
                queues[queue]?.byHour[hour] += 1
            }
        }
        let breakdown = try #require(try Self.ingest("calls.csv", kind: .calls).callDetail()?.breakdown)
        let rows = try #require(breakdown.queues)
        #expect(rows.map(\.queue) == queues.keys.sorted())
        for row in rows {
            let name = try #require(row.queue)
            let expected = try #require(queues[name])
            #expect(row.offered == expected.offered)
            #expect(row.answered == expected.answered)
            #expect(row.abandoned == expected.abandoned)
            #expect(close(row.answerRate, 100 * Double(expected.answered) / Double(expected.offered)))
            #expect(close(row.abandonRate, 100 * Double(expected.abandoned) / Double(expected.offered)))
            #expect(close(row.serviceLevels[0], 100 * Double(expected.within20) / Double(expected.offered)))
            #expect(close(row.averageSpeedOfAnswer, expected.wait / Double(expected.answered)))
            #expect(close(row.averageHandleTime, expected.handle / Double(expected.answered)))
            #expect(row.abandonedByHour == expected.byHour)
        }
        // Hand count (awk on calls.csv): 3,000 calls, 2,618 answered, 315 abandoned, 67 timed out.
        #expect(rows.reduce(0) { $0 + $1.offered } == 3000)
        #expect(rows.reduce(0) { $0 + $1.answered } == 2618)
        #expect(rows.reduce(0) { $0 + $1.abandoned } == 315)
    }

    @Test func callsByAgentAndLongestWaitsMatchARecount() throws {
        var agents: [String: (answered: Int, talk: Double, handle: Double)] = [:]
        var answeredWaits: [(wait: Double, entered: Double, id: String)] = []
        var abandonedWaits: [(wait: Double, entered: Double, id: String)] = []
        for row in try Self.rows("calls.csv") {
            let entered = try #require(Self.seconds(row["enter_ts"]))
            let ended = try #require(Self.seconds(row["end_ts"]))
            let id = try #require(row["call_id"])
            if row["outcome"] == "answered" {
                let answered = try #require(Self.seconds(row["answer_ts"]))
                let agent = try #require(row["agent"])
                let talk = ended - answered
                let current = agents[agent] ?? (0, 0, 0)
                agents[agent] = (current.answered + 1, current.talk + talk, current.handle + talk + (Double(row["wrap_s"] ?? "") ?? 0))
                answeredWaits.append((answered - entered, entered, id))
            } else if row["outcome"] == "abandoned" {
                abandonedWaits.append((ended - entered, entered, id))
            }
        }
        let breakdown = try #require(try Self.ingest("calls.csv", kind: .calls).callDetail()?.breakdown)
        let rows = try #require(breakdown.agents)
        #expect(rows.map(\.agent) == agents.keys.sorted())
        for row in rows {
            let expected = try #require(agents[row.agent])
            #expect(row.answered == expected.answered)
            #expect(close(row.averageTalkTime, expected.talk / Double(expected.answered)))
            #expect(close(row.averageHandleTime, expected.handle / Double(expected.answered)))
        }
        let order = { (a: (wait: Double, entered: Double, id: String), b: (wait: Double, entered: Double, id: String)) -> Bool in
            a.wait != b.wait ? a.wait > b.wait : a.entered != b.entered ? a.entered < b.entered : a.id < b.id
        }
        let longestAnswered = answeredWaits.sorted(by: order).prefix(10)
        let longestAbandoned = abandonedWaits.sorted(by: order).prefix(10)
        #expect(breakdown.longestAnswered.map(\.callID) == longestAnswered.map(\.id))
        #expect(breakdown.longestAnswered.map(\.waitSeconds) == longestAnswered.map(\.wait))
        #expect(breakdown.longestAbandoned.map(\.callID) == longestAbandoned.map(\.id))
        #expect(breakdown.longestAbandoned.map(\.waitSeconds) == longestAbandoned.map(\.wait))
        // The first abandoned call of the list, read in calls.csv: 278 s in facturation, 5 March 15:14:48 local time.
        #expect(breakdown.longestAbandoned.first?.entered == "2026-03-05 15:14:48")
        #expect(breakdown.longestAbandoned.first?.queue == "facturation")
    }

    @Test func ticketsByChannelMatchARecount() throws {
        struct Tally { var created = 0, resolved = 0, eligible = 0, firstContact = 0, resolution = 0.0 }
        var channels: [String: Tally] = [:]
        // The tickets an agent answered (a blank `agent` is no one's).
        var agents: [String: Tally] = [:]
        for row in try Self.rows("tickets.csv") {
            let channel = try #require(row["channel"]).lowercased()
            let agent = row["agent"].flatMap { $0.isEmpty ? nil : $0 }
            channels[channel, default: Tally()].created += 1
            if let agent { agents[agent, default: Tally()].created += 1 }
            guard let resolved = Self.seconds(row["resolved_ts"]) else { continue }
            channels[channel]?.resolved += 1
            let created = try #require(Self.seconds(row["created_ts"]))
            channels[channel]?.resolution += (resolved - created) / 3600
            if let agent {
                agents[agent]?.resolved += 1
                agents[agent]?.resolution += (resolved - created) / 3600
            }
            if let replies = Int(row["agent_replies"] ?? ""), let reopens = Int(row["reopen_count"] ?? "") {
                channels[channel]?.eligible += 1
                if replies == 1 && reopens == 0 { channels[channel]?.firstContact += 1 }
                if let agent {
                    agents[agent]?.eligible += 1
                    if replies == 1 && reopens == 0 { agents[agent]?.firstContact += 1 }
                }
            }
        }
        let detail = try #require(try Self.ingest("tickets.csv", kind: .tickets).detail.tickets.first)
        let breakdown = try #require(detail.breakdown)
        let agentRows = try #require(breakdown.agents, "the example names the agent who answered each ticket")
        #expect(agentRows.map(\.name) == agents.keys.sorted())
        for row in agentRows {
            let expected = try #require(agents[row.name])
            #expect(row.created == expected.created)
            #expect(row.resolved == expected.resolved)
            #expect(row.fcrEligible == expected.eligible)
            #expect(row.fcrResolved == expected.firstContact)
            #expect(close(row.averageResolutionHours, expected.resolution / Double(expected.resolved)))
        }
        #expect(Set(breakdown.channels.map(\.name)) == Set(channels.keys))
        #expect(breakdown.channels.map(\.created) == breakdown.channels.map(\.created).sorted(by: >))
        for row in breakdown.channels {
            let expected = try #require(channels[row.name])
            #expect(row.created == expected.created)
            #expect(row.resolved == expected.resolved)
            #expect(close(row.resolutionRate, 100 * Double(expected.resolved) / Double(expected.created)))
            #expect(close(row.averageResolutionHours, expected.resolution / Double(expected.resolved)))
            #expect(close(row.fcr, 100 * Double(expected.firstContact) / Double(expected.eligible)))
        }
        // Hand count (awk on tickets.csv): 770 email tickets.
        #expect(breakdown.channels.first { $0.name == "email" }?.created == 770)
    }

    @Test func surveysByChannelMatchARecount() throws {
        struct Tally { var csat = 0, satisfied = 0, nps = 0, net = 0, ces = 0, cesSum = 0.0 }
        var channels: [String: Tally] = [:]
        for row in try Self.rows("surveys.csv") {
            let channel = try #require(row["channel"]).lowercased()
            let text = try #require(row["score"])
            let score = try #require(Int(text))
            var tally = channels[channel] ?? Tally()
            switch row["type"] {
            case "csat":
                tally.csat += 1
                if score >= 4 { tally.satisfied += 1 }
            case "nps":
                tally.nps += 1
                tally.net += score >= 9 ? 1 : score <= 6 ? -1 : 0
            case "ces":
                tally.ces += 1
                tally.cesSum += Double(score)
            default:
                // ces5: 1–5 effort, 1 (very easy) = 7 on the 1–7 agreement scale, 5 = 1.
                tally.ces += 1
                tally.cesSum += 7 - 1.5 * Double(score - 1)
            }
            channels[channel] = tally
        }
        let detail = try #require(try Self.ingest("surveys.csv", kind: .surveys).detail.surveys.first)
        let breakdown = try #require(detail.breakdown)
        #expect(Set(breakdown.channels.map(\.name)) == Set(channels.keys))
        for row in breakdown.channels {
            let expected = try #require(channels[row.name])
            #expect(row.csatAnswers == expected.csat)
            #expect(close(row.csat, 100 * Double(expected.satisfied) / Double(expected.csat)))
            #expect(row.npsAnswers == expected.nps)
            #expect(close(row.nps, 100 * Double(expected.net) / Double(expected.nps)))
            #expect(row.cesAnswers == expected.ces)
            #expect(close(row.ces, expected.cesSum / Double(expected.ces)))
        }
    }

    /// Two threads (the file split at its middle) give the same breakdowns as one.
    @Test(arguments: [("calls.csv", RawExportKind.calls), ("queue_log", RawExportKind.queueLog)])
    func twoThreadsGiveTheSameBreakdowns(file: String, kind: RawExportKind) throws {
        let one = try Self.ingest(file, kind: kind, threads: 1)
        let two = try Self.ingest(file, kind: kind, threads: 2)
        let breakdown = try #require(one.callDetail()?.breakdown)
        #expect(breakdown.queues?.count == 3)
        #expect(breakdown.agents?.isEmpty == false)
        #expect(breakdown.longestAbandoned.count == 10)
        #expect(String(describing: one.detail.calls.map(\.breakdown)) == String(describing: two.detail.calls.map(\.breakdown)))
    }
}
