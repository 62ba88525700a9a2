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

    @Option(name: .customLong("max-rejected"), help: "With --skip-invalid, the most records of a file that may be skipped, in percent (beyond it: exit 65).")
    var maxRejected: String = "1%"

    @Option(help: "A vendor export's layout: 3cx, aircall, ringover, talkdesk, talkdesk-legacy, genesys-cloud, asterisk-cdr (calls); zendesk, freshdesk, intercom (tickets); zendesk-satisfaction, intercom-ratings (surveys); or a preset file (see the README).")
    var preset: String?

    @Option(help: "Column mapping: field=Header,... (e.g. enter_ts=StartTime,answer_ts=AnswerTime).")
    var columns: String?

    @Option(name: .customLong("time-format"), help: "How timestamps are written: recognised by their shape (auto), ISO 8601, dd/MM/yyyy HH:mm[:ss] (dmy) or Unix seconds (epoch).")
    var timeFormatOption: TimeFormat?

    var timeFormat: TimeFormat { timeFormatOption ?? .auto }
    var timeFormatGiven: Bool { timeFormatOption != nil }

    @Option(help: "IANA time zone for local times (Europe/Paris).")
    var timezone: String?

    @Option(help: "Threads reading one file.")
    var threads: ThreadCount = .two

    /// The ingest options of one of `report`'s raw sources (`--calls NAME:path`, a project file's
    /// source): these options with the source's own preset and column mapping in place of
    /// `--preset` and `--columns`.
    func options(for source: RawSourceArgument, company: String, period: PeriodGrouping) throws -> IngestOptions {
        var arguments = self
        if let preset = source.preset { arguments.preset = preset }
        if let columns = source.columns { arguments.columns = columns }
        return try arguments.options(company: company, period: period, kind: source.kind)
    }

    /// The ingest options for `company`, grouped by `period`, reading an export of `kind`.
    func options(company: String, period: PeriodGrouping, kind: RawExportKind) throws -> IngestOptions {
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
        let percent = maxRejected.trimmingCharacters(in: .whitespaces)
        guard let fraction = Double(percent.hasSuffix("%") ? String(percent.dropLast()).trimmingCharacters(in: .whitespaces) : percent), fraction.isFinite, (0...100).contains(fraction) else {
            throw UsageError("--max-rejected takes a percentage between 0 and 100 (1%, 0.5), not '\(maxRejected)'")
        }
        options.maximumRejectedFraction = fraction / 100
        if let preset {
            let loaded = try Self.loadPreset(preset)
            guard loaded.kind == kind else {
                throw UsageError("the preset '\(preset)' reads \(loaded.kind.rawValue) exports, not \(kind.rawValue); pass --source \(loaded.kind.rawValue)")
            }
            loaded.apply(to: &options, timeFormatGiven: timeFormatGiven)
        }
        options.timeZone = timezone
        options.threads = threads.rawValue
        options.progress = isatty(2) != 0
        return options
    }
}

extension IngestArguments {
    /// The preset named `name` (`benchmarks-data/presets/NAME.csv`), or the preset file at `name`
    /// when it is a path (holds a `/` or ends in `.csv`).
    static func loadPreset(_ name: String) throws -> ExportPreset {
        if name.contains("/") || name.hasSuffix(".csv") {
            return try ExportPreset.load(path: name, name: (name as NSString).lastPathComponent)
        }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
            throw UsageError("unknown preset '\(name)'; give a preset name (3cx, zendesk …) or a preset file's path")
        }
        let directory = try ResourceLocator.require("benchmarks-data", given: nil, option: "SERVICEBENCH_HOME") + "/presets"
        let path = directory + "/" + name.lowercased() + ".csv"
        guard FileManager.default.fileExists(atPath: path) else {
            let known = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
            throw UsageError("unknown preset '\(name)'; the presets are \(known.joined(separator: ", ")), or give a preset file's path")
        }
        return try ExportPreset.load(path: path, name: name.lowercased())
    }
}
