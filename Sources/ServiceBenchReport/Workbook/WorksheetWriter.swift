import ServiceBenchCore

/// Writes one `WorkbookTable` as a worksheet part into the workbook's ZIP archive, row by row: the
/// header row frozen at the top (bold, wrapped), the column widths, then one `<row>` per row with
/// only its non-empty cells (an absent figure is an empty cell, never 0). Texts go to the shared
/// string table; numbers are written in full (Swift's shortest form that reads back to the same
/// double) with the number format their kind calls for.
struct WorksheetWriter {
    /// Rows Excel opens in a sheet, the header included.
    static let maximumRows = 1_048_576
    /// Seconds in a day: Excel's durations are fractions of a day.
    static let secondsPerDay = 86_400.0

    let zip: ZIPStreamWriter
    let strings: SharedStrings

    /// Writes `table` as the part `path` (`xl/worksheets/sheet1.xml`).
    func write(_ table: WorkbookTable, path: String) throws {
        try zip.begin(path)
        let letters = (0..<max(1, table.columns.count)).map { Array(Self.columnLetters($0 + 1).utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(1 << 18)
        output += WorkbookParts.declaration.utf8
        output += "<worksheet xmlns=\"\(WorkbookParts.mainNamespace)\" xmlns:r=\"\(WorkbookParts.relationshipsNamespace)\">".utf8
        output += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>".utf8
        output += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>".utf8
        for (offset, column) in table.columns.enumerated() {
            output += "<col min=\"\(offset + 1)\" max=\"\(offset + 1)\" width=\"\(Self.number(column.width))\" customWidth=\"1\"/>".utf8
        }
        output += "</cols><sheetData>".utf8
        var row = 1
        appendRow(table.columns.map { .text($0.header) }, number: row, style: .header, letters: letters, to: &output)
        try table.rows { cells in
            row += 1
            appendRow(cells, number: row, style: nil, letters: letters, to: &output)
            if output.count >= 1 << 18 {
                try zip.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        output += "</sheetData></worksheet>".utf8
        try zip.write(output)
    }

    private func appendRow(_ cells: [WorkbookCell], number: Int, style: WorkbookParts.Style?, letters: [[UInt8]], to output: inout [UInt8]) {
        let digits = Array(String(number).utf8)
        output += "<row r=\"".utf8
        output += digits
        output += "\">".utf8
        for (offset, cell) in cells.enumerated() where offset < letters.count {
            let reference = (letters[offset], digits)
            switch cell {
            case .empty:
                continue
            case .text(let text):
                let cellStyle = style ?? (WorkbookText.looksLikeFormula(text) ? .quotedText : .plain)
                appendCell(reference, style: cellStyle, type: "s", value: String(strings.index(text)), to: &output)
            case .bool(let value):
                appendCell(reference, style: .plain, type: "b", value: value ? "1" : "0", to: &output)
            case .number(let value, let numberStyle):
                let cellStyle: WorkbookParts.Style
                switch numberStyle {
                case .integer: cellStyle = .integer
                case .year: cellStyle = .year
                case .decimal1: cellStyle = .decimal1
                case .decimal4: cellStyle = .decimal4
                }
                appendCell(reference, style: cellStyle, type: nil, value: Self.number(value), to: &output)
            case .change(let value, let unit):
                let (scaled, cellStyle) = Self.change(value, unit: unit)
                appendCell(reference, style: cellStyle, type: nil, value: Self.number(scaled), to: &output)
            case .figure(let value, let unit):
                let (scaled, cellStyle) = value < 0 && unit.isDuration ? Self.change(value, unit: unit) : Self.figure(value, unit: unit)
                if unit == .boolean {
                    appendCell(reference, style: .plain, type: "b", value: value != 0 ? "1" : "0", to: &output)
                } else {
                    appendCell(reference, style: cellStyle, type: nil, value: Self.number(scaled), to: &output)
                }
            }
        }
        output += "</row>".utf8
    }

    /// `reference`: the column's letters and the row's digits.
    private func appendCell(
        _ reference: (letters: [UInt8], digits: [UInt8]), style: WorkbookParts.Style, type: StaticString?, value: String, to output: inout [UInt8]
    ) {
        output += "<c r=\"".utf8
        output += reference.letters
        output += reference.digits
        output.append(UInt8(ascii: "\""))
        if style != .plain {
            output += " s=\"".utf8
            output += String(style.rawValue).utf8
            output.append(UInt8(ascii: "\""))
        }
        if let type {
            output += " t=\"".utf8
            type.withUTF8Buffer { output += $0 }
            output.append(UInt8(ascii: "\""))
        }
        output += "><v>".utf8
        output += value.utf8
        output += "</v></c>".utf8
    }

    /// A KPI figure as the sheet holds it, and its style: a percentage as a fraction, a duration as
    /// days (`[h]:mm:ss`; a negative one, which Excel cannot show as a time, in seconds as a change
    /// is), anything else as it is.
    static func figure(_ value: Double, unit: KPIUnit) -> (Double, WorkbookParts.Style) {
        switch unit {
        case .percent: return (value / 100, .percent)
        case .seconds: return (value / secondsPerDay, .duration)
        case .hours: return (value / 24, .duration)
        case .days: return (value, .duration)
        case .count: return (value, .integer)
        case .perHour: return (value, .decimal1)
        case .euros: return (value, .euros)
        case .points: return (value, .points)
        case .score: return (value, .decimal2)
        case .boolean, .category: return (value, .plain)
        }
    }

    /// A change in a KPI's unit as the sheet holds it, and its signed style: a percentage's as a
    /// fraction, a duration's in seconds.
    static func change(_ value: Double, unit: KPIUnit) -> (Double, WorkbookParts.Style) {
        switch unit {
        case .percent: return (value / 100, .signedPercent)
        case .seconds: return (value, .signedSeconds)
        case .hours: return (value * 3_600, .signedSeconds)
        case .days: return (value * secondsPerDay, .signedSeconds)
        case .count: return (value, .signedInteger)
        case .euros: return (value, .signedEuros)
        case .points: return (value, .points)
        case .perHour, .score, .boolean, .category: return (value, .signedDecimal2)
        }
    }

    /// A number as `<v>` holds it: whole numbers without a decimal point, others in Swift's shortest
    /// form that reads back to the same double (`0.912`, `4.7453703703703704e-04`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    static func columnLetters(_ column: Int) -> String {
        var column = column
        var letters: [Character] = []
        while column > 0 {
            let remainder = (column - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            column = (column - 1) / 26
        }
        return String(letters)
    }
}

extension KPIUnit {
    /// Seconds, hours or days: written as Excel durations.
    var isDuration: Bool { self == .seconds || self == .hours || self == .days }
}
