/// The number format of each cell style of a workbook (`xl/styles.xml`): a cell's `s` attribute is
/// an index into `<cellXfs>`, whose `<xf numFmtId>` is a built-in format or one of `<numFmts>`.
struct CellStyles {
    /// The number format of each `<cellXfs>` entry, in order.
    private(set) var formats: [NumberFormat] = []

    /// The format of style `index` (General when the workbook has no such style).
    func format(_ index: Int) -> NumberFormat {
        index >= 0 && index < formats.count ? formats[index] : .general
    }

    init() {}

    init(_ part: WorkbookXML, limits: WorkbookLimits) throws(CoreError) {
        var custom: [Int: NumberFormat] = [:]
        var styleIDs: [Int] = []
        var inCellFormats = false
        while let node = try part.next() {
            switch node {
            case .start("numFmt"):
                if let id = part.attribute("numFmtId").flatMap({ Int($0) }), let code = part.attribute("formatCode") {
                    custom[id] = NumberFormat(code: code)
                }
            case .start("cellXfs"):
                inCellFormats = true
            case .end("cellXfs"):
                inCellFormats = false
            case .start("xf") where inCellFormats:
                guard styleIDs.count < limits.cells else { throw part.problem("more cell styles than cells a sheet may hold") }
                styleIDs.append(part.attribute("numFmtId").flatMap { Int($0) } ?? 0)
            default:
                continue
            }
        }
        formats = styleIDs.map { custom[$0] ?? NumberFormat.builtIn($0) }
    }
}
