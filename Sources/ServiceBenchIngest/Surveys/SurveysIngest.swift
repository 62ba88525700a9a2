import ServiceBenchCore

/// The surveys driver and its KPIs, per period of submission:
/// - `csat` (%) = responses of 4 or 5 / CSAT responses × 100 (top-2-box on 1–5).
/// - `nps` (points, −100…100) = % promoters (9–10) − % detractors (0–6).
/// - `ces` (1–7) = mean agreement score; 1–5 effort answers are converted first (see `SurveyType`).
/// Each carries its sample: n = the answers, with the shares of promoters and detractors for NPS and
/// the answers' standard deviation for CES (on the 1–7 scale).
/// `survey_response_rate` needs the number of surveys sent, which a responses export lacks: not computed.
enum SurveysIngest {
    static func run(files: [String], options: IngestOptions, calendar: PeriodCalendar, zone: ZoneOffsets?) throws(IngestError) -> IngestResult {
        var total: SurveysConsumer?
        var qualities: [DataQuality] = []
        // The by-agent breakdown needs an `agent` column in every file (else its counts are partial).
        var agentsNamed = true
        for file in files {
            let input = try InputSource(path: file)
            let scanner = CSVScanner(separator: input.guessSeparator(), quoting: true)
            let (columns, dataStart, headerLines) = try RawExportIngester.columns(
                of: input, scanner: scanner, required: SurveysConsumer.requiredFields, optional: SurveysConsumer.optionalFields, options: options)
            if columns.index["submitted_ts"] == nil && options.fixedPeriod == nil {
                throw IngestError(.missingColumn, "no 'submitted_ts' column to place responses in periods; map it with --columns submitted_ts=HEADER, or name the period the export covers with --period 2026-Q1", at: .init(file: input.displayName, line: 1, column: 1))
            }
            var consumer = try SurveysConsumer(
                columns: columns, calendar: total?.calendar ?? calendar,
                quality: QualityCollector(file: input.displayName, skipInvalid: options.skipInvalid), parser: TimestampParser(format: options.timeFormat, zone: zone),
                options: options)
            if let previous = total {
                consumer.periods = previous.periods
                consumer.breakdowns = previous.breakdowns
            }
            do throws(IngestError) {
                _ = try scanner.scan(input: input, from: dataStart, softEnd: input.size, consumer: &consumer)
            } catch {
                throw error.shiftingLines(by: headerLines)
            }
            consumer.quality.shiftLines(by: headerLines)
            var notes = ["survey_response_rate not computed: the export has responses only, not the surveys sent"]
            if consumer.unanswered > 0 { notes.append("\(consumer.unanswered) surveys offered but not answered left out") }
            qualities.append(consumer.quality.dataQuality(notes: notes + (input.encodingNote.map { [$0] } ?? [])))
            consumer.unanswered = 0
            agentsNamed = agentsNamed && consumer.agent != nil
            total = consumer
        }
        guard let surveys = total else { throw IngestError(.badMapping, "no input file given") }
        let calendar = surveys.calendar
        var measurements: [Measurement] = []
        var details: [SurveyGroupDetail] = []
        let order = calendar.periods.isEmpty ? [0] : calendar.periods.indices.sorted { calendar.periods[$0] < calendar.periods[$1] }
        for index in order {
            guard let a = surveys.periods[index] else { continue }
            // Without dates every response is in period 0, labelled by the fixed period.
            guard let period = calendar.periods.isEmpty ? options.fixedPeriod : calendar.period(calendar.periods[index]) else { continue }
            var values: [(String, Double, MeasurementSample)] = []
            if a.csat > 0 { values.append(("csat", 100 * Double(a.csatSatisfied) / Double(a.csat), MeasurementSample(size: a.csat))) }
            if a.nps > 0 {
                let shares = MeasurementSample.Spread.netScore(promoters: Double(a.promoters) / Double(a.nps), detractors: Double(a.detractors) / Double(a.nps))
                values.append(("nps", 100 * Double(a.promoters - a.detractors) / Double(a.nps), MeasurementSample(size: a.nps, spread: shares)))
            }
            let cesAnswers = a.ces7 + a.ces5
            if cesAnswers > 0 {
                let deviation = MeasurementSample.standardDeviation(
                    count: cesAnswers, sum: Int128(a.cesHalfPoints), sumOfSquares: Int128(a.cesHalfPointSquares)).map { $0 / 2 }
                values.append(("ces", Double(a.cesHalfPoints) / 2 / Double(cesAnswers),
                    MeasurementSample(size: cesAnswers, spread: deviation.map { .standardDeviation($0) } ?? .none)))
            }
            measurements += values.map {
                Measurement(company: options.company, period: period, kpi: $0.0, value: $0.1, variant: Self.variants[$0.0], sample: $0.2)
            }
            details.append(
                SurveyGroupDetail(
                    company: options.company, period: period, csatResponses: a.csat, npsResponses: a.nps, promoters: a.promoters, passives: a.passives,
                    detractors: a.detractors, ces7Responses: a.ces7, ces5Responses: a.ces5,
                    byChannel: TicketsIngest.ranked(a.byChannel).map { (channel: $0.0, count: $0.1) },
                    breakdown: surveys.breakdowns[index]?.breakdown(namesAgents: agentsNamed)))
        }
        var detail = IngestDetail()
        detail.surveys = details
        return IngestResult(table: RawExportIngester.table(measurements, company: options.company, quality: qualities), detail: detail)
    }

    /// The variants of the KPIs computed from post-contact survey answers: NPS asked after a contact is
    /// transactional; CSAT is the share of 4 and 5 answers (top-2-box).
    static let variants = ["nps": "transactional", "csat": "top-2-box"]
}
