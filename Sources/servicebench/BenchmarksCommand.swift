import ArgumentParser
import ServiceBenchCore

/// `servicebench benchmarks list|show KPI`: the reference data with its sources, for a terminal.
struct BenchmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmarks",
        abstract: "List the reference studies, or show every published figure for one KPI.",
        subcommands: [List.self, Show.self]
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
}
