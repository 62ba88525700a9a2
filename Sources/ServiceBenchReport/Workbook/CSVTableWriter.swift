import ServiceBenchCore

/// Writes a `WorkbookTable` as CSV the way Excel reads it in the report's language: for French, `;`
/// between fields and a decimal comma (`91,2`); for English, `,` and a decimal point. UTF-8 with a
/// byte-order mark (without it Excel reads the accents as Windows-1252), CRLF line ends (RFC 4180).
///
/// A figure is written in its KPI's unit (`91.2` for 91.2 %, `41` for 41 s: the unit column says
/// which), to 6 decimals as the JSON; an absent one is an empty field. A field holding the separator,
/// a quote or a line break is quoted, its quotes doubled. A text that a spreadsheet would read as a
/// formula (`=`, `+`, `-`, `@`, tab, CR first: `WorkbookText.looksLikeFormula`) is written after a
/// `'` (OWASP's advice against CSV injection), and quoted: `'=HYPERLINK(…)` is shown as text.
struct CSVTableWriter {
    let language: ReportLanguage

    var separator: UInt8 { language == .fr ? UInt8(ascii: ";") : UInt8(ascii: ",") }

    /// Hands the CSV of `table` to `write` in pieces of about 256 KiB.
    func write(_ table: WorkbookTable, to write: ([UInt8]) throws -> Void) throws {
        var output: [UInt8] = [0xEF, 0xBB, 0xBF]
        output.reserveCapacity(1 << 18)
        appendRecord(table.columns.map { .text($0.header) }, count: table.columns.count, to: &output)
        try table.rows { cells in
            appendRecord(cells, count: table.columns.count, to: &output)
            if output.count >= 1 << 18 {
                try write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        try write(output)
    }

    /// One record of `count` fields (a shorter row padded with empty fields), CRLF-terminated.
    func appendRecord(_ cells: [WorkbookCell], count: Int, to output: inout [UInt8]) {
        for index in 0..<count {
            if index > 0 { output.append(separator) }
            guard index < cells.count else { continue }
            switch cells[index] {
            case .empty: break
            case .text(let text): appendText(text, to: &output)
            case .bool(let value): output += (value ? "true" : "false").utf8
            case .figure(let value, let unit):
                if unit == .boolean { output += (value != 0 ? "true" : "false").utf8 } else { appendNumber(value, to: &output) }
            case .change(let value, _), .number(let value, _): appendNumber(value, to: &output)
            }
        }
        output += "\r\n".utf8
    }

    func appendNumber(_ value: Double, to output: inout [UInt8]) {
        for byte in JSONValue.format(value).utf8 {
            output.append(byte == UInt8(ascii: ".") && language == .fr ? UInt8(ascii: ",") : byte)
        }
    }

    func appendText(_ text: String, to output: inout [UInt8]) {
        let neutralised = WorkbookText.looksLikeFormula(text)
        let needsQuotes = neutralised || text.utf8.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            output += text.utf8
            return
        }
        output.append(UInt8(ascii: "\""))
        if neutralised { output.append(UInt8(ascii: "'")) }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }
}
