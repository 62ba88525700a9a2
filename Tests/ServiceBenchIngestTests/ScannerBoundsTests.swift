import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchIngest

/// What the scanner does with files that change under it and with records that do not end.
@Suite struct ScannerBoundsTests {
    /// A file cut to a third of its size after the first buffer (logrotate's copytruncate): the
    /// records already there are read, then the scan fails naming the file (SIGBUS before, through
    /// the mapping). The hook is the progress callback, called between two reads.
    @Test(arguments: [1, 2])
    func fileTruncatedWhileReadIsAnErrorNamingIt(threads: Int) throws {
        var text = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\n"
        for n in 0..<2000 { text += "c\(n),q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:05:00Z,answered,a,\(n % 9)\n" }
        let path = try Fixture().write("queue.csv", text)
        let input = try InputSource(path: path)
        var scanner = CSVScanner(separator: UInt8(ascii: ","), quoting: true)
        scanner.chunkSize = 4096
        let cut = input.size / 3
        let truncated = ParallelScan.Box(false)
        let hook: @Sendable (Int64) -> Void = { _ in
            if !truncated.value {
                truncated.value = true
                _ = truncate(path, off_t(cut))
            }
        }
        var records = 0
        do {
            let result: RecordListConsumer
            if threads == 1 {
                result = try ParallelScan.run(input: input, scanner: scanner, start: 0, linesBefore: 0, threads: 1, threshold: 0, make: { RecordListConsumer() }, progress: hook)
            } else {
                result = try ParallelScan.run(input: input, scanner: scanner, start: 0, linesBefore: 0, split: input.size / 2, make: { RecordListConsumer() }, progress: hook)
            }
            records = result.rows.count
            Issue.record("expected an error, read \(records) records")
        } catch {
            #expect(error.code == .unreadableFile)
            #expect(error.location?.file == path)
            #expect(error.message.contains("the file shrank while it was read: \(input.size) bytes when opened, but it ended at byte \(cut) ("))
            #expect(error.exitCode == .noInput)
        }
        #expect(truncated.value)
    }

    /// The records before the cut are consumed before the error (one thread, in order).
    @Test func recordsBeforeTheCutAreRead() throws {
        let lines = (0..<100).map { "r\($0),x\n" }
        let path = try Fixture().write("cut.csv", lines.joined())
        let input = try InputSource(path: path)
        var scanner = CSVScanner(separator: UInt8(ascii: ","), quoting: true)
        scanner.chunkSize = 64
        var consumer = RecordListConsumer()
        var calls = 0
        #expect(throws: IngestError.self) {
            _ = try scanner.scan(input: input, from: 0, softEnd: input.size, consumer: &consumer) { _ in
                calls += 1
                if calls == 1 { _ = truncate(path, 200) }
            }
        }
        // 200 bytes: r0..r9 (5 bytes each) and r10..r39 (6 bytes each) end exactly at byte 230 > 200,
        // so the complete lines in the first 200 bytes are read: 10 × 5 + 25 × 6 = 200.
        #expect(consumer.rows.count == 35)
        #expect(consumer.rows.last?.fields == ["r34", "x"])
    }

    /// A record longer than the bound (a quote never closed) is an error naming its line, and the
    /// buffer never grows past the bound.
    @Test(arguments: [true, false])
    func recordLongerThanTheBoundIsAnError(quoting: Bool) throws {
        let text = "a,b\n1,2\n\"" + String(repeating: "x", count: 5000) + "\n3,4\n"
        let path = try Fixture().write("long.csv", text)
        let input = try InputSource(path: path)
        var scanner = CSVScanner(separator: UInt8(ascii: ","), quoting: quoting)
        scanner.chunkSize = 16
        scanner.maxRecordBytes = 1024
        var consumer = RecordListConsumer()
        do {
            _ = try scanner.scan(input: input, from: 0, softEnd: input.size, consumer: &consumer)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .badRecord)
            #expect(error.location?.line == 3)
            #expect(error.message.hasPrefix("a record longer than 1 KiB starts here"))
        }
        #expect(consumer.rows.count == 2)
    }

    /// A line of separators past the field bound is an error naming its line (its offsets would
    /// take 25 bytes a field), in the fast path and in the quoted path.
    @Test(arguments: ["", "\"q\","])
    func recordWithTooManyFieldsIsAnError(prefix: String) throws {
        let text = "a,b\n" + prefix + String(repeating: ",", count: 300) + "\n"
        let path = try Fixture().write("wide.csv", text)
        let input = try InputSource(path: path)
        var scanner = CSVScanner(separator: UInt8(ascii: ","), quoting: true)
        scanner.maxFields = 256
        var consumer = RecordListConsumer()
        do {
            _ = try scanner.scan(input: input, from: 0, softEnd: input.size, consumer: &consumer)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .badRecord)
            #expect(error.location?.line == 2)
            #expect(error.message.hasPrefix("a record with more than 256 fields starts here"))
        }
        #expect(consumer.rows.count == 1)
    }

    /// A 2 MiB header line: an error naming line 1 that quotes none of it (the whole line was
    /// echoed before, and a 200 MB one took 842 MB).
    @Test func hugeHeaderLineIsBoundedAndNotEchoed() throws {
        let header = "call_id," + String(repeating: "h", count: 2 << 20) + "\n"
        let error = try #require(try Fixture().error("calls.csv", header + "c1,x\n", kind: .calls))
        #expect(error.code == .badRecord)
        #expect(error.location?.line == 1)
        #expect(error.description.utf8.count < 400)
    }

    /// A header under the bound but with a huge cell: the missing-column message quotes at most
    /// 80 characters of the header.
    @Test func missingColumnQuotesAnExcerptOfTheHeader() throws {
        let header = "call_id," + String(repeating: "h", count: 100_000) + "\n"
        let error = try #require(try Fixture().error("calls.csv", header + "c1,x\n", kind: .calls))
        #expect(error.code == .missingColumn)
        #expect(error.message.contains("(call_id, " + String(repeating: "h", count: 71) + "…)"))
        #expect(error.description.utf8.count < 500)
    }

    /// A bad cell of 10,000 characters is quoted as its first 80 and an ellipsis.
    @Test func badCellIsQuotedAsAnExcerpt() throws {
        let text = "call_id,queue,enter_ts,answer_ts,end_ts,outcome\nc1,q," + String(repeating: "9", count: 10_000) + ",,2026-01-05T09:00:00Z,abandoned\n"
        let error = try #require(try Fixture().error("calls.csv", text, kind: .calls))
        #expect(error.message.hasPrefix("malformed timestamp '" + String(repeating: "9", count: 80) + "…' in column enter_ts"))
    }
}

@Suite struct ExcerptTests {
    @Test(arguments: [
        ("", ""), ("short", "short"), (String(repeating: "a", count: 80), String(repeating: "a", count: 80)),
        (String(repeating: "a", count: 81), String(repeating: "a", count: 80) + "…"),
        (String(repeating: "é", count: 500), String(repeating: "é", count: 80) + "…"),
        (String(repeating: "👍🏽", count: 200), String(repeating: "👍🏽", count: 80) + "…"),
    ])
    func quotesAtMost80Characters(text: String, expected: String) {
        #expect(Excerpt.of(text) == expected)
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { Excerpt.of(utf8: $0) } == expected)
    }
}
