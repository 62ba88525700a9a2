/// The workbook's shared string table (`xl/sharedStrings.xml`): every distinct text once, in order of
/// first use, each cell naming its index. A company's name, a study's publisher or a statement is
/// stored once however many rows repeat it.
final class SharedStrings {
    private var indexes: [String: Int] = [:]
    private var strings: [String] = []
    /// How many cells refer to the table.
    private var references = 0

    /// The index of `text` (already `WorkbookText.fitted`), added when new.
    func index(_ text: String) -> Int {
        references += 1
        if let index = indexes[text] { return index }
        let index = strings.count
        indexes[text] = index
        strings.append(text)
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
