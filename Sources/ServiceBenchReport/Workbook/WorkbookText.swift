/// Text bound for a workbook's XML or a CSV field: escaped, cut to what a cell holds, and never taken
/// for a formula.
enum WorkbookText {
    /// The most characters (UTF-16 code units) Excel keeps in a cell; a longer text is cut there,
    /// ending in `…`.
    static let maximumLength = 32_767

    /// Whether a spreadsheet would take `text` for a formula when it is typed into a cell or read from
    /// a CSV file: it starts with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV
    /// injection"). In the workbook such a text is a text cell all the same (a shared string, never a
    /// formula), with Excel's quote prefix so that editing the cell keeps it text; in the CSV it is
    /// written after a `'`.
    static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@")
            || first == 0x09 || first == 0x0D
    }

    /// `text` with the characters XML 1.0 forbids replaced by U+FFFD (`XMLText.clean`), cut to
    /// `maximumLength` UTF-16 code units.
    static func fitted(_ text: String) -> String {
        let clean = XMLText.clean(text)
        guard clean.utf16.count > maximumLength else { return clean }
        var cut = ""
        var length = 0
        for character in clean {
            let units = character.utf16.count
            guard length + units <= maximumLength - 1 else { break }
            cut.append(character)
            length += units
        }
        return cut + "…"
    }

    /// Appends `text` (already `fitted`) as XML character data to `output`: `&`, `<`, `>` and `"`
    /// as entities, a carriage return as `&#13;` (a parser would read a raw one as a line feed), and
    /// an underscore that starts what Excel reads as an escaped character (`_x000D_`: `_x`, four hex
    /// digits, `_`) as `_x005F_`, Excel's escape of the underscore itself, so the text reads back as it was.
    static func appendXML(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): output += "&amp;".utf8
                case UInt8(ascii: "<"): output += "&lt;".utf8
                case UInt8(ascii: ">"): output += "&gt;".utf8
                case UInt8(ascii: "\""): output += "&quot;".utf8
                case 0x0D: output += "&#13;".utf8
                case UInt8(ascii: "_") where startsEscape(bytes, at: index): output += "_x005F_".utf8
                default: output.append(byte)
                }
                index += 1
            }
        }
    }

    /// Whether `bytes[index...]` is `_xHHHH_`.
    private static func startsEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 6 < bytes.count, bytes[index + 1] == UInt8(ascii: "x") || bytes[index + 1] == UInt8(ascii: "X"),
            bytes[index + 6] == UInt8(ascii: "_")
        else { return false }
        return (index + 2...index + 5).allSatisfy { position in
            let byte = bytes[position]
            return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
