import Foundation
import ServiceBenchCore

/// Computes catalogue KPIs from raw exports in one streaming pass per file (two threads on large
/// files). Several files of one kind are pooled, as one export cut in pieces.
package enum RawExportIngester {
    package static func ingest(files: [String], kind: RawExportKind, options: IngestOptions) throws(IngestError) -> IngestResult {
        guard !files.isEmpty else { throw IngestError(.badMapping, "no input file given") }
        var zone: ZoneOffsets?
        if let name = options.timeZone {
            guard let timeZone = TimeZone(identifier: name) else {
                throw IngestError(.badMapping, "unknown time zone '\(name)'; give an IANA name such as Europe/Paris or UTC")
            }
            zone = ZoneOffsets(zone: timeZone)
        }
        for threshold in options.serviceLevelThresholds where !(0...604_800).contains(threshold) {
            throw IngestError(.badMapping, "service-level threshold \(threshold) s is out of range; give seconds between 0 and 604800")
        }
        guard (0...86_400).contains(options.shortAbandonSeconds) else {
            throw IngestError(.badMapping, "short-abandon threshold \(options.shortAbandonSeconds) s is out of range; give seconds between 0 and 86400")
        }
        let calendar = PeriodCalendar(grouping: options.period, zone: zone, fixed: options.fixedPeriod)
        var result: IngestResult
        switch kind {
        case .calls:
            result = try CallsCSVIngest.run(files: files, options: options, calendar: calendar, zone: zone)
        case .queueLog:
            result = try QueueLogIngest.run(files: files, options: options, calendar: calendar)
        case .tickets:
            result = try TicketsIngest.run(files: files, options: options, calendar: calendar, zone: zone)
        case .surveys:
            result = try SurveysIngest.run(files: files, options: options, calendar: calendar, zone: zone)
        }
        for quality in result.table.quality { try RejectionBound.check(quality, options: options) }
        if !options.presetNotes.isEmpty {
            for index in result.table.quality.indices { result.table.quality[index].notes += options.presetNotes }
        }
        return result
    }

    /// Reports progress on standard error as a percentage of the bytes of all inputs.
    final class Progress: @unchecked Sendable {
        let total: Int64
        var done: Int64 = 0
        var lastPercent = -1

        init(total: Int64) { self.total = max(1, total) }

        func report(fileBytes: Int64) {
            let percent = Int((done + fileBytes) * 100 / total)
            guard percent != lastPercent else { return }
            lastPercent = percent
            // A progress line that cannot be written is dropped: it is no output of the command.
            try? StandardStream.error.write("\rreading: \(percent) %")
        }

        func finish() {
            try? StandardStream.error.write("\r\u{1B}[K")
        }
    }

    /// The KPI table of an ingestion: every company name of the measurements (the company, and its
    /// queues with `--by queue`) is listed in `companies`.
    static func table(_ measurements: [ServiceBenchCore.Measurement], company: String, quality: [DataQuality]) -> KPITable {
        var companies = [company: CompanyInfo(name: company)]
        for measurement in measurements where companies[measurement.company] == nil {
            companies[measurement.company] = CompanyInfo(name: measurement.company)
        }
        return KPITable(measurements: measurements, companies: companies, quality: quality)
    }

    /// Inputs smaller than this in total read without progress lines.
    static let progressThresholdBytes: Int64 = 64 << 20

    static func progress(for inputs: [InputSource], options: IngestOptions) -> Progress? {
        let total = inputs.reduce(0) { $0 + $1.size }
        // A stream's size is unknown: no percentage to show.
        return options.progress && total >= progressThresholdBytes && !inputs.contains(where: \.isStream) ? Progress(total: total) : nil
    }

    /// The columns of `input`: from its header line, or, for an export without one
    /// (`IngestOptions.hasHeader` false), named `#1`, `#2` … after the first record's fields, the
    /// data then starting at the first line. Returns them with the data's offset and the lines before it.
    static func columns(
        of input: InputSource, scanner: CSVScanner, required: [String], optional: [String], options: IngestOptions
    ) throws(IngestError) -> (columns: ResolvedColumns, dataStart: Int64, headerLines: Int) {
        var (header, dataStart, headerLines) = try self.header(of: input, scanner: scanner)
        if !options.hasHeader {
            header = (1...max(1, header.count)).map { "#\($0)" }
            dataStart = input.dataStart
            headerLines = 0
        }
        let columns = try ResolvedColumns.resolve(header: header, required: required, optional: optional, mapping: options.columns, file: input.displayName)
        return (columns, dataStart, headerLines)
    }

    /// Reads the header line of a CSV input; returns its cells and the offset of the first data line.
    static func header(of input: InputSource, scanner: CSVScanner) throws(IngestError) -> (cells: [String], dataStart: Int64, lines: Int) {
        var consumer = HeaderConsumer()
        var scanner = scanner
        scanner.maxRecordBytes = HeaderConsumer.maxHeaderBytes
        scanner.chunkSize = min(scanner.chunkSize, 64 << 10)
        var outcome = try scanner.scan(input: input, from: input.dataStart, softEnd: input.dataStart + 1, consumer: &consumer)
        if input.declaredSeparator() != nil {
            // An Excel `sep=;` first line (CSVRules) is no header: the header is the next record.
            consumer = HeaderConsumer()
            let next = try scanner.scan(input: input, from: outcome.endOffset, softEnd: outcome.endOffset + 1, consumer: &consumer)
            outcome = CSVScanner.Outcome(endOffset: next.endOffset, lines: outcome.lines + next.lines, records: outcome.records + next.records)
        }
        guard !consumer.cells.isEmpty else {
            throw IngestError(.emptyInput, "the file is empty; it needs a header line and one line per record", at: .init(file: input.displayName, line: 1))
        }
        return (consumer.cells, outcome.endOffset, outcome.lines)
    }
}

