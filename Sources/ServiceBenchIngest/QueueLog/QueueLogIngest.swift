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
            let prototype = QueueLogConsumer(
                groups: CallGroups(calendar: calendar, byQueue: options.byQueue, thresholds: options.serviceLevelThresholds, shortAbandonSeconds: options.shortAbandonSeconds),
                quality: QualityCollector(file: input.displayName, skipInvalid: options.skipInvalid),
                parser: TimestampParser(format: .auto, zone: nil))
            var consumer = try ParallelScan.run(
                input: input, scanner: scanner, start: input.dataStart, linesBefore: 0, threads: options.threads, threshold: options.parallelThresholdBytes,
                make: { prototype }, progress: progress.map { p in { @Sendable bytes in p.report(fileBytes: bytes) } })
            progress?.done += input.size
            qualities.append(consumer.quality)
            consumer.quality = QualityCollector(file: input.displayName, skipInvalid: options.skipInvalid)
            if total == nil {
                total = consumer
            } else {
                try total?.absorb(later: consumer)
            }
        }
        progress?.finish()
        guard var log = total else { throw IngestError(.badMapping, "no input file given") }
        log.quality = QualityCollector(file: inputs.last?.displayName ?? "", skipInvalid: options.skipInvalid)
        try log.finish()
        // Rejections found while completing pending calls belong to the last file's data quality.
        if var last = qualities.popLast() {
            last.absorb(log.quality)
            last.recordsRead -= log.quality.recordsRead
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
