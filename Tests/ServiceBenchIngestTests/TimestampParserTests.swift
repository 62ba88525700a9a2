import Foundation
import Testing
@testable import ServiceBenchIngest

@Suite struct TimestampParserTests {
    static func parse(_ text: String, _ format: TimeFormat = .auto, zone: String? = nil) -> ParsedTime? {
        var parser = TimestampParser(format: format, zone: zone.flatMap { TimeZone(identifier: $0) }.map { ZoneOffsets(zone: $0) })
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { parser.parse($0) }
    }

    /// 1767603600 = 2026-01-05T09:00:00Z (checked with `date -u -d @1767603600`).
    @Test(arguments: [
        ("2026-01-05T09:00:00Z", Int64(1_767_603_600_000)),
        ("2026-01-05 09:00:00Z", 1_767_603_600_000),
        ("2026-01-05T10:00:00+01:00", 1_767_603_600_000),
        ("2026-01-05T04:30:00-0430", 1_767_603_600_000),
        ("2026-01-05T09:00:00.25Z", 1_767_603_600_250),
        ("2026-01-05T09:00:00,123456Z", 1_767_603_600_123),
        ("2026-01-05T09:00Z", 1_767_603_600_000),
        ("1767603600", 1_767_603_600_000),
        ("1767603600.5", 1_767_603_600_500),
        ("05/01/2026 09:00:00", 1_767_603_600_000),
        ("05/01/2026 09:00", 1_767_603_600_000),
    ])
    func parses(text: String, milliseconds: Int64) {
        #expect(Self.parse(text)?.epochMilliseconds == milliseconds)
    }

    @Test func localTimesUseTheZoneAcrossSummerTime() {
        // Paris: UTC+1 in winter, UTC+2 from 29 March 2026 02:00.
        #expect(Self.parse("05/01/2026 10:00:00", .dayMonthYear, zone: "Europe/Paris")?.epochMilliseconds == 1_767_603_600_000)
        #expect(Self.parse("2026-03-30T11:00:00", .iso8601, zone: "Europe/Paris")?.epochMilliseconds == 1_774_861_200_000)
        #expect(Self.parse("2026-01-05T09:00:00+01:00")?.writtenOffset == 3600)
        #expect(Self.parse("2026-01-05T09:00:00")?.writtenOffset == ParsedTime.noOffset)
    }

    @Test(arguments: ["2026-02-30T09:00:00Z", "2026-01-05T24:00:00Z", "2026-01-05T09:00:00+25:00", "2026-01-05T09:00:00Q", "yesterday", "", "05/13/2026 09:00", "2026-01-05T09:00:00."])
    func rejects(text: String) {
        #expect(Self.parse(text) == nil)
    }

    /// Epoch cells too long to be seconds before 2200 are refused, without overflowing on the way
    /// (a 20-digit cell trapped in debug and was undefined behaviour under -Ounchecked).
    @Test(arguments: ["9999999999999", "99999999999999999999", "18446744073709551616", "999999999999999999999999", "99999999999999999999.5", "7258118401"])
    func rejectsEpochCellsBeyond2200(text: String) {
        #expect(Self.parse(text, .epoch) == nil)
        #expect(Self.parse(text) == nil)
    }
}
