import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Each kind of bad record, on line 4 after a good record whose quoted queue name spans lines 2–3.
@Suite struct BadRecordTests {
    static let header = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\n"
    static let good = "c0,\"two\nlines\",2026-01-05T09:00:00Z,2026-01-05T09:00:05Z,2026-01-05T09:01:00Z,answered,a,0\n"

    /// (bad line, reason, column, words of the message). Columns counted by hand: "c1,q," is 5
    /// bytes, each timestamp 20 bytes plus its comma.
    @Test(arguments: [
        ("c1,q,2026-13-05T09:00:00Z,,2026-01-05T09:01:00Z,abandoned,,", "bad-timestamp", 6, "malformed timestamp '2026-13-05T09:00:00Z' in column enter_ts"),
        ("c1,q,2026-01-05T09:00:00Z,2026-01-05T08:59:00Z,2026-01-05T09:05:00Z,answered,a,0", "answer-before-entry", 27, "before entering the queue"),
        ("c1,q,2026-01-05T09:00:00Z,2026-01-05T09:01:00Z,2026-01-05T09:00:30Z,answered,a,0", "negative-duration", 48, "before being answered"),
        ("c1,q,2026-01-05T09:00:00Z,,2026-01-04T09:00:00Z,abandoned,,", "negative-duration", 28, "before entering it"),
        ("c1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:01:00Z,answered,a,-5", "negative-duration", 80, "negative wrap-up"),
        ("c1,q,2026-01-05T09:00:00Z,,2026-01-05T09:01:00Z,lost,,", "unknown-outcome", 49, "unknown outcome 'lost'"),
        ("c1,q,2026-01-05T09:00:00Z,,2026-01-05T09:01:00Z,answered,a,", "missing-value", 27, "without an answer time"),
        ("c1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:01:00Z,answered,a,ten", "bad-number", 80, "not a number"),
        ("c1,q,2026-01-05T09:00:00Z", "ragged-row", 26, "3 fields where the header has 8"),
        ("c1,\"q\"x,2026-01-05T09:00:00Z,,2026-01-05T09:01:00Z,abandoned,,", "ragged-row", 4, "badly quoted field"),
    ])
    func badCallRecord(line: String, reason: String, column: Int, words: String) throws {
        let text = Self.header + Self.good + line + "\n" + "c2,q,2026-01-05T09:00:00Z,,2026-01-05T09:00:30Z,abandoned,,\n"
        let fixture = try Fixture()
        let error = try #require(try fixture.error("calls.csv", text, kind: .calls))
        #expect(error.reason == reason)
        #expect(error.location?.file.hasSuffix("calls.csv") == true)
        #expect(error.location?.line == 4)
        #expect(error.location?.column == column)
        #expect(error.message.contains(words))
        #expect(error.exitCode == .dataError)
        // Skipped and counted instead, with the first example.
        let skipped = try fixture.ingest("calls.csv", text, kind: .calls, options: IngestOptions(skipInvalid: true, maximumRejectedFraction: 1))
        #expect(skipped.value("calls_offered") == 2)
        let quality = skipped.table.quality[0]
        #expect(quality.recordsRead == 3)
        #expect(quality.rejections[reason]?.count == 1)
        #expect(quality.rejections[reason]?.examples.first?.location.line == 4)
    }

    @Test func countsRejectionsByReasonWithTheFirstExamples() throws {
        var text = Self.header
        for n in 0..<5 { text += "c\(n),q,2026-01-05T09:00:0\(n)Z,,2026-01-05T09:01:00Z,gone,,\n" }
        text += "c9,q,yesterday,,2026-01-05T09:01:00Z,abandoned,,\n"
        let result = try Fixture().ingest("calls.csv", text, kind: .calls, options: IngestOptions(skipInvalid: true, maximumRejectedFraction: 1))
        let quality = result.table.quality[0]
        #expect(quality.rejectedCount == 6)
        #expect(quality.rejections["unknown-outcome"]?.count == 5)
        #expect(quality.rejections["unknown-outcome"]?.examples.map(\.location.line) == [2, 3, 4])
        #expect(quality.rejections["bad-timestamp"]?.examples.first?.location.line == 7)
        #expect(result.table.measurements.isEmpty)  // no valid call, so no period
    }

    @Test func missingColumnIsNamed() throws {
        let error = try #require(try Fixture().error("calls.csv", "call_id,start,end_ts,outcome\n", kind: .calls))
        #expect(error.code == .missingColumn)
        #expect(error.message.contains("no column 'enter_ts'"))
        #expect(error.message.contains("--columns enter_ts=HEADER"))
    }

    @Test(arguments: [
        ("1767603600|c1|q|NONE", "ragged-row", 21, "at least 5"),
        ("17676036xx|c1|q|NONE|ENTERQUEUE||1|1", "bad-timestamp", 1, "malformed timestamp"),
        ("1767603610|c1|q|A|CONNECT|ten|x|1", "bad-number", 27, "holdtime 'ten'"),
        ("1767603610|c1|q|A|CONNECT|-3|x|1", "negative-duration", 27, "negative holdtime"),
        ("1767603610|c7|q|A|COMPLETECALLER||", "missing-field", 34, "lacks the holdtime or calltime"),
    ])
    func badQueueLogRecord(line: String, reason: String, column: Int, words: String) throws {
        let text = "1767603600|c0|q|NONE|ENTERQUEUE||1|1\n" + line + "\n"
        let error = try #require(try Fixture().error("queue_log", text, kind: .queueLog))
        #expect(error.reason == reason)
        #expect(error.location?.line == 2)
        #expect(error.location?.column == column)
        #expect(error.message.contains(words))
    }
}
