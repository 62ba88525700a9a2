import ArgumentParser
import Foundation
import ServiceBenchCore
import ServiceBenchIngest

/// `servicebench kpis`: computes catalogue KPIs from raw exports and writes them as a long KPI table.
struct KPIsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpis",
        abstract: "Compute KPIs from raw exports (calls CSV, Asterisk queue_log, tickets, surveys).",
        discussion: """
            Writes company,period,kpi,value (the long KPI table that 'report' reads). With --by queue, \
            each queue's figures follow the company's under the name 'COMPANY / QUEUE'. Bad records stop \
            the command with exit code 65 and their file, line and column, unless --skip-invalid.
            """)

    @Argument(help: "Raw export files ('-' for standard input).")
    var inputs: [String]

    /// `--format`: the long KPI table as CSV, or as JSON with the data quality.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case csv
        case json

        /// The `--output` extensions that say the format.
        static let byExtension: [String: Format] = ["csv": .csv, "json": .json]
    }

    @Option(help: "Kind of export.")
    var source: RawExportKind

    @Option(help: "Company name written in the table.")
    var company: String = "Company"

    @Option(help: "Period grouping: quarter, month or none; or one period (2026-Q1, 2026-03, 2026) holding every record.")
    var period: String = "quarter"

    @OptionGroup(title: "Reading the exports")
    var ingest: IngestArguments

    @Option(help: "Output format (default: the --output file's extension, else csv).")
    var format: Format?

    @Option(name: .shortAndLong, help: "Output file, named on standard error when written (standard output when absent).")
    var output: String?

    func run() throws {
        try reportingErrors {
            let options = try makeOptions()
            let format = try OutputPath.format(given: format, output: output, byExtension: Format.byExtension) ?? format ?? .csv
            let result = try RawExportIngester.ingest(files: inputs, kind: source, options: options)
            for line in KPITableFormatter.rejectionSummary(result.table) { try printError("warning: " + line) }
            let text = format == .json ? KPITableFormatter.json(result.table, detail: result.detail) : KPITableFormatter.csv(result.table)
            try emit(text, to: output)
            if let output, output != "-" { try OutputPath.announce([output]) }
        }
    }

    func makeOptions() throws -> IngestOptions {
        var options = try ingest.options(company: company, period: .quarter, kind: source)
        // `kpis` prints no breakdowns: not gathering them keeps its read of a calls export lean.
        options.breakdowns = false
        if let grouping = PeriodGrouping(rawValue: period) {
            options.period = grouping
        } else if let fixed = Period(parsing: period) {
            options.fixedPeriod = fixed
        } else {
            throw UsageError("unknown --period '\(period)'; use quarter, month, none, or one period such as 2026-Q1")
        }
        return options
    }
}
