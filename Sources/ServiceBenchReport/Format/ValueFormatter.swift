import ServiceBenchCore

/// ServiceBench's own number formatter: no locale data, so the output never depends on the machine.
///
/// French: `1 234,5 %` — U+202F (narrow no-break space) between thousands, a decimal comma, and
/// U+00A0 (no-break space) between a value and its unit. English: `1,234.5%`, `45 s`.
/// Negative numbers use U+2212 (minus sign). Rounding is half away from zero.
package struct ValueFormatter: Sendable {
    package let language: ReportLanguage

    /// Narrow no-break space, the French thousands separator.
    package static let thousandsFR = "\u{202F}"
    /// No-break space, between a value and its unit.
    package static let unitSpace = "\u{00A0}"
    /// The minus sign (U+2212).
    package static let minus = "\u{2212}"

    package init(language: ReportLanguage) {
        self.language = language
    }

    // MARK: Numbers

    /// `value` with `decimals` digits after the separator; trailing zeros dropped when `trim`;
    /// a leading `+` for positive values when `sign`.
    package func number(_ value: Double, decimals: Int = 0, trim: Bool = true, sign: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? Self.minus + "∞" : "∞") }
        let decimals = max(0, min(decimals, 6))
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return String(value) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let integer = units / divisor
        var fraction = decimals > 0 ? String(units % divisor) : ""
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            if trim { while fraction.hasSuffix("0") { fraction.removeLast() } }
        }
        var text = grouped(integer)
        if !fraction.isEmpty { text += (language == .fr ? "," : ".") + fraction }
        if units == 0 { return text }
        if value < 0 { return Self.minus + text }
        return sign ? "+" + text : text
    }

    /// Digits of `integer` grouped by three.
    private func grouped(_ integer: UInt64) -> String {
        let digits = Array(String(integer))
        guard digits.count > 3 else { return String(digits) }
        let separator = language == .fr ? Self.thousandsFR : ","
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text += separator }
            text.append(digit)
        }
        return text
    }

    /// A percentage given on 0–100: `91,2 %` / `91.2%`.
    package func percent(_ value: Double, decimals: Int = 1, sign: Bool = false) -> String {
        let text = number(value, decimals: decimals, sign: sign)
        return language == .fr ? text + Self.unitSpace + "%" : text + "%"
    }

    /// A share given on 0–1, shown as a percentage: 0.22 → `22 %`.
    package func share(_ value: Double) -> String {
        percent(value * 100, decimals: 1)
    }

    /// A value followed by a unit symbol, with a no-break space: `12,5 h`.
    package func withUnit(_ value: Double, _ symbol: String, decimals: Int = 1, sign: Bool = false) -> String {
        number(value, decimals: decimals, sign: sign) + Self.unitSpace + symbol
    }

    /// A duration in seconds: `45 s`, `1 min 36 s`, `2 min`, `1 h 05 min`.
    package func duration(seconds value: Double, sign: Bool = false) -> String {
        guard value.isFinite else { return number(value) }
        let total = Int((abs(value)).rounded(.toNearestOrAwayFromZero))
        let prefix = value < 0 && total > 0 ? Self.minus : (sign && total > 0 ? "+" : "")
        let space = Self.unitSpace
        if total < 60 { return prefix + "\(total)\(space)s" }
        if total < 3600 {
            let minutes = total / 60, seconds = total % 60
            return prefix + "\(minutes)\(space)min" + (seconds == 0 ? "" : "\(space)\(seconds)\(space)s")
        }
        let hours = total / 3600, minutes = (total % 3600 + 30) / 60
        let (h, m) = minutes == 60 ? (hours + 1, 0) : (hours, minutes)
        return prefix + "\(grouped(UInt64(h)))\(space)h" + (m == 0 ? "" : "\(space)\(m < 10 ? "0" : "")\(m)\(space)min")
    }

    // MARK: KPI values

    /// A KPI value in its unit: percent `91,2 %`, seconds as a duration, NPS with its sign `+12`,
    /// euros `1 234,50 €` / `€1,234.50`. Booleans and categories are words, handled by the caller.
    package func value(_ value: Double, unit: KPIUnit) -> String {
        switch unit {
        case .percent: return percent(value)
        case .seconds: return duration(seconds: value)
        case .hours: return withUnit(value, "h")
        case .days: return withUnit(value, language == .fr ? "j" : "d")
        case .perHour: return number(value, decimals: 1) + "/h"
        case .euros:
            let amount = number(value, decimals: 2, trim: false)
            return language == .fr ? amount + Self.unitSpace + "€" : "€" + amount
        case .points: return number(value, decimals: 0, sign: true)
        case .score: return number(value, decimals: 1)
        case .count, .boolean, .category: return number(value, decimals: 1)
        }
    }

    /// A change of a KPI value, with its sign: percentages change in points (`+2,1 pt`, the French
    /// unit symbol being invariable / `+2.1 pts`),
    /// durations `−12 s`.
    package func delta(_ value: Double, unit: KPIUnit) -> String {
        switch unit {
        case .percent: return withUnit(value, pointsSymbol, sign: true)
        case .seconds: return duration(seconds: value, sign: true)
        case .hours: return withUnit(value, "h", sign: true)
        case .days: return withUnit(value, language == .fr ? "j" : "d", sign: true)
        case .perHour: return number(value, decimals: 1, sign: true) + "/h"
        case .euros: return language == .fr ? withUnit(value, "€", decimals: 2, sign: true) : number(value, decimals: 2, sign: true) + " €"
        case .points: return withUnit(value, pointsSymbol, decimals: 0, sign: true)
        case .score, .count, .boolean, .category: return number(value, decimals: 1, sign: true)
        }
    }

    /// A distance between two values of a KPI, without a sign: `2,1 pt`, `12 s`.
    package func gap(_ value: Double, unit: KPIUnit) -> String {
        String(delta(abs(value), unit: unit).drop { $0 == "+" })
    }

    /// The symbol of percentage points: `pt` (French, invariable), `pts` (English).
    var pointsSymbol: String { language == .fr ? "pt" : "pts" }

    // MARK: Ordinals

    /// `1er`, `3e` / `1st`, `2nd`, `3rd`, `11th`, `21st`.
    package func ordinal(_ n: Int) -> String {
        switch language {
        case .fr: return n == 1 ? "1er" : "\(n)e"
        case .en:
            let lastTwo = abs(n) % 100, last = abs(n) % 10
            let suffix = (11...13).contains(lastTwo) ? "th" : (last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th")
            return "\(n)\(suffix)"
        }
    }
}
