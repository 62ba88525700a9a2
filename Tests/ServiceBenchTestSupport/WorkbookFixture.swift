import Foundation
import ZIPFoundation

/// Builds small Excel workbooks (`.xlsx`) in tests: the XML parts written by hand, zipped with
/// ZIPFoundation (deflated, as Excel writes them), so that each test says exactly what its file holds.
public struct WorkbookFixture: Sendable {
    /// One worksheet: its tab name and the XML of its `<sheetData>` content (the `<row>` elements).
    public struct Sheet: Sendable {
        public var name: String
        public var rows: String
        public var hidden: Bool

        public init(name: String, rows: String, hidden: Bool = false) {
            self.name = name
            self.rows = rows
            self.hidden = hidden
        }
    }

    public var sheets: [Sheet]
    public var sharedStrings: [String]
    /// `<numFmts>` entries (id, format code) and the `numFmtId` of each `<cellXfs>` style, in order
    /// (style 0 is the first).
    public var customFormats: [(id: Int, code: String)]
    public var styleFormats: [Int]
    public var date1904: Bool
    /// Parts to add or replace, by path, as they are (a broken or hostile part).
    public var extraParts: [String: [UInt8]] = [:]
    /// Parts to leave out.
    public var omittedParts: Set<String> = []

    public init(
        sheets: [Sheet], sharedStrings: [String] = [], customFormats: [(id: Int, code: String)] = [], styleFormats: [Int] = [0],
        date1904: Bool = false
    ) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
        self.customFormats = customFormats
        self.styleFormats = styleFormats
        self.date1904 = date1904
    }

    /// XML text with `&`, `<`, `>` and `"` escaped.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The parts of the package, by path.
    public var parts: [String: [UInt8]] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
        var parts: [String: String] = [:]
        parts["[Content_Types].xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>
            """
        parts["_rels/.rels"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="\(packageRelationships)"><Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 1)\"/>"
        }.joined()
        parts["xl/workbook.xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(main)" xmlns:r="\(relationships)"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>
            """
        var workbookRelationships = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        workbookRelationships.append("<Relationship Id=\"rIdS\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        workbookRelationships.append("<Relationship Id=\"rIdT\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>")
        parts["xl/_rels/workbook.xml.rels"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="\(packageRelationships)">\(workbookRelationships.joined())</Relationships>
            """
        for (index, sheet) in sheets.enumerated() {
            parts["xl/worksheets/sheet\(index + 1).xml"] = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="\(main)" xmlns:r="\(relationships)"><sheetData>\(sheet.rows)</sheetData></worksheet>
                """
        }
        let strings = sharedStrings.map { "<si><t xml:space=\"preserve\">\(Self.escape($0))</t></si>" }.joined()
        parts["xl/sharedStrings.xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="\(main)" count="\(sharedStrings.count)" uniqueCount="\(sharedStrings.count)">\(strings)</sst>
            """
        let formats = customFormats.map { "<numFmt numFmtId=\"\($0.id)\" formatCode=\"\(Self.escape($0.code))\"/>" }.joined()
        let styles = styleFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }.joined()
        parts["xl/styles.xml"] = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="\(main)"><numFmts count="\(customFormats.count)">\(formats)</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="\(styleFormats.count)">\(styles)</cellXfs></styleSheet>
            """
        var result = parts.mapValues { Array($0.utf8) }
        for (path, bytes) in extraParts { result[path] = bytes }
        for path in omittedParts { result[path] = nil }
        return result
    }

    /// The workbook's bytes: its parts zipped in path order.
    public func bytes() throws -> [UInt8] {
        try Self.zip(parts)
    }

    /// `parts` zipped (deflated, or `stored`) in path order, with a fixed modification date.
    public static func zip(_ parts: [String: [UInt8]], stored: Bool = false) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for path in parts.keys.sorted() {
            let data = Data(parts[path] ?? [])
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 1_767_225_600),
                compressionMethod: stored ? .none : .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }

    /// A row of cells: `cells` are `(reference, attributes, inner XML)`, such as
    /// `("A1", "t=\"s\"", "<v>0</v>")`.
    public static func row(_ number: Int, _ cells: [(String, String, String)]) -> String {
        "<row r=\"\(number)\">" + cells.map { "<c r=\"\($0.0)\" \($0.1)>\($0.2)</c>" }.joined() + "</row>"
    }
}
