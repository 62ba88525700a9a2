import Foundation
import ServiceBenchTestSupport
import Testing
@testable import ServiceBenchCore

/// How typed workbook cells become the texts a KPI table reads: number formats, 15-digit numbers,
/// dates in both bases, cell references.
@Suite("Workbook: cell texts, number formats, dates")
struct WorkbookCellTextTests {
    @Test("format codes are told apart", arguments: [
        ("0%", NumberFormat.percent), ("0.00 %", .percent), ("#,##0.0%;[Red]-0.0%", .percent),
        ("[h]:mm:ss", .duration), ("mm:ss", .duration), ("h:mm", .duration), ("[mm]:ss", .duration), ("[ss]", .duration),
        ("hh:mm:ss AM/PM", .duration),
        ("dd/mm/yyyy", .date(.day)), ("yyyy-mm-dd hh:mm", .date(.day)), ("mmm yyyy", .date(.month)), ("[$-40C]mmmm yyyy", .date(.month)),
        ("yyyy", .date(.year)),
        ("General", .general), ("0.00", .general), ("#,##0 \"s\"", .general), ("0.00E+00", .general), ("@", .general),
        ("0\" %\"", .general), ("[Red]0.0", .general), ("0\\%", .general),
    ])
    func formatCode(_ example: (code: String, format: NumberFormat)) {
        #expect(NumberFormat(code: example.code) == example.format, "\(example.code)")
    }

    @Test("built-in format ids")
    func builtIns() {
        #expect(NumberFormat.builtIn(0) == .general)
        #expect(NumberFormat.builtIn(9) == .percent)
        #expect(NumberFormat.builtIn(10) == .percent)
        #expect(NumberFormat.builtIn(14) == .date(.day))
        #expect(NumberFormat.builtIn(17) == .date(.month))
        #expect(NumberFormat.builtIn(21) == .duration)
        #expect(NumberFormat.builtIn(46) == .duration)
        #expect(NumberFormat.builtIn(49) == .general)
    }

    static let decimals: [(Double, String)] = [
        (0.07 * 100, "7"), (0.85, "0.85"), (-12.5, "-12.5"), (0.000001, "0.000001"), (123_456_789_012, "123456789012"),
        (1e20, "100000000000000000000"), (0, "0"), (84.999999999999986, "85"), (2026, "2026"),
        (0.1 + 0.2, "0.3"), (1.0 / 3, "0.333333333333333"), (-2.0 / 3, "-0.666666666666667"), (1e-5, "0.00001"),
        (999_999_999_999_999.9, "1000000000000000"), (9.9999999999999999, "10"), (45.0 / 86_400 * 86_400, "45"),
    ]

    @Test("numbers are written to 15 significant digits, without exponent", arguments: decimals)
    func decimal(_ example: (value: Double, text: String)) {
        #expect(WorkbookCellText.decimal(example.value) == example.text)
    }

