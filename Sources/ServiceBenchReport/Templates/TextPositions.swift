/// Lines and columns of byte offsets in a template's UTF-8 text, for error messages: lines are
/// counted by `\n` from 1, columns in Unicode scalars from 1 (a multi-byte character is one column).
enum TextPositions {
    /// The 1-based line and column of each of `offsets` (ascending), found in one pass over `bytes`.
    static func lineAndColumn(of offsets: [Int], in bytes: [UInt8]) -> [(line: Int, column: Int)] {
        var result: [(line: Int, column: Int)] = []
        result.reserveCapacity(offsets.count)
        var line = 1, column = 1, index = 0
        for offset in offsets {
            let target = min(max(offset, index), bytes.count)
            while index < target {
                if bytes[index] == 0x0A {
                    line += 1
                    column = 1
                } else if bytes[index] & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            result.append((line, column))
        }
        return result
    }

    /// The 1-based line and column of the byte at `offset`.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        lineAndColumn(of: [offset], in: bytes)[0]
    }
}
