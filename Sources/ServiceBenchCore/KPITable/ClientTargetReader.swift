/// Reads a client's own targets (`--targets FILE`): a CSV file (`,` or `;`) or an Excel workbook,
/// split into rows as a KPI table is (`KPITableReader.rows`), with the columns
///
/// - `kpi` (`Indicateur`): the KPI's id, catalogue label or alias, matched as a KPI table's headers are
///   (`HeaderMatcher`);
/// - `comparator` (`comparateur`): `>=`, `≥`, `at-least`, `au moins`, or `<=`, `≤`, `at-most`, `au plus`;
/// - `threshold` (`seuil`, `objectif`): in the KPI's unit, written as in a KPI table (`90 %`, `1 min 30`);
/// - `tolerance` (`tolérance`, optional): how far from the threshold still counts as near, in the
///   KPI's unit (0 when absent or empty).
///
/// Each target has origin `client` and replaces the profile's targets for its KPI. Every problem is
/// reported at the file, line and column of its cell; a KPI given twice is an error naming both lines.
package enum ClientTargetReader {
    /// The targets by KPI id.
    package static func read(
        bytes: [UInt8], name: String, catalogue: [KPIDefinition], aliases: [HeaderAlias] = []
    ) throws(DiagnosticList) -> [String: Target] {
        let split = try KPITableReader.rows(bytes: bytes, name: name, sheet: nil)
        var errors = KPITableErrors(file: name, sheet: split.source.sheet, limit: KPITableReader.maximumErrors)
        for problem in split.problems { errors.add(problem) }
        let matcher = HeaderMatcher(catalogue: catalogue, aliases: aliases)
        var rows = split.rows.filter { !$0.isBlank }[...]
        guard let header = rows.popFirst() else {
            errors.add(.badTable, "the targets file is empty; its first line must name the columns kpi, comparator, threshold and optionally tolerance", line: 1, column: 1)
            throw errors.list ?? DiagnosticList([])
        }
        var columns: [Column: Int] = [:]
        for (index, field) in header.fields.enumerated() {
            guard let column = Column(header: field.text) else {
                if !field.text.trimmedCell.isEmpty {
                    errors.add(.badTable, "unknown column '\(Excerpt.of(field.text.trimmedCell))' in a targets file; its columns are kpi, comparator, threshold and tolerance", line: field.line, column: field.column)
                }
                continue
            }
            if columns[column] != nil {
                errors.add(.badTable, "the column '\(column.rawValue)' is named twice; keep one", line: field.line, column: field.column)
            }
            columns[column] = index
        }
        for required in [Column.kpi, .comparator, .threshold] where columns[required] == nil {
            errors.add(.badTable, "the targets file has no '\(required.rawValue)' column; its header must name kpi, comparator, threshold (and optionally tolerance)", line: header.line, column: 1)
        }
        if let list = errors.list { throw list }
        let style = ValueParser.NumberStyle(decimalComma: split.source.decimalComma)
        var targets: [String: Target] = [:]
        var lines: [String: Int] = [:]
        for row in rows where !errors.isFull {
            func cell(_ column: Column) -> CSVField? {
                guard let index = columns[column] else { return nil }
                return index < row.fields.count ? row.fields[index] : nil
            }
            func place(_ field: CSVField?) -> (line: Int, column: Int) {
                field.map { ($0.line, $0.column) } ?? (row.endLine, row.endColumn)
            }
            let kpiField = cell(.kpi)
            let kpiText = kpiField?.text.trimmedCell ?? ""
            let kpi: KPIDefinition
            switch matcher.kpi(kpiText) {
            case .kpi(let found): kpi = found
            case .ambiguous(let candidates):
                errors.add(.unknownKPI, HeaderMatcher.ambiguityMessage(kpiText, candidates: candidates), line: place(kpiField).line, column: place(kpiField).column)
                continue
            default:
                let hint = NearestName.suggestion(for: kpiText, in: catalogue.map(\.id))
                errors.add(.unknownKPI, "unknown KPI '\(Excerpt.of(kpiText))'; write a KPI id, label or alias as in a KPI table\(hint)", line: place(kpiField).line, column: place(kpiField).column)
                continue
            }
            let comparatorField = cell(.comparator)
            guard let comparator = Self.comparator(comparatorField?.text ?? "") else {
                errors.add(.badTable, "cannot read the comparator '\(Excerpt.of(comparatorField?.text.trimmedCell ?? ""))' of '\(kpi.id)'; write >= (at-least) or <= (at-most)", line: place(comparatorField).line, column: place(comparatorField).column)
                continue
            }
            let thresholdField = cell(.threshold)
            guard let threshold = number(thresholdField, kpi: kpi, style: style, what: "threshold", required: true, errors: &errors, at: place(thresholdField)) else { continue }
            let toleranceField = cell(.tolerance)
            guard let tolerance = number(toleranceField, kpi: kpi, style: style, what: "tolerance", required: false, errors: &errors, at: place(toleranceField)) else { continue }
            if let first = lines[kpi.id] {
                errors.add(.badTable, "a second target for '\(kpi.id)' (the first is on line \(first)); give each KPI one target", line: place(kpiField).line, column: place(kpiField).column)
                continue
            }
            lines[kpi.id] = row.line
            let location = SourceLocation(file: name, sheet: split.source.sheet, line: row.line)
            targets[kpi.id] = Target(
                id: "client:\(kpi.id)", profile: "client", kpi: kpi.id, comparator: comparator, threshold: threshold,
                tolerance: tolerance, citation: Citation(reference: location.description, quote: ""), origin: .client)
        }
        if let list = errors.list { throw list }
        return targets
    }

    /// The targets file's columns, with the French names accepted beside the English ones.
    enum Column: String, CaseIterable {
        case kpi, comparator, threshold, tolerance

        init?(header: String) {
            switch HeaderMatcher.key(header) {
            case "kpi", "indicateur": self = .kpi
            case "comparator", "comparateur": self = .comparator
            case "threshold", "seuil", "objectif", "target": self = .threshold
            case "tolerance": self = .tolerance
            default: return nil
            }
        }
    }

    /// `>=`, `≥`, `at-least`, `au moins` → at least; `<=`, `≤`, `at-most`, `au plus` → at most.
    static func comparator(_ text: String) -> TargetComparator? {
        switch HeaderMatcher.key(text) {
        case ">=", "≥", "at-least", "atleast", "aumoins": return .atLeast
        case "<=", "≤", "at-most", "atmost", "auplus": return .atMost
        default: return nil
        }
    }

    /// The number in `field` for `kpi`, in its unit; 0 for an absent optional cell; nil (with the
    /// error recorded) when it cannot be read.
    private static func number(
        _ field: CSVField?, kpi: KPIDefinition, style: ValueParser.NumberStyle, what: String, required: Bool,
        errors: inout KPITableErrors, at place: (line: Int, column: Int)
    ) -> Double? {
        let text = field?.text.trimmedCell ?? ""
        if text.isEmpty {
            if !required { return 0 }
            errors.add(.badTable, "the \(what) of '\(kpi.id)' is empty; write it in the KPI's unit (\(ValueParser.describe(kpi.unit)))", line: place.line, column: place.column)
            return nil
        }
        switch ValueParser.parse(text, for: kpi, style: style) {
        case .success(let parsed):
            guard parsed.option == nil, parsed.value >= 0 || what == "threshold" else {
                errors.add(.badTable, "the \(what) of '\(kpi.id)' must be a number of \(ValueParser.describe(kpi.unit)), not '\(Excerpt.of(text))'", line: place.line, column: place.column)
                return nil
            }
            return parsed.value
        case .failure(let error):
            errors.add(error.code, "\(what): \(error.message)", line: place.line, column: place.column)
            return nil
        }
    }
}
