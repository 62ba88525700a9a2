extension String {
    /// The cell without leading and trailing white space (space, tab, CR, LF, U+00A0, U+202F); fast
    /// when there is nothing to trim, which is the usual case.
    var trimmedCell: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        let plain: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x80 }
        if plain(first) && plain(last) { return self }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{202F}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

/// One field of a CSV record, unquoted, with where it starts.
package struct CSVField: Sendable, Hashable {
    package var text: String
    /// Physical line (1-based) where the field starts: a quoted field may run over several lines.
    package var line: Int
    /// Column (1-based) of the field's first character, opening quote included, counted in Unicode
    /// scalars (code points) from the start of its physical line.
    package var column: Int

    package init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}

/// One record (row) of a CSV file.
package struct CSVRecord: Sendable, Hashable {
    package var fields: [CSVField]
    /// Physical line where the record starts.
    package var line: Int
    /// Where a missing field would start: just past the last field (its closing quote included), on
    /// the line where the record ends. A row with too few fields is reported there (`CSVRules`).
    package var endLine: Int
    package var endColumn: Int

    /// `endLine` and `endColumn` default to the last field's location (a sheet's row has no end).
    package init(fields: [CSVField], line: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.fields = fields
        self.line = line
        self.endLine = endLine ?? fields.last?.line ?? line
        self.endColumn = endColumn ?? fields.last?.column ?? 1
    }

    /// A record whose fields are all empty or white space (`;;;` is how Excel writes an empty row).
    package var isBlank: Bool { fields.allSatisfy { $0.text.trimmedCell.isEmpty } }
}

/// Splits UTF-8 text into records by `CSVRules` (RFC 4180 as Excel writes it): fields separated by
/// `separator`, records by LF, CRLF or CR; a field in double quotes may hold separators, line breaks
/// and doubled quotes (`""` is one `"`); a quote inside an unquoted field is text. Quoting errors are
/// returned with the records, never guessed into a value.
struct CSVTextReader {
    let bytes: [UInt8]
    let separator: UInt8

    private static let quote = CSVRules.quote
    private static let newline = CSVRules.lineFeed
    private static let carriageReturn = CSVRules.carriageReturn

    init(utf8 bytes: [UInt8], separator: UInt8) {
        self.bytes = bytes
        self.separator = separator
    }

    /// A quoting error and the field where it is.
    struct Problem: Sendable, Hashable {
        var kind: CSVRules.QuotingProblem
        var field: CSVField
    }

    /// Every record (lines with nothing on them are none; `;;;` is a record of empty fields), and the
    /// quoting errors: text after a closing quote (the field keeps the quoted text; reading goes on),
    /// or a quote never closed (the last problem: reading stops there).
    func records() -> (records: [CSVRecord], problems: [Problem]) {
        var records: [CSVRecord] = []
        var problems: [Problem] = []
        var index = 0
        var line = 1
        var lineStart = 0
        let end = bytes.count
        let separator = self.separator
        // Column of a position in its line, counting lead bytes (one per Unicode scalar); counted on
        // from the last position asked for, as fields are met left to right.
        var countedTo = 0
        var countedColumn = 1
        func column(of position: Int) -> Int {
            if countedTo < lineStart {
                countedTo = lineStart
                countedColumn = 1
            }
            while countedTo < position {
                if bytes[countedTo] & 0xC0 != 0x80 { countedColumn += 1 }
                countedTo += 1
            }
            return countedColumn
        }
        /// Steps over the line end at `index` (LF, CRLF or CR).
        func skipLineEnd() {
            index += (bytes[index] == Self.carriageReturn && index + 1 < end && bytes[index + 1] == Self.newline) ? 2 : 1
            line += 1
            lineStart = index
        }
        func isLineEnd(_ byte: UInt8) -> Bool { byte == Self.newline || byte == Self.carriageReturn }
        while index < end {
            if isLineEnd(bytes[index]) {
                skipLineEnd()  // an empty line is no record
                continue
            }
            var fields: [CSVField] = []
            let recordLine = line
            var endOfRecord = false
            var endLine = line
            var endColumn = 1
            while !endOfRecord {
                let fieldLine = line
                let fieldColumn = column(of: index)
                var text: String
                if index < end, bytes[index] == Self.quote {
                    var buffer: [UInt8] = []
                    index += 1
                    var closed = false
                    while index < end {
                        let byte = bytes[index]
                        if byte == Self.quote {
                            if index + 1 < end, bytes[index + 1] == Self.quote {
                                buffer.append(Self.quote)
                                index += 2
                            } else {
                                index += 1
                                closed = true
                                break
                            }
                        } else if isLineEnd(byte) {
                            // Kept as written (LF, CRLF or CR), as the raw-export scanner keeps it.
                            let lineEnd = index
                            skipLineEnd()
                            buffer.append(contentsOf: bytes[lineEnd..<index])
                        } else {
                            buffer.append(byte)
                            index += 1
                        }
                    }
                    let field = CSVField(text: String(decoding: buffer, as: UTF8.self), line: fieldLine, column: fieldColumn)
                    guard closed else {
                        problems.append(Problem(kind: .unclosedQuote, field: field))
                        fields.append(field)
                        records.append(CSVRecord(fields: fields, line: recordLine, endLine: line, endColumn: column(of: index)))
                        return (records, problems)
                    }
                    if index < end, bytes[index] != separator, !isLineEnd(bytes[index]) {
                        problems.append(Problem(kind: .textAfterClosingQuote, field: field))
                        while index < end, bytes[index] != separator, !isLineEnd(bytes[index]) { index += 1 }
                    }
                    text = field.text
                } else {
                    let start = index
                    while index < end, bytes[index] != separator, !isLineEnd(bytes[index]) {
                        index += 1
                    }
                    text = String(decoding: bytes[start..<index], as: UTF8.self)
                }
                fields.append(CSVField(text: text, line: fieldLine, column: fieldColumn))
                if index >= end || bytes[index] != separator {
                    endLine = line
                    endColumn = column(of: index)
                }
                if index >= end {
                    endOfRecord = true
                } else if bytes[index] == separator {
                    index += 1
                } else {
                    skipLineEnd()
                    endOfRecord = true
                }
            }
            records.append(CSVRecord(fields: fields, line: recordLine, endLine: endLine, endColumn: endColumn))
        }
        return (records, problems)
    }
}
