import CSV
import Foundation
import Testing
@testable import ServiceBenchIngest

/// Collects every record as strings.
struct CollectingConsumer: CSVRecordConsumer {
    var rows: [[String]] = []
    var lines: [Int] = []
    mutating func consume(_ record: CSVRecordView) throws(IngestError) {
        rows.append((0..<record.count).map { record.string($0) })
        lines.append(record.line)
    }
}

@Suite struct CSVScannerTests {
    static func scan(_ text: String, separator: Character = ",", chunkSize: Int = 4 << 20) throws -> CollectingConsumer {
        let path = try Fixture().write("input.csv", text)
        let input = try InputSource(path: path)
        var scanner = CSVScanner(separator: UInt8(ascii: separator.unicodeScalars.first!), quoting: true)
        scanner.chunkSize = chunkSize
        var consumer = CollectingConsumer()
        _ = try scanner.scan(fd: input.descriptor, from: input.dataStart, softEnd: input.size, fileEnd: input.size, file: path, consumer: &consumer)
        return consumer
    }

    /// yaslab/CSV.swift's reading of the same text.
    static func library(_ text: String, separator: Character = ",") throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: separator.unicodeScalars.first!)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    static let edgeCases: [String] = [
        "a,b,c\n1,2,3\n",
        "a,b\n\"x,y\",z\n",  // embedded separator
        "a,b\n\"he said \"\"hi\"\"\",z\n",  // doubled quotes
        "a,b\n\"line one\nline two\",z\n",  // newline in a quoted field
        "a,b\r\n1,2\r\n\"3\r\n4\",5\r\n",  // CRLF, and CRLF inside quotes
        "a,b\n,\n\"\",\"\"\n",  // empty fields, quoted and not
        "a,b,c\n1,\"\"\"\",3\n",  // a field that is one quote
        "a,b\n1,2",  // no final newline
        "a,b\n\"x\"\"\n,\"\"y\",z\n",  // quotes and newline together
        "a,b\r1,2\r\"3\r4\",5\r",  // lone CR line ends (Excel for Mac), and one inside quotes
    ]

    @Test(arguments: edgeCases)
    func agreesWithTheLibrary(text: String) throws {
        #expect(try Self.scan(text).rows == Self.library(text))
    }

    @Test(arguments: edgeCases)
    func agreesWithTheLibraryAcrossTinyBuffers(text: String) throws {
        // A 4-byte buffer forces every record across refills.
        #expect(try Self.scan(text, chunkSize: 4).rows == Self.library(text))
    }

    @Test func readsSemicolonsAndSkipsTheByteOrderMark() throws {
        let text = "\u{FEFF}appel;file\n1;\"a;b\"\n"
        #expect(try Self.scan(text, separator: ";").rows == [["appel", "file"], ["1", "a;b"]])
        #expect(try Self.library("appel;file\n1;\"a;b\"\n", separator: ";") == [["appel", "file"], ["1", "a;b"]])
    }

    @Test func countsPhysicalLines() throws {
        let result = try Self.scan("h\n\"a\nb\"\n\nc\n")
        #expect(result.rows == [["h"], ["a\nb"], ["c"]])
        #expect(result.lines == [1, 2, 5])  // the blank line 4 is no record
    }
}

@Suite struct PlainScannerTests {
    /// The unquoted reader (queue_log) splits on every separator, keeps quotes, strips a CR before LF,
    /// skips blank lines, and gives the same records with a tiny buffer as with the whole file.
    @Test(arguments: [4, 9, 1 << 20])
    func splitsEveryLine(chunkSize: Int) throws {
        let text = "1|a|\"q\"|NONE|ENTERQUEUE||06|1\r\n\n2|b|q|A|CONNECT|10|x|1\n3|c|q|NONE|QUEUESTART|\n4|d|q|NONE|ABANDON|1|2|345678901234"
        let path = try Fixture().write("queue_log", text)
        let input = try InputSource(path: path)
        var scanner = CSVScanner(separator: UInt8(ascii: "|"), quoting: false)
        scanner.chunkSize = chunkSize
        var consumer = CollectingConsumer()
        _ = try scanner.scan(fd: input.descriptor, from: 0, softEnd: input.size, fileEnd: input.size, file: path, consumer: &consumer)
        #expect(consumer.rows == [
            ["1", "a", "\"q\"", "NONE", "ENTERQUEUE", "", "06", "1"],
            ["2", "b", "q", "A", "CONNECT", "10", "x", "1"],
            ["3", "c", "q", "NONE", "QUEUESTART", ""],
            ["4", "d", "q", "NONE", "ABANDON", "1", "2", "345678901234"],
        ])
        #expect(consumer.lines == [1, 3, 4, 5])
        let two = try ParallelScan.run(input: input, scanner: scanner, start: 0, linesBefore: 0, split: input.size / 2, make: { RecordListConsumer() }, progress: nil)
        #expect(two.rows.map(\.fields) == consumer.rows)
    }
}
