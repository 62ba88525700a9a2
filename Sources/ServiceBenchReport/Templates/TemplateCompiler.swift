/// Compiles a Mustache template into `TemplateNode`s for `TemplateRenderer`, the fast renderer of the
/// reports. It follows swift-mustache's parser (`MustacheTemplate.parse`) step by step, including how
/// it treats whitespace (text is cut at each line end; a section, comment or partial tag alone on its
/// line takes the line with it; an indented partial alone on its line indents the lines it adds), so
/// that both render the same bytes; `TemplateRendererTests` compares them.
///
/// Only the part of Mustache the report templates need is compiled: text, variables, sections,
/// inverted sections, comments and partials. A template using anything else (set delimiters, template
/// inheritance, dynamic partials, transforms, pragmas) throws `Unsupported`, and `TemplateSet` then
/// renders with swift-mustache instead. The template has already been parsed by swift-mustache, which
/// reports syntax errors with their line; a template it rejects is never compiled here.
struct TemplateCompiler {
    /// The template uses a construct this compiler leaves to swift-mustache.
    struct Unsupported: Error {}

    private let bytes: [UInt8]
    private var position = 0

    private static let open: [UInt8] = Array("{{".utf8)
    private static let close: [UInt8] = Array("}}".utf8)

    static func compile(_ text: String) throws(Unsupported) -> [TemplateNode] {
        // swift-mustache reads Characters: a brace, space, tab or line end joined with another scalar
        // into one Character (`{` after U+0600, `}` before a combining mark) is not one to it.
        let syntax: Set<Unicode.Scalar> = ["{", "}", " ", "\t", "\n", "\r"]
        for character in text where character != "\r\n" && character.unicodeScalars.count > 1 {
            if character.unicodeScalars.contains(where: syntax.contains) { throw Unsupported() }
        }
        var compiler = TemplateCompiler(bytes: Array(text.utf8))
        return try compiler.parse(section: nil, newLine: true)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The nodes up to the end of the text, or up to `{{/section}}` when `section` is given.
    private mutating func parse(section: String?, newLine startsOnNewLine: Bool) throws(Unsupported) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var newLine = startsOnNewLine
        var whiteSpaceBefore: [UInt8] = []
        while position < bytes.count {
            if newLine { whiteSpaceBefore = readSpacesAndTabs() }
            let (text, foundTag) = readUntilTagOrNewline()
            // `{{` right before a line end: swift-mustache takes it for text; left to it.
            if foundTag, newLineLength(at: position, crlfOnly: false) != nil { throw Unsupported() }
            if !foundTag, let newLineLength = newLineLength(at: position, crlfOnly: true) {
                nodes.append(.text(whiteSpaceBefore + text + bytes[position..<position + newLineLength]))
                newLine = true
                position += newLineLength
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = []
                newLine = false
            }
            if position >= bytes.count { break }
            guard foundTag else { throw Unsupported() }
            var setNewLine = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName()
                if isStandalone(newLine) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = []
                }
                let children = try parse(section: name, newLine: setNewLine)
                nodes.append(.section(TemplateName(name), inverted: inverted, children))
            case UInt8(ascii: "/"):
                position += 1
                guard try readName() == section else { throw Unsupported() }
                if !isStandalone(newLine), !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(Self.close, from: position) else { throw Unsupported() }
                position = end + Self.close.count
                setNewLine = isStandalone(newLine)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = []
                }
                position += 1
                let name = try readName()
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else { throw Unsupported() }
                    position += 1
                }
                nodes.append(.variable(TemplateName(name), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                guard position < bytes.count, bytes[position] != UInt8(ascii: "*") else { throw Unsupported() }
                let name = try readName(partial: true)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(newLine) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = []
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="), UInt8(ascii: "%"):
                throw Unsupported()
            default:
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = []
                }
                nodes.append(.variable(TemplateName(try readName()), escaped: true))
            }
            newLine = setNewLine
        }
        guard section == nil else { throw Unsupported() }
        return nodes
    }

    /// Text up to a line end (not consumed) or up to and including `{{`.
    private mutating func readUntilTagOrNewline() -> (text: [UInt8], foundTag: Bool) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && newLineLength(at: position, crlfOnly: true) != nil) {
                return (Array(bytes[start..<position]), false)
            }
            if byte == Self.open[0], position + 1 < bytes.count, bytes[position + 1] == Self.open[1] {
                let text = Array(bytes[start..<position])
                position += 2
                return (text, true)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), false)
    }

    /// The length of the line end at `index`: `\n` or `\r\n`, and with `crlfOnly` false also what
    /// Swift's `Character.isNewline` accepts (`\r`, VT, FF, NEL, LS, PS), as swift-mustache checks.
    private func newLineLength(at index: Int, crlfOnly: Bool) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : (crlfOnly ? nil : 1)
        case 0x0B, 0x0C: return crlfOnly ? nil : 1
        case 0xC2: return !crlfOnly && index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : nil
        case 0xE2:
            return !crlfOnly && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
                ? 3 : nil
        default: return nil
        }
    }

    /// A tag alone on its line (it started one, and only spaces and tabs follow it): the rest of the
    /// line and its line end are consumed.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if position >= bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard let length = newLineLength(at: index, crlfOnly: false) else { return false }
        position = index + length
        return true
    }

    private mutating func readSpacesAndTabs() -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") { position += 1 }
        return Array(bytes[start..<position])
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, Self.whitespaceBytes.contains(bytes[position]) { position += 1 }
    }

    /// A tag name and the `}}` after it. Names with brackets are transforms, left to swift-mustache;
    /// a partial's name may also hold `/` and brackets.
    private mutating func readName(partial: Bool = false) throws(Unsupported) -> String {
        let allowed = partial ? Self.partialNameBytes : Self.nameBytes
        skipWhitespace()
        let start = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard position + 1 < bytes.count, bytes[position] == Self.close[0], bytes[position + 1] == Self.close[1] else { throw Unsupported() }
        position += 2
        if !partial, name.contains(where: { $0 == "(" || $0 == ")" }) { throw Unsupported() }
        return name
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*".utf8)
    private static let partialNameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/".utf8)
    private static let whitespaceBytes = Set(" \t\n\r\u{0B}\u{0C}".utf8)
}
