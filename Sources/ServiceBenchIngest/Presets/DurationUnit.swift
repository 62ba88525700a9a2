/// The unit of a duration written as a bare number in an export (`wait_s`, `talk_s`, `wrap_s`,
/// `ring_s`, `abandon_s`, `first_response_min`). A value with colons (`00:05:42`, `5:42`) is always
/// hours:minutes:seconds (or minutes:seconds), whatever the unit.
package enum DurationUnit: String, Sendable, CaseIterable {
    /// The unit the field's name says: seconds for `_s` fields, minutes for `_min` fields.
    case natural
    case milliseconds
    case seconds
    case minutes
    case hours
    /// Fractions of a day (Talkdesk's legacy payload: 0.0000694 = 6 s), rounded to the millisecond.
    case days

    /// Milliseconds in one unit, for `natural` the field's own unit (`naturalMilliseconds`).
    func milliseconds(natural naturalMilliseconds: Int64) -> Int64 {
        switch self {
        case .natural: return naturalMilliseconds
        case .milliseconds: return 1
        case .seconds: return 1000
        case .minutes: return 60_000
        case .hours: return 3_600_000
        case .days: return 86_400_000
        }
    }

    /// A duration in milliseconds: `h:mm:ss[.fff]` or `m:ss`, or a decimal number (`.` or `,`) of
    /// the unit (one unit = `unitMilliseconds`). Nil when malformed; may be negative.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, unitMilliseconds: Int64) -> Int64? {
        var colons = 0
        for byte in bytes where byte == UInt8(ascii: ":") { colons += 1 }
        if colons > 0 { return clock(bytes, colons: colons) }
        if unitMilliseconds == 1000 { return CallsCSVConsumer.milliseconds(bytes) }
        if unitMilliseconds == 86_400_000 {
            // Fractions of a day need more than the millisecond parser's three decimals.
            guard let value = Double(String(decoding: bytes, as: UTF8.self).trimmingWhitespace().replacingComma()), value.isFinite, abs(value) < 1_000 else { return nil }
            return Int64((value * 86_400_000).rounded())
        }
        // Whole and decimal numbers of another unit: read as if seconds (thousandths), then scaled.
        guard let thousandths = CallsCSVConsumer.milliseconds(bytes) else { return nil }
        let (product, overflow) = thousandths.multipliedReportingOverflow(by: unitMilliseconds)
        return overflow ? nil : product / 1000
    }

    /// `h:mm:ss[.fff]` (two colons) or `m:ss` (one) in milliseconds. No allocation: it runs once
    /// per duration cell on the hot path.
    private static func clock(_ bytes: UnsafeBufferPointer<UInt8>, colons: Int) -> Int64? {
        guard colons <= 2 else { return nil }
        var index = 0
        while index < bytes.count && bytes[index] == 32 { index += 1 }
        var end = bytes.count
        while end > index && bytes[end - 1] == 32 { end -= 1 }
        var parts: (Int64, Int64, Int64) = (0, 0, 0)
        var partCount = 0
        var current: Int64 = 0
        var digits = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var inFraction = false
        while index < end {
            let byte = bytes[index]
            if byte >= 48 && byte <= 57 {
                if inFraction {
                    if fractionDigits < 3 { fraction = fraction * 10 + Int64(byte - 48) }
                    fractionDigits += 1
                } else {
                    guard digits < 9 else { return nil }
                    current = current * 10 + Int64(byte - 48)
                    digits += 1
                }
            } else if byte == UInt8(ascii: ":") && !inFraction {
                guard digits > 0 else { return nil }
                if partCount == 0 { parts.0 = current } else { parts.1 = current }
                partCount += 1
                current = 0
                digits = 0
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && !inFraction && partCount == colons {
                inFraction = true
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        if partCount == 1 { parts.1 = current } else { parts.2 = current }
        for _ in min(fractionDigits, 3)..<3 { fraction *= 10 }
        let seconds: Int64
        if colons == 2 {
            // Minutes and seconds below 60 after the hours.
            guard parts.1 < 60, parts.2 < 60 else { return nil }
            seconds = parts.0 * 3600 + parts.1 * 60 + parts.2
        } else {
            guard parts.1 < 60 else { return nil }
            seconds = parts.0 * 60 + parts.1
        }
        return seconds * 1000 + fraction
    }
}

extension String {
    /// The text with a decimal comma made a point (`12,5` → `12.5`).
    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
