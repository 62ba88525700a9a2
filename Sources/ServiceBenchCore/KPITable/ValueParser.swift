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

    /// Parses `raw` (not empty) for `kpi`; the error has no location (the caller knows the cell).
    static func parse(_ raw: String, for kpi: KPIDefinition, style: NumberStyle) -> Result<ParsedValue, CoreError> {
        let text = raw.trimmingWhitespace()
        switch kpi.unit {
        case .boolean: return parseYesNo(text, for: kpi)
        case .category: return parseOption(text, for: kpi)
        default: break
        }
        let (numberText, suffix) = splitSuffix(text)
        guard let number = parseNumber(numberText, style: style) else {
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
        guard kpi.contains(value) else {
            return .failure(CoreError(
                .valueOutOfDomain,
                "\(format(value)) is outside the domain of '\(kpi.id)', which is \(format(kpi.minimum)) to "
                    + "\(format(kpi.maximum))\(symbolSuffix(kpi.unit)); check the value and its unit"))
        }
        return .success(ParsedValue(value: value))
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
        return (String(number).trimmingWhitespace(), String(suffix))
    }

    private static func isGroupSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }

    /// Parses a plain number: an optional sign (`+`, `-` or `−`), digits grouped by thousands with
    /// spaces (or with `,` when `,` is not the decimal mark), and at most one decimal mark.
    static func parseNumber(_ text: String, style: NumberStyle) -> Double? {
        var scalars = Array(text.unicodeScalars)
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            scalars.removeFirst()
            while let next = scalars.first, isGroupSpace(next) { scalars.removeFirst() }
        }
        let decimalMarks: Set<Unicode.Scalar> = style.decimalComma ? [",", "."] : ["."]
        let marks = scalars.indices.filter { decimalMarks.contains(scalars[$0]) }
        guard marks.count <= 1 else { return nil }
        let integerPart = marks.first.map { Array(scalars[..<$0]) } ?? scalars
        let fractionPart = marks.first.map { Array(scalars[($0 + 1)...]) } ?? []
        guard fractionPart.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        // Integer part: digit groups separated by group separators; every group after the first has 3 digits.
        var groups: [[Unicode.Scalar]] = [[]]
        for scalar in integerPart {
            if ("0"..."9").contains(scalar) {
                groups[groups.count - 1].append(scalar)
            } else if isGroupSpace(scalar) || (!style.decimalComma && scalar == ",") {
                groups.append([])
            } else {
                return nil
            }
        }
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = String(String.UnicodeScalarView(groups.joined()))
        let fraction = String(String.UnicodeScalarView(fractionPart))
        guard !digits.isEmpty || !fraction.isEmpty else { return nil }
        guard let magnitude = Double((digits.isEmpty ? "0" : digits) + "." + (fraction.isEmpty ? "0" : fraction)) else { return nil }
        return negative ? -magnitude : magnitude
    }

    // MARK: Units

    /// Seconds per unit of each duration suffix.
    private static let durationSuffixes: [String: Double] = [
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "seconde": 1, "secondes": 1,
        "min": 60, "mn": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3_600, "hr": 3_600, "hrs": 3_600, "hour": 3_600, "hours": 3_600, "heure": 3_600, "heures": 3_600,
        "d": 86_400, "j": 86_400, "day": 86_400, "days": 86_400, "jour": 86_400, "jours": 86_400,
    ]

    /// Seconds per unit of a duration KPI, nil for other units.
    private static func secondsPerUnit(_ unit: KPIUnit) -> Double? {
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
