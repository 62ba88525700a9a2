/// The workbook's shared strings (`xl/sharedStrings.xml`): the text of every `<si>`, in order, which
/// cells of type `s` refer to by index. A rich-text string is the concatenation of its runs
/// (`<r><t>…</t></r>`); phonetic guides (`<rPh>`) are not part of the text.
enum SharedStringTable {
    static func read(_ part: WorkbookXML, limits: WorkbookLimits) throws(CoreError) -> [String] {
        var strings: [String] = []
        var text = RichText(limit: limits.cellBytes)
        while let node = try part.next() {
            switch node {
            case .start("si"):
                guard strings.count < limits.sharedStrings else {
                    throw part.problem("more than \(limits.sharedStrings) shared strings, more than a KPI workbook holds")
                }
                text = RichText(limit: limits.cellBytes)
            case .end("si"):
                strings.append(text.value)
            default:
                if !text.take(node) { throw part.problem("a string is longer than \(limits.cellBytes) bytes") }
            }
        }
        return strings
    }
}

/// The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): the
/// characters of its `<t>` elements, outside `<rPh>` (phonetic guides), with Excel's `_xHHHH_`
/// escapes decoded (`_x000D_` is a carriage return, `_x005F_` an underscore).
struct RichText {
    private var raw = ""
    private var inText = false
    private var phoneticDepth = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Takes one node inside the item; false when the text passes `limit` bytes.
    mutating func take(_ node: XMLStreamReader.Node) -> Bool {
        switch node {
        case .start("rPh"): phoneticDepth += 1
        case .end("rPh"): phoneticDepth -= 1
        case .start("t"): inText = true
        case .end("t"): inText = false
        case .text(let characters) where inText && phoneticDepth == 0:
            raw += characters
            return raw.utf8.count <= limit
        default: break
        }
        return true
    }

    /// The text, escapes decoded.
    var value: String { Self.unescape(raw) }

    /// Decodes `_xHHHH_` (four hex digits, a UTF-16 code unit) as Excel writes characters that XML
    /// cannot hold; anything else is kept as it is.
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let units = Array(text.utf16)
        var result: [UInt16] = []
        result.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if units[index] == 0x5F, index + 6 < units.count, units[index + 1] == 0x78, units[index + 6] == 0x5F,
                let code = UInt16(String(decoding: units[index + 2...index + 5], as: UTF16.self), radix: 16)
            {
                result.append(code)
                index += 7
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF16.self)
    }
}
