import Foundation
import ServiceBenchCore
import ServiceBenchReport

/// Renders the HTML5 or XHTML reports of `comparisons` and writes them; called by `ReportCommand`.
///
/// - One company and no `--output` (or `-`): the report goes to standard output.
/// - One company and `--output FILE.html|FILE.xhtml`, or a character device or FIFO (`/dev/null`):
///   that file, the device written in place. Any other `--output` is a directory, which receives
///   `COMPANY.html`.
/// - Several companies: `--output DIR` is required; it receives one report per company and an index page.
/// Every document is rendered and checked before anything is written; each file is written atomically.
func writeMarkupReports(
    comparisons: [CompanyComparison], reference: ReferenceData, format markup: MarkupFormat, language lang: ReportLanguage,
    templatesDirectory: String?, title: String?, date: String?, output: String?,
    staffing: [String: StaffingReportData] = [:]
) throws {
    if let date { _ = try ReportOptions.parseDate(date) }
    guard !comparisons.isEmpty else {
        throw ReportError(.emptyInput, "no company to report on; check that the input has measurements")
    }
    let toStandardOutput = output == nil || output == "-"
    if comparisons.count > 1 && toStandardOutput {
        throw UsageError("the input holds \(comparisons.count) companies; pass --output DIR to write one report per company and an index page")
    }
    let directory = try ResourceLocator.require("templates", given: templatesDirectory, option: "--templates")
    let writer = try ReportWriter(
        templatesDirectory: directory, reference: reference, options: ReportOptions(language: lang, format: markup, title: title, date: date))

    if comparisons.count == 1, let comparison = comparisons.first {
        let document = try writer.renderReport(comparison, staffing: staffing[comparison.company.name])
        guard let output, output != "-" else {
            try StandardStream.output.write(document.bytes)
            return
        }
        let isFile = output.hasSuffix(".html") || output.hasSuffix(".xhtml") || output.hasSuffix(".htm")
        if isFile || AtomicFile.destination(output) == .device {
            try AtomicFile.write(document.bytes, to: output)
        } else {
            try ReportWriter.write([document], toDirectory: output)
        }
        return
    }
    guard let output else { return }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
        throw UsageError("--output '\(output)' is a file; several companies need a directory (it is created when missing)")
    }
    try writer.write(comparisons, staffing: staffing, toDirectory: output)
}
