import Foundation
import ServiceBenchTestSupport
import Testing
@testable import ServiceBenchCore

/// Workbooks written by the tests (`WorkbookFixture`) read as KPI tables: cell types, styles,
/// sheets, and the same measurements as the same table written as CSV.
@Suite("Workbook reader: cells and KPI tables")
struct WorkbookReaderTests {
    typealias Fixture = WorkbookFixture

    /// Styles: 0 General, 1 a percentage (built-in 10, `0.00%`), 2 a duration (`[h]:mm:ss`), 3 a
    /// month (`mmm yyyy`), 4 a time of day (built-in 21, `h:mm:ss`).
    static func styled(_ sheets: [Fixture.Sheet], strings: [String], date1904: Bool = false) -> Fixture {
        Fixture(
            sheets: sheets, sharedStrings: strings, customFormats: [(164, "[h]:mm:ss"), (165, "mmm yyyy")],
            styleFormats: [0, 10, 164, 165, 21], date1904: date1904)
    }

    static func texts(_ sheet: WorkbookSheet) -> [[String]] {
        sheet.rows.map { $0.fields.map(\.text) }
    }

    static func read(_ fixture: Fixture, sheet: String? = nil, limits: WorkbookLimits = WorkbookLimits()) throws -> WorkbookSheet {
        try WorkbookReader.read(bytes: try fixture.bytes(), name: "kpis.xlsx", sheet: sheet, limits: limits)
    }

