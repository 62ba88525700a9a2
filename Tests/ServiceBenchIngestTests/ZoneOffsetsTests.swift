import Foundation
import Testing
@testable import ServiceBenchIngest

/// Local times without an offset around summer-time changes (instants checked with Python's
/// `datetime` and `zdump`). In the repeated hour the offset before the change applies, east of UTC
/// as west; in the skipped hour too (the time is read as that many minutes past the change).
@Suite struct ZoneOffsetsTests {
    @Test(arguments: [
        // Europe/Paris, 2026-10-25: 03:00+02:00 becomes 02:00+01:00 (at 01:00Z).
        ("Europe/Paris", "2026-10-25T01:59:00", Int64(1_792_886_340)),
        ("Europe/Paris", "2026-10-25T02:00:00", 1_792_886_400),  // repeated: +02:00
        ("Europe/Paris", "2026-10-25T02:30:00", 1_792_888_200),  // repeated: +02:00, was read +01:00
        ("Europe/Paris", "2026-10-25T03:00:00", 1_792_893_600),  // after: +01:00
        // Europe/Paris, 2026-03-29: 02:00+01:00 becomes 03:00+02:00; 02:30 does not exist.
        ("Europe/Paris", "2026-03-29T02:30:00", 1_774_747_800),  // gap: +01:00, the instant 03:30+02:00
        ("Europe/Paris", "2026-03-29T03:00:00", 1_774_746_000),
        // America/New_York, 2026-11-01: 02:00-04:00 becomes 01:00-05:00 (at 06:00Z).
        ("America/New_York", "2026-11-01T01:30:00", 1_793_511_000),  // repeated: -04:00
        ("America/New_York", "2026-11-01T02:30:00", 1_793_518_200),
        ("America/New_York", "2026-03-08T02:30:00", 1_772_955_000),  // gap: -05:00
        // Australia/Sydney, 2026-04-05: 03:00+11:00 becomes 02:00+10:00 (at 16:00Z on the 4th).
        ("Australia/Sydney", "2026-04-05T02:30:00", 1_775_316_600),  // repeated: +11:00
    ])
    func localTimeAroundAChange(zone: String, text: String, epochSeconds: Int64) throws {
        var parser = TimestampParser(format: .iso8601, zone: ZoneOffsets(zone: try #require(TimeZone(identifier: zone))))
        let bytes = Array(text.utf8)
        let parsed = bytes.withUnsafeBufferPointer { parser.parse($0) }
        #expect(parsed?.epochMilliseconds == epochSeconds * 1000)
    }

    /// The call: enters at 01:59, answered at 02:30 (repeated hour) in Paris: 31 min wait,
    /// 1,860 s, not 5,460 s.
    @Test func callAcrossTheRepeatedHourHasItsRealWait() throws {
        let text = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\nc1,q,2026-10-25 01:59:00,2026-10-25 02:30:00,2026-10-25 02:35:00,answered,a,0\n"
        let result = try Fixture().ingest("calls.csv", text, kind: .calls, options: IngestOptions(timeZone: "Europe/Paris"))
        #expect(result.value("asa", period: "2026-Q4") == 1_860)
    }
}
