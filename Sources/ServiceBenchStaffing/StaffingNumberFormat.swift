import ServiceBenchCore

/// Locale-free, deterministic number spelling for the staffing outputs.
enum StaffingNumberFormat {
    /// `value` rounded half away from zero to `digits` decimals, always with that many decimals
    /// (`fixed(7.8359, 3)` is `7.836`); never `-0`. Values too large for that precision fall back to
    /// Swift's shortest round-trip spelling.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(scaled) < 9e15 else { return "\(value)" }
        let integer = Int64(scaled)
        if integer == 0 { return digits == 0 ? "0" : "0." + String(repeating: "0", count: digits) }
        let sign = integer < 0 ? "-" : ""
        var text = String(integer.magnitude)
        if digits == 0 { return sign + text }
        if text.count <= digits { text = String(repeating: "0", count: digits - text.count + 1) + text }
        let cut = text.index(text.endIndex, offsetBy: -digits)
        return sign + text[..<cut] + "." + text[cut...]
    }

    /// `fixed(value, 6)` with the trailing zeros (and a bare point) removed: `0.8`, `1800`.
    static func trimmed(_ value: Double) -> String {
        var text = fixed(value, 6)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A duration for people: `30 min`, `1 h`, `180 s`, `4.5 s`.
    static func duration(_ seconds: Double) -> String {
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 { return "\(trimmed(seconds / 3600)) h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(trimmed(seconds / 60)) min" }
        return "\(trimmed(seconds)) s"
    }
}
