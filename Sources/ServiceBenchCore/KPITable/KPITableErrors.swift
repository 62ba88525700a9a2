/// The problems found in one KPI table, collected so that all of them are reported at once, up to
/// `limit`; the reader stops there, and one last message says so.
struct KPITableErrors {
    let file: String
    let limit: Int
    private(set) var errors: [CoreError] = []

    init(file: String, limit: Int) {
        self.file = file
        self.limit = limit
    }

    var isFull: Bool { errors.count >= limit }

    /// Records a problem at `line`, `column` of the file (1-based; nil when unknown).
    mutating func add(_ code: CoreError.Code, _ message: String, line: Int?, column: Int?) {
        add(CoreError(code, message, at: SourceLocation(file: file, line: line, column: column)))
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
                at: SourceLocation(file: file)))
        }
        return DiagnosticList(diagnostics)
    }
}
