import Foundation
import Testing
@testable import ServiceBenchIngest

/// Every record of a scan as strings, with its line and quoting flag; two parts are joined in order.
struct RecordListConsumer: SplittableConsumer {
    struct Row: Equatable {
        var fields: [String]
        var line: Int
        var badQuoting: Bool
    }
    var rows: [Row] = []

    mutating func consume(_ record: CSVRecordView) throws(IngestError) {
        rows.append(Row(fields: (0..<record.count).map { record.string($0) }, line: record.line, badQuoting: record.badQuoting))
    }

    mutating func shiftLines(by offset: Int) {
        for index in rows.indices { rows[index].line += offset }
    }

    mutating func absorb(later: RecordListConsumer) throws(IngestError) {
        rows += later.rows
    }
}

@Suite struct ParallelScanSplitTests {
    /// Quoted newlines (so that a part can start inside a field) and doubled quotes (undone in the
    /// scanner's buffer) before and after every possible split.
    static let fixture =
        "id,name,n\n" + "a,\"x\"\"y\",1\n" + "b,\"multi\nline \"\"q\"\"\",2\n" + "c,\"O\"\"Brien\",3\n" + "d,plain,4\r\n"
        + "e,\"O\"\"Brien \"\"Jr\"\"\",5\n" + "\"f\"\"\",\"g\nh\",6\n" + "\n" + "i,\"\",\"\"\"\"\n" + "j,\"O\"\"Neil\",7"

    static func oneThread(_ input: InputSource, _ scanner: CSVScanner) throws -> [RecordListConsumer.Row] {
        try ParallelScan.run(input: input, scanner: scanner, start: 0, linesBefore: 0, threads: 1, threshold: 0, make: { RecordListConsumer() }, progress: nil).rows
    }

    /// Two threads split at each byte offset give exactly the one-thread records. Before the fix
    /// the mapping shared by the threads was undoubled in place by the part starting inside a quoted
    /// field, and the re-read found `"O"Brien"n"`: badly quoted.
    @Test(arguments: [4 << 20, 5])
    func everySplitGivesTheOneThreadRecords(chunkSize: Int) throws {
        let path = try Fixture().write("split.csv", Self.fixture)
        var scanner = CSVScanner(separator: UInt8(ascii: ","), quoting: true)
        scanner.chunkSize = chunkSize
        let input = try InputSource(path: path)
        let expected = try Self.oneThread(input, scanner)
        #expect(expected.count == 9)
        #expect(!expected.contains { $0.badQuoting })
        #expect(expected[3].fields == ["c", "O\"Brien", "3"])
        for split in 1..<input.size {
            let splitInput = try InputSource(path: path)
            let two = try ParallelScan.run(input: splitInput, scanner: scanner, start: 0, linesBefore: 0, split: split, make: { RecordListConsumer() }, progress: nil)
            #expect(two.rows == expected, "split at byte \(split)")
        }
    }
}
