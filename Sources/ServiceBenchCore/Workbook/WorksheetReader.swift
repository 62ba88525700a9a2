/// Reads a worksheet part (`xl/worksheets/sheet1.xml`) as a stream into rows of cell texts
/// (`WorkbookCellText`), each field located at its row and column. Rows and cells without an `r`
/// attribute follow the previous one; missing cells are empty fields; every row is padded to the
/// widest row, as a CSV export of the sheet would be. Rows and cells, counted with that padding, are
/// bounded (`WorkbookLimits`).
struct WorksheetReader {
    let part: WorkbookXML
    let sheet: String
    let sharedStrings: [String]
    let styles: CellStyles
    let date1904: Bool
    let limits: WorkbookLimits

    /// A cell being read.
    private struct Cell {
        var reference: CellReference
        var type = "n"
        var style = 0
        var value: String?
        var inline: RichText?
        var hasFormula = false
    }

    func rows() throws(CoreError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var row = 0
        var column = 0
        var cells = 0
        var width = 0
        var cell: Cell?
        var inValue = false
        var inSheetData = false
        while let node = try part.next() {
            switch node {
            case .start("sheetData"):
                inSheetData = true
            case .end("sheetData"):
                inSheetData = false
            case .start("row") where inSheetData:
                var number = row + 1
                if let text = part.attribute("r") {
                    guard let given = Int(text), (1...CellReference.maximumRow).contains(given) else {
                        throw part.problem("the row number '\(Excerpt.of(text))' is not a row of a sheet (1 to \(CellReference.maximumRow))")
                    }
                    number = given
                }
                guard number > row else {
                    throw problem("row \(number) comes after row \(row); the rows of a sheet are in order, each once", row: number, column: nil)
                }
                guard records.count < limits.rows, number <= CellReference.maximumRow else {
                    throw problem("the sheet has more than \(limits.rows) rows, more than a KPI table holds", row: number, column: nil)
                }
                row = number
                column = 0
                fields = []
            case .end("row") where inSheetData:
                if !fields.isEmpty {
                    width = max(width, fields.count)
                    records.append(CSVRecord(fields: fields, line: row))
                }
            case .start("c") where inSheetData:
                let reference: CellReference
                if let text = part.attribute("r") {
                    guard let parsed = CellReference(text), parsed.row == row || row == 0 else {
                        throw problem("the cell reference '\(Excerpt.of(text))' is not a cell of row \(row)", row: row, column: nil)
                    }
                    reference = parsed
                } else {
                    reference = CellReference(row: max(row, 1), column: column + 1)
                }
                guard reference.column <= CellReference.maximumColumn else {
                    throw problem("the row has a cell past column XFD, the last of a sheet", row: reference.row, column: nil)
                }
                guard reference.column > column else {
                    throw problem("cell \(reference.text) comes after column \(CellReference.columnLetters(column) ?? "?"); the cells of a row are in order, each once", row: reference.row, column: reference.column)
                }
                cells += 1
                guard cells <= limits.cells else {
                    throw problem("the sheet has more than \(limits.cells) cells, more than a KPI table holds", row: reference.row, column: reference.column)
                }
                if row == 0 { row = reference.row }
                column = reference.column
                cell = Cell(reference: reference, type: part.attribute("t") ?? "n", style: part.attribute("s").flatMap { Int($0) } ?? 0)
            case .end("c") where inSheetData:
                guard let finished = cell else { continue }
                cell = nil
                let text = try self.text(of: finished)
                guard !text.isEmpty else { continue }
                while fields.count < finished.reference.column - 1 {
                    fields.append(CSVField(text: "", line: row, column: fields.count + 1))
                }
                fields.append(CSVField(text: text, line: row, column: finished.reference.column))
            case .start("v") where cell != nil:
                inValue = true
                if cell?.value == nil { cell?.value = "" }
            case .end("v"):
                inValue = false
            case .start("f") where cell != nil:
                cell?.hasFormula = true
            case .start("is") where cell != nil:
                cell?.inline = RichText(limit: limits.cellBytes)
            case .text(let characters) where inValue:
                cell?.value? += characters
                if let value = cell?.value, value.utf8.count > limits.cellBytes, let reference = cell?.reference {
                    throw problem("the cell holds more than \(limits.cellBytes) bytes of text", row: reference.row, column: reference.column)
                }
            default:
                if cell?.inline != nil, cell?.inline?.take(node) == false, let reference = cell?.reference {
                    throw problem("the cell holds more than \(limits.cellBytes) bytes of text", row: reference.row, column: reference.column)
                }
            }
        }
        // Filled out, the rows must still fit the bound on cells (a stray cell far right would
        // otherwise multiply every row).
        guard records.count * width <= limits.cells else {
            throw CoreError(
                .badWorkbook,
                "the sheet's rows span \(records.count) rows and \(width) columns (\(records.count * width) cells once filled), "
                    + "more than the \(limits.cells) cells a sheet may hold; delete the cells beyond the table",
                at: SourceLocation(file: part.file, sheet: sheet))
        }
        for index in records.indices where records[index].fields.count < width {
            let line = records[index].line
            for position in records[index].fields.count..<width {
                records[index].fields.append(CSVField(text: "", line: line, column: position + 1))
            }
        }
        return records
    }

    /// The cell's text (empty for an empty cell).
    private func text(of cell: Cell) throws(CoreError) -> String {
        let row = cell.reference.row, column = cell.reference.column
        if cell.type == "inlineStr" { return cell.inline?.value ?? "" }
        guard let raw = cell.value else {
            if cell.hasFormula {
                throw problem(
                    "the cell holds a formula whose result was never saved (the workbook was written by a program that does not compute formulas); "
                        + "open the workbook in Excel or LibreOffice and save it, so that each formula's result is stored",
                    row: row, column: column)
            }
            return ""
        }
        switch cell.type {
        case "s":
            guard let index = Int(raw.trimmedCell), sharedStrings.indices.contains(index) else {
                throw problem("the cell refers to shared string '\(Excerpt.of(raw))', which the workbook does not have (the workbook is damaged)", row: row, column: column)
            }
            return sharedStrings[index]
        case "str":
            return RichText.unescape(raw)
        case "b":
            return WorkbookCellText.boolean(raw.trimmedCell)
        case "e":
            return WorkbookCellText.error(raw.trimmedCell)
        case "d":
            // An ISO 8601 date (strict workbooks): its date part.
            return String(raw.trimmedCell.prefix { $0 != "T" })
        case "n":
            let trimmed = raw.trimmedCell
            if trimmed.isEmpty { return "" }
            guard let text = WorkbookCellText.number(raw: trimmed, format: styles.format(cell.style), date1904: date1904) else {
                throw problem("the cell's number '\(Excerpt.of(raw))' cannot be read (the workbook is damaged)", row: row, column: column)
            }
            return text
        default:
            throw problem("the cell has the unknown type '\(Excerpt.of(cell.type))' (the workbook is damaged or not from Excel)", row: row, column: column)
        }
    }

    private func problem(_ message: String, row: Int, column: Int?) -> CoreError {
        CoreError(.badWorkbook, message, at: SourceLocation(file: part.file, sheet: sheet, line: row, column: column))
    }
}
