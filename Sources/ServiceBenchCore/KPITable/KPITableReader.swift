/// Reads a company KPI table written by a spreadsheet (see `BRIEF.md`, "Company input").
///
/// - Shape: long (`company,period,kpi,value`) or wide (`company,period,` then one column per KPI id),
///   told apart by the header; optional `profile`, `sector`, `size` columns fill `KPITable.companies`.
/// - Text: UTF-8 with or without a byte-order mark, or Windows-1252 (converted, with a data quality note).
/// - CSV: separator `,` or `;` (whichever the header line holds more of outside quotes, or as an
///   Excel `sep=;` first line declares it); RFC 4180 quoting; LF or CRLF; blank rows (`;;;`) skipped.
/// - Numbers: decimal comma or point in `;` files, point in `,` files; thousands grouped by spaces;
///   `%`, `s`, `min`, `h`, `d`/`j` suffixes converted to the KPI's unit. Empty cells are not measured.
/// - Periods: `2026-Q1`, `2026-01`, `2026`, `T1 2026`.
///
/// - Excel workbooks (`.xlsx`): one sheet read by `WorkbookReader`, whose rows go through the same
///   layout and builder as CSV records; locations are `file.xlsx, sheet NAME, cell B7`.
///
/// Every problem is collected (up to `maximumErrors`) and thrown together. Each names the file, the
/// physical line of the offending field (a quoted field may span lines) and its column, counted in
/// Unicode scalars from 1 at the start of that line (the byte-order mark is not counted).
public enum KPITableReader {
    /// The reader stops after this many errors.
    public static let maximumErrors = 50

    /// Reads the table at `path` (`-` is standard input, named `<stdin>` in messages): CSV, or an
    /// Excel workbook (`WorkbookReader.isWorkbook`) whose sheet `sheet` (default: the first) is read.
    public static func read(path: String, catalogue: [KPIDefinition], sheet: String? = nil) throws(DiagnosticList) -> KPITable {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch {
            throw DiagnosticList([error])
        }
        return try read(bytes: bytes, name: InputFile.displayName(path), catalogue: catalogue, sheet: sheet)
    }

    /// Reads the table in `bytes`; `name` is the file name used in messages. A workbook's sheet
    /// `sheet` (default: its first visible worksheet) is read as the same table written as CSV would
    /// be; `sheet` with a CSV file is an error.
    public static func read(bytes: [UInt8], name: String, catalogue: [KPIDefinition], sheet: String? = nil) throws(DiagnosticList) -> KPITable {
        if WorkbookReader.isWorkbook(bytes, name: name) {
            let worksheet: WorkbookSheet
            do {
                worksheet = try WorkbookReader.read(bytes: bytes, name: name, sheet: sheet)
            } catch {
                throw DiagnosticList([error])
            }
            // Text cells may use the decimal comma (a French sheet's `91,5 %` typed as text); numbers
            // come from typed cells with a point.
            return try read(rows: worksheet.rows, source: KPITableSource(name: name, decimalComma: true, sheet: worksheet.name), catalogue: catalogue)
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
        let declared = CSVTextReader.declaredSeparator(decoded.utf8)
        let separator = declared ?? CSVTextReader.detectSeparator(decoded.utf8)
        let (records, unterminated) = CSVTextReader(utf8: decoded.utf8, separator: separator).records()
        let problems = unterminated.map { field in
            [CoreError(
                .badTable,
                "this quoted field is never closed: the opening '\"' has no matching '\"' before the end of the file; "
                    + "close the quote, or double the quotes inside the field (\"\")",
                at: SourceLocation(file: name, line: field.line, column: field.column))]
        } ?? []
        let source = KPITableSource(name: name, decimalComma: separator != UInt8(ascii: ","), notes: decoded.note.map { [$0] } ?? [])
        return try read(rows: Array(records.dropFirst(declared == nil ? 0 : 1)), source: source, catalogue: catalogue, problems: problems)
    }

    /// Reads a table already split into rows of cells: the seam where a CSV file and a workbook's
    /// sheet meet. Each cell carries its location: for a CSV file its physical line and its column in
    /// Unicode scalars; for a sheet its row as `line` and its column number (A = 1) as `column`, with
    /// `source.sheet` naming the sheet. Blank rows are skipped; the first other one is the header.
    /// `problems`: errors the splitting found (an unclosed quote), reported with the table's own.
    static func read(
        rows all: [CSVRecord], source: KPITableSource, catalogue: [KPIDefinition], problems: [CoreError] = []
    ) throws(DiagnosticList) -> KPITable {
        let origin = SourceLocation(file: source.name, sheet: source.sheet)
        var errors = KPITableErrors(file: source.name, sheet: source.sheet, limit: maximumErrors)
        for problem in problems { errors.add(problem) }
        let style = ValueParser.NumberStyle(decimalComma: source.decimalComma)
        var rows = all.filter { !$0.isBlank }[...]
        guard let header = rows.popFirst() else {
            errors.add(.badTable,
                (origin.sheet == nil ? "the file has no header line" : "the sheet has no cells")
                    + "; the first line must name the columns: company,period,kpi,value (long format) "
                    + "or company,period, then one column per KPI id (wide format)",
                line: 1, column: 1)
            throw errors.list ?? DiagnosticList([])
        }
        var definitions: [String: KPIDefinition] = [:]
        for definition in catalogue where definitions[definition.id] == nil {
            definitions[definition.id] = definition
        }
        let ids = catalogue.map(\.id)
        guard let layout = KPITableLayout.read(header, catalogue: definitions, ids: ids, errors: &errors) else {
            throw errors.list ?? DiagnosticList([])
        }
        var builder = KPITableBuilder(name: source.name, sheet: source.sheet, layout: layout, definitions: definitions, ids: ids, style: style)
        builder.reserve(rows: rows.count)
        for row in rows where !errors.isFull {
            builder.add(row, errors: &errors)
        }
        if let list = errors.list { throw list }
        var quality = DataQuality(source: origin.description, recordsRead: rows.count)
        quality.notes.append(contentsOf: source.notes)
        quality.notes.append(contentsOf: builder.notes)
        return KPITable(measurements: builder.measurements, companies: builder.companies, quality: [quality])
    }
}

/// Where the rows of a KPI table come from: the file named in messages, the sheet of a workbook, how
/// its numbers are written, and notes for the data quality section (an encoding guessed).
struct KPITableSource: Sendable {
    var name: String
    /// `,` is the decimal mark (`;`-separated CSV files, workbook text cells); otherwise `.` is.
    var decimalComma: Bool
    var notes: [String]
    /// The sheet, for a workbook: locations are then `file.xlsx, sheet NAME, cell B7`.
    var sheet: String?

    init(name: String, decimalComma: Bool, notes: [String] = [], sheet: String? = nil) {
        self.name = name
        self.decimalComma = decimalComma
        self.notes = notes
        self.sheet = sheet
    }
}
