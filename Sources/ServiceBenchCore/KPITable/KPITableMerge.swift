extension KPITable {
    /// Adds the table of another input (a second KPI file, the KPIs of a raw export). Two inputs never
    /// silently disagree:
    /// - the same company, period and KPI with the same value is counted once, with a note;
    ///   with different values it is an error naming both files, lines and columns;
    /// - a company's profile, sector, size or country given by one input holds for all of them; two inputs
    ///   that give different ones are an error naming both.
    /// Every conflict is reported at once (exit 65); on error `self` is left unchanged.
    package mutating func merge(_ other: KPITable) throws(DiagnosticList) {
        struct Key: Hashable {
            var company: String
            var period: Period
            var kpi: String
        }
        var index: [Key: Int] = [:]
        index.reserveCapacity(measurements.count)
        for (position, measurement) in measurements.enumerated() {
            index[Key(company: measurement.company, period: measurement.period, kpi: measurement.kpi)] = position
        }
        var problems: [any ServiceBenchDiagnostic] = []
        var added: [Measurement] = []
        var repeated = 0
        for measurement in other.measurements {
            let key = Key(company: measurement.company, period: measurement.period, kpi: measurement.kpi)
            guard let position = index[key] else {
                added.append(measurement)
                continue
            }
            let first = measurements[position]
            if first.value == measurement.value && first.option == measurement.option {
                repeated += 1
                continue
            }
            problems.append(CoreError(
                .badTable,
                "'\(measurement.kpi)' of '\(measurement.company)' for \(measurement.period) is \(Self.text(first)) in \(Self.place(first.location)) "
                    + "and \(Self.text(measurement)) here; two inputs must not disagree: correct or remove one of the two values",
                at: measurement.location))
        }
        var mergedCompanies = companies
        var mergedOrigins = companyOrigins
        for name in other.companies.keys.sorted() {
            guard let theirs = other.companies[name] else { continue }
            var info = mergedCompanies[name] ?? CompanyInfo(name: name)
            for (attribute, keyPath) in [
                ("profile", \CompanyInfo.profile), ("sector", \CompanyInfo.sector), ("size", \CompanyInfo.size), ("country", \CompanyInfo.country),
            ] {
                guard let value = theirs[keyPath: keyPath] else { continue }
                let there = other.companyOrigins[name]?[attribute]
                if let mine = info[keyPath: keyPath] {
                    if mine != value {
                        let here = mergedOrigins[name]?[attribute]
                        problems.append(CoreError(
                            .badTable,
                            "company '\(name)' has \(attribute) '\(mine)' in \(Self.place(here)) and '\(value)' here; "
                                + "two inputs must not disagree: give the company one \(attribute)",
                            at: there ?? SourceLocation(file: other.quality.first?.source ?? "input")))
                    }
                } else {
                    info[keyPath: keyPath] = value
                    if let there { mergedOrigins[name, default: [:]][attribute] = there }
                }
            }
            mergedCompanies[name] = info
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        measurements.append(contentsOf: added)
        companies = mergedCompanies
        companyOrigins = mergedOrigins
        var qualities = other.quality
        if repeated > 0, !qualities.isEmpty {
            qualities[0].notes.append(
                "\(qualities[0].source): \(repeated) value\(repeated > 1 ? "s" : "") also given, the same, by an earlier input: counted once")
        }
        quality.append(contentsOf: qualities)
    }

    /// "91.5" or the option of a practice.
    private static func text(_ measurement: Measurement) -> String {
        measurement.option ?? ValueParser.format(measurement.value)
    }

    /// "a.csv (line 3, column 4)".
    private static func place(_ location: SourceLocation?) -> String {
        guard let location else { return "an earlier input" }
        var parts: [String] = []
        if let line = location.line { parts.append("line \(line)") }
        if let column = location.column { parts.append("column \(column)") }
        return parts.isEmpty ? location.file : "\(location.file) (\(parts.joined(separator: ", ")))"
    }
}
