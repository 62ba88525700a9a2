/// One sheet of the workbook, or the KPIs table of the CSV: its tab name, its columns (header and
/// width), how many rows it has, and its rows, produced one at a time when the sheet is written so
/// that a panel's table is never held whole.
struct WorkbookTable {
    struct Column {
        let header: String
        /// In characters of the default font, as Excel counts column widths.
        let width: Double
    }

    let name: String
    let columns: [Column]
    /// The rows below the header.
    let rowCount: Int
    /// Hands each row to `emit`, in order; a row has at most `columns.count` cells.
    let rows: (_ emit: ([WorkbookCell]) throws -> Void) throws -> Void

    /// The columns `specs` (a key of the `xlsx_col_KEY` texts, a width), headed in the report language.
    static func columns(_ specs: [(key: String, width: Double)], texts: ReportTexts) throws(ReportError) -> [Column] {
        try specs.map { spec throws(ReportError) in Column(header: try texts.text("xlsx_col_" + spec.key), width: spec.width) }
    }
}
