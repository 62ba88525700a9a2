/// Where a problem was found: a file, and where known a line and column (both 1-based). In a
/// workbook's sheet, `sheet` is the sheet's name, `line` the row and `column` the column (1 is A).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    public var line: Int?
    public var column: Int?

    public init(file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
    }

    /// `file:line:col`, leaving out what is unknown; in a sheet `file, sheet NAME, cell B7` (or
    /// `row 7` when the column is unknown).
    public var description: String {
        if let sheet {
            var text = "\(file), sheet \(sheet)"
            if let line, line > 0 {
                if let column, let letters = CellReference.columnLetters(column) {
                    text += ", cell \(letters)\(line)"
                } else {
                    text += ", row \(line)"
                }
            }
            return text
        }
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, let column, line > 0 { text += ":\(column)" }
        return text
    }

    /// How a line is named in messages: `line 7`, or `row 7` in a sheet.
    public func lineName(_ line: Int) -> String {
        sheet == nil ? "line \(line)" : "row \(line)"
    }
}

/// The kind of failure, which fixes the process exit code (BSD `sysexits.h` values).
public enum ExitCode: Int32, Sendable {
    /// 64: the command line is wrong.
    case usage = 64
    /// 65: the input data is wrong (bad value, unknown KPI, schema violation).
    case dataError = 65
    /// 66: an input file does not exist or cannot be read.
    case noInput = 66
    /// 69: a program the command needs is not there (headless Chromium for `--pdf`).
    case unavailable = 69
    /// 70: an internal error (a template that does not produce well-formed markup, a bug).
    case software = 70
    /// 73: an output file cannot be written.
    case cannotCreate = 73
    /// 74: standard output or standard error cannot be written (a full device, a closed stream).
    case ioError = 74
}

/// What every layer's error type offers, so the command line can print any of them the same way:
/// `file:line:col: error: message`.
public protocol ServiceBenchDiagnostic: Error, CustomStringConvertible, Sendable {
    var exitCode: ExitCode { get }
    var message: String { get }
    var location: SourceLocation? { get }
    var cause: (any Error & Sendable)? { get }
}

extension ServiceBenchDiagnostic {
    /// The compiler-style line: `file:line:col: error: message`.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "error: \(message)"
        if let cause { text += " (\(cause))" }
        return text
    }
}

/// Several problems reported at once (reference data checks report every problem they find).
public struct DiagnosticList: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [any ServiceBenchDiagnostic]

    public init(_ diagnostics: [any ServiceBenchDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var exitCode: ExitCode {
        diagnostics.map(\.exitCode).max { $0.rawValue < $1.rawValue } ?? .dataError
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
