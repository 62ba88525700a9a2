/// Reads a company KPI table written by a spreadsheet (README, "KPI tables").
///
/// - Shape: long (`company,period,kpi,value`), wide (`company,period,` then one column per KPI) or
///   transposed (KPIs in rows, periods in columns, one company), told apart by the header; optional
///   `profile`, `sector`, `size` columns fill `KPITable.companies`. Headers and KPI names may be ids,
///   the catalogue's labels or aliases (`HeaderMatcher`); title lines above the header are skipped.
/// - Text: UTF-8 with or without a byte-order mark, or Windows-1252 (converted, with a data quality note).
/// - CSV: by `CSVRules`, the raw-export scanner's rules too: separator `,` or `;`, or as an Excel
///   `sep=;` first line declares it; RFC 4180 quoting; LF, CRLF or CR; blank rows (`;;;`) skipped.
/// - Numbers: decimal comma or point in `;` files, point in `,` files; thousands grouped by spaces;
///   `%`, `s`, `min`, `h`, `d`/`j` suffixes converted to the KPI's unit; compound durations
///   (`DurationText`); scores over the KPI's own scale. Empty cells and `n/a`, `NC`, `-`… are not
///   measured; `Total` and `Moyenne` rows are left out (`KPITableBuilder`).
/// - Periods: `2026-Q1`, `2026-01`, `2026`, `T1 2026`, `Q1 2026`.
///
/// Every problem is collected (up to `maximumErrors`) and thrown together. Each names the file, the
/// physical line of the offending field (a quoted field may span lines) and its column, counted in
/// Unicode scalars from 1 at the start of that line (the byte-order mark is not counted).
package enum KPITableReader {
    /// The reader stops after this many errors.
    package static let maximumErrors = 50

    /// Reads the table at `path` (`-` is standard input, named `<stdin>` in messages).
    package static func read(
        path: String, catalogue: [KPIDefinition], aliases: [HeaderAlias] = [], company: String? = nil, sheet: String? = nil
    ) throws(DiagnosticList) -> KPITable {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch {
            throw DiagnosticList([error])
        }
        return try read(bytes: bytes, name: InputFile.displayName(path), catalogue: catalogue, aliases: aliases, company: company, sheet: sheet)
    }

    /// Reads the table in `bytes`; `name` is the file name used in messages.
    package static func read(
        bytes: [UInt8], name: String, catalogue: [KPIDefinition], aliases: [HeaderAlias] = [], company: String? = nil, sheet: String? = nil
    ) throws(DiagnosticList) -> KPITable {
        let split = try rows(bytes: bytes, name: name, sheet: sheet)
        return try read(rows: split.rows, source: split.source, catalogue: catalogue, aliases: aliases, company: company, problems: split.problems)
    }

    /// Splits `bytes` into rows of cells: a workbook's sheet (the first, or `sheet`), or CSV text by
    /// `CSVRules`. A badly quoted row is left out and reported by its quoting error alone (its cells
    /// are not what was meant); an Excel `sep=;` line is dropped. Also read this way: a client's
    /// targets (`ClientTargetReader`).
    package static func rows(
        bytes: [UInt8], name: String, sheet: String?
    ) throws(DiagnosticList) -> (rows: [CSVRecord], source: KPITableSource, problems: [CoreError]) {
        if WorkbookReader.isWorkbook(bytes, name: name) {
            let worksheet: WorkbookSheet
            do {
                worksheet = try WorkbookReader.read(bytes: bytes, name: name, sheet: sheet)
            } catch {
                throw DiagnosticList([error])
            }
            return (worksheet.rows, KPITableSource(name: name, decimalComma: true, sheet: worksheet.name), [])
        }
        if let sheet {
            throw DiagnosticList([CoreError(
                .invalidArgument,
                "--sheet '\(Excerpt.of(sheet))' names a sheet of an Excel workbook, but this file is CSV (it has no sheets); leave --sheet out for it",
                at: SourceLocation(file: name))])
        }
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(bytes, name: name)
        } catch {
            throw DiagnosticList([error])
        }
        let declared = CSVRules.declaredSeparator(decoded.utf8)
        let separator = declared ?? CSVRules.detectSeparator(decoded.utf8)
        let split = CSVTextReader(utf8: decoded.utf8, separator: separator).records()
        let problems = split.problems.map { problem in
            CoreError(.badTable, problem.kind.message, at: SourceLocation(file: name, line: problem.field.line, column: problem.field.column))
        }
        var rows = split.records
        if declared != nil { rows.removeFirst() }
        if !split.problems.isEmpty {
            let badFields = Set(split.problems.map(\.field))
            rows.removeAll { $0.fields.contains(where: badFields.contains) }
        }
        let source = KPITableSource(name: name, decimalComma: separator != UInt8(ascii: ","), notes: decoded.note.map { [$0] } ?? [])
        return (rows, source, problems)
    }

    /// Reads a table already split into rows of cells: the seam where a CSV file and a spreadsheet
    /// (an `.xlsx` sheet) meet. Each cell carries its location: for a CSV file its physical line and
    /// its column in Unicode scalars; for a sheet its row number as `line` and its column number
    /// (A = 1) as `column`, with `source.name` naming the workbook and sheet. Blank rows are skipped,
    /// and so are title lines above the header (`KPITableHeader`). `problems`: errors the splitting
    /// found (an unclosed quote), reported with the table's own. `aliases`: other header names
    /// (`headers.xml`). `company`: the company of a transposed table (KPIs in rows), which has none.
    package static func read(
        rows: [CSVRecord], source: KPITableSource, catalogue: [KPIDefinition], aliases: [HeaderAlias] = [],
        company: String? = nil, problems: [CoreError] = []
    ) throws(DiagnosticList) -> KPITable {
        let name = source.name
        var errors = KPITableErrors(file: name, sheet: source.sheet, limit: maximumErrors)
        for problem in problems { errors.add(problem) }
        let matcher = HeaderMatcher(catalogue: catalogue, aliases: aliases)
        var rows = rows.filter { !$0.isBlank }[...]
        guard !rows.isEmpty else {
            errors.add(.badTable,
                "the file has no header line; the first line must name the columns: company,period,kpi,value (long format) "
                    + "or company,period, then one column per KPI (wide format); French names (Société, Période, Indicateur, Valeur) "
                    + "and the catalogue's labels are accepted",
                line: 1, column: 1)
            throw errors.list ?? DiagnosticList([])
        }
        let found = KPITableHeader.find(in: rows, matcher: matcher)
        var notes = source.notes
        if let title = found.skippedNote(file: name) { notes.append(title) }
        rows = rows.dropFirst(found.index)
        guard var header = rows.popFirst() else { throw errors.list ?? DiagnosticList([]) }
        var definitions: [String: KPIDefinition] = [:]
        for definition in catalogue where definitions[definition.id] == nil {
            definitions[definition.id] = definition
        }
        let ids = catalogue.map(\.id)
        var rowsRead = rows.count
        if found.isTransposed {
            guard let transposed = KPITableTransposed.longRows(
                header: header, rows: Array(rows), company: company, file: name, matcher: matcher, ids: ids, errors: &errors)
            else { throw errors.list ?? DiagnosticList([]) }
            header = transposed.header
            rows = transposed.rows[...]
            notes += transposed.notes
            rowsRead = transposed.kpiRows
        }
        guard let layout = KPITableLayout.read(header, matcher: matcher, ids: ids, errors: &errors) else {
            throw errors.list ?? DiagnosticList([])
        }
        var builder = KPITableBuilder(
            name: name, sheet: source.sheet, layout: layout, definitions: definitions, ids: ids, matcher: matcher,
            style: ValueParser.NumberStyle(decimalComma: source.decimalComma))
        builder.reserve(rows: rows.count)
        for row in rows where !errors.isFull {
            builder.add(row, errors: &errors)
        }
        if let list = errors.list { throw list }
        var quality = DataQuality(source: SourceLocation(file: name, sheet: source.sheet).description, recordsRead: rowsRead)
        quality.notes.append(contentsOf: notes)
        quality.notes.append(contentsOf: builder.notes)
        return KPITable(
            measurements: builder.measurements, companies: builder.companies, quality: [quality], companyOrigins: builder.companyOrigins)
    }
}

/// Where the rows of a KPI table come from: the name used in messages (`kpis.csv`, or a workbook and
/// sheet), how its numbers are written, and notes for the data quality section (an encoding guessed).
package struct KPITableSource: Sendable {
    package var name: String
    /// `,` is the decimal mark (`;`-separated CSV files, French sheets); otherwise `.` is.
    package var decimalComma: Bool
    package var notes: [String]

    /// The sheet, for a workbook: locations are then `file.xlsx, sheet NAME, cell B7`.
    package var sheet: String?

    package init(name: String, decimalComma: Bool, notes: [String] = [], sheet: String? = nil) {
        self.name = name
        self.decimalComma = decimalComma
        self.notes = notes
        self.sheet = sheet
    }
}
