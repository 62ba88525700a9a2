/// Turns the data rows of a KPI table into measurements and company facts, checking each cell:
/// ragged rows, empty companies, periods, KPI ids, values and their domains, duplicates, and
/// conflicting company profiles, sectors or sizes. A row whose company is a total or an average
/// (`Total`, `Moyenne`, `Average`, `Ensemble`) is left out with a note; a cell marked as not measured
/// (`n/a`, `NA`, `NC`, `nd`, `-`, `—`) is no value, as an empty cell.
struct KPITableBuilder {
    let name: String
    /// The sheet of a workbook (locations `file.xlsx, sheet NAME, cell B7`); nil for a CSV file.
    let sheet: String?
    let layout: KPITableLayout
    let ids: [String]
    let style: ValueParser.NumberStyle
    let matcher: HeaderMatcher
    /// The KPI named by each `kpi` cell text of a long table already met.
    private var kpiCells: [String: Entry] = [:]
    /// Lines of the total and average rows left out, and their company cells.
    private var summaryRows: [(line: Int, name: String)] = []
    /// Cells marked as not measured (`n/a`, `NC`…).
    private var notMeasuredCells = 0

    private(set) var measurements: [Measurement] = []
    /// The companies in order of first appearance, and each one's position there.
    private var companyFacts: [CompanyFacts] = []
    private var companyPositions: [String: Int] = [:]
    /// Each (company, period, KPI)'s position in `measurements`, to find duplicates.
    private var firstIndex: [Key: Int] = [:]
    private var identicalDuplicates = 0
    /// Periods already parsed, by cell text (a table repeats a handful of periods on every row).
    private var periodCache: [String: Period] = [:]
    /// Catalogue entries by id, with a number standing for the id in `Key`.
    private let entries: [String: Entry]
    /// The profile, sector and size columns present.
    private let attributeColumns: [(name: String, index: Int, keyPath: WritableKeyPath<CompanyInfo, String?>)]

    private struct Entry {
        var ordinal: Int
        var kpi: KPIDefinition
    }

    private struct Key: Hashable {
        var company: Int
        var period: Period
        var kpi: Int
    }

    /// What is known of one company: its facts, where each was first given (value and line), and the
    /// raw profile, sector and size cells of its last row (a row repeating them needs no new check).
    private struct CompanyFacts {
        var info: CompanyInfo
        var origins: [String: (value: String, line: Int, column: Int)] = [:]
        var lastCells: [String] = []
    }

    init(
        name: String, sheet: String? = nil, layout: KPITableLayout, definitions: [String: KPIDefinition], ids: [String],
        matcher: HeaderMatcher, style: ValueParser.NumberStyle
    ) {
        self.name = name
        self.sheet = sheet
        self.matcher = matcher
        self.layout = layout
        self.ids = ids
        self.style = style
        var entries: [String: Entry] = [:]
        for (ordinal, id) in ids.enumerated() where entries[id] == nil {
            if let kpi = definitions[id] { entries[id] = Entry(ordinal: ordinal, kpi: kpi) }
        }
        self.entries = entries
        self.attributeColumns = [
            ("profile", layout.profile, \CompanyInfo.profile), ("sector", layout.sector, \CompanyInfo.sector),
            ("size", layout.size, \CompanyInfo.size), ("country", layout.country, \CompanyInfo.country),
        ].compactMap { column in column.1.map { (column.0, $0, column.2) } }
    }

    /// Where each company's profile, sector and size were first given.
    var companyOrigins: [String: [String: SourceLocation]] {
        var origins: [String: [String: SourceLocation]] = [:]
        for facts in companyFacts where !facts.origins.isEmpty {
            origins[facts.info.name] = facts.origins.mapValues { SourceLocation(file: name, sheet: sheet, line: $0.line, column: $0.column) }
        }
        return origins
    }

    /// The words that mark a company cell as a total or an average row (compared lower case).
    static let summaryNames: Set<String> = ["total", "totaux", "moyenne", "average", "ensemble", "total général", "moyenne générale", "grand total"]

    /// Every company read, with its profile, sector and size where given.
    var companies: [String: CompanyInfo] {
        Dictionary(companyFacts.map { ($0.info.name, $0.info) }, uniquingKeysWith: { first, _ in first })
    }

    /// Makes room for `rows` data rows.
    mutating func reserve(rows: Int) {
        let cellsPerRow: Int
        switch layout.shape {
        case .long: cellsPerRow = 1
        case .wide(let columns): cellsPerRow = columns.count
        }
        measurements.reserveCapacity(rows * cellsPerRow)
        firstIndex.reserveCapacity(rows * cellsPerRow)
    }