    /// The digits as C's `%.14e` rounds them (correctly rounded), as a plain decimal: the oracle.
    static func printfDecimal(_ value: Double) -> String {
        let scientific = String(format: "%.14e", abs(value))
        let e = scientific.firstIndex(of: "e")!
        let exponent = Int(scientific[scientific.index(after: e)...])!
        let digits = Array(scientific[..<e].filter { $0 != "." })
        var whole = "", fraction = ""
        if exponent >= 0 {
            whole = String(digits.prefix(exponent + 1)) + String(repeating: "0", count: max(0, exponent + 1 - digits.count))
            fraction = String(digits.dropFirst(exponent + 1))
        } else {
            whole = "0"
            fraction = String(repeating: "0", count: -exponent - 1) + String(digits)
        }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (value < 0 ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    @Test("15-digit rounding agrees with printf's on 20,000 seeded numbers from 10⁻⁷ to 10¹⁷")
    func decimalOracle() {
        var random = SplitMix64(seed: 12)
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let value = (random.uniform() - 0.3) * pow(10, Double(Int(random.next() % 25)) - 7)
            if WorkbookCellText.decimal(value) != Self.printfDecimal(value) {
                mismatches.append("\(value): \(WorkbookCellText.decimal(value)) vs \(Self.printfDecimal(value))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("a plain number as written is what the 15-digit rounding gives", arguments: [
        "60", "70.5", "-12.25", "0.85", "0.000001", "123456789012345", "1.50", "10.", "46023", "-0.5",
    ])
    func plainNumbers(_ raw: String) throws {
        let plain = try #require(WorkbookCellText.plainDecimal(raw))
        #expect(plain == WorkbookCellText.decimal(try #require(Double(raw))))
    }

    @Test("numbers not taken as written", arguments: ["0", "-0", "1e5", "0.80000000000000004", "007", "1.2.3", "", "-", ".5", "1,5", "NaN"])
    func notPlain(_ raw: String) {
        #expect(WorkbookCellText.plainDecimal(raw) == nil)
        if let value = Double(raw), value.isFinite {
            #expect(WorkbookCellText.number(raw: raw, format: .general, date1904: false) == WorkbookCellText.decimal(value))
        }
    }

    @Test("percent, duration and date formats give what the cell shows")
    func formatted() {
        #expect(WorkbookCellText.number(0.915, format: .percent, date1904: false) == "91.5 %")
        #expect(WorkbookCellText.number(342.0 / 86_400, format: .duration, date1904: false) == "342 s")
        #expect(WorkbookCellText.number(90.0 / 86_400, format: .duration, date1904: false) == "90 s")
        #expect(WorkbookCellText.number(46_023, format: .date(.month), date1904: false) == "2026-01")
        #expect(WorkbookCellText.number(44_561, format: .date(.month), date1904: true) == "2026-01")
        #expect(WorkbookCellText.number(46_113.75, format: .date(.day), date1904: false) == "2026-04-01")
        #expect(WorkbookCellText.number(46_023, format: .date(.year), date1904: false) == "2026")
        #expect(WorkbookCellText.number(46_023, format: .general, date1904: false) == "46023")
    }

    @Test("the 1900 base keeps Lotus's 1900-02-29; the 1904 base starts at day 0")
    func dateBases() {
        #expect(WorkbookCellText.date(serial: 1, detail: .day, date1904: false) == "1900-01-01")
        #expect(WorkbookCellText.date(serial: 59, detail: .day, date1904: false) == "1900-02-28")
        #expect(WorkbookCellText.date(serial: 60, detail: .day, date1904: false) == "1900-02-29")
        #expect(WorkbookCellText.date(serial: 61, detail: .day, date1904: false) == "1900-03-01")
        #expect(WorkbookCellText.date(serial: 0, detail: .day, date1904: true) == "1904-01-01")
        #expect(WorkbookCellText.date(serial: 2_958_465, detail: .day, date1904: false) == "9999-12-31")
        #expect(WorkbookCellText.date(serial: 0, detail: .day, date1904: false) == nil)
        #expect(WorkbookCellText.date(serial: -1, detail: .day, date1904: true) == nil)
        #expect(WorkbookCellText.date(serial: 1e300, detail: .day, date1904: false) == nil)
    }

    @Test("booleans and error cells")
    func booleansAndErrors() {
        #expect(WorkbookCellText.boolean("1") == "true")
        #expect(WorkbookCellText.boolean("0") == "false")
        #expect(WorkbookCellText.error("#N/A") == "n/a")
        #expect(WorkbookCellText.error("#DIV/0!") == "#DIV/0!")
    }

    @Test("cell references", arguments: [("A1", 1, 1), ("B7", 7, 2), ("$AB$12", 12, 28), ("XFD1048576", 1_048_576, 16_384), ("z3", 3, 26)])
    func references(_ example: (text: String, row: Int, column: Int)) {
        let reference = CellReference(example.text)
        #expect(reference == CellReference(row: example.row, column: example.column))
    }

    @Test("not cell references", arguments: ["", "A", "7", "A0", "XFE1", "A1048577", "1A", "A1B", "AAAA1", "A-1"])
    func notReferences(_ text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test("column letters")
    func letters() {
        #expect(CellReference.columnLetters(1) == "A")
        #expect(CellReference.columnLetters(26) == "Z")
        #expect(CellReference.columnLetters(27) == "AA")
        #expect(CellReference.columnLetters(16_384) == "XFD")
        #expect(CellReference.columnLetters(0) == nil)
        #expect(SourceLocation(file: "x.xlsx", sheet: "KPIs", line: 7, column: 2).description == "x.xlsx, sheet KPIs, cell B7")
        #expect(SourceLocation(file: "x.xlsx", sheet: "KPIs", line: 7).description == "x.xlsx, sheet KPIs, row 7")
    }

    @Test("Excel's _xHHHH_ escapes are decoded")
    func escapes() {
        #expect(RichText.unescape("a_x000D_b") == "a\rb")
        #expect(RichText.unescape("_x005F_x0041_") == "_x0041_")
        #expect(RichText.unescape("snake_case_x") == "snake_case_x")
    }
}
