import ArgumentParser
import Foundation
import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compare companies' KPIs with published studies, targets, a peer panel and the previous period.",
        discussion: """
            INPUT is a KPI table (CSV, long `company,period,kpi,value` or wide `company,period,<kpi>…`; \
            `,` or `;`; decimal comma; UTF-8 or Windows-1252; or an Excel .xlsx workbook, its first sheet \
            or --sheet NAME), or with --source a raw export (calls CSV, \
            Asterisk queue_log, tickets CSV, surveys CSV) from which the KPIs are computed first. `-` reads \
            standard input. Each company's latest period is reported unless --period is given.

            --format json|text writes to standard output unless --output is given. --format html|xhtml \
            writes one report per company (into the --output directory when there are several, with an \
            index page). --example renders the bundled fictional example company.
            """
    )

    @Argument(help: "KPI tables or raw exports to read.")
    var inputs: [String] = []

    @Option(help: "The sheet of an Excel .xlsx KPI table to read (default: its first sheet).")
    var sheet: String?

    @Flag(help: "Render the bundled example company (examples/) instead of INPUT.")
    var example = false

    @Option(help: "What INPUT is: kpi-table, calls, queue-log, tickets or surveys.")
    var source: String = "kpi-table"

    @Option(help: "Report on this company only (default: every company of the input).")
    var company: String?

    @Option(help: "Report this period (2026-Q1, 2026-01, 2026 or T1 2026) instead of the latest; with --source, also quarter, month or none: how raw records are grouped (the latest period is reported).")
    var period: String?

    @Option(help: "Service profile whose targets apply (technical-hotline, general-inbound, outbound-sales, …); default: the input's profile column.")
    var profile: String?

    @Option(help: "A KPI table of peer companies (default: the input's other companies).")
    var panel: String?

    @Option(help: "Reference data directory (default: the bundled benchmarks-data).")
    var dataDir: String?

    @Option(help: "json, text, html or xhtml.")
    var format: String?

    @Option(help: "Output file (json, text, one html/xhtml report) or directory (several reports); default: standard output.")
    var output: String?

    @Option(help: "Report language for html/xhtml: fr (default) or en.")
    var lang: String = "fr"

    @Option(help: "Templates directory for html/xhtml (default: the bundled templates).")
    var templates: String?

    @Option(help: "Report title for html/xhtml.")
    var title: String?

    @Option(help: "Date printed on the report (YYYY-MM-DD); no date is printed unless given.")
    var date: String?

    @OptionGroup(title: "Raw exports (with --source)")
    var ingest: IngestArguments

    func run() throws {
        try reportingErrors {
            let dataDirectory = try ResourceLocator.require("benchmarks-data", given: dataDir, option: "--data-dir")
            let reference = try ReferenceDataLoader.load(directory: dataDirectory)
            if example {
                try runExample(reference: reference)
                return
            }
            guard !inputs.isEmpty else {
                throw UsageError("give a KPI table or a raw export to read (or --example for the bundled example)")
            }
            let format = try self.format.map(Self.checkedFormat) ?? "json"
            let (comparisons, calls) = try compare(inputs: inputs, panelPath: panel, reference: reference)
            try write(comparisons, calls: calls, reference: reference, format: format, output: output)
        }
    }

    static func checkedFormat(_ text: String) throws -> String {
        guard ["json", "text", "html", "xhtml"].contains(text) else {
            throw UsageError("unknown format '\(text)'; use json, text, html or xhtml")
        }
        return text
    }

    /// Reads the inputs and the panel, and compares. `names` are the names used for the inputs in
    /// messages and in the report (the paths themselves unless given).
    /// Returns the comparisons and, for raw call exports, the calls' detail (for the staffing what-if).
    func compare(
        inputs: [String], names: [String]? = nil, panelPath: String?, reference: ReferenceData
    ) throws -> ([CompanyComparison], [CallGroupDetail]) {
        var table = KPITable()
        var calls: [CallGroupDetail] = []
        if source == "kpi-table" {
            for (offset, input) in inputs.enumerated() {
                let name = names?[offset] ?? InputFile.displayName(input)
                table.merge(try KPITableReader.read(bytes: try InputFile.read(input), name: name, catalogue: reference.kpis, sheet: sheet))
            }
        } else {
            guard sheet == nil else {
                throw UsageError("--sheet names a sheet of an Excel KPI table; raw exports (--source \(source)) are read as CSV")
            }
            guard let kind = RawExportKind(rawValue: source) else {
                throw UsageError("unknown --source '\(source)'; use kpi-table (the default), calls, queue-log, tickets or surveys")
            }
            // Raw records are grouped as `kpis --period` does: by a grouping word, or by the
            // granularity of the period asked for (2026-03 groups by month), quarters by default.
            let options = try ingest.options(company: company ?? "Company", period: rawGrouping() ?? .quarter)
            let result = try RawExportIngester.ingest(files: inputs, kind: kind, options: options)
            table = result.table
            calls = result.detail.calls
        }
        let panelTable = try panelPath.map { path in try KPITableReader.read(path: path, catalogue: reference.kpis) }
        let requestedPeriod = try self.requestedPeriod()
        let request = ComparisonEngine.Request(
            companies: company.map { [$0] } ?? [], period: requestedPeriod, profile: profile)
        return (try ComparisonEngine(reference: reference).compare(table, panel: panelTable, request: request), calls)
    }

    /// The period `--period` names, or nil for the latest (also when it is a grouping word).
    func requestedPeriod() throws -> Period? {
        guard let text = period else { return nil }
        if PeriodGrouping(rawValue: text) != nil {
            guard source != "kpi-table" else {
                throw UsageError("--period \(text) groups raw exports (with --source calls, queue-log, tickets or surveys); a KPI table has its own periods: name one, such as 2026-Q1 or 2026-03")
            }
            return nil
        }
        guard let parsed = Period(parsing: text) else {
            throw UsageError("cannot read the period '\(text)'; use 2026-Q1, 2026-01, 2026 or T1 2026 (or, with --source, quarter, month or none)")
        }
        return parsed
    }

    /// How raw exports are grouped: `--period quarter|month|none`, or by month for a month asked for
    /// (2026-03), else by quarter.
    func rawGrouping() -> PeriodGrouping? {
        guard let text = period else { return nil }
        if let grouping = PeriodGrouping(rawValue: text) { return grouping }
        guard let parsed = Period(parsing: text) else { return nil }
        return parsed.granularity == .month ? .month : .quarter
    }

    func write(
        _ comparisons: [CompanyComparison], calls: [CallGroupDetail], reference: ReferenceData, format: String, output: String?
    ) throws {
        switch format {
        case "json":
            let staffing = try ReportStaffing.data(for: comparisons, calls: calls, reference: reference)
            try emitPieces(to: output) { write in try ComparisonJSON.stream(comparisons, staffing: staffing, to: write) }
        case "text":
            try emit(ComparisonText.render(comparisons), to: output)
        default:
            try writeMarkupReports(
                comparisons: comparisons, reference: reference, format: format, language: lang,
                templatesDirectory: templates, title: title, date: date, output: output,
                staffing: try ReportStaffing.data(for: comparisons, calls: calls, reference: reference))
        }
    }

    /// The bundled example: the fictional Opaline Énergie against the fictional panel, as HTML, XHTML
    /// and JSON in `servicebench-example/` (or `--output`).
    func runExample(reference: ReferenceData) throws {
        let examples = try ResourceLocator.require("examples", given: nil, option: "SERVICEBENCH_HOME")
        let input = examples + "/opaline-energie.csv"
        let panel = examples + "/panel.csv"
        // Named as in the checkout, so the report reads the same wherever the checkout is.
        let (comparisons, calls) = try compare(
            inputs: [input], names: ["examples/opaline-energie.csv"], panelPath: panel, reference: reference)
        let directory = output ?? "servicebench-example"
        let formats = try format.map { [try Self.checkedFormat($0)] } ?? ["html", "xhtml", "json"]
        var written: [String] = []
        for format in formats {
            let extensionName = format == "text" ? "txt" : format
            let path = directory + "/report." + extensionName
            try write(comparisons, calls: calls, reference: reference, format: format, output: path)
            written.append(path)
        }
        try printOutput(written.joined(separator: "\n"))
    }
}
