/// A cell value read for one KPI: the number in the KPI's unit, and for a practice with options the
/// option chosen.
struct ParsedValue: Sendable, Hashable {
    /// In the KPI's unit (percentages 0–100, durations in the KPI's seconds, hours or days). For a
    /// yes/no practice 1 or 0; for a practice with options the option's index in `KPIDefinition.options`.
    var value: Double
    var option: String?
}

/// Reads the cells of a KPI table as spreadsheets write them: `91,5` or `91.5`, `91,5 %`, `1 234`,
/// `1 min`, `2h`, `oui`, `partielle`. Durations given with a suffix are converted to the KPI's unit
/// (seconds, hours or days: 1 min = 60 s, 1 h = 3,600 s, 1 d = 86,400 s).
enum ValueParser {
    /// How numbers are written in a file.
    struct NumberStyle: Sendable, Hashable {
        /// `,` is the decimal mark (files separated by `;`); otherwise `,` may only group thousands.
        var decimalComma: Bool
    }

    /// The marks of a cell that was not measured, compared lower case: read as no value.
    static let notMeasuredMarks: Set<String> = ["n/a", "na", "n.a.", "nc", "n.c.", "nd", "n.d.", "n/d", "-", "—", "–", "--", "#n/a"]

    /// Whether `text` (trimmed) marks a value as not measured (`n/a`, `NC`, `-`…).
    static func isNotMeasured(_ text: String) -> Bool {
        // Every mark starts with n, N, '-', '#' or the first byte of '—' and '–' (0xE2): a number
        // is passed at its first byte.
        guard let first = text.utf8.first, [0x6E, 0x4E, 0x2D, 0x23, 0xE2].contains(first), text.utf8.count <= 4 else { return false }
        return notMeasuredMarks.contains(text.lowercased())
    }

    /// Parses `raw` (not empty) for `kpi`; the error has no location (the caller knows the cell).
    static func parse(_ raw: String, for kpi: KPIDefinition, style: NumberStyle) -> Result<ParsedValue, CoreError> {
        let text = raw.trimmedCell
        switch kpi.unit {
        case .boolean: return parseYesNo(text, for: kpi)
        case .category: return parseOption(text, for: kpi)
        default: break
        }
        let (numberText, suffix) = splitSuffix(text)
        guard let number = parseNumber(numberText, style: style) else {
            // Not a plain number: a score over a scale, or a compound duration (tried only now, so
            // that plain numbers, the usual case, cost nothing more).
            if let slash = text.firstIndex(of: "/") {
                return parseScore(
                    numerator: String(text[..<slash]).trimmedCell, denominator: String(text[text.index(after: slash)...]).trimmedCell,
                    text: text, for: kpi, style: style)
            }
            if let seconds = DurationText.seconds(text, decimalComma: style.decimalComma, clockInHours: kpi.unit == .hours || kpi.unit == .days) {
                guard let perUnit = secondsPerUnit(kpi.unit) else {
                    return .failure(CoreError(
                        .badTable, "'\(text)' is a duration but '\(kpi.id)' is measured in \(describe(kpi.unit)); write a number"))
                }
                return inDomain(seconds / perUnit, for: kpi)
            }
            return .failure(CoreError(
                .badTable,
                "cannot read '\(text)' as a number for '\(kpi.id)' (\(describe(kpi.unit))); "
                    + "write digits with \(style.decimalComma ? "',' or '.'" : "'.'") as the decimal mark"
                    + "\(style.decimalComma ? "" : " (',' only groups thousands in a ',' separated file)")"
                    + ", optionally grouped by spaces (1 234,5)\(suffixHint(kpi.unit))"))
        }
        var value = number
        if !suffix.isEmpty {
            switch convert(number, suffix: suffix, to: kpi) {
            case .success(let converted): value = converted
            case .failure(let error): return .failure(error)
            }
        }
        return inDomain(value, for: kpi)
    }

    private static func inDomain(_ value: Double, for kpi: KPIDefinition) -> Result<ParsedValue, CoreError> {
        guard kpi.contains(value) else {
            return .failure(CoreError(
                .valueOutOfDomain,
                "\(format(value)) is outside the domain of '\(kpi.id)', which is \(format(kpi.minimum)) to "
                    + "\(format(kpi.maximum))\(symbolSuffix(kpi.unit)); check the value and its unit"))
        }
        return .success(ParsedValue(value: value))
    }

