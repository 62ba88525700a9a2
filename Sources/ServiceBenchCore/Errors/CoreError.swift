/// The error of the core layer: reference data, KPI tables, comparison, staffing, XML.
package struct CoreError: ServiceBenchDiagnostic {
    package enum Code: String, Sendable {
        /// A file cannot be opened or read.
        case unreadableFile
        /// XML that is not well formed.
        case malformedXML
        /// XML that does not follow its schema.
        case schemaViolation
        /// Reference data that follows the schema but makes no sense (a share of 1.4, points out of order).
        case inconsistentReferenceData
        /// A KPI table row or cell that cannot be read.
        case badTable
        /// An Excel workbook that cannot be read: not a ZIP archive, damaged, encrypted, a missing
        /// part, or beyond the reader's bounds (a zip bomb, a huge sheet).
        case badWorkbook
        /// A value outside its KPI's domain.
        case valueOutOfDomain
        /// A KPI id that the catalogue does not know.
        case unknownKPI
        /// Text that is not valid in the declared encoding.
        case badEncoding
        /// A request that the data cannot satisfy (no such company or period).
        case notFound
        /// Arguments that are wrong (a staffing target that cannot be parsed).
        case invalidArgument
        /// Standard output or standard error cannot be written (exit 74).
        case streamWriteFailed
    }

    package var code: Code
    package var message: String
    package var location: SourceLocation?
    package var cause: (any Error & Sendable)?

    package init(_ code: Code, _ message: String, at location: SourceLocation? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.cause = cause
    }

    package var exitCode: ExitCode {
        switch code {
        case .unreadableFile: return .noInput
        case .invalidArgument: return .usage
        case .notFound: return .usage
        case .streamWriteFailed: return .ioError
        default: return .dataError
        }
    }
}
