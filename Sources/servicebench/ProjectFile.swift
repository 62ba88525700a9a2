import Foundation
import ServiceBenchCore
import ServiceBenchIngest
import TOMLKit

/// A project file (`servicebench.toml`, read by `report --config FILE`): what a quarter's report is
/// built from, so that the next one is the same command. Relative paths are relative to the file's
/// directory; a command-line option given too overrides the file. Unknown keys and values of the
/// wrong type are errors at the file, line and column (TOMLKit gives the place of syntax errors;
/// a key's place is found in the text).
///
/// ```toml
/// company = "Opaline Énergie"
/// profile = "general-inbound"
/// sector = "energy"
/// size = "250-999"
/// country = "fr"
/// peers = "same-sector"
/// period = "2026-Q1"
/// kpi_tables = ["kpis-q1.csv"]
/// targets = "targets.csv"
/// opening_hours = "mon-fri 08:00-20:00, sat 09:00-12:00"
/// panel = "panel.csv"
/// output = "out/report.html"
/// pseudonymize_agents = true
///
/// [sources]
/// calls = ["exports/calls.csv", { path = "exports/pbx.csv", columns = "enter_ts=Start" }]
/// tickets = ["exports/tickets.csv"]
/// ```
struct ProjectFile {
    var company: String?
    var profile: String?
    var sector: String?
    var size: String?
    var country: String?
    /// The peer group (`--peers`).
    var peers: PeerGroup?
    var period: String?
    var kpiTables: [String] = []
    /// Directories of study files added to the reference data (`--studies`).
    var studies: [String] = []
    var targets: String?
    var openingHours: String?
    var panel: String?
    var output: String?
    /// `pseudonymize_agents = true`: as `--pseudonymize-agents`.
    var pseudonymizeAgents = false
    var sources: [RawSourceArgument] = []
    /// The file as named on the command line, for messages and the sector and size's origin.
    var name: String

    static let topKeys = [
        "company", "profile", "sector", "size", "country", "peers", "period", "kpi_tables", "studies", "targets", "opening_hours", "panel", "output",
        "sources", "pseudonymize_agents",
    ]
    static let sourceKinds: [(key: String, kind: RawExportKind)] = [
        ("calls", .calls), ("queue_log", .queueLog), ("tickets", .tickets), ("surveys", .surveys),
    ]
    static let sourceKeys = ["path", "preset", "columns"]

    /// Reads and checks the project file at `path`.
    static func read(_ path: String) throws -> ProjectFile {
        let bytes = try InputFile.read(path)
        let name = InputFile.displayName(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UsageError("the project file is not UTF-8 text; save it as UTF-8", at: SourceLocation(file: name))
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw UsageError(
                "the project file is not valid TOML: \(error.description)",
                at: SourceLocation(file: name, line: error.source.begin.line, column: error.source.begin.column))
        }
        let directory = (path as NSString).deletingLastPathComponent
        var reader = Reader(text: text, name: name, directory: directory)
        return try reader.project(root)
    }

    /// Reads the checked values out of the TOML tables.
    private struct Reader {
        let lines: [Substring]
        let name: String
        let directory: String

        init(text: String, name: String, directory: String) {
            lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            self.name = name
            self.directory = directory
        }

        mutating func project(_ root: TOMLTable) throws -> ProjectFile {
            var project = ProjectFile(name: name)
            try checkKeys(of: root, allowed: ProjectFile.topKeys, section: nil)
            project.company = try string(root, "company", section: nil)
            project.profile = try string(root, "profile", section: nil)
            project.sector = try string(root, "sector", section: nil)
            project.size = try string(root, "size", section: nil)
            project.country = try string(root, "country", section: nil)
            if let text = try string(root, "peers", section: nil) {
                guard let group = PeerGroup(rawValue: text) else {
                    let known = PeerGroup.allCases.map(\.rawValue)
                    throw UsageError(
                        "'peers' is '\(Excerpt.of(text))'; write one of \(known.joined(separator: ", "))\(NearestName.suggestion(for: text, in: known))",
                        at: place(of: "peers", section: nil))
                }
                project.peers = group
            }
            project.period = try string(root, "period", section: nil)
            project.openingHours = try string(root, "opening_hours", section: nil)
            project.targets = try string(root, "targets", section: nil).map(resolve)
            project.panel = try string(root, "panel", section: nil).map(resolve)
            project.output = try string(root, "output", section: nil).map(resolve)
            if let value = root["pseudonymize_agents"] {
                guard let flag = value.bool else { throw typeError("pseudonymize_agents", section: nil, expected: "true or false") }
                project.pseudonymizeAgents = flag
            }
            if let tables = root["kpi_tables"] {
                guard let array = tables.array else { throw typeError("kpi_tables", section: nil, expected: "an array of paths") }
                project.kpiTables = try array.map { element in
                    guard let path = element.string else { throw typeError("kpi_tables", section: nil, expected: "an array of paths") }
                    return resolve(path)
                }
            }
            if let directories = root["studies"] {
                guard let array = directories.array else { throw typeError("studies", section: nil, expected: "an array of directories") }
                project.studies = try array.map { element in
                    guard let path = element.string else { throw typeError("studies", section: nil, expected: "an array of directories") }
                    return resolve(path)
                }
            }
            if let value = root["sources"] {
                guard let sources = value.table else { throw typeError("sources", section: nil, expected: "a table ([sources])") }
                try checkKeys(of: sources, allowed: ProjectFile.sourceKinds.map(\.key), section: "sources")
                for (key, kind) in ProjectFile.sourceKinds {
                    guard let list = sources[key] else { continue }
                    guard let array = list.array else {
                        throw typeError(key, section: "sources", expected: "an array of paths or { path = …, preset = …, columns = … } tables")
                    }
                    for element in array { project.sources.append(try source(element, kind: kind, key: key)) }
                }
            }
            return project
        }

