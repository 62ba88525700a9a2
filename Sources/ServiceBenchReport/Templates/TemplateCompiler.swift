import ServiceBenchCore

/// Parses a Mustache template into `TemplateNode`s for `TemplateBinder`: ServiceBench's own, and
/// only, template parser. It reads the part of Mustache the report templates use — text, `{{name}}`
/// (escaped), sections, inverted sections, comments and partials — with Mustache's whitespace rules
/// as swift-mustache 2.1.1 applies them (text is cut at each line end; a section, comment or partial
/// tag alone on its line takes the line with it; an indented partial alone on its line indents the
/// lines it adds), so that both give the same bytes; `TemplateRendererTests` compares them.
///
/// Everything else is refused with an error naming the construct and its line and column: template
/// inheritance (`{{<parent}}`, `{{$block}}`), set delimiters (`{{=<% %>=}}`), unescaped output
/// (`{{{name}}}`, `{{&name}}`), dynamic partials (`{{>*name}}`), pragmas (`{{%…}}`), transforms
/// (`{{f(name)}}`), and a brace, space or line end joined with a neighbouring scalar into one
/// character. The parse is one pass over the bytes (linear in the template's size), and sections may
/// nest at most `TemplateLimits.maximumNesting` deep, so the recursion is bounded.
struct TemplateCompiler {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    /// The byte offset of each partial tag's `{{`, with its name and enclosing sections.
    private var partialTags: [(offset: Int, name: String, enclosingSections: Int)] = []
    private var deepest = 0

    /// The section being parsed: its name and the offset of its opening `{{`.
    private struct OpenSection {
        let name: String
        let offset: Int
    }

