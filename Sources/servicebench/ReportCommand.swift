import ArgumentParser
import Foundation
import ServiceBenchCore
import ServiceBenchStaffing
import ServiceBenchIngest
import ServiceBenchReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compare companies' KPIs with published studies, targets, a peer panel and the previous period.",
        discussion: """
            INPUT is a KPI table (CSV, long `company,period,kpi,value` or wide `company,period,<kpi>…`; \
            `,` or `;`; decimal comma; UTF-8 or Windows-1252; or an Excel .xlsx workbook, its first sheet \
            or --sheet NAME), or with --source a raw export (calls CSV, \
            Asterisk queue_log, tickets CSV, surveys CSV) from which the KPIs are computed first. `-` reads \
            standard input. Each company's latest period is reported unless --period is given.

            --output ending in .html, .xhtml, .json, .txt, .xlsx or .csv is one file of that format (--format \
            may then be left out); any other --output is a directory (created when missing), which receives \
            COMPANY.html (or .xhtml) per company and an index page, or report.json, .txt, .xlsx or .csv. \
            xlsx is one Excel workbook of every figure for all the companies; csv, its KPIs sheet. \
            Without --output, the report goes to standard output (json unless --format says otherwise). \
            Every file written is named on standard error. --example renders the bundled fictional \
            example company: report.html, .xhtml and .json in servicebench-example/ or the --output \
            directory, or the one file --output names.

            --calls, --queue-log, --tickets and --surveys add raw exports beside the KPI tables (each \
            repeatable, [PRESET:]path): one report with the hour-by-hour staffing from the calls, the data \
            quality of every source and the KPIs of all; two sources that give different values for the \
            same KPI are an error. --config reads these and the company, profile, sector, size, country, \
            targets, opening hours, panel, peers and output from a project file (servicebench.toml, paths \
            relative to it); an option given too overrides the file.
            """
    )

    @Argument(help: "KPI tables or raw exports to read.")
    var inputs: [String] = []

    @Option(help: "The sheet of an Excel .xlsx KPI table to read (default: its first sheet).")
    var sheet: String?

    @Flag(help: "Render the bundled example company (examples/) instead of INPUT.")
    var example = false

    @Option(help: "What INPUT is: KPI tables, or a kind of raw export.")
    var source: ReportSource = .kpiTable

    @Option(help: "Report on this company only (default: every company of the input); also the company of a transposed KPI table (KPIs in rows, periods in columns).")
    var company: String?

    @Option(help: "Report this period (2026-Q1, 2026-01, 2026 or T1 2026) instead of the latest; with --source, also quarter, month or none: how raw records are grouped (the latest period is reported).")
    var period: String?

    @Option(help: "Service profile whose targets apply (technical-hotline, general-inbound, outbound-sales, …); default: the input's profile column.")
    var profile: String?

    @Option(help: "The company's country, a two-letter code (fr, be, gb, us): studies of its region come first; default: the input's country column, else fr.")
    var country: String?

    @Option(help: "A KPI table of peer companies (default: the input's other companies).")
    var panel: String?

    @Option(help: "The peers each company is ranked against: the panel's companies of the same service profile, sector or size, or all (default: same-profile); a group of fewer than 5 companies, the company included, falls back to all, and the report says so.")
    var peers: PeerGroup?

    @Option(help: "Reference data directory (default: the bundled benchmarks-data).")
    var dataDir: String?

    @Option(help: ArgumentHelp("A directory of study files (XML, as in benchmarks-data/studies) to add to the reference data, such as the studies you license; repeatable.", valueName: "dir"))
    var studies: [String] = []

    @Option(help: "Output format (default: the --output file's extension, else json).")
    var format: ReportFormat?

    @Option(help: "Output file (.html, .xhtml, .json, .txt, .xlsx, .csv) or directory; default: standard output.")
    var output: String?

    @Option(help: "Report language (html, xhtml, text, the sheets and headers of xlsx and csv, and the sentences of the JSON priorities).")
    var lang: ReportLanguage = .fr

    @Option(help: "Templates directory, with the texts in i18n/ (default: the bundled templates).")
    var templates: String?

    @Option(help: "Report title for html/xhtml.")
    var title: String?

    @Option(help: "Date printed on the report (YYYY-MM-DD); no date is printed unless given.")
    var date: String?

    @Flag(help: "Also print each html/xhtml report, deck and index page to PDF beside it, with headless Chromium.")
    var pdf = false

    @Flag(help: "Replace the agents' names in the breakdowns by pseudonyms (Conseiller 1 / Agent 1 …, numbered in the names' sorted order), in the report and the JSON.")
    var pseudonymizeAgents = false

    @Option(help: ArgumentHelp("The Chromium (or Chrome) binary for --pdf (default: chromium, chromium-browser or google-chrome on the PATH).", valueName: "path"))
    var chromium: String?

    @Option(help: ArgumentHelp("The client's own targets (CSV or .xlsx: kpi, comparator, threshold, tolerance), replacing the profile's KPI by KPI.", valueName: "file"))
    var targets: String?

    @Option(name: .customLong("opening-hours"), help: ArgumentHelp("When the service is open, for the staffing what-if of a KPI table (default 5 days of 10 h).", valueName: "mon-fri 08:00-20:00, sat 09:00-12:00"))
    var openingHours: String?

    @Option(name: .customLong("calls"), help: ArgumentHelp("A calls export beside the KPI tables (repeatable).", valueName: "[preset:]path"))
    var callExports: [String] = []

    @Option(name: .customLong("queue-log"), help: ArgumentHelp("An Asterisk queue_log beside the KPI tables (repeatable).", valueName: "[preset:]path"))
    var queueLogExports: [String] = []

    @Option(name: .customLong("tickets"), help: ArgumentHelp("A tickets export beside the KPI tables (repeatable).", valueName: "[preset:]path"))
    var ticketExports: [String] = []

    @Option(name: .customLong("surveys"), help: ArgumentHelp("A surveys export beside the KPI tables (repeatable).", valueName: "[preset:]path"))
    var surveyExports: [String] = []

    @Option(help: ArgumentHelp("A project file naming the company, sources, targets, opening hours, panel and output; options given too override it.", valueName: "servicebench.toml"))
    var config: String?

    @OptionGroup(title: "Raw exports (with --source, --calls, --queue-log, --tickets, --surveys)")
    var ingest: IngestArguments

    func run() throws {
        try reportingErrors {
            let project = try config.map(ProjectFile.read)
            try (project.map(applying) ?? self).report(project: project)
        }
    }

    /// Writes the report of the options (the project file's already applied).
    func report(project: ProjectFile?) throws {
        let dataDirectory = try ResourceLocator.require("benchmarks-data", given: dataDir, option: "--data-dir")
        let reference = try ReferenceDataLoader.load(directory: dataDirectory, adding: studies)
        if example {
            try runExample(reference: reference)
            return
        }
        let raw = try rawSources(project: project)
        guard !inputs.isEmpty || !raw.isEmpty else {
            throw UsageError("give a KPI table or a raw export to read (or --example for the bundled example)")
        }
        _ = try openingHoursWeek()
        let destination = try ReportDestination.resolve(output: output, format: format)
        let printer = try pdfPrinter(for: [destination])
        let compared = try compare(inputs: inputs, panelPath: panel, reference: reference, rawSources: raw, project: project)
        try OutputPath.announce(try write(compared, reference: reference, to: destination, printer: printer))
    }

    /// Reads the inputs and the panel, and compares. `names` are the names used for the inputs in
    /// messages and in the report (the paths themselves unless given).
    /// `rawSources`: raw exports read beside the KPI tables (`--calls`…); `project`: the project file,
    /// whose sector and size are the company's. Returns the comparisons, the raw exports' detail
    /// (calls, tickets, surveys) and the client's targets.
    func compare(
        inputs: [String], names: [String]? = nil, panelPath: String?, reference: ReferenceData,
        rawSources: [RawSourceArgument] = [], project: ProjectFile? = nil
    ) throws -> ComparedInputs {
        var table = KPITable()
        var detail = IngestDetail()
        if let kind = source.rawExportKind {
            guard rawSources.isEmpty else {
                throw UsageError("--source \(source.rawValue) reads INPUT as raw exports; to add other exports with --calls, --queue-log, --tickets or --surveys, leave --source out (INPUT is then KPI tables)")
            }
            guard sheet == nil else {
                throw UsageError("--sheet names a sheet of an Excel KPI table; raw exports (--source \(source.rawValue)) are read as CSV")
            }
            // Raw records are grouped as `kpis --period` does: by a grouping word, or by the
            // granularity of the period asked for (2026-03 groups by month), quarters by default.
            let options = try ingest.options(company: company ?? "Company", period: rawGrouping() ?? .quarter, kind: kind)
            let result = try RawExportIngester.ingest(files: inputs, kind: kind, options: options)
            table = result.table
            detail = result.detail
        } else {
            for (offset, input) in inputs.enumerated() {
                let name = names?[offset] ?? InputFile.displayName(input)
                try table.merge(try KPITableReader.read(
                    bytes: try InputFile.read(input), name: name, catalogue: reference.kpis, aliases: reference.headerAliases, company: company,
                    sheet: sheet))
            }
        }
        detail.append(try readRawSources(rawSources, into: &table))
        if pseudonymizeAgents { detail = detail.pseudonymizingAgents() }
        if let project { try table.merge(project.companyFacts(company: company)) }
        let panelTable = try panelPath.map { path in try KPITableReader.read(path: path, catalogue: reference.kpis, aliases: reference.headerAliases) }
        let requestedPeriod = try self.requestedPeriod(rawSources: !rawSources.isEmpty)
        let clientTargets = try readTargets(reference: reference)
        let request = ComparisonEngine.Request(
            companies: company.map { [$0] } ?? [], period: requestedPeriod, profile: profile, country: try requestedCountry(),
            clientTargets: clientTargets, peers: peers ?? .sameProfile)
        return ComparedInputs(
            comparisons: try ComparisonEngine(reference: reference).compare(table, panel: panelTable, request: request), detail: detail,
            clientTargets: clientTargets)
    }

    /// `--country` in lower case, checked: two letters.
    func requestedCountry() throws -> String? {
        guard let text = country?.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
        guard text.count == 2, text.allSatisfy({ ("a"..."z").contains($0) }) else {
            throw UsageError("--country '\(country ?? "")' is not a two-letter country code; write it as ISO 3166 does (fr, be, gb, us)")
        }
        return text
    }

    /// The period `--period` names, or nil for the latest (also when it is a grouping word, which
    /// needs raw exports: `--source`, or `rawSources` beside the KPI tables).
    func requestedPeriod(rawSources: Bool = false) throws -> Period? {
        guard let text = period else { return nil }
        if PeriodGrouping(rawValue: text) != nil {
            guard source != .kpiTable || rawSources else {
                throw UsageError("--period \(text) groups raw exports (with --source calls, queue-log, tickets or surveys); a KPI table has its own periods: name one, such as 2026-Q1 or 2026-03")
            }
            return nil
        }
        guard let parsed = Period(parsing: text) else {
            throw UsageError("cannot read the period '\(text)'; use 2026-Q1, 2026-01, 2026 or T1 2026 (or, with --source, quarter, month or none)")
        }
        return parsed
    }

    /// How raw exports are grouped: `--period quarter|month|none`, or by month for a month asked for
    /// (2026-03), else by quarter.
    func rawGrouping() -> PeriodGrouping? {
        guard let text = period else { return nil }
        if let grouping = PeriodGrouping(rawValue: text) { return grouping }
        guard let parsed = Period(parsing: text) else { return nil }
        return parsed.granularity == .month ? .month : .quarter
    }

    /// Writes the comparisons where `destination` says; returns the paths written (none for
    /// standard output). JSON, text, a workbook and CSV written into a directory are `report.json`,
    /// `report.txt`, `report.xlsx` and `report.csv`.
    func write(
        _ compared: ComparedInputs, reference: ReferenceData, to destination: ReportDestination, printer: PDFPrinter? = nil
    ) throws -> [String] {
        let comparisons = compared.comparisons
        let format = destination.format
        if let markup = format.markup {
            let written = try writeMarkupReports(
                comparisons: comparisons, reference: reference, document: format.document, format: markup, language: lang,
                templatesDirectory: templates, title: title, date: date, target: destination.target,
                staffing: try staffingWhatIfs(compared, reference: reference), details: compared.details)
            guard let printer else { return written }
            return try written + printPDFs(of: written, decks: format.document == .deck, with: printer)
        }
        let path: String?
        switch destination.target {
        case .standardOutput: path = nil
        case .file(let file): path = file
        case .directory(let directory): path = (directory as NSString).appendingPathComponent("report." + format.fileExtension)
        }
        let directory = try ResourceLocator.require("templates", given: templates, option: "--templates")
        if format == .xlsx || format == .csv {
            let workbook = try ReportWorkbook(templatesDirectory: directory, language: lang, reference: reference)
            if format == .csv {
                try emitPieces(to: path) { write in try workbook.writeCSV(comparisons, to: write) }
            } else {
                if path == nil, isatty(STDOUT_FILENO) != 0 {
                    throw UsageError("--format xlsx writes a binary workbook, not for a terminal; give --output FILE.xlsx, or redirect standard output")
                }
                let staffing = try staffingWhatIfs(compared, reference: reference)
                let details = compared.details
                try emitPieces(to: path) { write in try workbook.writeWorkbook(comparisons, staffing: staffing, details: details, to: write) }
            }
        } else if format == .json {
            let staffing = try staffingWhatIfs(compared, reference: reference)
            let wording = try PriorityWording(templatesDirectory: directory, language: lang, reference: reference)
            try emitPieces(to: path) { write in try ComparisonJSON.stream(comparisons, staffing: staffing, details: compared.details, wording: wording, to: write) }
        } else {
            let texts = try ReportTexts.load(templatesDirectory: directory, language: lang)
            try emit(try ComparisonText(texts: texts, language: lang).render(comparisons), to: path)
        }
        return path.map { [$0] } ?? []
    }

    /// The Chromium that `--pdf` prints with, found before anything is read or written (exit 69 when
    /// there is none); nil without `--pdf`. `--pdf` needs html, xhtml or a deck written to files.
    func pdfPrinter(for destinations: [ReportDestination]) throws -> PDFPrinter? {
        guard pdf else {
            if chromium != nil { throw UsageError("--chromium is the browser --pdf prints with; add --pdf, or leave --chromium out") }
            return nil
        }
        for destination in destinations {
            guard destination.format.markup != nil else {
                throw UsageError("--pdf prints html, xhtml, slides or slides-xhtml documents, not \(destination.format.rawValue); choose one of those with --format")
            }
            if case .standardOutput = destination.target {
                throw UsageError("--pdf writes each PDF beside its document; give --output FILE.html or a directory")
            }
            if case .file(let path) = destination.target, AtomicFile.destination(path) == .device {
                throw UsageError("--pdf writes each PDF beside its document, and --output '\(path)' is a device or FIFO; give a file or a directory")
            }
        }
        return try PDFPrinter.locate(given: chromium)
    }

    /// Prints each written document to `NAME.pdf` beside it: a deck to one landscape page per slide
    /// (checked), a report or an index page to A4. Returns the PDFs written.
    func printPDFs(of documents: [String], decks: Bool, with printer: PDFPrinter) throws -> [String] {
        var written: [String] = []
        for document in documents {
            let pdf = (document as NSString).deletingPathExtension + ".pdf"
            var slides: Int?
            if decks, let bytes = try? InputFile.read(document) {
                slides = String(decoding: bytes, as: UTF8.self).components(separatedBy: "<section class=\"slide ").count - 1
            }
            try printer.print(document, to: pdf, expectedPages: slides)
            written.append(pdf)
        }
        return written
    }

    /// The staffing what-ifs of the reports, by company, at the client's service-level target if given
    /// and over `--opening-hours`; their warnings go to standard error.
    func staffingWhatIfs(_ compared: ComparedInputs, reference: ReferenceData) throws -> [String: StaffingReportData] {
        let outcome = ReportStaffing.data(
            for: compared.comparisons, calls: compared.detail.calls, reference: reference, openingHours: try openingHoursWeek(),
            clientTargets: compared.clientTargets)
        for warning in outcome.warnings { try printError(warning) }
        return outcome.data
    }

    /// The bundled example: the fictional Opaline Énergie against the fictional panel, as HTML, XHTML
    /// and JSON in `servicebench-example/` (or the `--output` directory), or in `--format` alone; or
    /// one file when `--output` names one (`x.html`).
    func runExample(reference: ReferenceData) throws {
        let resolved = try ReportDestination.resolve(output: output ?? "servicebench-example", format: format, fallback: .html)
        let examples = try ResourceLocator.require("examples", given: nil, option: "SERVICEBENCH_HOME")
        let input = examples + "/opaline-energie.csv"
        let panel = examples + "/panel.csv"
        // Named as in the checkout, so the report reads the same wherever the checkout is.
        let compared = try compare(
            inputs: [input], names: ["examples/opaline-energie.csv"], panelPath: panel, reference: reference)
        var destinations = [resolved]
        if case .directory(let directory) = resolved.target {
            destinations = (format.map { [$0] } ?? [.html, .xhtml, .json]).map { format in
                ReportDestination(
                    format: format, target: .file((directory as NSString).appendingPathComponent("report." + format.fileExtension)))
            }
        }
        // The PDF is printed from the first markup document (the html one by default): the xhtml
        // one would print the same pages to the same report.pdf.
        let printed = destinations.firstIndex { $0.format.markup != nil }
        let printer = try pdfPrinter(for: printed.map { [destinations[$0]] } ?? destinations)
        for (index, destination) in destinations.enumerated() {
            try OutputPath.announce(
                try write(compared, reference: reference, to: destination, printer: index == printed ? printer : nil))
        }
    }
}