    /// Observations for the data quality section.
    var notes: [String] {
        var notes: [String] = []
        if !layout.ignoredColumns.isEmpty {
            let names = layout.ignoredColumns.map { "'\($0)'" }.joined(separator: ", ")
            notes.append("\(name): column\(layout.ignoredColumns.count > 1 ? "s" : "") \(names) ignored (not a column of a long KPI table)")
        }
        if !summaryRows.isEmpty {
            let rows = summaryRows.prefix(5).map { "'\($0.name)' on line \($0.line)" }.joined(separator: ", ")
            notes.append("\(name): \(summaryRows.count) total or average row\(summaryRows.count > 1 ? "s" : "") left out (\(rows)\(summaryRows.count > 5 ? ", …" : "")): such a row is no company")
        }
        if notMeasuredCells > 0 {
            notes.append("\(name): \(notMeasuredCells) cell\(notMeasuredCells > 1 ? "s" : "") marked as not measured (n/a, NC, -…) read as no value")
        }
        if identicalDuplicates > 0 {
            notes.append("\(name): \(identicalDuplicates) repeated value\(identicalDuplicates > 1 ? "s" : "") (same company, period, KPI and value) counted once")
        }
        return notes
    }

    mutating func add(_ row: CSVRecord, errors: inout KPITableErrors) {
        let fields = row.fields
        if fields.count < layout.columnCount {
            // Reported where the first missing field would start (CSVRules).
            errors.add(.badTable,
                "this row has \(fields.count) field\(fields.count > 1 ? "s" : "") but the header has \(layout.columnCount); "
                    + "give every row one field per header column (check the separators, and quote fields that contain one)",
                line: row.endLine, column: row.endColumn)
            return
        }
        if let extra = fields.dropFirst(layout.columnCount).first(where: { !$0.text.trimmedCell.isEmpty }) {
            errors.add(.badTable,
                "this row has \(fields.count) fields but the header has \(layout.columnCount); "
                    + "give every row one field per header column (check the separators, and quote fields that contain one)",
                line: extra.line, column: extra.column)
            return
        }
        for index in layout.unnamedColumns {
            let field = fields[index]
            if !field.text.trimmedCell.isEmpty {
                errors.add(.badTable,
                    "the value '\(field.text.trimmedCell)' is in a column with no name in the header; "
                        + "name the column (a KPI id in a wide table) or empty it",
                    line: field.line, column: field.column)
            }
        }
        let companyField = fields[layout.company]
        let company = companyField.text.trimmedCell
        guard !company.isEmpty else {
            errors.add(.badTable, "the company name is empty; write the company's name in every row",
                line: companyField.line, column: companyField.column)
            return
        }
        // A total or average row (checked for a name not met yet as a company: once per company).
        let knownPosition = companyPositions[company]
        if knownPosition == nil, Self.summaryNames.contains(company.lowercased()) {
            summaryRows.append((companyField.line, company))
            return
        }
        let periodField = fields[layout.period]
        let period: Period
        if let cached = periodCache[periodField.text] {
            period = cached
        } else if let parsed = Period(parsing: periodField.text) {
            period = parsed
            periodCache[periodField.text] = parsed
        } else {
            let text = periodField.text.trimmedCell
            errors.add(.badTable,
                (text.isEmpty ? "the period is empty" : "cannot read the period '\(text)'")
                    + "; write a quarter (2026-Q1 or T1 2026), a month (2026-01) or a year (2026)",
                line: periodField.line, column: periodField.column)
            return
        }
        let position: Int
        if let known = knownPosition {
            position = known
        } else {
            position = companyFacts.count
            companyPositions[company] = position
            companyFacts.append(CompanyFacts(info: CompanyInfo(name: company)))
        }
        recordInfo(of: position, fields: fields, errors: &errors)
        switch layout.shape {
        case .long(let kpiIndex, let valueIndex):
            let kpiField = fields[kpiIndex]
            let valueField = fields[valueIndex]
            let sample = layout.samples.long.map { fields[$0] }
            if let entry = entries[kpiField.text] ?? kpiCells[kpiField.text] {
                guard let variant = variant(of: fields, kpi: entry.kpi, errors: &errors) else { return }
                addCell(valueField, entry: entry, variant: variant, sample: sample, company: position, period: period, errors: &errors)
                return
            }
            let text = kpiField.text.trimmedCell
            guard !text.isEmpty else {
                errors.add(.badTable, "the KPI id is empty; write a KPI id such as answer_rate in the kpi column",
                    line: kpiField.line, column: kpiField.column)
                return
            }
            switch matcher.kpi(text) {
            case .kpi(let kpi):
                guard let entry = entries[kpi.id] else { return }
                kpiCells[kpiField.text] = entry
                guard let variant = variant(of: fields, kpi: entry.kpi, errors: &errors) else { return }
                addCell(valueField, entry: entry, variant: variant, sample: sample, company: position, period: period, errors: &errors)
            case .ambiguous(let candidates):
                errors.add(.badTable, "the KPI " + HeaderMatcher.ambiguityMessage(text, candidates: candidates), line: kpiField.line, column: kpiField.column)
            case .unknown, .column:
                errors.add(.unknownKPI, KPITableLayout.unknownKPIMessage(text.lowercased(), ids: ids), line: kpiField.line, column: kpiField.column)
            }
        case .wide(let columns):
            for column in columns {
                guard let entry = entries[column.kpi.id] else { continue }
                addCell(
                    fields[column.index], entry: entry, variant: column.variant, sample: layout.samples.wide[column.kpi.id].map { fields[$0] },
                    company: position, period: period, errors: &errors)
            }
        }
    }

