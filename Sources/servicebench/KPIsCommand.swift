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

    @Option(help: "Kind of export: calls, queue-log, tickets or surveys.")
    var source: String

    @Option(help: "Company name written in the table.")
    var company: String = "Company"

    @Option(help: "Period grouping: quarter, month or none; or one period (2026-Q1, 2026-03, 2026) holding every record.")
    var period: String = "quarter"

    @Option(name: .customLong("by"), help: "Also group by 'queue' (calls and queue-log).")
    var groupBy: String?

    @Option(name: .customLong("service-level"), help: "Service-level thresholds in seconds, e.g. 20,60.")
    var serviceLevel: String = "20"

    @Option(name: .customLong("sl-formula"), help: "offered (default), answered, abandons-within-met, exclude-abandons-within, exclude-short-abandons.")
    var slFormula: String = "offered"

    @Option(name: .customLong("short-abandon"), help: "Short-abandon threshold in seconds (exclude-short-abandons).")
    var shortAbandon: Int = 5

    @Flag(name: .customLong("skip-invalid"), help: "Skip bad records, counted by reason, instead of stopping.")
    var skipInvalid = false

    @Option(help: "Column mapping: field=Header,... (e.g. enter_ts=StartTime,answer_ts=AnswerTime).")
    var columns: String?

    @Option(name: .customLong("time-format"), help: "auto, iso8601, dmy (dd/MM/yyyy HH:mm:ss) or epoch.")
    var timeFormat: String = "auto"

    @Option(help: "IANA time zone for local times (Europe/Paris).")
    var timezone: String?

    @Option(help: "Threads: 1 or 2.")
    var threads: Int = 2

    @Option(help: "Output format: csv or json.")
    var format: String = "csv"

    @Option(name: .shortAndLong, help: "Output file (standard output when absent).")
    var output: String?

    func run() throws {
        try reportingErrors {
            let options = try makeOptions()
            guard let kind = RawExportKind(rawValue: source) else {
                throw UsageError("unknown --source '\(source)'; use calls, queue-log, tickets or surveys")
            }
            guard format == "csv" || format == "json" else { throw UsageError("unknown --format '\(format)'; use csv or json") }
            let result = try RawExportIngester.ingest(files: inputs, kind: kind, options: options)
            for line in KPITableFormatter.rejectionSummary(result.table) { printError("warning: " + line) }
            let text = format == "json" ? KPITableFormatter.json(result.table) : KPITableFormatter.csv(result.table)
            try emit(text, to: output)
        }
    }

    func makeOptions() throws -> IngestOptions {
        var options = IngestOptions(company: company)
        if let grouping = PeriodGrouping(rawValue: period) {
            options.period = grouping
        } else if let fixed = Period(parsing: period) {
            options.fixedPeriod = fixed
        } else {
            throw UsageError("unknown --period '\(period)'; use quarter, month, none, or one period such as 2026-Q1")
        }
        if let groupBy {
            guard groupBy == "queue" else { throw UsageError("unknown --by '\(groupBy)'; only 'queue' is supported") }
            options.byQueue = true
        }
        var thresholds: [Int] = []
        for part in serviceLevel.split(separator: ",") {
            guard let value = Int(part.trimmingCharacters(in: .whitespaces)), value >= 0 else {
                throw UsageError("--service-level takes whole seconds separated by commas (20,60), not '\(serviceLevel)'")
            }
            if !thresholds.contains(value) { thresholds.append(value) }
        }
        options.serviceLevelThresholds = thresholds
        guard let formula = ServiceLevelFormula(rawValue: slFormula) else {
            throw UsageError("unknown --sl-formula '\(slFormula)'; use \(ServiceLevelFormula.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        options.serviceLevelFormula = formula
        guard shortAbandon >= 0 else { throw UsageError("--short-abandon must be 0 or more seconds") }
        options.shortAbandonSeconds = shortAbandon
        options.skipInvalid = skipInvalid
        if let columns {
            switch ColumnMapping.parse(columns) {
            case .success(let mapping): options.columns = mapping
            case .failure(let error): throw UsageError("--columns takes field=Header pairs separated by commas; cannot read '\(error.part)'")
            }
        }
        let formatName = timeFormat == "dd/MM/yyyy HH:mm:ss" ? "dmy" : timeFormat
        guard let parsedFormat = TimeFormat(rawValue: formatName) else { throw UsageError("unknown --time-format '\(timeFormat)'; use auto, iso8601, dmy or epoch") }
        options.timeFormat = parsedFormat
        options.timeZone = timezone
        guard threads == 1 || threads == 2 else { throw UsageError("--threads must be 1 or 2") }
        options.threads = threads
        options.progress = isatty(2) != 0
        return options
    }
}
