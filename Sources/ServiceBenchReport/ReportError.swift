import ServiceBenchCore

/// The error of the report layer: templates, texts, markup checks and report options.
public struct ReportError: ServiceBenchDiagnostic {
    public enum Code: String, Sendable {
        /// The templates directory, a template or a text file cannot be read.
        case missingTemplate
        /// A template that swift-mustache cannot parse.
        case templateSyntax
        /// A partial referenced by a template that does not exist.
        case missingPartial
        /// A text file (`i18n/fr.json`) that cannot be read or lacks a text.
        case badTexts
        /// A rendered document that is not well-formed XML (a template problem).
        case malformedMarkup
        /// Options that cannot be satisfied (a bad `--date`, several companies without a directory).
        case invalidOption
        /// Nothing to render.
        case emptyInput
    }

    public var code: Code
    public var message: String
    public var location: SourceLocation?
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.cause = cause
    }

    public var exitCode: ExitCode {
        switch code {
        case .missingTemplate: return .noInput
        case .invalidOption: return .usage
        case .emptyInput: return .dataError
        case .templateSyntax, .missingPartial, .badTexts, .malformedMarkup: return .software
        }
    }
}
