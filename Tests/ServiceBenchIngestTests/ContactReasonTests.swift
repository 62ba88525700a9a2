import CSV
import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Contact reasons of tickets and calls: the figures per reason against counts made here
/// independently (yaslab/CSV.swift for the parsing, Foundation for the timestamps), blank reasons
/// counted as not given, and the same figures on one thread and two.
@Suite struct ContactReasonTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One reason's hand count: tickets, resolved ones and their resolution times (hours).
    struct Count {
        var count = 0
        var resolutions: [Double] = []
    }

    /// The example tickets by period label (`2026-Q1`, or `2026-01` … by month) and reason,
    /// counted with a plain loop over the rows as CSV.swift reads them.
    static func handCounts(byMonth: Bool) throws -> [String: [String: Count]] {
        let text = try String(contentsOf: root.appendingPathComponent("examples/raw/tickets.csv"), encoding: .utf8)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        let created = try #require(header.firstIndex(of: "created_ts"))
        let resolved = try #require(header.firstIndex(of: "resolved_ts"))
        let reason = try #require(header.firstIndex(of: "contact_reason"))
        let iso = ISO8601DateFormatter()
        var counts: [String: [String: Count]] = [:]
        while let row = reader.next() {
            // Created between 08:30 and 18:30 local time (+01:00): the same date in UTC and locally.
            let month = Int(row[created].dropFirst(5).prefix(2)) ?? 0
            let period = byMonth ? String(row[created].prefix(7)) : "2026-Q\((month - 1) / 3 + 1)"
            var entry = counts[period, default: [:]][row[reason], default: Count()]
            entry.count += 1
            if !row[resolved].isEmpty {
                let start = try #require(iso.date(from: row[created])), end = try #require(iso.date(from: row[resolved]))
                entry.resolutions.append(end.timeIntervalSince(start) / 3600)
            }
            counts[period, default: [:]][row[reason]] = entry
        }
        return counts
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    @Test(arguments: [false, true])
    func exampleTicketsMatchHandCounts(byMonth: Bool) throws {
        let expected = try Self.handCounts(byMonth: byMonth)
        let path = Self.root.appendingPathComponent("examples/raw/tickets.csv").path
        let result = try RawExportIngester.ingest(files: [path], kind: .tickets, options: IngestOptions(period: byMonth ? .month : .quarter))
        let groups = result.detail.tickets.compactMap(\.reasons)
        #expect(groups.map(\.period.description) == expected.keys.sorted())
        var previous: [String: Count]?
        for group in groups {
            let counts = try #require(expected[group.period.description])
            #expect(group.total == counts.values.reduce(0) { $0 + $1.count })
            #expect(group.unspecified == 0)
            #expect(Set(group.reasons.map(\.reason)) == Set(counts.keys))
            // Most first, ties by name.
            #expect(group.reasons.map(\.count) == group.reasons.map(\.count).sorted(by: >))
            for reason in group.reasons {
                let hand = try #require(counts[reason.reason])
                #expect(reason.count == hand.count, "\(reason.reason)")
                #expect(reason.resolved == hand.resolutions.count)
                // Timestamps are whole seconds: the hours agree to far better than a millisecond.
                #expect(abs((reason.medianResolutionHours ?? -1) - (Self.median(hand.resolutions) ?? -2)) < 1e-9)
                let mean = hand.resolutions.reduce(0, +) / Double(hand.resolutions.count)
                #expect(abs((reason.meanResolutionHours ?? -1) - mean) < 1e-9)
                #expect(reason.previousCount == previous.map { $0[reason.reason]?.count ?? 0 })
            }
            #expect(group.previousClassified == previous.map { $0.values.reduce(0) { $0 + $1.count } })
            previous = counts
        }
        #expect(byMonth ? groups.count == 3 : groups.count == 1)
    }

    static let ticketHeader = "ticket_id,channel,created_ts,first_response_ts,resolved_ts,reopen_count,agent_replies,contact_reason\n"

    /// Blank and white-space reasons are "not given"; surrounding spaces and no-break spaces are
    /// trimmed, and the composed and decomposed "é" are one name.
    @Test func blankReasonsAreCountedAsNotGiven() throws {
        let text = Self.ticketHeader
            + "t1,email,2026-01-05T09:00:00Z,,2026-01-05T11:00:00Z,0,1,Billing\n"
            + "t2,email,2026-01-05T09:00:00Z,,2026-01-05T13:00:00Z,0,1, Billing \n"
            + "t3,email,2026-01-05T09:00:00Z,,,0,1,\n"
            + "t4,email,2026-01-05T09:00:00Z,,,0,1,\"  \"\n"
            + "t5,email,2026-01-05T09:00:00Z,,2026-01-05T10:00:00Z,0,1,D\u{E9}m\u{E9}nagement\n"
            + "t6,email,2026-01-05T09:00:00Z,,,0,1,\u{00A0}De\u{301}me\u{301}nagement\n"
            + "t7,email,2026-01-05T09:00:00Z,,2026-01-05T19:00:00Z,0,1,Billing\n"
        let group = try #require(try Fixture().ingest("tickets.csv", text, kind: .tickets).detail.tickets.first?.reasons)
        #expect(group.total == 7)
        #expect(group.unspecified == 2)
        #expect(group.classified == 5)
        #expect(group.reasons.map(\.reason) == ["Billing", "D\u{E9}m\u{E9}nagement"])
        #expect(group.reasons.map(\.count) == [3, 2])
        #expect(group.reasons[0].resolved == 3)
        #expect(group.reasons[0].medianResolutionHours == 4)
        #expect(close(group.reasons[0].meanResolutionHours, 16.0 / 3))
        #expect(group.reasons[1].medianResolutionHours == 1)
        #expect(group.previousPeriod == nil)
    }

    /// Without the column there are no reasons (not an empty list); with it in one file of two, the
    /// tickets of the other file are not given.
    @Test func reasonsOnlyWhereAFileHasTheColumn() throws {
        let fixture = try Fixture()
        let without = try fixture.write("a.csv", "ticket_id,channel,created_ts\nt1,email,2026-01-05T09:00:00Z\nt2,chat,2026-01-06T09:00:00Z\n")
        let with = try fixture.write("b.csv", "ticket_id,channel,created_ts,contact_reason\nt3,email,2026-01-05T09:00:00Z,Billing\n")
        let none = try RawExportIngester.ingest(files: [without], kind: .tickets, options: IngestOptions())
        #expect(none.detail.tickets.first?.reasons == nil)
        let both = try RawExportIngester.ingest(files: [without, with], kind: .tickets, options: IngestOptions())
        let group = try #require(both.detail.tickets.first?.reasons)
        #expect(group.total == 3)
        #expect(group.unspecified == 2)
        #expect(group.reasons.map(\.reason) == ["Billing"])
    }

    static let callHeader = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s,contact_reason\n"

    /// Calls offered per reason and the AHT (talk + wrap-up) of the answered ones: Billing has two
    /// answered calls (60 + 10 s and 120 + 30 s: AHT 110 s) and an abandoned one; Outage one answered
    /// (30 + 0 s); one call has no reason.
    @Test func callsGiveOfferedAndAHTByReason() throws {
        let text = Self.callHeader
            + "c1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:01:10Z,answered,a,10,Billing\n"
            + "c2,q,2026-01-05T09:00:00Z,2026-01-05T09:00:20Z,2026-01-05T09:02:20Z,answered,a,30,Billing\n"
            + "c3,q,2026-01-05T09:00:00Z,,2026-01-05T09:00:40Z,abandoned,,,Billing\n"
            + "c4,q,2026-01-05T09:00:00Z,2026-01-05T09:00:05Z,2026-01-05T09:00:35Z,answered,a,0,Outage\n"
            + "c5,q,2026-01-05T09:00:00Z,,2026-01-05T09:00:40Z,abandoned,,,\n"
        let result = try Fixture().ingest("calls.csv", text, kind: .calls)
        let group = try #require(result.callDetail()?.reasons)
        #expect(group.source == .calls)
        #expect(group.total == 5)
        #expect(group.unspecified == 1)
        #expect(group.reasons.map(\.reason) == ["Billing", "Outage"])
        #expect(group.reasons.map(\.count) == [3, 1])
        #expect(group.reasons.map(\.answered) == [2, 1])
        #expect(group.reasons.map(\.averageHandleSeconds) == [110, 30])
        #expect(group.reasons[0].resolved == nil)
        // A calls export without the column has no reasons.
        let lines = text.split(separator: "\n").map { line in line.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") }
        let plain = try Fixture().ingest("calls.csv", lines.joined(separator: "\n") + "\n", kind: .calls)
        #expect(plain.value("calls_offered") == 5)
        #expect(plain.callDetail()?.reasons == nil)
    }

    /// `--columns contact_reason=Motif` reads the reason from a column of another name.
    @Test func theReasonColumnCanBeMapped() throws {
        let text = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s,Motif\n"
            + "c1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:01:10Z,answered,a,10,Panne\n"
        let options = IngestOptions(columns: ColumnMapping(["contact_reason": "Motif"]))
        let group = try #require(try Fixture().ingest("calls.csv", text, kind: .calls, options: options).callDetail()?.reasons)
        #expect(group.reasons.map(\.reason) == ["Panne"])
    }

    /// The reason groups as comparable text.
    static func summary(_ result: IngestResult) -> [String] {
        result.detail.calls.compactMap(\.reasons).map { group in
            "\(group.company) \(group.period) \(group.total) \(group.unspecified) \(group.previousPeriod.map { "\($0)" } ?? "-") "
                + group.reasons.map { "\($0.reason)=\($0.count)/\($0.answered ?? -1)/\($0.averageHandleSeconds ?? -1)/\($0.previousCount ?? -1)" }.joined(separator: ";")
        }
    }

    /// Wherever the two threads' split falls (reasons quoted over two lines, more than the 32 names
    /// the interner scans one by one, by queue and by month), two threads give the one-thread reasons.
    @Test(arguments: [1, 7, 40])
    func twoThreadsGiveTheOneThreadReasons(quotedEvery: Int) throws {
        var text = Self.callHeader
        for n in 0..<600 {
            let reason = n % quotedEvery == 0 ? "\"Fact\nure, \"\"A\"\"\"" : n % 11 == 0 ? "" : "reason \(n % 45)"
            let queue = n % 2 == 0 ? "sales" : "support"
            let month = 1 + n % 3, minute = n % 60
            let outcome = n % 5 == 0 ? "abandoned" : "answered"
            let answer = outcome == "answered" ? "2026-0\(month)-05T10:00:\(n % 50 + 10)Z" : ""
            text += "c\(n),\(queue),2026-0\(month)-05T09:\(minute < 10 ? "0" : "")\(minute):00Z,\(answer),2026-0\(month)-05T10:05:00Z,\(outcome),a,\(n % 30),\(reason)\n"
        }
        let path = try Fixture().write("calls.csv", text)
        var options = IngestOptions(period: .month, byQueue: true, threads: 1)
        let one = try RawExportIngester.ingest(files: [path], kind: .calls, options: options)
        options.threads = 2
        options.parallelThresholdBytes = 0
        let two = try RawExportIngester.ingest(files: [path], kind: .calls, options: options)
        #expect(Self.summary(one) == Self.summary(two))
        #expect(Self.summary(one).count == 9)
        let first = try #require(one.detail.calls.first?.reasons)
        #expect(first.total == 200)
        #expect(first.reasons.contains { $0.reason == "Fact\nure, \"A\"" })
    }

    /// More reason numbers than the flat table holds (`CallReasons.flatReasons`): the rest are
    /// counted beside it, alike on one thread and two.
    @Test func reasonsBeyondTheFlatTable() throws {
        let distinct = CallReasons.flatReasons + 201  // odd: the two calls of a reason are one answered, one abandoned
        var text = Self.callHeader
        for n in 0..<(2 * distinct) {
            let answer = n % 2 == 0 ? "2026-01-05T10:00:20Z" : ""
            let outcome = n % 2 == 0 ? "answered" : "abandoned"
            text += "c\(n),q\(n % 3),2026-01-05T10:00:00Z,\(answer),2026-01-05T10:01:00Z,\(outcome),a,5,free text \(n % distinct)\n"
        }
        let path = try Fixture().write("calls.csv", text)
        var options = IngestOptions(byQueue: true, threads: 1)
        let one = try RawExportIngester.ingest(files: [path], kind: .calls, options: options)
        options.threads = 2
        options.parallelThresholdBytes = 0
        let two = try RawExportIngester.ingest(files: [path], kind: .calls, options: options)
        #expect(Self.summary(one) == Self.summary(two))
        let group = try #require(one.callDetail()?.reasons)
        #expect(group.reasons.count == distinct)
        #expect(group.reasons.allSatisfy { $0.count == 2 && $0.answered == 1 && $0.averageHandleSeconds == 45 })
    }

    /// The interner: trimmed names, one number per text, the first 32 scanned and the rest hashed.
    @Test func internerNumbersEachNameOnce() {
        var interner = NameInterner()
        func number(_ text: String) -> Int {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { interner.number(of: $0) }
        }
        #expect(number("") == 0)
        #expect(number(" \t ") == 0)
        #expect(number("\u{00A0}") == 0)
        let names = (0..<100).map { "r\($0)" }
        let numbers = names.map(number)
        #expect(numbers == Array(1...100))
        #expect(names.reversed().map(number) == Array((1...100).reversed()))
        #expect(number("  r5\r\n") == 6)
        #expect(interner.names.count == 101)
        #expect(interner.number(ofName: "r7") == 8)
        #expect(interner.number(ofName: "new") == 101)
    }
}
