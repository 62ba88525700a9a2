import Foundation

/// UTC offsets of an IANA time zone, from Foundation's `TimeZone`, cached per quarter hour of UTC (and
/// of local time for the reverse conversion) so that the hot path rarely calls Foundation. Exact for
/// every zone whose offset changes fall on a quarter hour (all current zones).
struct ZoneOffsets {
    let zone: TimeZone
    private var lastKey = Int64.min
    private var lastOffset: Int32 = 0
    private var cache: [Int64: Int32] = [:]

    init(zone: TimeZone) {
        self.zone = zone
    }

    /// Seconds east of UTC at the instant `seconds` since the epoch.
    @inline(__always) mutating func offset(utcSeconds seconds: Int64) -> Int32 {
        let key = seconds >= 0 ? seconds / 900 : (seconds - 899) / 900
        if key == lastKey { return lastOffset }
        let offset: Int32
        if let cached = cache[key] {
            offset = cached
        } else {
            offset = Int32(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(key * 900))))
            cache[key] = offset
        }
        lastKey = key
        lastOffset = offset
        return offset
    }

    /// The offset that applies to a local wall-clock time (seconds since the epoch as if UTC).
    ///
    /// Offsets lie within −12 h … +14 h, so the instant of local time L lies within L − 14 h … L + 12 h;
    /// `before` is the offset in force at the start of that window and `after` the one at its end
    /// (equal unless a change falls near L). An offset o fits L when the zone's offset at L − o is o:
    /// - outside a change, exactly one of the two fits;
    /// - in the hour repeated when summer time ends, both fit: `before` (the earlier instant) is
    ///   used, east of UTC as west (Europe/Paris 2026-10-25 02:30 is 02:30+02:00);
    /// - in the hour skipped when summer time starts, neither fits: `before` is used, so the time is
    ///   read as that many minutes past the change (Europe/Paris 2026-03-29 02:30 is 02:30+01:00,
    ///   the instant 01:30Z, which the clocks showed as 03:30+02:00).
    mutating func offsetForLocal(seconds local: Int64) -> Int32 {
        let before = offset(utcSeconds: local - 14 * 3600)
        let after = offset(utcSeconds: local + 12 * 3600)
        if before == after { return before }
        if offset(utcSeconds: local - Int64(before)) == before { return before }
        if offset(utcSeconds: local - Int64(after)) == after { return after }
        return before
    }
}
