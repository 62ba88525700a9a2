import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// Lines out of order and short lines: a final line before its ENTERQUEUE, and the note on
/// durations taken from timestamps, which counted lines (and calls never counted) where it says calls.
@Suite struct QueueLogOrderTests {
    static func notes(_ result: IngestResult) -> [String] { result.table.quality.flatMap(\.notes) }

    /// The final line is written before the ENTERQUEUE (and CONNECT) of its call: counted once,
    /// from its entry, and not also reported as still waiting or connected.
    @Test(arguments: [
        "1767603700|c1|q|NONE|ABANDON|1|1|15\n1767603685|c1|q|NONE|ENTERQUEUE||1|1\n",
        "1767603800|c1|q|A|COMPLETECALLER|10|100|1\n1767603690|c1|q|NONE|ENTERQUEUE||1|1\n1767603700|c1|q|A|CONNECT|10|x|1\n",
    ])
    func finalLineBeforeItsEnterQueue(log: String) throws {
        for threads in [1, 2] {
            let options = IngestOptions(threads: threads, parallelThresholdBytes: 0)
            let result = try Fixture().ingest("queue_log", log, kind: .queueLog, options: options)
            #expect(result.value("calls_offered") == 1)
            #expect(!Self.notes(result).contains { $0.contains("in progress") }, "\(Self.notes(result))")
        }
    }

    /// c1: CONNECT without holdtime and COMPLETECALLER without calltime (two short lines, one call);
    /// c2: CONNECT without holdtime, never ends (not counted, so not in the note).
    @Test func theTimestampNoteCountsCountedCalls() throws {
        let log = """
            1767603600|c1|q|NONE|ENTERQUEUE||1|1
            1767603610|c1|q|A|CONNECT||x|1
            1767603620|c2|q|NONE|ENTERQUEUE||1|1
            1767603650|c2|q|B|CONNECT||x|1
            1767603710|c1|q|A|COMPLETECALLER|10||1

            """
        let result = try Fixture().ingest("queue_log", log, kind: .queueLog)
        #expect(result.value("calls_offered") == 1)
        #expect(result.value("asa") == 10)
        #expect(result.value("aht") == 100)
        let notes = Self.notes(result)
        #expect(notes.contains { $0.hasPrefix("1 calls had a line without its wait or talk field") }, "\(notes)")
        #expect(notes.contains("1 calls still in progress at the end of the input (0 waiting, 1 connected): not counted"))
    }
}
