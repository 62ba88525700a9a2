import ServiceBenchCore

/// The column index of each field in one file, found from its header line.
struct ResolvedColumns {
    /// Index of each field by its name; absent for optional fields the file lacks.
    var index: [String: Int] = [:]
    var count: Int = 0
    /// The header cells as written in the file.
    var header: [String] = []

    /// The header cell of column `index` (0-based), or `#N` when the header has no such column: how
    /// error messages name a column.
    func name(_ index: Int) -> String { index < header.count ? Excerpt.of(header[index]) : "#\(index + 1)" }

    /// Matches `fields` (required ones first) against the header cells.
    static func resolve(header: [String], required: [String], optional: [String], mapping: ColumnMapping, file: String) throws(IngestError) -> ResolvedColumns {
        var resolved = ResolvedColumns()
        resolved.count = header.count
        resolved.header = header
        let normalized = header.map { $0.trimmingWhitespace().lowercased() }
        for field in mapping.names.keys.sorted() where !required.contains(field) && !optional.contains(field) {
            throw IngestError(.badMapping, "--columns names an unknown field '\(Excerpt.of(field))'; the fields are \((required + optional).joined(separator: ", "))", at: SourceLocation(file: file))
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
                    "no column '\(Excerpt.of(name))' for the field '\(field)' in the header (\(Excerpt.of(header.joined(separator: ", ")))); map it with --columns \(field)=HEADER",
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
        }
        return resolved
    }
}
