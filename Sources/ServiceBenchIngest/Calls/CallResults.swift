import ServiceBenchCore

/// Turns call aggregates into catalogue measurements and `CallGroupDetail`s.
///
/// - `calls_offered`: calls that entered the queue and left it (count).
/// - `answer_rate` = answered / offered × 100; `abandon_rate` = abandoned / offered × 100 (timeouts
///   and other exits count in offered, not as abandons).
/// - `asa` (s) = Σ wait of answered calls / answered; `wait_p90` (s) = 90th percentile of the answered
///   calls' waits in whole seconds (truncated), `quantile_cont` interpolation.
/// - `service_level_<T>s` (%) by `ServiceLevelFormula`.
/// - `aht` (s) = Σ (talk + wrap-up) / answered.
/// - `transfer_rate` (%) = transferred / answered × 100, only when the source records transfers.
///
/// Each measurement carries its sample (`MeasurementSample`): n = calls offered for the answer and
/// abandonment rates, the formula's denominator for the service level, answered calls for ASA and AHT
/// (with the standard deviation of the waits and handle times, s) and the transfer rate.
enum CallResults {
    static func build(groups: CallGroups, options: IngestOptions, recordsTransfers: Bool) -> ([Measurement], [CallGroupDetail]) {
        let calendar = groups.calendar
        var measurements: [Measurement] = []
        var details: [CallGroupDetail] = []
        let periodOrder = calendar.periods.indices.sorted { calendar.periods[$0] < calendar.periods[$1] }
        let queueOrder = groups.queueNames.indices.sorted { groups.queueNames[$0] < groups.queueNames[$1] }
        for periodIndex in periodOrder {
            let period = calendar.period(calendar.periods[periodIndex])
            var overall = groups.empty
            var perQueue: [Int: CallAggregate] = [:]
            for (index, key) in groups.keys.enumerated() where key.period == periodIndex {
                overall.merge(groups.aggregates[index])
                perQueue[key.queue] = groups.aggregates[index]
            }
            var rows: [(String, String?, CallAggregate)] = [(options.company, nil, overall)]
            if options.byQueue {
                for queue in queueOrder {
                    guard let aggregate = perQueue[queue] else { continue }
                    rows.append(("\(options.company) / \(groups.queueNames[queue])", groups.queueNames[queue], aggregate))
                }
            }
            for (company, queue, aggregate) in rows {
                var detail = self.detail(aggregate, company: company, queue: queue, period: period, options: options)
                if queue == nil { detail.breakdown = CallBreakdownResults.breakdown(groups, periodIndex: periodIndex, options: options) }
                details.append(detail)
                measurements += self.measurements(detail, formula: options.serviceLevelFormula, recordsTransfers: recordsTransfers)
            }
        }
        return (measurements, details)
    }

    private static func mean(_ sum: Int128, _ count: Int) -> Double? {
        count > 0 ? Double(sum) / 1000 / Double(count) : nil
    }

    static func detail(_ a: CallAggregate, company: String, queue: String?, period: Period, options: IngestOptions) -> CallGroupDetail {
        let thresholds = options.serviceLevelThresholds
        let answered = a.count(.answered)
        let levels = thresholds.indices.map { index in
            options.serviceLevelFormula.value(
                offered: a.offered, answered: answered, answeredWithin: a.answeredWithin[index], abandonedWithin: a.abandonedWithin[index],
                shortAbandons: a.shortAbandons)
        }
        let hours = (0..<168).map { hour in
            HourOfWeekCalls(
                weekday: hour / 24, hour: hour % 24, offered: a.hourOffered(hour), answered: a.hourAnswered(hour),
                handleSeconds: Double(a.hourHandleMilliseconds(hour)) / 1000,
                answeredWithin: thresholds.indices.map { a.hourAnsweredWithin(hour, $0) })
        }
        return CallGroupDetail(
            company: company, queue: queue, period: period, offered: a.offered, answered: answered,
            abandoned: a.count(.abandoned), timedOut: a.count(.timedOut), exitedWithKey: a.count(.exitedWithKey),
            exitedEmpty: a.count(.exitedEmpty), withdrawn: a.count(.withdrawn), transferred: a.transferred,
            averageSpeedOfAnswer: mean(a.answeredWaitMilliseconds, answered),
            medianWait: a.answeredWaits.quantile(0.5), waitP90: a.answeredWaits.quantile(0.9),
            averageAbandonWait: mean(a.abandonedWaitMilliseconds, a.count(.abandoned)),
            averageTalkTime: mean(a.talkMilliseconds, answered), averageWrapTime: mean(a.wrapMilliseconds, answered),
            averageHandleTime: mean(a.talkMilliseconds + a.wrapMilliseconds, answered),
            waitStandardDeviation: MeasurementSample.standardDeviation(
                count: answered, sum: a.answeredWaitMilliseconds, sumOfSquares: a.answeredWaitSquares).map { $0 / 1000 },
            handleStandardDeviation: MeasurementSample.standardDeviation(
                count: answered, sum: a.talkMilliseconds + a.wrapMilliseconds, sumOfSquares: a.handleSquares).map { $0 / 1000 },
            ringNoAnswer: a.ringNoAnswer, ringNoAnswerSeconds: Double(a.ringNoAnswerMilliseconds) / 1000, ringCanceled: a.ringCanceled,
            serviceLevelThresholds: thresholds, serviceLevels: levels, answeredWithin: a.answeredWithin, abandonedWithin: a.abandonedWithin,
            shortAbandons: a.shortAbandons, hoursOfWeek: hours, weeksCovered: a.weeks.count,
            openDaysByWeekday: a.openDaysByWeekday,
            offeredByHourOfDay: (0..<24).map { hour in (0..<7).reduce(0) { $0 + a.hourOffered($1 * 24 + hour) } },
            offeredByWeekday: (0..<7).map { day in (0..<24).reduce(0) { $0 + a.hourOffered(day * 24 + $1) } })
    }

    static func measurements(_ d: CallGroupDetail, formula: ServiceLevelFormula, recordsTransfers: Bool) -> [Measurement] {
        var values: [(String, Double?, MeasurementSample?)] = [("calls_offered", Double(d.offered), nil)]
        let offered = MeasurementSample(size: d.offered)
        if d.offered > 0 {
            values.append(("answer_rate", 100 * Double(d.answered) / Double(d.offered), offered))
            values.append(("abandon_rate", 100 * Double(d.abandoned) / Double(d.offered), offered))
        }
        let answered = { (deviation: Double?) in
            MeasurementSample(size: d.answered, spread: deviation.map { .standardDeviation($0) } ?? .none)
        }
        values.append(("asa", d.averageSpeedOfAnswer, answered(d.waitStandardDeviation)))
        values.append(("wait_p90", d.waitP90, nil))
        for (index, threshold) in d.serviceLevelThresholds.enumerated() {
            let denominator = formula.denominator(
                offered: d.offered, answered: d.answered, abandonedWithin: d.abandonedWithin[index], shortAbandons: d.shortAbandons)
            values.append(("service_level_\(threshold)s", d.serviceLevels[index], MeasurementSample(size: denominator)))
        }
        values.append(("aht", d.averageHandleTime, answered(d.handleStandardDeviation)))
        if recordsTransfers && d.answered > 0 {
            values.append(("transfer_rate", 100 * Double(d.transferred) / Double(d.answered), answered(nil)))
        }
        return values.compactMap { kpi, value, sample in
            value.map { Measurement(company: d.company, period: d.period, kpi: kpi, value: $0, sample: sample) }
        }
    }
}
