import Foundation
import ServiceBenchTestSupport
import Testing
@testable import ServiceBenchCore
@testable import ServiceBenchIngest

/// The KPI-table reader (`CSVTextReader`) and the raw-export scanner (`CSVScanner`) follow one set of
/// rules (`CSVRules`): fed the same bytes, they give the same records, each field with the same text,
/// line and column, the same end of record (where a missing field is reported), and the same quoting
/// errors at the same place.
@Suite struct CSVRulesAgreementTests {
    /// What a reader makes of a text: each record's fields as (text, line, column), its end, and the
    /// first quoting error of the record.
    struct Reading: Equatable, CustomStringConvertible {
        var records: [[String]] = []
        var locations: [[String]] = []
        var problems: [String] = []

        var description: String { "records \(records)\nlocations \(locations)\nproblems \(problems)" }
    }

    static func core(_ bytes: [UInt8], separator: UInt8) -> Reading {
        let split = CSVTextReader(utf8: bytes, separator: separator).records()
        var reading = Reading()
        for record in split.records {
            reading.records.append(record.fields.map(\.text))
            reading.locations.append(record.fields.map { "\($0.line):\($0.column)" } + ["end \(record.endLine):\(record.endColumn)"])
        }
        // The first problem of each record (the scanner keeps the first of its record).
        var seen = Set<Int>()
        for problem in split.problems {
            let record = split.records.firstIndex { $0.fields.contains(problem.field) } ?? -1
            if seen.insert(record).inserted {
                reading.problems.append("\(problem.kind) at \(problem.field.line):\(problem.field.column)")
            }
        }
        return reading
    }

    /// Collects the scanner's records with their locations.
    struct LocatingConsumer: CSVRecordConsumer {
        var reading = Reading()
        mutating func consume(_ record: CSVRecordView) throws(IngestError) {
            let materialized = record.materialized
            reading.records.append(materialized.fields.map(\.text))
            let end = record.location(record.count)
            reading.locations.append(materialized.fields.map { "\($0.line):\($0.column)" } + ["end \(end.line):\(end.column)"])
            if record.badQuoting {
                let at = record.location(record.badField)
                reading.problems.append("\(record.quotingProblem) at \(at.line):\(at.column)")
            }
        }
    }

    static func scanner(_ bytes: [UInt8], separator: UInt8, chunkSize: Int = 4 << 20) throws -> Reading {
        let path = try Fixture().write("agreement.csv", String(decoding: bytes, as: UTF8.self))
        let input = try InputSource(path: path)
        var scanner = CSVScanner(separator: separator, quoting: true)
        scanner.chunkSize = chunkSize
        var consumer = LocatingConsumer()
        _ = try scanner.scan(fd: input.descriptor, from: input.dataStart, softEnd: input.size, fileEnd: input.size, file: path, consumer: &consumer)
        return consumer.reading
    }

