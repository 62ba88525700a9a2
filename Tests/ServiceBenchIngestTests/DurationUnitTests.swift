import Testing

@testable import ServiceBenchIngest

@Suite struct DurationUnitTests {
    @Test(arguments: [
        ("00:05:42", Int64(1000), Int64(342_000)), ("1:30", 1000, 90_000), ("2:05:00.5", 1000, 7_500_500), ("30", 1000, 30_000),
        ("12,5", 1000, 12_500), ("15000", 1, 15_000), ("90", 60_000, 5_400_000), ("1.5", 3_600_000, 5_400_000),
        ("0.0000694", 86_400_000, 5_996), ("0.000347222", 86_400_000, 30_000), (" 00:00:10 ", 1000, 10_000),
    ])
    func parses(text: String, unit: Int64, milliseconds: Int64) {
        let value = Array(text.utf8).withUnsafeBufferPointer { DurationUnit.parse($0, unitMilliseconds: unit) }
        #expect(value == milliseconds)
    }

    @Test(arguments: ["", "ten", "1:60", "1:2:3:4", "00:61:00", ":30", "1::30", "1:30x"])
    func refuses(text: String) {
        let value = Array(text.utf8).withUnsafeBufferPointer { DurationUnit.parse($0, unitMilliseconds: 1000) }
        #expect(value == nil)
    }
}
