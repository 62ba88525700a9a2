import ServiceBenchCore

/// Which export column holds each field ServiceBench reads. Written on the command line as
/// `--columns enter_ts=StartTime,answer_ts=AnswerTime,queue=Skill`: field names on the left (the
/// default column names of the kind of export), the export's header on the right, matched without
/// regard to case or surrounding spaces. A field mapped to an empty name (`outcome=`) is absent.
/// Fields not named keep their default column name.
public struct ColumnMapping: Sendable, Hashable {
    /// Header name by field name.
    public var names: [String: String]

    public init(_ names: [String: String] = [:]) {
        self.names = names
    }

    /// Parses `field=Header,field=Header`. Returns nil, with the offending part, when malformed.
    public static func parse(_ text: String) -> Result<ColumnMapping, MappingSyntaxError> {
        var names: [String: String] = [:]
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            guard let equals = part.firstIndex(of: "=") else { return .failure(MappingSyntaxError(part: String(part))) }
            let field = String(part[..<equals]).trimmingWhitespace().lowercased()
            let header = String(part[part.index(after: equals)...]).trimmingWhitespace()
            guard !field.isEmpty else { return .failure(MappingSyntaxError(part: String(part))) }
            names[field] = header
        }
        return .success(ColumnMapping(names))
    }

    /// The header name for `field`: the mapped one, or the field name itself.
    func header(for field: String) -> String {
        names[field] ?? field
    }

    public struct MappingSyntaxError: Error, Sendable {
        public var part: String
    }
}

/// The column index of each field in one file, found from its header line.
struct ResolvedColumns {
    /// Index of each field by its name; absent for optional fields the file lacks.
    var index: [String: Int] = [:]
    var count: Int = 0

    /// Matches `fields` (required ones first) against the header cells.
    static func resolve(header: [String], required: [String], optional: [String], mapping: ColumnMapping, file: String) throws(IngestError) -> ResolvedColumns {
        var resolved = ResolvedColumns()
        resolved.count = header.count
        let normalized = header.map { $0.trimmingWhitespace().lowercased() }
        for field in mapping.names.keys.sorted() where !required.contains(field) && !optional.contains(field) {
            throw IngestError(.badMapping, "--columns names an unknown field '\(field)'; the fields are \((required + optional).joined(separator: ", "))", at: SourceLocation(file: file))
        }
        for field in required + optional {
            let name = mapping.header(for: field)
            if name.isEmpty {
                if required.contains(field) {
                    throw IngestError(.badMapping, "the field '\(field)' is required and cannot be mapped to nothing", at: SourceLocation(file: file))
                }
                continue
            }
            if let position = normalized.firstIndex(of: name.lowercased()) {
                resolved.index[field] = position
            } else if required.contains(field) {
                throw IngestError(
                    .missingColumn,
                    "no column '\(name)' for the field '\(field)' in the header (\(header.joined(separator: ", "))); map it with --columns \(field)=HEADER",
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
        }
        return resolved
    }
}
