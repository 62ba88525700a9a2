/// The problems found in one KPI table, collected so that all of them are reported at once, up to
/// `limit`; the reader stops there, and one last message says so.
struct KPITableErrors {
    let file: String
    /// The sheet of a workbook (locations `file.xlsx, sheet NAME, cell B7`); nil for a CSV file.
    let sheet: String?
    let limit: Int
    private(set) var errors: [CoreError] = []

    init(file: String, sheet: String? = nil, limit: Int) {
        self.file = file
        self.sheet = sheet
        self.limit = limit
    }

    var isFull: Bool { errors.count >= limit }

    /// Records a problem at `line`, `column` of the file (1-based; nil when unknown); in a sheet,
    /// `line` is the row and `column` the column's number.
    mutating func add(_ code: CoreError.Code, _ message: String, line: Int?, column: Int?) {
        add(CoreError(code, message, at: SourceLocation(file: file, sheet: sheet, line: line, column: column)))
    }

    mutating func add(_ error: CoreError) {
        if !isFull { errors.append(error) }
    }

    /// The diagnostics to throw, or nil when there were none.
    var list: DiagnosticList? {
        guard !errors.isEmpty else { return nil }
        var diagnostics: [any ServiceBenchDiagnostic] = errors
        if isFull {
            diagnostics.append(CoreError(
                .badTable,
                "stopped after \(limit) errors; fix these and run again to see the rest",
                at: SourceLocation(file: file, sheet: sheet)))
        }
        return DiagnosticList(diagnostics)
    }
}
