import ArgumentParser
import ServiceBenchReport

/// What `report --format` writes: the JSON of every figure, the terminal table, an HTML5 or XHTML
/// report, an HTML5 or XHTML slide deck, an Excel workbook of every figure, or its KPIs sheet as CSV.
/// Each has the file extension that `--output` may end in.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case json
    case text
    case html
    case xhtml
    case slides
    case slidesXHTML = "slides-xhtml"
    case xlsx
    case csv

    /// The markup serialization, for reports and decks.
    var markup: MarkupFormat? {
        switch self {
        case .html, .slides: return .html
        case .xhtml, .slidesXHTML: return .xhtml
        case .json, .text, .xlsx, .csv: return nil
        }
    }

    /// A report or a deck, for the markup formats.
    var document: ReportOptions.Document { self == .slides || self == .slidesXHTML ? .deck : .report }

    /// The format an `--output` extension must name for this one: a deck is an `.html` or `.xhtml` file.
    var extensionFormat: ReportFormat {
        switch self {
        case .slides: return .html
        case .slidesXHTML: return .xhtml
        default: return self
        }
    }

    /// The `--output` extensions that make it a file, and the format of each.
    static let byExtension: [String: ReportFormat] = ["html": .html, "htm": .html, "xhtml": .xhtml, "json": .json, "txt": .text, "xlsx": .xlsx, "csv": .csv]

    /// The file extension, without the dot: `txt` for text.
    var fileExtension: String { self == .text ? "txt" : extensionFormat.rawValue }
}
