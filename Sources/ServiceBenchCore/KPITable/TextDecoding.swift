/// Turns the bytes of a CSV file as spreadsheets write it into UTF-8 text: drops a UTF-8 byte-order
/// mark, keeps valid UTF-8 as it is, and converts anything else from Windows-1252 (the encoding of
/// French Excel's "CSV (séparateur : point-virgule)" export), saying so in a note.
package enum TextDecoding {
    /// The decoded text as UTF-8 bytes, and a note for the data quality section when it was converted.
    struct Decoded {
        var utf8: [UInt8]
        /// "read as Windows-1252 …" when the bytes were not UTF-8; nil otherwise.
        var note: String?
    }

    /// Decodes `bytes` read from `name`. Refuses UTF-16 and UTF-32 (Excel's "Unicode text"), which
    /// would need a different separator handling, with a message that says how to save the file.
    static func decode(_ bytes: [UInt8], name: String) throws(CoreError) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw CoreError(
                .badEncoding,
                "the file is UTF-16 or UTF-32 (Excel's 'Unicode text'); save it as 'CSV UTF-8' or 'CSV (séparateur : point-virgule)'",
                at: SourceLocation(file: name, line: 1, column: 1))
        }
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard let invalid = firstInvalidUTF8Byte(body) else {
            return Decoded(utf8: body, note: nil)
        }
        // Counted by CSVRules, as every message counts lines (LF, CRLF, CR) and columns (characters).
        let (line, column) = body.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { CSVRules.location(of: invalid, in: $0, from: 0, line: 1) } ?? (1, 1)
        }
        let hex = String(body[invalid], radix: 16, uppercase: true)
        let note = "\(name) is not valid UTF-8 (byte 0x\(hex) at line \(line), column \(column)); "
            + "it was read as Windows-1252. Check its accented letters, or save it as 'CSV UTF-8'."
        return Decoded(utf8: windows1252ToUTF8(body), note: note)
    }

    /// The index of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), or nil when all of `bytes` is valid.
    package static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// Converts Windows-1252 bytes to UTF-8. 0x00–0x7F and 0xA0–0xFF are Latin-1; 0x80–0x9F map to the
    /// typographic characters of the Windows code page (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ);
    /// the five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the same
    /// value, as the WHATWG encoding standard does.
    package static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? upperControlRange[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return Array(String(scalars).utf8)
    }

    /// Unicode code points of Windows-1252 bytes 0x80–0x9F.
    private static let upperControlRange: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
