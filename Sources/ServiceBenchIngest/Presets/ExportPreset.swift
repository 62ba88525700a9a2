import ServiceBenchCore

/// How one vendor's export is read (`--preset NAME`): a file `benchmarks-data/presets/NAME.csv`, so
/// that a new vendor needs no rebuild. The file is a CSV read by the ingest scanner, header
/// `setting,value`, one setting a line; settings that take a list are repeated:
///
/// | setting | value |
/// |---|---|
/// | `kind` | `calls`, `tickets` or `surveys` (required) |
/// | `header` | `yes` (default) or `no`: without a header, columns are named `#1`, `#2` … |
/// | `column` | `field=Header` (or `field=#N`), as in `--columns` |
/// | `time-format` | as `--time-format` |
/// | `duration-unit` | `natural` (default), `milliseconds`, `seconds`, `minutes`, `hours`, `days` |
/// | `answered`, `abandoned`, `timeout` | an outcome word of calls |
/// | `inbound` | a `direction` word of an inbound call (the others are left out and counted) |
/// | `phone`, `email`, `chat` | a `channel` word of tickets |
/// | `survey-type` | `csat`, `nps`, `ces` or `ces5`: the type of every survey response (no `type` column) |
/// | `score` | `Word=number`: a score written as a word (`Good=5`) |
/// | `no-response` | a score word of a survey offered but not answered (an empty score is one too) |
/// | `note` | what the export cannot give, written in the data quality |
package struct ExportPreset: Sendable {
    package var name: String
    package var kind: RawExportKind
    package var hasHeader = true
    package var columns = ColumnMapping()
    package var timeFormat: TimeFormat?
    package var durationUnit: DurationUnit = .natural
    var outcomes = OutcomeWords.empty
    var inbound = WordList()
    var channels = ChannelWords.empty
    var surveyType: SurveyType?
    var scoreWords: [(words: WordList, score: Int)] = []
    var noResponse = WordList()
    package var notes: [String] = []

    /// The most lines a preset file may have.
    static let maximumLines = 1000

    /// Reads the preset file at `path`, named `name` in messages.
    package static func load(path: String, name: String) throws(IngestError) -> ExportPreset {
        let input = try InputSource(path: path)
        var collector = RecordCollector(file: input.displayName)
        var scanner = CSVScanner(separator: UInt8(ascii: ","), quoting: true)
        scanner.maxRecordBytes = 64 << 10
        _ = try scanner.scan(input: input, from: input.dataStart, softEnd: input.size, consumer: &collector)
        guard let header = collector.records.first?.cells, header.map({ $0.lowercased() }) == ["setting", "value"] else {
            throw IngestError(.badMapping, "a preset file starts with the header 'setting,value'", at: .init(file: input.displayName, line: 1))
        }
        var preset = ExportPreset(name: name, kind: .calls)
        var kindGiven = false
        for (number, record) in collector.records.enumerated().dropFirst() {
            let at = SourceLocation(file: input.displayName, line: record.line, column: 1)
            guard record.cells.count == 2 else {
                throw IngestError(.badMapping, "a preset line holds a setting and its value, quoted with \" when the value holds a comma (line \(number + 1))", at: at)
            }
            let setting = record.cells[0].lowercased()
            let value = record.cells[1]
            switch setting {
            case "kind":
                guard let kind = RawExportKind(rawValue: value), kind != .queueLog else {
                    throw IngestError(.badMapping, "unknown kind '\(Excerpt.of(value))'; use calls, tickets or surveys", at: at)
                }
                preset.kind = kind
                kindGiven = true
            case "header":
                guard value == "yes" || value == "no" else { throw IngestError(.badMapping, "header is yes or no, not '\(Excerpt.of(value))'", at: at) }
                preset.hasHeader = value == "yes"
            case "column":
                guard case .success(let mapping) = ColumnMapping.parse(value), mapping.names.count == 1, let field = mapping.names.keys.first else {
                    throw IngestError(.badMapping, "a column setting is field=Header, not '\(Excerpt.of(value))'", at: at)
                }
                if preset.columns.names[field] != nil {
                    throw IngestError(.badMapping, "the field '\(Excerpt.of(field))' is mapped twice", at: at)
                }
                preset.columns.names[field] = mapping.names[field]
            case "time-format":
                guard let format = TimeFormat(rawValue: value) else {
                    throw IngestError(.badMapping, "unknown time-format '\(Excerpt.of(value))'; use \(TimeFormat.allCases.map(\.rawValue).joined(separator: ", "))", at: at)
                }
                preset.timeFormat = format
            case "duration-unit":
                guard let unit = DurationUnit(rawValue: value) else {
                    throw IngestError(.badMapping, "unknown duration-unit '\(Excerpt.of(value))'; use \(DurationUnit.allCases.map(\.rawValue).joined(separator: ", "))", at: at)
                }
                preset.durationUnit = unit
            case "answered": preset.outcomes.answered.add(value)
            case "abandoned": preset.outcomes.abandoned.add(value)
            case "timeout": preset.outcomes.timedOut.add(value)
            case "inbound": preset.inbound.add(value)
            case "phone": preset.channels.phone.add(value)
            case "email": preset.channels.email.add(value)
            case "chat": preset.channels.chat.add(value)
            case "note": preset.notes.append(value)
            case "survey-type":
                guard let type = SurveyType(value) else { throw IngestError(.badMapping, "unknown survey-type '\(Excerpt.of(value))'; use csat, nps, ces or ces5", at: at) }
                preset.surveyType = type
            case "score":
                guard let equals = value.lastIndex(of: "="), let score = Int(String(value[value.index(after: equals)...]).trimmingWhitespace()) else {
                    throw IngestError(.badMapping, "a score setting is Word=number (Good=5), not '\(Excerpt.of(value))'", at: at)
                }
                preset.scoreWords.append((WordList([String(value[..<equals])]), score))
            case "no-response": preset.noResponse.add(value)
            default:
                throw IngestError(.badMapping, "unknown preset setting '\(Excerpt.of(setting))'", at: at)
            }
        }
        guard kindGiven else { throw IngestError(.badMapping, "the preset names no kind (calls, tickets or surveys)", at: .init(file: input.displayName)) }
        return preset
    }

    /// Sets `options` from the preset: its columns under those of `--columns` (which override them
    /// field by field), its formats, words and notes.
    package func apply(to options: inout IngestOptions, timeFormatGiven: Bool) {
        var merged = columns
        for (field, header) in options.columns.names {
            merged.names[field] = header
            // A split date/time given on the command line replaces the preset's timestamp, and the other way round.
            if field == "enter_date" || field == "enter_time" { merged.names["enter_ts"] = nil }
            if field == "enter_ts" { merged.names["enter_date"] = nil; merged.names["enter_time"] = nil }
        }
        options.columns = merged
        if !timeFormatGiven, let timeFormat { options.timeFormat = timeFormat }
        options.durationUnit = durationUnit
        options.hasHeader = hasHeader
        if !outcomes.isEmpty { options.outcomes = outcomes }
        if !inbound.isEmpty { options.inbound = inbound }
        if !channels.isEmpty { options.channels = channels }
        options.surveyType = surveyType
        options.scoreWords = scoreWords
        options.noResponse = noResponse
        options.presetNotes = notes.map { "preset \(name): \($0)" }
    }

    /// Every record of a small CSV file, as strings with their line.
    struct RecordCollector: CSVRecordConsumer {
        /// The preset file, for messages.
        let file: String
        var records: [(cells: [String], line: Int)] = []

        mutating func consume(_ record: CSVRecordView) throws(IngestError) {
            guard records.count < ExportPreset.maximumLines else {
                throw IngestError(.limitExceeded, "a preset file has at most \(ExportPreset.maximumLines) lines", at: .init(file: file, line: record.line))
            }
            if record.count == 1 && record.isEmpty(0) { return }
            records.append(((0..<record.count).map { record.string($0).trimmingWhitespace() }, record.line))
        }
    }
}
