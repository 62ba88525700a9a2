import Foundation
import Testing
import ServiceBenchTestSupport
@testable import ServiceBenchIngest

/// Seeded random texts over the bytes that matter to the reader: whatever the buffer size or the
/// reading mode (one thread, or two split in the middle), the records are the same, and nothing crashes.
@Suite struct ScannerFuzzTests {
    @Test(arguments: [true, false])
    func chunkedAndSplitReadsAgree(quoting: Bool) throws {
        var random = SplitMix64(seed: quoting ? 2026 : 7)
        let alphabet = Array("ab,\"\n\r|1".utf8)
        for _ in 0..<200 {
            let length = Int(random.next() % 120)
            let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let path = try Fixture().write("fuzz.csv", String(decoding: bytes, as: UTF8.self))
            let input = try InputSource(path: path)
            var results: [[[String]]] = []
            for chunk in [3, 8, 1 << 16] {
                var scanner = CSVScanner(separator: quoting ? UInt8(ascii: ",") : UInt8(ascii: "|"), quoting: quoting)
                scanner.chunkSize = chunk
                var consumer = CollectingConsumer()
                _ = try scanner.scan(fd: input.descriptor, from: 0, softEnd: input.size, fileEnd: input.size, file: path, consumer: &consumer)
                results.append(consumer.rows)
            }
            if length > 1 {
                let scanner = CSVScanner(separator: quoting ? UInt8(ascii: ",") : UInt8(ascii: "|"), quoting: quoting)
                let two = try ParallelScan.run(input: input, scanner: scanner, start: 0, linesBefore: 0, split: Int64(length / 2), make: { RecordListConsumer() }, progress: nil)
                results.append(two.rows.map(\.fields))
            }
            #expect(results.allSatisfy { $0 == results[0] }, "\(bytes)")
        }
    }
}
