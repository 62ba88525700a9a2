import ArgumentParser
import Foundation
import ServiceBenchCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check KPI tables (.csv, .xlsx) and reference data files (.xml); exit 0 when every file is valid.",
        discussion: """
            A KPI table is checked against the KPI catalogue (ids, units, domains, periods). A reference \
            data file is checked against the XSD schema built into ServiceBench and for sense together with the bundled reference \
            data (or --data-dir), so that its KPI and study ids can be resolved. Every problem is printed \
            as file:line:col: error: message.
            """
    )

    @Argument(help: "Files to check.")
    var files: [String]

    @Option(help: "Reference data directory (default: the bundled benchmarks-data).")
    var dataDir: String?

    @Option(help: "The company of a transposed KPI table (KPIs in rows, periods in columns), which names none.")
    var company: String?

    func run() throws {
        try reportingErrors {
            let dataDirectory = try ResourceLocator.require("benchmarks-data", given: dataDir, option: "--data-dir")
            let bundledFiles = try ReferenceDataLoader.xmlFiles(in: dataDirectory)
            var problems: [any ServiceBenchDiagnostic] = []
            var catalogue: [KPIDefinition] = []
            var aliases: [HeaderAlias] = []
            let xmlFiles = files.filter { $0.lowercased().hasSuffix(".xml") }
            let tableFiles = files.filter { !$0.lowercased().hasSuffix(".xml") }

            // Reference data: the bundled files plus the given ones (a bundled file given again is read once).
            let resolved = Set(bundledFiles.map(Self.canonical))
            let extra = xmlFiles.filter { !resolved.contains(Self.canonical($0)) }
            do throws(DiagnosticList) {
                let reference = try ReferenceDataLoader.load(files: bundledFiles + extra)
                catalogue = reference.kpis
                aliases = reference.headerAliases
            } catch {
                problems.append(contentsOf: error.diagnostics)
                // The tables are still checked, against the bundled catalogue alone.
                let bundled = try? ReferenceDataLoader.load(files: bundledFiles)
                catalogue = bundled?.kpis ?? []
                aliases = bundled?.headerAliases ?? []
            }
            if catalogue.isEmpty, !tableFiles.isEmpty {
                // Without a catalogue the tables cannot be checked; the reference data errors say why.
                throw DiagnosticList(problems)
            }
            for file in tableFiles {
                do throws(DiagnosticList) {
                    _ = try KPITableReader.read(path: file, catalogue: catalogue, aliases: aliases, company: company)
                } catch {
                    problems.append(contentsOf: error.diagnostics)
                }
            }
            guard problems.isEmpty else { throw DiagnosticList(problems) }
            for file in files { try printOutput("\(file): ok") }
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
