/// A cell's address in A1 style (`B7`: column B, row 7), within Excel's grid: columns A to XFD
/// (1–16,384), rows 1–1,048,576.
package struct CellReference: Sendable, Hashable {
    /// 1-based row.
    package var row: Int
    /// 1-based column (1 is A).
    package var column: Int

    package static let maximumRow = 1_048_576
    package static let maximumColumn = 16_384

    package init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `B7`, `$B$7` or `b7`; nil when it is not a cell address of the grid.
    package init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard (1...Self.maximumColumn).contains(column), (1...Self.maximumRow).contains(row) else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters (`1` is `A`, `28` is `AB`); nil outside 1–16,384.
    package static func columnLetters(_ column: Int) -> String? {
        guard (1...maximumColumn).contains(column) else { return nil }
        var scalars: [Unicode.Scalar] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            scalars.insert(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)), at: 0)
            rest = (rest - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `B7`.
    package var text: String { (Self.columnLetters(column) ?? "?") + String(row) }
}
