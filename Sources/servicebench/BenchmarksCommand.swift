import ArgumentParser
import Foundation
import ServiceBenchCore

/// `servicebench benchmarks list|show KPI`: the reference data with its sources, for a terminal.
struct BenchmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmarks",
        abstract: "List the reference studies, or show every published figure for one KPI.",
        subcommands: [List.self, Show.self, Import.self]
    )

    /// Options shared by both subcommands.
    struct Options: ParsableArguments {
        @Option(name: .customLong("data-dir"), help: "The reference data directory (default: the bundled benchmarks-data).")
        var dataDirectory: String?

        @Option(help: ArgumentHelp("A directory of study files to add to the reference data; repeatable.", valueName: "dir"))
        var studies: [String] = []

        @Option(name: .customLong("lang"), help: "Language of labels and headings.")
        var language: ReferenceDataText.Language = .fr

        func text() throws -> ReferenceDataText {
            let directory = try ResourceLocator.require("benchmarks-data", given: dataDirectory, option: "--data-dir")
            return ReferenceDataText(data: try ReferenceDataLoader.load(directory: directory, adding: studies), language: language)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every study (publisher, year, sample, method, provenance, figures) and every KPI."
        )

        @OptionGroup var options: Options

        func run() throws {
            try reportingErrors {
                try emit(try options.text().list(), to: nil)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a KPI's definition, published distributions, adoption rates, targets and figures."
        )

        @Argument(help: "The KPI id (as in 'servicebench benchmarks list'), e.g. asa.")
        var kpi: String

        @OptionGroup var options: Options

        func run() throws {
            try reportingErrors {
                let text = try options.text()
                guard let definition = text.data.kpi(kpi) else {
                    let known = text.data.kpis.map(\.id)
                    throw UsageError("unknown KPI '\(kpi)'\(NearestName.suggestion(for: kpi, in: known)); 'servicebench benchmarks list' shows the known KPI ids")
                }
                try emit(text.show(definition), to: nil)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn a licensed study's table (CSV or .xlsx) into a study file for --studies.",
            discussion: """
                The table opens with key,value rows (publisher, title, date, sample, region, method, population, url; \
                optionally id, sample_description, provenance), then a kpi,statistic,value header and one row per \
                statistic: p10 … p90, median, mean, min, max, n, share_below:VALUE, band:LOW-HIGH, member:NAME. The \
                study file is checked with the reference data (schema and sense) before it is written.
                """
        )

        @Argument(help: "The study's table: CSV (',' or ';') or an Excel workbook.")
        var file: String

        @Option(help: "The workbook's sheet (default: its first).")
        var sheet: String?

        @Option(help: ArgumentHelp("Write the study file here (default: standard output).", valueName: "path"))
        var output: String?

        @OptionGroup var options: Options

        func run() throws {
            try reportingErrors {
                let directory = try ResourceLocator.require("benchmarks-data", given: options.dataDirectory, option: "--data-dir")
                let bundled = try ReferenceDataLoader.xmlFiles(in: directory)
                let reference = try ReferenceDataLoader.load(directory: directory, adding: options.studies)
                let xml = try StudyImporter(catalogue: reference.kpis, aliases: reference.headerAliases)
                    .xml(bytes: try InputFile.read(file), name: InputFile.displayName(file), sheet: sheet)
                // Checked as the study it will be: with the reference data, through the same loader.
                let scratch = NSTemporaryDirectory() + "servicebench-import-\(getpid())-\(UUID().uuidString)"
                try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(atPath: scratch) }
                let draft = scratch + "/" + (output.map { ($0 as NSString).lastPathComponent } ?? "imported-study.xml")
                try AtomicFile.write(Array(xml.utf8), to: draft)
                var added: [String] = []
                for extra in options.studies { added += try ReferenceDataLoader.xmlFiles(in: extra) }
                _ = try ReferenceDataLoader.load(files: bundled + added + [draft])
                try emit(xml, to: output)
                if let output, output != "-" { try OutputPath.announce([output]) }
            }
        }
    }
}
