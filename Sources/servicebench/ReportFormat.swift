import ArgumentParser
import ServiceBenchReport

/// What `report --format` writes: the JSON of every figure, the terminal table, or an HTML5 or XHTML
/// report. Each has the file extension that `--output` may end in.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case json
    case text
    case html
    case xhtml

    /// The markup serialization, for html and xhtml.
    var markup: MarkupFormat? { MarkupFormat(rawValue: rawValue) }

    /// The `--output` extensions that make it a file, and the format of each.
    static let byExtension: [String: ReportFormat] = ["html": .html, "htm": .html, "xhtml": .xhtml, "json": .json, "txt": .text]

    /// The file extension, without the dot: `txt` for text.
    var fileExtension: String { self == .text ? "txt" : rawValue }
}
