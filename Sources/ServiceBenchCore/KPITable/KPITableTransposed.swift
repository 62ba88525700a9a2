/// A transposed KPI table, as dashboards are laid out: one company, a KPI per row (its id, label or
/// alias in the first column), a period per column (`T1 2026`, `2026-Q1`, `Q1 2026`). It is read by
/// turning each filled cell into a row of the long layout (`company,period,kpi,value`), each field
/// keeping the location of the cell it comes from, so that every message names the sheet's own cell.
enum KPITableTransposed {
    struct Converted {
        var header: CSVRecord
        var rows: [CSVRecord]
        var notes: [String]
        /// The table's own rows read (one per KPI, headings included).
        var kpiRows: Int
    }

    /// The long rows of the table under `header`; nil (with the error in `errors`) when the company
    /// is not given. Unknown KPI names are errors, except on rows with no value (section headings).
    static func longRows(
        header: CSVRecord, rows: [CSVRecord], company: String?, file: String, matcher: HeaderMatcher, ids: [String],
        errors: inout KPITableErrors
    ) -> Converted? {
        let first = header.fields[0]
        guard let company = company?.trimmedCell, !company.isEmpty else {
            errors.add(.badTable,
                "this table has KPIs in rows and periods in columns (a transposed table): it holds one company, "
                    + "and names none; give the company's name with --company NAME",
                line: first.line, column: first.column)
            return nil
        }
        var periodColumns: [Int] = []
        var ignored: [String] = []
        for (index, field) in header.fields.enumerated().dropFirst() {
            let text = field.text.trimmedCell
            if Period(parsing: text) != nil {
                periodColumns.append(index)
            } else if !text.isEmpty {
                ignored.append(text)
            }
        }
        let location = { (field: CSVField) in (line: field.line, column: field.column) }
        let longHeader = CSVRecord(
            fields: ["company", "period", "kpi", "value"].map { CSVField(text: $0, line: first.line, column: first.column) }, line: header.line)
        var converted: [CSVRecord] = []
        var headings: [String] = []
        for row in rows {
            guard let nameField = row.fields.first else { continue }
            let name = nameField.text.trimmedCell
            let values = periodColumns.compactMap { $0 < row.fields.count ? row.fields[$0] : nil }
            let hasValues = values.contains { !$0.text.trimmedCell.isEmpty }
            let kpi: KPIDefinition
            switch matcher.kpi(name) {
            case .kpi(let found):
                kpi = found
            case .ambiguous(let candidates):
                errors.add(.badTable, "the KPI name " + HeaderMatcher.ambiguityMessage(name, candidates: candidates), line: nameField.line, column: nameField.column)
                continue
            case .unknown, .column:
                if !hasValues {
                    if !name.isEmpty { headings.append(name) }
                    continue
                }
                if name.isEmpty {
                    errors.add(.badTable, "this row has values but no KPI in its first column; write the KPI's id or label there",
                        line: nameField.line, column: nameField.column)
                } else {
                    errors.add(.unknownKPI, KPITableLayout.unknownKPIMessage(name, ids: ids), line: nameField.line, column: nameField.column)
                }
                continue
            }
            let at = location(nameField)
            for column in periodColumns {
                let periodField = header.fields[column]
                let value = column < row.fields.count
                    ? row.fields[column] : CSVField(text: "", line: row.endLine, column: row.endColumn)
                converted.append(CSVRecord(
                    fields: [
                        CSVField(text: company, line: at.line, column: at.column), periodField,
                        CSVField(text: kpi.id, line: at.line, column: at.column), value,
                    ],
                    line: row.line))
            }
        }
        var notes: [String] = []
        if !ignored.isEmpty {
            notes.append("\(file): column\(ignored.count > 1 ? "s" : "") \(ignored.map { "'\($0)'" }.joined(separator: ", ")) ignored (not a period)")
        }
        if !headings.isEmpty {
            notes.append("\(file): row\(headings.count > 1 ? "s" : "") \(headings.map { "'\($0)'" }.joined(separator: ", ")) without values skipped (headings)")
        }
        return Converted(header: longHeader, rows: converted, notes: notes, kpiRows: rows.count)
    }
}
