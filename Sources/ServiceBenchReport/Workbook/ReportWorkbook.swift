import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchStaffing

/// Every figure of a run in Excel (`report --format xlsx`): one workbook for all the companies, with
/// the sheets Synthèse/Summary, Indicateurs/KPIs, Pairs/Peers, Priorités/Priorities and Sources,
/// and for companies reported from raw exports their breakdowns and contact reasons
/// (`BreakdownSheets`), named and headed in the report language; or the KPIs sheet alone as CSV
/// (`--format csv`).
///
/// Built from the same `CompanyComparison`s as the JSON, with the JSON's own computations: the
/// overall standings (`PanelStanding`) and the priorities in words (`PriorityWording`). Written in
/// one pass, row by row, into a deterministic ZIP (`ZIPStreamWriter`): the same run gives the same bytes.
package struct ReportWorkbook {
    let texts: ReportTexts
    let reference: ReferenceData
    let language: ReportLanguage
    let wording: PriorityWording

    /// zlib's level for the sheets: 1, the fastest. On the KPIs sheet of a 2,000-company panel (150 MB
    /// of XML) it takes 0.9 s where the default level 6 takes 2.8 s, for 24 MB instead of 18 MB.
    static let compressionLevel: Int32 = 1

    /// Reads the texts of `language` from `templatesDirectory` (`i18n/fr.json` or `i18n/en.json`).
    package init(templatesDirectory: String, language: ReportLanguage, reference: ReferenceData) throws(ReportError) {
        let texts = try ReportTexts.load(templatesDirectory: templatesDirectory, language: language)
        self.init(texts: texts, reference: reference, language: language)
    }

    init(texts: ReportTexts, reference: ReferenceData, language: ReportLanguage) {
        self.texts = texts
        self.reference = reference
        self.language = language
        wording = PriorityWording(texts: texts, reference: reference, language: language)
    }

    /// The sheets of the workbook of `comparisons`, in tab order. `staffing`: the what-if of each
    /// company that has one, by name (a staffed priority's agents come from it); `details`: the raw
    /// exports' detail of each company that has one, by name (its breakdowns and contact reasons).
    func sheets(
        _ comparisons: [CompanyComparison], staffing: [String: StaffingReportData], details: [String: IngestDetail] = [:]
    ) throws(ReportError) -> [WorkbookTable] {
        guard !comparisons.isEmpty else { throw ReportError(.emptyInput, "no company to report on; check that the input has measurements") }
        let standings = comparisons.count == 1 ? [nil] : PanelStanding.standings(comparisons).standings
        let priorities = try comparisons.map { comparison throws(ReportError) in
            try wording.items(for: comparison, staffing: staffing[comparison.company.name])
        }
        let sheets = [
            try SummarySheet(texts: texts, reference: reference, language: language).table(comparisons, standings: standings, priorities: priorities),
            try KPISheet(texts: texts, language: language).table(comparisons),
            try PeersSheet(texts: texts, language: language).table(comparisons),
            try PrioritiesSheet(texts: texts, language: language).table(comparisons, priorities: priorities),
            try SourcesSheet(texts: texts, reference: reference, language: language).table(comparisons),
        ] + (try BreakdownSheets(texts: texts).tables(comparisons.map { BreakdownSheets.Company($0, detail: details[$0.company.name]) }))
        var names = Set<String>()
        for sheet in sheets {
            // Excel refuses a workbook whose tab names are empty, longer than 31 characters, hold one
            // of : \ / ? * [ ] or repeat (without regard to case): the names come from the texts,
            // which a translation may change.
            let forbidden = sheet.name.contains { ":\\/?*[]".contains($0) }
            guard !sheet.name.isEmpty, sheet.name.utf16.count <= 31, !forbidden, names.insert(sheet.name.lowercased()).inserted else {
                throw ReportError(
                    .badTexts,
                    "the sheet name '\(sheet.name)' cannot name an Excel sheet (1 to 31 characters, none of : \\ / ? * [ ], each name once); change its xlsx_sheet_* text",
                    at: SourceLocation(file: texts.file))
            }
        }
        for sheet in sheets where sheet.rowCount + 1 > WorksheetWriter.maximumRows {
            throw ReportError(
                .workbookTooLarge,
                "the sheet '\(sheet.name)' would have \(sheet.rowCount + 1) rows, more than the \(WorksheetWriter.maximumRows) Excel opens; write the figures with --format csv (no such limit), or for fewer companies")
        }
        return sheets
    }

    /// Writes the workbook (`.xlsx`) of `comparisons`, handing its bytes to `write` in pieces of
    /// about 1 MiB; memory holds one row and the shared strings, not the sheets.
    package func writeWorkbook(
        _ comparisons: [CompanyComparison], staffing: [String: StaffingReportData] = [:], details: [String: IngestDetail] = [:],
        to write: ([UInt8]) throws -> Void
    ) throws {
        let sheets = try self.sheets(comparisons, staffing: staffing, details: details)
        // The archive writer keeps the sink while it writes, and is gone when this returns.
        try withoutActuallyEscaping(write) { sink in try writeArchive(sheets, to: sink) }
    }

    private func writeArchive(_ sheets: [WorkbookTable], to sink: @escaping ([UInt8]) throws -> Void) throws {
        let zip = ZIPStreamWriter(level: Self.compressionLevel, sink: sink)
        try zip.begin("[Content_Types].xml")
        try zip.write(Array(WorkbookParts.contentTypes(sheetCount: sheets.count).utf8))
        try zip.begin("_rels/.rels")
        try zip.write(Array(WorkbookParts.packageRelationships.utf8))
        try zip.begin("xl/workbook.xml")
        try zip.write(WorkbookParts.workbook(sheetNames: sheets.map(\.name)))
        try zip.begin("xl/_rels/workbook.xml.rels")
        try zip.write(Array(WorkbookParts.workbookRelationships(sheetCount: sheets.count).utf8))
        try zip.begin("xl/styles.xml")
        try zip.write(Array(WorkbookParts.styles.utf8))
        let strings = SharedStrings()
        let writer = WorksheetWriter(zip: zip, strings: strings)
        for (offset, sheet) in sheets.enumerated() {
            try writer.write(sheet, path: "xl/worksheets/sheet\(offset + 1).xml")
        }
        try strings.write(to: zip)
        try zip.finish()
    }

    /// Writes the KPIs sheet of `comparisons` as CSV (`CSVTableWriter`), in pieces.
    package func writeCSV(_ comparisons: [CompanyComparison], to write: ([UInt8]) throws -> Void) throws {
        guard !comparisons.isEmpty else { throw ReportError(.emptyInput, "no company to report on; check that the input has measurements") }
        try CSVTableWriter(language: language).write(try KPISheet(texts: texts, language: language).table(comparisons), to: write)
    }
}
