import Foundation
import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchStaffing
import ServiceBenchReport

/// Renders the HTML5 or XHTML reports of `comparisons` and writes them; called by `ReportCommand`.
/// Returns the paths written (none for standard output).
///
/// - Standard output: the report of the one company (several companies need a directory).
/// - A file (`FILE.html`, `FILE.xhtml`, or a character device or FIFO such as `/dev/null`, written in
///   place): the report of the one company.
/// - A directory: `COMPANY.html` for one company; for several, one report per company and an index page.
/// Every document is rendered and checked before anything is written; each file is written atomically,
/// and a panel whole or not at all.
func writeMarkupReports(
    comparisons: [CompanyComparison], reference: ReferenceData, document: ReportOptions.Document = .report, format markup: MarkupFormat,
    language lang: ReportLanguage,
    templatesDirectory: String?, title: String?, date: String?, target: ReportDestination.Target,
    staffing: [String: StaffingReportData] = [:], details: [String: IngestDetail] = [:]
) throws -> [String] {
    if let date { _ = try ReportOptions.parseDate(date) }
    guard !comparisons.isEmpty else {
        throw ReportError(.emptyInput, "no company to report on; check that the input has measurements")
    }
    if comparisons.count > 1 {
        switch target {
        case .standardOutput:
            throw UsageError("the input holds \(comparisons.count) companies; pass --output DIR to write one report per company and an index page")
        case .file(let path):
            throw UsageError("--output '\(path)' is one file, and the input holds \(comparisons.count) companies; give a directory (--output DIR) to write one report per company and an index page, or --company NAME for one")
        case .directory:
            break
        }
    }
    let directory = try ResourceLocator.require("templates", given: templatesDirectory, option: "--templates")
    let writer = try ReportWriter(
        templatesDirectory: directory, reference: reference, options: ReportOptions(document: document, language: lang, format: markup, title: title, date: date))

    if comparisons.count == 1, let comparison = comparisons.first {
        let document = try writer.renderReport(comparison, staffing: staffing[comparison.company.name], detail: details[comparison.company.name])
        switch target {
        case .standardOutput:
            try StandardStream.output.write(document.bytes)
            return []
        case .file(let path):
            try AtomicFile.write(document.bytes, to: path)
            return [path]
        case .directory(let output):
            try ReportWriter.write([document], toDirectory: output)
            return [(output as NSString).appendingPathComponent(document.fileName)]
        }
    }
    guard case .directory(let output) = target else { return [] }
    let names = try writer.write(comparisons, staffing: staffing, details: details, toDirectory: output)
    return names.map { (output as NSString).appendingPathComponent($0) }
}
