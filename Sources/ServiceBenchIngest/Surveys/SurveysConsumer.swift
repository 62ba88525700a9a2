import ServiceBenchCore

/// Reads a surveys CSV (`response_id,type,score,channel,submitted_ts`, or `--columns` and
/// `--preset`). A preset may fix the survey type (no `type` column), give scores as words
/// (`Good` = 5, `Bad` = 1) and name the words of a survey offered but not answered (`Offered`,
/// `Unoffered`, and then an empty score): such rows are counted in a note, not rejected.
struct SurveysConsumer: CSVRecordConsumer {
    static let requiredFields = ["score"]
    static let optionalFields = ["type", "response_id", "channel", "submitted_ts", "agent"]

    var calendar: PeriodCalendar
    var quality: QualityCollector
    var parser: TimestampParser
    var periods: [Int: SurveyAggregate] = [:]
    /// By channel and agent, per period index (`SurveyBreakdownTally`); `agent` names the agent.
    var breakdowns: [Int: SurveyBreakdownTally] = [:]
    let agent: Int?
    let columns: ResolvedColumns
    let columnCount: Int
    let type: Int?, score: Int
    let channel: Int?, submitted: Int?
    let fixedType: SurveyType?
    let scoreWords: [(words: WordList, score: Int)]
    let noResponse: WordList
    /// Rows of a survey offered but not answered (`noResponse`).
    var unanswered = 0

    init(columns: ResolvedColumns, calendar: PeriodCalendar, quality: QualityCollector, parser: TimestampParser, options: IngestOptions = IngestOptions()) throws(IngestError) {
        self.columns = columns
        columnCount = columns.count
        type = columns.index["type"]
        fixedType = options.surveyType
        scoreWords = options.scoreWords
        noResponse = options.noResponse
        if type == nil && fixedType == nil {
            throw IngestError(.missingColumn, "no 'type' column (csat, nps, ces); map it with --columns type=HEADER, or use a preset that names the survey type", at: .init(file: quality.file, line: 1, column: 1))
        }
        score = columns.index["score"] ?? 0
        channel = columns.index["channel"]
        submitted = columns.index["submitted_ts"]
        agent = columns.index["agent"]
        self.calendar = calendar
        self.quality = quality
        self.parser = parser
    }

    mutating func consume(_ record: CSVRecordView) throws(IngestError) {
        quality.recordsRead += 1
        if try quality.rejectRaggedRow(record, columns: columnCount) { return }
        if !noResponse.isEmpty && (record.isEmpty(score) || noResponse.contains(record.field(score))) {
            unanswered += 1
            return
        }
        let kind: SurveyType
        if let type {
            guard let named = SurveyType(record.string(type)) else {
                try quality.reject("unknown-type", "unknown survey type '\(record.excerpt(type))' in column \(columns.name(type)); use csat (1–5), nps (0–10), ces (1–7, agreement) or ces5 (1–5, effort)", line: record.line(of: type), column: record.column(type))
                return
            }
            kind = named
        } else {
            kind = fixedType ?? .csat
        }
        guard let value = scoreWords.first(where: { $0.words.contains(record.field(score)) })?.score ?? Int(record.string(score).trimmingWhitespace()) else {
            try quality.reject("bad-number", "score '\(record.excerpt(score))' in column \(columns.name(score)) is not a whole number", line: record.line(of: score), column: record.column(score))
            return
        }
        guard kind.range.contains(value) else {
            try quality.reject("score-out-of-range", "score \(value) is outside the \(type.map { record.excerpt($0) } ?? "survey's") scale \(kind.range.lowerBound)–\(kind.range.upperBound)", line: record.line(of: score), column: record.column(score))
            return
        }
        var periodIndex = 0
        if let submitted {
            guard let time = parser.parse(record.field(submitted)) else {
                try quality.reject("bad-timestamp", "malformed timestamp '\(record.excerpt(submitted))' in column \(columns.name(submitted)); write ISO 8601 (2026-01-05T08:00:12Z), or pass --time-format dmy or epoch", line: record.line(of: submitted), column: record.column(submitted))
                return
            }
            periodIndex = calendar.place(time).periodIndex
        }
        // In place: a copy of the aggregate per response would copy its channel dictionary.
        let channelName = channel.map { record.string($0).trimmingWhitespace().lowercased() }
        periods[periodIndex, default: SurveyAggregate()].add(kind, score: value, channel: channelName)
        let agentName = agent.map { record.string($0).trimmingWhitespace() }
        breakdowns[periodIndex, default: SurveyBreakdownTally()].add(
            kind, score: value, channel: channelName, agent: agentName?.isEmpty == false ? agentName : nil)
    }
}