        /// `"NAME:path"`, `"path"`, or `{ path = "…", preset = "…", columns = "…" }`.
        func source(_ element: TOMLValueConvertible, kind: RawExportKind, key: String) throws -> RawSourceArgument {
            if let text = element.string {
                var source = RawSourceArgument(kind: kind, argument: text)
                source.path = resolve(source.path)
                return source
            }
            guard let table = element.table else {
                throw typeError(key, section: "sources", expected: "an array of paths or { path = …, preset = …, columns = … } tables")
            }
            try checkKeys(of: table, allowed: ProjectFile.sourceKeys, section: "sources")
            guard let path = try string(table, "path", section: "sources") else {
                throw UsageError("a source of '\(key)' has no path; write { path = \"exports/\(key).csv\" }", at: place(of: key, section: "sources"))
            }
            return RawSourceArgument(
                kind: kind, path: resolve(path), preset: try string(table, "preset", section: "sources"),
                columns: try string(table, "columns", section: "sources"))
        }

        func checkKeys(of table: TOMLTable, allowed: [String], section: String?) throws {
            for key in table.keys.sorted() where !allowed.contains(key) {
                let hint = NearestName.suggestion(for: key, in: allowed)
                throw UsageError(
                    "unknown key '\(Excerpt.of(key))'\(section.map { " in [\($0)]" } ?? ""); the keys are \(allowed.joined(separator: ", "))\(hint)",
                    at: place(of: key, section: section))
            }
        }

        func string(_ table: TOMLTable, _ key: String, section: String?) throws -> String? {
            guard let value = table[key] else { return nil }
            guard let text = value.string else { throw typeError(key, section: section, expected: "a string in quotes") }
            return text
        }

        func typeError(_ key: String, section: String?, expected: String) -> UsageError {
            UsageError("'\(key)' must be \(expected)", at: place(of: key, section: section))
        }

        /// A path of the file, relative to the file's directory unless absolute (`-` stays standard input).
        func resolve(_ path: String) -> String {
            guard !path.hasPrefix("/"), path != "-", !directory.isEmpty else { return path }
            return (directory as NSString).appendingPathComponent(path)
        }

        /// Where `key` is written: the first line of `section` (the top level when nil) on which it
        /// is followed by `=`; the file alone when it cannot be found (a key written in quotes).
        func place(of key: String, section: String?) -> SourceLocation {
            var current: String?
            for (index, line) in lines.enumerated() {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.hasPrefix("[") {
                    // `[table]` or `[[array.of.tables]]`.
                    current = String(trimmed.drop { $0 == "[" }.prefix { $0 != "]" }).trimmingCharacters(in: .whitespaces)
                    continue
                }
                guard current == section || (section != nil && current?.hasPrefix(section! + ".") == true) else { continue }
                var search = line[...]
                while let range = search.range(of: key) {
                    let before = line[line.startIndex..<range.lowerBound].last
                    let after = line[range.upperBound...].drop { $0 == " " || $0 == "\t" }
                    let startsKey = before == nil || before == " " || before == "\t" || before == "{" || before == ","
                    if startsKey, after.first == "=" {
                        let column = line[line.startIndex..<range.lowerBound].unicodeScalars.count + 1
                        return SourceLocation(file: name, line: index + 1, column: column)
                    }
                    search = line[range.upperBound...]
                }
            }
            return SourceLocation(file: name)
        }
    }
}
