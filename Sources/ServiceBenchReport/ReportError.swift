import ServiceBenchCore

/// The error of the report layer: templates, texts, markup checks and report options.
public struct ReportError: ServiceBenchDiagnostic {
    public enum Code: String, Sendable {
        /// The templates directory, a template or a text file cannot be read.
        case missingTemplate
        /// A template that is not valid Mustache (an unclosed tag or section, a mismatched close).
        case templateSyntax
        /// A template using a part of Mustache that ServiceBench's engine leaves out (inheritance,
        /// set delimiters, unescaped output, dynamic partials, pragmas, transforms).
        case unsupportedTemplate
        /// A partial referenced by a template that does not exist.
        case missingPartial
        /// A template that names a member its view does not have, or uses one the wrong way (a
        /// section over a text that is always there, a flag printed as text).
        case templateModelMismatch
        /// A partial that includes itself, directly or through others.
        case partialCycle
        /// Sections and partials nested deeper than `TemplateLimits.maximumNesting`.
        case templateTooDeep
        /// A template file larger than `TemplateLimits.maximumTemplateBytes`.
        case templateTooLarge
        /// A text file (`i18n/fr.json`) that cannot be read or lacks a text.
        case badTexts
        /// A rendered document that is not well-formed XML (a template problem).
        case malformedMarkup
        /// Options that cannot be satisfied (a bad `--date`, several companies without a directory).
        case invalidOption
        /// Nothing to render.
        case emptyInput
        /// `--pdf` without a headless Chromium to print with.
        case chromiumMissing
        /// Chromium printed no PDF, a broken one, or one with other than the expected pages.
        case pdfFailed
        /// A workbook past what Excel opens (more than 1,048,576 rows in a sheet) or a ZIP archive
        /// holds without ZIP64 (4 GiB): the figures are to be written as CSV, or for fewer companies.
        case workbookTooLarge
        /// zlib refused to compress the workbook (out of memory).
        case compressionFailed
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
        case .chromiumMissing: return .unavailable
        case .pdfFailed, .compressionFailed: return .software
        case .workbookTooLarge: return .dataError
        case .templateSyntax, .unsupportedTemplate, .missingPartial, .templateModelMismatch, .partialCycle, .templateTooDeep, .templateTooLarge, .badTexts, .malformedMarkup:
            return .software
        }
    }
}
