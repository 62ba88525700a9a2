import Foundation
import Testing
import ServiceBenchTestSupport
@testable import ServiceBenchIngest

/// Seeded random texts over the bytes that matter to the reader: whatever the buffer size or the
/// reading mode (mapped or chunked), the records are the same, and nothing crashes.
@Suite struct ScannerFuzzTests {
    @Test(arguments: [true, false])
    func chunkedAndMappedReadsAgree(quoting: Bool) throws {
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
            var scanner = CSVScanner(separator: quoting ? UInt8(ascii: ",") : UInt8(ascii: "|"), quoting: quoting)
            scanner.chunkSize = 1 << 16
            var mapped = CollectingConsumer()
            _ = try scanner.scan(fd: input.descriptor, from: 0, softEnd: input.size, fileEnd: input.size, file: path, consumer: &mapped, mapping: input.mapping)
            results.append(mapped.rows)
            #expect(results.allSatisfy { $0 == results[0] }, "\(bytes)")
        }
    }
}
