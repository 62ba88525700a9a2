/// Reads the staffing command's quantities strictly, with messages that say how to write them.
///
/// - Numbers: digits with an optional `.` decimal part (`180`, `0.85`); no exponent, sign or comma.
/// - Durations: a number with `s`, `m`/`min` or `h` (`180s`, `3m`, `1.5h`); a bare number is read in
///   the `bareUnit` the option documents (seconds for handle time, patience and target time), or
///   refused when there is none (the interval: `30` could be seconds or minutes).
/// - Shares: `30%` (0–100) or a fraction `0.3` (0–1); a bare number above 1 is refused as ambiguous.
/// - Targets: `80/20` — percent answered / seconds — also `80%/20s`, `90/1m`.
enum StaffingInputParser {
    enum DurationUnit: Sendable {
        case seconds, minutes

        var seconds: Double { self == .seconds ? 1 : 60 }
    }

    /// A non-negative number (a call count may be an average, so fractions are fine).
    static func number(_ text: String, option: String) throws(UsageError) -> Double {
        guard let value = plainNumber(text) else {
            throw UsageError("\(option) '\(text)' is not a number; write digits with an optional '.' decimal part, for example 120 or 37.5")
        }
        return value
    }

    /// A duration in seconds.
    static func duration(_ text: String, option: String, bareUnit: DurationUnit?) throws(UsageError) -> Double {
        let trimmed = text.trimmingWhitespace()
        let lower = trimmed.lowercased()
        let units: [(suffix: String, seconds: Double)] = [("min", 60), ("s", 1), ("m", 60), ("h", 3600)]
        for unit in units where lower.hasSuffix(unit.suffix) {
            let digits = String(lower.dropLast(unit.suffix.count))
            guard let value = plainNumber(digits) else { break }
            return value * unit.seconds
        }
        if let value = plainNumber(trimmed) {
            guard let bareUnit else {
                throw UsageError("\(option) '\(text)' needs a unit: write it with s, m (or min) or h, for example 30m, 1800s or 1h")
            }
            return value * bareUnit.seconds
        }
        throw UsageError("\(option) '\(text)' is not a duration; write a number with s, m (or min) or h, for example 180s, 3m or 1h")
    }

    /// A share 0–1 from `30%` or `0.3`.
    static func share(_ text: String, option: String) throws(UsageError) -> Double {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasSuffix("%") {
            guard let percent = plainNumber(String(trimmed.dropLast())), percent <= 100 else {
                throw UsageError("\(option) '\(text)' is not a percentage from 0% to 100%; write for example 30%")
            }
            return percent / 100
        }
        guard let value = plainNumber(trimmed) else {
            throw UsageError("\(option) '\(text)' is not a share; write a percentage such as 30% or a fraction such as 0.3")
        }
        guard value <= 1 else {
            throw UsageError("\(option) '\(text)' is ambiguous: a bare number is a fraction from 0 to 1; write \(trimmed)% for a percentage")
        }
        return value
    }

    /// A service-level target `P/T`: share answered (percent, 0–100) and answer time (seconds unless suffixed).
    static func target(_ text: String, option: String = "--target") throws(UsageError) -> (share: Double, seconds: Double) {
        let parts = text.trimmingWhitespace().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw UsageError("\(option) '\(text)' is not a target; write percent/seconds, for example 80/20 for 80 % of calls answered within 20 s")
        }
        var percentText = String(parts[0]).trimmingWhitespace()
        if percentText.hasSuffix("%") { percentText.removeLast() }
        guard let percent = plainNumber(percentText), percent > 0, percent <= 100 else {
            throw UsageError("\(option) '\(text)': the share before '/' must be a percentage above 0 and at most 100, for example 80 in 80/20")
        }
        let seconds = try duration(String(parts[1]), option: option, bareUnit: .seconds)
        return (percent / 100, seconds)
    }

    /// Digits with an optional `.` and decimals; nil for anything else (signs, exponents, inf, nan).
    static func plainNumber(_ text: String) -> Double? {
        let bytes = Array(text.trimmingWhitespace().utf8)
        var digits = 0
        var dots = 0
        for byte in bytes {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
            } else if byte == UInt8(ascii: ".") {
                dots += 1
            } else {
                return nil
            }
        }
        guard digits > 0, dots <= 1, bytes.first != UInt8(ascii: "."), bytes.last != UInt8(ascii: ".") else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