    /// A score written over its scale (`4,1/5`, `5.2/7`): read when the KPI is a score on that very
    /// scale (the catalogue's `max` is the denominator), since then no conversion is needed; any other
    /// conversion (a mean out of 5 into a share of satisfied answers) would invent a figure: an error.
    private static func parseScore(
        numerator: String, denominator: String, text: String, for kpi: KPIDefinition, style: NumberStyle
    ) -> Result<ParsedValue, CoreError> {
        guard let value = parseNumber(numerator, style: style), let scale = parseNumber(denominator, style: style), scale > 0 else {
            return .failure(CoreError(
                .badTable, "cannot read '\(text)' for '\(kpi.id)'; write a number, or a score over its scale such as 4,1/5"))
        }
        guard kpi.unit == .score, scale == kpi.maximum else {
            let scaleText = kpi.unit == .score ? "a score from \(format(kpi.minimum)) to \(format(kpi.maximum))" : describe(kpi.unit)
            return .failure(CoreError(
                .badTable,
                "'\(text)' is a score out of \(format(scale)), but '\(kpi.id)' is measured in \(scaleText), and the catalogue "
                    + "gives no conversion between them; write the value in \(kpi.unit == .percent ? "percent (the share of satisfied answers, not a mean score)" : "the KPI's unit")"))
        }
        return inDomain(value, for: kpi)
    }

    // MARK: Practices

    private static let yesWords: Set<String> = ["yes", "oui", "true", "vrai", "1"]
    private static let noWords: Set<String> = ["no", "non", "false", "faux", "0"]

    private static func parseYesNo(_ text: String, for kpi: KPIDefinition) -> Result<ParsedValue, CoreError> {
        let word = text.lowercased()
        if yesWords.contains(word) { return .success(ParsedValue(value: 1)) }
        if noWords.contains(word) { return .success(ParsedValue(value: 0)) }
        return .failure(CoreError(
            .badTable,
            "'\(text)' is not a yes/no answer for the practice '\(kpi.id)'; write yes, no, oui, non, true, false, 1 or 0"))
    }

    /// French spellings of the usual option names.
    private static let optionAliases: [String: String] = [
        "aucune": "none", "aucun": "none", "non": "none",
        "partielle": "partial", "partiel": "partial",
        "totale": "full", "total": "full", "complète": "full", "complete": "full",
    ]

    /// The French name printed in messages for each usual option.
    private static let frenchOptionNames: [String: String] = ["none": "aucune", "partial": "partielle", "full": "totale"]

    private static func parseOption(_ text: String, for kpi: KPIDefinition) -> Result<ParsedValue, CoreError> {
        let word = text.lowercased()
        let options = kpi.options.map { $0.lowercased() }
        let wanted = options.contains(word) ? word : (optionAliases[word] ?? word)
        if let index = options.firstIndex(of: wanted) {
            return .success(ParsedValue(value: Double(index), option: kpi.options[index]))
        }
        let french = kpi.options.compactMap { frenchOptionNames[$0.lowercased()] }
        let accepted = kpi.options.joined(separator: ", ") + (french.isEmpty ? "" : " (in French \(french.joined(separator: ", ")))")
        return .failure(CoreError(
            .badTable,
            "'\(text)' is not an option of the practice '\(kpi.id)'; write one of \(accepted)"))
    }

    // MARK: Numbers

    /// Splits `45 s` into `45` and `s`, `91,5 %` into `91,5` and `%`: the suffix is the trailing run of
    /// letters, `%` and `€`.
    static func splitSuffix(_ text: String) -> (number: String, suffix: String) {
        if let last = text.utf8.last, last >= 0x30 && last <= 0x39 { return (text, "") }
        let scalars = Array(text.unicodeScalars)
        var cut = scalars.count
        while cut > 0 {
            let scalar = scalars[cut - 1]
            guard scalar.properties.isAlphabetic || scalar == "%" || scalar == "€" else { break }
            cut -= 1
        }
        var number = String.UnicodeScalarView()
        number.append(contentsOf: scalars[..<cut])
        var suffix = String.UnicodeScalarView()
        suffix.append(contentsOf: scalars[cut...])
        return (String(number).trimmedCell, String(suffix))
    }

    /// Parses a plain number: an optional sign (`+`, `-` or `−`), digits grouped by thousands with
    /// spaces (U+0020, U+00A0, U+202F, U+2009) or with `,` when `,` is not the decimal mark, and at
    /// most one decimal mark. Every group after the first has exactly 3 digits.
    static func parseNumber(_ text: String, style: NumberStyle) -> Double? {
        let bytes = Array(text.utf8)
        let count = bytes.count
        var index = 0
        var negative = false
        /// Length in bytes of a group space at `position` (0 when there is none).
        func groupSpace(at position: Int) -> Int {
            let byte = bytes[position]
            if byte == 0x20 { return 1 }
            if byte == 0xC2, position + 1 < count, bytes[position + 1] == 0xA0 { return 2 }
            if byte == 0xE2, position + 2 < count, bytes[position + 1] == 0x80, bytes[position + 2] == 0xAF || bytes[position + 2] == 0x89 { return 3 }
            return 0
        }
        if count > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        } else if count >= 3, bytes[0] == 0xE2, bytes[1] == 0x88, bytes[2] == 0x92 {
            negative = true
            index = 3
        }
        if index > 0 {
            while index < count, case let width = groupSpace(at: index), width > 0 { index += width }
        }
        var digits: [UInt8] = []  // the digits and at most one '.', for the slow path
        var mantissa: UInt64 = 0
        var digitCount = 0
        var fractionDigits = 0
        var groups = 1
        var group = 0
        var inFraction = false
        while index < count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                digits.append(byte)
                digitCount += 1
                if digitCount <= 15 { mantissa = mantissa * 10 + UInt64(byte - 0x30) }
                if inFraction { fractionDigits += 1 } else { group += 1 }
                index += 1
            } else if byte == UInt8(ascii: ".") || (style.decimalComma && byte == UInt8(ascii: ",")) {
                guard !inFraction else { return nil }
                inFraction = true
                digits.append(UInt8(ascii: "."))
                index += 1
            } else if !inFraction, case let width = (!style.decimalComma && byte == UInt8(ascii: ",")) ? 1 : groupSpace(at: index), width > 0 {
                // A thousands separator closes a group: the first has 1–3 digits, the others exactly 3.
                guard groups == 1 ? (1...3).contains(group) : group == 3 else { return nil }
                groups += 1
                group = 0
                index += width
            } else {
                return nil
            }
        }
        guard digitCount > 0, groups == 1 || group == 3 else { return nil }
        let magnitude: Double
        if digitCount <= 15 {
            // Exact: the mantissa has at most 15 digits (below 2^53) and 10^k is exact for k ≤ 22, so the
            // quotient is the correctly rounded decimal value (Clinger's fast path).
            magnitude = Double(mantissa) / Self.powersOfTen[fractionDigits]
        } else {
            guard let parsed = Double(String(decoding: digits, as: UTF8.self)) else { return nil }
            magnitude = parsed
        }
        return negative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = (0...15).map { power in (0..<power).reduce(1.0) { value, _ in value * 10 } }

