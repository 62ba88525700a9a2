/// One XML part of a workbook read as a stream (`XMLStreamReader`), its problems turned into
/// `CoreError`s naming the workbook, the part and the line.
struct WorkbookXML {
    let reader: XMLStreamReader
    let path: String
    let file: String

    /// Opens the part `path` of `archive`; a missing part is an error naming what it holds (`what`).
    static func open(_ path: String, in archive: inout WorkbookArchive, what: String) throws(CoreError) -> WorkbookXML {
        guard let part = try openIfPresent(path, in: &archive) else {
            throw CoreError(
                .badWorkbook,
                "the workbook has no part '\(path)' (\(what)); it is damaged or not an Excel workbook: save it again from Excel or LibreOffice",
                at: SourceLocation(file: archive.name))
        }
        return part
    }

    /// Opens the part `path` of `archive`, or nil when the archive has none.
    static func openIfPresent(_ path: String, in archive: inout WorkbookArchive) throws(CoreError) -> WorkbookXML? {
        guard let bytes = try archive.read(path) else { return nil }
        do {
            return WorkbookXML(reader: try XMLStreamReader(bytes: bytes, name: path), path: path, file: archive.name)
        } catch {
            throw failure(error, path: path, file: archive.name)
        }
    }

    /// The next node, nil at the end of the part.
    func next() throws(CoreError) -> XMLStreamReader.Node? {
        do {
            return try reader.next()
        } catch {
            throw Self.failure(error, path: path, file: file)
        }
    }

    func attribute(_ name: String) -> String? { reader.attribute(name) }

    /// An error about the part's content at the reader's line.
    func problem(_ message: String) -> CoreError {
        CoreError(.badWorkbook, "the part '\(path)', line \(reader.line): \(message)", at: SourceLocation(file: file))
    }

    private static func failure(_ error: XMLParseFailure, path: String, file: String) -> CoreError {
        let first = error.issues.first.map { "line \($0.line): \($0.message)" } ?? "not well-formed XML"
        return CoreError(
            .badWorkbook,
            "the part '\(path)' is not well-formed XML (\(first)); the workbook is damaged: save it again from Excel or LibreOffice",
            at: SourceLocation(file: file))
    }

    /// The part `target` names, relative to the part at `source` (`worksheets/sheet1.xml` from
    /// `xl/workbook.xml` is `xl/worksheets/sheet1.xml`; `/xl/x.xml` is from the package's root).
    static func resolve(_ target: String, from source: String) -> String {
        var parts: [Substring] = []
        if !target.hasPrefix("/") {
            parts = source.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        }
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." {
                _ = parts.popLast()
            } else {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
