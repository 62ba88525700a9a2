import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

@Suite struct SplitTests {
    /// A calls CSV with quoted queue names holding newlines around the middle: wherever the split
    /// falls, two threads give the one-thread result.
    @Test(arguments: [1, 7, 40])
    func callsCSVSplitMatchesOneThread(quotedEvery: Int) throws {
        var text = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\n"
        for n in 0..<400 {
            let queue = n % quotedEvery == 0 ? "\"sup\nport, \"\"A\"\"\"" : "sales"
            let minute = n % 60
            let wait = n % 97
            text += "c\(n),\(queue),2026-01-05T09:\(minute < 10 ? "0" : "")\(minute):00Z,2026-01-05T10:00:\(wait % 60 < 10 ? "0" : "")\(wait % 60)Z,2026-01-05T10:05:00Z,answered,a,\(n % 30)\r\n"
        }
        let fixture = try Fixture()
        let path = try fixture.write("calls.csv", text)
        var options = IngestOptions(byQueue: true, serviceLevelThresholds: [20, 60], threads: 1)
        let one = try RawExportIngester.ingest(files: [path], kind: .calls, options: options)
        options.threads = 2
        options.parallelThresholdBytes = 0
        let two = try RawExportIngester.ingest(files: [path], kind: .calls, options: options)
        #expect(one.table.measurements == two.table.measurements)
        #expect(one.value("calls_offered") == 400)
        #expect(one.table.companyNames.contains("Company / sup\nport, \"A\""))
    }

    /// Bad records are reported with the same file lines on two threads as on one.
    @Test func rejectionsKeepTheirLinesOnTwoThreads() throws {
        var text = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\n"
        for n in 0..<300 {
            let outcome = n == 250 ? "lost" : "abandoned"
            text += "c\(n),q,2026-01-05T09:00:00Z,,2026-01-05T09:00:30Z,\(outcome),,\n"
        }
        let path = try Fixture().write("calls.csv", text)
        var options = IngestOptions(skipInvalid: true, maximumRejectedFraction: 1, threads: 2, parallelThresholdBytes: 0)
        let two = try RawExportIngester.ingest(files: [path], kind: .calls, options: options)
        let example = try #require(two.table.quality[0].rejections["unknown-outcome"]?.examples.first)
        #expect(example.location.line == 252)
        options.skipInvalid = false
        do {
            _ = try RawExportIngester.ingest(files: [path], kind: .calls, options: options)
            Issue.record("expected an error")
        } catch {
            #expect(error.location?.line == 252)
            #expect(error.location?.column == 51)
        }
    }
}
