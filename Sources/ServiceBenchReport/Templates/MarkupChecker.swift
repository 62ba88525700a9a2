import ServiceBenchCore

/// Parses a rendered document as XML with the core libxml2 wrapper (network off, no entities), so
/// that nothing malformed is ever written. An error names the template and line that most likely
/// produced the faulty markup.
enum MarkupChecker {
    static func check(_ bytes: [UInt8], name: String, templates: TemplateSet) throws(ReportError) {
        do {
            try XMLWellFormedness.check(bytes)
        } catch {
            let line = error.issues.first?.line ?? 1
            let message = error.issues.first?.message ?? "not well-formed"
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let outputLine = line >= 1 && line <= lines.count ? String(lines[line - 1]) : ""
            let origin = templates.locate(outputLine: outputLine)
            let where_ = origin == nil ? "a template of \(templates.directory)" : "this template line"
            throw ReportError(
                .malformedMarkup,
                "the rendered document '\(name)' is not well-formed XML at its line \(line): \(message); the markup comes from \(where_) — close every element, write <br/> not <br>, and use characters, not named entities like &nbsp;",
                at: origin ?? SourceLocation(file: templates.directory))
        }
    }
}
