import ServiceBenchCore

/// The error of the staffing layer: a request the models cannot plan (a share outside 0–100 %, a
/// negative volume, opening hours that make no sense, an hour of the week given twice).
package struct StaffingError: ServiceBenchDiagnostic {
    package enum Code: String, Sendable {
        /// A figure of the request outside what the models take; the message says which and why.
        case invalidArgument
    }

    package let code: Code
    package let message: String
    package let location: SourceLocation?
    package let cause: (any Error & Sendable)?

    package init(_ code: Code, _ message: String, at location: SourceLocation? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.cause = cause
    }

    /// A staffing request comes from the command line (`staffing`) or from the report's own figures;
    /// either way a figure outside the models' domain is a usage error (64).
    package var exitCode: ExitCode {
        switch code {
        case .invalidArgument: return .usage
        }
    }
}
