/// The workbook's shared string table (`xl/sharedStrings.xml`): every distinct text once, in order of
/// first use, each cell naming its index. A company's name, a study's publisher or a statement is
/// stored once however many rows repeat it.
final class SharedStrings {
    /// A text as a dictionary key compared and hashed by its UTF-8 bytes: Swift's own `String` hash
    /// normalizes Unicode first, which costs more than the rest of a cell on a panel's KPIs sheet.
    private struct Key: Hashable {
        let text: String

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            var left = lhs.text, right = rhs.text
            return left.withUTF8 { leftBytes in right.withUTF8 { rightBytes in leftBytes.elementsEqual(rightBytes) } }
        }
    }

    private var indexes: [Key: Int] = [:]
    /// The texts as written (`WorkbookText.fitted`), by index.
    private var strings: [String] = []
    /// How many cells refer to the table.
    private var references = 0

    /// The index of `text`, added when new (`WorkbookText.fitted`: cleaned for XML, cut to a cell's length).
    func index(_ text: String) -> Int {
        references += 1
        let key = Key(text: text)
        if let index = indexes[key] { return index }
        let index = strings.count
        indexes[key] = index
        strings.append(WorkbookText.fitted(text))
        return index
    }

    /// Writes the table as the part `xl/sharedStrings.xml` of `zip`.
    func write(to zip: ZIPStreamWriter) throws {
        try zip.begin("xl/sharedStrings.xml")
        var output: [UInt8] = []
        output += WorkbookParts.declaration.utf8
        output += "<sst xmlns=\"\(WorkbookParts.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">".utf8
        for text in strings {
            output += "<si><t xml:space=\"preserve\">".utf8
            WorkbookText.appendXML(text, to: &output)
            output += "</t></si>".utf8
            if output.count >= 1 << 18 {
                try zip.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        output += "</sst>".utf8
        try zip.write(output)
    }
}
