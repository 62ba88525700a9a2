import Foundation
import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchStaffing

/// What `report` compared: the comparisons, the detail of the raw exports (the calls' hour by hour
/// for the staffing what-if; calls, tickets and surveys for the breakdowns) and the client's own
/// targets (by KPI id), which the what-if uses too.
struct ComparedInputs {
    var comparisons: [CompanyComparison]
    var detail: IngestDetail
    var clientTargets: [String: Target]

    /// The raw exports' detail of each company, by name.
    var details: [String: IngestDetail] { detail.byCompany() }
}

/// `report`'s sources beside its KPI tables, its project file, its targets and opening hours.
extension ReportCommand {
    /// These options with the project file's values where no option was given: a command-line option
    /// overrides the file; each kind of raw export (`--calls`…) given on the command line replaces the
    /// file's exports of that kind (`rawSources(project:)`).
    func applying(_ project: ProjectFile) -> ReportCommand {
        var command = self
        command.company = company ?? project.company
        command.profile = profile ?? project.profile
        command.country = country ?? project.country
        command.peers = peers ?? project.peers
        command.period = period ?? project.period
        command.targets = targets ?? project.targets
        command.openingHours = openingHours ?? project.openingHours
        command.panel = panel ?? project.panel
        command.output = output ?? project.output
        command.pseudonymizeAgents = pseudonymizeAgents || project.pseudonymizeAgents
        if inputs.isEmpty { command.inputs = project.kpiTables }
        if studies.isEmpty { command.studies = project.studies }
        return command
    }

    /// The raw exports to read beside the KPI tables: `--calls`, `--queue-log`, `--tickets`,
    /// `--surveys`, and for a kind given by none of them, the project file's exports of that kind.
    func rawSources(project: ProjectFile?) throws -> [RawSourceArgument] {
        let given: [(RawExportKind, [String])] = [
            (.calls, callExports), (.queueLog, queueLogExports), (.tickets, ticketExports), (.surveys, surveyExports),
        ]
        var sources: [RawSourceArgument] = []
        for (kind, arguments) in given {
            if arguments.isEmpty {
                sources += project?.sources.filter { $0.kind == kind } ?? []
            } else {
                sources += arguments.map { RawSourceArgument(kind: kind, argument: $0) }
            }
        }
        return sources
    }

    /// Reads the raw exports into `table`, each kind's files with the same preset and columns together
    /// (one period's calls may come in several files), merged with `KPITable.merge`: a value that two
    /// sources give differently is an error. The exports' company is `--company`, else the KPI tables'
    /// one company. Returns the exports' detail (calls, tickets, surveys).
    func readRawSources(_ sources: [RawSourceArgument], into table: inout KPITable) throws -> IngestDetail {
        guard !sources.isEmpty else { return IngestDetail() }
        let names = table.companyNames
        guard let name = company ?? (names.count <= 1 ? names.first ?? "Company" : nil) else {
            throw UsageError("the KPI tables hold several companies (\(names.joined(separator: ", "))); say with --company which one the raw exports are from")
        }
        var groups: [(source: RawSourceArgument, files: [String])] = []
        var seen: Set<String> = []
        for source in sources {
            // A file read twice would count its records twice.
            guard source.path == "-" || seen.insert(URL(fileURLWithPath: source.path).standardizedFileURL.resolvingSymlinksInPath().path).inserted else {
                throw UsageError("the export '\(source.path)' is given twice; give each file once (its records would be counted twice)")
            }
            if let index = groups.firstIndex(where: {
                $0.source.kind == source.kind && $0.source.preset == source.preset && $0.source.columns == source.columns
            }) {
                groups[index].files.append(source.path)
            } else {
                groups.append((source, [source.path]))
            }
        }
        var detail = IngestDetail()
        for group in groups {
            let options = try ingest.options(for: group.source, company: name, period: rawGrouping() ?? .quarter)
            var result = try RawExportIngester.ingest(files: group.files, kind: group.source.kind, options: options)
            // Computed values are located at their files, so that a disagreement names both inputs.
            let origin = SourceLocation(file: group.files.map(InputFile.displayName).joined(separator: ", "))
            for index in result.table.measurements.indices where result.table.measurements[index].location == nil {
                result.table.measurements[index].location = origin
            }
            try table.merge(result.table)
            detail.append(result.detail)
        }
        return detail
    }

    /// The client's targets of `--targets`, by KPI id; none without it.
    func readTargets(reference: ReferenceData) throws -> [String: Target] {
        guard let targets else { return [:] }
        return try ClientTargetReader.read(
            bytes: try InputFile.read(targets), name: InputFile.displayName(targets), catalogue: reference.kpis,
            aliases: reference.headerAliases)
    }

    /// The service's week from `--opening-hours`; the default week (5 days of 10 h) without it.
    func openingHoursWeek() throws -> OpeningHours {
        guard let openingHours else { return OpeningHours() }
        return try OpeningHours(parsing: openingHours)
    }
}

extension ProjectFile {
    /// The company's sector and size from the file, as a table with no measurement, to be merged
    /// with the inputs (a KPI table that gives another sector is an error naming both).
    func companyFacts(company given: String?) -> KPITable {
        guard let name = given ?? company, sector != nil || size != nil else { return KPITable() }
        let origin = SourceLocation(file: self.name)
        return KPITable(
            companies: [name: CompanyInfo(name: name, sector: sector, size: size)],
            companyOrigins: [name: ["sector": origin, "size": origin]])
    }
}
