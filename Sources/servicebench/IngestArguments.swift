import ArgumentParser
import Foundation
import ServiceBenchIngest

/// The options that say how raw exports are read and which KPI variants are computed; shared by
/// `kpis` and `report --source`.
struct IngestArguments: ParsableArguments {
    @Option(name: .customLong("by"), help: "Also group by 'queue' (calls and queue-log).")
    var groupBy: String?

    @Option(name: .customLong("service-level"), help: "Service-level thresholds in seconds, e.g. 20,60.")
    var serviceLevel: String = "20,60"

    @Option(
        name: .customLong("sl-formula"),
        help: "offered (default), answered, abandons-within-met, exclude-abandons-within, exclude-short-abandons.")
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

    /// The export kind named by `--source`.
    static func kind(_ source: String) throws -> RawExportKind {
        guard let kind = RawExportKind(rawValue: source) else {
            throw UsageError("unknown --source '\(source)'; use calls, queue-log, tickets or surveys")
        }
        return kind
    }

    /// The ingest options for `company`, grouped by `period`.
    func options(company: String, period: PeriodGrouping) throws -> IngestOptions {
        var options = IngestOptions(company: company, period: period)
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
            throw UsageError(
                "unknown --sl-formula '\(slFormula)'; use \(ServiceLevelFormula.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        options.serviceLevelFormula = formula
        guard shortAbandon >= 0 else { throw UsageError("--short-abandon must be 0 or more seconds") }
        options.shortAbandonSeconds = shortAbandon
        options.skipInvalid = skipInvalid
        if let columns {
            switch ColumnMapping.parse(columns) {
            case .success(let mapping): options.columns = mapping
            case .failure(let error):
                throw UsageError("--columns takes field=Header pairs separated by commas; cannot read '\(error.part)'")
            }
        }
        let formatName = timeFormat == "dd/MM/yyyy HH:mm:ss" ? "dmy" : timeFormat
        guard let parsedFormat = TimeFormat(rawValue: formatName) else {
            throw UsageError("unknown --time-format '\(timeFormat)'; use auto, iso8601, dmy or epoch")
        }
        options.timeFormat = parsedFormat
        options.timeZone = timezone
        guard threads == 1 || threads == 2 else { throw UsageError("--threads must be 1 or 2") }
        options.threads = threads
        options.progress = isatty(2) != 0
        return options
    }
}
