import ServiceBenchCore

/// The error of the ingestion layer: a raw export that cannot be read, or one of its records.
public struct IngestError: ServiceBenchDiagnostic {
    public enum Code: String, Sendable {
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

    public var code: Code
    public var message: String
    public var location: SourceLocation?
    public var cause: (any Error & Sendable)?
    /// For `badRecord`: the stable reason code (`bad-timestamp`, `ragged-row`, ...).
    public var reason: String?

    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil, reason: String? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.reason = reason
        self.cause = cause
    }

    public var exitCode: ExitCode {
        switch code {
        case .unreadableFile: return .noInput
        case .badMapping: return .usage
        case .missingColumn, .badRecord, .emptyInput, .limitExceeded: return .dataError
        }
    }
}
