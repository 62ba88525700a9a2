/// Turns the data rows of a KPI table into measurements and company facts, checking each cell:
/// ragged rows, empty companies, periods, KPI ids, values and their domains, duplicates, and
/// conflicting company profiles, sectors or sizes.
struct KPITableBuilder {
    let name: String
    let layout: KPITableLayout
    let definitions: [String: KPIDefinition]
    let ids: [String]
    let style: ValueParser.NumberStyle

    private(set) var measurements: [Measurement] = []
    private(set) var companies: [String: CompanyInfo] = [:]
    private var firstIndex: [Key: Int] = [:]
    private var identicalDuplicates = 0
    /// Where each company's profile, sector and size were first given (value and line), by company.
    private var attributeOrigins: [String: [String: (value: String, line: Int)]] = [:]
    /// Periods already parsed, by cell text (a table repeats a handful of periods on every row).
    private var periodCache: [String: Period] = [:]

    private struct Key: Hashable {
        var company: String
        var period: Period
        var kpi: String
    }

    init(name: String, layout: KPITableLayout, definitions: [String: KPIDefinition], ids: [String], style: ValueParser.NumberStyle) {
        self.name = name
        self.layout = layout
        self.definitions = definitions
        self.ids = ids
        self.style = style
    }

    /// Observations for the data quality section.
    var notes: [String] {
        var notes: [String] = []
        if !layout.ignoredColumns.isEmpty {
            let names = layout.ignoredColumns.map { "'\($0)'" }.joined(separator: ", ")
            notes.append("\(name): column\(layout.ignoredColumns.count > 1 ? "s" : "") \(names) ignored (not a column of a long KPI table)")
        }
        if identicalDuplicates > 0 {
            notes.append("\(name): \(identicalDuplicates) repeated value\(identicalDuplicates > 1 ? "s" : "") (same company, period, KPI and value) counted once")
        }
        return notes
    }

    mutating func add(_ row: CSVRecord, errors: inout KPITableErrors) {
        let fields = row.fields
        if fields.count < layout.columnCount {
            let last = fields[fields.count - 1]
            errors.add(.badTable,
                "this row has \(fields.count) field\(fields.count > 1 ? "s" : "") but the header has \(layout.columnCount); "
                    + "give every row one field per header column (check the separators, and quote fields that contain one)",
                line: last.line, column: last.column)
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
        recordInfo(of: company, fields: fields, errors: &errors)
        switch layout.shape {
        case .long(let kpiIndex, let valueIndex):
            let kpiField = fields[kpiIndex]
            let valueField = fields[valueIndex]
            if let definition = definitions[kpiField.text] {
                addCell(valueField, kpi: definition, company: company, period: period, errors: &errors)
                return
            }
            let id = kpiField.text.trimmedCell.lowercased()
            guard !id.isEmpty else {
                errors.add(.badTable, "the KPI id is empty; write a KPI id such as answer_rate in the kpi column",
                    line: kpiField.line, column: kpiField.column)
                return
            }
            guard let definition = definitions[id] else {
                errors.add(.unknownKPI, KPITableLayout.unknownKPIMessage(id, ids: ids), line: kpiField.line, column: kpiField.column)
                return
            }
            addCell(valueField, kpi: definition, company: company, period: period, errors: &errors)
        case .wide(let columns):
            for column in columns {
                addCell(fields[column.index], kpi: column.kpi, company: company, period: period, errors: &errors)
            }
        }
    }

    private mutating func addCell(_ field: CSVField, kpi: KPIDefinition, company: String, period: Period, errors: inout KPITableErrors) {
        let text = field.text.trimmedCell
        guard !text.isEmpty else { return }
        let parsed: ParsedValue
        switch ValueParser.parse(text, for: kpi, style: style) {
        case .success(let value):
            parsed = value
        case .failure(var error):
            error.location = SourceLocation(file: name, line: field.line, column: field.column)
            errors.add(error)
            return
        }
        let location = SourceLocation(file: name, line: field.line, column: field.column)
        let key = Key(company: company, period: period, kpi: kpi.id)
        if let index = firstIndex[key] {
            let first = measurements[index]
            if first.value == parsed.value && first.option == parsed.option {
                identicalDuplicates += 1
            } else {
                let firstText = first.option ?? ValueParser.format(first.value)
                let firstLine = first.location?.line.map { "line \($0)" } ?? "an earlier line"
                errors.add(.badTable,
                    "'\(kpi.id)' of '\(company)' for \(period) is given twice with different values "
                        + "(\(firstText) on \(firstLine), \(parsed.option ?? ValueParser.format(parsed.value)) here); keep one of them",
                    line: field.line, column: field.column)
            }
            return
        }
        firstIndex[key] = measurements.count
        measurements.append(Measurement(company: company, period: period, kpi: kpi.id, value: parsed.value, option: parsed.option, location: location))
    }

    /// Fills the company's profile, sector and size from this row; a different value than an earlier
    /// row's is an error.
    private mutating func recordInfo(of company: String, fields: [CSVField], errors: inout KPITableErrors) {
        var info = companies[company] ?? CompanyInfo(name: company)
        let attributes: [(name: String, index: Int?, keyPath: WritableKeyPath<CompanyInfo, String?>)] = [
            ("profile", layout.profile, \.profile), ("sector", layout.sector, \.sector), ("size", layout.size, \.size),
        ]
        for attribute in attributes {
            guard let index = attribute.index else { continue }
            let field = fields[index]
            let value = field.text.trimmedCell.lowercased()
            guard !value.isEmpty else { continue }
            if let origin = attributeOrigins[company]?[attribute.name] {
                if origin.value != value {
                    errors.add(.badTable,
                        "company '\(company)' has \(attribute.name) '\(origin.value)' on line \(origin.line) and '\(value)' here; "
                            + "give each company a single \(attribute.name)",
                        line: field.line, column: field.column)
                }
            } else {
                attributeOrigins[company, default: [:]][attribute.name] = (value, field.line)
                info[keyPath: attribute.keyPath] = value
            }
        }
        companies[company] = info
    }
}
