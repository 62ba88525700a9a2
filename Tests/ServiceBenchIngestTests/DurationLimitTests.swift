import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Durations beyond `DurationLimit` (a week) are bad records with their location, never figures:
/// before, `wrap_s` of 999999999999999 on 12 calls wrapped the AHT sum (trap in debug, a negative AHT
/// in an unchecked release), and an ABANDON with a huge waittime was placed in period `-31686713-Q3`.
@Suite struct DurationLimitTests {
    static let header = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\n"
    static let good = "c0,q,2026-01-05T09:00:00Z,2026-01-05T09:00:05Z,2026-01-05T09:01:00Z,answered,a,10\n"

    /// (bad line, column, words of the message). "c1,q," is 5 bytes, each timestamp 20 bytes and a comma.
    @Test(arguments: [
        ("c1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:01:00Z,answered,a,999999999999999", 80, "wrap-up '999999999999999'"),
        ("c1,q,2026-01-05T09:00:00Z,2026-02-05T09:00:10Z,2026-02-05T09:01:00Z,answered,a,0", 27, "wait (enter_ts to answer_ts) of 2678410 s"),
        ("c1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2027-01-05T09:01:00Z,answered,a,0", 48, "talk time (answer_ts to end_ts)"),
        ("c1,q,2025-01-05T09:00:00Z,,2026-01-05T09:00:30Z,abandoned,,", 28, "wait (enter_ts to end_ts)"),
        ("c1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:01:00Z,answered,a,604800.001", 80, "longer than the 604800 s"),
    ])
    func callRecordBeyondTheBound(line: String, column: Int, words: String) throws {
        let text = Self.header + Self.good + line + "\n"
        let fixture = try Fixture()
        let error = try #require(try fixture.error("calls.csv", text, kind: .calls))
        #expect(error.reason == "duration-too-long")
        #expect(error.location?.line == 3)
        #expect(error.location?.column == column)
        #expect(error.message.contains(words))
        #expect(error.exitCode == .dataError)
        let skipped = try fixture.ingest("calls.csv", text, kind: .calls, options: IngestOptions(skipInvalid: true, maximumRejectedFraction: 1))
        #expect(skipped.value("calls_offered") == 1)
        #expect(skipped.value("aht") == 65)
        #expect(skipped.table.quality[0].rejections["duration-too-long"]?.count == 1)
    }

    @Test func twelveHugeWrapUpsAreSkippedNotSummed() throws {
        var text = Self.header + Self.good
        for n in 1...12 { text += "c\(n),q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:01:00Z,answered,a,999999999999999\n" }
        let result = try Fixture().ingest("calls.csv", text, kind: .calls, options: IngestOptions(skipInvalid: true, maximumRejectedFraction: 1))
        #expect(result.value("aht") == 65)
        #expect(result.table.quality[0].rejections["duration-too-long"]?.count == 12)
    }

    @Test func aDurationOfExactlyAWeekIsKept() throws {
        let text = Self.header + "c1,q,2026-01-05T09:00:00Z,2026-01-12T09:00:00Z,2026-01-19T09:00:00Z,answered,a,604800\n"
        let result = try Fixture().ingest("calls.csv", text, kind: .calls)
        #expect(close(result.value("asa"), 604_800))
        #expect(close(result.value("aht"), 2 * 604_800))
    }

    /// (line 2 of a queue_log whose line 1 is c0's ENTERQUEUE, column, words).
    @Test(arguments: [
        ("1767603700|c0|q|NONE|ABANDON|1|1|99999999999999", 34, "wait of 99999999999999 s"),
        ("1767603700|c0|q|A|CONNECT|99999999999999|x|1", 27, "holdtime of 99999999999999 s"),
        ("1767603700|c0|q|A|COMPLETECALLER|10|604801|1", 34, "talk time of 604801 s"),
        ("1767603700|c0|q|A|RINGNOANSWER|999999999999", 32, "ring time of 999999999 s"),
        ("1767603700|c9|q|NONE|ABANDON|1|1|99999999999999", 34, "wait of 99999999999999 s"),
    ])
    func queueLogLineBeyondTheBound(line: String, column: Int, words: String) throws {
        let text = "1767603600|c0|q|NONE|ENTERQUEUE||1|1\n" + line + "\n"
        let fixture = try Fixture()
        let error = try #require(try fixture.error("queue_log", text, kind: .queueLog))
        #expect(error.reason == "duration-too-long")
        #expect(error.location?.line == 2)
        #expect(error.location?.column == column)
        #expect(error.message.contains(words))
        let skipped = try fixture.ingest("queue_log", text, kind: .queueLog, options: IngestOptions(skipInvalid: true, maximumRejectedFraction: 1))
        #expect(skipped.table.measurements.allSatisfy { $0.period.description == "2026-Q1" })
        #expect(skipped.table.quality[0].rejections["duration-too-long"]?.count == 1)
    }

    /// Huge waits on many calls gave a negative ASA ("−149 230 186 891 h" in the HTML). Each bad line
    /// is a bad record: the CONNECT with the huge holdtime, then the COMPLETECALLER whose holdtime
    /// field is all that is left for the wait.
    @Test func hugeQueueLogWaitsNeverMakeANegativeASA() throws {
        var text = ""
        for n in 0..<12 {
            text += "1767603600|c\(n)|q|NONE|ENTERQUEUE||1|1\n"
            text += "1767603700|c\(n)|q|A|CONNECT|\(n == 0 ? "20" : "999999999999999")|x|1\n"
            text += "1767603800|c\(n)|q|A|COMPLETECALLER|\(n == 0 ? "20" : "999999999999999")|100|1\n"
        }
        let result = try Fixture().ingest("queue_log", text, kind: .queueLog, options: IngestOptions(skipInvalid: true, maximumRejectedFraction: 1))
        #expect(result.value("calls_offered") == 1)
        #expect(result.value("asa") == 20)
        #expect(result.table.quality[0].rejections["duration-too-long"]?.count == 22)
    }
}
