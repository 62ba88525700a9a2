/// Durations as people write them in sheets, read to seconds: `1 min 30`, `1 min 30 s`, `2 h 05`,
/// `2h05`, `1h30min`, `1'30`, `1'30''`, `1:30` (minutes and seconds for a KPI in seconds, hours and
/// minutes for one in hours or days, as Excel's `m:ss` and `[h]:mm` formats show them), `00:01:30`
/// (hours, minutes and seconds). A number without a unit after one with a unit is in the next smaller unit (`2 h 05`
/// is 2 h 5 min, `1 min 30` is 1 min 30 s). A single number with a unit (`90 s`, `1,5 min`) is
/// `ValueParser`'s simpler case and is not read here.
enum DurationText {
    /// Seconds per unit word, and the unit a following bare number is in.
    private static let units: [String: (seconds: Double, next: Double)] = [
        "j": (86_400, 3_600), "d": (86_400, 3_600), "jour": (86_400, 3_600), "jours": (86_400, 3_600), "day": (86_400, 3_600), "days": (86_400, 3_600),
        "h": (3_600, 60), "hr": (3_600, 60), "hrs": (3_600, 60), "heure": (3_600, 60), "heures": (3_600, 60), "hour": (3_600, 60), "hours": (3_600, 60),
        "min": (60, 1), "mn": (60, 1), "mins": (60, 1), "minute": (60, 1), "minutes": (60, 1), "'": (60, 1), "’": (60, 1),
        "s": (1, 0), "sec": (1, 0), "secs": (1, 0), "seconde": (1, 0), "secondes": (1, 0), "second": (1, 0), "seconds": (1, 0),
        "''": (1, 0), "\"": (1, 0), "’’": (1, 0),
    ]

    /// The seconds `text` stands for, or nil when it is not a compound duration (a plain number, one
    /// number with one unit, anything else). `decimalComma`: `,` is a decimal mark in numbers.
    /// `clockInHours`: `1:30` is 1 h 30 min (a KPI in hours or days) rather than 1 min 30 s.
    static func seconds(_ text: String, decimalComma: Bool, clockInHours: Bool = false) -> Double? {
        if let clock = clockSeconds(text, inHours: clockInHours) { return clock }
        // Tokens: numbers and unit words, spaces between them optional.
        var tokens: [(number: Double?, unit: String?)] = []
        let scalars = Array(text.lowercased().unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" {
                index += 1
            } else if ("0"..."9").contains(scalar) {
                var number = String.UnicodeScalarView()
                while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." || (decimalComma && scalars[index] == ",") {
                    number.append(scalars[index] == "," ? "." : scalars[index])
                    index += 1
                }
                guard let value = Double(String(number)) else { return nil }
                tokens.append((value, nil))
            } else {
                var word = String.UnicodeScalarView()
                while index < scalars.count, !("0"..."9").contains(scalars[index]), scalars[index] != " ", scalars[index] != "\u{00A0}", scalars[index] != "\u{202F}" {
                    word.append(scalars[index])
                    index += 1
                }
                guard let last = tokens.last, last.number != nil, last.unit == nil else { return nil }
                tokens[tokens.count - 1].unit = String(word)
            }
        }
        // A compound duration has at least two numbers, or a number after a unit.
        guard tokens.count >= 2 else { return nil }
        var total = 0.0
        var previous: (seconds: Double, next: Double)?
        for (offset, token) in tokens.enumerated() {
            guard let number = token.number else { return nil }
            let unit: (seconds: Double, next: Double)
            if let word = token.unit {
                guard let known = units[word] else { return nil }
                unit = known
            } else {
                // Only the last number may go without a unit: it is in the unit after the previous one.
                guard offset == tokens.count - 1, let previous, previous.next > 0 else { return nil }
                unit = (previous.next, 0)
            }
            // Units go from larger to smaller.
            if let previous, unit.seconds >= previous.seconds { return nil }
            total += number * unit.seconds
            previous = unit
        }
        return total
    }

    /// `m:ss` (or `h:mm` when `inHours`) or `h:mm:ss` (the first part any number of digits, the others two).
    private static func clockSeconds(_ text: String, inHours: Bool) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var values: [Double] = []
        for (offset, part) in parts.enumerated() {
            guard !part.isEmpty, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Double(part) else { return nil }
            if offset > 0 && (part.count != 2 || value >= 60) { return nil }
            values.append(value)
        }
        let seconds = values.reduce(0) { $0 * 60 + $1 }
        return values.count == 2 && inHours ? seconds * 60 : seconds
    }
}
