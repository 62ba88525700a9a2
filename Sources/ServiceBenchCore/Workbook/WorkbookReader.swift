/// One sheet of an Excel workbook, read as rows of cell texts located at their row and column.
package struct WorkbookSheet: Sendable {
    /// The workbook's name in messages.
    package let file: String
    /// The sheet's name (its tab).
    package let name: String
    /// The rows that hold a cell, in order; each field's `line` is its row, `column` its column.
    package let rows: [CSVRecord]

    /// The sheet, for locations: `file.xlsx, sheet NAME`.
    package var origin: SourceLocation { SourceLocation(file: file, sheet: name) }
}

/// Reads Excel workbooks (`.xlsx`, `.xlsm`: Office Open XML spreadsheets): a ZIP archive
/// (`WorkbookArchive`) of XML parts read as streams through libxml2 (`XMLStreamReader`): the list
/// of sheets and the date base, the shared strings, the cell styles' number formats, then the
/// chosen sheet. Cells become the texts a KPI table reads (`WorkbookCellText`).
///
/// Every problem is a `CoreError` naming the file (and the sheet and cell where there is one):
/// `.badWorkbook` (exit 65) for a file that is not a workbook, damaged, encrypted, or past
/// `WorkbookLimits`; `.notFound` (exit 64) for a sheet name the workbook does not have.
package enum WorkbookReader {
    /// Whether `bytes` (named `name`) are to be read as a workbook: a ZIP archive, an OLE compound
    /// file (an old `.xls` or an encrypted `.xlsx`, refused with a message), or a name ending in
    /// `.xlsx` or `.xlsm`. A text file named `.xls` (some tools export CSV under that name) is not one.
    package static func isWorkbook(_ bytes: [UInt8], name: String) -> Bool {
        let lowered = name.lowercased()
        return WorkbookArchive.isZIP(bytes) || WorkbookArchive.isCompoundFile(bytes)
            || lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm")
    }

    /// The sheet `sheet` of the workbook in `bytes`, or without a name its first visible worksheet.
    package static func read(bytes: [UInt8], name: String, sheet: String?, limits: WorkbookLimits = WorkbookLimits()) throws(CoreError) -> WorkbookSheet {
        var archive = try WorkbookArchive(bytes: bytes, name: name, limits: limits)
        let structure = try WorkbookStructure.read(from: &archive)
        let chosen = try choose(sheet, in: structure, file: name)
        guard chosen.isWorksheet, let path = chosen.path else {
            throw CoreError(
                .badWorkbook,
                chosen.isWorksheet
                    ? "the sheet '\(chosen.name)' has no part in the workbook (the workbook is damaged); save it again from Excel or LibreOffice"
                    : "the sheet '\(chosen.name)' is a chart or dialog sheet, not a worksheet of cells; name a worksheet with --sheet",
                at: SourceLocation(file: name, sheet: chosen.name))
        }
        var sharedStrings: [String] = []
        if let sharedPath = structure.sharedStringsPath, let part = try WorkbookXML.openIfPresent(sharedPath, in: &archive) {
            sharedStrings = try SharedStringTable.read(part, limits: limits)
        }
        var styles = CellStyles()
        if let stylesPath = structure.stylesPath, let part = try WorkbookXML.openIfPresent(stylesPath, in: &archive) {
            styles = try CellStyles(part, limits: limits)
        }
        let part = try WorkbookXML.open(path, in: &archive, what: "the cells of sheet '\(chosen.name)'")
        let reader = WorksheetReader(
            part: part, sheet: chosen.name, sharedStrings: sharedStrings, styles: styles, date1904: structure.date1904, limits: limits)
        return WorkbookSheet(file: name, name: chosen.name, rows: try reader.rows())
    }

    /// The sheet named `wanted` (exactly, else the one equal without regard to case), or the first
    /// visible worksheet; an error listing the sheets when there is no such sheet.
    private static func choose(_ wanted: String?, in structure: WorkbookStructure, file: String) throws(CoreError) -> WorkbookStructure.Sheet {
        let names = structure.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        guard let wanted else {
            guard let first = structure.sheets.first(where: { $0.isWorksheet && !$0.hidden }) ?? structure.sheets.first(where: \.isWorksheet) else {
                throw CoreError(.badWorkbook, "the workbook has no worksheet\(names.isEmpty ? "" : " (its sheets: \(names))")", at: SourceLocation(file: file))
            }
            return first
        }
        if let exact = structure.sheets.first(where: { $0.name == wanted }) { return exact }
        let loose = structure.sheets.filter { $0.name.lowercased() == wanted.lowercased() }
        if loose.count == 1 { return loose[0] }
        throw CoreError(
            .notFound,
            "the workbook has no sheet named '\(Excerpt.of(wanted))'; its sheets are \(names.isEmpty ? "none" : names): give one of them with --sheet",
            at: SourceLocation(file: file))
    }
}
