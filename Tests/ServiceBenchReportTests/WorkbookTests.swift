import Foundation
import ServiceBenchCore
import ServiceBenchTestSupport
import Testing
@testable import ServiceBenchReport

/// The workbook (`--format xlsx`) and the CSV (`--format csv`) of the fixture panel, read back by a
/// reader other than the writer (openpyxl, else ServiceBench's own `WorkbookReader`) cell by cell.
@Suite struct WorkbookTests {
    static func workbook(_ language: ReportLanguage = .fr) throws -> ReportWorkbook {
        try ReportWorkbook(templatesDirectory: Fixture.templates, language: language, reference: Fixture.reference)
    }

    static func bytes(_ comparisons: [CompanyComparison], _ language: ReportLanguage = .fr) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try workbook(language).writeWorkbook(comparisons, staffing: [:]) { bytes += $0 }
        return bytes
    }

    static func csv(_ comparisons: [CompanyComparison], _ language: ReportLanguage) throws -> String {
        var bytes: [UInt8] = []
        try workbook(language).writeCSV(comparisons) { bytes += $0 }
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a UTF-8 byte-order mark, for Excel")
        return String(decoding: bytes.dropFirst(3), as: UTF8.self)
    }

    static let sheetNames: [ReportLanguage: [String]] = [
        .fr: ["Synthèse", "Indicateurs", "Pairs", "Priorités", "Sources"], .en: ["Summary", "KPIs", "Peers", "Priorities", "Sources"],
    ]

    /// Writes the workbook to a file and reads it back.
    static func readBack(_ comparisons: [CompanyComparison], _ language: ReportLanguage = .fr) throws -> (reader: String, sheets: [ReadSheet]) {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory.appendingPathComponent("report.xlsx").path
        try Data(bytes(comparisons, language)).write(to: URL(fileURLWithPath: path))
        return try WorkbookReadback.read(path, names: sheetNames[language] ?? [])
    }

    /// What the sheet should hold for a figure in `unit`: a percentage as a fraction, a duration in days.
    static func stored(_ value: Double, _ unit: KPIUnit) -> ReadCell {
        switch unit {
        case .percent: return .number(value / 100)
        case .seconds: return .number(value / 86_400)
        case .hours: return .number(value / 24)
        case .boolean: return .bool(value != 0)
        default: return .number(value)
        }
    }

    static func close(_ cell: ReadCell?, _ expected: ReadCell) -> Bool {
        guard case .number(let value)? = cell, case .number(let wanted) = expected else { return cell == expected }
        return abs(value - wanted) <= 1e-6 * max(1, abs(wanted))  // figures are rounded to 6 decimals, as in the JSON
    }

    @Test("every sheet, tab name and header row in the report language", arguments: [ReportLanguage.fr, .en])
    func sheetsAndHeaders(language: ReportLanguage) throws {
        let (reader, sheets) = try Self.readBack(Fixture.panel, language)
        #expect(sheets.map(\.name) == Self.sheetNames[language])
        let kpis = try #require(sheets.first { $0.name == Self.sheetNames[language]?[1] })
        let texts = try ReportTexts.load(templatesDirectory: Fixture.templates, language: language)
        let headers = try KPISheet.columns.map { try texts.text("xlsx_col_" + $0.key) }
        #expect(kpis.rows.first == headers.map(ReadCell.text))
        #expect(headers.contains(language == .fr ? "Valeur" : "Value"))
        if reader == "openpyxl" {
            for sheet in sheets {
                #expect(sheet.freezePanes == "A2", "the header row of \(sheet.name) is frozen")
                #expect(sheet.widths.allSatisfy { $0 > 0 }, "every column of \(sheet.name) has a width")
            }
        }
    }

    @Test("the KPIs sheet holds every figure of the comparisons, typed, cell by cell; absent ones are empty")
    func kpiRowsCellByCell() throws {
        let (reader, sheets) = try Self.readBack(Fixture.panel, .en)
        let sheet = try #require(sheets.first { $0.name == "KPIs" })
        var row = 0
        for comparison in Fixture.panel {
            for result in comparison.results {
                let unit = result.kpi.unit
                for index in 0..<max(1, result.references.count) {
                    row += 1
                    let at = { (header: String) in sheet.cell(header, row: row) }
                    #expect(at("Company") == .text(comparison.company.name))
                    #expect(at("KPI (id)") == .text(result.kpi.id))
                    #expect(at("Period") == .text("2026-Q1"))
                    #expect(Self.close(at("Value"), Self.stored(result.value, unit)), "row \(row) \(result.kpi.id): \(String(describing: at("Value")))")
                    if let target = result.target {
                        #expect(at("Target: status") == .text(target.status.rawValue))
                        #expect(Self.close(at("Target: threshold"), Self.stored(target.target.threshold, unit)))
                    } else {
                        #expect(at("Target: status") == .empty)
                        #expect(at("Target: threshold") == .empty, "no target: an empty cell, never 0")
                    }
                    if let peers = result.peers {
                        #expect(at("Peer rank") == .number(Double(peers.rank)))
                        #expect(Self.close(at("Peer percentile"), .number(peers.percentile)))
                    } else {
                        #expect(at("Peer rank") == .empty)
                    }
                    if let trend = result.trend, unit == .percent {
                        #expect(Self.close(at("Change"), .number(trend.delta / 100)))
                        #expect(at("Trend") == .text(trend.change.rawValue))
                    }
                    if result.references.isEmpty {
                        #expect(at("Study (id)") == .empty)
                    } else {
                        let reference = result.references[index]
                        #expect(at("Study (id)") == .text(reference.study.id))
                        if let position = reference.position {
                            #expect(Self.close(at("Estimated percentile"), position.estimate.map(ReadCell.number) ?? .empty))
                            #expect(Self.close(at("Percentile: low"), .number(position.low)))
                            #expect(Self.close(at("Percentile: high"), .number(position.high)))
                        } else {
                            #expect(at("Estimated percentile") == .empty)
                        }
                        if let mean = reference.distribution.mean { #expect(Self.close(at("Study mean"), Self.stored(mean, unit))) }
                    }
                }
            }
        }
        #expect(sheet.rows.count == row + 1, "one row per company × KPI × reference (read by \(reader))")
        if reader == "openpyxl" {
            let formats = sheet.formats[2]
            let value = try #require(sheet.rows[0].firstIndex(of: .text("Value")))
            #expect(formats[value] == "0.0%", "answer_rate: a percent format")
            let waitRow = try #require(sheet.rows.firstIndex { $0.count > 3 && $0[3] == .text("wait_time") })
            #expect(sheet.formats[waitRow][value] == "[h]:mm:ss", "wait_time: a duration format")
            let year = try #require(sheet.rows[0].firstIndex(of: .text("Year")))
            #expect(sheet.formats[waitRow][year] == "0", "a year without a thousands separator")
        }
    }

    @Test("a company name that a spreadsheet would read as a formula is text, never a formula", arguments: [
        "=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2", "@SUM(A1)", "\tTab", "=1+1",
    ])
    func formulaInjection(name: String) throws {
        let (reader, sheets) = try Self.readBack([Fixture.comparison(name: name)], .en)
        for sheet in sheets {
            for row in sheet.rows {
                for cell in row {
                    if case .formula(let formula) = cell { Issue.record("\(sheet.name) holds the formula \(formula)") }
                }
            }
        }
        let summary = try #require(sheets.first)
        let bytes = try Self.bytes([Fixture.comparison(name: name)], .en)
        if reader == "openpyxl" {
            #expect(summary.rows[1].first == .text(name))
            #expect(summary.quotePrefixed.contains("A2"), "Excel's quote prefix keeps it text when edited")
        } else {
            // The fallback's values cannot tell the text "+1" from the number: its text can.
            let sheet = try WorkbookReader.read(bytes: bytes, name: "report.xlsx", sheet: "Summary")
            #expect(sheet.rows[1].fields.first?.text == name)
        }
        #expect(!String(decoding: bytes, as: UTF8.self).contains("<f>"))
        let csv = try Self.csv([Fixture.comparison(name: name)], .en)
        let escaped = "\"'" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(csv.split(separator: "\r\n")[1].hasPrefix(escaped + ","), "CSV: a quote mark first, quoted: \(csv.split(separator: "\r\n")[1].prefix(60))")
    }

    @Test("markup, Excel's _xHHHH_ escapes and characters XML forbids in a name read back as text")
    func escaping() throws {
        let name = "<b>A & B</b> \"Ltd\" _x0041_ \u{01}end\r\nline"
        let (_, sheets) = try Self.readBack([Fixture.comparison(name: name)], .en)
        #expect(sheets[0].rows[1].first == .text("<b>A & B</b> \"Ltd\" _x0041_ \u{FFFD}end\r\nline"))
    }

    @Test("two runs write the same bytes; every entry is dated 1980-01-01 00:00")
    func deterministic() throws {
        let first = try Self.bytes(Fixture.panel), second = try Self.bytes(Fixture.panel)
        #expect(first == second)
        #expect(Array(first[10..<14]) == [0, 0, 0x21, 0], "DOS time 00:00, date 1980-01-01 in the first local header")
    }

    @Test("ServiceBench's own workbook reader reads the KPIs sheet: percentages, durations, texts")
    func ownReader() throws {
        let bytes = try Self.bytes(Fixture.panel, .fr)
        let sheet = try WorkbookReader.read(bytes: bytes, name: "report.xlsx", sheet: "Indicateurs")
        let rows = sheet.rows.map { $0.fields.map(\.text) }
        #expect(rows[0][0] == "Entreprise")
        let answer = try #require(rows.first { $0[3] == "answer_rate" })
        #expect(answer[8] == "91.2 %")
        let wait = try #require(rows.first { $0[3] == "wait_time" })
        #expect(wait[8] == "96 s")
        let volume = try #require(rows.first { $0[3] == "calls_offered" })
        #expect(volume[8] == "123456")
        #expect(volume[14] == "", "no target: an empty cell")
    }

    @Test("CSV: ';' and a decimal comma in French, ',' and a point in English; quoted fields", arguments: [ReportLanguage.fr, .en])
    func csvByLanguage(language: ReportLanguage) throws {
        let text = try Self.csv([Fixture.comparison(name: "Dupont; Fils, \"et Cie\"")], language)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.last == "", "every record ends in CRLF")
        let separator = language == .fr ? ";" : ","
        #expect(lines[0].hasPrefix(language == .fr ? "Entreprise;Période;Profil;Indicateur (id)" : "Company,Period,Profile,KPI (id)"))
        #expect(lines[0].components(separatedBy: separator).count == KPISheet.columns.count)
        let answer = try #require(lines.first { $0.contains("\(separator)answer_rate\(separator)") })
        #expect(answer.hasPrefix("\"Dupont; Fils, \"\"et Cie\"\"\"\(separator)2026-Q1\(separator)"))
        #expect(answer.contains(language == .fr ? ";percent;91,2;" : ",percent,91.2,"), "the figure in the KPI's unit")
        let volume = try #require(lines.first { $0.contains("\(separator)calls_offered\(separator)") })
        #expect(volume.contains("\(separator)count\(separator)123456\(separator)\(separator)"), "no sample size: an empty field")
    }

    @Test("a translated sheet name that Excel refuses is an error naming the text file, before anything is written", arguments: [
        "Indicateurs: tous", "Un nom de feuille bien trop long pour Excel", "Pairs",
    ])
    func badSheetName(name: String) throws {
        let templates = try TestSupport.copyOfTemplates()
        try TestSupport.edit(templates, "i18n/fr.json", replacing: "\"xlsx_sheet_kpis\": \"Indicateurs\"", with: "\"xlsx_sheet_kpis\": \"\(name)\"")
        let workbook = try ReportWorkbook(templatesDirectory: templates.path, language: .fr, reference: Fixture.reference)
        var written = 0
        #expect(throws: ReportError.self) { try workbook.writeWorkbook(Fixture.panel) { written += $0.count } }
        #expect(written == 0)
    }

    @Test("a KPIs sheet past Excel's 1,048,576 rows is refused before a byte is written, pointing to CSV")
    func tooManyRows() throws {
        var comparison = Fixture.comparison()
        let answer = try #require(comparison.results.firstIndex { $0.kpi.id == "answer_rate" })
        // One KPI against 1,048,576 copies of one study: with the header, one row more than Excel opens.
        comparison.results[answer].references = Array(repeating: comparison.results[answer].references[0], count: 1_048_576)
        var written = 0
        let error = #expect(throws: ReportError.self) { try Self.workbook().writeWorkbook([comparison]) { written += $0.count } }
        #expect(error?.code == .workbookTooLarge)
        #expect(error?.message.contains("--format csv") == true)
        #expect(written == 0)
    }
}
