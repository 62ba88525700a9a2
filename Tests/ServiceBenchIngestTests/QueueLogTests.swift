import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Every call event of the queue_log format (README, "queue_log events"), lines out of order across calls (T0 =
/// 1767603600 = 2026-01-05T09:00:00Z, a Monday). Hand-computed outcome of each call:
/// c1 COMPLETECALLER wait 10 talk 300 · c2 COMPLETEAGENT wait 20 talk 120 · c3 BLINDTRANSFER wait 30
/// talk 200 · c4 ATTENDEDTRANSFER wait 40 talk 60 · c13 TRANSFER (no ENTERQUEUE in the file) wait 5
/// talk 50 · c5 ABANDON after 15 s · c10 ABANDON without its waittime field (96 − 90 = 6 s) ·
/// c6 EXITWITHTIMEOUT 300 s · c7 EXITWITHKEY 25 s · c8 EXITEMPTY 10 s · c9 WITHDRAW 15 s ·
/// c11 connected and c12 waiting at the end: in progress.
let everyEvent = """
    1767604000|c13|support|Agent4|TRANSFER|3000|from-internal|5|50|1
    1767603600|NONE|NONE|NONE|QUEUESTART|
    1767603600|c1|support|NONE|ENTERQUEUE||0600000001|1
    1767603605|c2|support|NONE|ENTERQUEUE||0600000002|2
    1767603608|c1|support|Agent2|RINGNOANSWER|15000
    1767603620|c3|support|NONE|ENTERQUEUE||0600000003|3
    1767603610|c1|support|Agent1|CONNECT|10|1767603610.9|2
    1767603625|c2|support|Agent2|CONNECT|20|1767603625.9|1
    1767603630|c4|support|NONE|ENTERQUEUE||0600000004|4
    1767603640|c5|support|NONE|ENTERQUEUE||0600000005
    1767603650|c3|support|Agent3|CONNECT|30|1767603650.9|5
    1767603655|c5|support|NONE|ABANDON|1|3|15
    1767603660|c6|support|NONE|ENTERQUEUE||0600000006|5
    1767603670|c4|support|Agent4|CONNECT|40|1767603670.9|4
    1767603670|c7|support|NONE|ENTERQUEUE||0600000007|6
    1767603680|c8|support|NONE|ENTERQUEUE||0600000008|7
    1767603685|c9|support|NONE|ENTERQUEUE||0600000009|8
    1767603690|c8|support|NONE|EXITEMPTY|1|6|10
    1767603690|c10|support|NONE|ENTERQUEUE||0600000010|9
    1767603695|c7|support|NONE|EXITWITHKEY|5|1|5|25
    1767603695|c10|support|Agent2|RINGCANCELED|5000
    1767603696|c10|support|NONE|ABANDON|1|8
    1767603700|c9|support|NONE|WITHDRAW|1|7|15|callback requested
    1767603700|c11|support|NONE|ENTERQUEUE||0600000011|1
    1767603700|NONE|support|Agent3|PAUSE|Lunch
    1767603701|MANAGER|support|Agent5|ADDMEMBER|
    1767603702|c99|support|NONE|FOOBAR|x
    1767603710|c11|support|Agent1|CONNECT|10|1767603710.9|3
    1767603720|c12|support|NONE|ENTERQUEUE||0600000012|1
    1767603745|c2|support|Agent2|COMPLETEAGENT|20|120|2
    1767603760|c4|support|Agent4|ATTENDEDTRANSFER|BRIDGE|1767603760.5|40|60|4
    1767603850|c3|support|Agent3|BLINDTRANSFER|3000|from-internal|30|200|3
    1767603910|c1|support|Agent1|COMPLETECALLER|10|300|1
    1767603960|c6|support|NONE|EXITWITHTIMEOUT|2|5|300

    """

@Suite struct QueueLogTests {
    @Test func countsEveryEvent() throws {
        let result = try Fixture().ingest("queue_log", everyEvent, kind: .queueLog, options: IngestOptions(serviceLevelThresholds: [20, 60]))
        let detail = try #require(result.callDetail())
        #expect(detail.offered == 11)
        #expect(detail.answered == 5)
        #expect(detail.abandoned == 2)
        #expect(detail.timedOut == 1)
        #expect(detail.exitedWithKey == 1)
        #expect(detail.exitedEmpty == 1)
        #expect(detail.withdrawn == 1)
        #expect(detail.transferred == 3)
        #expect(detail.ringNoAnswer == 1)
        #expect(detail.ringNoAnswerSeconds == 15)
        #expect(detail.ringCanceled == 1)
        #expect(close(detail.averageAbandonWait, 10.5))  // (15 + 6) / 2
        #expect(detail.medianWait == 20)
        #expect(result.value("calls_offered") == 11)
        #expect(close(result.value("answer_rate"), 500.0 / 11))
        #expect(close(result.value("abandon_rate"), 200.0 / 11))
        #expect(close(result.value("asa"), 21))  // (10 + 20 + 30 + 40 + 5) / 5
        #expect(close(result.value("wait_p90"), 36))  // h = 3.6 → 30 + 0.6 × 10
        #expect(close(result.value("service_level_20s"), 300.0 / 11))
        #expect(close(result.value("service_level_60s"), 500.0 / 11))
        #expect(close(result.value("aht"), 146))  // talk only: (300 + 120 + 200 + 60 + 50) / 5
        #expect(close(result.value("transfer_rate"), 60))
        let notes = result.table.quality[0].notes
        #expect(notes.contains("2 calls still in progress at the end of the input (1 waiting, 1 connected): not counted"))
        #expect(notes.contains("1 lines with unknown events, not counted: FOOBAR 1"))
        #expect(notes.contains("member, system and vendor events skipped: ADDMEMBER 1, PAUSE 1, QUEUESTART 1"))
        #expect(notes.contains { $0.hasPrefix("1 calls had a line without its wait or talk field") })
        #expect(result.table.quality[0].recordsRead == 34)
    }

    @Test func placesACallByItsEntryTime() throws {
        // Entered at 23:59:50 on Sunday 29 March 2026 UTC, answered after 20 s, in the next day and week.
        let log = """
            1774828790|a|q|NONE|ENTERQUEUE||1|1
            1774828810|a|q|A1|CONNECT|20|x|1
            1774828870|a|q|A1|COMPLETECALLER|20|60|1

            """
        let result = try Fixture().ingest("queue_log", log, kind: .queueLog)
        #expect(result.callDetail()?.hoursOfWeek[6 * 24 + 23].offered == 1)
        // In Paris it is 01:59:50 on Monday 30 March.
        let paris = try Fixture().ingest("queue_log", log, kind: .queueLog, options: IngestOptions(timeZone: "Europe/Paris"))
        #expect(paris.callDetail()?.hoursOfWeek[1].offered == 1)
    }

    @Test func groupsByQueueAndKeepsRequeuedCallsApart() throws {
        // The same uniqueid times out of "sales" and is then answered in "support".
        let log = """
            100|u1|sales|NONE|ENTERQUEUE||1|1
            160|u1|sales|NONE|EXITWITHTIMEOUT|1|1|60
            160|u1|support|NONE|ENTERQUEUE||1|1
            170|u1|support|A|CONNECT|10|x|1
            200|u1|support|A|COMPLETECALLER|10|30|1

            """
        let result = try Fixture().ingest("queue_log", log, kind: .queueLog, options: IngestOptions(company: "X", period: .none, byQueue: true))
        #expect(result.value("calls_offered", company: "X", period: "1970") == 2)
        #expect(result.value("answer_rate", company: "X / sales", period: "1970") == 0)
        #expect(result.value("answer_rate", company: "X / support", period: "1970") == 100)
    }

    /// Reading the example queue_log on two threads (split in the middle, calls spanning it) gives
    /// exactly the one-thread result.
    @Test func twoThreadsGiveTheOneThreadResult() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/raw/queue_log").path
        var options = IngestOptions(byQueue: true, serviceLevelThresholds: [20, 60], threads: 1)
        let one = try RawExportIngester.ingest(files: [path], kind: .queueLog, options: options)
        options.threads = 2
        options.parallelThresholdBytes = 0
        let two = try RawExportIngester.ingest(files: [path], kind: .queueLog, options: options)
        #expect(one.table.measurements == two.table.measurements)
        #expect(one.table.quality == two.table.quality)
        #expect(one.value("calls_offered") == 3000)
        #expect(one.detail.calls.map(\.hoursOfWeek) == two.detail.calls.map(\.hoursOfWeek))
    }

    /// A call whose lines sit in two rotated files is completed across them.
    @Test func completesCallsAcrossFiles() throws {
        let fixture = try Fixture()
        let first = try fixture.write("queue_log.1", "100|u1|q|NONE|ENTERQUEUE||1|1\n110|u1|q|A|CONNECT|10|x|1\n")
        let second = try fixture.write("queue_log", "150|u1|q|A|COMPLETEAGENT|10|40|1\n")
        let result = try RawExportIngester.ingest(files: [first, second], kind: .queueLog, options: IngestOptions(period: .none))
        #expect(result.value("calls_offered", period: "1970") == 1)
        #expect(result.value("aht", period: "1970") == 40)
        #expect(!result.table.quality.flatMap(\.notes).contains { $0.contains("in progress") })
    }
}