    /// A long table's `variant` cell for `kpi`: `.some(nil)` when there is none (or it is empty), nil
    /// after reporting a variant the KPI does not have.
    private func variant(of fields: [CSVField], kpi: KPIDefinition, errors: inout KPITableErrors) -> String?? {
        guard let index = layout.variant else { return .some(nil) }
        let field = fields[index]
        let text = field.text.trimmedCell.lowercased()
        guard !text.isEmpty else { return .some(nil) }
        if let problem = KPITableLayout.variantProblem(text, of: kpi) {
            errors.add(.badTable, problem, line: field.line, column: field.column)
            return nil
        }
        return .some(text)
    }

    /// Adds the value in `field`, with its sample size from `sampleField` (`KPITableSampleColumns`) when
    /// the table has one; a sample size without a value is an error.
    private mutating func addCell(
        _ field: CSVField, entry: Entry, variant: String?, sample sampleField: CSVField? = nil, company position: Int, period: Period,
        errors: inout KPITableErrors
    ) {
        let kpi = entry.kpi
        let company = companyFacts[position].info.name
        let text = field.text.trimmedCell
        var sample: MeasurementSample?
        if let sampleField {
            guard let read = KPITableSampleColumns.sample(in: sampleField, kpi: kpi, errors: &errors) else { return }
            sample = read
        }
        let notMeasured = !text.isEmpty && ValueParser.isNotMeasured(text)
        guard !text.isEmpty, !notMeasured else {
            if let sampleField, sample != nil {
                errors.add(.badTable,
                    "a sample size is given for '\(kpi.id)' but no value; give the value or leave the sample size empty",
                    line: sampleField.line, column: sampleField.column)
            }
            if notMeasured { notMeasuredCells += 1 }
            return
        }
        let parsed: ParsedValue
        switch ValueParser.parse(text, for: kpi, style: style) {
        case .success(let value):
            parsed = value
        case .failure(var error):
            error.location = location(field)
            errors.add(error)
            return
        }
        let location = location(field)
        let key = Key(company: position, period: period, kpi: entry.ordinal)
        if let index = firstIndex[key] {
            let first = measurements[index]
            if first.value == parsed.value && first.option == parsed.option && first.sample == sample {
                identicalDuplicates += 1
            } else {
                let sizes = { (sample: MeasurementSample?) in sample.map { " (n = \($0.size))" } ?? "" }
                let firstText = (first.option ?? ValueParser.format(first.value)) + sizes(first.sample)
                let firstLine = first.location?.line.map { self.location(line: $0).lineName($0) } ?? "an earlier line"
                errors.add(.badTable,
                    "'\(kpi.id)' of '\(company)' for \(period) is given twice with different values "
                        + "(\(firstText) on \(firstLine), \(parsed.option ?? ValueParser.format(parsed.value))\(sizes(sample)) here); keep one of them",
                    line: field.line, column: field.column)
            }
            return
        }
        firstIndex[key] = measurements.count
        measurements.append(
            Measurement(
                company: company, period: period, kpi: kpi.id, value: parsed.value, option: parsed.option, variant: variant, location: location,
                sample: sample))
    }

    /// Where `field` is: `file:line:col`, or in a sheet `file.xlsx, sheet NAME, cell B7`.
    private func location(_ field: CSVField) -> SourceLocation {
        SourceLocation(file: name, sheet: sheet, line: field.line, column: field.column)
    }

    private func location(line: Int) -> SourceLocation {
        SourceLocation(file: name, sheet: sheet, line: line)
    }

    /// Fills the company's profile, sector and size from this row; a different value than an earlier
    /// row's is an error.
    private mutating func recordInfo(of position: Int, fields: [CSVField], errors: inout KPITableErrors) {
        guard !attributeColumns.isEmpty else { return }
        let cells = attributeColumns.map { fields[$0.index].text }
        guard cells != companyFacts[position].lastCells else { return }
        companyFacts[position].lastCells = cells
        for column in attributeColumns {
            let field = fields[column.index]
            let value = field.text.trimmedCell.lowercased()
            guard !value.isEmpty else { continue }
            if let origin = companyFacts[position].origins[column.name] {
                if origin.value != value {
                    errors.add(.badTable,
                        "company '\(companyFacts[position].info.name)' has \(column.name) '\(origin.value)' on \(location(line: origin.line).lineName(origin.line)) "
                            + "and '\(value)' here; give each company a single \(column.name)",
                        line: field.line, column: field.column)
                }
            } else if column.name == "country" && !(value.count == 2 && value.allSatisfy { ("a"..."z").contains($0) }) {
                errors.add(.badTable,
                    "the country '\(value)' is not a two-letter country code; write it as ISO 3166 does (fr, be, gb, us)",
                    line: field.line, column: field.column)
            } else {
                companyFacts[position].origins[column.name] = (value, field.line, field.column)
                companyFacts[position].info[keyPath: column.keyPath] = value
            }
        }
    }
}
