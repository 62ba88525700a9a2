/// The optional sample-size columns of a KPI table: how many answers, calls or tickets a value was
/// counted on (`MeasurementSample`), for its margin of error. A long table has one `n` column (the
/// row's KPI); a wide table one `<kpi>_n` column per KPI (`csat_n` beside `csat`). Only a KPI that is
/// a share or a mean of counted events (`SampleStatistic`) takes one.
struct KPITableSampleColumns {
    /// A long table's `n` column.
    var long: Int?
    /// A wide table's `<kpi>_n` columns, by KPI id.
    var wide: [String: Int] = [:]

    /// The largest n read: far above any real count, and far from `Int`'s limit.
    static let maximum = 1_000_000_000_000

    /// Takes the sample columns out of `others` (the header's columns that are no key column nor KPI,
    /// names as written): `n` in a long table, `<kpi>_n` in a wide one. A sample column for a KPI that
    /// is no share or mean of counted events, or a bare `n` in a wide table, is an error.
    static func take(
        from others: inout [(index: Int, name: String, field: CSVField)], kpiNamed: (String) -> KPIDefinition?, isLong: Bool,
        errors: inout KPITableErrors
    ) -> KPITableSampleColumns {
        var columns = KPITableSampleColumns()
        others.removeAll { other in
            let name = other.name.trimmedCell.lowercased()
            if name == "n" {
                if isLong {
                    columns.long = other.index
                } else {
                    errors.add(.badTable,
                        "a column 'n' belongs to a long table (company,period,kpi,value,n); in a wide table name each sample size "
                            + "after its KPI, such as csat_n beside csat",
                        line: other.field.line, column: other.field.column)
                }
                return true
            }
            guard !isLong, name.hasSuffix("_n"), kpiNamed(name) == nil, let kpi = kpiNamed(String(name.dropLast(2))) else { return false }
            if SampleStatistic.of(kpi.id) == nil {
                errors.add(.badTable,
                    "'\(name)' gives a sample size, but '\(kpi.id)' is no share or mean of counted answers, calls or tickets; remove the column",
                    line: other.field.line, column: other.field.column)
            } else {
                columns.wide[kpi.id] = other.index
            }
            return true
        }
        return columns
    }

    /// A wide table's `<kpi>_n` column whose KPI has no column: an error at the header.
    func checkWide(kpiColumns: [String], header: CSVRecord, errors: inout KPITableErrors) {
        let present = Set(kpiColumns)
        for (kpi, index) in wide.sorted(by: { $0.value < $1.value }) where !present.contains(kpi) {
            let field = header.fields[index]
            errors.add(.badTable,
                "'\(field.text.trimmedCell)' gives the sample size of '\(kpi)', but the header has no '\(kpi)' column; add it or remove the sample column",
                line: field.line, column: field.column)
        }
    }

    /// The sample of `kpi` in `field`: `.some(nil)` when the cell is empty, nil after reporting a cell
    /// that is no whole number from 1 to `maximum` (spaces between thousands allowed: `1 204`) or
    /// that gives n for a KPI that takes none.
    static func sample(in field: CSVField, kpi: KPIDefinition, errors: inout KPITableErrors) -> MeasurementSample?? {
        let text = field.text.trimmedCell
        guard !text.isEmpty else { return .some(nil) }
        guard SampleStatistic.of(kpi.id) != nil else {
            errors.add(.badTable,
                "n is given for '\(kpi.id)', which is no share or mean of counted answers, calls or tickets; leave n empty on this row",
                line: field.line, column: field.column)
            return nil
        }
        let digits = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        guard !digits.isEmpty, digits.count <= 13, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let size = Int(digits), size >= 1, size <= maximum else {
            errors.add(.badTable,
                "cannot read the sample size '\(text.prefix(80))'; write the whole number of answers, calls or tickets the value was counted on (1 or more)",
                line: field.line, column: field.column)
            return nil
        }
        return .some(MeasurementSample(size: size))
    }
}
