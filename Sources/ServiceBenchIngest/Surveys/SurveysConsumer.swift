import ServiceBenchCore

/// The survey question types and their scales.
enum SurveyType {
    /// "How satisfied were you?" on 1–5.
    case csat
    /// "How likely are you to recommend us?" on 0–10.
    case nps
    /// CES 2.0: "The company made it easy to handle my issue", 1 (strongly disagree) to 7 (strongly
    /// agree); higher is better.
    case ces
    /// CES 1.0: "How much effort did you have to put forth?", 1 (very low) to 5 (very high); lower is
    /// better. Converted to the 1–7 agreement scale by 7 − 1.5 × (score − 1): 1 → 7, 3 → 4, 5 → 1.
    case cesEffort5

    init?(_ text: String) {
        switch text.trimmingWhitespace().lowercased() {
        case "csat": self = .csat
        case "nps": self = .nps
        case "ces", "ces7", "ces-7": self = .ces
        case "ces5", "ces-5", "ces-effort", "effort": self = .cesEffort5
        default: return nil
        }
    }

    var range: ClosedRange<Int> {
        switch self {
        case .csat, .cesEffort5: return 1...5
        case .nps: return 0...10
        case .ces: return 1...7
        }
    }
}

/// Survey responses of one period.
struct SurveyAggregate {
    var csat = 0
    var csatSatisfied = 0
    var nps = 0
    var promoters = 0
    var passives = 0
    var detractors = 0
    var ces7 = 0
    var ces5 = 0
    /// Sum of CES scores on the 1–7 scale, in halves (1.5-point steps of the conversion stay exact).
    var cesHalfPoints = 0
    var byChannel: [String: Int] = [:]
}

/// Reads a surveys CSV (`response_id,type,score,channel,submitted_ts`, or `--columns`).
struct SurveysConsumer: CSVRecordConsumer {
    static let requiredFields = ["type", "score"]
    static let optionalFields = ["response_id", "channel", "submitted_ts"]

    var calendar: PeriodCalendar
    var quality: QualityCollector
    var parser: TimestampParser
    var periods: [Int: SurveyAggregate] = [:]
    let header: [String]
    let columnCount: Int
    let type: Int, score: Int
    let channel: Int?, submitted: Int?

    init(columns: ResolvedColumns, header: [String], calendar: PeriodCalendar, quality: QualityCollector, parser: TimestampParser) {
        self.header = header
        columnCount = columns.count
        type = columns.index["type"] ?? 0
        score = columns.index["score"] ?? 0
        channel = columns.index["channel"]
        submitted = columns.index["submitted_ts"]
        self.calendar = calendar
        self.quality = quality
        self.parser = parser
    }

    private func name(_ index: Int) -> String { index < header.count ? header[index] : "#\(index + 1)" }

    mutating func consume(_ record: CSVRecord) throws(IngestError) {
        quality.recordsRead += 1
        if record.count != columnCount || record.badQuoting {
            let what = record.badQuoting ? "badly quoted field" : "\(record.count) fields where the header has \(columnCount)"
            try quality.reject("ragged-row", "\(what); every row needs the header's columns", line: record.line, column: record.column(record.badQuoting ? record.badField : min(record.count, columnCount)))
            return
        }
        guard let kind = SurveyType(record.string(type)) else {
            try quality.reject("unknown-type", "unknown survey type '\(record.string(type))' in column \(name(type)); use csat (1–5), nps (0–10), ces (1–7, agreement) or ces5 (1–5, effort)", line: record.line, column: record.column(type))
            return
        }
        guard let value = Int(record.string(score).trimmingWhitespace()) else {
            try quality.reject("bad-number", "score '\(record.string(score))' in column \(name(score)) is not a whole number", line: record.line, column: record.column(score))
            return
        }
        guard kind.range.contains(value) else {
            try quality.reject("score-out-of-range", "score \(value) is outside the \(record.string(type)) scale \(kind.range.lowerBound)–\(kind.range.upperBound)", line: record.line, column: record.column(score))
            return
        }
        var periodIndex = 0
        if let submitted {
            guard let time = parser.parse(record.field(submitted)) else {
                try quality.reject("bad-timestamp", "malformed timestamp '\(record.string(submitted))' in column \(name(submitted)); write ISO 8601 (2026-01-05T08:00:12Z), or pass --time-format dmy or epoch", line: record.line, column: record.column(submitted))
                return
            }
            periodIndex = calendar.place(time).periodIndex
        }
        var aggregate = periods[periodIndex] ?? SurveyAggregate()
        switch kind {
        case .csat:
            aggregate.csat += 1
            if value >= 4 { aggregate.csatSatisfied += 1 }
        case .nps:
            aggregate.nps += 1
            if value >= 9 { aggregate.promoters += 1 } else if value >= 7 { aggregate.passives += 1 } else { aggregate.detractors += 1 }
        case .ces:
            aggregate.ces7 += 1
            aggregate.cesHalfPoints += 2 * value
        case .cesEffort5:
            aggregate.ces5 += 1
            aggregate.cesHalfPoints += 14 - 3 * (value - 1)
        }
        if let channel { aggregate.byChannel[record.string(channel).trimmingWhitespace().lowercased(), default: 0] += 1 }
        periods[periodIndex] = aggregate
    }
}