    // MARK: Units

    /// Seconds per unit of each duration suffix.
    private static let durationSuffixes: [String: Double] = [
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "seconde": 1, "secondes": 1,
        "min": 60, "mn": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3_600, "hr": 3_600, "hrs": 3_600, "hour": 3_600, "hours": 3_600, "heure": 3_600, "heures": 3_600,
        "d": 86_400, "j": 86_400, "day": 86_400, "days": 86_400, "jour": 86_400, "jours": 86_400,
    ]

    /// Seconds per unit of a duration KPI, nil for other units.
    static func secondsPerUnit(_ unit: KPIUnit) -> Double? {
        switch unit {
        case .seconds: return 1
        case .hours: return 3_600
        case .days: return 86_400
        default: return nil
        }
    }

    /// `number` written with `suffix`, in `kpi`'s unit.
    private static func convert(_ number: Double, suffix: String, to kpi: KPIDefinition) -> Result<Double, CoreError> {
        let word = suffix.lowercased()
        if let seconds = durationSuffixes[word] {
            guard let perUnit = secondsPerUnit(kpi.unit) else {
                return .failure(CoreError(
                    .badTable,
                    "'\(suffix)' is a duration but '\(kpi.id)' is measured in \(describe(kpi.unit)); remove the '\(suffix)'"))
            }
            return .success(number * seconds / perUnit)
        }
        let matches: Bool
        switch word {
        case "%": matches = kpi.unit == .percent
        case "€", "eur": matches = kpi.unit == .euros
        case "pts", "pt", "points": matches = kpi.unit == .points
        default:
            return .failure(CoreError(
                .badTable,
                "unknown unit '\(suffix)' after the value of '\(kpi.id)' (\(describe(kpi.unit)))\(suffixHint(kpi.unit)), or write the bare number"))
        }
        guard matches else {
            return .failure(CoreError(
                .badTable,
                "'\(suffix)' does not fit '\(kpi.id)', which is measured in \(describe(kpi.unit)); remove the '\(suffix)'"))
        }
        return .success(number)
    }

    /// The unit in words, for messages.
    static func describe(_ unit: KPIUnit) -> String {
        switch unit {
        case .count: return "a count"
        case .percent: return "percent, 0–100"
        case .seconds: return "seconds"
        case .hours: return "hours"
        case .days: return "days"
        case .perHour: return "contacts per hour"
        case .euros: return "euros"
        case .points: return "points"
        case .score: return "a score"
        case .boolean: return "yes or no"
        case .category: return "one of its options"
        }
    }

    /// "; accepted suffixes: s, min, h, d" for the units that take one.
    private static func suffixHint(_ unit: KPIUnit) -> String {
        switch unit {
        case .seconds, .hours, .days: return "; accepted suffixes: s, min, h, d (or j)"
        case .percent: return "; accepted suffix: %"
        case .euros: return "; accepted suffix: € or EUR"
        case .points: return "; accepted suffix: pts"
        default: return ""
        }
    }

    private static func symbolSuffix(_ unit: KPIUnit) -> String {
        unit.symbol.isEmpty ? "" : (unit == .percent ? " %" : " \(unit.symbol)")
    }

    /// A number for messages: `150`, `-5`, `91.5`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
