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

    /// The offset that applies to a local wall-clock time (seconds since the epoch as if UTC). In the
    /// hour skipped by a change to summer time and the hour repeated by the change back, the offset in
    /// force just before the change is used.
    mutating func offsetForLocal(seconds local: Int64) -> Int32 {
        let first = offset(utcSeconds: local)
        let second = offset(utcSeconds: local - Int64(first))
        return second
    }
}
