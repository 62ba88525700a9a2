/// The language a report is written in. French is the default.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case fr
    case en
}

/// The markup serialization of a report: HTML5 (`.html`, `<!DOCTYPE html>`) or its XML serialization
/// XHTML (`.xhtml`, `<?xml …?>`, served as `application/xhtml+xml`). Both come from the same templates
/// and both are well-formed XML.
public enum MarkupFormat: String, Sendable, CaseIterable {
    case html
    case xhtml

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }
}