/// The calls CSV driver.
enum CallsCSVIngest {
    static func run(files: [String], options: IngestOptions, calendar: PeriodCalendar, zone: ZoneOffsets?) throws(IngestError) -> IngestResult {
        var inputs: [InputSource] = []
        for file in files { inputs.append(try InputSource(path: file)) }
        let progress = RawExportIngester.progress(for: inputs, options: options)
        var total = CallGroups(
            calendar: calendar, byQueue: options.byQueue, thresholds: options.serviceLevelThresholds, shortAbandonSeconds: options.shortAbandonSeconds,
            breakdowns: options.breakdowns)
        var qualities: [DataQuality] = []
        var reasons = CallReasons()
        var reasonsGiven = false
        for input in inputs {
            let scanner = CSVScanner(separator: input.guessSeparator(), quoting: true)
            let (columns, dataStart, headerLines) = try RawExportIngester.columns(
                of: input, scanner: scanner, required: CallsCSVConsumer.requiredFields, optional: CallsCSVConsumer.optionalFields, options: options)
            let prototype = try CallsCSVConsumer(
                columns: columns,
                groups: CallGroups(
                    calendar: calendar, byQueue: options.byQueue, thresholds: options.serviceLevelThresholds, shortAbandonSeconds: options.shortAbandonSeconds,
                    maximumQueues: options.limits.maximumQueues, maximumAgents: options.limits.maximumAgents, breakdowns: options.breakdowns),
                quality: QualityCollector(file: input.displayName, skipInvalid: options.skipInvalid),
                parser: TimestampParser(format: options.timeFormat, zone: zone), options: options)
            let consumer = try ParallelScan.run(
                input: input, scanner: scanner, start: dataStart, linesBefore: headerLines, threads: options.threads, threshold: options.parallelThresholdBytes,
                make: { prototype }, progress: progress.map { p in { @Sendable bytes in p.report(fileBytes: bytes) } })
            progress?.done += input.size
            let groupMap = total.absorb(consumer.groups)
            if consumer.reason != nil {
                reasons.absorb(consumer.reasons, groupMap: groupMap)
                reasonsGiven = true
            } else {
                // A file without the column: its calls have no reason given.
                reasons.addUnspecified(consumer.groups, groupMap: groupMap)
            }
            var notes = ["service level: \(options.serviceLevelFormula.rawValue) = \(options.serviceLevelFormula.explanation)"]
            if options.serviceLevelFormula == .excludeShortAbandons { notes.append("short abandons: waited less than \(options.shortAbandonSeconds) s") }
            notes.append("waits for percentiles are whole seconds (truncated); ASA and AHT use the timestamps' full precision (milliseconds)")
            if columns.index["wrap_s"] == nil { notes.append("AHT is talk time only: the export has no wrap-up column (wrap_s)") }
            qualities.append(consumer.quality.dataQuality(notes: notes + (input.encodingNote.map { [$0] } ?? [])))
        }
        progress?.finish()
        if total.calendar.periods.count > 0, options.period == .none, let first = firstYear(total.calendar), let last = lastYear(total.calendar), first != last {
            qualities[qualities.count - 1].notes.append("the data spans \(first)–\(last); with --period none it is labelled \(last)")
        }
        var (measurements, details) = CallResults.build(groups: total, options: options, recordsTransfers: false)
        if reasonsGiven { ContactReasonGroup.attach(ContactReasonGroup.calls(total, reasons: reasons, options: options), to: &details) }
        var detail = IngestDetail()
        detail.calls = details
        return IngestResult(table: RawExportIngester.table(measurements, company: options.company, quality: qualities), detail: detail)
    }

    static func firstYear(_ calendar: PeriodCalendar) -> Int? {
        calendar.firstDay == Int.max ? nil : CivilCalendar.civil(days: calendar.firstDay).year
    }

    static func lastYear(_ calendar: PeriodCalendar) -> Int? {
        calendar.lastSeenDay == Int.min ? nil : CivilCalendar.civil(days: calendar.lastSeenDay).year
    }
}
