/// What a workbook's package says about it: its sheets in tab order (name, part, hidden or not), the
/// date base (1900 or 1904, `workbookPr date1904`), and where its shared strings and styles are.
/// Read from `_rels/.rels`, the workbook part (`xl/workbook.xml`) and the workbook's relationships.
struct WorkbookStructure {
    struct Sheet {
        var name: String
        /// The sheet's part (`xl/worksheets/sheet1.xml`); nil when its relationship is missing.
        var path: String?
        var hidden: Bool
        /// A worksheet, not a chart sheet or a dialog sheet.
        var isWorksheet: Bool
    }

    var sheets: [Sheet] = []
    /// Dates count days from 1904-01-01 (old Mac Excel) instead of 1900-01-00.
    var date1904 = false
    var sharedStringsPath: String?
    var stylesPath: String?

    private static let officeDocument = "/officeDocument"

    static func read(from archive: inout WorkbookArchive) throws(CoreError) -> WorkbookStructure {
        var workbookPath = "xl/workbook.xml"
        if let rels = try WorkbookXML.openIfPresent("_rels/.rels", in: &archive) {
            let relationships = try relationships(in: rels, source: "")
            if let main = relationships.values.first(where: { $0.type.hasSuffix(officeDocument) }) {
                workbookPath = main.target
            }
        }
        var structure = WorkbookStructure()
        let workbook = try WorkbookXML.open(workbookPath, in: &archive, what: "the workbook's list of sheets")
        var sheetIDs: [(name: String, id: String?, hidden: Bool)] = []
        while let node = try workbook.next() {
            guard case .start(let element) = node else { continue }
            switch element {
            case "workbookPr":
                let value = workbook.attribute("date1904")?.lowercased()
                structure.date1904 = value == "1" || value == "true"
            case "sheet":
                guard let name = workbook.attribute("name") else { throw workbook.problem("a <sheet> has no name") }
                let state = workbook.attribute("state") ?? "visible"
                sheetIDs.append((name, workbook.attribute("id"), state != "visible"))
            default:
                continue
            }
        }
        let relsPath = WorkbookXML.resolve("_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels", from: workbookPath)
        var relationships: [String: Relationship] = [:]
        if let rels = try WorkbookXML.openIfPresent(relsPath, in: &archive) {
            relationships = try Self.relationships(in: rels, source: workbookPath)
        }
        for sheet in sheetIDs {
            let relationship = sheet.id.flatMap { relationships[$0] }
            structure.sheets.append(Sheet(
                name: sheet.name, path: relationship?.target, hidden: sheet.hidden,
                isWorksheet: relationship.map { $0.type.hasSuffix("/worksheet") } ?? true))
        }
        let targets = relationships.values.sorted { $0.id < $1.id }
        structure.sharedStringsPath = targets.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (archive.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        structure.stylesPath = targets.first { $0.type.hasSuffix("/styles") }?.target
            ?? (archive.contains("xl/styles.xml") ? "xl/styles.xml" : nil)
        return structure
    }

    struct Relationship {
        var id: String
        var type: String
        /// The target part's path in the package.
        var target: String
    }

    /// The internal relationships of a `.rels` part, by id; targets resolved against `source`.
    private static func relationships(in part: WorkbookXML, source: String) throws(CoreError) -> [String: Relationship] {
        var result: [String: Relationship] = [:]
        while let node = try part.next() {
            guard case .start("Relationship") = node else { continue }
            guard part.attribute("TargetMode") != "External",
                let id = part.attribute("Id"), let type = part.attribute("Type"), let target = part.attribute("Target")
            else { continue }
            result[id] = Relationship(id: id, type: type, target: WorkbookXML.resolve(target, from: source))
        }
        return result
    }
}
