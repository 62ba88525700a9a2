import Foundation
import ServiceBenchTestSupport
import Testing

/// `servicebench report` on Excel workbooks end to end: the example company written as an `.xlsx`
/// with typed cells gives the report of the CSV; a missing sheet, a broken archive and a zip bomb
/// are clear errors; raw exports refuse workbooks.
@Suite struct ReportWorkbookTests {
    /// `examples/opaline-energie.csv` as a workbook, as Excel would hold it once typed in: `91,2 %` a
    /// number with a percentage format, `asa` and `aht` durations (`[h]:mm:ss`), other numbers as
    /// numbers (`1 046 800` is 1046800), the rest (company, periods, `oui`) as shared strings.
    static func exampleWorkbook() throws -> WorkbookFixture {
        let csv = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("examples/opaline-energie.csv"), encoding: .utf8)
        let lines = csv.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        var strings: [String] = []
        var rows = ""
        for (rowIndex, cells) in lines.enumerated() {
            var xml = ""
            for (columnIndex, text) in cells.enumerated() where !text.isEmpty {
                let reference = "\(Self.letters(columnIndex + 1))\(rowIndex + 1)"
                let plain = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
                if rowIndex > 0, text.hasSuffix(" %"), let number = Double(plain.dropLast()) {
                    xml += "<c r=\"\(reference)\" s=\"1\"><v>\(number / 100)</v></c>"
                } else if rowIndex > 0, ["asa", "aht"].contains(header[columnIndex]), let seconds = Double(plain) {
                    xml += "<c r=\"\(reference)\" s=\"2\"><v>\(seconds / 86_400)</v></c>"
                } else if rowIndex > 0, let number = Double(plain) {
                    xml += "<c r=\"\(reference)\"><v>\(number)</v></c>"
                } else {
                    xml += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.count)</v></c>"
                    strings.append(text)
                }
            }
            rows += "<row r=\"\(rowIndex + 1)\">\(xml)</row>"
        }
        return WorkbookFixture(
            sheets: [WorkbookFixture.Sheet(name: "Synthèse", rows: rows)], sharedStrings: strings,
            customFormats: [(164, "[h]:mm:ss")], styleFormats: [0, 10, 164])
    }

    static func letters(_ column: Int) -> String {
        var text = ""
        var rest = column
        while rest > 0 {
            text = String(UnicodeScalar(UInt8(65 + (rest - 1) % 26))) + text
            rest = (rest - 1) / 26
        }
        return text
    }

    static func write(_ bytes: [UInt8], _ name: String) throws -> URL {
        let url = try CommandRunner.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func workbookGivesTheReportOfTheSameTableAsCSV() throws {
        let workbook = try Self.write(try Self.exampleWorkbook().bytes(), "opaline.xlsx")
        let fromCSV = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "json"])
        let fromWorkbook = try CommandRunner.run(["report", workbook.path, "--panel", "examples/panel.csv", "--format", "json"])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.stderr)")
        #expect(fromWorkbook.stdout.contains("\"\(workbook.path), sheet Synthèse\""))
        let normalised = fromWorkbook.stdout.replacingOccurrences(of: "\(workbook.path), sheet Synthèse", with: "examples/opaline-energie.csv")
        #expect(normalised == fromCSV.stdout)
        #expect(fromWorkbook.stdout.contains("\"answer_rate\""))
        // --sheet names the same sheet; the ZIP magic is enough without the extension.
        let renamed = try Self.write(try Self.exampleWorkbook().bytes(), "opaline.data")
        let bySheet = try CommandRunner.run(["report", renamed.path, "--sheet", "Synthèse", "--panel", "examples/panel.csv", "--format", "json"])
        #expect(bySheet.status == 0, "\(bySheet.stderr)")
        #expect(bySheet.stdout.replacingOccurrences(of: "\(renamed.path), sheet Synthèse", with: "examples/opaline-energie.csv") == fromCSV.stdout)
    }

    /// `examples/opaline-energie.xlsx` was written by openpyxl (`examples/make-xlsx.py`), another
    /// writer than the tests': inline strings, `0.0%` and `[h]:mm:ss` (built-in 46) formats, a second sheet.
    @Test func exampleWorkbookWrittenByOpenpyxlGivesTheReportOfTheCSV() throws {
        let fromCSV = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "json"])
        let fromWorkbook = try CommandRunner.run(["report", "examples/opaline-energie.xlsx", "--panel", "examples/panel.csv", "--format", "json"])
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.stderr)")
        #expect(fromWorkbook.stdout.replacingOccurrences(of: "examples/opaline-energie.xlsx, sheet Synthèse", with: "examples/opaline-energie.csv") == fromCSV.stdout)
        let notes = try CommandRunner.run(["report", "examples/opaline-energie.xlsx", "--sheet", "Notes", "--format", "json"])
        #expect(notes.status == 65)
        #expect(notes.stderr.contains("examples/opaline-energie.xlsx, sheet Notes, cell A1: error: missing required columns 'company' and 'period'"))
    }

    /// A client's French sheet (headers `Société`, `Période`, `Taux de décroché`, `DMT`; a title line
    /// above them; durations; `n/a`; a `Total` row) as a workbook with typed cells and as the CSV a
    /// client would export: whatever the KPI table reader makes of the CSV (a report, or errors), the
    /// workbook gives the same, names and locations aside.
    @Test func frenchClientSheetAsWorkbookEqualsItsCSV() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let csv = directory.appendingPathComponent("client.csv")
        try Data("""
            Tableau de bord SAV;;;;
            Société;Période;Taux de décroché;DMT;Taux d'abandon
            Opaline;T1 2026;91,2 %;342 s;n/a
            Opaline;T2 2026;90,1 %;330 s;6,4 %
            Total;T2 2026;90,1 %;330 s;6,4 %

            """.utf8).write(to: csv)
        let strings = ["Tableau de bord SAV", "Société", "Période", "Taux de décroché", "DMT", "Taux d'abandon", "Opaline", "T1 2026", "T2 2026", "n/a", "Total"]
        func shared(_ reference: String, _ text: String) -> (String, String, String) {
            (reference, "t=\"s\"", "<v>\(strings.firstIndex(of: text)!)</v>")
        }
        let rows = [
            WorkbookFixture.row(1, [shared("A1", "Tableau de bord SAV")]),
            WorkbookFixture.row(2, [shared("A2", "Société"), shared("B2", "Période"), shared("C2", "Taux de décroché"), shared("D2", "DMT"), shared("E2", "Taux d'abandon")]),
            WorkbookFixture.row(3, [shared("A3", "Opaline"), shared("B3", "T1 2026"), ("C3", "s=\"1\"", "<v>0.912</v>"), ("D3", "s=\"2\"", "<v>\(342.0 / 86_400)</v>"), shared("E3", "n/a")]),
            WorkbookFixture.row(4, [shared("A4", "Opaline"), shared("B4", "T2 2026"), ("C4", "s=\"1\"", "<v>0.901</v>"), ("D4", "s=\"2\"", "<v>\(330.0 / 86_400)</v>"), ("E4", "s=\"1\"", "<v>0.064</v>")]),
            WorkbookFixture.row(5, [shared("A5", "Total"), shared("B5", "T2 2026"), ("C5", "s=\"1\"", "<v>0.901</v>"), ("D5", "s=\"2\"", "<v>\(330.0 / 86_400)</v>"), ("E5", "s=\"1\"", "<v>0.064</v>")]),
        ].joined()
        let fixture = WorkbookFixture(
            sheets: [WorkbookFixture.Sheet(name: "SAV", rows: rows)], sharedStrings: strings,
            customFormats: [(164, "[h]:mm:ss")], styleFormats: [0, 10, 164])
        let workbook = directory.appendingPathComponent("client.xlsx")
        try Data(try fixture.bytes()).write(to: workbook)
        let fromCSV = try CommandRunner.run(["report", csv.path, "--format", "json"])
        let fromWorkbook = try CommandRunner.run(["report", workbook.path, "--format", "json"])
        #expect(fromWorkbook.status == fromCSV.status)
        let named = { (text: String) in
            text.replacingOccurrences(of: "\(workbook.path), sheet SAV", with: csv.path).replacingOccurrences(of: workbook.path, with: csv.path)
        }
        #expect(named(fromWorkbook.stdout) == fromCSV.stdout)
        // Messages alike, each after its location (`client.csv:2:1` against `client.xlsx, sheet SAV, cell A2`).
        let messages = { (text: String) in text.split(separator: "\n").map { $0.components(separatedBy: ": error: ").last ?? String($0) } }
        #expect(messages(named(fromWorkbook.stderr)) == messages(fromCSV.stderr))
    }

    @Test func missingSheetIsAUsageErrorListingTheSheets() throws {
        let workbook = try Self.write(try Self.exampleWorkbook().bytes(), "opaline.xlsx")
        let run = try CommandRunner.run(["report", workbook.path, "--sheet", "T4 2026", "--format", "json"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("\(workbook.path): error: the workbook has no sheet named 'T4 2026'; its sheets are 'Synthèse'"))
        #expect(run.stdout.isEmpty)
    }

    @Test func brokenWorkbookAndZipBombAreDataErrors() throws {
        let bytes = try Self.exampleWorkbook().bytes()
        let broken = try Self.write(Array(bytes.prefix(bytes.count / 2)), "broken.xlsx")
        let brokenRun = try CommandRunner.run(["report", broken.path, "--format", "json"])
        #expect(brokenRun.status == 65)
        #expect(brokenRun.stderr.contains("\(broken.path): error: the workbook's ZIP archive cannot be read"))
        var bomb = try Self.exampleWorkbook()
        bomb.extraParts["xl/sharedStrings.xml"] = [UInt8](repeating: 0, count: 16 << 20)
        let bombFile = try Self.write(try bomb.bytes(), "bomb.xlsx")
        let bombRun = try CommandRunner.run(["report", bombFile.path, "--format", "json"])
        #expect(bombRun.status == 65)
        #expect(bombRun.stderr.contains("\(bombFile.path): error: the part 'xl/sharedStrings.xml' would decompress"))
    }

    @Test func rawExportsRefuseWorkbooks() throws {
        let workbook = try Self.write(try Self.exampleWorkbook().bytes(), "calls.xlsx")
        let run = try CommandRunner.run(["kpis", workbook.path, "--source", "calls"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("this is an Excel workbook; raw exports are read as CSV"))
        let report = try CommandRunner.run(["report", workbook.path, "--source", "calls", "--sheet", "Synthèse"])
        #expect(report.status == 64)
    }
}
