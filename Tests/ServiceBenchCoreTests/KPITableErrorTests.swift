import Testing
@testable import ServiceBenchCore

/// Every kind of bad KPI table: the message, the file, the line and the column (1-based, in
/// characters from the start of the field's physical line).
@Suite("KPI table reader: errors")
struct KPITableErrorTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        var label: String
        var text: String
        var message: String
        var line: Int
        var column: Int
        var code: CoreError.Code
        var testDescription: String { label }
    }

    static let long = "company;period;kpi;value\n"

    static let cases: [BadInput] = [
        BadInput(
            label: "unknown KPI in a long row", text: "company,period,kpi,value\nACME,2026-Q1,answer_rat,91.5\n",
            message: "unknown KPI 'answer_rat'; did you mean 'answer_rate'?", line: 2, column: 14, code: .unknownKPI),
        BadInput(
            label: "unknown KPI in a wide header", text: "company;period;answer_rate;csta\nACME;2026-Q1;91,5;80\n",
            message: "unknown KPI 'csta'; did you mean 'csat'?", line: 1, column: 28, code: .unknownKPI),
        BadInput(
            label: "unknown KPI with nothing near", text: long + "ACME;2026-Q1;foo_bar;3\n",
            message: "unknown KPI 'foo_bar'; use an id of the KPI catalogue ('servicebench benchmarks list' shows them)",
            line: 2, column: 14, code: .unknownKPI),
        BadInput(
            label: "percentage above 100", text: long + "ACME;2026-Q1;answer_rate;150\n",
            message: "150 is outside the domain of 'answer_rate', which is 0 to 100 %; check the value and its unit",
            line: 2, column: 26, code: .valueOutOfDomain),
        BadInput(
            label: "negative time", text: long + "ACME;2026-Q1;asa;-5\n",
            message: "-5 is outside the domain of 'asa', which is 0 to 3600 s; check the value and its unit",
            line: 2, column: 18, code: .valueOutOfDomain),
        BadInput(
            label: "converted duration beyond the domain", text: long + "ACME;2026-Q1;asa;2 h\n",
            message: "7200 is outside the domain of 'asa', which is 0 to 3600 s; check the value and its unit",
            line: 2, column: 18, code: .valueOutOfDomain),
        BadInput(
            label: "NPS below -100", text: long + "ACME;2026-Q1;nps;-120\n",
            message: "-120 is outside the domain of 'nps', which is -100 to 100 pts; check the value and its unit",
            line: 2, column: 18, code: .valueOutOfDomain),
        BadInput(
            label: "not a number", text: long + "ACME;2026-Q1;asa;abc\n",
            message: "cannot read 'abc' as a number for 'asa' (seconds); write digits with ',' or '.' as the decimal mark, "
                + "optionally grouped by spaces (1 234,5); accepted suffixes: s, min, h, d (or j)",
            line: 2, column: 18, code: .badTable),
        BadInput(
            label: "two decimal marks", text: long + "ACME;2026-Q1;answer_rate;91,5.2\n",
            message: "cannot read '91,5.2' as a number for 'answer_rate' (percent, 0–100); write digits with ',' or '.' as the decimal mark, "
                + "optionally grouped by spaces (1 234,5); accepted suffix: %",
            line: 2, column: 26, code: .badTable),
        BadInput(
            label: "decimal comma in a comma file", text: "company,period,kpi,value\nACME,2026-Q1,answer_rate,\"91,5\"\n",
            message: "cannot read '91,5' as a number for 'answer_rate' (percent, 0–100); write digits with '.' as the decimal mark "
                + "(',' only groups thousands in a ',' separated file), optionally grouped by spaces (1 234,5); accepted suffix: %",
            line: 2, column: 26, code: .badTable),
        BadInput(
            label: "badly grouped thousands", text: long + "ACME;2026-Q1;calls_offered;12 34\n",
            message: "cannot read '12 34' as a number for 'calls_offered' (a count); write digits with ',' or '.' as the decimal mark, "
                + "optionally grouped by spaces (1 234,5)",
            line: 2, column: 28, code: .badTable),
        BadInput(
            label: "'%' on a duration", text: long + "ACME;2026-Q1;asa;45 %\n",
            message: "'%' does not fit 'asa', which is measured in seconds; remove the '%'", line: 2, column: 18, code: .badTable),
        BadInput(
            label: "duration on a percentage", text: long + "ACME;2026-Q1;answer_rate;5 min\n",
            message: "'min' is a duration but 'answer_rate' is measured in percent, 0–100; remove the 'min'",
            line: 2, column: 26, code: .badTable),
        BadInput(
            label: "unknown unit", text: long + "ACME;2026-Q1;asa;45 kg\n",
            message: "unknown unit 'kg' after the value of 'asa' (seconds); accepted suffixes: s, min, h, d (or j), or write the bare number",
            line: 2, column: 18, code: .badTable),
        BadInput(
            label: "unreadable period", text: long + "ACME;Q1/2026;asa;45\n",
            message: "cannot read the period 'Q1/2026'; write a quarter (2026-Q1 or T1 2026), a month (2026-01) or a year (2026)",
            line: 2, column: 6, code: .badTable),
        BadInput(
            label: "empty period", text: long + "ACME; ;asa;45\n",
            message: "the period is empty; write a quarter (2026-Q1 or T1 2026), a month (2026-01) or a year (2026)",
            line: 2, column: 6, code: .badTable),
        BadInput(
            label: "row with too few fields", text: long + "ACME;2026-Q1;asa\n",
            message: "this row has 3 fields but the header has 4; give every row one field per header column "
                + "(check the separators, and quote fields that contain one)",
            line: 2, column: 17, code: .badTable),
        BadInput(
            label: "row with too many fields", text: long + "ACME;2026-Q1;asa;45;oops\n",
            message: "this row has 5 fields but the header has 4; give every row one field per header column "
                + "(check the separators, and quote fields that contain one)",
            line: 2, column: 21, code: .badTable),
        BadInput(
            label: "missing period column", text: "company;kpi;value\nACME;asa;45\n",
            message: "missing required column 'period' in the header (found: company, kpi, value); the first line must name "
                + "the columns: company,period,kpi,value (long format) or company,period, then one column per KPI (wide format); French names (Société, Période, Indicateur, Valeur) "
                + "and the catalogue's labels are accepted",
            line: 1, column: 1, code: .badTable),
        BadInput(
            label: "missing value column", text: "company;period;kpi\nACME;2026-Q1;asa\n",
            message: "missing required column 'value' in the header (found: company, period, kpi); the first line must name "
                + "the columns: company,period,kpi,value (long format) or company,period, then one column per KPI (wide format); French names (Société, Période, Indicateur, Valeur) "
                + "and the catalogue's labels are accepted",
            line: 1, column: 1, code: .badTable),
        BadInput(
            label: "no KPI column in a wide table", text: "company;period;profile\nACME;2026-Q1;general-inbound\n",
            message: "the header has no KPI columns (found: company, period, profile); add kpi and value columns (long format) "
                + "or one column per KPI id such as answer_rate (wide format)",
            line: 1, column: 1, code: .badTable),
        BadInput(
            label: "column named twice", text: "company;period;asa;ASA\nACME;2026-Q1;45;46\n",
            message: "the KPI 'asa' has two columns ('asa' at column 16 and 'ASA' here); keep one of them",
            line: 1, column: 20, code: .badTable),
        BadInput(
            label: "empty file", text: "",
            message: "the file has no header line; the first line must name the columns: company,period,kpi,value (long format) "
                + "or company,period, then one column per KPI (wide format); French names (Société, Période, Indicateur, Valeur) "
                + "and the catalogue's labels are accepted",
            line: 1, column: 1, code: .badTable),
        BadInput(
            label: "unterminated quote", text: long + "\"ACME;2026-Q1;asa;45\n",
            message: "this quoted field is never closed: the opening '\"' has no matching '\"' before the end of the file; "
                + "close the quote, or double the quotes inside the field (\"\")",
            line: 2, column: 1, code: .badTable),
        BadInput(
            label: "same KPI twice with different values", text: long + "ACME;2026-Q1;asa;45\nACME;2026-Q1;asa;50\n",
            message: "'asa' of 'ACME' for 2026-Q1 is given twice with different values (45 on line 2, 50 here); keep one of them",
            line: 3, column: 18, code: .badTable),
        BadInput(
            label: "same KPI twice in a wide table, periods written differently",
            text: "company;period;answer_rate\nACME;2026-Q1;91,5\nACME;T1 2026;90\n",
            message: "'answer_rate' of 'ACME' for 2026-Q1 is given twice with different values (91.5 on line 2, 90 here); keep one of them",
            line: 3, column: 14, code: .badTable),
        BadInput(
            label: "two profiles for one company",
            text: "company;period;profile;kpi;value\nACME;2026-Q1;general-inbound;asa;45\nACME;2026-Q2;technical-hotline;asa;50\n",
            message: "company 'ACME' has profile 'general-inbound' on line 2 and 'technical-hotline' here; give each company a single profile",
            line: 3, column: 14, code: .badTable),
        BadInput(
            label: "two sizes for one company",
            text: "company;period;size;kpi;value\nACME;2026-Q1;large;asa;45\nACME;2026-Q2;small;asa;50\n",
            message: "company 'ACME' has size 'large' on line 2 and 'small' here; give each company a single size",
            line: 3, column: 14, code: .badTable),
        BadInput(
            label: "empty company", text: long + " ;2026-Q1;asa;45\n",
            message: "the company name is empty; write the company's name in every row", line: 2, column: 1, code: .badTable),
        BadInput(
            label: "empty KPI id", text: long + "ACME;2026-Q1;;45\n",
            message: "the KPI id is empty; write a KPI id such as answer_rate in the kpi column", line: 2, column: 14, code: .badTable),
        BadInput(
            label: "not a yes/no answer", text: long + "ACME;2026-Q1;has_fcr_target;peut-être\n",
            message: "'peut-être' is not a yes/no answer for the practice 'has_fcr_target'; write yes, no, oui, non, true, false, 1 or 0",
            line: 2, column: 29, code: .badTable),
        BadInput(
            label: "not an option", text: long + "ACME;2026-Q1;outsourcing;some\n",
            message: "'some' is not an option of the practice 'outsourcing'; write one of none, partial, full (in French aucune, partielle, totale)",
            line: 2, column: 26, code: .badTable),
        BadInput(
            label: "value under an unnamed column", text: "company;period;asa;\nACME;2026-Q1;45;x\n",
            message: "the value 'x' is in a column with no name in the header; name the column (a KPI id in a wide table) or empty it",
            line: 2, column: 17, code: .badTable),
        BadInput(
            label: "line counted after a quoted field with line breaks",
            text: "company,period,kpi,value\n\"ACME\nNorth\",2026-Q1,asa,45\nBeta,2026-Q1,answer_rate,150\n",
            message: "150 is outside the domain of 'answer_rate', which is 0 to 100 %; check the value and its unit",
            line: 4, column: 26, code: .valueOutOfDomain),
        BadInput(
            label: "field on the second line of a quoted record",
            text: "company,period,kpi,value\n\"ACME\nNorth\",2026-Q5,asa,45\n",
            message: "cannot read the period '2026-Q5'; write a quarter (2026-Q1 or T1 2026), a month (2026-01) or a year (2026)",
            line: 3, column: 8, code: .badTable),
        BadInput(
            label: "column counted in characters, not bytes", text: long + "Société Énergie;2026-Q5;asa;45\n",
            message: "cannot read the period '2026-Q5'; write a quarter (2026-Q1 or T1 2026), a month (2026-01) or a year (2026)",
            line: 2, column: 17, code: .badTable),
    ]

    @Test("each bad input gets its message, file, line and column", arguments: cases)
    func badInput(_ bad: BadInput) throws {
        let errors = KPITableTesting.errors(bad.text, name: "bad.csv")
        let error = try #require(errors.first)
        #expect(errors.count == 1, "\(errors)")
        #expect(error.message == bad.message)
        #expect(error.code == bad.code)
        #expect(error.location == SourceLocation(file: "bad.csv", line: bad.line, column: bad.column))
        #expect(error.exitCode == .dataError)
    }

    @Test("UTF-16 is refused with a message that says how to save the file", arguments: [[UInt8(0xFF), 0xFE], [0xFE, 0xFF]])
    func utf16(bom: [UInt8]) throws {
        let errors = KPITableTesting.errors(bytes: bom + [0x63, 0x00, 0x6F, 0x00], name: "unicode.txt")
        let error = try #require(errors.first)
        #expect(error.code == .badEncoding)
        #expect(error.message == "the file is UTF-16 or UTF-32 (Excel's 'Unicode text'); save it as 'CSV UTF-8' or 'CSV (séparateur : point-virgule)'")
        #expect(error.location == SourceLocation(file: "unicode.txt", line: 1, column: 1))
    }

    @Test("all errors of a file are reported at once, in file order")
    func allErrorsAtOnce() {
        let text = "company;period;kpi;value\nACME;2026-Q1;answer_rat;91,5\nACME;2026-Q9;asa;45\nACME;2026-Q1;asa;-3\nACME;2026-Q2;csat;85\nBeta;2026-Q1;asa\n"
        let errors = KPITableTesting.errors(text, name: "many.csv")
        #expect(errors.map { $0.location?.description ?? "" } == ["many.csv:2:14", "many.csv:3:6", "many.csv:4:18", "many.csv:6:17"])
        #expect(errors.map(\.code) == [.unknownKPI, .badTable, .valueOutOfDomain, .badTable])
        let list = DiagnosticList(errors)
        #expect(list.description.hasPrefix("many.csv:2:14: error: unknown KPI 'answer_rat'; did you mean 'answer_rate'?\nmany.csv:3:6: error: cannot read the period '2026-Q9'"))
    }

    @Test("errors stop at the cap, with a last message saying so")
    func cap() {
        let rows = (1...80).map { "ACME;2026-Q1;answer_rate_\($0);1\n" }.joined()
        let errors = KPITableTesting.errors(Self.long + rows)
        #expect(errors.count == KPITableReader.maximumErrors + 1)
        #expect(errors.dropLast().allSatisfy { $0.code == .unknownKPI })
        #expect(errors.last?.message == "stopped after 50 errors; fix these and run again to see the rest")
        #expect(errors[49].location?.line == 51)
    }

    @Test("an unknown wide column is reported and the rows are still checked")
    func unknownColumnAndRowErrors() {
        let errors = KPITableTesting.errors("company;period;asa;answer_rat\nACME;2026-Q1;-1;91\n")
        #expect(errors.map(\.message) == [
            "unknown KPI 'answer_rat'; did you mean 'answer_rate'?",
            "-1 is outside the domain of 'asa', which is 0 to 3600 s; check the value and its unit",
        ])
    }
}
