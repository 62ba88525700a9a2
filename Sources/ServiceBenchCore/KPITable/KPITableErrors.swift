/// The problems found in one KPI table, collected so that all of them are reported at once, up to
/// `limit`; the reader stops there, and one last message says so.
struct KPITableErrors {
    /// The file (and sheet) the table is read from.
    let origin: SourceLocation
    let limit: Int
    private(set) var errors: [CoreError] = []

    init(origin: SourceLocation, limit: Int) {
        self.origin = origin
        self.limit = limit
    }

    var isFull: Bool { errors.count >= limit }

    /// Records a problem at `line`, `column` of the file (1-based; nil when unknown); in a sheet, at
    /// row `line`, column `column`.
    mutating func add(_ code: CoreError.Code, _ message: String, line: Int?, column: Int?) {
        add(CoreError(code, message, at: origin.at(line: line, column: column)))
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
                at: origin))
        }
        return DiagnosticList(diagnostics)
    }
}
