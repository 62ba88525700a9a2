import ServiceBenchCore

/// The error of the ingestion layer: a raw export that cannot be read, or one of its records.
package struct IngestError: ServiceBenchDiagnostic {
    package enum Code: String, Sendable {
        /// The input file cannot be opened or read (exit 66).
        case unreadableFile
        /// The header lacks a column the computation needs.
        case missingColumn
        /// `--columns`, `--timezone` or another option that does not fit the input (exit 64).
        case badMapping
        /// A record that cannot be used (exit 65); `reason` says why.
        case badRecord
        /// The input holds no record at all.
        case emptyInput
        /// The input as a whole exceeds a bound of `IngestLimits` (exit 65), at the line named.
        case limitExceeded
    }

    package var code: Code
    package var message: String
    package var location: SourceLocation?
    package var cause: (any Error & Sendable)?
    /// For `badRecord`: the stable reason code (`bad-timestamp`, `ragged-row`, ...).
    package var reason: String?

    package init(_ code: Code, _ message: String, at location: SourceLocation? = nil, reason: String? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.reason = reason
        self.cause = cause
    }

    package var exitCode: ExitCode {
        switch code {
        case .unreadableFile: return .noInput
        case .badMapping: return .usage
        case .missingColumn, .badRecord, .emptyInput, .limitExceeded: return .dataError
        }
    }
}
