/// Where the header of a KPI table is, below any title lines: the first row that names the `company`
/// and `period` columns (long or wide table), or whose cells after the first are periods (`T1 2026`,
/// `2026-Q1`, `Q1 2026`: a transposed table, KPIs in rows). Rows above it are skipped only while they
/// look like titles (at most two filled cells) and within the first `searchedRows`; otherwise the
/// first row is the header, and its problems are reported as such.
struct KPITableHeader {
    /// How many rows (blank ones left out) are searched for the header.
    static let searchedRows = 20

    /// Position of the header among the non-blank rows.
    var index: Int
    var isTransposed: Bool
    /// The lines of the title rows skipped.
    var skippedLines: [Int]

    static func find(in rows: ArraySlice<CSVRecord>, matcher: HeaderMatcher) -> KPITableHeader {
        for (offset, row) in rows.prefix(searchedRows).enumerated() {
            let cells = row.fields.map { $0.text.trimmedCell }
            let columns = cells.map { matcher.match($0) }
            if columns.contains(.column("company")) && columns.contains(.column("period")) {
                return KPITableHeader(index: offset, isTransposed: false, skippedLines: rows.prefix(offset).map(\.line))
            }
            if let first = cells.first, Period(parsing: first) == nil, !columns.contains(.column("company")),
                cells.dropFirst().contains(where: { Period(parsing: $0) != nil })
            {
                return KPITableHeader(index: offset, isTransposed: true, skippedLines: rows.prefix(offset).map(\.line))
            }
            if cells.filter({ !$0.isEmpty }).count > 2 { break }
        }
        return KPITableHeader(index: 0, isTransposed: false, skippedLines: [])
    }

    /// "kpis.csv: line 1 above the header skipped (a title)", or nil when none was.
    func skippedNote(file: String) -> String? {
        guard let first = skippedLines.first, let last = skippedLines.last else { return nil }
        let lines = first == last ? "line \(first)" : "lines \(first)–\(last)"
        return "\(file): \(lines) above the header skipped (a title)"
    }
}
