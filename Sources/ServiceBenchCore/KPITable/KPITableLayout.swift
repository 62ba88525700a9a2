/// What the header row of a KPI table says: where the company and period are, whether the table is
/// long (`company,period,kpi,value`) or wide (`company,period,` then one column per KPI id), and the
/// optional `profile`, `sector`, `size` and `country` columns, and in a long table `variant` (the KPI's
/// variant, `transactional` NPS); a wide table states a variant in its header, `nps:transactional`.
/// The optional sample sizes (`KPITableSampleColumns`): `n` in a long table, `csat_n` in a wide one.
/// Header names are matched by `HeaderMatcher`.
struct KPITableLayout {
    enum Shape {
        /// One measurement per row: the KPI id in one column, its value in another.
        case long(kpi: Int, value: Int)
        /// One row per company and period: a column per KPI, with the variant its header states.
        case wide(columns: [(index: Int, kpi: KPIDefinition, variant: String?)])
    }

    var columnCount: Int
    var company: Int
    var period: Int
    var profile: Int?
    var sector: Int?
    var size: Int?
    var country: Int?
    /// A long table's `variant` column.
    var variant: Int?
    var shape: Shape
    /// Columns read by no one: unnamed ones (their cells must be empty) and, in a long table, extra
    /// named ones (a `comment` column), listed in the data quality notes.
    var unnamedColumns: [Int]
    var ignoredColumns: [String]
    /// The optional sample-size columns: `n` (long), `csat_n` (wide).
    var samples = KPITableSampleColumns()

    /// Reads `header`; problems go to `errors`. Nil when the table cannot be read at all (a required
    /// column is missing); unknown KPI columns of a wide table are reported and left out. Header names
    /// are matched by `matcher`: key columns and KPIs by id, catalogue label or alias.
    static func read(_ header: CSVRecord, matcher: HeaderMatcher, ids: [String], errors: inout KPITableErrors) -> KPITableLayout? {
        var positions: [String: Int] = [:]
        var unnamed: [Int] = []
        var kpiColumns: [(index: Int, kpi: KPIDefinition, variant: String?, field: CSVField)] = []
        var others: [(index: Int, name: String, field: CSVField)] = []
        var ambiguous = false
        for (index, field) in header.fields.enumerated() {
            let text = field.text.trimmedCell
            if text.isEmpty {
                unnamed.append(index)
                continue
            }
            switch matcher.match(text) {
            case .column(let column):
                if let first = positions[column] {
                    errors.add(.badTable,
                        "the column '\(column)' appears twice ('\(header.fields[first].text.trimmedCell)' at column \(header.fields[first].column) and '\(text)' here); keep one of them",
                        line: field.line, column: field.column)
                } else {
                    positions[column] = index
                }
            case .kpi(let kpi):
                if let first = kpiColumns.first(where: { $0.kpi.id == kpi.id }) {
                    errors.add(.badTable,
                        "the KPI '\(kpi.id)' has two columns ('\(first.field.text.trimmedCell)' at column \(first.field.column) and '\(text)' here); keep one of them",
                        line: field.line, column: field.column)
                } else {
                    kpiColumns.append((index, kpi, nil, field))
                }
            case .ambiguous(let candidates):
                ambiguous = true
                errors.add(.badTable, "the header " + HeaderMatcher.ambiguityMessage(text, candidates: candidates), line: field.line, column: field.column)
            case .unknown:
                // `nps:transactional`: a KPI, then the variant its values are.
                let parts = text.split(separator: ":", maxSplits: 1).map { String($0).trimmingWhitespace() }
                if parts.count == 2, case .kpi(let kpi) = matcher.kpi(parts[0]) {
                    let variant = parts[1].lowercased()
                    if let problem = variantProblem(variant, of: kpi) {
                        errors.add(.badTable, problem, line: field.line, column: field.column)
                    } else {
                        kpiColumns.append((index, kpi, variant, field))
                    }
                } else {
                    others.append((index, text, field))
                }
            }
        }
        let found = header.fields.map { $0.text.trimmedCell }.joined(separator: ", ")
        var missing: [String] = []
        if positions["company"] == nil { missing.append("company") }
        if positions["period"] == nil { missing.append("period") }
        let isLong = positions["kpi"] != nil || positions["value"] != nil
        let samples = KPITableSampleColumns.take(from: &others, kpiNamed: { name in
            if case .kpi(let kpi) = matcher.kpi(name) { return kpi }
            return nil
        }, isLong: isLong, errors: &errors)
        if isLong {
            if positions["kpi"] == nil { missing.append("kpi") }
            if positions["value"] == nil { missing.append("value") }
        }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: " and ")
            errors.add(.badTable,
                "missing required column\(missing.count > 1 ? "s" : "") \(names) in the header (found: \(found)); "
                    + "the first line must name the columns: company,period,kpi,value (long format) "
                    + "or company,period, then one column per KPI (wide format); French names (Société, Période, Indicateur, Valeur) "
                    + "and the catalogue's labels are accepted",
                line: header.line, column: 1)
            return nil
        }
        guard let company = positions["company"], let period = positions["period"] else { return nil }
        let shape: Shape
        var ignored: [String] = []
        if isLong, let kpi = positions["kpi"], let value = positions["value"] {
            shape = .long(kpi: kpi, value: value)
            ignored = others.map(\.name) + kpiColumns.map { $0.field.text.trimmedCell }
        } else {
            for other in others {
                errors.add(.unknownKPI, unknownKPIMessage(other.name, ids: ids), line: other.field.line, column: other.field.column)
            }
            if kpiColumns.isEmpty && others.isEmpty && !ambiguous {
                errors.add(.badTable,
                    "the header has no KPI columns (found: \(found)); add kpi and value columns (long format) "
                        + "or one column per KPI id such as answer_rate (wide format)",
                    line: header.line, column: 1)
                return nil
            }
            shape = .wide(columns: kpiColumns.map { ($0.index, $0.kpi, $0.variant) })
            samples.checkWide(kpiColumns: kpiColumns.map(\.kpi.id), header: header, errors: &errors)
        }
        return KPITableLayout(
            columnCount: header.fields.count, company: company, period: period,
            profile: positions["profile"], sector: positions["sector"], size: positions["size"],
            country: positions["country"], variant: isLong ? positions["variant"] : nil, shape: shape, unnamedColumns: unnamed,
            ignoredColumns: ignored, samples: samples)
    }

    /// Why `variant` is not a variant of `kpi`, or nil when it is.
    static func variantProblem(_ variant: String, of kpi: KPIDefinition) -> String? {
        let ids = kpi.variants.map(\.id)
        if ids.isEmpty {
            return "'\(kpi.id)' has no variants, but '\(variant)' is given as one; leave the variant out for this KPI"
        }
        if ids.contains(variant) { return nil }
        return "unknown variant '\(variant)' of '\(kpi.id)'\(NearestName.suggestion(for: variant, in: ids)); write one of \(ids.joined(separator: ", "))"
    }

    /// "unknown KPI 'answer_rat'; did you mean 'answer_rate'?", or a pointer to the catalogue.
    static func unknownKPIMessage(_ name: String, ids: [String]) -> String {
        if let nearest = NearestName.nearest(to: name, in: ids) {
            return "unknown KPI '\(name)'; did you mean '\(nearest)'?"
        }
        return "unknown KPI '\(name)'; use an id of the KPI catalogue ('servicebench benchmarks list' shows them)"
    }
}