    /// Compiles `text`, the contents of the template file `file` (named in errors).
    static func compile(_ text: String, file: String) throws(ReportError) -> CompiledTemplate {
        try checkJoinedSyntaxCharacters(text, file: file)
        var compiler = TemplateCompiler(bytes: Array(text.utf8), file: file)
        let nodes = try compiler.parse(section: nil, newLine: true, depth: 0)
        let positions = TextPositions.lineAndColumn(of: compiler.partialTags.map(\.offset), in: compiler.bytes)
        let partials = zip(compiler.partialTags, positions).map { tag, position in
            CompiledTemplate.PartialTag(name: tag.name, line: position.line, column: position.column, enclosingSections: tag.enclosingSections)
        }
        return CompiledTemplate(nodes: nodes, partials: partials, sectionDepth: compiler.deepest, file: file, bytes: compiler.bytes)
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Refuses a brace, space, tab or line end joined with another scalar into one Character (`{`
    /// after U+0600, `}` before a combining mark): swift-mustache, which reads Characters, would not
    /// see it as syntax, and this parser, which reads bytes, would. Pure ASCII text is skipped at once.
    private static func checkJoinedSyntaxCharacters(_ text: String, file: String) throws(ReportError) {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return }
        let syntax: Set<Unicode.Scalar> = ["{", "}", " ", "\t", "\n", "\r"]
        var offset = 0
        for character in text {
            defer { offset += character.utf8.count }
            guard character != "\r\n", character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: syntax.contains) else { continue }
            let scalars = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }.joined(separator: " ")
            let (line, column) = TextPositions.lineAndColumn(of: offset, in: Array(text.utf8))
            throw ReportError(
                .unsupportedTemplate,
                "a brace, space or line end is joined here with the character next to it into one character (\(scalars)), which Mustache would not read as template syntax; separate them or remove the joining mark",
                at: SourceLocation(file: file, line: line, column: column))
        }
    }

    private func failure(_ code: ReportError.Code, _ message: String, at offset: Int) -> ReportError {
        let (line, column) = TextPositions.lineAndColumn(of: offset, in: bytes)
        return ReportError(code, message, at: SourceLocation(file: file, line: line, column: column))
    }

    /// The nodes up to the end of the text, or up to `{{/section}}` when `section` is given; `depth`
    /// is the number of sections around them.
    private mutating func parse(section: OpenSection?, newLine startsOnNewLine: Bool, depth: Int) throws(ReportError) -> [TemplateNode] {
        deepest = max(deepest, depth)
        var nodes: [TemplateNode] = []
        var newLine = startsOnNewLine
        var whiteSpaceBefore: [UInt8] = []
        while position < bytes.count {
            if newLine { whiteSpaceBefore = readSpacesAndTabs() }
            let (text, foundTag) = readUntilTagOrNewline()
            let tagStart = position - 2
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
            guard foundTag else { break }  // the end of the text
            guard position < bytes.count, newLineLength(at: position, crlfOnly: false) == nil else {
                throw failure(.templateSyntax, "this tag is not closed on its line; write the whole tag, {{name}}, on one line, or remove the stray {{", at: tagStart)
            }
            var setNewLine = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                guard depth < TemplateLimits.maximumNesting else {
                    throw failure(
                        .templateTooDeep, "this section is nested \(depth + 1) sections deep; at most \(TemplateLimits.maximumNesting) levels are allowed: flatten the template or move its inner part to a partial",
                        at: tagStart)
                }
                position += 1
                let name = try readName(at: tagStart)
                if isStandalone(newLine) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = []
                }
                let children = try parse(section: OpenSection(name: name, offset: tagStart), newLine: setNewLine, depth: depth + 1)
                nodes.append(.section(TemplateName(name), inverted: inverted, children, at: tagStart))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(at: tagStart)
                guard let section else {
                    throw failure(.templateSyntax, "{{/\(name)}} closes a section that was never opened; remove it or add {{#\(name)}} before it", at: tagStart)
                }
                guard name == section.name else {
                    let opened = TextPositions.lineAndColumn(of: section.offset, in: bytes)
                    throw failure(
                        .templateSyntax, "{{/\(name)}} does not close {{#\(section.name)}} (opened at line \(opened.line), column \(opened.column)); close sections in the reverse order of opening, with the same name",
                        at: tagStart)
                }
                if !isStandalone(newLine), !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = findClose(from: position) else {
                    throw failure(.templateSyntax, "this comment is never closed; end it with }}", at: tagStart)
                }
                position = end + 2
                setNewLine = isStandalone(newLine)
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
                    throw unsupported("a dynamic partial {{>*name}}", at: tagStart)
                }
                let name = try readName(at: tagStart, partial: true)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(newLine) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore, at: tagStart))
                } else {
                    nodes.append(.partial(name, indentation: nil, at: tagStart))
                }
                partialTags.append((tagStart, name, depth))
                whiteSpaceBefore = []
            case UInt8(ascii: "{"): throw unsupported("unescaped output {{{name}}}", at: tagStart)
            case UInt8(ascii: "&"): throw unsupported("unescaped output {{&name}}", at: tagStart)
            case UInt8(ascii: "<"): throw unsupported("template inheritance {{<parent}}", at: tagStart)
            case UInt8(ascii: "$"): throw unsupported("a block {{$name}} of template inheritance", at: tagStart)
            case UInt8(ascii: "="): throw unsupported("a change of delimiters {{=…=}}", at: tagStart)
            case UInt8(ascii: "%"): throw unsupported("a pragma {{%…}}", at: tagStart)
            default:
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = []
                }
                nodes.append(.variable(TemplateName(try readName(at: tagStart)), at: tagStart))
            }
            newLine = setNewLine
        }
        if let section {
            throw failure(.templateSyntax, "{{#\(section.name)}} is never closed; add {{/\(section.name)}} where the section ends", at: section.offset)
        }
        return nodes
    }

    private func unsupported(_ construct: String, at offset: Int) -> ReportError {
        failure(
            .unsupportedTemplate,
            "\(construct) is not supported by ServiceBench's templates, which use text, {{name}} (always escaped), {{#section}}, {{^inverted}}, {{! comments }} and {{>partials}}; rewrite it with these",
            at: offset)
    }

    /// Text up to a line end (not consumed) or up to and including `{{`.
    private mutating func readUntilTagOrNewline() -> (text: [UInt8], foundTag: Bool) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && newLineLength(at: position, crlfOnly: true) != nil) {
                return (Array(bytes[start..<position]), false)
            }
            if byte == UInt8(ascii: "{"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "{") {
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

    /// A tag name and the `}}` after it, for the tag whose `{{` is at `tagStart`. A partial's name
    /// may also hold `/` and brackets; a name with brackets elsewhere is a transform, refused.
    private mutating func readName(at tagStart: Int, partial: Bool = false) throws(ReportError) -> String {
        let allowed = partial ? Self.partialNameBytes : Self.nameBytes
        skipWhitespace()
        let start = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}") else {
            if position >= bytes.count || findClose(from: position, sameLine: true) == nil {
                throw failure(.templateSyntax, "this tag is not closed; end it with }} on the same line", at: tagStart)
            }
            throw failure(
                .templateSyntax, "a tag name holds letters, digits and . - _ ? * only\(partial ? " (and / in a partial's name)" : ""); remove what follows '\(name)' in this tag",
                at: position)
        }
        position += 2
        if !partial, name.contains(where: { $0 == "(" || $0 == ")" }) { throw unsupported("a transform {{f(name)}}", at: tagStart) }
        guard !name.isEmpty else {
            throw failure(.templateSyntax, "this tag has no name; write {{name}}, or {{.}} for the current value", at: tagStart)
        }
        return name
    }

    /// The offset of the next `}}` from `start`; with `sameLine`, nil past the end of the line.
    private func findClose(from start: Int, sameLine: Bool = false) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") { return index }
            if sameLine, bytes[index] == 0x0A { return nil }
            index += 1
        }
        return nil
    }

    private static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*".utf8)
    private static let partialNameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/".utf8)
    private static let whitespaceBytes = Set(" \t\n\r\u{0B}\u{0C}".utf8)
}

extension String {
    /// The string with zeros in front, up to `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