    /// Edge cases of the rules, with what both readers must give (records; field locations).
    static let edgeCases: [(text: String, records: [[String]], locations: [[String]], problems: [String])] = [
        ("a,b\n1,2\n", [["a", "b"], ["1", "2"]], [["1:1", "1:3", "end 1:4"], ["2:1", "2:3", "end 2:4"]], []),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]], [["1:1", "1:3", "end 1:4"], ["2:1", "2:3", "end 2:4"]], []),
        // Excel for Mac: lone CR line ends.
        ("a,b\r1,2\r", [["a", "b"], ["1", "2"]], [["1:1", "1:3", "end 1:4"], ["2:1", "2:3", "end 2:4"]], []),
        // Empty lines are no records, but count as lines.
        ("a\n\n\r\n\rb\n", [["a"], ["b"]], [["1:1", "end 1:2"], ["5:1", "end 5:2"]], []),
        // A separator inside quotes counts for nothing; a quote inside an unquoted field is text.
        ("\"x,y\",12\" écran,z\n", [["x,y", "12\" écran", "z"]], [["1:1", "1:7", "1:17", "end 1:18"]], []),
        // A quoted field over lines (CRLF kept as written): the next field is on the later line.
        ("\"é\r\nb\",c\n", [["é\r\nb", "c"]], [["1:1", "2:4", "end 2:5"]], []),
        ("\"a\rb\",c\n", [["a\rb", "c"]], [["1:1", "2:4", "end 2:5"]], []),
        // Doubled quotes, then a field after them: columns count the raw text.
        ("\"a\"\"b\",é,\"\"\"\"\n", [["a\"b", "é", "\""]], [["1:1", "1:8", "1:10", "end 1:14"]], []),
        // Text after a closing quote: a quoting error at the field's start; the record goes on.
        ("x,\"4,5\"%,y\n", [["x", "4,5", "y"]], [["1:1", "1:3", "1:10", "end 1:11"]], ["textAfterClosingQuote at 1:3"]),
        // A quote never closed runs to the end of the file.
        ("a,b\nc,\"d\ne", [["a", "b"], ["c", "d\ne"]], [["1:1", "1:3", "end 1:4"], ["2:1", "2:3", "end 3:2"]], ["unclosedQuote at 2:3"]),
        // Multi-byte characters count once in columns.
        ("Société;Période\nÉlan;T1 2026\n", [["Société;Période"], ["Élan;T1 2026"]], [["1:1", "end 1:16"], ["2:1", "end 2:13"]], []),
        // No final line end; an empty last field.
        ("a,b,\n1,", [["a", "b", ""], ["1", ""]], [["1:1", "1:3", "1:5", "end 1:5"], ["2:1", "2:3", "end 2:3"]], []),
    ]

    @Test(arguments: edgeCases.indices)
    func bothReadersGiveTheSameRecordsAndLocations(index: Int) throws {
        let edge = Self.edgeCases[index]
        let bytes = Array(edge.text.utf8)
        let expected = Reading(records: edge.records, locations: edge.locations, problems: edge.problems)
        #expect(Self.core(bytes, separator: UInt8(ascii: ",")) == expected)
        for chunk in [3, 8, 1 << 16] {
            #expect(try Self.scanner(bytes, separator: UInt8(ascii: ","), chunkSize: chunk) == expected, "chunk \(chunk)")
        }
    }

    /// Seeded random texts over the bytes that matter to the rules: both readers agree on every one.
    @Test(arguments: [(UInt64(2026), UInt8(ascii: ",")), (UInt64(7), UInt8(ascii: ";"))])
    func bothReadersAgreeOnRandomTexts(seed: UInt64, separator: UInt8) throws {
        var random = SplitMix64(seed: seed)
        let alphabet: [[UInt8]] = ["a", ",", ";", "\"", "\"", "\n", "\r", "\r\n", " ", "é", "1"].map { Array($0.utf8) }
        for _ in 0..<300 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).flatMap { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let core = Self.core(bytes, separator: separator)
            let scanned = try Self.scanner(bytes, separator: separator, chunkSize: Int(random.next() % 12) + 3)
            #expect(core == scanned, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    /// The same separator is chosen for the same first line by both readers.
    @Test(arguments: [
        ("a;b,c;d\n", UInt8(ascii: ";")), ("\"a;b;c\",d\n", UInt8(ascii: ",")), ("\n\nx;y\n", UInt8(ascii: ";")), ("a,b\n1;2;3;4\n", UInt8(ascii: ",")),
    ])
    func bothReadersChooseTheSameSeparator(text: String, separator: UInt8) throws {
        #expect(CSVRules.detectSeparator(Array(text.utf8)) == separator)
        let path = try Fixture().write("sep.csv", text)
        #expect(try InputSource(path: path).guessSeparator() == separator)
    }
}

/// An Excel `sep=;` first line declares the separator of a raw export, as of a KPI table.
@Suite struct DeclaredSeparatorTests {
    @Test(arguments: ["sep=;\n", "SEP=;\r\n", "\u{FEFF}sep=;\n"])
    func aDeclaredSeparatorLineIsReadAndSkipped(first: String) throws {
        let text = first + "call_id;queue;enter_ts;answer_ts;end_ts;outcome\nc1;q;2026-01-05T09:00:00Z;;2026-01-05T09:01:00Z;abandoned\nc2;\"x\"y;2026-01-05T09:00:00Z;;2026-01-05T09:01:00Z;abandoned\n"
        let fixture = try Fixture()
        let error = try #require(try fixture.error("calls.csv", text, kind: .calls))
        // The bad record is on line 4: the sep= line counts as a line.
        #expect(error.location?.line == 4)
        #expect(error.location?.column == 4)
        let read = try fixture.ingest("calls.csv", text, kind: .calls, options: IngestOptions(skipInvalid: true, maximumRejectedFraction: 1))
        #expect(read.value("calls_offered") == 1)
    }
}
