import ArgumentParser
import Foundation
import ServiceBenchIngest

/// The options that say how raw exports are read and which KPI variants are computed; shared by
/// `kpis` and `report --source`.
struct IngestArguments: ParsableArguments {
    /// `--by`: a further grouping beside the company's figures.
    enum Grouping: String, CaseIterable, ExpressibleByArgument {
        /// Each queue's figures under `COMPANY / QUEUE` (calls and queue-log).
        case queue
    }

    /// `--threads`: how many threads read one file (inputs over 8 MB are split in two halves).
    enum ThreadCount: Int, CaseIterable, ExpressibleByArgument {
        case one = 1
        case two = 2
    }

    @Option(name: .customLong("by"), help: "Also group by queue (calls and queue-log).")
    var groupBy: Grouping?

    @Option(name: .customLong("service-level"), help: "Service-level thresholds in seconds, e.g. 20,60.")
    var serviceLevel: String = "20,60"

    @Option(name: .customLong("sl-formula"), help: "Service-level formula (ICMI #3, #2, #1, #4, #5; see the README).")
    var slFormula: ServiceLevelFormula = .offered

    @Option(name: .customLong("short-abandon"), help: "Short-abandon threshold in seconds (exclude-short-abandons).")
    var shortAbandon: Int = 5

    @Flag(name: .customLong("skip-invalid"), help: "Skip bad records, counted by reason, instead of stopping.")
    var skipInvalid = false

    @Option(help: "Column mapping: field=Header,... (e.g. enter_ts=StartTime,answer_ts=AnswerTime).")
    var columns: String?

    @Option(name: .customLong("time-format"), help: "How timestamps are written: recognised by their shape (auto), ISO 8601, dd/MM/yyyy HH:mm[:ss] (dmy) or Unix seconds (epoch).")
    var timeFormat: TimeFormat = .auto

    @Option(help: "IANA time zone for local times (Europe/Paris).")
    var timezone: String?

    @Option(help: "Threads reading one file.")
    var threads: ThreadCount = .two

    /// The ingest options of one of `report`'s raw sources (`--calls NAME:path`, a project file's
    /// source): these options with the source's own preset and column mapping in place of `--columns`.
    func options(for source: RawSourceArgument, company: String, period: PeriodGrouping) throws -> IngestOptions {
        var arguments = self
        if let preset = source.preset {
            // The preset is read as `--preset NAME` is; until vendor presets are in this build, it is refused.
            throw UsageError(
                "\(RawSourceArgument.option(for: source.kind)) \(preset):\(source.path) names the vendor preset '\(preset)', "
                    + "and this build has no vendor presets; give the export's columns instead (--columns, or columns = \"field=Header,…\" in the project file)")
        }
        if let columns = source.columns { arguments.columns = columns }
        return try arguments.options(company: company, period: period)
    }

    /// The ingest options for `company`, grouped by `period`.
    func options(company: String, period: PeriodGrouping) throws -> IngestOptions {
        var options = IngestOptions(company: company, period: period)
        options.byQueue = groupBy == .queue
        var thresholds: [Int] = []
        for part in serviceLevel.split(separator: ",") {
            guard let value = Int(part.trimmingCharacters(in: .whitespaces)), value >= 0 else {
                throw UsageError("--service-level takes whole seconds separated by commas (20,60), not '\(serviceLevel)'")
            }
            if !thresholds.contains(value) { thresholds.append(value) }
        }
        options.serviceLevelThresholds = thresholds
        options.serviceLevelFormula = slFormula
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
        options.timeFormat = timeFormat
        options.timeZone = timezone
        options.threads = threads.rawValue
        options.progress = isatty(2) != 0
        return options
    }
}
