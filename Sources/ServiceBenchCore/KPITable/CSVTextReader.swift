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

    package init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// A record whose fields are all empty or white space (`;;;` is how Excel writes an empty row).
    package var isBlank: Bool { fields.allSatisfy { $0.text.trimmedCell.isEmpty } }
}

/// Splits UTF-8 text into RFC 4180 records: fields separated by `separator`, records by LF, CRLF or
/// CR; a field in double quotes may hold separators, line breaks and doubled quotes (`""` is one `"`).
/// A quote inside an unquoted field, or text after a closing quote, is kept as text (Excel does the
/// same when it reads such a file).
struct CSVTextReader {
    let bytes: [UInt8]
    let separator: UInt8

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(utf8 bytes: [UInt8], separator: UInt8) {
        self.bytes = bytes
        self.separator = separator
    }

    /// The separator of a file: `;` when its first non-blank line holds more `;` than `,` outside
    /// quotes, `,` otherwise.
    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        var sawText = false
        for byte in bytes {
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == newline || byte == carriageReturn {
                    if sawText { break }
                } else if byte == UInt8(ascii: ",") {
                    commas += 1
                } else if byte == UInt8(ascii: ";") {
                    semicolons += 1
                }
            }
            if byte != newline && byte != carriageReturn && byte != UInt8(ascii: " ") { sawText = true }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// The separator an Excel `sep=;` (or `sep=,`, `sep=\t`) first line declares, or nil when the file
    /// has no such line. The line itself is the file's first record.
    static func declaredSeparator(_ bytes: [UInt8]) -> UInt8? {
        guard bytes.count >= 5, Array(bytes[0..<4]).map({ $0 | 0x20 }) == Array("sep=".utf8) else { return nil }
        let separator = bytes[4]
        guard [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")].contains(separator) else { return nil }
        guard bytes.count == 5 || bytes[5] == newline || bytes[5] == carriageReturn else { return nil }
        return separator
    }

    /// Every record, blank ones included; or the location of an opening quote that is never closed,
    /// with the records before it.
    func records() -> (records: [CSVRecord], unterminatedQuote: CSVField?) {
        var records: [CSVRecord] = []
        var index = 0
        var line = 1
        var lineStart = 0
        let end = bytes.count
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
        while index < end {
            var fields: [CSVField] = []
            let recordLine = line
            var endOfRecord = false
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
                        } else if byte == Self.carriageReturn || byte == Self.newline {
                            index += (byte == Self.carriageReturn && index + 1 < end && bytes[index + 1] == Self.newline) ? 2 : 1
                            buffer.append(Self.newline)
                            line += 1
                            lineStart = index
                        } else {
                            buffer.append(byte)
                            index += 1
                        }
                    }
                    guard closed else {
                        return (records, CSVField(text: String(decoding: buffer, as: UTF8.self), line: fieldLine, column: fieldColumn))
                    }
                    // Text after the closing quote, up to the separator, is kept.
                    let start = index
                    while index < end, bytes[index] != separator, bytes[index] != Self.newline, bytes[index] != Self.carriageReturn {
                        index += 1
                    }
                    buffer.append(contentsOf: bytes[start..<index])
                    text = String(decoding: buffer, as: UTF8.self)
                } else {
                    let start = index
                    while index < end, bytes[index] != separator, bytes[index] != Self.newline, bytes[index] != Self.carriageReturn {
                        index += 1
                    }
                    text = String(decoding: bytes[start..<index], as: UTF8.self)
                }
                fields.append(CSVField(text: text, line: fieldLine, column: fieldColumn))
                if index >= end {
                    endOfRecord = true
                } else if bytes[index] == separator {
                    index += 1
                } else {
                    index += (bytes[index] == Self.carriageReturn && index + 1 < end && bytes[index + 1] == Self.newline) ? 2 : 1
                    line += 1
                    lineStart = index
                    endOfRecord = true
                }
            }
            records.append(CSVRecord(fields: fields, line: recordLine))
        }
        return (records, nil)
    }
}
