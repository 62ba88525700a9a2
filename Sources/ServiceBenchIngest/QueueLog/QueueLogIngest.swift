import ServiceBenchCore

/// The queue_log driver. Several files are read as one log in the order given (rotated logs:
/// oldest first), so that calls spanning two files are completed.
enum QueueLogIngest {
    static func run(files: [String], options: IngestOptions, calendar: PeriodCalendar) throws(IngestError) -> IngestResult {
        var inputs: [InputSource] = []
        for file in files { inputs.append(try InputSource(path: file)) }
        let progress = RawExportIngester.progress(for: inputs, options: options)
        let scanner = CSVScanner(separator: UInt8(ascii: "|"), quoting: false)
        var total: QueueLogConsumer?
        var qualities: [QualityCollector] = []
        for input in inputs {
            let fresh = QualityCollector(file: input.displayName, skipInvalid: options.skipInvalid)
            let prototype = QueueLogConsumer(
                groups: CallGroups(
                    calendar: calendar, byQueue: options.byQueue, thresholds: options.serviceLevelThresholds, shortAbandonSeconds: options.shortAbandonSeconds,
                    maximumQueues: options.limits.maximumQueues, maximumAgents: options.limits.maximumAgents, breakdowns: options.breakdowns),
                quality: fresh, parser: TimestampParser(format: .auto, zone: nil), limits: options.limits)
            var consumer = try ParallelScan.run(
                input: input, scanner: scanner, start: input.dataStart, linesBefore: 0, threads: options.threads, threshold: options.parallelThresholdBytes,
                make: { prototype }, progress: progress.map { p in { @Sendable bytes in p.report(fileBytes: bytes) } })
            progress?.done += input.size
            if var log = total {
                // Calls completed across the two files are rejected, if at all, at this file's lines.
                log.quality = fresh
                try log.absorb(later: consumer)
                qualities.append(log.quality)
                log.quality = fresh
                total = log
            } else {
                qualities.append(consumer.quality)
                consumer.quality = fresh
                total = consumer
            }
        }
        progress?.finish()
        guard var log = total else { throw IngestError(.badMapping, "no input file given") }
        // Calls that ended without their ENTERQUEUE anywhere in the input.
        log.quality = QualityCollector(file: inputs.last?.displayName ?? "", skipInvalid: options.skipInvalid)
        try log.finish()
        if var last = qualities.popLast() {
            last.absorb(log.quality)
            qualities.append(last)
        }
        var notes = ["service level: \(options.serviceLevelFormula.rawValue) = \(options.serviceLevelFormula.explanation)"]
        if options.serviceLevelFormula == .excludeShortAbandons { notes.append("short abandons: waited less than \(options.shortAbandonSeconds) s") }
        notes.append("queue_log times are whole seconds; AHT is talk time only (queue_log has no wrap-up)")
        notes += log.notes
        var dataQuality = qualities.map { $0.dataQuality(notes: []) }
        if !dataQuality.isEmpty { dataQuality[dataQuality.count - 1].notes = notes }
        let (measurements, details) = CallResults.build(groups: log.groups, options: options, recordsTransfers: true)
        var detail = IngestDetail()
        detail.calls = details
        return IngestResult(table: RawExportIngester.table(measurements, company: options.company, quality: dataQuality), detail: detail)
    }
}
