/// The CSV rules every reader of ServiceBench follows: the KPI-table reader (`CSVTextReader`) and the
/// raw-export scanner (`CSVScanner` in ServiceBenchIngest) split the same bytes into the same records
/// and name the same line and column in their messages (a test feeds both the same random inputs).
///
/// RFC 4180 as Excel writes and reads it:
/// - Records end at LF, CRLF or a lone CR (Excel for Mac's "CSV (Macintosh)"); a line with nothing
///   on it is no record (`;;;` is a record of empty fields, which the KPI table skips as blank).
/// - Fields are separated by the separator outside quotes only. A field that starts with `"` is
///   quoted: it runs to the next `"` not doubled, and may hold separators, line ends and `""` (one
///   `"`). A `"` anywhere else in an unquoted field is an ordinary character (`12" screen`).
/// - Text between a closing quote and the next separator or line end (`"4,5"%`), and a quote never
///   closed, are quoting errors, reported at the field's start: never guessed into a value.
/// - Separator: as an Excel `sep=;` first line declares it, else `;` when the first line holding a
///   `;` or a `,` outside quotes (titles and blank lines above a table hold neither) holds more `;`
///   than `,`, else `,`.
/// - Locations: a field is where its first character is (its opening quote, when quoted); its line
///   is the physical line (1-based; a quoted field may span lines, so a later field of the record may
///   be on a later line than the record's start); its column counts Unicode scalars (UTF-8 lead
///   bytes) from 1 at the start of that line, the byte-order mark not counted. A row with too few
///   fields is reported at its last field.
package enum CSVRules {
    package static let quote = UInt8(ascii: "\"")
    package static let lineFeed = UInt8(ascii: "\n")
    package static let carriageReturn = UInt8(ascii: "\r")

    /// A quoting error of one field.
    package enum QuotingProblem: String, Sendable, Hashable {
        /// A quoted field that runs to the end of the file.
        case unclosedQuote
        /// Text between the closing quote and the next separator or line end.
        case textAfterClosingQuote

        /// What is wrong and how to fix it, for messages.
        package var message: String {
            switch self {
            case .unclosedQuote:
                return "this quoted field is never closed: the opening '\"' has no matching '\"' before the end of the file; "
                    + "close the quote, or double the quotes inside the field (\"\")"
            case .textAfterClosingQuote:
                return "text follows the closing '\"' of this quoted field; quote the whole field (\"4,5 %\"), "
                    + "double the quotes inside it (\"\"), or remove the quotes"
            }
        }
    }

    /// The separator of a file whose first bytes are `bytes`: `;` when its first line holding either
    /// (outside quotes) holds more `;` than `,`, `,` otherwise. Lines with neither, blank lines and
    /// titles above a table, are passed over.
    package static func detectSeparator<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        for byte in bytes {
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == lineFeed || byte == carriageReturn {
                    if commas + semicolons > 0 { break }
                } else if byte == UInt8(ascii: ",") {
                    commas += 1
                } else if byte == UInt8(ascii: ";") {
                    semicolons += 1
                }
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// The separator an Excel `sep=;` (or `sep=,`, `sep=\t`, `sep=|`) first line declares, or nil when
    /// the file has no such line. The line itself is the file's first record.
    package static func declaredSeparator<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt8? where Bytes.Index == Int {
        let start = bytes.startIndex
        guard bytes.count >= 5, (0..<4).map({ bytes[start + $0] | 0x20 }) == Array("sep=".utf8) else { return nil }
        let separator = bytes[start + 4]
        guard [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")].contains(separator) else { return nil }
        guard bytes.count == 5 || bytes[start + 5] == lineFeed || bytes[start + 5] == carriageReturn else { return nil }
        return separator
    }

    /// The line and column of the byte at `position`, counting from `start`, which is at `column` of
    /// `line`: every LF, CRLF (once) or lone CR starts a new line; columns count UTF-8 lead bytes.
    /// `position` is never just after the CR of a CRLF (a field or a record end never is).
    package static func location(
        of position: Int, in bytes: UnsafePointer<UInt8>, from start: Int, line: Int, column: Int = 1
    ) -> (line: Int, column: Int) {
        var line = line
        var column = column
        var index = start
        while index < position {
            let byte = bytes[index]
            if byte == lineFeed || (byte == carriageReturn && !(index + 1 < position && bytes[index + 1] == lineFeed)) {
                line += 1
                column = 1
            } else if byte != carriageReturn && byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}
