import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// What a queue_log reader holds is bounded (`IngestLimits`), with an error naming the line, instead
/// of growing with the file: 3 M calls never closed held 2.07 GB, 3 M distinct queue names 1.64 GB,
/// 3 M final lines without their ENTERQUEUE 784 MB. The bounds are lowered to 10 here; the same code
/// enforces the defaults (1,000,000 open calls and final lines, 100,000 queue names).
@Suite struct QueueLogLimitTests {
    static func options(threads: Int = 1, skipInvalid: Bool = false) -> IngestOptions {
        var options = IngestOptions(skipInvalid: skipInvalid, threads: threads, parallelThresholdBytes: threads > 1 ? 0 : 8 << 20)
        options.limits.maximumOpenCalls = 10
        options.limits.maximumPendingCloses = 10
        options.limits.maximumQueues = 10
        return options
    }

    /// (the log, the line of the error, words of the message).
    static let cases: [(String, Int, String)] = [
        // Eleven calls that never end.
        ((0..<11).map { "17676036\($0 + 10)|c\($0)|q|NONE|ENTERQUEUE||1|1\n" }.joined(), 11, "more than 10 calls are open at once"),
        // Eleven calls that CONNECT without ENTERQUEUE or a final line.
        ((0..<11).map { "17676036\($0 + 10)|c\($0)|q|A|CONNECT|5|x|1\n" }.joined(), 11, "more than 10 calls are open at once"),
        // Eleven final lines without their ENTERQUEUE.
        ((0..<11).map { "17676036\($0 + 10)|c\($0)|q|NONE|ABANDON|1|1|5\n" }.joined(), 11, "more than 10 final lines"),
        // Eleven queue names, each call complete.
        ((0..<11).map { "17676036\($0 + 10)|c\($0)|q\($0)|NONE|ENTERQUEUE||1|1\n17676036\($0 + 10)|c\($0)|q\($0)|NONE|ABANDON|1|1|0\n" }.joined(), 21, "more than 10 distinct queue names"),
    ]

    @Test(arguments: cases)
    func aBoundIsAnErrorAtItsLine(log: String, line: Int, words: String) throws {
        for skipInvalid in [false, true] {
            let error = try #require(try Fixture().error("queue_log", log, kind: .queueLog, options: Self.options(skipInvalid: skipInvalid)))
            #expect(error.code == .limitExceeded)
            #expect(error.exitCode == .dataError)
            #expect(error.location?.file.hasSuffix("queue_log") == true)
            #expect(error.location?.line == line)
            #expect(error.message.contains(words), "\(error.message)")
        }
    }

    /// The bound is on calls open at once, not on the calls in the file: 50 calls one after another.
    @Test func manyCallsOneAfterAnotherAreFine() throws {
        let log = (0..<50).map { "17676036\($0 + 10)|c\($0)|q|NONE|ENTERQUEUE||1|1\n17676036\($0 + 10)|c\($0)|q|NONE|ABANDON|1|1|0\n" }.joined()
        let result = try Fixture().ingest("queue_log", log, kind: .queueLog, options: Self.options())
        #expect(result.value("calls_offered") == 50)
    }

    /// Two halves of 6 open calls each stay under the bound, but the merged state does not.
    @Test func theMergedHalvesAreBoundedToo() throws {
        let log = (0..<12).map { "17676036\($0 + 10)|c\($0)|q|NONE|ENTERQUEUE||1|1\n" }.joined()
        let two = try #require(try Fixture().error("queue_log", log, kind: .queueLog, options: Self.options(threads: 2)))
        #expect(two.code == .limitExceeded)
        #expect(two.message.contains("more than 10 calls are open at once"))
        #expect(two.location?.line == nil)  // neither half reached it
        let one = try #require(try Fixture().error("queue_log", log, kind: .queueLog, options: Self.options(threads: 1)))
        #expect(one.location?.line == 11)
    }

    /// A calls CSV grouped by a column that differs for every call.
    @Test func callsCSVByQueueBoundsTheQueueNames() throws {
        var text = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\n"
        for n in 0..<11 { text += "c\(n),q\(n),2026-01-05T09:00:00Z,,2026-01-05T09:00:30Z,abandoned,,\n" }
        var options = Self.options()
        options.byQueue = true
        let error = try #require(try Fixture().error("calls.csv", text, kind: .calls, options: options))
        #expect(error.code == .limitExceeded)
        #expect(error.location?.line == 12)
        #expect(error.location?.column == 5)
        #expect(error.message.contains("more than 10 distinct queue names in column queue"))
    }
}