    /// The error reading `bytes` gives, nil when it reads.
    static func error(_ bytes: [UInt8], name: String = "kpis.xlsx", sheet: String? = nil, limits: WorkbookLimits = WorkbookLimits()) -> CoreError? {
        do {
            _ = try WorkbookReader.read(bytes: bytes, name: name, sheet: sheet, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test("every kind of cell: shared, rich and inline strings, numbers, percentages, durations, dates, booleans, errors, formulas")
    func cellKinds() throws {
        let rows = [
            Fixture.row(1, [("A1", "t=\"s\"", "<v>0</v>"), ("B1", "t=\"s\"", "<v>1</v>"), ("C1", "t=\"s\"", "<v>2</v>"), ("D1", "t=\"s\"", "<v>3</v>")]),
            Fixture.row(2, [
                ("A2", "t=\"inlineStr\"", "<is><t>Société Générale</t></is>"), ("B2", "s=\"3\"", "<v>46023</v>"),
                ("C2", "s=\"1\"", "<v>0.915</v>"), ("D2", "s=\"2\"", "<v>0.003958333333333334</v>"),
            ]),
            Fixture.row(4, [
                ("A4", "t=\"str\"", "<f>A2</f><v>Opaline</v>"), ("B4", "", "<v>2026</v>"), ("C4", "t=\"e\"", "<v>#N/A</v>"),
                ("D4", "s=\"4\"", "<f>D2*2</f><v>0.0010416666666666667</v>"), ("E4", "t=\"b\"", "<v>1</v>"),
            ]),
            Fixture.row(5, [("B5", "t=\"s\"", "<v>4</v>"), ("C5", "t=\"e\"", "<v>#DIV/0!</v>")]),
        ].joined()
        var fixture = Self.styled([Fixture.Sheet(name: "KPIs", rows: rows)], strings: ["Société", "Période", "Taux de décroché", "DMT", "n/a"])
        // Shared string 2 as rich text with a phonetic guide, which is not part of the text.
        fixture.extraParts["xl/sharedStrings.xml"] = Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Société</t></si><si><t>Période</t></si>\
            <si><r><rPr><b/></rPr><t>Taux de </t></r><r><t>décroché</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>\
            <si><t>DMT</t></si><si><t>n/a</t></si></sst>
            """.utf8)
        let sheet = try Self.read(fixture)
        #expect(sheet.name == "KPIs")
        #expect(Self.texts(sheet) == [
            ["Société", "Période", "Taux de décroché", "DMT", ""],
            ["Société Générale", "2026-01", "91.5 %", "342 s", ""],
            ["Opaline", "2026", "n/a", "90 s", "true"],
            ["", "n/a", "#DIV/0!", "", ""],
        ])
        // Each field is located at its row and column.
        #expect(sheet.rows[2].line == 4)
        #expect(sheet.rows[2].fields[3].line == 4 && sheet.rows[2].fields[3].column == 4)
    }

    @Test("a date serial gives the same period in the 1900 and the 1904 base")
    func dateBases() throws {
        for (date1904, serial) in [(false, 46_023), (true, 44_561)] {
            let rows = Fixture.row(1, [("A1", "s=\"3\"", "<v>\(serial)</v>")])
            let sheet = try Self.read(Self.styled([Fixture.Sheet(name: "S", rows: rows)], strings: [], date1904: date1904))
            #expect(Self.texts(sheet) == [["2026-01"]], "date1904 \(date1904)")
        }
    }

    @Test("rows and cells without r follow the previous ones; missing cells are empty")
    func implicitReferences() throws {
        let rows = "<row><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"C2\"><v>3</v></c></row><row r=\"4\"><c><v>4</v></c></row>"
        let sheet = try Self.read(Self.styled([Fixture.Sheet(name: "S", rows: rows)], strings: []))
        #expect(Self.texts(sheet) == [["1", "2", ""], ["", "", "3"], ["4", "", ""]])
        #expect(sheet.rows.map(\.line) == [1, 2, 4])
    }

    @Test("the first visible sheet by default; --sheet by name, exactly or in another case")
    func sheetChoice() throws {
        let fixture = Self.styled([
            Fixture.Sheet(name: "Notes", rows: Fixture.row(1, [("A1", "", "<v>0</v>")]), hidden: true),
            Fixture.Sheet(name: "T1 2026", rows: Fixture.row(1, [("A1", "", "<v>1</v>")])),
            Fixture.Sheet(name: "T2 2026", rows: Fixture.row(1, [("A1", "", "<v>2</v>")])),
        ], strings: [])
        #expect(Self.texts(try Self.read(fixture)) == [["1"]])
        #expect(Self.texts(try Self.read(fixture, sheet: "T2 2026")) == [["2"]])
        #expect(Self.texts(try Self.read(fixture, sheet: "t2 2026")) == [["2"]])
        #expect(Self.texts(try Self.read(fixture, sheet: "Notes")) == [["0"]])
    }

    @Test("a sheet name the workbook does not have is a usage error listing its sheets")
    func missingSheet() throws {
        let fixture = Self.styled([
            Fixture.Sheet(name: "T1 2026", rows: ""), Fixture.Sheet(name: "T2 2026", rows: ""),
        ], strings: [])
        let error = try #require(Self.error(try fixture.bytes(), sheet: "T3 2026"))
        #expect(error.code == .notFound)
        #expect(error.exitCode == .usage)
        #expect(error.message.contains("no sheet named 'T3 2026'"))
        #expect(error.message.contains("'T1 2026', 'T2 2026'"))
        #expect(error.location?.file == "kpis.xlsx")
    }

    /// The table of `WorkbookReaderTests` as CSV, and the same as a workbook with typed cells.
    static let csv = "company,period,answer_rate,asa,aht,measures_aht\nACME,2026-Q1,91.5,45,342,yes\nACME,2026-Q2,90,60,,no\nBeta,2026-Q1,80,,300,\n"

    static func wideWorkbook(date1904: Bool = false) -> Fixture {
        let header = Fixture.row(1, (0..<6).map { (CellReference.columnLetters($0 + 1)! + "1", "t=\"s\"", "<v>\($0)</v>") })
        let rows = [
            header,
            Fixture.row(2, [
                ("A2", "t=\"s\"", "<v>6</v>"), ("B2", "t=\"s\"", "<v>7</v>"), ("C2", "s=\"1\"", "<v>0.915</v>"),
                ("D2", "s=\"2\"", "<v>\(45.0 / 86_400)</v>"), ("E2", "s=\"4\"", "<v>\(342.0 / 86_400)</v>"), ("F2", "t=\"b\"", "<v>1</v>"),
            ]),
            Fixture.row(3, [
                ("A3", "t=\"inlineStr\"", "<is><t>ACME</t></is>"), ("B3", "t=\"s\"", "<v>8</v>"), ("C3", "", "<v>90</v>"),
                ("D3", "t=\"s\"", "<v>9</v>"), ("F3", "t=\"b\"", "<v>0</v>"),
            ]),
            Fixture.row(4, [("A4", "t=\"s\"", "<v>10</v>"), ("B4", "t=\"s\"", "<v>7</v>"), ("C4", "s=\"1\"", "<v>0.8</v>"), ("E4", "", "<v>300</v>")]),
        ].joined()
        return styled(
            [Fixture.Sheet(name: "KPIs", rows: rows)],
            strings: ["company", "period", "answer_rate", "asa", "aht", "measures_aht", "ACME", "2026-Q1", "2026-Q2", "1 min", "Beta"],
            date1904: date1904)
    }

    @Test("a wide workbook gives the measurements of the same table as CSV")
    func sameAsCSV() throws {
        let expected = try KPITableTesting.read(Self.csv)
        let table = try KPITableReader.read(bytes: try Self.wideWorkbook().bytes(), name: "kpis.xlsx", catalogue: KPITableTestCatalogue.all)
        #expect(Self.described(table) == Self.described(expected))
        #expect(Self.described(table).count == 9)
        #expect(table.quality.first?.source == "kpis.xlsx, sheet KPIs")
        #expect(table.measurements.first { $0.kpi == "asa" }?.location?.description == "kpis.xlsx, sheet KPIs, cell D2")
    }

    static func described(_ table: KPITable) -> [String] {
        table.measurements.map { "\($0.company)|\($0.period)|\($0.kpi)|\($0.value)" }
    }

    /// The measurements, or the error messages without their locations.
    static func outcome(_ bytes: [UInt8], name: String) -> [String] {
        do {
            return described(try KPITableReader.read(bytes: bytes, name: name, catalogue: KPITableTestCatalogue.all))
        } catch {
            return error.diagnostics.map(\.message)
        }
    }

    @Test("an #N/A cell is read as the KPI table reader reads n/a in a CSV file")
    func notAvailable() throws {
        var fixture = Self.wideWorkbook()
        fixture.extraParts["xl/worksheets/sheet1.xml"] = Array(
            String(decoding: fixture.parts["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
                .replacingOccurrences(of: "<c r=\"E4\" ><v>300</v></c>", with: "<c r=\"E4\" t=\"e\"><v>#N/A</v></c>").utf8)
        // Written with ';' (decimal comma), as workbook text cells are read, so that messages match too.
        let csv = Self.csv.replacingOccurrences(of: "Beta,2026-Q1,80,,300,", with: "Beta,2026-Q1,80,,n/a,")
            .replacingOccurrences(of: ",", with: ";")
        #expect(Self.outcome(try fixture.bytes(), name: "kpis.xlsx") == Self.outcome(Array(csv.utf8), name: "kpis.csv"))
    }

    @Test("a long workbook with values typed as text in French (decimal comma, suffixes)")
    func longLayout() throws {
        let rows = [
            Fixture.row(1, [("A1", "t=\"inlineStr\"", "<is><t>company</t></is>"), ("B1", "t=\"inlineStr\"", "<is><t>period</t></is>"),
                            ("C1", "t=\"inlineStr\"", "<is><t>kpi</t></is>"), ("D1", "t=\"inlineStr\"", "<is><t>value</t></is>")]),
            Fixture.row(3, [("A3", "t=\"inlineStr\"", "<is><t>ACME</t></is>"), ("B3", "t=\"inlineStr\"", "<is><t>T1 2026</t></is>"),
                            ("C3", "t=\"inlineStr\"", "<is><t>answer_rate</t></is>"), ("D3", "t=\"inlineStr\"", "<is><t>91,5 %</t></is>")]),
            Fixture.row(4, [("A4", "t=\"inlineStr\"", "<is><t>ACME</t></is>"), ("B4", "t=\"inlineStr\"", "<is><t>T1 2026</t></is>"),
                            ("C4", "t=\"inlineStr\"", "<is><t>asa</t></is>"), ("D4", "", "<v>45</v>")]),
        ].joined()
        let fixture = Self.styled([Fixture.Sheet(name: "Long", rows: rows)], strings: [])
        let table = try KPITableReader.read(bytes: try fixture.bytes(), name: "long.xlsx", catalogue: KPITableTestCatalogue.all)
        #expect(KPITableTesting.value(table, "ACME", "2026-Q1", "answer_rate") == 91.5)
        #expect(KPITableTesting.value(table, "ACME", "2026-Q1", "asa") == 45)
    }

    @Test("a bad value is reported at its sheet and cell")
    func cellLocation() throws {
        var fixture = Self.wideWorkbook()
        fixture.sharedStrings[9] = "beaucoup"
        let errors = KPITableTesting.errors(bytes: try fixture.bytes(), name: "kpis.xlsx")
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("kpis.xlsx, sheet KPIs, cell D3: error: cannot read 'beaucoup' as a number for 'asa'") == true)
    }

    @Test("a percentage-formatted cell under a duration KPI is refused, not turned into seconds")
    func unitMismatch() throws {
        var fixture = Self.wideWorkbook()
        fixture.extraParts["xl/worksheets/sheet1.xml"] = Array(
            String(decoding: fixture.parts["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
                .replacingOccurrences(of: "<c r=\"E4\" ><v>300</v></c>", with: "<c r=\"E4\" s=\"1\"><v>0.5</v></c>").utf8)
        let errors = KPITableTesting.errors(bytes: try fixture.bytes(), name: "kpis.xlsx")
        #expect(errors.map(\.location?.description) == ["kpis.xlsx, sheet KPIs, cell E4"])
        #expect(errors.first?.message.contains("'%' does not fit 'aht'") == true)
    }

    @Test("--sheet with a CSV file is an error")
    func sheetWithCSV() {
        do {
            _ = try KPITableReader.read(bytes: Array(Self.csv.utf8), name: "kpis.csv", catalogue: KPITableTestCatalogue.all, sheet: "KPIs")
            Issue.record("read")
        } catch {
            #expect(error.exitCode == .usage)
            #expect(error.description.contains("this file is CSV"))
        }
    }

    @Test("a CSV file named .xls (as some tools export) is read as CSV")
    func csvNamedXLS() throws {
        let table = try KPITableReader.read(bytes: Array(Self.csv.utf8), name: "export.xls", catalogue: KPITableTestCatalogue.all)
        #expect(Self.described(table) == Self.described(try KPITableTesting.read(Self.csv)))
    }

    @Test("a formula without a saved result is an error at its cell, never an empty cell")
    func formulaWithoutValue() throws {
        let rows = Fixture.row(1, [("A1", "", "<v>1</v>"), ("B1", "", "<f>A1*2</f>")])
        let error = try #require(Self.error(try Self.styled([Fixture.Sheet(name: "S", rows: rows)], strings: []).bytes()))
        #expect(error.location?.description == "kpis.xlsx, sheet S, cell B1")
        #expect(error.message.contains("formula whose result was never saved"))
    }
}
