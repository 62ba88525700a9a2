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

    func run() throws {
        try reportingErrors {
            let dataDirectory = try ResourceLocator.require("benchmarks-data", given: dataDir, option: "--data-dir")
            let bundledFiles = try ReferenceDataLoader.xmlFiles(in: dataDirectory)
            var problems: [any ServiceBenchDiagnostic] = []
            var catalogue: [KPIDefinition] = []
            let xmlFiles = files.filter { $0.lowercased().hasSuffix(".xml") }
            let tableFiles = files.filter { !$0.lowercased().hasSuffix(".xml") }

            // Reference data: the bundled files plus the given ones (a bundled file given again is read once).
            let resolved = Set(bundledFiles.map(Self.canonical))
            let extra = xmlFiles.filter { !resolved.contains(Self.canonical($0)) }
            do throws(DiagnosticList) {
                catalogue = try ReferenceDataLoader.load(files: bundledFiles + extra).kpis
            } catch {
                problems.append(contentsOf: error.diagnostics)
                // The tables are still checked, against the bundled catalogue alone.
                catalogue = (try? ReferenceDataLoader.load(files: bundledFiles).kpis) ?? []
            }
            if catalogue.isEmpty, !tableFiles.isEmpty {
                // Without a catalogue the tables cannot be checked; the reference data errors say why.
                throw DiagnosticList(problems)
            }
            for file in tableFiles {
                do throws(DiagnosticList) {
                    _ = try KPITableReader.read(path: file, catalogue: catalogue)
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
